/** English words of time the clock-time and weekday readers use, as phrases for ../compile.ts. The same names in ../ru/times.ts. */
import type { WordList } from '../compile';

/** What after a number makes it a date or an amount, not a clock time ("from 5 to 10 km"): the beginnings of words. */
export const MONTHS_AND_UNITS: WordList = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
  'years',
  'hours',
  'minutes',
  'days',
  'weeks',
  'months',
  'km',
  'kg',
  'miles',
  'people',
  'times',
];

/** Open all day, in words: "round the clock". */
export const ALL_DAY: WordList = ['around~the~clock', 'round~the~clock'];

/** Open every day, in words: "seven days a week". */
export const NO_DAYS_OFF: WordList = ['seven days [a week]'];
