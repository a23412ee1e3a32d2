import { describe, expect, it } from 'vitest';
import { checkMaterials, extractPromises } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Profile } from '../../../../engine/profile/types';
import { priceExtractor } from '../../../../engine/promises/price';

const page = (html: string, language: 'ru' | 'en' = 'ru') => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'page.html' }, language);
const prices = (html: string, language: 'ru' | 'en' = 'ru') => extractPromises(page(html, language), undefined, [priceExtractor]);

/** A made-up nail studio's list: two price columns, a number column and a sum column of a calculator. */
const NAILS = `<h3>Цены</h3>
  <table>
    <tr><th>№</th><th>Услуга</th><th>Мастер</th><th>Топ-мастер</th></tr>
    <tr><td colspan="4">Руки</td></tr>
    <tr><td>1</td><td>Маникюр без покрытия</td><td>700</td><td>950</td></tr>
    <tr><td>2</td><td>Покрытие гель-лаком</td><td>от 900</td><td>1200-1500</td></tr>
    <tr><td colspan="4">Ноги</td></tr>
    <tr><td>3</td><td>Педикюр без покрытия</td><td>1 100 руб.</td><td>1400</td></tr>
  </table>`;

describe('prices in table cells', () => {
  it('reads every price cell, quoted as the cell, about its row', () => {
    const found = prices(NAILS);
    expect(found.map((p) => p.quote)).toEqual(['700', '950', 'от 900', '1200-1500', '1 100 руб.', '1400']);
    expect(found[0]!.topics.join(' ')).toBe('маникюр без покрытия');
    expect(found[2]!.value).toEqual({ amount: 900, currency: 'RUB', from: true });
    expect(found[3]!.value).toEqual({ amount: 1200, currency: 'RUB', from: true });
  });

  it('reads two prices of a row written as a pair ("from one language / into it") as "from" the first, and a price agreed case by case in the same columns', () => {
    const list = `<h1>Письменный перевод</h1><p>Цены указаны в рублях за страницу.</p><table>
      <tr><th>Язык</th><th>Обычный текст</th><th>Технический текст</th></tr>
      <tr><td>Испанский</td><td>310/350</td><td>400/450</td></tr>
      <tr><td>Финский</td><td>420/480</td><td>540/600</td></tr>
      <tr><td>Хинди</td><td>700/790</td><td>880/990</td></tr>
      <tr><td>Суахили</td><td>по договорённости</td><td>по договорённости</td></tr>
    </table>`;
    const found = prices(list);
    expect(found.map((p) => p.quote)).toEqual(['310/350', '400/450', '420/480', '540/600', '700/790', '880/990', 'по договорённости', 'по договорённости']);
    expect(found[6]!.value).toEqual({ negotiable: true });
    expect(found[0]!.value).toEqual({ amount: 310, currency: 'RUB', from: true });
    expect(found[0]!.topics.join(' ')).toBe('испанский');
  });

  it('reads the unit a price is charged per from the short line set under it, and its words as the topic', () => {
    const [price] = prices('<div><p>от 350 руб.</p><div>за квадратный метр</div><p>Цена с установкой</p></div>');
    expect(price!.value).toEqual({ amount: 350, currency: 'RUB', from: true, per: 'area' });
    expect(price!.topics.join(' ')).toContain('за квадратный метр');
    expect(prices('<div><p>от 350 руб.</p><div>Звоните нам сегодня, чтобы узнать больше</div></div>')[0]!.value).toEqual({ amount: 350, currency: 'RUB', from: true });
  });

  it('keeps the heading above the table apart from the topic', () => {
    const [first] = prices(NAILS);
    expect(first!.place).toEqual(['цены']);
    expect(first!.label).toEqual({ nameWords: first!.topics.length });
  });

  it('reads only the price column when a header names one', () => {
    const calculator = `<table>
      <tr><td>Работа</td><td>Ед.</td><td>Кол-во</td><td>Цена от, руб.</td><td>Сумма</td></tr>
      <tr><td>Укладка плитки</td><td>м²</td><td>0</td><td>950</td><td>0</td></tr>
    </table>`;
    expect(prices(calculator).map((p) => p.quote)).toEqual(['950']);
  });

  it('reads a surcharge and a price per unit with a currency', () => {
    const tow = `<table><tr><td>Вызов за город</td><td>+40р/км</td></tr><tr><td>Погрузка</td><td>от 700 руб./час</td></tr></table>`;
    expect(prices(tow).map((p) => p.value)).toEqual([
      { amount: 40, currency: 'RUB', from: false, surcharge: true, per: 'km' },
      { amount: 700, currency: 'RUB', from: true, per: 'hour' },
    ]);
  });

  it('does not take counts per week or month for prices, though the table is a price list', () => {
    const lessons = `<h3>Цены на курсы</h3><table>
      <tr><th>Курс</th><th>Занятий в неделю</th><th>в месяц</th><th>Итого</th></tr>
      <tr><td>Разговорный клуб</td><td>2</td><td>8</td><td>7 500 тг</td></tr>
    </table>`;
    expect(prices(lessons).map((p) => p.value)).toEqual([{ amount: 7500, currency: 'KZT', from: false }]);
  });

  it('takes the currency a header names', () => {
    const groom = '<table><tr><th>Service</th><th>Price, £</th></tr><tr><td>Puppy bath</td><td>18.50</td></tr></table>';
    expect(prices(groom, 'en')[0]!.value).toEqual({ amount: 18.5, currency: 'GBP', from: false });
  });

  it.each([
    ['a table of figures that names no price', '<table><tr><th>Модель</th><th>Год</th></tr><tr><td>Седан</td><td>2019</td></tr></table>'],
    ['a timetable', '<h2>Расписание</h2><table><tr><td>Йога</td><td>18</td></tr></table>'],
    ['a figure with words around it', '<h2>Цены</h2><table><tr><td>Стрижка</td><td>2 мастера</td></tr></table>'],
    ['a cell before the row label', '<h2>Цены</h2><table><tr><td>7</td><td>Стрижка</td></tr></table>'],
  ])('stays silent on %s', (_, html) => {
    expect(prices(html)).toEqual([]);
  });
});

