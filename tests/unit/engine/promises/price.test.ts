import { describe, expect, it } from 'vitest';
import { priceExtractor } from '../../../../engine/promises/price';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromText } from '../../../../engine/material/from-text';
import type { Profile } from '../../../../engine/profile/types';
import { extract, values } from './helpers';

describe('price extractor', () => {
  it.each([
    ['Профессиональная гигиена всего за 2900 ₽', { amount: 2900, currency: 'RUB', from: false }],
    ['Годовой абонемент — 24 900 ₽', { amount: 24900, currency: 'RUB', from: false }],
    ['Годовой абонемент — 24\u00a0900 ₽', { amount: 24900, currency: 'RUB', from: false }],
    ['Цена: 2.500 ₽', { amount: 2500, currency: 'RUB', from: false }],
    ['Цена 1.250.000 руб.', { amount: 1250000, currency: 'RUB', from: false }],
    ['Только 9.99 €', { amount: 9.99, currency: 'EUR', from: false }],
    ['Приём терапевта от 1500 ₽', { amount: 1500, currency: 'RUB', from: true }],
    ['Стрижка от 1 200 руб.', { amount: 1200, currency: 'RUB', from: true }],
    ['Чистка — 3500 рублей', { amount: 3500, currency: 'RUB', from: false }],
    ['Массаж 2000 р.', { amount: 2000, currency: 'RUB', from: false }],
    ['Кофе за 150 руб', { amount: 150, currency: 'RUB', from: false }],
    ['Аренда авто от 2 500 ₽ в сутки', { amount: 2500, currency: 'RUB', from: true, per: 'day' }],
    ['Номер от 4 900 рублей за ночь', { amount: 4900, currency: 'RUB', from: true, per: 'day' }],
    ['Обед 390 ₽', { amount: 390, currency: 'RUB', from: false }],
    ['Экскурсия 30 €', { amount: 30, currency: 'EUR', from: false }],
    ['Набойки — 70 грн.', { amount: 70, currency: 'UAH', from: false }],
    ['Ремонт молнии от 150 гривен', { amount: 150, currency: 'UAH', from: true }],
    ['Loaves from £3.50', { amount: 3.5, currency: 'GBP', from: true }],
    ['A flat white is £2.80', { amount: 2.8, currency: 'GBP', from: false }],
    ['Only $9.99 a month', { amount: 9.99, currency: 'USD', from: false, per: 'month' }],
    ['Plans starting at $19', { amount: 19, currency: 'USD', from: true }],
    ['Rooms from €120 a night', { amount: 120, currency: 'EUR', from: true, per: 'day' }],
    ['Абонемент на год: 29 900 ₽', { amount: 29900, currency: 'RUB', from: false }],
    ['Цена 1 990 ₽ вместо 2 490 ₽', { amount: 1990, currency: 'RUB', from: false }],
    ['Всего 99 рублей', { amount: 99, currency: 'RUB', from: false }],
    ['Залог — 5 тыс. ₽', { amount: 5000, currency: 'RUB', from: false, deposit: true }],
    ['Ремонт от 2 тысяч рублей', { amount: 2000, currency: 'RUB', from: true }],
    ['Замена масла — всего 990 Р', { amount: 990, currency: 'RUB', from: false }],
    ['Стрижка 500 р', { amount: 500, currency: 'RUB', from: false }],
    ['Курс английского — 12 000 тг', { amount: 12000, currency: 'KZT', from: false }],
    ['Разговорный клуб от 5 500 тенге', { amount: 5500, currency: 'KZT', from: true }],
    ['Пробное занятие 2000 ₸', { amount: 2000, currency: 'KZT', from: false }],
  ])('%s', (text, expected) => {
    expect(values(priceExtractor, text)[0]).toEqual(expected);
  });

  it.each([
    'Бесплатная доставка при заказе от 1000 ₽',
    'Free delivery on orders over £20',
    'Скидка 500 ₽ на первый заказ',
    'Save £5 on your first box',
    'Кешбэк до 300 ₽',
    'Ждём вас: Москва, пр-т Мира, д. 102, корп. 2',
    'Телефон: +7 (495) 640-55-66',
    'Стаж 15 лет',
    'Мы не берём 500 ₽ за вызов',
    'Работаем с 9:00 до 20:00',
  ])('finds no price in "%s"', (text) => {
    expect(values(priceExtractor, text)).toEqual([]);
  });

  it.each([
    ['Грузовик — 600 руб/час', 'hour'],
    ['Доставка за город 25 руб/км', 'km'],
    ['Уборка 120 ₽ за кв. м', 'area'],
    ['Экскурсия 900 ₽ с человека', 'person'],
    ['Bike hire $35 per day', 'day'],
    ['Tutoring $40/hr', 'hour'],
    ['Painting from $3 per sq ft', 'area'],
    ['Pizza party $12 per child', 'person'],
    ['Раскладушка в номер — 500 руб. сутки', 'day'],
    ['Кофе за 150 руб', undefined],
    ['Торт 900 ₽ в подарок к заказу', undefined],
  ])('reads what "%s" is charged per', (text, per) => {
    expect((values(priceExtractor, text)[0] as { per?: string }).per).toBe(per);
  });

  it('quotes the unit a price list sets after the sum with no joint', () => {
    expect(extract(priceExtractor, 'Номер на двоих — 3 200 руб. Раскладушка — 500 руб. сутки').map((p) => p.quote)).toEqual(['Номер на двоих — 3 200 руб', 'Раскладушка — 500 руб. сутки']);
    expect((values(priceExtractor, 'Раскладушка — 500 руб. Сутки проживания оплачиваются заранее.')[0] as { per?: string }).per).toBeUndefined();
  });

  it('reads a sum whose currency follows a plain and a non-breaking space', () => {
    expect(values(priceExtractor, 'Взрослые – 300 \u00a0рублей.')).toEqual([{ amount: 300, currency: 'RUB', from: false }]);
    expect(values(priceExtractor, 'Adults £\u00a0 12')).toEqual([{ amount: 12, currency: 'GBP', from: false }]);
  });

  it('quotes a price without the footnote mark after it', () => {
    expect(extract(priceExtractor, 'Keyboard replacement - £39 *').map((p) => p.quote)).toEqual(['Keyboard replacement - £39']);
    expect(extract(priceExtractor, 'Чистка ноутбука — 1500 ₽**').map((p) => p.quote)).toEqual(['Чистка ноутбука — 1500 ₽']);
  });

  it('quotes a line of a post without the emoji or bullet that opens it', () => {
    expect(extract(priceExtractor, '💳 Годовой абонемент всего за 27 900 ₽').map((p) => p.quote)).toEqual(['Годовой абонемент всего за 27 900 ₽']);
    expect(extract(priceExtractor, '• Обед 390 ₽').map((p) => p.quote)).toEqual(['Обед 390 ₽']);
  });

  it.each([
    [
      '$40 for one class $150 for five classes',
      [
        ['$40 for one class', '40 for one class'],
        ['$150 for five classes', '150 for five classes'],
      ],
    ],
    [
      'Стрижка 900 ₽, укладка 600 ₽',
      [
        ['Стрижка 900 ₽', 'стрижка 900'],
        ['укладка 600 ₽', 'укладка 600'],
      ],
    ],
    [
      'Номер стандарт - 3200 руб. Номер люкс - 5400 руб.',
      [
        ['Номер стандарт - 3200 руб', 'номер стандарт 3200 руб'],
        ['Номер люкс - 5400 руб', 'номер люкс 5400 руб'],
      ],
    ],
  ])('gives each of several prices in one clause its own words: "%s"', (text, expected) => {
    expect(extract(priceExtractor, text).map((p) => [p.quote, p.topics.join(' ')])).toEqual(expected);
  });

  it('holds each of several prices in one clause only against the fact its own words name', async () => {
    const profile: Profile = {
      format: 'sverka.profile/1',
      name: 'Studio',
      languages: ['en'],
      facts: [{ id: 'ten', kind: 'price', label: '10-class pass', topics: ['ten classes'], value: { amount: 280, currency: 'AUD' } }],
    };
    const material = materialFromText('$150 for five classes $280 for ten classes', { id: 's1', kind: 'text', location: 't' }, 'en');
    expect((await checkMaterials([material], profile, { only: ['contradiction'] })).findings).toEqual([]);
  });
});

