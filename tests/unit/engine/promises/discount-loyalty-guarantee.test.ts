import { describe, expect, it } from 'vitest';
import { extractPromises } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { discountExtractor } from '../../../../engine/promises/discount';
import { guaranteeExtractor } from '../../../../engine/promises/guarantee';
import { loyaltyExtractor } from '../../../../engine/promises/loyalty';
import { extract, values } from './helpers';

describe('discount extractor', () => {
  it.each([
    ['Скидка 20% на первый приём', 20, false],
    ['Скидки до 30 процентов!', 30, true],
    ['Минус 20% в будни', 20, false],
    ['Все десерты за полцены', 50, false],
    ['Half price pastries after 5pm', 50, false],
    ['Скидка 15 % на всё', 15, false],
    ['Скидки до 50% на летнюю коллекцию', 50, true],
    ['Только сегодня −30 %', 30, false],
    ['Дарим скидку 10% именинникам', 10, false],
    ['Пенсионерам — скидка 5%', 5, false],
    ['Выгода 25% при оплате за год', 25, false],
    ['Абонемент на 20% дешевле', 20, false],
    ['Акция: 30% на второй товар', 30, false],
    ['Распродажа: до 70%', 70, true],
    ['Скидка 12,5% по карте', 12.5, false],
    ['По промокоду скидка 7%', 7, false],
    ['20% off all pastries', 20, false],
    ['Up to 50% off', 50, true],
    ['Save 15% with the app', 15, false],
    ['A 10% discount for students', 10, false],
    ['Sale: -40% on coats', 40, false],
    ['Get 25% off your first order', 25, false],
    ['Students get a 5% discount', 5, false],
    ['Students get 15 per cent off', 15, false],
    ['Summer sale — up to 60%', 60, true],
  ])('%s', (text, percent, upTo) => {
    expect(values(discountExtractor, text)).toEqual([{ percent, upTo }]);
  });

  it.each(['Жирность 3,2%', '100% натуральный состав', 'Влажность 60%', 'Скидок нет: 10% чаевых включены', 'We are 100% sure', 'Рейтинг 98% довольных клиентов'])('finds no discount in "%s"', (text) => {
    expect(values(discountExtractor, text)).toEqual([]);
  });
});

describe('loyalty extractor', () => {
  it.each([
    ['Каждый шестой кофе в подарок', { buy: 5, free: 1 }],
    ['Каждая седьмая чашка — бесплатно', { buy: 6, free: 1 }],
    ['6-й кофе бесплатно', { buy: 5, free: 1 }],
    ['Десятая стрижка в подарок', { buy: 9, free: 1 }],
    ['Каждое пятое посещение бесплатно', { buy: 4, free: 1 }],
    ['Собери 9 штампов — 10-й кофе в подарок', { buy: 9, free: 1 }],
    ['Купи 5 — получи шестой в подарок', { buy: 5, free: 1 }],
    ['Акция 2+1 на всю выпечку', { buy: 2, free: 1 }],
    ['3 по цене 2', { buy: 2, free: 1 }],
    ['Приведи друга — и получи месяц в подарок', { buy: 0, free: 1 }],
    ['За каждого приглашённого друга — бесплатная тренировка', { buy: 0, free: 1 }],
    ['Каждый восьмой обед за наш счёт', { buy: 7, free: 1 }],
    ['The 8th coffee is on us', { buy: 7, free: 1 }],
    ['Every 6th coffee free', { buy: 5, free: 1 }],
    ['Your tenth haircut is free', { buy: 9, free: 1 }],
    ['Buy 9 get 1 free', { buy: 9, free: 1 }],
    ['Buy 2, get 1 free', { buy: 2, free: 1 }],
    ['Refer a friend and get a month free', { buy: 0, free: 1 }],
    ['Every fifth wash is on the house', { buy: 4, free: 1 }],
    ['Каждый 11-й кофе бесплатно', { buy: 10, free: 1 }],
    ['Приведи трёх друзей — получи месяц в подарок', { buy: 2, free: 1 }],
    ['Пригласите 2 друзей и получите бесплатную тренировку', { buy: 1, free: 1 }],
    ['Refer two friends and your next month is free', { buy: 1, free: 1 }],
    ['Collect 8 stamps for a free coffee', { buy: 8, free: 1 }],
    ['Собери 6 наклеек и получи кофе бесплатно', { buy: 6, free: 1 }],
  ])('%s', (text, expected) => {
    expect(values(loyaltyExtractor, text)).toEqual([expected]);
  });

  it.each(['Первая консультация бесплатно', 'Второй этаж, кабинет 5', 'Открылись 5 лет назад', 'Мы не дарим каждый шестой кофе'])('finds no loyalty rule in "%s"', (text) => {
    expect(values(loyaltyExtractor, text)).toEqual([]);
  });
});

