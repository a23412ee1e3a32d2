import { matcherFor } from './regex-gate';
import { wordNumber } from './numbers';
import { wordsSource } from '../lexicon/compile';
import * as RU from '../lexicon/ru/times';
import * as EN from '../lexicon/en/times';
import type { TextRange } from './segment';

/** Clock times and ranges: "9:00", "9.00", "9-00", "9 утра", "7am", "с 9 до 21", "7am–7pm", "до 22:00". */

export interface TimeRange {
  /** Minutes since midnight; null when only one end is stated ("до 22:00", "from 7am"). */
  from: number | null;
  to: number | null;
  start: number;
  end: number;
}

/**
 * An hour, its minutes and a part of the day. "9-00", "21-30" write the minutes after a hyphen
 * when they cannot be an hour ("00", "25"–"59"); "9-18" stays a range of hours. Digits dotted on
 * into a date ("3.01.18", "05.01.2024") are no time.
 */
const CLOCK = String.raw`(?<!\d\.)(\d{1,2})(?:(?:[:.]|-(?=(?:00|2[5-9]|[3-5]\d)(?!\d)))(\d{2}))?(?![.,]\d)\s*(утра|дня|вечера|ночи|a\.?m\.?|p\.?m\.?)?`;
/** A month or a unit after a number: the beginning of a word of the lexicon, or a sign of a sum or a share. */
const MONTHS = new RegExp(String.raw`^\s*(?:${wordsSource(RU.MONTHS_AND_UNITS, EN.MONTHS_AND_UNITS)}|%|₽|\$|€|£|м\b)`, 'iu');

/** "с 9 до 21 ноября", "до 10 лет", "from 5 to 10 km" are dates and amounts, not clock times. */
function followedByMonthOrUnit(text: string, end: number): boolean {
  const rest = text.slice(end).replace(/^\s*(?:[-–—]|до|to|по)\s*\d{1,2}/iu, '');
  return MONTHS.test(rest);
}

function toMinutes(hours: string, minutes: string | undefined, meridiem: string | undefined): number | null {
  let h = Number(hours);
  const m = minutes ? Number(minutes) : 0;
  const mark = meridiem?.toLowerCase().replace(/\./g, '');
  if (mark === 'pm' || mark === 'вечера' || (mark === 'дня' && h < 12)) h = h < 12 ? h + 12 : h;
  if ((mark === 'am' || mark === 'ночи') && h === 12) h = 0;
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return null;
  return h * 60 + m;
}

const CLOCK_ALONE = new RegExp(String.raw`^\s*${CLOCK}\s*$`, 'iu');

/** A clock time standing alone, as a cell of an hours table holds it ("8:30", "18.00", "5pm"); null otherwise. */
export function clockTime(text: string): number | null {
  const m = CLOCK_ALONE.exec(text);
  return m && isClock(m[2], m[3]) ? toMinutes(m[1]!, m[2], m[3]) : null;
}

/** A bare number is a time only with minutes, an am/pm or утра/вечера mark, or a range word around it. */
function isClock(minutes: string | undefined, meridiem: string | undefined): boolean {
  return minutes !== undefined || meridiem !== undefined;
}

const BOTH_ENDS = new RegExp(String.raw`(?<![\d\p{L}])(?:(?:с|from|open(?:s)?\s+from)\s+)?${CLOCK}\s*(?:[-–—‐−]|до|to|till|until)\s*${CLOCK}(?![\d\p{L}])`, 'giu');
const ONE_END = new RegExp(String.raw`(?<![\d\p{L}])(с|from|opens?\s+at|до|till|until|to|closes?\s+at)\s+${CLOCK}(?![\d\p{L}])`, 'giu');
/** "between 11am and 4pm": a range told with "and", its ends clock times. */
const BETWEEN = new RegExp(String.raw`(?<!\p{L})(between)\s+${CLOCK}\s+(and)\s+${CLOCK}(?![\d\p{L}])`, 'giud');

/** An hour of the clock written in words ("девяти", "nine"), or null. */
function hourWord(word: string): number | null {
  const number = wordNumber(word);
  return number && !number.ordinal && number.value >= 1 && number.value <= 24 ? number.value : null;
}

const isHour = (token: string) => /^\d/.test(token) || hourWord(token) !== null;

const HOUR_TOKEN = String.raw`(\p{L}+|\d{1,2}(?:[:.]\d{2})?)`;
const HOUR_PAIR = new RegExp(String.raw`(?<!\p{L})(?:с|from)\s+${HOUR_TOKEN}(?:\s+(?:утра|дня|вечера|ночи))?\s+(?:до|to|till|until)\s+${HOUR_TOKEN}(?!\p{L})`, 'giud');
const HOUR_BEFORE_PART_OF_DAY = /(?<!\p{L})(?:с|до|в|from|till|until|at)\s+(\p{L}+)(?=\s+(?:утра|дня|вечера|ночи)(?!\p{L}))/dgiu;
const MIDNIGHT = /(?<!\p{L})(midnight|полуночи|полночь|полночи)(?!\p{L})/giu;
const NOON = /(?<!\p{L})(noon|midday|полудня|полдень)(?!\p{L})/giu;
const CLOCK_WORD_PATTERNS = [MIDNIGHT, NOON, HOUR_PAIR, HOUR_BEFORE_PART_OF_DAY, BETWEEN];

/**
 * Clock words rewritten as same-length clock times so offsets stay put: "до полуночи" reads as
 * "до 12am", "till noon" as "till 12pm", "с девяти до девяти" as "с 9      до 9     ". Other
 * number words are hours only in a "from … to …" pair or before "утра", "вечера".
 */
