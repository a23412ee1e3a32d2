import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { findingsOf } from './helpers';

const cafe: Profile = {
  format: 'sverka.profile/1',
  name: 'Кофейня «Зерно»',
  languages: ['ru'],
  facts: [
    { id: 'hours', kind: 'hours', label: 'Часы работы', value: { 'mon-fri': '08:00-21:00', sat: '09:00-18:00', sun: 'closed' } },
    { id: 'terrace', kind: 'hours', label: 'Летняя веранда', topics: ['веранд'], value: { 'mon-sun': '12:00-22:00' } },
    { id: 'delivery-time', kind: 'duration', label: 'Доставка', topics: ['доставк', 'привез'], value: { min: 40, max: 90, unit: 'minute' } },
    { id: 'refund', kind: 'duration', label: 'Возврат', topics: ['возврат', 'вернуть'], allowance: true, value: { max: 14, unit: 'day' } },
    { id: 'latte', kind: 'price', label: 'Латте', topics: ['латте'], value: { amount: 220, currency: 'RUB' } },
    { id: 'delivery', kind: 'free', label: 'Доставка бесплатно от 1000 ₽', topics: ['доставк'], value: { minOrder: 1000, currency: 'RUB' } },
    { id: 'water', kind: 'free', label: 'Вода', topics: ['вода', 'воду'], value: true },
    { id: 'syrup', kind: 'free', label: 'Сироп (50 ₽)', topics: ['сироп'], value: false },
    { id: 'discount', kind: 'discount', label: 'Скидки', value: { maxPercent: 15 } },
    { id: 'card', kind: 'loyalty', label: 'Карта гостя', topics: ['кофе', 'карт', 'чашк'], value: { buy: 6, free: 1 } },
    { id: 'grinder', kind: 'guarantee', label: 'Гарантия на кофемолки', topics: ['кофемолк'], value: { amount: 1, unit: 'year' } },
    { id: 'catering', kind: 'offered', label: 'Выездной кейтеринг', topics: ['кейтеринг'], value: false },
    { id: 'vegan', kind: 'offered', label: 'Растительное молоко', topics: ['растительн'], value: true },
    { id: 'prepay', kind: 'policy', label: 'Заказ тортов по предоплате', topics: ['торт'], contradictedBy: ['без предоплаты'] },
  ],
};