describe('prices in price lists and cards', () => {
  it('reads a dot-leader line about its label, a bare figure only under a heading that names prices', () => {
    const found = prices('<h2>Цены</h2><p>Стрижка машинкой ........ 450</p><p>Бритьё …… от 600 ₽</p>');
    expect(found.map((p) => [p.quote, p.topics.join(' '), p.value])).toEqual([
      ['Стрижка машинкой ........ 450', 'стрижка машинкой', { amount: 450, currency: 'RUB', from: false }],
      ['Бритьё …… от 600 ₽', 'бритье', { amount: 600, currency: 'RUB', from: true }],
    ]);
    expect(prices('<h2>Наши мастера</h2><p>Стаж работы ........ 12</p>')).toEqual([]);
  });

  it('reads a range as its lower end', () => {
    expect(prices('<p>Окрашивание — от 1800 до 2600 руб.</p>')[0]!.value).toEqual({ amount: 1800, currency: 'RUB', from: true });
    expect(prices('<p>Family room 90-120 $ a night</p>', 'en')[0]!.value).toEqual({ amount: 90, currency: 'USD', from: true, per: 'day' });
    // A model's number before a spaced dash labels the price, it does not start a range.
    expect(prices('<p>Замена экрана iPhone 12 — 7900 ₽</p>')[0]!.value).toEqual({ amount: 7900, currency: 'RUB', from: false });
  });

  it('takes the title of a card for the topic of the one price below it', () => {
    const [price] = prices('<div><h3>Педикюр с покрытием</h3><div>1 900 ₽</div><p>Полтора часа</p></div>');
    expect(price!.topics.join(' ')).toBe('педикюр с покрытием');
  });

  it('does not take a column heading for the topic of the prices below it', () => {
    const column = prices('<h4>Juniors</h4><p>£12.50</p><p>£18.00</p>', 'en');
    expect(column.map((p) => p.topics.join(' '))).toEqual(['12.50', '18.00']);
  });
});

