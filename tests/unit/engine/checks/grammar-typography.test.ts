import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../../cli/spelling/node-dictionaries';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { materialFromText } from '../../../../engine/material/from-text';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { findingsOf } from './helpers';

const ru: Profile = { format: 'sverka.profile/1', name: 'Клиника', languages: ['ru'] };
const en: Profile = { format: 'sverka.profile/1', name: 'Bakery', languages: ['en'] };
const profileFor = (text: string) => (/[\u0400-\u04ff]/.test(text) ? ru : en);
const grammar = async (text: string) => (await findingsOf('grammar', profileFor(text), text)).map((f) => [f.quote, f.suggestion]);
const typography = async (text: string) => (await findingsOf('typography', profileFor(text), text)).map((f) => [f.quote, f.suggestion ?? null]);

describe('grammar check', () => {
  it.each([
    ['Перезвоним в течении часа', 'в течении', 'в течение'],
    ['В течении 15 минут пришлём код', 'В течении', 'В течение'],
    ['Действует в течении года', 'в течении', 'в течение'],
    ['Вернём деньги в течении 3-х рабочих дней', 'в течении', 'в течение'],
    ['Гарантия действует в течении гарантийного срока', 'в течении', 'в течение'],
    ['Не смотря на праздники, работаем', 'Не смотря на', 'Несмотря на'],
    ['Вследствии ремонта вход со двора', 'Вследствии', 'Вследствие'],
    ['В зависимости погоды занятия идут в зале', 'В зависимости', 'В зависимости от'],
    ['Наносим нано-покрытие на кузов за день', 'нано-покрытие', 'нанопокрытие'],
    ['Работает авто-мойка самообслуживания', 'авто-мойка', 'автомойка'],
    ['Доставим вещи в целостности и сохранности', 'в целостности и сохранности', 'в целости и сохранности'],
    ['If you find your self short of time, call us', 'your self', 'yourself'],
    ['Kids can finally be their self here', 'their self', 'themselves'],
    ['Every shoot starts with a Complementary Consultation call', 'Complementary Consultation', 'Complimentary Consultation'],
    ['The shop opened it’s doors in 1998', 'it’s doors', 'its doors'],
    ['Each class room has its own sink', 'class room', 'classroom'],
    ['If you have trouble locating our premise, call us', 'premise', 'premises'],
    ['Hair cuts for kids on Saturdays', 'Hair cuts', 'Haircuts'],
    ['We insure that every bike is tested before it leaves', 'insure that', 'ensure that'],
    ['Alcohol can not be sold on the premises', 'can not', 'cannot'],
    ['Выберете удобное время и оставьте заявку.', 'Выберете', 'Выберите'],
    ['Шаг 2: вышлете нам фото квитанции', 'вышлете', 'вышлите'],
    ['Работаем без выходных. Так же мы принимаем заказы онлайн.', 'Так же', 'Также'],
    ['Стрижка, укладка, а так же окрашивание волос', 'так же', 'также'],
    ['Оденьте бахилы на входе', 'Оденьте', 'Наденьте'],
    ['Не забудьте одеть маску', 'одеть', 'надеть'],
    ["Every loaf has it's own story", "it's own", 'its own'],
    ['Its a family bakery', 'Its a', "It's a"],
    ['Из за ремонта вход со двора', 'Из за', 'Из-за'],
    ['Достаём из под прилавка', 'из под', 'из-под'],
    ['Не взирая на погоду, работаем', 'Не взирая на', 'Невзирая на'],
    ['Горячее кофе с собой', 'Горячее кофе', 'Горячий кофе'],
    ['Попробуйте наше ароматное кофе', 'ароматное кофе', 'ароматный кофе'],
    ['Your welcome to stay', 'Your welcome', "You're welcome"],
    ['We could of done better', 'could of', 'could have'],
    ['Loose weight with our coach', 'Loose weight', 'Lose weight'],
    ['Скидка действует в при оплате картой', 'в при', 'при'],
    ['Выезд мастера по за городом — 500 ₽', 'по за', 'за'],
    ['Наш салон во Басманном районе', 'во Басманном', 'в Басманном'],
    ['Так же работает гардероб', 'Так же', 'Также'],
    ['Есть парковка, а так же детская комната', 'так же', 'также'],
    ['Клиника представляет пациентам скидку 10%', 'представляет', 'предоставляет'],
    ['Поможем с поездкой заграницу', 'заграницу', 'за границу'],
    ['Филиал в Санкт Петербурге', 'Санкт Петербурге', 'Санкт-Петербурге'],
    ['Бухгалтерия в Ростове на Дону', 'Ростове на Дону', 'Ростове-на-Дону'],
    ['Есть конференц зал на 40 мест', 'конференц зал', 'конференц-зал'],
    ['Доставка по Москве и московской области', 'московской области', 'Московской области'],
    ['Towels and or linen are provided', 'and or', 'and/or'],
    ['Abide with the house rules, please', 'Abide with', 'Abide by'],
    ['Call us when your ready for a fitting', 'your ready for', "you're ready for"],
    ['We are use to busy weekends', 'are use to', 'are used to'],
    ['Our bakers are will help you choose', 'are will', 'will'],
    ['For every parent who looking for a cake', 'who looking', 'who is looking'],
    ['Weekly visits are cheaper. This are ideal for busy families.', 'This are', 'These are'],
    ['Were you a new to the bakery last year?', 'Were you a new to', 'Were you new to'],
    ['Not sure about a specific cakes? Ask us.', 'a specific cakes', 'specific cakes'],
    ['Once dying is complete, the glaze paint is sealed.', 'Once dying', 'Once drying'],
    ['Banner paper comes in 36" roles only', 'roles', 'rolls'],
    ['After dying your hair, wash it in cold water', 'dying your hair', 'dyeing your hair'],
    ['Ask about root-dying at the desk', 'root-dying', 'root-dyeing'],
    ['We have allot of colours in stock', 'allot of', 'a lot of'],
    ['Its time to book your summer cut', 'Its time', "It's time"],
    ['Each weeks box holds six loaves', 'Each weeks', "Each week's"],
    ['Open each days of the year', 'each days', 'each day'],
    ['We suggest to arrive ten minutes early', 'suggest to arrive', 'suggest arriving'],
    ['Thats why we bake at dawn', 'Thats', "That's"],
    ['We keep our guests data private', 'our guests data', "our guests' data"],
    ['Order as may as you need', 'as may as', 'as many as'],
    ['Скидка на торты в Декабре, звоните', 'в Декабре', 'в декабре'],
    ['До Мая работаем без выходных', 'До Мая', 'До мая'],
    ['We listen to our customers needs', 'our customers needs', "our customers' needs"],
    ['Extra cleaning at the end of a tenants lease', 'a tenants lease', "a tenant's lease"],
    ['Pick the cake best suitable for the party', 'best suitable', 'best suited'],
    ['Mens haircut £15', 'Mens', "Men's"],
    ['Open at al times of the year', 'al times', 'all times'],
    ['По окончанию курса выдаём сертификат', 'По окончанию', 'По окончании'],
    ['Сделаем в кротчайшие сроки', 'кротчайшие', 'кратчайшие'],
    ['Скачайте прайс лист', 'прайс лист', 'прайс-лист'],
    ['Абонемент нашего фитнес - клуба', 'фитнес - клуба', 'фитнес-клуба'],
    ['Two lessons per weeks', 'per weeks', 'per week'],
    ['The cake has be baked today', 'has be', 'has been'],
    ['Storage is the customers responsibility', 'the customers responsibility', "the customers' responsibility"],
    ['Each room comes with a various bed options', 'a various', 'various'],
    ['Repairs are carried our by our own team', 'carried our', 'carried out'],
    ['Tell us the address to which the cake is to be delivered to.', 'to which the cake is to be delivered to', 'to which the cake is to be delivered'],
    ['Скидка пр предъявлении карты', 'пр предъявлении', 'при предъявлении'],
    ['We bakes every loaf by hand', 'We bakes', 'We bake'],
    ['They provides all the ladders and dust sheets', 'They provides', 'They provide'],
    ['If you, the tenant, cancels the viewing, tell us', 'you, the tenant, cancels', 'you, the tenant, cancel'],
    ['Once you books a slot, we hold it for a day', 'you books', 'you book'],
    ['We, at Crumb & Co, prides ourselves on sourdough', 'We, at Crumb & Co, prides', 'We, at Crumb & Co, pride'],
    ['They has a parking space behind the shop', 'They has', 'They have'],
    ['The price of all our tarts are printed on the box', 'The price of all our tarts are', 'The price of all our tarts is'],
    ['We make sure the colour of the sugar roses were checked', 'the colour of the sugar roses were', 'the colour of the sugar roses was'],
    ['Each of our vans have a tail lift', 'Each of our vans have', 'Each of our vans has'],
    ['Please note that one of the ovens are out of use', 'one of the ovens are', 'one of the ovens is'],
    ['We bake an birthday cake to order', 'an birthday', 'a birthday'],
    ['Hire an unique venue for the wedding', 'an unique', 'a unique'],
    ['Proving takes a hour at least', 'a hour', 'an hour'],
    ['Ask for a estimate first', 'a estimate', 'an estimate'],
    ['Staff work a eight-hour shift', 'a eight-hour', 'an eight-hour'],
    ['Members pay an yearly fee', 'an yearly', 'a yearly'],
    ['Baking bread for more then 20 years', 'more then', 'more than'],
    ['Our rye is better then ever', 'better then', 'better than'],
    ['Orders close no later then 4pm', 'later then', 'later than'],
    ['Their is a small fee for boxes', 'Their is', 'There is'],
    ['Guests come in at there own risk', 'there own', 'their own'],
    ["Collect you're order at the counter", "you're order", 'your order'],
    ['Call us if your the host', 'your the', "you're the"],
    ['We except all major cards', 'We except all', 'We accept all'],
    ['Ask our bakers for free advise on icing', 'free advise', 'free advice'],
    ['Please advice us of allergies', 'Please advice', 'Please advise'],
    ['Every room has a complementary breakfast', 'complementary breakfast', 'complimentary breakfast'],
    ['We where closed in January', 'We where', 'We were'],
    ['Late cancellations will loose the deposit', 'will loose the', 'will lose the'],
    ['Order online with piece of mind', 'piece of mind', 'peace of mind'],
    ['Please bare with us while we refit', 'bare with us', 'bear with us'],
    ['Запишитесь на в удобное время', 'на в', 'в'],
    ['Whatever you need, our team can built it', 'can built', 'can build'],
    ['Is this the room your were asking about?', 'your were', 'you were'],
    ['Welcome! Checkout our seasonal menu.', 'Checkout', 'Check out'],
    ['В отличии от конкурентов, мы работаем без выходных', 'В отличии от', 'В отличие от'],
    ['Мы не при каких условиях не передаём ваши данные', 'не при каких', 'ни при каких'],
    ['Ни кто не уйдёт от нас без подарка', 'Ни кто', 'Никто'],
    ['Наш сервис — ни что иное, как забота о клиенте', 'ни что иное', 'не что иное'],
    ['Занятия проходят не зависимо от погоды', 'не зависимо от', 'независимо от'],
    ['Во первых, это удобно', 'Во первых', 'Во-первых'],
    ['Тоже самое касается доставки', 'Тоже самое', 'То же самое'],
    ['Для того что бы записаться, позвоните', 'Для того что бы', 'Для того чтобы'],
    ['Свет играет большое значение для портрета', 'играет большое значение', 'имеет большое значение'],
    ['Опыт мастера имеет важную роль', 'имеет важную роль', 'играет важную роль'],
    ['Курс эффектного лечения за две недели', 'эффектного', 'эффективного'],
    ['Командировочные сотрудники живут у нас со скидкой', 'Командировочные', 'Командированные'],
    ['Компенсируем командированные расходы', 'командированные', 'командировочные'],
    ['Юрист будет предоставлять ваши интересы в суде', 'предоставлять', 'представлять'],
    ['Купите абонент в бассейн', 'Купите абонент', 'Купите абонемент'],
    ['Абонент на 8 занятий стоит 3000 рублей', 'Абонент', 'Абонемент'],
    ['Одевайте чехлы на сиденья', 'Одевайте', 'Надевайте'],
    ['Приём идёт в продолжении недели', 'в продолжении', 'в продолжение'],
    ['Работа сделана. В заключении, пара слов о цене', 'В заключении', 'В заключение'],
    ['По прилёту вас встретит водитель', 'По прилёту', 'По прилёте'],
    ['Отдыхать заграницей теперь проще', 'заграницей', 'за границей'],
    ['Мастер одела перчатки и начала работу', 'одела', 'надела'],
    ['Если что то не так, звоните', 'что то не так', 'что-то не так'],
    ['Сервис предоставляет собой сеть мастерских', 'предоставляет собой', 'представляет собой'],
    ['Звоните заранее, потому-что мест мало', 'потому-что', 'потому что'],
    ['Обещаем гарантийный результат', 'гарантийный', 'гарантированный'],
    ['Выдаём гарантированный талон на ремонт', 'гарантированный', 'гарантийный'],
    ['Демократические цены на стрижки', 'Демократические', 'Демократичные'],
    ['Аренда авто представительного класса', 'представительного', 'представительского'],
    ['В-общем, всё готово', 'В-общем', 'В общем'],
    ['Что-бы ни случилось, звоните', 'Что-бы ни', 'Что бы ни'],
    ['Оставьте заявку, что-бы мы перезвонили', 'что-бы', 'чтобы'],
    ['Так-же чистим ковры на дому', 'Так-же', 'Также'],
    ['Гладим рубашки так-же аккуратно, как в ателье', 'так-же', 'так же'],
    ['Собираем команды от 4-6 игроков', 'от 4-6', 'от 4 до 6'],
    ['Соберём на заказ шкаф купе в прихожую', 'шкаф купе', 'шкаф-купе'],
    ['Ателье переехало на большой Казачий переулок', 'большой Казачий переулок', 'Большой Казачий переулок'],
    ['Обращаем внимание, что запись закрыта', 'Обращаем внимание, что', 'Обращаем внимание на то, что'],
  ])('%s', async (text, quote, fix) => {
    expect(await grammar(text)).toEqual([[quote, fix]]);
  });

  it.each([
    'В течение часа перезвоним',
    'Лодка плыла по течению, в течении реки были пороги',
    'Устанавливаем ПО для бухгалтерии и кассы',
    'The will made by the founder left the bakery to the town',
    'Checkout is at eleven and breakfast runs until ten',
    'In May took place our first open day',
    'Несмотря на праздники, работаем',
    'Не смотря по сторонам, не переходите дорогу',
    'В следствии по делу участвовал юрист',
    'Оденьте ребёнка потеплее',
    'Наденьте бахилы на входе',
    'The bakery and its own garden',
    "It's a family bakery",
    'Its crust is thin',
    'Из-за ремонта вход со двора',
    'Горячий кофе и свежее молоко',
    'Горячее к кофе не подаём',
    'Your welcome drink is on us',
    'Loose leaf tea',
    'Свежее кофейное зерно',
    'Работаем во время праздников и во вторник',
    'Во сколько открываетесь? Во избежание очереди запишитесь',
    'Отмечаем кол-во топлива в баке',
    'Сделайте так же, как на фото',
    'Когда выберете время, позвоните нам. Выберете ли вы нас снова? Вы выберете лучший вариант.',
    'Insure your car with us; we insured that house last year. You can not only bowl but also dine.',
    'Так же быстро и аккуратно, как в первый раз',
    'Представляем вашему вниманию новое меню',
    'Мы работаем в Санкт-Петербурге и Ленинградской области',
    'Новинки в медицинской области',
    'Стрижка от 500 до 900 рублей',
    'Is your ready meal hot?',
    'Bread and, or cake, for the party',
    'Our guests, who looking tired, got a free coffee',
    'Customers needs change over time',
    'See Smith et al. for details',
    'It is what they are; will it change?',
    'По окончании курса выдаём сертификат',
    'Прайс-лист и фитнес-клуб',
    'Ходить по прибытии',
    'Two lessons per week',
    'The cake has been baked',
    'Choose from various bed options',
    'The address to which we deliver is on the card.',
    'Мы на пр. Мира, 5',
    'Так же, как и раньше, работаем до десяти вечера.',
    'Так же удобно, как дома.',
    'Делаем всё так же быстро и аккуратно.',
    'We bake every loaf by hand',
    'You guys are the best customers a bakery could wish for',
    'You folks always bring the sunshine',
    'We send you offers once a month',
    'Thank you cards are sold at the till',
    'We thank you, our customers, and you helps us grow',
    'What do you, our neighbours, think of the new loaf?',
    'Our van says "We Bakes It Better" on the side',
    'We bakers are up at four every morning',
    'A number of our cakes are gluten free',
    'The majority of our tarts are vegan',
    'A range of sizes are on offer',
    'The rest of the rolls are half price after four',
    'A couple of tables are kept for walk-ins',
    'Plenty of seats are free at lunch',
    'All of our loaves are baked today',
    'Details of the price of all tarts are on the board',
    'The bread and the price of the rolls are on the board',
    'The price of the tarts you are buying is on the receipt',
    'The size of the cake and the flowers are up to you',
    'One of the few bakeries that are open on Sunday',
    'Book an historic barn for the party',
    'Book your MOT or an MOT retest',
    'Send an sms to confirm the slot',
    'Need an x-ray of the tooth first?',
    'Pick plan a or plan b',
    'Pay a one-off fee or a unique monthly plan',
    'Not a one-size-fits-all menu',
    'A euro or a pound is fine',
    'Fold the dough once more then add the seeds',
    'They greet each other then a bell rings',
    'Your a la carte order comes with bread',
    'Everyone is welcome except dogs',
    'Our bakers advise you on icing',
    'Complementary therapies are offered too',
    'We can show you where we bake',
    'Loose leaf tea is on the shelf',
    'Autentificarea a eșuat',
    'Pick a items list from the menu',
    'Work on your self-esteem with our coach',
    'We hire out a world-class room for parties',
    'Book some one-to-one lessons',
    'We work from the premise that every dog is different',
    'No smoking on the premises',
    "It's customers who decide what we bake",
    'В зависимости от погоды занятия идут в зале',
    'Фото-ID и видео-YouTube — в разделе медиа',
    'Салон Авто-Мир ждёт вас',
    'Cakes like this are popular at weddings',
    'The flavours that are new this month',
    'We need a specific needs assessment first',
    'A certain means of payment is required',
    'Pick a single class or a series',
    'The dying palm in the lobby needs more light',
    'We allot each guest one parking space',
    'Each weekend we bake rye',
    'The mill was a marvel of its time',
    'The tortoise hides in its hard shell',
    'The village has its very own bakery',
    'Actors play many roles in our shows',
    'We recommend to our guests that they book early',
    'Message us on Whats App',
    'Подарок к Марте от коллег',
    'Фильм «Свидание в Июне» идёт в субботу',
    'Большие Скидки В Июне',
    'В заключении врача указан диагноз',
    'Не важно, ни где, ни когда вы купили шины',
    'Ни у кого нет таких цен, и никто иной не справится',
    'Если представится возможность, заходите',
    'Консультации по получению визы',
    'Во всех филиалах работаем во вторник',
    'Эффектная внешность и эффективное лечение',
    'Абонент не может принять звонок',
    'Это то же самое, что и раньше; мы тоже работаем в выходные',
    'Что бы вы ни выбрали, мы поможем',
    'Декор играет большую роль, а цена имеет значение',
    'Пользователь имеет роль администратора',
    'Торговля с заграницей и поездки за границу',
    'Мама одела ребёнка потеплее',
    'Офис в Ростове-на-Дону и в Санкт-Петербурге',
    'Всё-таки кое-как что-то сделали, как-никак',
    'Гарантийный срок два года, гарантированный результат и демократичные цены',
    'Демократическое общество и представительная выборка',
    'Предоставляем интересные скидки; демократические ценности',
    // a time, a date, a phone, an age, a range of ranges
    'Принимаем от 9-00 до 18-00 без перерыва',
    'Цены действуют от 15-03-2025 до конца весны',
    'Звоните от 8-800-100-20-30 круглосуточно',
    'Кружок для детей от 5-ти лет',
    'Срок от 1-2 до 3-4 недель',
    'Ателье переехало на Большой Казачий переулок',
    'Построили новый Казанский вокзал',
    'Обращаем внимание на то, что запись закрыта',
  ])('leaves "%s" alone', async (text) => {
    expect(await grammar(text)).toEqual([]);
  });

  it('leaves the own name of the business as its profile writes it', async () => {
    const text = 'ООО «Экспресс Доставка» привезёт за день; экспресс доставка по области — за два.';
    const own: Profile = { ...ru, name: 'Экспресс Доставка' };
    expect((await findingsOf('grammar', ru, text)).map((f) => f.quote)).toEqual(['Экспресс Доставка']);
    expect((await findingsOf('grammar', own, text)).map((f) => f.quote)).toEqual(['экспресс доставка']);
  });
});

