import { describe, expect, it } from 'vitest';
import { PROMISE_KINDS, type PromiseKind } from '../../../../engine/kinds';
import { describePromise, promiseLine, promiseSubject } from '../../../../engine/report/promise-line';

/** Intl writes thousands with a no-break space in Russian; the table writes a plain one. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const HOURS = { days: null, from: null, to: null, allDay: false };

/** Every kind, each way its value is said, in both languages. */
const WORDING: { kind: PromiseKind; value: unknown; ru: string; en: string }[] = [
  { kind: 'hours', value: { ...HOURS, days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: 480, to: 1260 }, ru: 'пн–пт 8:00–21:00', en: 'Mon–Fri 8:00–21:00' },
  { kind: 'hours', value: { ...HOURS, to: 1440, from: 0, allDay: true }, ru: 'круглосуточно', en: '24/7' },
  { kind: 'hours', value: { ...HOURS, days: ['sat', 'sun'], from: 0, to: 1440, allDay: true }, ru: 'сб, вс круглосуточно', en: 'Sat, Sun 24 hours' },
  { kind: 'hours', value: { ...HOURS, days: ['sun'], closed: true }, ru: 'вс — выходной', en: 'Sun closed' },
  { kind: 'hours', value: { ...HOURS, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: 600, to: 1320 }, ru: 'ежедневно 10:00–22:00', en: 'every day 10:00–22:00' },
  { kind: 'hours', value: { ...HOURS, from: 780, to: 840, break: true }, ru: 'перерыв 13:00–14:00', en: 'break 13:00–14:00' },
  { kind: 'hours', value: { ...HOURS, days: ['sun'], byAppointment: true }, ru: 'вс по записи', en: 'Sun by appointment' },
  { kind: 'hours', value: { ...HOURS, from: 540 }, ru: 'с 9:00', en: 'from 9:00' },
  { kind: 'duration', value: { amount: 60, unit: 'day', minutes: 86400, upTo: true }, ru: 'до 60 дней', en: 'up to 60 days' },
  { kind: 'duration', value: { amount: 15, unit: 'minute', minutes: 15, upTo: false, least: 10 }, ru: '10–15 минут', en: '10–15 minutes' },
  { kind: 'duration', value: { amount: 2, unit: 'hour', minutes: 120, upTo: false }, ru: '2 часа', en: '2 hours' },
  { kind: 'price', value: { amount: 1900, currency: 'RUB', from: true }, ru: 'от 1 900 ₽', en: 'from 1,900 ₽' },
  { kind: 'price', value: { amount: 15, currency: 'GBP', from: false, per: 'person' }, ru: '£15 за человека', en: '£15 per person' },
  { kind: 'price', value: { amount: 450, currency: 'RUB', from: false, per: 'hours' }, ru: '450 ₽ за час', en: '450 ₽ per hour' },
  { kind: 'price', value: { amount: 300, currency: 'RUB', from: false, surcharge: true }, ru: '+300 ₽', en: '+300 ₽' },
  { kind: 'price', value: { amount: 5000, currency: 'RUB', from: false, deposit: true }, ru: 'залог 5 000 ₽', en: 'deposit 5,000 ₽' },
  { kind: 'price', value: { amount: 350, currency: '', from: false }, ru: '350', en: '350' },
  { kind: 'price', value: { amount: 990, currency: 'RUB', from: false, promotion: true }, ru: '990 ₽ (по акции)', en: '990 ₽ (special offer)' },
  { kind: 'price', value: { negotiable: true }, ru: 'договорная', en: 'on request' },
  { kind: 'free', value: true, ru: 'бесплатно', en: 'free' },
  { kind: 'free', value: { minOrder: 3000, currency: 'RUB' }, ru: 'бесплатно при заказе от 3 000 ₽', en: 'free on orders from 3,000 ₽' },
  { kind: 'discount', value: { percent: 10, upTo: false }, ru: '10 %', en: '10%' },
  { kind: 'discount', value: { percent: 50, upTo: true }, ru: 'до 50 %', en: 'up to 50%' },
  { kind: 'discount', value: { amount: 20, currency: 'USD' }, ru: '$20', en: '$20' },
  { kind: 'discount', value: { unstated: true }, ru: 'размер не указан', en: 'amount not stated' },
  { kind: 'loyalty', value: { buy: 5, free: 1 }, ru: 'каждый 6-й бесплатно (купи 5 — 6-й в подарок)', en: 'every 6th free (buy 5, get the 6th free)' },
  { kind: 'loyalty', value: { buy: 2, free: 2 }, ru: 'купи 2 — 2 в подарок', en: 'buy 2, get 2 free' },
  { kind: 'guarantee', value: { amount: 10, unit: 'year' }, ru: '10 лет', en: '10 years' },
  { kind: 'guarantee', value: { amount: 1, unit: 'year', lifetime: true }, ru: 'пожизненная', en: 'lifetime' },
  { kind: 'offered', value: { service: 'Детский приём', factId: 'kids', asserted: true }, ru: 'Детский приём', en: 'Детский приём' },
  { kind: 'offered', value: { service: 'Airport transfer' }, ru: 'Airport transfer', en: 'Airport transfer' },
  { kind: 'policy', value: { phrase: 'рассрочка без банка', factId: 'installments' }, ru: 'рассрочка без банка', en: 'рассрочка без банка' },
  { kind: 'payment', value: { accepted: ['card', 'cash'], refused: [] }, ru: 'банковские карты, наличные', en: 'bank cards, cash' },
  { kind: 'payment', value: { accepted: ['cash'], refused: [], only: true }, ru: 'только наличные', en: 'cash only' },
  { kind: 'payment', value: { accepted: ['cash'], refused: ['card'] }, ru: 'наличные; не принимают: банковские карты', en: 'cash; not accepted: bank cards' },
  { kind: 'superlative', value: { claim: 'лучший кофе', sourced: false }, ru: 'лучший кофе', en: 'лучший кофе' },
  { kind: 'superlative', value: { claim: 'the best coffee', sourced: true }, ru: 'the best coffee (с источником)', en: 'the best coffee (sourced)' },
  { kind: 'phone', value: { digits: '78123102020' }, ru: '+78123102020', en: '+78123102020' },
  { kind: 'email', value: { address: 'info@example.com' }, ru: 'info@example.com', en: 'info@example.com' },
  { kind: 'url', value: { host: 'example.com' }, ru: 'example.com', en: 'example.com' },
  { kind: 'address', value: { street: 'Малая Садовая', house: '8' }, ru: 'Малая Садовая, 8', en: 'Малая Садовая, 8' },
  { kind: 'address', value: { postcode: 'SW1A 1AA' }, ru: 'SW1A 1AA', en: 'SW1A 1AA' },
  { kind: 'name', value: { name: 'Улыбка+' }, ru: 'Улыбка+', en: 'Улыбка+' },
];