describe('negotiable prices', () => {
  it.each([
    ['a price cell', '<table><tr><th>Работа</th><th>Цена</th></tr><tr><td>Покраска суппорта</td><td>договорная</td></tr></table>', 'договорная', 'покраска суппорта'],
    ['a dot-leader line', '<h2>Цены</h2><p>Выезд за город ........ по договорённости</p>', 'Выезд за город ........ по договорённости', 'выезд за город'],
    ['a sentence about the price', '<p>Стоимость росписи стен — по договорённости.</p>', 'Стоимость росписи стен — по договорённости', 'стоимость росписи стен по договоренности'],
    ['a price that depends on the case', '<p>Стоимость чистки ковра зависит от площади.</p>', 'Стоимость чистки ковра зависит от площади', 'стоимость чистки ковра зависит от площади'],
    ['a price agreed with each client', '<p>Цена банкета оговаривается при встрече.</p>', 'Цена банкета оговаривается при встрече', 'цена банкета оговаривается при встрече'],
  ])('reads %s as a price with no sum', (_, html, quote, topics) => {
    const found = prices(html);
    expect(found.map((p) => [p.quote, p.value, p.topics.join(' ')])).toEqual([[quote, { negotiable: true }, topics]]);
  });

  it('reads a cell priced on request or by estimate, in English too', () => {
    const html = '<table><tr><th>Service</th><th>Price</th></tr><tr><td>Gutter repair</td><td>Priced upon request</td></tr><tr><td>Roof survey</td><td>By estimate</td></tr></table>';
    expect(prices(html, 'en').map((p) => [p.quote, p.value])).toEqual([
      ['Priced upon request', { negotiable: true }],
      ['By estimate', { negotiable: true }],
    ]);
    expect(prices('<p>Стоимость ремонта кровли — по смете.</p>').map((p) => p.value)).toEqual([{ negotiable: true }]);
  });

  it.each([
    ['a question', '<p>Цена по запросу?</p>'],
    ['a sentence that names no price', '<p>Обсудим все детали индивидуально.</p>'],
    ['a result that depends on care', '<p>Срок службы обуви зависит от ухода.</p>'],
  ])('stays silent on %s', (_, html) => {
    expect(prices(html)).toEqual([]);
  });

  it('is neither held against a price fact nor against a sum elsewhere', async () => {
    const facts: Profile['facts'] = [{ id: 'paint', kind: 'price', label: 'Покраска суппорта', topics: ['покраска суппорта'], value: { amount: 2500, currency: 'RUB' } }];
    const html = '<table><tr><th>Работа</th><th>Цена</th></tr><tr><td>Покраска суппорта</td><td>договорная</td></tr></table><p>Покраска суппорта — 2500 ₽.</p>';
    const report = await checkMaterials([page(html)], { format: 'sverka.profile/1', name: 'Сервис «Суппорт»', languages: ['ru'], facts }, { only: ['consistency', 'contradiction'] });
    expect(report.findings).toEqual([]);
  });
});