describe('contradiction check', () => {
  it.each([
    ['Работаем круглосуточно!', 'hours', 'error'],
    // … but no open day keeps these.
    ['Приём с 6:00 до 23:00', 'hours', 'error'],
    // The page calls a day closed that operations open: customers are turned away, a warning.
    ['Суббота — выходной', 'hours', 'warning'],
    // The business's own hours stated shorter than operations keep them: a warning too.
    ['Кофейня работает по будням с 8:00 до 20:00', 'hours', 'warning'],
    // "a.m."/"p.m." with dots and a heading "Hours of operation" say nothing about what is open.
    ['Hours of operation: Monday-Friday 8 a.m.-8 p.m.', 'hours', 'warning'],
    ['Открыты без выходных', 'hours', 'error'],
    ['Ждём вас ежедневно с 7:30 до 23:00', 'hours', 'error'],
    ['По будням открываемся в 7:00: с 7:00 до 21:00', 'hours', 'error'],
    ['Веранда работает до полуночи: с 12 до 24', 'terrace', 'error'],
    // Near another schedule of the profile (the terrace's 12–22) is not that schedule.
    ['Летом: пн–вс с 12:00 до 23:00', 'hours', 'error'],
    ['Привезём за 15 минут', 'delivery-time', 'error'],
    // a deadline vouches for every delivery: it must cover the slowest (90 minutes)
    ['Доставка в течение 60 минут', 'delivery-time', 'warning'],
    ['Время доставки — до 60 минут', 'delivery-time', 'warning'],
    // a usual time below the checklist's least is still too short
    ['Доставка в среднем занимает 20 минут', 'delivery-time', 'error'],
    ['Вернуть товар можно в течение 30 дней', 'refund', 'error'],
    ['Латте всего за 190 ₽', 'latte', 'error'],
    ['Латте от 150 рублей', 'latte', 'error'],
    ['Бесплатная доставка от 500 ₽', 'delivery', 'error'],
    ['Бесплатная доставка курьером до двери', 'delivery', 'error'],
    ['Доставка бесплатно', 'delivery', 'error'],
    ['Сироп бесплатно', 'syrup', 'error'],
    ['Скидка 20% на всё меню', 'discount', 'error'],
    ['Каждый шестой кофе в подарок', 'card', 'error'],
    ['Каждая пятая чашка бесплатно', 'card', 'error'],
    ['Гарантия на кофемолки 3 года', 'grinder', 'error'],
    ['Гарантия на кофеварки – 1 год, на кофемолки – до 3 лет', 'grinder', 'error'],
    ['Организуем кейтеринг на вашем празднике', 'catering', 'error'],
    ['Примем заказ на торт без предоплаты', 'prepay', 'error'],
    ['Open every day from 7am', 'hours', 'error'],
    ['Работаем до полуночи', 'hours', 'error'],
    ['По средам с 7 до 21', 'hours', 'error'],
    ['Open Sundays 9–4', 'hours', 'error'],
    ["We're open until midnight on Fridays", 'hours', 'error'],
    ['Все десерты за полцены', 'discount', 'error'],
    ['Half price pastries after 5pm', 'discount', 'error'],
    ['Купи 4 кофе — пятый в подарок', 'card', 'error'],
    ['Купите 5 кофе, получите шестой бесплатно', 'card', 'error'],
  ])('%s → %s', async (text, factId, severity) => {
    const findings = await findingsOf('contradiction', cafe, text);
    expect(findings.map((f) => [f.factId, f.severity])).toEqual([[factId, severity]]);
    expect(findings[0]!.message).toMatch(/^(В материале|The material says)/);
  });

  it.each([
    // Times with no day named hold on some open day: Saturday keeps these.
    'Старшая группа — 10:00-13:00',
    'Работаем по будням с 8:00 до 21:00, в субботу с 9 до 18',
    'Веранда открыта с 12:00 до 22:00',
    'Привезём за 90 минут',
    'Вс — выходной',
    'Завтраки по будням с 8:00 до 11:00',
    'Open Mon–Fri 8–9pm',
    'Вернуть товар можно в течение 14 дней',
    'Латте — 250 ₽',
    'Бесплатная доставка при заказе от 1000 ₽',
    // The threshold said once: the next mention refers to it.
    'Бесплатная доставка при заказе от 1000 ₽. Бесплатная доставка — курьером до двери.',
    'Вода для гостей бесплатно',
    'Скидка 10% студентам',
    'Каждый седьмой кофе в подарок',
    'Гарантия на кофемолки — 1 год',
    // Each clause of a guarantee is about its own words: the coffee makers' 5 years are not the grinders'.
    'Гарантия на кофеварки – 5 лет, на кофемолки – 1 год',
    'Мы не делаем кейтеринг',
    'Скидка на всё меню, кроме заказов на кейтеринг',
    // a time within the checklist's range (40–90 minutes) is one operations keep
    'Доставка в среднем занимает 60 минут',
    'Доставка за 60 минут',
    'Привезём за 40 минут',
    'Мы не рекомендуем заказывать на свадьбу (например: кейтеринг, фуршет) торты со сливками',
    'Есть растительное молоко',
    'Торты только по предоплате',
    'Мы не работаем круглосуточно',
    'Кофе с собой за 5 минут',
    'Open Mon–Fri 8–9',
    'Можно заказать растительное молоко и веганский кекс',
    'Счёт 2–1 в пользу гостей',
    'Онлайн-заказ круглосуточно',
    'Круглосуточная поддержка в чате',
    'Order online 24/7 for next-day collection',
    'Over the weekend call the emergency out of hours line on 0300 123 4567',
    'В выходные звоните в дежурную неотложную помощь',
    'В воскресенье работаем по предварительной записи',
    'Sundays by appointment only',
    'Weekday afternoons 3:00-6:00 in the garden room',
    // A break inside the day is not the day's opening hours.
    'Closed Wednesday: 1-2 p.m.',
    'Hours of operation: Mon-Fri 8 a.m.-9 p.m.; lunch break 1-2 p.m.',
    // Exactly another schedule of the profile (the terrace's) in words the router cannot tie to it.
    'Летом: пн–вс с 12:00 до 22:00',
    // Hours for named dates are a one-off schedule (a holiday notice), not the usual opening.
    'С 31.12.2025 по 02.01.2026 кофейня работает с 12:00 до 16:00',
    '31 декабря работаем с 7:00 до 23:00',
    'On Dec 24th we are open 7am-11pm',
  ])('no contradiction in "%s"', async (text) => {
    expect(await findingsOf('contradiction', cafe, text)).toEqual([]);
  });

  it('judges a deposit or a side fee only by a fact about deposits or fees, not by the price of what it books', async () => {
    const campground: Profile = {
      format: 'sverka.profile/1',
      name: 'Campground',
      languages: ['en'],
      facts: [
        { id: 'cabin', kind: 'price', label: 'Cabin per night', topics: ['cabin'], value: { amount: 135, currency: 'USD' } },
        { id: 'canoe', kind: 'price', label: 'Canoe trip', topics: ['canoe'], value: { amount: 42, currency: 'USD' } },
        { id: 'late', kind: 'price', label: 'Late fee', topics: ['late fee'], value: { amount: 25, currency: 'USD' } },
      ],
    };
    const quotes = async (text: string) => (await findingsOf('contradiction', campground, text)).map((f) => f.factId);
    expect(await quotes('Cabins sleep six. A $100 security deposit is required for every cabin.')).toEqual([]);
    expect(await quotes('Canoe trips cancelled a day ahead are refunded less a $20 service fee.')).toEqual([]);
    expect(await quotes('A canoe trip costs $30.')).toEqual(['canoe']);
    expect(await quotes('A late fee of $15 applies to payments after the 10th.')).toEqual(['late']);
  });

  it('holds a table of morning and afternoon hours by day initials against split-shift hours', async () => {
    const clinic: Profile = {
      ...cafe,
      facts: [{ id: 'hours', kind: 'hours', label: 'Office hours', value: { mon: '13:30-17:30', tue: '07:30-12:00', wed: '08:00-18:00', thu: 'closed', fri: 'closed', sat: 'closed', sun: 'closed' } }],
    };
    const table = (wednesday: string) => `<table><tr><th>Day</th><th>Morning</th><th>Afternoon</th></tr>
      <tr><td>M</td><td>-------</td><td>1:30 - 5:30</td></tr><tr><td>T</td><td>7:30 - 12:00</td><td>-------</td></tr>
      <tr><td>W</td><td>8:00 - 12:00</td><td>${wednesday}</td></tr></table>`;
    const check = async (html: string) => {
      const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'en');
      return (await checkMaterials([material], clinic, { only: ['contradiction'] })).findings.map((f) => f.quote);
    };
    expect(await check(table('2:00 - 6:00'))).toEqual([]);
    expect(await check(table('2:00 - 7:00'))).toEqual(['8:00 - 12:00']);
  });

  it('reads the line that introduces a schedule as whose hours its rows are (a second branch)', async () => {
    const text = 'Время работы — Ленина, 5:\n\nПн–пт: с 9.00 до 19.00\n\nВремя работы — ТЦ Орион (ул. Мира, 4):\n\nПн–пт: с 11.00 до 18.00\n\nСб–вс: выходной';
    const branches: Profile = {
      ...cafe,
      facts: [
        { id: 'main', kind: 'hours', label: 'Часы', value: { 'mon-fri': '09:00-19:00', sat: '11:00-17:00', sun: 'closed' } },
        { id: 'orion', kind: 'hours', label: 'Часы ТЦ Орион', topics: ['ТЦ Орион'], value: { 'mon-fri': '11:00-18:00', sat: 'closed', sun: 'closed' } },
      ],
    };
    expect(await findingsOf('contradiction', branches, text)).toEqual([]);
    const wrong = text.replace('с 11.00 до 18.00', 'с 10.00 до 18.00');
    expect((await findingsOf('contradiction', branches, wrong)).map((f) => f.factId)).toEqual(['orion']);
    const titledRows = 'Время работы — Ленина, 5: Пн–пт: с 9.00 до 19.00\n\nВремя работы — ТЦ Орион (ул. Мира, 4): Пн–пт: с 11.00 до 18.00\n\nСб–вс: выходной';
    expect(await findingsOf('contradiction', branches, titledRows)).toEqual([]);
  });

  it("reads round-the-clock features and other activities' hours as theirs, not the opening hours", async () => {
    for (const text of [
      'Круглосуточное видеонаблюдение во дворе и в зале',
      'Парковка для гостей круглосуточно',
      'Время доставки: ежедневно с 10 до 23',
      'Курьеры привозят заказы с 7:00 до 23:00',
      'Kitchen hours: 12pm to 11pm every day',
      'Deliveries seven days a week, 7am–11pm',
      '24/7 CCTV and a staffed car park',
    ]) {
      expect(await findingsOf('contradiction', cafe, text), text).toEqual([]);
    }
    // The opening itself still contradicts, and so do delivery hours where the fact's label names delivery.
    expect((await findingsOf('contradiction', cafe, 'Кофейня работает круглосуточно, во дворе видеонаблюдение')).map((f) => f.factId)).toEqual(['hours']);
    const withDelivery: Profile = { ...cafe, facts: [{ id: 'hours', kind: 'hours', label: 'Часы работы и доставки', value: { 'mon-sun': '09:00-21:00' } }] };
    expect((await findingsOf('contradiction', withDelivery, 'Время доставки: ежедневно с 10 до 23')).map((f) => f.factId)).toEqual(['hours']);
  });

  it('reads a discount under its card title as the titled discount', async () => {
    const withGroups: Profile = {
      ...cafe,
      facts: [
        { id: 'students', kind: 'discount', label: 'Скидка студентам', topics: ['студент'], value: { maxPercent: 10 } },
        { id: 'birthday', kind: 'discount', label: 'Скидка в день рождения', topics: ['день рождения'], value: { maxPercent: 20 } },
      ],
    };
    const card = (percent: number) =>
      materialFromDocument(parseHtmlDocument(`<div>Скидка студентам</div><h6>Мы любим молодёжь, поэтому дарим скидку ${percent}% на всё меню</h6>`), { id: 's1', kind: 'page', location: 'p.html' }, 'ru');
    const judged = async (percent: number) => (await checkMaterials([card(percent)], withGroups, { only: ['contradiction'] })).findings.map((f) => f.factId);
    expect(await judged(15)).toEqual(['students']);
    expect(await judged(10)).toEqual([]);
  });

  it("reads a length under its card title, past the card's description, as the titled service's", async () => {
    const spa: Profile = {
      ...cafe,
      facts: [
        { id: 'full', kind: 'duration', label: 'Общий массаж', topics: ['общий массаж'], value: { min: 90, max: 90, unit: 'minute' } },
        { id: 'hands', kind: 'duration', label: 'Массаж рук', topics: ['массаж рук'], value: { min: 30, max: 30, unit: 'minute' } },
      ],
    };
    const html = '<p>Общий массаж</p><p>Снимает усталость и напряжение.</p><p>Сеанс длится около часа.</p><p>Массаж рук</p><p>Сеанс длится около получаса.</p>';
    const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'ru');
    expect((await checkMaterials([material], spa, { only: ['contradiction'] })).findings.map((f) => [f.factId, f.quote])).toEqual([['full', 'Сеанс длится около часа']]);
  });

  it('holds a stated length against a fact of one fixed length both ways, and not against a range', async () => {
    const school: Profile = {
      ...cafe,
      languages: ['en'],
      facts: [
        { id: 'yoga', kind: 'duration', label: 'Yoga class', topics: ['yoga class'], value: { min: 45, max: 45, unit: 'minute' } },
        { id: 'build', kind: 'duration', label: 'Build time', topics: ['build time'], value: { min: 1, max: 30, unit: 'day' } },
      ],
    };
    const facts = async (text: string) => (await findingsOf('contradiction', school, text)).map((f) => f.factId);
    expect(await facts('Our evening yoga class is an hour in length.')).toEqual(['yoga']);
    expect(await facts('Our evening yoga class is 45 minutes in length.')).toEqual([]);
    expect(await facts('Build time for a larger extension: 40 days.')).toEqual([]);
  });

  it('reads no age as a stated length: "до 10 лет" beside a session of one length', async () => {
    const cave: Profile = { ...cafe, facts: [{ id: 'session', kind: 'duration', label: 'Сеанс', topics: ['сеанс'], value: { min: 40, max: 40, unit: 'minute' } }] };
    expect(await findingsOf('contradiction', cave, 'Школьники до 12 лет посещают сеансы со взрослым.')).toEqual([]);
  });

  it('routes no duration by a topic that is only a unit of time', async () => {
    const withUnitTopic: Profile = { ...cafe, facts: [{ id: 'arrival', kind: 'duration', label: 'Приезд курьера', topics: ['приезд', 'минут'], value: { min: 40, max: 60, unit: 'minute' } }] };
    expect(await findingsOf('contradiction', withUnitTopic, 'Сборка заказа в зале займёт 10 минут.')).toEqual([]);
    expect((await findingsOf('contradiction', withUnitTopic, 'Приезд курьера — за 15 минут.')).map((f) => f.factId)).toEqual(['arrival']);
  });

  it('judges each row of a schedule run together with the next line of a top bar', async () => {
    const quotes = async (text: string) => (await findingsOf('contradiction', cafe, text)).map((f) => f.quote);
    expect(await quotes('Открыты: Пн-Пт с 7:00 до 22:00 Сб с 8:00 до 20:00 Онлайн-заказ круглосуточно! Меню')).toEqual(['Пн-Пт с 7:00 до 22:00', 'Сб с 8:00 до 20:00']);
    expect(await quotes('Открыты: Пн-Пт с 8:00 до 21:00 Сб с 9:00 до 18:00 Онлайн-заказ круглосуточно! Меню')).toEqual([]);
    // one sentence that breaks one day's hours twice is still one finding
    expect(await quotes('Веранда работает до полуночи: с 12 до 24')).toHaveLength(1);
  });

  it('says both sides and gives the checklist wording as the fix', async () => {
    const [finding] = await findingsOf('contradiction', cafe, 'Работаем круглосуточно');
    expect(finding!.message).toBe('В материале: «Работаем круглосуточно», а по чек-листу операций (Часы работы): пн–пт 08:00–21:00, сб 09:00–18:00, вс — выходной.');
    expect(finding!.suggestion).toBe('Пн–пт 08:00–21:00, сб 09:00–18:00, вс — выходной');
  });
});

