import { describe, expect, it } from 'vitest';
import { hoursExtractor } from '../../../../engine/promises/hours';
import { checkMaterials, extractPromises } from '../../../../engine/engine';
import { materialFromText } from '../../../../engine/material/from-text';
import type { Profile } from '../../../../engine/profile/types';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { extract, values } from './helpers';

const ALL = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri'];

describe('hours extractor', () => {
  it("reads each labelled session after a weekday label as that day's hours, not a second shift or a break", () => {
    expect(values(hoursExtractor, 'Wednesday: Tots - 16:00-16:45 Teens - 17:00-18:15')).toEqual([
      { days: ['wed'], from: 960, to: 1005, allDay: false },
      { days: ['wed'], from: 1020, to: 1095, allDay: false },
    ]);
    expect(values(hoursExtractor, 'Friday: 09:00-12:00 lunch 12:00-13:00')).toHaveLength(1);
    expect(values(hoursExtractor, 'Пятница: 9:00-13:00 и 14:00-18:00')).toHaveLength(1);
    expect(values(hoursExtractor, 'Monday: shop 09:00-17:00 delivery 10:00-20:00')).toHaveLength(1);
  });

  it('reads hours whose verb of happening has our own work for its subject', () => {
    expect(values(hoursExtractor, 'Приём заявок происходит ежедневно с 8:00 до 22:00.')).toEqual([{ days: ALL, from: 480, to: 1320, allDay: false }]);
    expect(values(hoursExtractor, 'Поломки происходят круглосуточно — звоните нам.')).toEqual([]);
  });

  it.each([
    [
      'Пн-Пт 9-21, Сб-Вс 10-18',
      [
        { days: WEEK, from: 540, to: 1260, allDay: false },
        { days: ['sat', 'sun'], from: 600, to: 1080, allDay: false },
      ],
    ],
    [
      'Часы работы: будни 8.00-20.00, выходные 10.00-16.00',
      [
        { days: WEEK, from: 480, to: 1200, allDay: false },
        { days: ['sat', 'sun'], from: 600, to: 960, allDay: false },
      ],
    ],
    [
      'Работаем по будням с 9 до 21 и по выходным с 10 до 18',
      [
        { days: WEEK, from: 540, to: 1260, allDay: false },
        { days: ['sat', 'sun'], from: 600, to: 1080, allDay: false },
      ],
    ],
    [
      'Пн–пт с 8 до 20 и сб с 9 до 15',
      [
        { days: WEEK, from: 480, to: 1200, allDay: false },
        { days: ['sat'], from: 540, to: 900, allDay: false },
      ],
    ],
    [
      'Breakfast is served from 7:00 to 10:30 on weekdays and from 8:00 to 11:30 at weekends',
      [
        { days: WEEK, from: 420, to: 630, allDay: false },
        { days: ['sat', 'sun'], from: 480, to: 690, allDay: false },
      ],
    ],
    [
      'Open 9–5 Monday to Friday and 10–4 on Saturday',
      [
        { days: WEEK, from: 540, to: 1020, allDay: false },
        { days: ['sat'], from: 600, to: 960, allDay: false },
      ],
    ],
    [
      'Пн–пт: 9:00–19:00, сб: 10:00–15:00, вс — выходной',
      [
        { days: WEEK, from: 540, to: 1140, allDay: false },
        { days: ['sat'], from: 600, to: 900, allDay: false },
        { days: ['sun'], from: null, to: null, allDay: false, closed: true },
      ],
    ],
    [
      'пн-ср: с 10:00 до 22:00 чт-вс: с 11:00 до 02:00',
      [
        { days: ['mon', 'tue', 'wed'], from: 600, to: 1320, allDay: false },
        { days: ['thu', 'fri', 'sat', 'sun'], from: 660, to: 120, allDay: false },
      ],
    ],
    [
      'Monday–Thursday: 8am–6pm; Friday: 8am–4pm',
      [
        { days: ['mon', 'tue', 'wed', 'thu'], from: 480, to: 1080, allDay: false },
        { days: ['fri'], from: 480, to: 960, allDay: false },
      ],
    ],
  ])('two claims in "%s"', (text, expected) => {
    expect(values(hoursExtractor, text)).toEqual(expected);
  });

  it.each([
    ['We are open for visits between 10am and 3pm.', { days: null, from: 600, to: 900, allDay: false }],
    ['Our front desk opens at 8am and we close at 6:30pm.', { days: null, from: 480, to: null, allDay: false }],
    ['On Fridays we close at 4pm.', { days: ['fri'], from: null, to: 960, allDay: false }],
  ])('reads hours told in a sentence with "between … and …" or "close at": "%s"', (text, expected) => {
    expect(values(hoursExtractor, text)[0]).toEqual(expected);
  });

  it('reads no opening hours in a length of time told with "between … and …"', () => {
    expect(values(hoursExtractor, 'Orders are ready in between 2 and 3 weeks.')).toEqual([]);
  });

  it.each(['Burst pipes happen 24/7 and can flood a kitchen in minutes.', 'Протечки случаются круглосуточно, а не только днём.'])('reads no opening hours in what befalls the customer at any hour: "%s"', (text) => {
    expect(values(hoursExtractor, text)).toEqual([]);
  });

  it.each(['Часы работы: пн–пт 9:00–19:00, сб 10:00–15:00, вс — выходной', 'Пн–пт с 9:00 до 19:00, сб с 10:00 до 15:00, вс — выходной'])('reads the closed day of a schedule not read row by row: "%s"', (text) => {
    expect(values(hoursExtractor, text).at(-1)).toEqual({ days: ['sun'], from: null, to: null, allDay: false, closed: true });
  });

  it.each([
    ['Понедельник — выходной', ['mon']],
    ['Saturday: closed', ['sat']],
    ['Сб, вс — выходные', ['sat', 'sun']],
  ])('reads the days a schedule calls closed: "%s"', (text, days) => {
    expect(values(hoursExtractor, text)).toEqual([{ days, from: null, to: null, allDay: false, closed: true }]);
  });

  it.each([
    ['Closed Tuesday: 1-2 p.m.', [{ days: ['tue'], from: 780, to: 840, allDay: false, break: true }]],
    [
      'Пн–пт 10–19, перерыв 14–15',
      [
        { days: WEEK, from: 600, to: 1140, allDay: false },
        { days: null, from: 840, to: 900, allDay: false, break: true },
      ],
    ],
    [
      'Weekdays 9am-6pm, closed for lunch 1-2pm',
      [
        { days: WEEK, from: 540, to: 1080, allDay: false },
        { days: null, from: 780, to: 840, allDay: false, break: true },
      ],
    ],
  ])('reads times after a closing or break word as a break, not opening: "%s"', (text, expected) => {
    expect(values(hoursExtractor, text)).toEqual(expected);
  });

  it('reads days set off by a colon after a title, or opening the sentence before a comma, as the days of the hours after them', () => {
    expect(values(hoursExtractor, 'Время работы: ПН - ПТ : с 10.00 до 19.00')).toEqual([{ days: WEEK, from: 600, to: 1140, allDay: false }]);
    expect(values(hoursExtractor, 'On Saturdays and Sundays, we are open from 10:30am to 6pm!')).toEqual([{ days: ['sat', 'sun'], from: 630, to: 1080, allDay: false }]);
    expect(values(hoursExtractor, 'пн-пт: 11:00 - 20:00 сб-вс: 10:00 - 18:00')).toEqual([
      { days: WEEK, from: 660, to: 1200, allDay: false },
      { days: ['sat', 'sun'], from: 600, to: 1080, allDay: false },
    ]);
  });

  it('reads a weekday that opens a line as the days of the times after a dash, or after a colon across its block', () => {
    expect(values(hoursExtractor, 'Friday - Seniors Only - 17:00-18:30')).toEqual([{ days: ['fri'], from: 1020, to: 1110, allDay: false }]);
    expect(values(hoursExtractor, 'Воскресенье: младшая группа (до 10 лет) - 11:00-12:00')).toEqual([{ days: ['sun'], from: 660, to: 720, allDay: false }]);
  });

  it('reads no opening in a number of hours, however the days are put', () => {
    expect(values(hoursExtractor, 'Daily fees cover nine hours or less.')).toEqual([]);
    expect(values(hoursExtractor, 'Weekly rates include 40 hours of care.')).toEqual([]);
  });

  it('reads a split shift as one day from its first opening to its last closing', () => {
    expect(values(hoursExtractor, 'Monday to Friday 8.30am – 12.30pm and 1.30pm – 5.00pm')).toEqual([{ days: WEEK, from: 510, to: 1020, allDay: false }]);
  });

  it.each([
    ['Работаем круглосуточно', { days: null, from: 0, to: 1440, allDay: true }],
    ['Зал открыт 24/7', { days: ALL, from: 0, to: 1440, allDay: true }],
    ['Принимаем круглые сутки', { days: null, from: 0, to: 1440, allDay: true }],
    ['Эвакуатор приедет в любое время суток', { days: null, from: 0, to: 1440, allDay: true }],
    ['Работаем с 9:00 до 21:00 без выходных', { days: ALL, from: 540, to: 1260, allDay: false }],
    ['Мы работаем без перерывов и выходных с 9 до 21', { days: ALL, from: 540, to: 1260, allDay: false }],
    ['Кафе открыто с семи утра', { days: null, from: 420, to: null, allDay: false }],
    ['Работаем с девяти до девяти', { days: null, from: 540, to: 1260, allDay: false }],
    ['Приём с 9 до восьми вечера', { days: null, from: 540, to: 1200, allDay: false }],
    ['Open from nine to five, Monday to Friday', { days: WEEK, from: 540, to: 1020, allDay: false }],
    ['We are open until 10 pm every night', { days: ALL, from: null, to: 1320, allDay: false }],
    ['Open round the clock', { days: null, from: 0, to: 1440, allDay: true }],
    ['We open at 7am on weekdays and 8am on Saturdays', { days: WEEK, from: 420, to: null, allDay: false }],
    ['Open 24 hours a day', { days: null, from: 0, to: 1440, allDay: true }],
    ['We are open around the clock', { days: null, from: 0, to: 1440, allDay: true }],
    ['Работаем без выходных', { days: ALL, from: null, to: null, allDay: false }],
    ['Открыты ежедневно с 7:30 до 23:00', { days: ALL, from: 450, to: 1380, allDay: false }],
    ['Работаем с понедельника по субботу с 9:00 до 20:00', { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], from: 540, to: 1200, allDay: false }],
    ['Пн–пт 08:00–21:00', { days: WEEK, from: 480, to: 1260, allDay: false }],
    ['Приём по будням с 9 до 18', { days: WEEK, from: 540, to: 1080, allDay: false }],
    ['Ждём вас каждый день с 10 утра до 10 вечера', { days: ALL, from: 600, to: 1320, allDay: false }],
    ['Открыты до 22:00', { days: null, from: null, to: 1320, allDay: false }],
    ['Работаем 7 дней в неделю', { days: ALL, from: null, to: null, allDay: false }],
    ['Open every day from 7am', { days: ALL, from: 420, to: null, allDay: false }],
    ['Open Mon–Fri 8:00–18:00', { days: WEEK, from: 480, to: 1080, allDay: false }],
    ['We are open daily, 7am–7pm', { days: ALL, from: 420, to: 1140, allDay: false }],
    ['Open weekends from 10am to 4pm', { days: ['sat', 'sun'], from: 600, to: 960, allDay: false }],
    ['Open seven days a week', { days: ALL, from: null, to: null, allDay: false }],
    ['Детский приём по выходным и будням', { days: ALL, from: null, to: null, allDay: false }],
    ['Часы работы: с 8 до 21', { days: null, from: 480, to: 1260, allDay: false }],
  ])('%s', (text, expected) => {
    expect(values(hoursExtractor, text)).toEqual([expected]);
  });

  it.each([
    'Акция действует с 9 до 21 ноября',
    'Доставим за 5 до 10 дней',
    'Свежая выпечка каждое утро',
    'Sourdough baked fresh every morning',
    'Мы не работаем круглосуточно',
    'Мы не принимаем звонки в любое время суток',
    'Скидка 10% по будням',
    'Детям от 5 до 10 лет',
    'The sun is out, sat down',
    'Каждый день мы думаем о вас',
    'It takes 5 to 10 minutes',
    'Детям с двух до пяти лет — скидка',
    'Результаты анализов — за 1–3 дня',
    'Скидки до пяти процентов по будням',
    'Выходные: суббота и воскресенье',
  ])('finds no hours in "%s"', (text) => {
    expect(values(hoursExtractor, text)).toEqual([]);
  });

  it('reads a table of opening hours, a row a day, each row one claim quoted at its first time', () => {
    const html = `<table><tr><th>Day</th><th>Opens</th><th>Closes</th></tr>
      <tr><td>Tuesday</td><td>9:00</td><td>17:30</td></tr><tr><td>Sunday</td><td>Closed</td><td>Closed</td></tr></table>
      <table><tr><td>Сб</td><td>10:00–15:00</td></tr></table>`;
    const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'en');
    expect(
      extractPromises(material)
        .filter((p) => p.kind === 'hours')
        .map((p) => [p.quote, p.value]),
    ).toEqual([
      ['9:00', { days: ['tue'], from: 540, to: 1050, allDay: false }],
      ['Closed', { days: ['sun'], from: null, to: null, allDay: false, closed: true }],
      ['10:00–15:00', { days: ['sat'], from: 600, to: 900, allDay: false }],
    ]);
  });

  it('reads the times under a break label ("Обед:", "Lunch:") as a break, under a day label as that day\'s hours', () => {
    const html = '<div><span><b>Пн–Пт:</b><br>10:00 – 18:00<br></span> <span><b>Обед:</b><br>14:00 – 15:00<br></span></div><p><b>Lunch</b><br>12:30 – 13:30</p><p><b>Консультации:</b><br>11:00 – 12:00</p>';
    const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'ru');
    expect(
      extractPromises(material)
        .filter((p) => p.kind === 'hours')
        .map((p) => [p.quote, (p.value as { break?: true }).break ?? false]),
    ).toEqual([
      ['10:00 – 18:00', false],
      ['14:00 – 15:00', true],
      ['12:30 – 13:30', true],
      ['11:00 – 12:00', false],
    ]);
  });

  it('reads a column of day initials by their order and an afternoon column twelve hours on', () => {
    const html = `<table><tr><th>Day</th><th>Morning</th><th>Afternoon</th></tr>
      <tr><td>M</td><td>9:00 - 12:00</td><td>1:00 - 5:00</td></tr><tr><td>T</td><td>-----</td><td>2:00 - 6:00</td></tr>
      <tr><td>W</td><td>9:00 - 12:00</td><td>-----</td></tr><tr><td>T</td><td>8:30 - 11:30</td><td>1:00 - 4:00</td></tr>
      <tr><td>F</td><td>-----</td><td>-----</td></tr></table>`;
    const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'en');
    expect(
      extractPromises(material)
        .filter((p) => p.kind === 'hours')
        .map((p) => p.value),
    ).toEqual([
      { days: ['mon'], from: 540, to: 1020, allDay: false },
      { days: ['tue'], from: 120, to: 360, allDay: false },
      { days: ['wed'], from: 540, to: 720, allDay: false },
      { days: ['thu'], from: 510, to: 960, allDay: false },
      { days: ['fri'], from: null, to: null, allDay: false, closed: true },
    ]);
  });

  it('reads no days from letters that are not a week in order', () => {
    const html = `<table><tr><td>A</td><td>9:00 - 12:00</td></tr><tr><td>T</td><td>1:00 - 5:00</td></tr><tr><td>M</td><td>9:00 - 11:00</td></tr></table>`;
    const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'en');
    expect(
      extractPromises(material)
        .filter((p) => p.kind === 'hours')
        .map((p) => (p.value as { days: unknown }).days),
    ).not.toContainEqual(['mon']);
  });

  it('gives a time the days of the label line above it', () => {
    const html = '<h3>Counter hours</h3><p>Monday to Friday<br><strong>09:00–13:00</strong><br>Saturday<br><strong>09:00–12:00</strong></p>';
    const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'en');
    const hours = extractPromises(material).filter((p) => p.kind === 'hours');
    expect(hours.map((p) => [p.quote, (p.value as { days: string[] }).days, p.place])).toEqual([
      ['09:00–13:00', WEEK, ['counter', 'hours']],
      ['09:00–12:00', ['sat'], ['counter', 'hours']],
    ]);
  });
});