describe('checks on prices from tables', () => {
  const profile = (facts: Profile['facts']): Profile => ({ format: 'sverka.profile/1', name: 'Студия «Лунула»', languages: ['ru'], facts });
  const findingsOf = async (html: string, facts: Profile['facts'] = [], language: 'ru' | 'en' = 'ru') =>
    (await checkMaterials([page(html, language)], { ...profile(facts), languages: [language] }, { only: ['consistency', 'contradiction'] })).findings;

  it('does not hold two rows of one table, or one row in two columns, against each other', async () => {
    const twoLists = `${NAILS}<h3>Для детей</h3><table><tr><th>Услуга</th><th>Цена</th></tr><tr><td>Маникюр без покрытия</td><td>500</td></tr></table>`;
    expect(await findingsOf(twoLists)).toEqual([]);
  });

  it('does not hold one label under two unmarked sub-headings against itself', async () => {
    const subRows = `<h3>Цены</h3><table>
      <tr><td>Лечение пульпита</td><td></td></tr><tr><td>Один канал</td><td>1500</td></tr>
      <tr><td>Перелечивание</td><td></td></tr><tr><td>Один канал</td><td>2500</td></tr>
    </table>`;
    expect(await findingsOf(subRows)).toEqual([]);
  });

  it('still sees a table price that prose on the page states otherwise', async () => {
    const html = `${NAILS}<p>Педикюр без покрытия — всего 900 ₽!</p>`;
    expect((await findingsOf(html)).map((f) => f.check)).toEqual(['consistency']);
  });

  it('does not hold the prices of two cards of a tariff grid against each other', async () => {
    const cards = `<div><div>Поддерживающая уборка</div><div>от 90 ₽/м²</div><div>Химия: от 10 ₽/м²</div></div>
      <div><div>Генеральная уборка</div><div>от 180 ₽/м²</div><div>Химия: от 25 ₽/м²</div></div>`;
    expect(await findingsOf(cards)).toEqual([]);
  });

  it('still holds two prices of one card against each other', async () => {
    const card = '<div><div>Генеральная уборка</div><div>Химия: от 25 ₽/м²</div><p>Химия всего 20 ₽/м²!</p></div>';
    expect((await findingsOf(card)).map((f) => f.check)).toEqual(['consistency']);
  });

  it('does not hold two columns of prices under repeated headings against each other', async () => {
    const columns = '<h4>Juniors</h4><p>£12.50</p><p>£18.00</p><h4>Juniors</h4><p>£14.00</p><p>£19.50</p>';
    expect((await checkMaterials([page(columns, 'en')], { ...profile([]), languages: ['en'] }, { only: ['consistency'] })).findings).toEqual([]);
  });

  it('holds a row against the fact its label starts with', async () => {
    const facts: Profile['facts'] = [{ id: 'mani', kind: 'price', label: 'Маникюр без покрытия', topics: ['маникюр'], value: { amount: 800, currency: 'RUB' } }];
    const found = await findingsOf(NAILS, facts);
    expect(found.map((f) => [f.check, f.quote])).toEqual([['contradiction', '700']]);
  });

  it('does not hold a row against a fact its label only mentions', async () => {
    const facts: Profile['facts'] = [{ id: 'gel', kind: 'price', label: 'Гель-лак', topics: ['гель-лак'], value: { amount: 1000, currency: 'RUB' } }];
    const html = '<table><tr><th>Услуга</th><th>Цена</th></tr><tr><td>Снятие гель-лака</td><td>300</td></tr></table>';
    expect(await findingsOf(html, facts)).toEqual([]);
  });

  it('holds a row against a fact whose own label has the same head, by the topic it names the work on', async () => {
    const facts: Profile['facts'] = [{ id: 'rug', kind: 'price', label: 'Чистка ковра ручной работы', topics: ['ручной работы'], value: { amount: 900, currency: 'RUB' } }];
    const table = (label: string) => `<table><tr><th>Услуга</th><th>Цена</th></tr><tr><td>${label}</td><td>700</td></tr></table>`;
    expect((await findingsOf(table('Чистка шерстяного ковра ручной работы'), facts)).map((f) => [f.check, f.quote])).toEqual([['contradiction', '700']]);
    // another work on the same thing is another price
    expect(await findingsOf(table('Реставрация ковра ручной работы'), facts)).toEqual([]);
  });

  it('reads an English label by its last word, as English names things', async () => {
    const facts: Profile['facts'] = [{ id: 'whitening', kind: 'price', label: 'Whitening', topics: ['whitening'], value: { amount: 300, currency: 'GBP' } }];
    const table = (label: string) => `<table><tr><th>Treatment</th><th>Fee</th></tr><tr><td>${label}</td><td>£250</td></tr></table>`;
    expect((await findingsOf(table('Home Whitening'), facts, 'en')).map((f) => [f.check, f.quote])).toEqual([['contradiction', '£250']]);
    expect(await findingsOf(table('Whitening Trays Replacement'), facts, 'en')).toEqual([]);
  });

  it('reads a label by its name before the qualifier, and past a head that only says "price"', async () => {
    const en: Profile['facts'] = [{ id: 'visit', kind: 'price', label: 'Call-out', topics: ['call-out'], value: { amount: 40, currency: 'USD' } }];
    const enTable = (label: string) => `<table><tr><th>Job</th><th>Rate</th></tr><tr><td>${label}</td><td>$35</td></tr></table>`;
    for (const label of ['Call-out – weekdays 8am to 6pm', 'Call-out fee (within 10 miles)', 'Call-out charge for one visit']) {
      expect((await findingsOf(enTable(label), en, 'en')).map((f) => [f.check, f.quote])).toEqual([['contradiction', '$35']]);
    }
    expect(await findingsOf(enTable('Ladder hire (per call-out)'), en, 'en')).toEqual([]);
    const ru: Profile['facts'] = [{ id: 'visit', kind: 'price', label: 'Выезд', topics: ['выезд'], value: { amount: 500, currency: 'RUB' } }];
    const ruTable = (label: string) => `<table><tr><th>Услуга</th><th>Цена</th></tr><tr><td>${label}</td><td>400</td></tr></table>`;
    expect((await findingsOf(ruTable('Стоимость выезда инженера'), ru)).map((f) => [f.check, f.quote])).toEqual([['contradiction', '400']]);
    expect(await findingsOf(ruTable('Стоимость замены замка при выезде'), ru)).toEqual([]);
  });

  it('holds a cell against the fact its column header names when its row label names none', async () => {
    const facts: Profile['facts'] = [{ id: 'sup', kind: 'price', label: 'Single paddleboard', topics: ['paddleboard'], value: { amount: 35, currency: 'USD' } }];
    const html = `<h2>Paddling</h2><table><tr><th>Route</th><th>Hours</th><th>Single Paddleboard</th><th>Double Canoe</th></tr>
      <tr><td>Mill to Bridge</td><td>2</td><td>$30.00</td><td>$48.00</td></tr><tr><td>Lake to Bridge</td><td>4</td><td>$40.00</td><td>$58.00</td></tr></table>`;
    expect((await findingsOf(html, facts, 'en')).map((f) => [f.check, f.quote])).toEqual([['contradiction', '$30.00']]);
    const other: Profile['facts'] = [{ id: 'bike', kind: 'price', label: 'Bike hire', topics: ['bike'], value: { amount: 50, currency: 'USD' } }];
    expect(await findingsOf(html, other, 'en')).toEqual([]);
  });

  it("reads a row of prices with no label as the prices of its columns under the table's title", async () => {
    const html = `<h3>Стоимость поездки</h3><table><tr><th>10+1</th><th>20+2</th><th>30+3</th></tr><tr><td>1900</td><td>1750</td><td>1600</td></tr></table>`;
    const found = prices(html);
    expect(found.map((p) => [p.quote, p.topics.join(' ')])).toEqual([
      ['1900', 'стоимость поездки 10 1'],
      ['1750', 'стоимость поездки 20 2'],
      ['1600', 'стоимость поездки 30 3'],
    ]);
    const facts: Profile['facts'] = [{ id: 'trip', kind: 'price', label: 'Поездка', topics: ['стоимость поездки'], value: { amount: 1700, currency: 'RUB' } }];
    expect((await findingsOf(html, facts)).map((f) => [f.check, f.quote])).toEqual([['contradiction', '1600']]);
  });

  it('does not read a row of bare figures under headers that name no price', () => {
    expect(prices('<h3>Наши группы</h3><table><tr><th>Младшая</th><th>Старшая</th></tr><tr><td>12</td><td>15</td></tr></table>')).toEqual([]);
  });

  it('does not take a surcharge for the price of the service', async () => {
    const facts: Profile['facts'] = [{ id: 'tow', kind: 'price', label: 'Эвакуация', topics: ['эвакуация'], value: { amount: 2000, currency: 'RUB' } }];
    const html = '<table><tr><th>Услуга</th><th>Цена</th></tr><tr><td>Эвакуация за городом</td><td>+40р/км</td></tr></table>';
    expect(await findingsOf(html, facts)).toEqual([]);
    const plus = '<table><tr><th>Услуга</th><th>Цена</th></tr><tr><td>Эвакуация мотоцикла</td><td>+ 500 р. к эвакуации</td></tr></table>';
    expect(await findingsOf(plus, facts)).toEqual([]);
  });

  it('reads a price of nothing as a free promise, held against what the checklist says is free or paid', async () => {
    const table = '<h3>Цены</h3><table><tr><th>Услуга</th><th>Цена</th></tr><tr><td>Выезд мастера по городу</td><td>0 руб.</td></tr><tr><td>Замена замка</td><td>от 900 руб.</td></tr></table>';
    expect(prices(table).map((p) => [p.kind, p.value])).toEqual([
      ['free', true],
      ['price', { amount: 900, currency: 'RUB', from: true }],
    ]);
    const paid: Profile['facts'] = [{ id: 'visit', kind: 'free', label: 'Выезд мастера', topics: ['выезд'], value: false }];
    expect((await findingsOf(table, paid)).map((f) => [f.check, f.quote])).toEqual([['contradiction', '0 руб.']]);
    const free: Profile['facts'] = [{ id: 'visit', kind: 'free', label: 'Выезд мастера', topics: ['выезд'], value: true }];
    expect(await findingsOf(table, free)).toEqual([]);
    // "from nothing" is no promise that anything is free
    expect(prices('<p>Доставка от 0 руб., по городу.</p>').map((p) => p.kind)).toEqual(['price']);
  });

  it('reads a column headed by another service and its currency as that service, not the row', async () => {
    const facts: Profile['facts'] = [{ id: 'mount', kind: 'price', label: 'Монтаж люстры', topics: ['монтаж люстры'], value: { amount: 1500, currency: 'RUB' } }];
    const table = (header: string) => `<table><tr><th>Работа</th><th>Цена, руб.</th><th>${header}</th></tr><tr><td>Монтаж люстры до 5 кг</td><td>1 500</td><td>700</td></tr></table>`;
    expect(await findingsOf(table('Работы на высоте, руб.'), facts)).toEqual([]);
    expect(prices(table('Работы на высоте, руб.'))[1]!.topics.join(' ')).toBe('работы на высоте');
    // a header naming the row's own price keeps the cell the row's
    expect((await findingsOf(table('Цена со скидкой, руб.'), facts)).map((f) => f.quote)).toEqual(['700']);
  });
});

