import type { DurationValue, HoursValue, Language, TimeUnit, Weekday } from './types';
import { WEEKDAYS } from './types';
import { dayRange } from '../text/weekdays';
import { parseClock } from './clock';

/** Minutes since midnight, [open, close); a range past midnight ends on the next day. */
export type MinuteRange = [number, number];
export type WeekHours = Record<Weekday, MinuteRange[]>;

/** The days a key names: "mon", or a range "mon-fri" (wrapping over the week end). */
export function daysOfKey(key: string): Weekday[] {
  const [from, to] = key.split('-') as [Weekday, Weekday | undefined];
  return to ? dayRange(from, to) : [from];
}

/** The written hours as minute ranges per weekday; a day the profile does not name is closed. */
export function weekHours(value: HoursValue): WeekHours {
  const week = Object.fromEntries(WEEKDAYS.map((day) => [day, [] as MinuteRange[]])) as WeekHours;
  for (const [key, text] of Object.entries(value)) {
    for (const day of daysOfKey(key)) {
      if (text === 'closed') week[day] = [];
      else if (text === '24h') week[day] = [[0, 1440]];
      else {
        const [open, close] = text.split('-').map((part) => parseClock(part)!);
        week[day] = [[open!, close! <= open! ? close! + 1440 : close!]];
      }
    }
  }
  return week;
}

const MINUTES: Record<TimeUnit, number> = { minute: 1, hour: 60, day: 1440, week: 10080, month: 43200, year: 525600 };

export function toMinutes(amount: number, unit: TimeUnit): number {
  return amount * MINUTES[unit];
}

export function durationMinutes(value: DurationValue): { min: number | null; max: number } {
  return { min: value.min === undefined ? null : toMinutes(value.min, value.unit), max: toMinutes(value.max, value.unit) };
}

/** Currencies whose minor unit is not a hundredth (none among the ones Sverka reads, so far JPY). */
const MINOR_DIGITS: Record<string, number> = { JPY: 0 };

export interface Money {
  minor: number;
  currency: string;
}

export function money(amount: number, currency: string): Money {
  const digits = MINOR_DIGITS[currency] ?? 2;
  return { minor: Math.round(amount * 10 ** digits), currency };
}

const SYMBOLS: Record<string, string> = { RUB: '₽', USD: '$', EUR: '€', GBP: '£' };

/** Built once per language: an Intl.NumberFormat costs far more to make than to use. */
const NUMBER_FORMATS: Record<Language, Intl.NumberFormat> = {
  ru: new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** A number as the language writes it: "1 900,5", "1,900.5". */
export const formatNumber = (value: number, language: Language): string => NUMBER_FORMATS[language].format(value);

export function formatMoney(amount: number, currency: string, language: Language): string {
  const number = formatNumber(amount, language);
  // A price table that names no currency gives a bare number.
  if (currency === '') return number;
  const symbol = SYMBOLS[currency] ?? currency;
  return currency === 'RUB' || !SYMBOLS[currency] ? `${number} ${symbol}` : `${symbol}${number}`;
}

export const DAY_NAMES: Record<Language, Record<Weekday, string>> = {
  ru: { mon: 'пн', tue: 'вт', wed: 'ср', thu: 'чт', fri: 'пт', sat: 'сб', sun: 'вс' },
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
};

export function formatClock(minutes: number): string {
  const m = minutes % 1440 === 0 && minutes > 0 ? 1440 : minutes % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function describeDay(ranges: MinuteRange[], language: Language): string {
  if (ranges.length === 0) return language === 'ru' ? 'выходной' : 'closed';
  if (ranges.some(([open, close]) => open === 0 && close >= 1440)) return language === 'ru' ? 'круглосуточно' : '24 hours';
  return ranges.map(([open, close]) => `${formatClock(open)}–${formatClock(close)}`).join(', ');
}

/** "пн–пт 08:00–21:00, сб 09:00–18:00, вс — выходной": days with the same hours grouped. */
export function describeHours(week: WeekHours, language: Language): string {
  const parts: string[] = [];
  let i = 0;
  while (i < 7) {
    const text = describeDay(week[WEEKDAYS[i]!], language);
    let j = i;
    while (j + 1 < 7 && describeDay(week[WEEKDAYS[j + 1]!], language) === text) j++;
    const names = DAY_NAMES[language];
    const days = i === j ? names[WEEKDAYS[i]!] : `${names[WEEKDAYS[i]!]}–${names[WEEKDAYS[j]!]}`;
    parts.push(week[WEEKDAYS[i]!].length === 0 ? `${days} — ${text}` : `${days} ${text}`);
    i = j + 1;
  }
  if (parts.length === 1 && WEEKDAYS.every((d) => describeDay(week[d], language) === describeDay(week.mon, language))) {
    return `${language === 'ru' ? 'ежедневно' : 'every day'} ${describeDay(week.mon, language)}`;
  }
  return parts.join(', ');
}

const UNIT_WORDS: Record<Language, Record<TimeUnit, [string, string, string]>> = {
  ru: {
    minute: ['минута', 'минуты', 'минут'],
    hour: ['час', 'часа', 'часов'],
    day: ['день', 'дня', 'дней'],
    week: ['неделя', 'недели', 'недель'],
    month: ['месяц', 'месяца', 'месяцев'],
    year: ['год', 'года', 'лет'],
  },
  en: {
    minute: ['minute', 'minutes', 'minutes'],
    hour: ['hour', 'hours', 'hours'],
    day: ['day', 'days', 'days'],
    week: ['week', 'weeks', 'weeks'],
    month: ['month', 'months', 'months'],
    year: ['year', 'years', 'years'],
  },
};

/** "5 лет", "2 года", "21 день", "3 weeks". */
export function formatAmount(amount: number, unit: TimeUnit, language: Language): string {
  const [one, few, many] = UNIT_WORDS[language][unit];
  if (language === 'en') return `${amount} ${amount === 1 ? one : many}`;
  const n = Math.abs(amount) % 100;
  const form = !Number.isInteger(amount) ? few : n % 10 === 1 && n !== 11 ? one : n % 10 >= 2 && n % 10 <= 4 && (n < 12 || n > 14) ? few : many;
  return `${amount} ${form}`;
}

export function describeDuration(value: DurationValue, language: Language): string {
  const to = language === 'ru' ? 'до' : 'up to';
  if (!value.min || value.min === value.max) return `${to} ${formatAmount(value.max, value.unit, language)}`;
  return `${value.min}–${formatAmount(value.max, value.unit, language)}`;
}
