import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { findingsOf } from './helpers';

const rental: Profile = {
  format: 'sverka.profile/1',
  name: 'Прокат «Колёса»',
  languages: ['ru'],
  concept: {
    statement: 'Немедленные и доступные решения временных транспортных проблем',
    pillars: [
      { id: 'immediate', label: 'Немедленно', keywords: ['сразу', 'без ожидания'], antiKeywords: ['по предварительной записи'], targets: [{ fact: 'keys', max: 15 }] },
      { id: 'affordable', label: 'Доступно', keywords: ['доступн', 'недорого'], antiKeywords: ['премиум', 'цена по запросу'] },
      { id: 'clean', label: 'Чистые машины', keywords: ['чист'] },
    ],
  },
  facts: [{ id: 'keys', kind: 'duration', label: 'Выдача ключей', topics: ['ключ'], value: { min: 60, max: 90, unit: 'minute' } }],
  glossary: { forbidden: [{ phrase: 'дешёвый', use: 'доступный' }] },
};

describe('concept check', () => {
  it('warns when an anti-keyword is asserted, in any inflection, with words in between', async () => {
    const findings = await findingsOf('concept', rental, 'Выдача только по предварительной записи. Цена аренды — по запросу.');
    const warnings = findings.filter((f) => f.severity === 'warning' && f.source);
    expect(warnings.map((f) => f.quote)).toEqual(['Выдача только по предварительной записи', 'Цена аренды — по запросу']);
  });

  it.each([
    ['Автомобили премиум-класса', 'Автомобили премиум-класса'],
    ['Премиальный сервис: цена по запросу', 'цена по запросу'],
    ['Самый дешёвый прокат', 'Самый дешёвый прокат'],
  ])('flags "%s"', async (text, quote) => {
    const findings = (await findingsOf('concept', rental, text)).filter((f) => f.source);
    expect(findings.map((f) => f.quote)).toContain(quote);
  });

  it('does not flag a negated anti-keyword', async () => {
    const findings = (await findingsOf('concept', rental, 'Никакой предварительной записи: приезжайте сразу. Не премиум, а доступно.')).filter((f) => f.source);
    expect(findings).toEqual([]);
  });

  it('notes each pillar the material never communicates, once', async () => {
    const findings = await findingsOf('concept', rental, 'Машины доступны сразу.');
    expect(findings.filter((f) => f.severity === 'info').map((f) => f.quote)).toEqual(['Чистые машины']);
  });

  it('warns once per report when operations cannot deliver a pillar', async () => {
    const findings = await findingsOf('concept', rental, 'Доступно и чисто.');
    const target = findings.filter((f) => f.factId === 'keys');
    expect(target).toHaveLength(1);
    expect(target[0]!.severity).toBe('warning');
    expect(target[0]!.message).toContain('не больше 15 минут');
    expect(target[0]!.message).toContain('60–90 минут');
  });
});

const bakery: Profile = { format: 'sverka.profile/1', name: 'Crumb & Co.', languages: ['en'] };
const clinic: Profile = { format: 'sverka.profile/1', name: 'Клиника', languages: ['ru'] };