describe('the one price of a card', () => {
  const profile: Profile = {
    format: 'sverka.profile/1',
    name: 'Harbour Motel',
    languages: ['en'],
    facts: [{ id: 'suite', kind: 'price', label: 'Garden Suite', topics: ['garden suite'], value: { amount: 199, currency: 'CAD' } }],
  };
  const verdicts = async (html: string) => (await checkMaterials([page(html, 'en')], profile, { only: ['contradiction'] })).findings.map((f) => [f.quote, f.severity]);

  it('is the price of what its title names, however far below the title it stands', async () => {
    const card = '<h2>Garden Suite</h2><p>A quiet suite by the garden.</p><ul><li>One queen bed</li></ul><p><strong>179CAD / night</strong></p>';
    expect(await verdicts(card)).toEqual([['179CAD / night', 'error']]);
  });

  it('is the price of the title line of its card, above a description, when the rest of its line are charges on top', async () => {
    const card = (title: string, line: string) => `<div>${title}</div><div>A quiet suite by the garden.</div><div>${line}</div>`;
    expect(await verdicts(card('Garden Suite', 'Price: 179CAD per night, pets are 20CAD extra.'))).toEqual([['179CAD per night', 'error']]);
    expect(await verdicts(card('Harbour Room', 'Price: 179CAD per night, pets are 20CAD extra.'))).toEqual([]);
    expect(await verdicts(card('Garden Suite', 'Price: 179CAD per night, 189CAD on weekends.'))).toEqual([]);
  });

  it('is not when the card holds other prices, a charge on top, or answers a question', async () => {
    expect(await verdicts('<h2>Garden Suite</h2><p>179CAD / night, breakfast 15CAD</p>')).toEqual([]);
    expect(await verdicts('<h2>Garden Suite</h2><p>Pets welcome for an extra 20CAD per stay.</p>')).toEqual([]);
    expect(await verdicts('<h3>How do I book the Garden Suite?</h3><p>Pay 10CAD online to hold the date.</p>')).toEqual([]);
  });

  it('is the price of the title heading right before it when the price is a heading of its own', async () => {
    const flip = (title: string) => `<h2>${title}</h2><h2>179CAD</h2><p>per night, breakfast included</p>`;
    expect(await verdicts(flip('Garden Suite'))).toEqual([['179CAD', 'error']]);
    expect(await verdicts(flip('Harbour Room'))).toEqual([]);
    expect(await verdicts('<h2>Garden Suite</h2><p>179CAD</p><h2>99CAD</h2>')).toEqual([['179CAD', 'error']]);
  });
});

