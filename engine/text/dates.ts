import type { Language } from '../profile/types';

/** Calendar dates in a text: "3.01.18", "05.01.2024", "31 декабря", "Dec 24th", "24 December". */

/** Month names as they follow a day number, per language (Russian in the genitive, English any case). */
export const MONTHS_AFTER_DAY: Record<Language, readonly string[]> = {
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
};
/** English months also come before the day, in full or cut ("Dec 24", "Jan. 2nd"). */
export const MONTHS_BEFORE_DAY = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', ...MONTHS_AFTER_DAY.en];

const NUMERIC_DATE = String.raw`\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?:\s*г(?:ода?)?\.?)?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const DAY_THEN_MONTH = String.raw`\d{1,2}${ORDINAL}\s+(?:of\s+)?(?:${Object.values(MONTHS_AFTER_DAY).flat().join('|')})`;
const MONTH_THEN_DAY = String.raw`(?:${MONTHS_BEFORE_DAY.join('|')})\.?\s+\d{1,2}${ORDINAL}`;
const CALENDAR_DATE = new RegExp(String.raw`(?<![\d\p{L}])(?:${NUMERIC_DATE}|${DAY_THEN_MONTH}|${MONTH_THEN_DAY})(?![\d\p{L}])`, 'iu');

/** Whether the text names a day of the calendar (not of the week). */
export function namesCalendarDate(text: string): boolean {
  return CALENDAR_DATE.test(text);
}
