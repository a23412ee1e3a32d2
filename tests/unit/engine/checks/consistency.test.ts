import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { materialFromText } from '../../../../engine/material/from-text';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Profile } from '../../../../engine/profile/types';

const bare = (language: 'ru' | 'en'): Profile => ({ format: 'sverka.profile/1', name: language === 'ru' ? 'Кофейня «Зерно»' : 'Crumb & Co.', languages: [language], facts: [] });

/** The consistency findings of two materials (a site and a flyer) checked together. */
async function conflicts(site: string, flyer: string, profile = bare(/[\u0400-\u04ff]/.test(site) ? 'ru' : 'en')) {
  const language = profile.languages![0]!;
  const materials = [materialFromText(site, { id: 's1', kind: 'text', location: 'site.txt' }, language), materialFromText(flyer, { id: 's2', kind: 'text', location: 'flyer.txt' }, language)];
  const report = await checkMaterials(materials, profile, { only: ['consistency'] });
  return report.findings.map((f) => ({ quote: f.quote, source: f.source, severity: f.severity, message: f.message }));
}

describe('consistency check: one thing stated two ways', () => {
  it('holds prices for other party sizes or under other title lines as other offers', async () => {
    const page = (html: string) => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'en');
    const quotes = async (html: string) => (await checkMaterials([page(html)], bare('en'), { only: ['consistency'] })).findings.map((f) => f.quote);
    expect(await quotes('<p><strong>Half day trip</strong><br>Price: 1 to 4 people $500.</p><p><strong>Full day trip</strong><br>Price: 1 to 4 people $700.</p>')).toEqual([]);
    expect(await quotes('<p>Boat tour: 1 to 4 people $500.</p><p>Boat tour: 6 people $650.</p>')).toEqual([]);
    expect(await quotes('<p>Boat tour: 1 to 4 people $500.</p><p>Boat tour: 1 to 4 people $550.</p>')).toEqual(['1 to 4 people $550']);
    // each price of a line is for the party named right before it; a card's description stands between its title and its price
    expect(await quotes('<p>Boat tour: 2 people $300, 4 people $520.</p><p>Boat tour: 2 people $300.</p>')).toEqual([]);
    // so is each price of a line for the length of time named right before it
    expect(await quotes('<p>Extra time: 30 minutes - $40 + 10 photos<br>1 hour - $70 + 20 photos</p>')).toEqual([]);
    expect(await quotes('<p>Photo walk: 1 hour - $70 + 20 photos.</p><p>Photo walk: 1 hour - $90 + 20 photos.</p>')).toEqual(['1 hour - $90 + 20 photos']);
    // each card's monthly instalment follows its own price, however alike the cards' words
    const ru = async (html: string) =>
      (await checkMaterials([materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'ru')], bare('ru'), { only: ['consistency'] })).findings.map((f) => f.quote);
    expect(await ru('<h1>Двери</h1><div>от 9 900 руб Купить</div><p>В РАССРОЧКУ: 990 руб. в месяц</p><div>от 14 900 руб Купить</div><p>В РАССРОЧКУ: 1 490 руб. в месяц</p>')).toEqual([]);
    // a price of one unit under a package is that package's share
    expect(await ru('<div><div>4 800 ₽</div><div>600 ₽ <span>цена 1 тренировки</span></div><div>Записаться</div><div>2 600 ₽</div><div>650 ₽ <span>цена 1 тренировки</span></div></div>')).toEqual([]);
    expect(await quotes('<div><div>$240</div><div>$30 <span>price per lesson</span></div><div>Book</div><div>$128</div><div>$32 <span>price per lesson</span></div></div>')).toEqual([]);
    // the same package's share shown twice (a price block repeated) with a figure a little off is one figure miswritten
    const twice = '<div><div>10 тренировок</div><div>7.450 ₽</div><div>цена 1 тренировки</div><div>745 ₽</div></div>' + '<div><div>7.450 ₽</div><div>744 ₽ <span>цена 1 тренировки</span></div></div>';
    expect(await ru(twice)).toEqual(['744 ₽ цена 1 тренировки']);
    expect(await ru(twice.replace('744 ₽', '745 ₽'))).toEqual([]);
    // one sum for two packages of different sizes: their shares differ by design
    expect(await quotes('<div><div>$300</div><div>$30 <span>price per lesson</span></div></div><div><div>$300</div><div>$60 <span>price per lesson</span></div></div>')).toEqual([]);
    const cards = '<div>Evening cruise</div><div>Two hours on the lake.</div><div>Price: 2 people $300.</div>' + '<div>Sunset special</div><div>Two hours on the lake.</div><div>Price: 2 people $380.</div>';
    expect(await quotes(cards)).toEqual([]);
    expect(await quotes('<div>Evening cruise</div><div>We sail at six.</div><div>Price: 2 people $300.</div><div>Evening cruise</div><div>We sail at six.</div><div>Price: 2 people $340.</div>')).toEqual([
      '2 people $340',
    ]);
  });

  it('adds no card where a contradiction already sets the same words beside the checklist', async () => {
    const profile: Profile = { ...bare('ru'), facts: [{ id: 'g', kind: 'guarantee', label: 'Гарантия на кофемашины', topics: ['кофемашин'], value: { amount: 2, unit: 'year' } }] };
    const materials = [
      materialFromText('Гарантия на кофемашины — 2 года.', { id: 's1', kind: 'text', location: 'site.txt' }, 'ru'),
      materialFromText('Гарантия на кофемашины 3 года.', { id: 's2', kind: 'text', location: 'flyer.txt' }, 'ru'),
    ];
    const report = await checkMaterials(materials, profile, { only: ['consistency', 'contradiction'] });
    expect(report.findings.map((f) => [f.check, f.quote])).toEqual([['contradiction', 'Гарантия на кофемашины 3 года']]);
  });

  it.each([
    ['Работаем ежедневно с 8:00 до 22:00.', 'Открыты каждый день с 9 до 21.', 'Открыты каждый день с 9 до 21'],
    ['Работаем с 9 до 21.', 'Работаем круглосуточно.', 'Работаем круглосуточно'],
    ['Капучино — 250 ₽.', 'Капучино всего за 290 рублей!', 'Капучино всего за 290 рублей'],
    ['Капучино — от 250 ₽.', 'Капучино — 200 ₽.', 'Капучино — 200 ₽'],
    ['Каждый шестой кофе в подарок.', 'Каждый седьмой кофе — бесплатно.', 'Каждый седьмой кофе — бесплатно'],
    ['Гарантия на кофемашины — 2 года.', 'Гарантия на кофемашины 12 месяцев.', 'Гарантия на кофемашины 12 месяцев'],
    ['Доставка за 30 минут.', 'Доставка за 45 минут.', 'Доставка за 45 минут'],
    ['Скидка 10% на первый заказ.', 'Скидка 15% на первый заказ!', 'Скидка 15% на первый заказ'],
    ['Open daily 8am–8pm.', 'We are open every day from 7am to 9pm.', 'We are open every day from 7am to 9pm'],
    ['Sourdough loaf — £4.50.', 'Sourdough loaf for just £3.90!', 'Sourdough loaf for just £3.90'],
    ['Every 6th coffee is free.', 'Every 8th coffee free with the card.', 'Every 8th coffee free with the card'],
    ['Раф — 260 рублей.', 'Кофейня «Зерно»: раф всего за 240 ₽, круассан — 150 ₽.', 'раф всего за 240 ₽'],
  ])('%s / %s', async (site, flyer, quote) => {
    const found = await conflicts(site, flyer);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ quote, source: 's2', severity: 'warning' });
    expect(found[0]!.message).toMatch(/site\.txt/);
    expect(found[0]!.message).toMatch(/flyer\.txt/);
  });

  it('holds the deposit of one package stated two ways against itself', async () => {
    const found = await conflicts('Mini shoot $150. A $25 deposit books your date.', 'Mini shoot $150. A $40 deposit books your date.');
    expect(found.map((f) => f.quote)).toEqual(['A $40 deposit books your date']);
  });

  it('names both places and both wordings', async () => {
    const [finding] = await conflicts('Капучино — 250 ₽.', 'Капучино — 290 ₽.');
    expect(finding!.message).toBe('Цена указана по-разному: в «site.txt» — «Капучино — 250 ₽», в «flyer.txt» — «Капучино — 290 ₽».');
  });

  it.each([
    ['the same value written another way', 'Работаем с 8:00 до 22:00.', 'Работаем с 8 до 22.'],
    ['a "from" price and a higher one', 'Капучино — от 250 ₽.', 'Капучино — 290 ₽.'],
    ['different things', 'Стрижка мужская — 800 ₽.', 'Стрижка женская — 1500 ₽.'],
    ['different days', 'По будням с 9 до 21.', 'В субботу с 10 до 18.'],
    ['general hours and one service’s hours', 'Работаем с 6 до 24.', 'Бассейн работает с 7 до 23.'],
    ['discounts for different people', 'Скидка 10% пенсионерам.', 'Скидка 15% студентам.'],
    ['an "up to" discount and a smaller one', 'Скидки до 30% на всё.', 'Скидка 10% на всё.'],
    ['different services with the same speed word', 'Ответим за 15 минут.', 'Перезвоним за 5 минут.'],
    ['a bare price without a subject', 'Всего 990 ₽!', 'Всего 1290 ₽!'],
    ['averages of different jobs with no subject but "average"', 'Typical cleanup: request a quote.\n\n$250 average', 'Curbside pickup: request a quote.\n\n$150 average'],
    ['approximate sums with no subject', 'В среднем 900 ₽.', 'Примерно 1500 ₽.'],
    ['two prices in one sentence', 'Капучино — 250 ₽, большой капучино — 290 ₽.', 'Латте — 300 ₽.'],
    ['prices per different units', 'Грузовик — 600 руб/час.', 'Грузовик — 20 руб/км.'],
    ['a price per hour and a bare one', 'Bike hire — $15 per hour.', 'Bike hire — $60.'],
    ['deposits of two packages', 'Mini shoot $150. A $25 deposit books your date.', 'Full day shoot $900. A $100 deposit books your date.'],
  ])('stays silent for %s', async (_case, site, flyer) => {
    expect(await conflicts(site, flyer)).toEqual([]);
  });

  it('leaves it to the contradiction check when the checklist has the fact', async () => {
    const profile: Profile = { ...bare('ru'), facts: [{ id: 'cappuccino', kind: 'price', label: 'Капучино', topics: ['капучино'], value: { amount: 250, currency: 'RUB' } }] };
    expect(await conflicts('Капучино — 250 ₽.', 'Капучино — 290 ₽.', profile)).toEqual([]);
  });

  it('holds two guarantees of one checklist fact against each other, though neither breaks it', async () => {
    const guarantee: Profile = { ...bare('ru'), facts: [{ id: 'guarantee', kind: 'guarantee', label: 'Гарантия на ремонт', topics: ['гарант'], value: { amount: 2, unit: 'year' } }] };
    const found = await conflicts('Гарантия на ремонт до 2 лет.', '1 год гарантии на любой ремонт!', guarantee);
    expect(found.map((f) => f.quote)).toEqual(['1 год гарантии на любой ремонт']);
    expect(await conflicts('Гарантия на ремонт до 2 лет.', 'Гарантия на ремонт — 24 месяца.', guarantee)).toEqual([]);
  });

  it('holds only stated terms against each other: a guarantee beside a rate of availability states none', async () => {
    const guarantee: Profile = { ...bare('en'), facts: [{ id: 'guarantee', kind: 'guarantee', label: 'Workmanship guarantee', topics: ['guarantee'], value: { amount: 1, unit: 'year' } }] };
    expect(await conflicts('Our fitters are on call 24 hours a day and we guarantee a tidy job.', 'Every job carries a 12 month guarantee.', guarantee)).toEqual([]);
    expect((await conflicts('Every job carries a 6 month guarantee.', 'Every job carries a 12 month guarantee.', guarantee)).map((f) => f.quote)).toEqual(['Every job carries a 12 month guarantee']);
  });

  it('leaves hours and prices of one checklist fact to the contradiction check: a branch or an item has its own', async () => {
    const hours: Profile = { ...bare('ru'), facts: [{ id: 'hours', kind: 'hours', label: 'Часы работы', value: { 'mon-sun': '08:00-22:00' } }] };
    expect(await conflicts('Работаем ежедневно с 8 до 22.', 'Кафе работает ежедневно с 9 до 21.', hours)).toEqual([]);
  });

  it('finds two places of one material that disagree', async () => {
    const material = materialFromText('Работаем с 9 до 21.\n\nКонтакты\n\nМы открыты с 10 до 20.', { id: 's1', kind: 'text', location: 'page.txt' }, 'ru');
    const report = await checkMaterials([material], bare('ru'), { only: ['consistency'] });
    expect(report.findings.map((f) => f.message)).toEqual(['Часы работы указаны по-разному в «page.txt»: «Работаем с 9 до 21» и «Мы открыты с 10 до 20».']);
  });

  it('tells models of one product apart by their numbers', async () => {
    expect(await conflicts('Замена экрана iPhone 12 — 7900 ₽.', 'Замена экрана iPhone 13 — 9900 ₽.')).toEqual([]);
    expect(await conflicts('Screen repair for the Pixel 7 — $120.', 'Screen repair for the Pixel 8 — $150.')).toEqual([]);
    expect(await conflicts('Замена экрана iPhone 12 — 7900 ₽.', 'Замена экрана iPhone 12 — 8900 ₽.')).toHaveLength(1);
  });

  it('holds round-the-clock opening with no days against hours stated for every day, and a closed day against an open one', async () => {
    const page = async (text: string) => (await checkMaterials([materialFromText(text, { id: 's1', kind: 'text', location: 'page.txt' }, 'ru')], bare('ru'), { only: ['consistency'] })).findings.map((f) => f.quote);
    expect(await page('Работаем круглосуточно!\n\nЧасы работы: ежедневно 10:00–20:00.')).toEqual(['ежедневно 10:00–20:00']);
    expect(await page('Воскресенье — выходной.\n\nВ воскресенье работаем с 10 до 16.')).toHaveLength(1);
    expect(await page('Воскресенье — выходной.\n\nВоскресенье: закрыто.')).toEqual([]);
  });
});

describe('a discount with no figure', () => {
  it('is not a second figure for a discount stated as a percent', async () => {
    expect(await conflicts('Group bookings: 10% off.', 'For group bookings, the more you book, the more you save.')).toEqual([]);
  });
});