describe('prices set apart by the layout, not by a space', () => {
  it('reads a figure that starts a new element apart from the words before it', () => {
    const html = '<ul><li><a>Galaxy S21<span>4500 руб.</span></a></li><li><a>Pixel 7<span>3900 руб.</span></a></li></ul>';
    expect(prices(html).map((p) => [p.quote, p.value, p.topics.join(' ')])).toEqual([
      ['4500 руб.', { amount: 4500, currency: 'RUB', from: false }, 'galaxy s21 4500 руб'],
      ['3900 руб.', { amount: 3900, currency: 'RUB', from: false }, 'pixel 7 3900 руб'],
    ]);
  });
});

describe('prices charged with no sum said', () => {
  it.each([
    ['a price that varies', '<p>Prices may vary with the size of the rug.</p>', 'Prices may vary with the size of the rug'],
    ['a fee that may apply', '<p>A call-out fee may apply at weekends.</p>', 'A call-out fee may apply at weekends'],
    ['rates that apply', '<p>Bespoke frames – hourly rates apply.</p>', 'Bespoke frames – hourly rates apply'],
    ['a price that depends on the job', '<p>Garden clearance: price depends on the size of the plot.</p>', 'Garden clearance: price depends on the size of the plot'],
  ])('reads %s as a price with no sum', (_, html, quote) => {
    expect(prices(html, 'en').map((p) => [p.quote, p.value])).toEqual([[quote, { negotiable: true }]]);
  });

  it.each([
    ['a time that varies', '<p>Delivery times may vary in winter.</p>'],
    ['a result that depends on the weather', '<p>The view from the top depends on the weather.</p>'],
  ])('stays silent on %s', (_, html) => {
    expect(prices(html, 'en')).toEqual([]);
  });
});