describe('prices that are not ours', () => {
  const salon: Profile = { format: 'sverka.profile/1', name: 'Салон «Лён»', languages: ['ru'], facts: [{ id: 'cut', kind: 'price', label: 'Стрижка', topics: ['стрижк'], value: { amount: 1500, currency: 'RUB' } }] };
  const inn: Profile = { format: 'sverka.profile/1', name: 'Maple Inn', languages: ['en'], facts: [{ id: 'room', kind: 'price', label: 'Double room', topics: ['room'], value: { amount: 120, currency: 'GBP' } }] };
  const judged = async (text: string, profile: Profile) =>
    (await checkMaterials([materialFromText(text, { id: 's1', kind: 'text', location: 't' }, profile.languages![0])], profile, { only: ['contradiction'] })).findings.map((f) => f.quote);

  it.each([
    ['В других салонах стрижка — от 900 ₽, у нас всё честно.', salon],
    ['Room £120 a night; £15 extra for a third guest.', inn],
    ['Elsewhere in town a room costs £90.', inn],
    // The label before a colon says the sum is for each person on top of the first.
    ['Per room: £120 a night; each additional guest in the room: £30', inn],
    ['Стрижка: 1500 ₽; за каждого следующего ребёнка в семье: 700 ₽', salon],
  ])('a competitor’s price or a charge on top is not held against ours: "%s"', async (text, profile) => {
    expect(await judged(text, profile)).toEqual([]);
  });

  it('still holds our own price in the same sentence', async () => {
    expect(await judged('У нас стрижка — 1200 ₽, а в других салонах — от 2 000 ₽.', salon)).toEqual(['У нас стрижка — 1200 ₽']);
  });
});

