import type { Block, Material } from '../material/types';
import { WEEKDAYS, type Language, type Weekday } from '../profile/types';
import { MONTHS_AFTER_DAY, MONTHS_BEFORE_DAY } from '../text/dates';
import { dayOf } from '../text/weekdays';
import { checkRules, defineCheck, type CheckContext, type DraftFinding } from './types';

/**
 * Dates no calendar has («31 ноября», "April 31", «29 февраля 2027») and a weekday that is not the
 * day of the full date beside it («пятница, 5 декабря 2026», a Saturday). Only dates with the
 * month in words, or dotted with a four-digit year, are read: «31.11» may be a price or a time.
 * Without a year no weekday is judged.
 */
const RULES = checkRules('dates', {
  'impossible-date': { ru: 'Несуществующая дата', en: 'A date that does not exist' },
  'wrong-weekday': { ru: 'День недели не совпадает с датой', en: 'A weekday that is not the date’s' },
});

const RU_MONTHS = MONTHS_AFTER_DAY.ru;
const EN_MONTHS = MONTHS_BEFORE_DAY.join('|');
const RU_WEEKDAY = String.raw`понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье|пн|вт|ср|чт|пт|сб|вс`;
const EN_WEEKDAY = String.raw`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun`;
/** A weekday just before the date: «в субботу, 5 декабря», "Saturday, December 5". */
const WEEKDAY_BEFORE = String.raw`(?:(?<preposition>(?:во?|on)\s+))?(?<weekday>${RU_WEEKDAY}|${EN_WEEKDAY})\.?,?\s+`;
/** A year, unless the figure is a price or a count ("до 5 декабря 2000 ₽"). */
const YEAR = String.raw`(?<year>(?:19|20)\d\d)(?!\d|[.,]\d|\s*(?:₽|руб|р\.|rub|\$|€|£|%|шт|pcs))(?:\s*(?:г\.|года?|г)(?!\p{L}))?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;

const DATE_FORMS = [
  // «5 декабря 2026 года», «31 ноября»
  String.raw`(?<day>\d{1,2})\s+(?<month>${RU_MONTHS.join('|')})(?:\s+${YEAR})?`,
  // "5 December 2026", "31st of June"
  String.raw`(?<day>\d{1,2})${ORDINAL}\s+(?:of\s+)?(?<month>${EN_MONTHS})(?:\.?,?\s+${YEAR})?`,
  // "December 5, 2026", "April 31st"
  String.raw`(?<month>${EN_MONTHS})\.?\s+(?<day>\d{1,2})${ORDINAL}(?:,?\s+${YEAR})?`,
  // «05.12.2026»: dotted with the year in full, read day first as Russian writes it
  String.raw`(?<day>\d{1,2})\.(?<monthNumber>\d{1,2})\.${YEAR}`,
].map((form) => new RegExp(String.raw`(?<![\p{L}\d.,:/])(?:${WEEKDAY_BEFORE})?${form}(?![\p{L}\d]|[.:/]\d)`, 'dgiu'));

interface CalendarDate {
  start: number;
  end: number;
  /** Where the date itself starts, after the weekday before it. */
  dateStart: number;
  day: number;
  month: number;
  year?: number;
  weekday?: { word: string; preposition?: string };
}

function monthOf(word: string): number {
  const folded = word.toLowerCase();
  const russian = RU_MONTHS.indexOf(folded);
  return russian >= 0 ? russian + 1 : MONTHS_AFTER_DAY.en.findIndex((month) => month.startsWith(folded.slice(0, 3))) + 1;
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** English month names are capitalised: "may 31" is a verb and a figure. */
const isWrittenAsMonth = (word: string) => /\p{Script=Cyrillic}/u.test(word) || /^\p{Lu}/u.test(word);

function calendarDates(text: string): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (const form of DATE_FORMS) {
    for (const m of text.matchAll(form)) {
      const { day, month, monthNumber, year, weekday, preposition } = m.groups!;
      if (month !== undefined && !isWrittenAsMonth(month)) continue;
      const start = m.index;
      if (dates.some((date) => date.start < start + m[0].length && start < date.end)) continue;
      const places = m.indices!.groups!;
      dates.push({
        start,
        end: start + m[0].length,
        dateStart: Math.min(...[places.day, places.month, places.monthNumber].flatMap((place) => (place ? [place[0]] : []))),
        day: Number(day),
        month: month !== undefined ? monthOf(month) : Number(monthNumber),
        ...(year ? { year: Number(year) } : {}),
        ...(weekday ? { weekday: { word: weekday, ...(preposition ? { preposition } : {}) } } : {}),
      });
    }
  }
  return dates;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
/** Days in a month; February has 29 when the year is not given, as it may be a leap one. */
const daysIn = (month: number, year: number | undefined) => (month === 2 ? (year === undefined || isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

const weekdayOf = (date: CalendarDate): Weekday => WEEKDAYS[(new Date(Date.UTC(date.year!, date.month - 1, date.day)).getUTCDay() + 6) % 7]!;

/** Weekday names as a date's weekday is written: «пятница», «в пятницу», «пт», "Friday", "Fri". */
const WEEKDAY_NAMES: Record<'nominative' | 'accusative' | 'short', Record<Weekday, string>> & { en: Record<Weekday, string> } = {
  nominative: { mon: 'понедельник', tue: 'вторник', wed: 'среда', thu: 'четверг', fri: 'пятница', sat: 'суббота', sun: 'воскресенье' },
  accusative: { mon: 'понедельник', tue: 'вторник', wed: 'среду', thu: 'четверг', fri: 'пятницу', sat: 'субботу', sun: 'воскресенье' },
  short: { mon: 'пн', tue: 'вт', wed: 'ср', thu: 'чт', fri: 'пт', sat: 'сб', sun: 'вс' },
  en: { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' },
};

/** The true weekday written the way the wrong one was: its case, its length, its capital. */
function rewritten(weekday: { word: string; preposition?: string }, day: Weekday): string {
  const { word, preposition } = weekday;
  const russian = /\p{Script=Cyrillic}/u.test(word);
  let name = !russian ? WEEKDAY_NAMES.en[day] : word.length <= 2 ? WEEKDAY_NAMES.short[day] : preposition ? WEEKDAY_NAMES.accusative[day] : WEEKDAY_NAMES.nominative[day];
  if (!russian && word.length <= 4) name = name.slice(0, 3);
  if (/^\p{Lu}/u.test(word)) name = capitalised(name);
  // «в среду» but «во вторник»
  const before = preposition && russian ? `${day === 'tue' ? 'во' : 'в'}${preposition.slice(preposition.trimEnd().length)}` : (preposition ?? '');
  return `${before}${name}`;
}

const IN_MONTH = ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'];

const T = {
  ru: {
    impossible: (quote: string, month: number, year: number | undefined) =>
      month === 2 && year !== undefined && !isLeap(year)
        ? `«${quote}» — такой даты нет: ${year} год не високосный, в феврале 28 дней.`
        : `«${quote}» — такой даты нет: в ${IN_MONTH[month - 1]!} ${daysIn(month, year)} дней.`,
    weekday: (quote: string, truth: Weekday) => `«${quote}»: по календарю это ${WEEKDAY_NAMES.nominative[truth]}.`,
  },
  en: {
    impossible: (quote: string, month: number, year: number | undefined) =>
      month === 2 && year !== undefined && !isLeap(year)
        ? `"${quote}" does not exist: ${year} is not a leap year, February has 28 days.`
        : `"${quote}" does not exist: ${capitalised(MONTHS_AFTER_DAY.en[month - 1]!)} has ${daysIn(month, year)} days.`,
    weekday: (quote: string, truth: Weekday) => `"${quote}": by the calendar that day is a ${WEEKDAY_NAMES.en[truth]}.`,
  },
};

function blockFindings(block: Block, material: Material, language: Language): DraftFinding[] {
  return calendarDates(block.text).flatMap((date): DraftFinding[] => {
    if (date.month < 1 || date.month > 12 || date.day < 1) return [];
    const where = { material, location: { block: block.index, start: date.start, end: date.end } };
    if (date.day > daysIn(date.month, date.year)) {
      const quote = block.text.slice(date.dateStart, date.end);
      return [
        { check: 'dates', rule: RULES['impossible-date'].id, severity: 'error', quote, ...where, location: { ...where.location, start: date.dateStart }, message: T[language].impossible(quote, date.month, date.year) },
      ];
    }
    if (!date.weekday || date.year === undefined) return [];
    const truth = weekdayOf(date);
    if (dayOf(date.weekday.word) === truth) return [];
    const quote = block.text.slice(date.start, date.end);
    const weekdayEnd = date.start + (date.weekday.preposition?.length ?? 0) + date.weekday.word.length;
    const suggestion = `${rewritten(date.weekday, truth)}${block.text.slice(weekdayEnd, date.end)}`;
    // Either side may be the slip: a warning, and the fix the calendar gives.
    return [{ check: 'dates', rule: RULES['wrong-weekday'].id, severity: 'warning', quote, ...where, message: T[language].weekday(quote, truth), suggestion }];
  });
}

function run(context: CheckContext): { findings: DraftFinding[] } {
  return { findings: context.materials.flatMap(({ material }) => material.blocks.flatMap((block) => blockFindings(block, material, context.language))) };
}

export const datesCheck = defineCheck({ id: 'dates', label: { ru: 'Даты', en: 'Dates' }, rules: Object.values(RULES), saidOncePerMaterial: true, inPreview: true, run });