/** Kinds whose value is their quote: a stated term, a promise of no kind. */
const SAID_BY_QUOTE: { kind: PromiseKind; value: unknown }[] = [
  { kind: 'policy', value: { term: 'Предоплата 50 %.' } },
  { kind: 'other', value: { anything: 1 } },
];

describe('describePromise: a promise’s value in people’s words', () => {
  it.each(WORDING.flatMap((row) => (['ru', 'en'] as const).map((language) => ({ ...row, language, expected: row[language] }))))('$kind $language: $expected', ({ kind, value, language, expected }) => {
    expect(plain(describePromise({ kind, value, quote: 'QUOTE' }, language))).toBe(expected);
  });

  it('words every promise kind', () => {
    const covered = new Set([...WORDING, ...SAID_BY_QUOTE].map((row) => row.kind));
    expect(PROMISE_KINDS.filter((kind) => !covered.has(kind))).toEqual([]);
  });

  it.each(SAID_BY_QUOTE)('$kind: says it by its quote', ({ kind, value }) => {
    expect(describePromise({ kind, value, quote: 'Предоплата 50 %.' }, 'ru')).toBe('Предоплата 50 %.');
  });

  it.each([
    { kind: 'price', value: { amount: 'много' } },
    { kind: 'price', value: null },
    { kind: 'hours', value: {} },
    { kind: 'payment', value: { accepted: 'card' } },
    { kind: 'payment', value: { accepted: [], refused: [] } },
    { kind: 'guarantee', value: { amount: 2 } },
    { kind: 'loyalty', value: 'six' },
    { kind: 'offered', value: { service: { name: 'x' } } },
    { kind: 'email', value: {} },
    { kind: 'discount', value: { percent: Number.NaN, upTo: false } },
    { kind: 'guarantee', value: { amount: Number.POSITIVE_INFINITY, unit: 'year' } },
    { kind: 'price', value: { amount: Number.NaN, currency: 'RUB', from: false } },
    { kind: 'retired-kind', value: { x: 1 } },
  ] as { kind: PromiseKind; value: unknown }[])('an odd $kind value $value falls back to the quote', ({ kind, value }) => {
    for (const language of ['ru', 'en'] as const) {
      const text = describePromise({ kind, value, quote: 'Цены по запросу' }, language);
      expect(text).toBe('Цены по запросу');
      expect(promiseLine({ kind, value, quote: 'Цены по запросу' }, language)).not.toMatch(/undefined|\[object|NaN|null/);
    }
  });
});

describe('promiseLine: kind, value and what it is about', () => {
  const cell = { kind: 'price' as const, quote: 'от 1 900 ₽', value: { amount: 1900, currency: 'RUB', from: true }, about: 'Приём терапевта' };

  it('names the kind, says the value and what it is about', () => {
    expect(plain(promiseLine(cell, 'ru'))).toBe('Цена: от 1 900 ₽ — Приём терапевта');
    expect(plain(promiseLine(cell, 'en'))).toBe('Price: from 1,900 ₽ — Приём терапевта');
    expect(plain(promiseLine({ kind: 'guarantee', quote: 'Гарантия на импланты — 10 лет', value: { amount: 10, unit: 'year' } }, 'ru'))).toBe('Гарантия: 10 лет — Гарантия на импланты');
  });

  it('leaves out what it is about when the quote does not say it apart', () => {
    expect(promiseLine({ kind: 'hours', quote: 'Работаем круглосуточно', value: { ...HOURS, from: 0, to: 1440, allDay: true } }, 'ru')).toBe('Часы работы: круглосуточно');
  });

  it('does not repeat the quote as what it is about when the value falls back to it', () => {
    expect(promiseLine({ kind: 'policy', quote: 'Оплата: только предоплата', value: { term: 'Оплата: только предоплата' } }, 'ru')).toBe('Условие: Оплата: только предоплата');
  });
});

describe('promiseSubject', () => {
  it('takes the row label, else the label the quote opens with', () => {
    expect(promiseSubject({ quote: '350', about: 'Стрижка' })).toBe('Стрижка');
    expect(promiseSubject({ quote: 'Приём хирурга — от 2 500 ₽' })).toBe('Приём хирурга');
    expect(promiseSubject({ quote: 'Delivery: free over £30' })).toBe('Delivery');
  });

  it('finds none in a plain sentence, a time or a number range', () => {
    expect(promiseSubject({ quote: 'Профессиональная гигиена всего за 2900 ₽' })).toBeUndefined();
    expect(promiseSubject({ quote: 'Работаем с 9:00 до 20:00' })).toBeUndefined();
    expect(promiseSubject({ quote: '1500 - 1700 ₽' })).toBeUndefined();
  });
});