describe('guarantee extractor', () => {
  it.each([
    ['Гарантия на импланты — 10 лет', { amount: 10, unit: 'year' }],
    ['Гарантия 2 года на все работы', { amount: 2, unit: 'year' }],
    ['Гарантия на ремонт полгода', { amount: 6, unit: 'month' }],
    ['Даём гарантию 6 месяцев', { amount: 6, unit: 'month' }],
    ['Гарантия на ремонт — один год', { amount: 1, unit: 'year' }],
    ['Трёхлетняя гарантия', { amount: 3, unit: 'year' }],
    ['Гарантия качества 30 дней', { amount: 30, unit: 'day' }],
    ['Пожизненная гарантия на коронки', { amount: 100, unit: 'year', lifetime: true }],
    ['Гарантийный срок — 12 месяцев', { amount: 12, unit: 'month' }],
    ['На пломбы действует гарантия 1 год', { amount: 1, unit: 'year' }],
    ['Гарантия пять лет', { amount: 5, unit: 'year' }],
    ['A 2-year warranty on every bike', { amount: 2, unit: 'year' }],
    ['Lifetime guarantee on all frames', { amount: 100, unit: 'year', lifetime: true }],
    ['Guaranteed for 5 years', { amount: 5, unit: 'year' }],
    ['Warranty: 18 months', { amount: 18, unit: 'month' }],
    ['We offer a 90 day guarantee', { amount: 90, unit: 'day' }],
    ['Ten-year warranty', { amount: 10, unit: 'year' }],
    ['Гарантия 24 месяца', { amount: 24, unit: 'month' }],
    ['Двухлетняя гарантия на технику', { amount: 2, unit: 'year' }],
    ['Гарантия на работу: 3 года', { amount: 3, unit: 'year' }],
    ['Warranty of one year', { amount: 1, unit: 'year' }],
    // "no" that praises the guarantee denies nothing
    ['Every repair has a no quibble 90 day guarantee', { amount: 90, unit: 'day' }],
    ['No-hassle 45 day warranty on parts', { amount: 45, unit: 'day' }],
  ])('%s', (text, expected) => {
    expect(values(guaranteeExtractor, text)).toEqual([expected]);
  });

  it.each([
    'Стаж 15 лет',
    'Гарантируем вежливость',
    'Гарантия не распространяется на 5 лет эксплуатации',
    'Работаем 10 лет',
    'There is no 30 day guarantee on used parts',
    // A rate of availability is not a term.
    'Мастера на связи 24 часа в сутки и гарантируют аккуратность',
    'Our fitters are on call 24 hours a day and we guarantee a tidy job',
  ])('finds no guarantee length in "%s"', (text) => {
    expect(values(guaranteeExtractor, text)).toEqual([]);
  });

  it.each([
    ['Даём гарантию на покраску – 2 года, на стёкла и зеркала – до 6 месяцев.', [['на стёкла и зеркала – до 6 месяцев', 6, 'month']]],
    [
      'Labour is under warranty for 90 days, on spare parts 1 year; for batteries 6 months.',
      [
        ['on spare parts 1 year', 1, 'year'],
        ['for batteries 6 months', 6, 'month'],
      ],
    ],
  ])('reads what else a guarantee covers in the clauses after it, each about its own words: "%s"', (text, rest) => {
    const found = extract(guaranteeExtractor, text);
    expect(found.slice(1).map((p) => [p.quote, (p.value as { amount: number }).amount, (p.value as { unit: string }).unit])).toEqual(rest);
    expect(found.every((p) => p.topicIsOwn)).toBe(true);
  });

  it('does not take a following clause that denies or names no length', () => {
    expect(extract(guaranteeExtractor, 'Гарантия на работу – 1 год, на расходники гарантии нет.').map((p) => p.quote)).toEqual(['Гарантия на работу – 1 год']);
    expect(extract(guaranteeExtractor, 'Warranty on labour 1 year, on request we ship parts.').map((p) => p.quote)).toEqual(['Warranty on labour 1 year']);
  });
});