describe('risky-claim check', () => {
  it.each([
    ['Самая современная клиника Петербурга', clinic],
    ['Лучшие врачи города', clinic],
    ['Клиника «Лучшему клиенту — лучший врач»', clinic],
    ['Мы одна из ведущих клиник Петербурга', clinic],
    ['Одна из ведущих стоматологических клиник города', clinic],
    ['Ведущая клиника Урала', clinic],
    ['Лечим в самые сжатые сроки', clinic],
    ['One of the leading bakeries in the city', bakery],
    ['Клиника № 1 в районе', clinic],
    ['Единственный центр с роботом', clinic],
    ['Гарантированно без боли', clinic],
    ['100% результат', clinic],
    ['The best sourdough in town', bakery],
    ['Unbeatable prices every day', bakery],
    ['Ищете лучшую клинику города? Она здесь.', clinic],
    ['London’s #1 bakery', bakery],
    ['Одна из самых популярных клиник', clinic],
    ['Один из самых востребованных сервисных центров города', clinic],
    ['The most popular bakery in town', bakery],
    ['Мы гарантируем положительный результат каждому клиенту', clinic],
    ['Положительный результат практически в каждом случае гарантирован', clinic],
    ['Results guaranteed or your money back', bakery],
    ["Visit the town's only wood-fired bakery", bakery],
    ['The only bakery in Bloomsbury with a wood-fired oven', bakery],
    ['Самые свежие булочки — каждое утро', bakery],
    ['Наши цены на замену масла — одни из самых низких в округе', clinic],
    ['Гарантируем 100% попадание в тон', clinic],
    ['Абсолютно безопасно для детей', clinic],
    ['Our bakers know sourdough better than anyone', bakery],
    ['We bake more kinds of rye than most bakeries', bakery],
    ['У нас самые привлекательные цены в городе', clinic],
    ['A bakery at the pinnacle of its craft', bakery],
    ['The most experienced bakers in the county', bakery],
    ['Наш центр — один из самых достойных в городе', clinic],
    ['Цена выгодно отличается от цен других клиник', clinic],
    ['We deliver the very best cakes', bakery],
    ['85% пациентов рекомендуют нас друзьям', clinic],
    ['9 out of 10 customers come back for more', bakery],
    ['We bake the best bread for the best price in town', bakery],
    ['A personal service the big chains can’t match', bakery],
    ['The best croissants in town', bakery],
    ["You won't find better rye anywhere", bakery],
    ['Цены на пломбы ниже рыночных', clinic],
    ['Клиника — безоговорочный лидер в лечении кариеса', clinic],
    ['Our sourdough is best in town', bakery],
    // a past rank the business claims for itself is still its claim
    ['Мы были лучшими в городе пять лет подряд', clinic],
    ['The only bakery in town with a stone oven', bakery],
    ['Happy customers: satisfaction guaranteed', bakery],
    ['100% Satisfaction Guarantee on every cake', bakery],
    ['Crumb & Co. is the #1-rated bakery in the county', bakery],
    // a comparison with everyone, opened by "no one", and a promise to undercut every rival
    ['No one in Leeds bakes harder for you', bakery],
    ['Nobody does sourdough better', bakery],
    ['Никто не сделает ремонт дешевле', clinic],
    ["We'll beat any quote from another bakery", bakery],
    ['We match any price in town', bakery],
    ['Перебьём любую цену конкурентов', clinic],
  ])('warns on "%s"', async (text, profile) => {
    const findings = await findingsOf('risky-claim', profile, text);
    expect(findings).toHaveLength(1);
    // The claim itself is quoted, not its sentence: a reviewer sees at once what to back or drop.
    expect(text).toContain(findings[0]!.quote);
    expect(findings[0]!.quote.split(' ').length).toBeLessThanOrEqual(7);
    expect(findings[0]!.severity).toBe('warning');
  });

  it('quotes a comparison with everyone from its "no one" to the "that we have" that closes it', async () => {
    const text = 'No one has the rye recipes, loyal regulars and reviews that we have.';
    expect((await findingsOf('risky-claim', bakery, text)).map((f) => f.quote)).toEqual(['No one has the rye recipes, loyal regulars and reviews that we have']);
  });

  it('quotes "#1" with the word it ranks by, so the reviewer sees what it claims', async () => {
    expect((await findingsOf('risky-claim', bakery, 'Crumb & Co. is the #1-rated bakery in the county')).map((f) => f.quote)).toEqual(['#1-rated bakery']);
  });

  it.each([
    ['Лучшая клиника 2025 года по версии журнала «Здоровье»', clinic],
    ['Самая удобная запись — по данным опроса 2025 года', clinic],
    ['Best bakery in London according to Time Out', bakery],
    ['Voted the best bakery in Bloomsbury by Time Out readers in 2025', bakery],
    ['Лучшая клиника района по итогам голосования читателей «Города» 2025', clinic],
    ['Мы не лучшие, мы внимательные', clinic],
    // a rank of the past, of something that is not the business; a way or an aim, not a rank
    ['В XVIII веке театр считался одним из лучших в Москве', clinic],
    // a set phrase with a rank word; the customer's own aim
    ['Наши пациенты меняют свою жизнь к лучшему', clinic],
    ['В лучшем случае хватит одной процедуры', clinic],
    ['All the best from everyone at Crumb & Co.!', bakery],
    ['Хочешь стать одним из лучших — занимайся регулярно', clinic],
    // a job title, a thing, a route: no business ranked
    ['Вас примет ведущий специалист клиники', clinic],
    ['Самый короткий путь к клинике — от метро', clinic],
    ['Так крупные клиники завоёвывают доверие', clinic],
    ['We stock the largest selection of rye flours', bakery],
    ['Индивидуальный план помогает пациентам добиваться лучших результатов', clinic],
    ['When matting is tight, shaving is the only humane option', bakery],
    ['Мы готовы сделать визит в клинику наиболее приятным', clinic],
    // a question that asks what is best claims nothing
    ['А что будет лучшим для вашего ребёнка? Решать вам.', clinic],
    ['Which loaf is the best for toast?', bakery],
    ['Our bakers want the best for you and your family', bakery],
    ['The large loaf offers the most value for a family', bakery],
    ['Услуги дешевле, чем юрист в единственном числе на окладе', clinic],
    ['Курьер выезжает сразу, а навигатор прокладывает лучший маршрут', clinic],
    // the terms of a contract: the only warranty, the only fee
    ['The only expressed warranty is the one stated below.', bakery],
    ['The only fee is a refundable deposit.', bakery],
    ['Лечим зубы без боли', clinic],
    ['Fresh bread every morning', bakery],
    ['Мы находимся в самом центре города', clinic],
    ['В самом сердце Петербурга', clinic],
    ['Работаем до самого вечера', clinic],
    ['Самое главное — ваше здоровье', clinic],
    ['Самое время записаться на осмотр', clinic],
    ['Кариес — самая частая причина визита', clinic],
    ['Единственное, что нужно, — паспорт', clinic],
    ['Кабинет идеально подходит для детей', clinic],
    ['Perfect with a flat white', bakery],
    ['The room was perfect and the breakfast flawless', bakery],
    ['Идеальная улыбка за один визит', clinic],
    ['The best way to start your morning is a warm croissant', bakery],
    ['The only thing you need to bring is an appetite', bakery],
    ['Лучший способ не ждать — записаться онлайн', clinic],
    ['Удаляем зуб самым мягким способом, под местной анестезией', clinic],
    ['The quickest way to reach us is by phone', bakery],
    ['В лучшем случае результат будет готов завтра', clinic],
    ['Наша цель — безупречный сервис в каждом визите', clinic],
    ['Our aim is the highest quality of every loaf', bakery],
    ['Самое интересное начинается после первого визита', clinic],
    ['Имплантация — один из самых трудоёмких этапов лечения', clinic],
    ['Во всех случаях берётся 100% предоплата', clinic],
    ['Страховку можно оформить на 50 или 100%, цена зависит от тарифа', clinic],
    ['Our cakes are 100% guaranteed to arrive on time', bakery],
    ['We help you choose the best cake for the party', bakery],
    ['Подберём лучший вариант лечения под ваш бюджет', clinic],
    ['В прогулку входит подборка лучших видов на город', clinic],
    ['Every box holds a selection of the best seasonal pastries', bakery],
    ['The most common question is about gluten', bakery],
    ['Ниже — самые популярные виды массажа', clinic],
    ['Our most popular cakes sell out by noon', bakery],
    ['Enjoy the best of the summer on our terrace', bakery],
    ['Единственный минус — парковка во дворе', clinic],
    ['Наш новый мастер очень хочет стать лучшей в профессии', clinic],
    ['Результат не гарантирован: всё зависит от исходного состояния', clinic],
    ['The result of your test is guaranteed to reach you by post', bakery],
    ["The shop's only requirement is a booking", bakery],
    ['Единственный плюс старого дома — толстые стены', clinic],
    ['July and August are the only months we close', bakery],
    // Praise without a comparison: a reviewer would not ask for a source.
    ['Уникальная методика лечения', clinic],
    ['Номер 1 категории — с видом на озеро', clinic],
    ['Кабинет № 1 на втором этаже', clinic],
    ['Delivery to Unit #1, Riverside Yard', bakery],
    ['Regular check-ups give you the best chance of healthy teeth', bakery],
    ['Use the online contact form to order', bakery],
    ['Скидка 15% клиентам по карте', clinic],
    // the name of a policy whose terms follow, a manner, a moment, a plan, a need
    ['Satisfaction Guarantee', bakery],
    ['Our satisfaction guarantee covers every order', bakery],
    ['The best method for keeping bread fresh is to freeze it', bakery],
    ['Order early: the best dates around Christmas fill up fast', bakery],
    ['We make a plan for the best menu for your wedding', bakery],
    ['A growing family needs the best start to the day', bakery],
    ['This rye keeps best in a linen bag', bakery],
    // "no one" of the customer: nobody is compared with us
    ['No one likes to pay more than they have to', bakery],
    ['Nobody wants to wait longer for a birthday cake', bakery],
    ['No one leaves hungry, and the more you eat the better', bakery],
  ])('leaves "%s" alone', async (text, profile) => {
    expect(await findingsOf('risky-claim', profile, text)).toEqual([]);
  });

  it('makes one finding of a claim the page repeats, with the other place related', async () => {
    const findings = await findingsOf('risky-claim', bakery, 'The best sourdough in town. Order now: the best sourdough in town!');
    expect(findings.map((f) => [f.quote, f.related?.map((place) => place.quote)])).toEqual([['The best sourdough', ['the best sourdough']]]);
  });
});
