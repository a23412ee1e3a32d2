import { describe, expect, it } from 'vitest';
import { checkMaterials, extractPromises } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { materialFromText } from '../../../../engine/material/from-text';
import type { Profile } from '../../../../engine/profile/types';
import { policyExtractor } from '../../../../engine/promises/policy';
import { extract } from './helpers';

const quotes = (text: string) => extract(policyExtractor, text).map((p) => p.quote);

const headingTerms = (html: string) => extractPromises(materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'page.html' }, 'ru'), undefined, [policyExtractor]).map((p) => p.quote);

describe('terms a material states', () => {
  it('reads a heading that exclaims a commitment, not one that names a subject', () => {
    expect(headingTerms('<h2>Гарантия чистоты после уборки!</h2><p>Уберём квартиру за день.</p>')).toEqual(['Гарантия чистоты после уборки!']);
    expect(headingTerms('<h2>Гарантия и условия оплаты</h2><p>Уберём квартиру за день.</p>')).toEqual([]);
  });

  it.each([
    'Оставьте заявку на сайте, и мы перезвоним вам в течение часа.',
    'Заполните форму — менеджер свяжется с вами в тот же день.',
    'Send us your sketch and we will get back to you with a quote.',
    'Please contact us to arrange a viewing of the hall.',
  ])('reads how a request is answered as a term: "%s"', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it('reads no term in a bare button or a line that only names a way to reach the business', () => {
    expect(quotes('Перезвоним')).toEqual([]);
    expect(quotes('Contact us')).toEqual([]);
  });

  it('reads each item of a list under a lead-in of requirements as a term, not the items of other lists', () => {
    expect(headingTerms('<h3>Для записи необходимы:</h3><ul><li>паспорт</li><li>медицинская справка</li></ul><h3>Наши преимущества:</h3><ul><li>опытные тренеры</li></ul>')).toEqual(['паспорт', 'медицинская справка']);
    const english = extractPromises(
      materialFromDocument(parseHtmlDocument('<h2>Rental Requirements:</h2><ul><li>Photo ID</li><li>A signed agreement</li></ul>'), { id: 's1', kind: 'page', location: 'page.html' }, 'en'),
      undefined,
      [policyExtractor],
    );
    expect(english.map((p) => p.quote)).toEqual(['Photo ID', 'A signed agreement']);
  });

  it.each([
    'Заселение в глэмпинг «Сосновый берег» с 15:00, выезд до полудня; при заезде необходим паспорт.',
    'Бронь подтверждается предоплатой 30 % от стоимости.',
    'Возраст арендатора лодки — от 21 года.',
    'Прайс на сайте носит информационный характер и не является офертой.',
    'Мы гарантируем, что смета не изменится после подписания договора.',
    'Check-in at the Willow Barn is from 3 pm.',
    'Cancel at least 72 hours ahead for a full refund.',
    'A deposit of one night is required to hold the room.',
    'The cottage is a smoke-free property.',
    'Бригада приедет строго в установленное время.',
    'Названная по телефону сумма потом не изменится.',
    'Посылка дойдёт в целостности и сохранности.',
    'Стоимость банкета рассчитывается индивидуально.',
    'Принимаем наличный и безналичный расчёт.',
    'Записывайтесь на примерку не менее чем за две недели.',
    'Тренировки с инструктором проходят 3 раза в неделю.',
    'Чистка зубов собаке проводится без наркоза.',
    'Вынос мусора входит в стоимость уборки.',
    'Окончательную цену ремонта мастер называет после осмотра.',
    'Минимальный заказ — две коробки.',
    'Цены прайса действительны до конца года.',
    'Цены указаны в рублях за один квадратный метр.',
    'Сапоги принимаются к возврату только в коробке.',
    'Ключи выдаём только при предъявлении паспорта.',
  ])('%s', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it.each([
    ['a question', 'Нужна ли предоплата за бронь?'],
    ['a heading', 'Способы оплаты'],
    ['an English question', 'Do you require a deposit?'],
    ['a sentence with no term', 'У нас уютные домики у самой реки.'],
    ['a window trim, not cash', 'Покраска наличника и подоконника.'],
    ['a thing in stock', 'Все модели есть в наличии на складе.'],
    ['a fact about the trade', 'Кожаная обувь требует бережного ухода.'],
  ])('stays silent on %s', (_, text) => {
    expect(quotes(text)).toEqual([]);
  });

  it.each([
    'Кружок рисования ведём в группах до 10 ребят.',
    'В младшей группе не более 9 детей.',
    'Мастер-классы проходят в мини-группах 4-8 человек.',
    'Берём на сплав от 5 до 12 участников.',
    'Банкетный зал вмещает 120 гостей.',
    'The hall can seat up to 200 guests.',
    'Workshops are held for 6 to 10 students.',
    'Our studio runs small groups of 8 children.',
  ])('reads a capacity: %s', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it.each([
    ['an age range', 'Младшая ступень: 3 - 4,5 года.'],
    ['a count of clients', 'Нам доверились 3000 человек.'],
    ['a price for two', 'Ужин для 2 человек — 2500 рублей.'],
    ['an English price for two', 'Dinner for 2 people is £45.'],
    ['opening hours', 'Open from 11 to 22 daily.'],
    ['a count of things', 'We pour 40 ales and run 24 lanes.'],
    ['people served, not a limit', 'Last year 500 guests stayed with us.'],
  ])('stays silent on %s', (_, text) => {
    expect(quotes(text)).toEqual([]);
  });

  it('is an inventory row: a stated term is never held against a policy of the profile', async () => {
    const profile: Profile = {
      format: 'sverka.profile/1',
      name: 'Глэмпинг «Сосновый берег»',
      languages: ['ru'],
      facts: [{ id: 'prepay', kind: 'policy', label: 'Предоплата 30 %', topics: ['предоплат'], contradictedBy: ['без предоплаты'] }],
    };
    const material = materialFromText('Бронь подтверждается предоплатой 30 % от стоимости.', { id: 's1', kind: 'text', location: 'site.txt' }, 'ru');
    const report = await checkMaterials([material], profile, { only: ['contradiction'] });
    expect(report.findings).toEqual([]);
    expect(report.promises.map((p) => [p.kind, p.status])).toEqual([['policy', 'unknown']]);
  });
});

describe('a length of time is not opening hours', () => {
  it.each(['Бронь держим 24 часа.', 'Refunds are processed within 24 hours.'])('%s', async (text) => {
    const { hoursExtractor } = await import('../../../../engine/promises/hours');
    expect(extract(hoursExtractor, text)).toEqual([]);
  });

  it.each(['Работаем 24 часа.', 'Open 24 hours, every day.'])('%s is', async (text) => {
    const { hoursExtractor } = await import('../../../../engine/promises/hours');
    expect(extract(hoursExtractor, text).map((p) => (p.value as { allDay: boolean }).allDay)).toEqual([true]);
  });
});

describe('a guarantee with no length is a term', () => {
  it.each(['Гарантия на пошив и фурнитуру', 'После ремонта выдаём гарантийный талон.', 'All our boiler fittings come with a manufacturer warranty.'])('%s', (text) => {
    expect(quotes(text)).toEqual([text]);
  });
});

describe('terms of liability, billing and hygiene', () => {
  it.each([
    'Maple Pottery cannot be held liable for breakage after collection.',
    'Memberships are billed monthly by direct debit.',
    'Please return the boat keys when checking out.',
    'Smoking on the jetty is prohibited.',
    'Мы используем одноразовые пилки для каждого гостя.',
    'С каждым клиентом составляется договор на пошив.',
  ])('%s', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it('stays silent on a sentence with none of them', () => {
    expect(quotes('Our pottery studio sits by the old mill.')).toEqual([]);
  });
});

describe('what is asked, allowed, left out, charged and made good', () => {
  it.each([
    'Riders should be at the stables ten minutes before the hack.',
    'The deep clean doesn’t include the inside of the oven.',
    'Under-eights will need to be accompanied by a parent.',
    'Drinks are allowed on the terrace only.',
    'The first month of fees is due at sign-up.',
    'Kayak hire is charged per half day.',
    'We accept cash or card.',
    'Lessons cancelled by the teacher will be made up or credited.',
    'Pitches are given on a first-come, first-served basis.',
    'The hall has a capacity of 80 guests.',
    'Members only',
  ])('%s', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it.each([
    ['a plain description', 'Our bakery opened last spring by the canal.'],
    ['a question about a rule', 'Are dogs allowed in the garden?'],
    ['one word', 'Only'],
  ])('stays silent on %s', (_, text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('what a price covers, closures besides the hours, what to call about', () => {
  it.each(['The price includes setup, the cake stand and delivery.', 'When the village fete falls on a Saturday, the shop will be closed.', 'Please call if your dog will miss its grooming slot.'])('%s', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it('stays silent on a heading-like line about closings', () => {
    expect(quotes('Winter closings')).toEqual([]);
  });
});

describe('house rules, ways to pay and bans', () => {
  it('reads each infinitive line under a lead-in of rules as a term, up to the next part', () => {
    const html =
      '<p>Гость обязан:</p><p>Соблюдать тишину после полуночи.</p><p>+ и в выходные</p><p>Аккуратно обращаться с посудой.</p>' +
      '<p>2. Гостям запрещается:</p><p>Курить в комнатах.</p><p>Кровать застилает администратор.</p><h2>Наши номера</h2><p>Гулять в саду приятно.</p>';
    expect(headingTerms(html)).toEqual(['Соблюдать тишину после полуночи.', 'Аккуратно обращаться с посудой.', 'Курить в комнатах.']);
  });

  it('reads no rule in infinitive lines under a lead-in that sets no rule', () => {
    expect(headingTerms('<p>Чем заняться в городе:</p><p>Гулять по набережной.</p><p>Кататься на лодке.</p>')).toEqual([]);
  });

  it.each([
    'Принимаем наличные и карты МИР.',
    'We take cash or check at the door.',
    'Payments can be made via check or PayPal.',
    'No personal checks accepted',
    'No outside drinks allowed on the boat.',
    'Гости не несут ответственности за погоду, а хозяин не несёт ответственности за оставленные вещи.',
    'No long contracts and no hidden fees.',
  ])('reads a way to pay, a ban or a disclaimer as a term: "%s"', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it.each([
    ['a verb "check" beside a card', 'Check our card games.'],
    ['one way to pay in a plain sentence', 'Pay in cash.'],
    ['"no" that bans nothing', 'No wonder guests come back.'],
  ])('stays silent on %s', (_, text) => {
    expect(quotes(text)).toEqual([]);
  });

  it('reads a heading that names a way to pay with its condition, not a bare one', () => {
    expect(headingTerms('<h4>Наличными при получении</h4><p>Курьер привезёт сдачу.</p>')).toEqual(['Наличными при получении']);
    expect(headingTerms('<h4>Банковской картой</h4><p>Курьер привезёт терминал.</p>')).toEqual([]);
  });
});

describe('what the customer is asked, allowed or welcome to do', () => {
  it.each([
    'Please ensure every bag carries your name.',
    'You may be asked to leave your umbrella at the door.',
    'Guests may bring their own snacks to the party.',
    'The spring concert is open to the public.',
    'Upon registration, the first month of fees is taken.',
  ])('%s', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it('stays silent on a sentence that asks nothing of the customer', () => {
    expect(quotes('The garden opens onto the river.')).toEqual([]);
  });
});

describe('whom the business serves, what it answers for, how it bills and asks', () => {
  it.each([
    'Наша мастерская работает только с юридическими лицами.',
    'Мы несём полную ответственность за сохранность ключей.',
    'Монтаж выполняем в соответствии с требованиями производителя.',
    'Примерка возможна по предварительной записи.',
    'За час до приезда мастер вам позвонит.',
    'I will send an invoice at the end of each term.',
    'We kindly ask that parents wait in the lobby.',
    'You can park on the street in front of the studio.',
    'Используем только дезинфицирующие растворы.',
    'Для каждого ученика составляем индивидуальный план занятий.',
  ])('%s', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it('stays silent on a responsible person or a park nearby', () => {
    expect(quotes('Our studio is next to the park.')).toEqual([]);
    expect(quotes('Ответственный мастер Иван отлично шьёт.')).toEqual([]);
  });
});

describe('slogans that nothing is paid unless the work succeeds', () => {
  it.each([
    ['No Repair. No Charge. Call us today.', 'No Repair. No Charge'],
    ['No win, no fee on every claim we take.', 'No win, no fee'],
    ['Наш принцип прост. Нет ремонта — нет денег.', 'Нет ремонта — нет денег'],
  ])('reads "%s" as a term', (text, term) => {
    expect(quotes(text)).toContain(term);
  });

  it('quotes a sentence that already is a term once', () => {
    const text = 'Работаем честно: нет результата — нет оплаты.';
    expect(quotes(text)).toEqual([text]);
  });

  it.each(['No pain, no gain, as the coach says.', 'Нет дыма без огня, нет вопросов без ответа.', 'No parking, no entry after dark for cars.'])('stays silent on "%s"', (text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('rules put as what the business keeps back or the client must do', () => {
  it.each([
    'Необработанные кадры я не отдаю.',
    'Окончательный отбор снимков мы оставляем за собой.',
    'В зал не допускаются гости в уличной обуви.',
    'Мы не можем ждать опоздавших более десяти минут.',
    'Перед занятием нужно переодеться в раздевалке.',
    'На первую встречу следует прийти пораньше.',
    'You only need to bring a towel and water.',
  ])('reads "%s" as a term', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it.each(['Вам нужно красивое фото к празднику?', 'Здесь есть всё, что нужно для отдыха.', 'Нам надо больше места для новых станков.'])('stays silent on "%s"', (text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('what the price leaves out, how long a pass holds, what is needed', () => {
  it.each([
    'Услуги стилиста в стоимость не входят и оплачиваются отдельно.',
    'Скидка не распространяется на подарочные сертификаты.',
    'Дозаказать печать можно только в течение месяца.',
    'Ссылка на альбом будет активна две недели.',
    'При болезни мы можем перенести занятие на другой день.',
    'The ten-class card has 3 months validity.',
    'Proof of the mandatory shots is kept on file.',
    'No crate or blanket is necessary for the stay.',
    'You can suspend your membership for a month.',
  ])('reads "%s" as a term', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it.each(['Наши фотографии входят в портфолио студии.', 'The river crossing is a lovely walk.'])('stays silent on "%s"', (text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('age groups, passes that do not run out, charges on top', () => {
  it.each([
    'The junior squad is for 8-11 years and the senior squad is over 16.',
    'Art classes for ages 5 and up.',
    'Группа для подростков 13–16 лет.',
    'Prepaid lesson packs never expire.',
    'Оплаченные занятия не сгорают.',
    'Выезд за город оплачивается дополнительно.',
    'A surcharge applies to deliveries outside the city.',
    'Дату и время выбирает клиент.',
  ])('"%s" is a term', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it.each(['Over 40 swimmers joined the gala.', 'Our choir sang 12-18 songs a night.', 'Дети в восторге от праздника.', 'The paint will not expire soon, we hope.'])('"%s" is no term', (text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('a window to return, exchange or complain', () => {
  it.each([
    'Обувь без следов носки можно обменять в течение двух недель.',
    'Рекламации по мебели принимаются не позднее 5 дней после сборки.',
    'Покупатель может отказаться от заказа в течение 3 дней после доставки.',
    'Unworn items can be returned within 21 days of delivery.',
    'Breakages must be reported within 24 hours of the event.',
  ])('"%s" is a term', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it.each(['Жалобы на шум соседей нас не касаются.', 'Complaints are rare in our salon.', 'Our painters finished within two days.'])('"%s" is no term', (text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('an offer’s end, a service not done, a price settled case by case or not fixed, what to do ahead', () => {
  it.each([
    'Скидка на чистку ковров действует до конца апреля.',
    'Выезд в выходные не осуществляется.',
    'Работы на высоте обсуждаются отдельно с прорабом.',
    'Фиксированная смета, без наценок и доплат.',
    'Opening times may vary on bank holidays.',
    'The quote varies depending on the length of the fence.',
    'Please arrive ten minutes before your class.',
    'Phone us in advance to reserve a tasting table.',
  ])('"%s" is a term', (text) => {
    expect(quotes(text)).toEqual([text]);
  });

  it.each(['Thank you in advance for your patience.', 'Акция для новых клиентов.', 'Our menu varies.'])('"%s" is no term', (text) => {
    expect(quotes(text)).toEqual([]);
  });
});
