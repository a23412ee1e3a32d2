import { describe, expect, it } from 'vitest';
import { aheadOf, hoursAhead, statedWeek } from '../../../../engine/benchmark/ahead';
import type { Fact } from '../../../../engine/profile/types';
import type { HoursClaim } from '../../../../engine/promises/hours';
import type { ExtractedPromise } from '../../../../engine/promises/types';

/** A competitor's promise as the extractors give it, only its kind and value mattering here. */
const said = (kind: ExtractedPromise['kind'], value: unknown) => ({ kind, value, quote: '', span: { block: 0, start: 0, end: 0 }, sentence: { block: 0, start: 0, end: 0 }, topics: [] }) as unknown as ExtractedPromise;
const base = { id: 'f', label: 'f' };
const hours = (claim: Partial<HoursClaim>): HoursClaim => ({ days: null, from: null, to: null, allDay: false, ...claim });

describe('aheadOf: like with like', () => {
  const price: Fact = { ...base, kind: 'price', value: { amount: 1000, currency: 'RUB' } };

  it('lower price ahead; a surcharge, a deposit, a promotion or a negotiable price is no price of the service', () => {
    expect(aheadOf(price, said('price', { amount: 900, currency: 'RUB', from: false }))).toBe('theirs');
    expect(aheadOf(price, said('price', { amount: 1000, currency: 'RUB', from: true }))).toBe('tie');
    expect(aheadOf(price, said('price', { amount: 300, currency: 'RUB', from: false, surcharge: true }))).toBeNull();
    expect(aheadOf(price, said('price', { amount: 300, currency: 'RUB', from: false, deposit: true }))).toBeNull();
    expect(aheadOf(price, said('price', { amount: 300, currency: 'RUB', from: false, promotion: true }))).toBeNull();
    expect(aheadOf(price, said('price', { negotiable: true }))).toBeNull();
    expect(aheadOf(price, said('price', { amount: 10, currency: 'EUR', from: false }))).toBeNull();
    expect(aheadOf(price, said('price', { amount: 100, currency: 'RUB', from: false, per: 'km' }))).toBeNull();
  });

  it('free over paid: against our price, our free rule, a service we do not offer', () => {
    expect(aheadOf(price, said('free', true))).toBe('theirs');
    expect(aheadOf({ ...base, kind: 'free', value: true }, said('free', true))).toBe('tie');
    expect(aheadOf({ ...base, kind: 'free', value: true }, said('free', { minOrder: 1000, currency: 'RUB' }))).toBe('ours');
    expect(aheadOf({ ...base, kind: 'free', value: { minOrder: 2000, currency: 'RUB' } }, said('free', { minOrder: 1500, currency: 'RUB' }))).toBe('theirs');
    expect(aheadOf({ ...base, kind: 'free', value: false }, said('free', true))).toBe('theirs');
    expect(aheadOf({ ...base, kind: 'offered', value: false }, said('free', true))).toBe('theirs');
  });

  it('a shorter wait ahead, but a longer period the customer is allowed; a stated length is no wait', () => {
    const wait: Fact = { ...base, kind: 'duration', value: { max: 30, unit: 'minute' } };
    expect(aheadOf(wait, said('duration', { amount: 1, unit: 'hour', minutes: 60, upTo: false }))).toBe('ours');
    expect(aheadOf({ ...wait, allowance: true }, said('duration', { amount: 1, unit: 'hour', minutes: 60, upTo: true }))).toBe('theirs');
    expect(aheadOf(wait, said('duration', { amount: 10, unit: 'minute', minutes: 10, upTo: false, stated: true }))).toBeNull();
  });

  it('a bigger discount, fewer buys per free one, a longer guarantee (lifetime the longest), a service offered over none', () => {
    const discount: Fact = { ...base, kind: 'discount', value: { maxPercent: 10 } };
    expect(aheadOf(discount, said('discount', { percent: 5, upTo: false }))).toBe('ours');
    expect(aheadOf(discount, said('discount', { amount: 500, currency: 'RUB' }))).toBeNull();
    expect(aheadOf({ ...base, kind: 'loyalty', value: { buy: 9, free: 1 } }, said('loyalty', { buy: 10, free: 2 }))).toBe('theirs');
    const guarantee: Fact = { ...base, kind: 'guarantee', value: { amount: 1, unit: 'year' } };
    expect(aheadOf(guarantee, said('guarantee', { amount: 12, unit: 'month' }))).toBe('tie');
    expect(aheadOf(guarantee, said('guarantee', { amount: 6, unit: 'month' }))).toBe('ours');
    expect(aheadOf(guarantee, said('guarantee', { amount: 0, unit: 'year', lifetime: true }))).toBe('theirs');
    expect(aheadOf({ ...base, kind: 'offered', value: true }, said('offered', { service: 'x', factId: 'f', asserted: true }))).toBe('tie');
    expect(aheadOf({ ...base, kind: 'offered', value: true }, said('offered', { service: 'x', factId: 'f' }))).toBeNull();
  });
});

describe('hours: longer over the days the competitor states', () => {
  const ours: Fact = { ...base, kind: 'hours', value: { 'mon-fri': '09:00-18:00', sat: '10:00-16:00', sun: 'closed' } };

  it('adds up their rows; a break, a date or "by appointment" says nothing of opening', () => {
    const week = statedWeek([hours({ days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: 540, to: 1200 }), hours({ days: ['mon'], from: 780, to: 840, break: true }), hours({ days: ['sun'], byAppointment: true })]);
    expect(week).toEqual({ mon: 660, tue: 660, wed: 660, thu: 660, fri: 660 });
    expect(hoursAhead(ours, week)).toBe('theirs');
  });

  it('a day closed counts as none open; open round the clock as all of it; past midnight runs on', () => {
    expect(statedWeek([hours({ days: ['sun'], closed: true }), hours({ days: ['sat'], allDay: true })])).toEqual({ sun: 0, sat: 1440 });
    expect(statedWeek([hours({ from: 1200, to: 120 })]).mon).toBe(360);
    expect(hoursAhead(ours, statedWeek([hours({ days: ['sat'], from: 600, to: 960 })]))).toBe('tie');
    expect(hoursAhead(ours, statedWeek([hours({ days: ['mon'], from: 600, to: 1020 })]))).toBe('ours');
  });

  it('stays silent when they state no usual day', () => {
    expect(hoursAhead(ours, statedWeek([hours({ days: ['mon'], from: 780, to: 840, break: true })]))).toBeNull();
    expect(hoursAhead(ours, statedWeek([hours({ days: ['fri'], from: 600, dated: true, to: 900 })]))).toBeNull();
  });
});