describe('a top bar line run into the schedule', () => {
  const hours = (text: string) => extract(hoursExtractor, text).map((p) => [p.quote, (p.value as { allDay: boolean }).allDay]);

  it('reads an all-day line run into the last hours as a claim of its own, its own words among its topics', () => {
    expect(hours('Пн-Пт с 10:00 до 19:00 Заказы на сайте принимаем круглосуточно')).toEqual([
      ['Пн-Пт с 10:00 до 19:00', false],
      ['Заказы на сайте принимаем круглосуточно', true],
    ]);
    const [, line] = extract(hoursExtractor, 'Режим работы: ежедневно с 8 до 20 Онлайн-запись круглосуточно');
    expect(line?.quote).toBe('Онлайн-запись круглосуточно');
    expect(line?.topics).toContain('онлайн-запись');
  });

  it('keeps the hours of the days before an all-day line run into them', () => {
    const found = extract(hoursExtractor, 'Open Mon-Fri 9am-5pm Emergency line answered 24/7').map((p) => p.value as { days: string[] | null; from: number; allDay: boolean });
    expect(found.map((v) => [v.days?.length ?? null, v.from, v.allDay])).toEqual([
      [5, 540, false],
      [null, 0, true],
    ]);
  });

  it('stays silent past the hours when no new line starts or nothing is all day', () => {
    expect(hours('Пн-Пт с 10:00 до 19:00 круглосуточно не работаем')).toEqual([['Пн-Пт с 10:00 до 19:00', false]]);
    expect(hours('Пн-Пт с 10:00 до 19:00 Звоните заранее')).toEqual([['Пн-Пт с 10:00 до 19:00', false]]);
  });
});