describe('agreement and government (Russian grammar loaded)', () => {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  const agreement = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => f.quote);

  it.each([
    ['Мы гордимся качеством работы нашего салон уже десять лет', 'нашего салон'],
    ['Ознакомьтесь с подробным описание всех услуг клиники', 'подробным описание'],
    // a conjunction joins two phrases, each with its own preposition: no group of adjectives
    ['Рассказываем простым языком и с подробным описание каждого шага', 'подробным описание'],
    ['Если у ваш ребёнок заболел, звоните нам сразу', 'у ваш'],
    ['Наша новая кабинет открыт с понедельника для всех', 'новая кабинет'],
    ['После этот случай мы поменяли расписание приёма', 'После этот'],
    ['Шьём чехлы для сидений из прочною ткани на заказ', 'из прочною'],
    ['Скидка десять процентов для постоянным клиентам салона', 'для постоянным'],
    ['Мы готовим сметы, которые позволяет сразу понять итоговую цену', 'которые позволяет'],
    ['Это процедура, которая помогают коже восстановиться быстрее', 'которая помогают'],
    ['Сначала массаж спины, и уже после это идёт проработка шеи', 'после это'],
    ['Мы можете выбрать удобное время на сайте', 'Мы можете'],
    ['Если вы хотите, вы можем приехать к вам домой', 'вы можем'],
    ['Помогаем по семейным делам и прочим вопросам, требующих участия юриста', 'вопросам, требующих'],
    ['Доставим заказ в самые кратчайшие сроки по всему городу', 'самые кратчайшие'],
    ['Мы закупаем ткани только у давних и надёжных поставщикам города', 'надёжных поставщикам'],
    ['Шкафы продаются с полками и из наполнении по вашему выбору', 'из наполнении'],
    ['Откройте настройки в диалога печати и выберите формат', 'в диалога'],
    ['Скидка действует для постоянных клиентами нашей мастерской', 'постоянных клиентами'],
    ['Даю согласие на хранение личный данных в базе салона', 'личный данных'],
    ['В меню появился сезонный десертов и новые напитки', 'сезонный десертов'],
    // subject and verb disagree in number
    ['Глянцевое покрытие особенно нравятся детям и взрослым', 'покрытие особенно нравятся'],
    ['Кожаный диван отличаются особой прочностью', 'диван отличаются'],
    ['Напоминаем, что доставка этих товаров не являются бесплатной', 'доставка этих товаров не являются'],
    ['Наша студия работают без выходных и праздников', 'студия работают'],
    ['Кроме того, абонемент действуют в любом нашем филиале', 'абонемент действуют'],
    // through a relative clause set off by commas
    ['Документы, которые прислал клиент, хранится в архиве три года', 'Документы, которые прислал клиент, хранится'],
    ['Услуга, которую вы заказали, выполняются за один день', 'Услуга, которую вы заказали, выполняются'],
    // «это» opening a sentence before a noun and its verb is the demonstrative
    ['Это площадка подойдёт для выпускного вечера', 'Это площадка'],
    ['Это уютный ресторан подойдёт для банкета', 'Это уютный ресторан'],
    // «все» before a genitive plural, a singular adjective before a noun's plural form
    ['Для обсуждения все технических вопросов звоните менеджеру', 'все технических вопросов'],
    ['В заявке укажите точное названия организации и адрес', 'точное названия'],
    // an adjective and a noun in the instrumental that differ in number
    ['Основными преимуществом салона мы считаем мастеров', 'Основными преимуществом'],
    ['Мы много лет работаем с нашими поставщиком тканей', 'нашими поставщиком'],
    // a preposition and a noun in a case it never takes
    ['Заказывайте услугу по встречи гостей в аэропорту', 'по встречи'],
    ['Часы идут с точность до секунды в сутки', 'с точность'],
    ['В случая поломки мастер приедет в тот же день', 'В случая'],
    ['Для клиенты салона действует накопительная скидка', 'Для клиенты'],
    ['Записывайтесь на стрижку за месяца до праздника', 'за месяца'],
    // an adjective and its noun agree, but in a case the preposition never takes
    ['За более подробной консультации приходите к нам в салон', 'За более подробной консультации'],
    ['Храните торт под плотной крышки в холодильнике', 'под плотной крышки'],
    // a nominative or accusative adjective before a noun that differs in number and is otherwise oblique
    ['На экскурсии вы услышите печальную истории усадьбы', 'печальную истории'],
    ['Мы открыли новую студии для занятий йогой', 'новую студии'],
    // a possessive after its preposition, a word of degree between a preposition and its adjective
    ['С вашими соседям мы уже договорились о ремонте', 'вашими соседям'],
    ['Дуб остаётся одним из самых прочных деревом в столярном деле', 'прочных деревом'],
    // a label of a few words: an adjective before a noun no label leaves oblique
    ['Плёнка матовая плёнке', 'матовая плёнке'],
    ['Свежая выпечке', 'Свежая выпечке'],
    ['Тетради школьные обложке', 'школьные обложке'],
    // two attributes joined by «и» before a singular noun, one of them agreeing with it and the other not
    ['Мы предлагаем чистый и насыщенное звучание для любого зала', 'чистый и насыщенное звучание'],
    ['Закажите новый и удобное кресло для офиса', 'новый и удобное кресло'],
    ['Каждый гость получит вкусный и полезная завтрак', 'вкусный и полезная завтрак'],
    ['Отдыхайте в уютном и светлая зале у камина', 'уютном и светлая зале'],
    // the prepositional case with no preposition, after a verb or after an adverb and «или»
    ['Добраться можно пешком или рейсовом автобусе за полчаса', 'или рейсовом автобусе'],
    ['Если вы живете соседнем доме, приходите пешком', 'живете соседнем доме'],
    ['Каждое лето отдыхаем загородном доме вместе с детьми', 'отдыхаем загородном доме'],
    ['Пешком или рейсовом автобусе:', 'или рейсовом автобусе'],
  ])('flags "%s"', async (text, quote) => {
    expect(await agreement(text)).toEqual([quote]);
  });

  it.each([
    'Мы гордимся качеством работы нашего салона уже десять лет',
    'В клинике два новых кабинета и пять удобных кресел для гостей',
    'Готовим изумительные тесто и начинку каждое утро для вас',
    'Документы принимаем по юридическому и фактическому адресам компании',
    'Нужен документ, подтверждающий полномочия представителя компании',
    'Салон, известный отличным сервисом, ждёт новых гостей сегодня',
    'Клиника, у которой проблемы с записью, теряет пациентов каждый день',
    'В общем гости остались довольны нашим новым меню',
    'Что такое сервис и зачем он нужен вашему бизнесу',
    'Стрижка модельная креатив',
    'Наши мастера работают для вас с утра до вечера без выходных',
    'Все услуги, которые оказывает наш центр, входят в полис',
    'Вот форматы, которые принимает Telegram: фото и видео.',
    'Это самый лучший подарок, а наш самый младший мастер учится у самых опытных',
    'Договор, который подписывают клиенты, хранится у нас',
    'Что за чудесный день для прогулки по парку!',
    'Доставляем торты в Нижний Новгород и в Великий Устюг',
    'Сумки из натуральной кожи и ремни из плотного текстиля',
    'В целом по новой схеме работать удобнее, чем по старой',
    'Мы были рады видеть вас, и мы будем рады снова',
    'Вы можете записаться онлайн, а мы перезвоним через пять минут',
    'Она знает, что они придут вовремя и он успеет',
    'После этого мастер расскажет об уходе и ответит на вопросы',
    'До вокзала на электричке, после вам нужно пересесть на автобус',
    'Сначала был зал в подвале. После этот клуб переехал в центр',
    'Автобусы 58к до остановки «Парк»',
    'Мы с вами договоримся о времени визита заранее',
    'Гости отеля, желающие заказать трансфер, звонят заранее',
    'В набор входят шампунь для собак, сушильных шкафов и бокс',
    'Тарифы, в свою очередь, зависящие от сезона, меняются весной',
    'В дальнейшем меню можно дополнить сезонными блюдами',
    'Всё необходимое компоненту передаётся через параметры',
    'Работаем по удобной клиентам схеме оплаты без комиссии',
    'Фильтры склеивают кадры в один чередованием строк',
    'Результат одинаковый для всех образом не назовёшь',
    'Бокал полный ароматного вина ждёт гостей на террасе',
    'Скидки для бизнес клиентов действуют весь год',
    'Упаковку делаем в гофру по размеру заказа',
    'Мастер достойный внимания каждого клиента работает у нас',
    'Тридцать первое декабря мы работаем до шести вечера',
    'Абонемент дневной стоимостью три тысячи рублей продаётся на ресепшене',
    'Вот документы, которые следует принести на первый приём',
    'Что это за скидочная карта и как её получить?',
    'Откройте меню, позволяющее выбрать мастера и время визита',
    // the noun stands before a chain of genitives and prepositions
    'Мы — первый партнёр Министерства РФ по науке и образованию, предлагающий курсы',
    'Мы — первый партнёр Департамента города по культуре и туризму, проводящий экскурсии',
    // a subject left out, joined, counted or after its verb; an object or a time before the verb
    'Каждую субботу проходят мастер-классы для детей',
    'Глянцевое покрытие наносят за один день',
    'Покрытие и лак отличаются стойкостью к влаге',
    'Большинство гостей выбирают номера с видом на море',
    'Все праздники работает без перерыва на обед',
    'Ламинат стоит укладывать на ровное основание',
    'Ламинат начинают укладывать от окна',
    'Этот ламинат выбирают семьи с детьми и животными',
    // a relative clause that tells of another noun, or a subject left to the verb's side
    'Оплата услуг, которые вы выбрали, производится заранее',
    'Мастер, который приедет к вам, привезут инструменты и запчасти',
    'Документы, которые прислал клиент, хранятся в архиве три года',
    // «это» as the subject, a particle in a story, or before a neuter noun
    'Это площадка для праздников и деловых встреч',
    'Это уютное кафе подойдёт для встреч с друзьями',
    'Это мама пришла забрать ребёнка из группы',
    'Это зал, который вмещает сто гостей',
    // «все» apart from its noun before a genitive of quality; «всё» before an animate plural
    'Наши номера все разных категорий и цен',
    'Мы привлекаем все новых клиентов каждый месяц',
    // a feminine adjective used as a noun, a pair with a slash, an adjective after its noun
    'Задайте переменная окружения перед запуском программы',
    'Нижнее / верхнее значения задают диапазон цены',
    'Номер двухместный категории люкс с видом на море',
    // prepositions with the accusative of a limit, a day or a size
    'Заходим в воду по колени и ждём инструктора',
    'Работаем с понедельника по пятницу без перерыва',
    'Камень размером с ладонь лежит у входа',
    'Приходите по средам и пятницам к нам на занятия',
    'Скидки по бизнес тарифам действуют весь год',
    'Берите второй букет по спец. цене до конца недели',
    // an instrumental of respect, a word used as a noun, adjectives joined with their prepositions
    'Гости уходят довольными результатом и сервисом',
    'Поделитесь с близкими радостью от покупки',
    'Печатаем логотип на первой и на последней страницах меню',
    // an adjective after its own noun, an adjective with its object, an ordinal before a month, the head noun a little later
    'Закажите бумагу глянцевую плотности двести граммов',
    'Мы придумали понятную клиентам схему оплаты услуг',
    'Кресло получилось удобное спине и шее любого роста',
    'Праздник назначен на первое мая этого года',
    'Подарите любимую маме книгу на день рождения',
    // a possessive used as a noun, a word of degree before an agreeing noun
    'Договоритесь с нашими по телефону о времени',
    'Купите одну из самых прочных досок в нашем магазине',
    'Приходите в наиболее удобное для вас время дня',
    // labels of a few words: terms side by side, an adjective with its object, a noun with its own dative
    'Стрижка модельная креатив',
    'Скидки постоянным клиентам',
    'Понятный детям',
    'Полезные детям',
    'Довольные результатом',
    'Детская стрижка машинкой',
    'Первая помощь детям',
    'Цены ниже рыночных',
    // attributes of a plural noun, of two nouns, or predicates after their noun or a linking verb
    'Первый и второй этажи заняты офисами компании',
    'Покупаем старый и новый телевизоры в любом состоянии',
    'Каждый гость получит вкусный и полезный завтрак и кофе',
    'Суп вкусный и горячие пирожки ждут вас на кухне',
    'Торт получился вкусный и красивая начинка тоже удалась',
    'Обслуживание всегда быстрое и вежливые мастера рядом',
    'Мы предлагаем мужскую и женскую стрижку каждый день',
    'Живём в большом и светлом доме у самого леса',
    // the preposition carried over a conjunction or an adjective, a number between
    'Расскажем о ценах и скидках по телефону',
    'Добраться можно на машине или рейсовом автобусе',
    'Офис находится в торговом центре на втором этаже',
    'Открылись в 2020 году на соседней улице',
    'Оплата наличными или банковской карте при получении',
    // an adjective and its noun in a case the preposition takes; «что за» before a genitive of quality
    'За более подробной консультацией приходите к нам в салон',
    'По нашей информации заказ уже готов к выдаче',
    'Из-за плохой погоды экскурсию перенесли на вторник',
    'Что за дивной красоты букет вы собрали!',
    // an approximate count: the noun stands before its number in the number's genitive
    'Плитку в ванной уложили за недели три вместе с затиркой',
    'Мастер перезвонит через минут десять после заявки',
    'Первый заказ мы сделали за года два до переезда',
  ])('leaves "%s" alone', async (text) => {
    expect(await agreement(text)).toEqual([]);
  });
});

