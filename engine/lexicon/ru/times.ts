/**
 * Russian words of time the clock-time and weekday readers use, as phrases for ../compile.ts
 * (`*` any ending, `[word]` optional). The same names in ../en/times.ts.
 */
import type { WordList } from '../compile';

/**
 * What after a number makes it a date or an amount, not a clock time («с 9 до 21 ноября», «до 10
 * лет»): the beginnings of words, read with nothing required after them.
 */
export const MONTHS_AND_UNITS: WordList = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'мая',
  'май',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
  'числа',
  'лет',
  'год',
  'мин',
  'час',
  'сек',
  'дн',
  'недел',
  'месяц',
  'руб',
  'р.',
  'кг',
  'км',
  'чел',
  'шт',
  'раз',
];

/** Open all day, in words: «круглосуточно», «в любое время суток». */
export const ALL_DAY: WordList = ['круглосуточн*', 'круглые сутки', 'в любое время суток'];

/** Open every day, in words: «без выходных», «без перерыва и выходных», «семь дней в неделю». */
export const NO_DAYS_OFF: WordList = ['без [перерыв* на обед и|перерыв* и|обед* и] выходных [и праздник*]', 'семь дней в неделю'];