describe("the last session's start", () => {
  it.each([
    ['Открыто с 10:00 до 22:00, последний сеанс – 21:00.', 'последний сеанс – 21:00', 1260],
    ['Последняя экскурсия начинается в 17.30, билеты в кассе.', 'Последняя экскурсия начинается в 17.30', 1050],
    ['Daily 9am to 6pm, last entry 5pm.', 'last entry 5pm', 1020],
    ['The last session starts at 7:30 pm on weekdays.', 'last session starts at 7:30 pm', 1170],
  ])('reads "%s" as open until at least that time', (text, quote, to) => {
    const found = extract(hoursExtractor, text).find((p) => p.quote === quote);
    expect(found?.value).toEqual({ days: null, from: null, to, allDay: false });
  });

  it.each(['Последний сеанс был очень удачным.', 'Our last session was a great success.', 'Last class of 2019 graduated.'])('reads no time in "%s"', (text) => {
    expect(extract(hoursExtractor, text)).toEqual([]);
  });

  const hours = (close: string): Profile =>
    ({ format: 'sverka.profile/1', name: 'Соль', languages: ['ru'], facts: [{ id: 'h', kind: 'hours', label: 'Часы работы', value: { 'mon-sun': `10:00-${close}` } }] }) as unknown as Profile;
  const judged = async (text: string, profile: Profile) =>
    (await checkMaterials([materialFromText(text, { id: 's1', kind: 'text', location: 't' }, 'ru')], profile, { only: ['contradiction'] })).findings.map((f) => f.quote);

  it('is kept by any closing at or after it: a session runs on past its start', async () => {
    expect(await judged('Последний сеанс начинается в 20:00.', hours('20:00'))).toEqual([]);
    expect(await judged('Последний сеанс начинается в 20:00.', hours('21:00'))).toEqual([]);
  });

  it('is broken by a closing before it', async () => {
    expect(await judged('Последний сеанс начинается в 20:00.', hours('19:00'))).toEqual(['Последний сеанс начинается в 20:00']);
  });
});
