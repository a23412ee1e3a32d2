import { describe, expect, it } from 'vitest';
import { FACT_KINDS, type PromiseKind } from '../../../../engine/kinds';
import { factFromPromise } from '../../../../engine/profile/fact-from-promise';
import { validateProfile } from '../../../../engine/profile/validate';

const HOURS = { days: null, from: null, to: null, allDay: false };

/** A promise of each kind that can become a fact, and the fact it drafts. */
const DRAFTS: { kind: PromiseKind; quote: string; about?: string; value: unknown; fact: object }[] = [
  {
    kind: 'hours',
    quote: 'Пн–пт с 8:00 до 21:00',
    value: { ...HOURS, days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: 480, to: 1260 },
    fact: { label: 'Пн–пт с 8:00 до 21:00', value: { 'mon-fri': '08:00-21:00' } },
  },
  { kind: 'hours', quote: 'Работаем круглосуточно', value: { ...HOURS, from: 0, to: 1440, allDay: true }, fact: { value: { 'mon-sun': '24h' } } },
  { kind: 'hours', quote: 'Sunday: closed', value: { ...HOURS, days: ['sun'], closed: true }, fact: { label: 'Sunday', topics: ['sunday'], value: { sun: 'closed' } } },
  { kind: 'duration', quote: 'Возврат в течение 60 дней', value: { amount: 60, unit: 'day', minutes: 86400, upTo: true }, fact: { value: { max: 60, unit: 'day' } } },
  {
    kind: 'duration',
    quote: 'Стрижка — 10–15 минут',
    value: { amount: 15, unit: 'minute', minutes: 15, upTo: false, least: 10 },
    fact: { label: 'Стрижка', topics: ['стрижка'], value: { min: 10, max: 15, unit: 'minute' } },
  },
  {
    kind: 'price',
    quote: 'от 1 900 ₽',
    about: 'Приём терапевта',
    value: { amount: 1900, currency: 'RUB', from: true },
    fact: { label: 'Приём терапевта', topics: ['приём', 'терапевта'], value: { amount: 1900, currency: 'RUB' } },
  },
  {
    kind: 'price',
    quote: 'Room hire: £15 per hour',
    value: { amount: 15, currency: 'GBP', from: false, per: 'hours' },
    fact: { label: 'Room hire', topics: ['room', 'hire'], value: { amount: 15, currency: 'GBP', per: 'hour' } },
  },
  { kind: 'free', quote: 'Бесплатная консультация', value: true, fact: { value: true } },
  { kind: 'free', quote: 'Free delivery on orders over £30', value: { minOrder: 30, currency: 'GBP' }, fact: { value: { minOrder: 30, currency: 'GBP' } } },
  { kind: 'discount', quote: 'Скидка 10 % пенсионерам', value: { percent: 10, upTo: false }, fact: { value: { maxPercent: 10 } } },
  { kind: 'loyalty', quote: 'Каждый 6-й кофе бесплатно', value: { buy: 5, free: 1 }, fact: { value: { buy: 5, free: 1 } } },
  { kind: 'guarantee', quote: 'Гарантия на импланты — 10 лет', value: { amount: 10, unit: 'year' }, fact: { label: 'Гарантия на импланты', topics: ['гарантия', 'импланты'], value: { amount: 10, unit: 'year' } } },
  { kind: 'offered', quote: 'Детский приём', value: { service: 'Детский приём' }, fact: { label: 'Детский приём', value: true } },
  { kind: 'payment', quote: 'Оплата картой и наличными', value: { accepted: ['card', 'cash'], refused: [] }, fact: { value: { accepts: ['card', 'cash'] } } },
];

/** Promises whose value the checklist cannot hold as said. */
const NOT_DRAFTED: { kind: PromiseKind; value: unknown }[] = [
  { kind: 'hours', value: { ...HOURS, from: 780, to: 840, break: true } },
  { kind: 'hours', value: { ...HOURS, from: 540 } },
  { kind: 'price', value: { negotiable: true } },
  { kind: 'price', value: { amount: 300, currency: 'RUB', from: false, surcharge: true } },
  { kind: 'price', value: { amount: 350, currency: '', from: false } },
  { kind: 'discount', value: { unstated: true } },
  { kind: 'discount', value: { amount: 20, currency: 'USD' } },
  { kind: 'loyalty', value: { buy: 0, free: 1 } },
  { kind: 'guarantee', value: { amount: 1, unit: 'year', lifetime: true } },
  { kind: 'payment', value: { accepted: [], refused: ['card'] } },
  { kind: 'policy', value: { term: 'Предоплата 50 %.' } },
  { kind: 'superlative', value: { claim: 'лучший', sourced: false } },
  { kind: 'phone', value: { digits: '78123102020' } },
  { kind: 'other', value: {} },
  { kind: 'price', value: null },
  { kind: 'payment', value: 'card' },
];

const isValidFact = (fact: object) => validateProfile({ format: 'sverka.profile/1', name: 'x', facts: [fact] });

describe('factFromPromise', () => {
  it.each(DRAFTS)('drafts a $kind fact from «$quote»', ({ kind, quote, about, value, fact }) => {
    const draft = factFromPromise({ kind, quote, value, ...(about ? { about } : {}) }, kind === 'price' && quote.startsWith('Room') ? 'en' : 'ru');
    expect(draft).toMatchObject({ id: kind, kind, label: quote, ...fact });
    expect(isValidFact(draft!)).toMatchObject({ ok: true });
  });

  it('drafts every kind a fact holds but the policy, whose fact is its breaking phrases', () => {
    const drafted = new Set(DRAFTS.map((row) => row.kind));
    expect(FACT_KINDS.filter((kind) => !drafted.has(kind))).toEqual(['policy']);
  });

  it('gives no topics when the quote does not say what the promise is about apart', () => {
    expect(factFromPromise({ kind: 'free', quote: 'Бесплатная консультация.', value: true }, 'ru')).toEqual({ id: 'free', kind: 'free', label: 'Бесплатная консультация', value: true });
  });

  it.each(NOT_DRAFTED)('drafts nothing from a $kind value $value', ({ kind, value }) => {
    expect(factFromPromise({ kind, quote: 'Цитата', value }, 'ru')).toBeNull();
  });
});