function spellClockWords(original: string): { text: string; words: TextRange[] } {
  const words: TextRange[] = [];
  let text = original;
  const rewrite = (start: number, end: number, clock: string) => {
    words.push({ start, end });
    text = text.slice(0, start) + clock.padEnd(end - start) + text.slice(end);
  };
  const matches = matcherFor(CLOCK_WORD_PATTERNS, original);
  for (const m of matches(MIDNIGHT)) rewrite(m.index, m.index + m[0].length, '12am');
  for (const m of matches(NOON)) rewrite(m.index, m.index + m[0].length, '12pm');
  const spellHours = (m: RegExpExecArray | RegExpMatchArray, groups: number[]) => {
    for (const group of groups) {
      const [start, end] = m.indices![group]!;
      const hour = hourWord(m[group]!);
      if (hour !== null && !words.some((w) => w.start === start)) rewrite(start, end, String(hour));
    }
  };
  for (const m of matches(HOUR_PAIR)) if (isHour(m[1]!) && isHour(m[2]!)) spellHours(m, [1, 2]);
  for (const m of matches(HOUR_BEFORE_PART_OF_DAY)) spellHours(m, [1]);
  for (const m of matches(BETWEEN)) {
    if (!isClock(m[3], m[4]) && !isClock(m[7], m[8])) continue;
    rewrite(m.indices![1]![0], m.indices![1]![1], 'from');
    rewrite(m.indices![5]![0], m.indices![5]![1], 'to');
  }
  return { text, words };
}

/** A range that ends inside a spelled-out word ends with the word. */
function toWordEnd(range: TimeRange, words: TextRange[]): TimeRange {
  const word = words.find((w) => w.start < range.end && range.end < w.end);
  return word ? { ...range, end: word.end } : range;
}

/**
 * Clock ranges and single ends in a text. `bareRanges`: the text is about opening hours, so a
 * range of bare hours counts too ("Open Sundays 9–4"), a smaller second hour read as afternoon.
 */
export function findTimeRanges(original: string, options: { bareRanges?: boolean } = {}): TimeRange[] {
  const { text, words } = spellClockWords(original);
  // Every clock time has a figure, once the clock words are spelled as figures.
  if (!/\d/.test(text)) return [];
  const found: TimeRange[] = [];
  const taken = (start: number) => found.some((r) => r.start <= start && start < r.end);
  for (const m of text.matchAll(BOTH_ENDS)) {
    const opensWithRangeWord = /^(с|from|open)/i.test(m[0]);
    // "за 1–3 дня" is days; "дня" marks the afternoon only in a range opened by "с" ("с 2 до 5 дня").
    if (!opensWithRangeWord && /^дня$/i.test(m[6] ?? m[3] ?? '')) continue;
    // "16-00" is four o'clock written with a hyphen, not a range from 16 to midnight.
    if (m[4] === '00' && !m[5] && /\d-00$/.test(m[0])) continue;
    const bare = !opensWithRangeWord && !isClock(m[2], m[3]) && !isClock(m[5], m[6]);
    if (bare && !options.bareRanges) continue;
    if (followedByMonthOrUnit(text, m.index + m[0].length)) continue;
    let from = toMinutes(m[1]!, m[2], m[3]);
    let to = toMinutes(m[4]!, m[5], m[6] ?? (m[3] && /p/i.test(m[3]) ? m[3] : undefined));
    if (from === null || to === null) continue;
    // "1–2 p.m.", "3–5pm": the afternoon mark of the end holds for a bare start of 1 to 5 it still
    // comes before; nothing opens at 1–5 a.m., but "8–9pm" is a day from eight in the morning.
    if (!m[3] && m[6] && /p/i.test(m[6]) && from >= 60 && from < 6 * 60 && from + 12 * 60 < to) from += 12 * 60;
    // "с 9 до 9", "9–4": a daytime range whose bare end is not after its start ends in the afternoon
    // ("с 8:00 до 0:00" ends at midnight).
    if (!m[5] && !m[6] && to > 0 && to <= from && from < 12 * 60 && to <= 12 * 60) to += 12 * 60;
    found.push({ from, to: to === 0 ? 1440 : to, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(ONE_END)) {
    if (taken(m.index) || (!isClock(m[3], m[4]) && !/^(с|from|до|until|till)$/i.test(m[1]!))) continue;
    if (followedByMonthOrUnit(text, m.index + m[0].length)) continue;
    const minutes = toMinutes(m[2]!, m[3], m[4]);
    if (minutes === null || (!isClock(m[3], m[4]) && Number(m[2]) > 24)) continue;
    const opening = /^(с|from|opens?)/i.test(m[1]!);
    found.push({ from: opening ? minutes : null, to: opening ? null : minutes === 0 ? 1440 : minutes, start: m.index, end: m.index + m[0].length });
  }
  return found.map((range) => toWordEnd(range, words)).sort((a, b) => a.start - b.start);
}

const ALL_DAY_IN_FIGURES = String.raw`24\s*\/\s*7|24\s*[x×х]\s*7|24\s+часа(?:\s+в\s+сутки)?|24\s+hours(?:\s+a\s+day)?|open\s+24h|24h`;
/** "24/7", "круглосуточно", "around the clock", "24 часа": open all day. */
export const ALL_DAY = new RegExp(String.raw`(?<![\p{L}\d])(${ALL_DAY_IN_FIGURES}|${wordsSource(RU.ALL_DAY, EN.ALL_DAY)})(?![\p{L}\d])`, 'giu');