describe('contradiction check in English', () => {
  const bakery: Profile = {
    format: 'sverka.profile/1',
    name: 'Crumb & Co.',
    languages: ['en'],
    facts: [
      { id: 'hours', kind: 'hours', label: 'Opening hours', value: { 'mon-fri': '07:00-19:00', sat: '08:00-17:00', sun: 'closed' } },
      { id: 'card', kind: 'loyalty', label: 'Coffee card', topics: ['coffee', 'card'], value: { buy: 9, free: 1 } },
      { id: 'gluten', kind: 'offered', label: 'Gluten-free bread', topics: ['gluten-free'], value: false },
      { id: 'loaf', kind: 'price', label: 'Sourdough loaf', topics: ['sourdough'], value: { amount: 6, currency: 'AUD' } },
    ],
  };
  it.each([
    ['Buy 5 coffees, get the 6th free.', 'card'],
    ['Try our new gluten free bread!', 'gluten'],
    ['Gluten-free loaves baked daily.', 'gluten'],
    ['Open Sundays 9–4.', 'hours'],
    // A bare "$" on an Australian page is the profile's dollars; a currency code may be glued on.
    ['Sourdough $5 a loaf', 'loaf'],
    ['Sourdough loaf 5AUD', 'loaf'],
    // Denied in one place, offered outright in another: the offer still contradicts the checklist.
    ['No gluten-free bread on Mondays. We offer gluten-free loaves all week.', 'gluten'],
    // The offer stands in its own clause; bringing one's own is the other clause's matter.
    ["Gluten-free bread is baked daily, but you're welcome to bring your own.", 'gluten'],
  ])('%s → %s', async (text, factId) => {
    expect((await findingsOf('contradiction', bakery, text)).map((f) => f.factId)).toEqual([factId]);
  });
  it.each([
    'Your tenth coffee is free with our card.',
    'Sourdough loaf $6, add $2 each for seeds on top.',
    'Open weekdays 7–7.',
    'No gluten-free bread, sorry.',
    'On trips please send your child with a gluten-free packed lunch from home.',
    'A sourdough loaf is $4, a special only with this coupon.',
    'Do you bake gluten-free? No, we do not bake gluten-free bread. The gluten-free bakery on King St can help.',
    "We have little experience with gluten-free baking, so we don't take such orders.",
    'Every loaf is organic, except our gluten-free range.',
    'Bring your own gluten-free bread, but sandwiches are made here.',
  ])('no contradiction in "%s"', async (text) => {
    expect(await findingsOf('contradiction', bakery, text)).toEqual([]);
  });
});