describe('a minimum order sum', () => {
  it.each([
    ['ru', 'Минимальная стоимость заказа 8000 руб.', 8000],
    ['ru', 'Минимальный заказ — 2500 ₽.', 2500],
    ['en', 'A minimum order of $40 applies to all deliveries.', 40],
  ] as const)('is a price, the least an order costs: "%s %s"', (language, text, amount) => {
    expect(extract(priceExtractor, text, { format: 'sverka.profile/1', name: 'x', languages: [language], facts: [] }).map((p) => (p.value as { amount: number }).amount)).toEqual([amount]);
  });

  it.each([['Бесплатная доставка при минимальном заказе от 1500 руб.'], ['Скидка 10% при заказе от 3000 руб.']])('is no price where it makes something free or cheaper: "%s"', (text) => {
    expect(values(priceExtractor, text)).toEqual([]);
  });

  it('is held against the minimum the checklist names', async () => {
    const profile: Profile = {
      format: 'sverka.profile/1',
      name: 'Клининг «Блик»',
      languages: ['ru'],
      facts: [{ id: 'min', kind: 'price', label: 'Минимальный заказ', topics: ['минимальная стоимость'], value: { amount: 12000, currency: 'RUB' } }],
    };
    const findings = (await checkMaterials([materialFromText('Минимальная стоимость заказа 8000 руб.', { id: 's1', kind: 'text', location: 't' }, 'ru')], profile, { only: ['contradiction'] })).findings;
    expect(findings.map((f) => f.check)).toEqual(['contradiction']);
  });
});

describe('"label : price" lines run into one', () => {
  it('reads each price about its own label when every sum follows a label and a colon', () => {
    const found = extract(priceExtractor, 'Screen cleaning : £15 Battery swap : £45');
    expect(found.map((p) => [p.quote, p.value])).toEqual([
      ['Screen cleaning : £15', { amount: 15, currency: 'GBP', from: false }],
      ['Battery swap : £45', { amount: 45, currency: 'GBP', from: false }],
    ]);
    expect(found[1]!.topics).toEqual(expect.arrayContaining(['battery', 'swap']));
    expect(found[1]!.topics).not.toContain('screen');
  });

  it('leaves a label over several prices to them all ("Fee: $100 one child / $150 family")', () => {
    const found = extract(priceExtractor, 'Registration fee: $100 one child / $150 family');
    expect(found.map((p) => p.quote)).not.toContain('/ $150');
    expect(found.every((p) => p.topics.includes('registration'))).toBe(true);
  });
});

describe('a price after a bracketed aside to its label', () => {
  it.each([
    ['Школьники от 7 до 14 лет (только с родителями) – 250 рублей.', 'Школьники от 7 до 14 лет (только с родителями) – 250 рублей', 'школьники'],
    ['Seniors (over 65, with ID) – £6', 'Seniors (over 65, with ID) – £6', 'seniors'],
  ])('is about the label before the brackets: "%s"', (text, quote, word) => {
    const found = extract(priceExtractor, text);
    expect(found.map((p) => p.quote)).toEqual([quote]);
    expect(found[0]!.topics).toContain(word);
  });

  it('keeps a price with words of its own after the brackets to them', () => {
    const found = extract(priceExtractor, 'Аренда зала (малого) на час – 900 рублей, уборка – 300 рублей');
    expect(found.find((p) => p.quote.includes('300'))!.topics).not.toContain('зала');
  });
});