describe('«не» written apart from an adjective (Russian grammar loaded)', () => {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  const suggestions = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => [f.quote, f.suggestion]);

  it.each([
    ['При поломке поставим не дорогие аналоги деталей', 'не дорогие', 'недорогие'],
    ['Чистка пальто из не плотного драпа за один день', 'не плотного', 'неплотного'],
    ['Подберём не оригинальные совместимые фильтры для вашей модели', 'не оригинальные', 'неоригинальные'],
    ['Если это не возможно, мы предложим замену', 'не возможно', 'невозможно'],
  ])('flags "%s"', async (text, quote, solid) => {
    expect(await suggestions(text)).toEqual([[quote, solid]]);
  });

  it.each([
    // a contrast, an intensifier, a predicate, a degree
    'Мы ставим не оригинальные детали, а проверенные аналоги',
    'Это вовсе не дорогие услуги для нашего города',
    'Это не самый дешёвый вариант ремонта крыши',
    'Запчасти у нас не оригинальные, но надёжные и проверенные',
    'Шубы не новые и не старые, а просто ухоженные',
    // a participle, with or without words of its own
    'Стоимость не включённых в пакет услуг считаем отдельно',
    'Кровля из не окрашенного профлиста стоит дешевле',
    // a predicate in contrast or in a question
    'Это не возможно, а необходимо',
    'Не возможно ли перенести запись на утро?',
  ])('leaves "%s" alone', async (text) => {
    expect(await suggestions(text)).toEqual([]);
  });
});