describe('contradiction check: prices of one unit only', () => {
  const movers: Profile = {
    format: 'sverka.profile/1',
    name: 'Грузовичкоф',
    languages: ['ru'],
    facts: [
      { id: 'truck', kind: 'price', label: 'Грузовик в час', topics: ['грузовик'], value: { amount: 600, currency: 'RUB', per: 'hour' } },
      // The unit only in the label: read from there.
      { id: 'van', kind: 'price', label: 'Фургон, за час работы', topics: ['фургон'], value: { amount: 500, currency: 'RUB' } },
      { id: 'box', kind: 'price', label: 'Коробка', topics: ['коробк'], value: { amount: 90, currency: 'RUB' } },
    ],
  };
  it.each([
    ['Грузовик — 550 руб/час', 'truck'],
    ['Грузовик от 400 ₽', 'truck'],
    ['Фургон 450 руб. в час', 'van'],
    // A Latin "p" in a Cyrillic word does not hide the topic from the router.
    ['Гpузовик — 550 руб/час', 'truck'],
  ])('%s → %s', async (text, factId) => {
    expect((await findingsOf('contradiction', movers, text)).map((f) => f.factId)).toEqual([factId]);
  });
  it.each(['Грузовик — 20 руб/км за городом', 'Фургон: 15 руб/км', 'Фургон — 300 ₽ в сутки за простой', 'Коробка 20 руб/км'])('no contradiction in "%s"', async (text) => {
    expect(await findingsOf('contradiction', movers, text)).toEqual([]);
  });
});

