import { describe, expect, it } from 'vitest';
import { describeDuration, describeHours, durationMinutes, formatAmount, formatMoney, money, weekHours } from '../../../../engine/profile/normalise';

describe('profile normalisers', () => {
  it('turns written hours into minute ranges per weekday, overnight spilling past midnight', () => {
    const week = weekHours({ 'mon-fri': '08:00-21:00', sat: '22:00-06:00', sun: 'closed' });
    expect(week.wed).toEqual([[480, 1260]]);
    expect(week.sat).toEqual([[1320, 1800]]);
    expect(week.sun).toEqual([]);
    expect(weekHours({ 'mon-sun': '24h' }).thu).toEqual([[0, 1440]]);
    expect(weekHours({ mon: '10:00-12:00' }).tue).toEqual([]);
  });

  it('gives durations in minutes and money in minor units', () => {
    expect(durationMinutes({ min: 1, max: 3, unit: 'day' })).toEqual({ min: 1440, max: 4320 });
    expect(durationMinutes({ max: 90, unit: 'minute' })).toEqual({ min: null, max: 90 });
    expect(money(24900, 'RUB')).toEqual({ minor: 2490000, currency: 'RUB' });
    expect(money(2.8, 'GBP')).toEqual({ minor: 280, currency: 'GBP' });
  });

  it('describes values for messages in Russian and English', () => {
    expect(describeHours(weekHours({ 'mon-fri': '08:00-21:00', sat: '09:00-18:00', sun: 'closed' }), 'ru')).toBe('пн–пт 08:00–21:00, сб 09:00–18:00, вс — выходной');
    expect(describeHours(weekHours({ 'mon-sun': '07:00-23:00' }), 'en')).toBe('every day 07:00–23:00');
    expect(describeHours(weekHours({ 'mon-sun': '24h' }), 'ru')).toBe('ежедневно круглосуточно');
    expect([1, 2, 5, 11, 21, 22].map((n) => formatAmount(n, 'year', 'ru'))).toEqual(['1 год', '2 года', '5 лет', '11 лет', '21 год', '22 года']);
    expect(formatAmount(1, 'day', 'en')).toBe('1 day');
    expect(describeDuration({ min: 60, max: 90, unit: 'minute' }, 'ru')).toBe('60–90 минут');
    expect(describeDuration({ min: 0, max: 30, unit: 'day' }, 'ru')).toBe('до 30 дней');
    expect(formatMoney(4500, 'RUB', 'ru')).toBe('4\u00a0500 ₽');
    expect(formatMoney(20, 'GBP', 'en')).toBe('£20');
  });
});