describe('set phrases: government, hyphens, numerals (Russian grammar loaded)', () => {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  const found = async (text: string) => (await findingsOf('grammar', ru, text, checker)).map((f) => [f.quote, f.suggestion ?? null]);

  it.each([
    ['Оплата согласно договора, без предоплаты', 'согласно договора', null],
    ['Благодаря усилий наших мастеров всё готово вовремя', 'Благодаря усилий', null],
    ['Вы можете оплатить за услуги картой на месте', 'оплатить за услуги', 'оплатить услуги'],
    ['Оплачиваем за коммунальные услуги сами', 'Оплачиваем за коммунальные услуги', 'Оплачиваем коммунальные услуги'],
    ['Приём ведёт заведующий отделения кардиологии', 'заведующий отделения', null],
    ['Для вас два удобных кабинетов на первом этаже', 'два удобных кабинетов', null],
    ['Нужно полтора литров воды на одну порцию', 'полтора литров', null],
    ['Договор выгоден для обоих сторон', 'обоих сторон', null],
    ['Теперь мы работаем по новому', 'по новому', 'по-новому'],
    ['Мастер по прежнему принимает по субботам', 'по прежнему', 'по-прежнему'],
    ['Наши гиды говорят по английски', 'по английски', 'по-английски'],
    ['Если кто нибудь спросит, ответим', 'кто нибудь', 'кто-нибудь'],
    ['Расскажем кое что о нашей работе', 'кое что', 'кое-что'],
    ['В какой то момент машина заглохла', 'какой то', 'какой-то'],
    ['Всё таки лучше записаться заранее', 'Всё таки', 'Всё-таки'],
    ['В следствие ошибки курьера заказ задержался', 'В следствие', 'Вследствие'],
    ['Приезжайте за пол часа до начала', 'пол часа', 'полчаса'],
    ['У нас ремонт более дешевле, чем в сервисе', 'более дешевле', 'дешевле'],
    ['Просим Вам заполнить анкету до визита', 'Просим Вам', 'Просим Вас'],
    ['Сердечно благодарим вам за отзывы', 'благодарим вам', 'благодарим вас'],
    ['В садике есть дневное прибывание для малышей', 'дневное прибывание', 'дневное пребывание'],
    ['Прибывание в пансионате оплачивается заранее', 'Прибывание в пансионате', 'Пребывание в пансионате'],
    ['За год мы уже выполнили уже больше тысячи заказов', 'уже выполнили уже', null],
    ['На курс осталось 3 место, записывайтесь', '3 место', null],
    ['В группе осталось 6 место до конца набора', '6 место', null],
    ['Мы полностью уверенны в качестве своих работ', 'уверенны', 'уверены'],
    ['Главный плюс сотрудничества с нашей студии — сроки', 'с нашей студии', null],
    ['Наша мастерская занимается ремонта старой мебели', 'занимается ремонта', null],
    ['Этот салон давно пользуется большого спроса', 'пользуется большого спроса', null],
    ['Зимой вода в озере доходит отметки в два градуса', 'доходит отметки', 'доходит до отметки'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await found(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    'Оплата согласно договору, без предоплаты',
    'Благодаря вам мы растём',
    'Оплатить за пять минут можно через приложение',
    'Можно оплатить за свой счёт или оплатить заказ картой',
    'Заплатить за услуги можно картой',
    'Заказ можно оплатить за рубли или за бонусы',
    'Заведующий отделением принимает по средам',
    'Пункт два правил посещения бассейна',
    'В кабинете два кресла и четыре новых стола',
    'Обе стороны подписали договор, оба варианта хороши',
    'Отправим по новому адресу',
    'По моему мнению, это лучший вариант',
    'Работаем по старому и новому тарифам',
    'Знаю, что то письмо дошло',
    'Либо кто либо из мастеров, либо администратор ответит',
    'Имейте в виду: парковка платная',
    'Мы переезжаем в место получше',
    'Пол кухни выложен плиткой',
    'Кое у кого есть скидка',
    'Если вы спешите, тем более лучше записаться заранее',
    'Ремонт стал более дешёвым и менее долгим',
    'Цены более менее стабильны',
    'Материалы переданы в следствие МВД',
    'Обратите внимание на подобие этих узоров',
    'Просим вас заполнить анкету, а мы пришлём вам подарок',
    'Желаем вам хорошего дня и благодарим за выбор',
    // «прибывание» of water, and a stay written right
    'Прибывание воды в реке опасно весной',
    'Дневное пребывание в садике стоит недорого',
    // an adverb in each of two joined parts, or said once
    'Уже сегодня и уже завтра мы откроем новый зал',
    'Мы также сделаем и также отправим всё в срок',
    'Ещё раз спасибо, что выбрали нас',
    // a count that agrees, an ordinal, a count with no word of what is left
    'На курс осталось 3 места и 5 мест на другой',
    'Осталось 21 место на весенний курс',
    'Наша команда заняла 2 место в конкурсе',
    // a confident manner; a partner in the instrumental, a worker from a firm, a time
    'Движения мастера уверенны и точны',
    'Сотрудничество с нашей студией экономит время',
    'Работники с нашей фирмы приедут утром',
    'Мы работаем с раннего утра до позднего вечера',
    // the instrumental written right, «занимать» (occupy), a time, an object before the verb
    'Наша мастерская занимается ремонтом старой мебели',
    'Шкаф занимает места меньше, чем комод',
    'Мы занимаемся лет десять только этим',
    'Этим займутся мастера нашего сервиса',
    // «до» in place, a subject after the verb, the imperative of «дослать» with its object
    'Зимой вода в озере доходит до отметки в два градуса',
    'Когда доходит дело до ремонта, звоните нам',
    'Дошли документы курьером к завтрашнему утру',
  ])('leaves "%s" alone', async (text) => {
    expect(await found(text)).toEqual([]);
  });
});

describe('repeats', () => {
  it('says one thing once when spelling and grammar flag the very same words', async () => {
    const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
    const material = materialFromText("Girls's cut with a fringe — £12 on weekdays", { id: 's1', kind: 'text', location: 't.txt' }, 'en');
    const report = await checkMaterials([material], en, { only: ['spelling', 'grammar'], spellChecker: checker });
    expect(report.findings.map((f) => f.quote)).toEqual(["Girls's"]);
  });

  it('leaves a misspelt name to the name card, with no language finding inside it', async () => {
    const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
    const forge: Profile = { format: 'sverka.profile/1', name: 'Фабрика кованых изделий', languages: ['ru'], names: [{ id: 'brand', kind: 'organization', canonical: 'Фабрика кованых изделий' }] };
    const material = materialFromText('Фабрика кованных изделий. Кованные перила на заказ.', { id: 's1', kind: 'text', location: 't.txt' }, 'ru');
    const report = await checkMaterials([material], forge, { only: ['wrong-name', 'grammar'], spellChecker: checker });
    expect(report.findings.map((f) => [f.check, f.quote])).toEqual([
      ['wrong-name', 'Фабрика кованных изделий'],
      ['grammar', 'Кованные'],
    ]);
  });

  it('makes one finding of a fault repeated on a page, with the other places related', async () => {
    const text = 'Mens haircut £15. Mens beard trim £10. Mens shave £12.';
    const findings = await findingsOf('grammar', en, text);
    expect(findings.map((f) => [f.quote, f.related?.map((place) => place.location.start)])).toEqual([['Mens', [18, 39]]]);
  });

  it('takes a slip repeated with another capital letter for the same slip', async () => {
    const findings = await findingsOf('grammar', ru, 'Конференц зал. Есть ресторан и конференц зал');
    expect(findings.map((f) => [f.quote, f.related?.map((place) => place.quote)])).toEqual([['Конференц зал', ['конференц зал']]]);
  });
});

describe('typography check', () => {
  it.each([
    ['Приходите в в клинику', 'в в', 'в'],
    ['Fresh bread the the whole day', 'the the', 'the'],
    ['Запись - по телефону', ' - ', ' — '],
    ['Звоните , мы ответим', 'Звоните ,', 'Звоните,'],
    ['Цены (от 500 ₽ )', ' )', ')'],
    ['Клиника «Здоровье+ ждёт вас', '«', null],
    ['Работаем (без выходных', '(', null],
    ['Выберите: 1) утро 2) вечер (до 21:00', '(', null],
    ['Клиника «Здоровье+» и "Улыбка"', '"Улыбка"', '«Улыбка»'],
    ['Работаем с 9:00-21:00 без выходных', 'с 9:00-21:00', 'с 9:00 до 21:00'],
    ['Вас встретит «ООО «Ромашка»» на входе', '«ООО «Ромашка»»', 'ООО «Ромашка»'],
    ['Call us if you need.We answer fast', 'need.We', 'need. We'],
    ['Calm, structured& patient lessons', 'structured&', 'structured &'],
    ['Тепло и уют &забота о каждом', '&забота', '& забота'],
    ['Туры в Куала -Лампур каждую неделю', 'Куала -Лампур', null],
    ['For parking purposes,use the back lot', 'purposes,use', 'purposes, use'],
    ['Всё сделаем на высоком уровне. . Звоните', 'уровне. .', 'уровне.'],
    ['Can i bring my own candles?', 'i bring', 'I bring'],
    ['Our ﬁrst garden was planted in spring', 'ﬁrst', 'first'],
  ])('%s', async (text, quote, fix) => {
    expect(await typography(text)).toEqual([[quote, fix]]);
  });

  it('tells a sentence begun in lower case after a whole word, not after an abbreviation, a clipped word or in a price list', async () => {
    const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
    const page = (html: string, language: 'ru' | 'en') => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, language);
    const found = async (html: string, language: 'ru' | 'en' = 'ru') =>
      (await checkMaterials([page(html, language)], { ...ru, languages: [language] }, { only: ['typography'], spellChecker: checker })).findings.map((f) => [f.quote, f.suggestion]);
    expect(await found('<p>Cancel a day ahead please. late arrivals lose the slot.</p>', 'en')).toEqual([['late', 'Late']]);
    expect(await found('<p>Ремонт квартир под ключ. недорого и быстро.</p>')).toEqual([['недорого', 'Недорого']]);
    expect(await found('<p>Costs approx. ten dollars, incl. tax, on Tues. and Thurs. only.</p>', 'en')).toEqual([]);
    expect(await found('<p>Монтаж по металл. каркасу, замена пром. подшипников, обработка ул. стен.</p>')).toEqual([]);
    expect(await found('<table><tr><td>Кладка стен. работы по фасаду</td><td>500</td></tr></table>')).toEqual([]);
    expect(await found('<p>Всем советую! https://vk.com/example</p>')).toEqual([]);
  });

  it('warns of a hyphen glued to a word before a figure (a range or a dash), and only notes one that may break a word at a line end', async () => {
    const severities = async (text: string) => (await findingsOf('typography', profileFor(text), text)).map((f) => [f.quote, f.severity]);
    expect(await severities('Frames are ready in three days- 5 working days at most')).toEqual([['days- 5', 'warning']]);
    expect(await severities('Готовим заказ за неделю- 10 дней')).toEqual([['неделю- 10', 'warning']]);
    expect(await severities('Set the text to right- align in the menu')).toEqual([['right- align', 'info']]);
    expect(await severities('Both pre- and post-op visits are free, and the 2- 3 day wait is rare')).toEqual([]);
  });

  it('tells a full stop the writer ran into the next word from two elements that meet in the markup', async () => {
    const page = (html: string) => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'ru');
    const quotes = async (html: string) => (await checkMaterials([page(html)], ru, { only: ['typography'] })).findings.map((f) => f.quote);
    expect(await quotes('<p>Всё о бассейне и плавании.<a href="/more">Читать далее</a></p>')).toEqual([]);
    expect(await quotes('<p>Спасибо за торт.Было очень вкусно</p>')).toEqual(['торт.Было']);
  });

  it('reads a word repeated by two links side by side as two links, and a word doubled in one text as a slip', async () => {
    const page = (html: string) => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'ru');
    const quotes = async (html: string) => (await checkMaterials([page(html)], ru, { only: ['typography'] })).findings.map((f) => f.quote);
    expect(await quotes('<p><a href="/a">Пользовательское соглашение</a> <a href="/b">Соглашение об обработке данных</a></p>')).toEqual([]);
    expect(await quotes('<p>Подпишите соглашение соглашение об обработке данных</p>')).toEqual(['соглашение соглашение']);
  });

  it('tells a long statement said twice in a row, in one paragraph or as the next one, and leaves short cries and titles alone', async () => {
    const page = (html: string) => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'ru');
    const found = async (html: string) => (await checkMaterials([page(html)], ru, { only: ['typography'] })).findings.map((f) => [f.quote, f.severity]);
    const twice = 'Мастер приедет в удобное для вас время и заранее позвонит за полчаса до приезда.';
    expect(await found(`<p>${twice} ${twice}</p>`)).toEqual([[twice, 'warning']]);
    expect(await found(`<p>${twice}</p><p>${twice}</p>`)).toEqual([[twice, 'warning']]);
    expect(await found('<p>Звоните! Звоните! Звоните!</p>')).toEqual([]);
    expect(await found('<h2>Как выбрать подходящий тариф для квартиры или офиса</h2><h2>Как выбрать подходящий тариф для квартиры или офиса</h2>')).toEqual([]);
    expect(await found(`<ul><li>${twice}</li><li>${twice}</li></ul>`)).toEqual([[twice, 'warning']]);
    expect(await found('<ul><li>Доставка</li><li>Доставка</li></ul>')).toEqual([]);
  });

  it('tells a card, a title and its statement, pasted twice in a row, and leaves a whole section shown twice alone', async () => {
    const page = (html: string) => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'en');
    const found = async (html: string) => (await checkMaterials([page(html)], en, { only: ['typography'] })).findings.map((f) => [f.quote, f.severity]);
    const card = '<div><b>Same day delivery</b><br><span>Order before noon and your cake reaches you by the evening of that day.</span></div>';
    const other = '<div><b>Fresh every morning</b><br><span>Every loaf on the shelf was baked before six this morning in our own oven.</span></div>';
    expect(await found(`${card}${card}${other}`)).toEqual([['Same day delivery', 'warning']]);
    expect(await found(`${card}${other}`)).toEqual([]);
    expect(await found(`${card}${other}${card}${other}`)).toEqual([]);
  });

  it('tells a figure run into a unit word, and leaves short marks and addresses alone', async () => {
    expect(await typography('Avoid the sauna for 48hours after a session.')).toEqual([['48hours', '48 hours']]);
    expect(await typography('Рецепт хранится 24часа.')).toEqual([['24часа', '24 часа']]);
    expect(await typography('Open 24h, 9am to 5pm, 5kg bags. See shop.example/3days or mp3player.')).toEqual([]);
  });

  it('tells every word with a ligature as one fault, and spells the letters the ligature stands for', async () => {
    const [finding, ...others] = await findingsOf('typography', en, 'The ﬁrst ﬂower beds and a reﬂecting pool.');
    expect(others).toEqual([]);
    expect([finding!.quote, finding!.severity, finding!.related?.map((place) => place.quote)]).toEqual(['ﬁrst', 'warning', ['ﬂower', 'reﬂecting']]);
  });

  it('counts a stray space before one mark, after whatever words, as one fault with its other places', async () => {
    const [finding, ...others] = await findingsOf('typography', ru, 'Всё отлично ! Спасибо мастеру ! Приду ещё !');
    expect(others).toEqual([]);
    expect([finding!.quote, finding!.related?.map((place) => place.quote)]).toEqual(['отлично !', ['мастеру !', 'ещё !']]);
  });

  it.each([
    ['Our team: <<PUT IN NAMES HERE>>', '<<PUT IN NAMES HERE>>', 'error'],
    ['Гарантия на покрытие — N дней после визита', 'N дней', 'error'],
    ['Скидка XX% на первое посещение', 'XX%', 'error'],
    ['Rooms from $XX per night', '$XX', 'error'],
    ['Refunds within X days of your visit', 'X days', 'error'],
    ['Второй заголовок', 'Второй заголовок', 'error'],
    ['Lorem ipsum dolor sit amet', 'Lorem ipsum dolor sit amet', 'error'],
    ['Здесь может быть ваша реклама', 'Здесь может быть ваша реклама', 'error'],
    ['Меняем хомуты(седелки) за час', 'хомуты(седелки', 'warning'],
    ['Ask the Food Agency(FSA) about it', 'Agency(FSA', 'warning'],
    ['This is an example page', 'This is an example page', 'error'],
    ['We answer during office hours .', 'hours .', 'warning'],
    ['Отгрузка от 4х дней после оплаты', '4х дней', 'warning'],
    ['Скидка в 3ех салонах сети', '3ех салонах', 'warning'],
    ['Learn more about about our team', 'about about', 'warning'],
    ['Звоните , мы ответим', 'Звоните ,', 'warning'],
  ])('rates "%s" as a fault, not a style choice', async (text, quote, severity) => {
    const findings = await findingsOf('typography', profileFor(text), text);
    expect(findings.map((f) => [f.quote, f.severity])).toEqual([[quote, severity]]);
  });

  it.each([
    'Фитнес-клуб «Атлет» — рядом с домом.',
    'Пн–пт 9:00–21:00',
    'Скидка -10%',
    'Call us (24/7): +44 20 7946 0321.',
    'Год 2025 - 2026',
    'Работаем с 9:00 до 21:00',
    'Часы: 9:00–21:00',
    'Сайт: Example.Com и т. д.',
    'Пишите на info@bakery.Example.com',
    'ООО «Ромашка» ждёт вас',
    'Название',
    'Заголовок статьи о нас',
    '1) Закажите торт; 2) заберите его',
    'a) the date b) the time',
    'Ждём вас :) Пишите ;-)',
    'Built with ASP.NET',
    'Файл .pdf в приложении',
    'Мы есть на Яндекс.Картах и в 2ГИС',
    'R&D and B & B',
    'Bed&Breakfast',
    'Tom & Jerry',
    'Заказ через Mail.Ru Group',
    'Двух- и трёхкомнатные номера',
    'Pre- and post-op care',
    'Run npm i -g to install',
    'Мороз -5 градусов',
    'Ремонт iPhone X за 30 минут',
    'Screen for the iPhone XS in 2 hours',
    'Спорткар Model X 3 дня в прокате',
    'Размер XX мм',
    'Дом № 15, кв. N',
    'Пример текста поздравления на открытке',
    'Here is an example of our wedding cakes',
    'Для пользователь(ей) сайта',
    'Run len(items) first',
    'Juniors (under 10) - 09:00 to 10:00',
    'Дети (до 7) — бесплатно',
    'Call obj.set(key, value) once',
    // an e-mail spaced or spelt out against spam robots; a size "by" between figures, a unit run into its figure
    'Tags: cakes,cookies,tarts,pies',
    'Метки: торты,пирожные,десерты',
    'Write to mary @ oakhall . org . uk (close up the spaces).',
    'Mail bookings (at) oakhall (dot) com',
    'Reach us at oakhall . com',
    'Плитка 3х4 м, замена за 20мин работы',
  ])('leaves "%s" alone', async (text) => {
    expect(await typography(text)).toEqual([]);
  });
});

describe('typography of text read by OCR', () => {
  const ocrLine = (text: string, line: number) => ({ text, confidence: 90, box: { x0: 0, y0: line * 20, x1: 400, y1: line * 20 + 16 } });
  const ocrFindings = async (lines: string[], check = 'typography') => {
    const { materialFromOcr } = await import('../../../../engine/material/from-image');
    const material = materialFromOcr({ paragraphs: [{ lines: lines.map(ocrLine) }] }, { id: 's1', kind: 'image', location: 'flyer.jpg' });
    const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
    const report = await checkMaterials([material], ru, { spellChecker: checker });
    return report.findings.filter((f) => f.check === check).map((f) => f.quote);
  };

  it("leaves OCR's dashes, spaces and sentence starts alone", async () => {
    expect(await ocrFindings(['Пн-Пт: 08:00-20:00, скидка 10%.', 'приём по записи ,без очередей.'])).toEqual([]);
  });

  it('still tells a doubled word, which the print itself holds (grammar tells it, typography stands aside)', async () => {
    expect(await ocrFindings(['Запись по по телефону.'], 'grammar')).toEqual(['по по']);
  });
});