describe('free where the checklist names a price', () => {
  const garage: Profile = {
    format: 'sverka.profile/1',
    name: 'Garage Nord',
    languages: ['en'],
    facts: [
      { id: 'check', kind: 'price', label: 'Brake check', topics: ['brake check'], value: { amount: 25, currency: 'GBP' } },
      { id: 'tyres', kind: 'price', label: 'Tyre fitting', topics: ['tyre fitting'], value: { amount: 15, currency: 'GBP' } },
    ],
  };
  it.each(['Free brake check for every customer', 'There is no additional fee for tyre fitting', 'We always do a brake check first. It is completely free.'])('%s', async (text) => {
    expect((await findingsOf('contradiction', garage, text)).map((f) => [f.factId, f.severity])).toHaveLength(1);
  });
  it.each([
    // What is free is another thing than what is priced.
    'Free coffee while we do your brake check',
    'Book tyre fitting and the wheel wash is free',
    'Free brake check with tyre fitting',
    'Free delivery of tyres over £100 before tyre fitting',
  ])('no contradiction in "%s"', async (text) => {
    expect(await findingsOf('contradiction', garage, text)).toEqual([]);
  });
});

describe('free where the checklist prices it under the words the page uses, or does not offer it', () => {
  const studio: Profile = {
    format: 'sverka.profile/1',
    name: 'Студия «Ритм»',
    languages: ['ru'],
    facts: [
      { id: 'trial', kind: 'price', label: 'Пробная тренировка', topics: ['бесплатная тренировка'], value: { amount: 400, currency: 'RUB' } },
      { id: 'lockers', kind: 'offered', label: 'Шкафчики для вещей', topics: ['шкафчик'], value: false },
      { id: 'towels', kind: 'offered', label: 'Полотенца', topics: ['полотенц'], value: true },
    ],
  };
  it.each([
    ['Запишись на бесплатную тренировку!', 'trial'],
    ['После занятия можно бесплатно оставить вещи в шкафчике.', 'lockers'],
  ])('%s', async (text, fact) => {
    expect((await findingsOf('contradiction', studio, text)).map((f) => f.factId)).toEqual([fact]);
  });
  it.each([
    // the priced topic names another thing than what is free; a service operations do provide
    'Бесплатная парковка для всех, кто пришёл на тренировку.',
    'Полотенца выдаём бесплатно.',
  ])('no contradiction in "%s"', async (text) => {
    expect(await findingsOf('contradiction', studio, text)).toEqual([]);
  });
});