describe('a discount card with its figure set apart', () => {
  const page = (html: string) => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'page.html' }, 'ru');
  const found = (html: string) => extractPromises(page(html), undefined, [discountExtractor]);

  it('reads the percent under a label that names a discount, about the label', () => {
    const [card] = found('<div><span>Скидка на аренду коробок <br><b>25%</b></span></div>');
    expect(card!.value).toEqual({ percent: 25, upTo: false });
    expect(card!.topics.join(' ')).toBe('скидка на аренду коробок');
  });

  it('reads the percent over a label that names a discount', () => {
    const [card] = found('<div><p>15%</p><p>скидка на первую уборку</p></div>');
    expect(card!.value).toEqual({ percent: 15, upTo: false });
    expect(card!.topics.join(' ')).toBe('скидка на первую уборку');
    expect(found('<div><p>98%</p><p>клиентов довольны</p></div>')).toEqual([]);
  });

  it('reads a percent written after the noun in one line', () => {
    expect(found('<p>Скидка на аренду коробок 25%</p>').map((p) => p.value)).toEqual([{ percent: 25, upTo: false }]);
  });

  it('leaves a bare percent under any other label alone', () => {
    expect(found('<div><span>Довольных клиентов <br><b>98%</b></span></div>')).toEqual([]);
  });
});

describe('a discount in words, with no figure', () => {
  it.each([
    'Order more mugs and the more you save.',
    'The bigger the group, the cheaper it is per head.',
    'Bulk pricing is offered on runs of fifty or more.',
    'Pensioners pay a reduced fee for every class.',
    'A discount is available for block bookings of ten lessons.',
    'Для постоянных клиентов действуют скидки на химчистку ковров.',
    'Скидки для студентов и многодетных семей.',
    'Скидка при повторном заказе уборки.',
    'Ask about our senior discount on weekday mornings.',
  ])('%s', (text) => {
    expect(values(discountExtractor, text)).toEqual([{ unstated: true }]);
  });

  it.each([
    ['a denial', 'No bulk pricing is offered on vinyl transfers.'],
    ['a question', 'Is there a reduced fee for siblings?'],
    ['a fee that is not cut', 'The registration fee is paid once a year.'],
    ['a denied discount', 'No discount is available on gift vouchers.'],
    ['a denied discount in Russian', 'Скидки при оплате картой не действуют.'],
  ])('stays silent on %s', (_, text) => {
    expect(values(discountExtractor, text)).toEqual([]);
  });
});

describe('a discount in money', () => {
  it.each([
    ['Скидка 300 рублей на вторую стрижку.', 300, 'RUB'],
    ['Дарим скидку в 1000 ₽ за отзыв о нашей мастерской.', 1000, 'RUB'],
    ['Save £15 on your second boiler check.', 15, 'GBP'],
    ['Get $25 off any tune-up this month.', 25, 'USD'],
  ])('%s', (text, amount, currency) => {
    expect(values(discountExtractor, text)).toEqual([{ amount, currency }]);
  });

  it.each([
    ['a price', 'Стрижка машинкой — 300 рублей.'],
    ['a price near a discount word', 'Скидки не суммируются, занятие стоит 900 рублей.'],
    ['an order threshold', 'Доставка бесплатно при заказе от 3000 ₽.'],
    ['an English price', 'A boiler check is £60 with parts extra.'],
    ['a denied discount', 'There is no $10 discount on repairs.'],
  ])('stays silent on %s', (_, text) => {
    expect(values(discountExtractor, text)).toEqual([]);
  });
});

describe('several discounts in one sentence', () => {
  it('reads each next case of the discount', () => {
    expect(values(discountExtractor, 'На второй курс скидка 10%, на третий – 20%.')).toEqual([
      { percent: 10, upTo: false },
      { percent: 20, upTo: false },
    ]);
    expect(values(discountExtractor, 'For a second child 10% off, for a third 15%.')).toEqual([
      { percent: 10, upTo: false },
      { percent: 15, upTo: false },
    ]);
    expect(values(discountExtractor, 'На заказ от 10 тортов скидка 5%, от 20 тортов – 8%.')).toEqual([
      { percent: 5, upTo: false },
      { percent: 8, upTo: false },
    ]);
  });

  it('stays silent on another percent that is not a case of the discount', () => {
    expect(values(discountExtractor, 'Скидка 10% на окна, предоплата 30% от сметы.')).toEqual([{ percent: 10, upTo: false }]);
    expect(values(discountExtractor, 'Our members save 10%, and 95% of them come back.')).toEqual([{ percent: 10, upTo: false }]);
  });
});