describe('contradiction check: a price whose words name two facts', () => {
  const trades: Profile = {
    format: 'sverka.profile/1',
    name: 'Pipe & Wire Ltd',
    languages: ['en'],
    facts: [
      { id: 'plumbing', kind: 'price', label: 'Plumber, per hour', topics: ['hourly rate'], value: { amount: 80, currency: 'GBP', per: 'hour' } },
      { id: 'wiring', kind: 'price', label: 'Electrician, per hour', topics: ['electrical'], value: { amount: 55, currency: 'GBP', per: 'hour' } },
    ],
  };
  it('is kept when either fact keeps it', async () => {
    expect(await findingsOf('contradiction', trades, 'Electrical jobs: small repairs at an hourly rate of £55 plus VAT.')).toEqual([]);
  });
  it.each([
    ['Electrical jobs: small repairs at an hourly rate of £45 plus VAT.', 'plumbing'],
    ['Our hourly rate is £60 plus VAT.', 'plumbing'],
    ['Electrical work from £40 an hour.', 'wiring'],
  ])('is broken when no fact keeps it: %s', async (text, factId) => {
    expect((await findingsOf('contradiction', trades, text)).map((f) => f.factId)).toEqual([factId]);
  });
});

describe('contradiction check: a list its lead-in sets aside', () => {
  const tours: Profile = {
    format: 'sverka.profile/1',
    name: 'Тропа',
    languages: ['ru'],
    facts: [{ id: 'hotel', kind: 'offered', label: 'Проживание в гостинице', topics: ['гостиниц'], value: false }],
  };
  const page = (html: string) => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'ru');
  const found = async (html: string) => (await checkMaterials([page(html)], tours, { only: ['contradiction'] })).findings.map((f) => f.quote);

  it('holds an item against the checklist under a lead-in that offers it, not under one that leaves it out', async () => {
    expect(await found('<p>В стоимость входит:</p><ul><li>Экскурсия по городу</li><li>Ночь в гостинице</li></ul>')).toEqual(['Ночь в гостинице']);
    expect(await found('<p>В стоимость не входит:</p><p>Важно: доплаты вносятся заранее.</p><ul><li>Обед в кафе</li><li>Ночь в гостинице</li></ul>')).toEqual([]);
  });
});
