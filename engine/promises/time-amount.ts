import type { TimeUnit } from '../profile/types';
import { wordNumber } from '../text/numbers';

/** Unit words by stem, Russian in every case and English. */
const UNITS: [RegExp, TimeUnit, number][] = [
  [/^(секунд\p{L}*|сек\.?|seconds?|secs?)$/u, 'minute', 1 / 60],
  [/^(минут\p{L}*|мин\.?|minutes?|mins?)$/u, 'minute', 1],
  [/^(час(а|ов|ам|ами)?|ч\.?|hours?|hrs?)$/u, 'hour', 1],
  [/^(сут(ки|ок|кам)|дн(я|ей|ям|ями|\.)?|день|days?)$/u, 'day', 1],
  [/^(недел\p{L}*|weeks?)$/u, 'week', 1],
  [/^(месяц\p{L}*|мес\.?|months?)$/u, 'month', 1],
  [/^(год(а|у|ом)?|лет|years?|yrs?)$/u, 'year', 1],
];

export function unitOf(word: string): { unit: TimeUnit; factor: number } | null {
  const w = word.toLowerCase();
  for (const [pattern, unit, factor] of UNITS) if (pattern.test(w)) return { unit, factor };
  return null;
}

/** What joins the two ends of a range of figures: "10-15", "1 to 2", "2 или 3" ("с 2 до 3 часов" is a time of day). */
const RANGE_JOIN = /\s*[-–—]\s*|\s+(?:to|and|or|или)\s+/u;

/** "15 минут", "пять дней", "15 дн.", "2-year", "2½ hr", "10-15 минут", "2-х часов", "час", "полчаса", "полтора часа", "1 to 2 hours": an amount of time at `text`'s start. */
export const TIME_AMOUNT = new RegExp(
  String.raw`^(?:(\d+(?:[.,]\d+)?(?:(?:${RANGE_JOIN.source})\d+(?:[.,]\d+)?)?(?:-?х(?![\p{L}]))?½?|[\p{L}]+)\s*-?\s*)?(?:(?:working|business|calendar|banking|рабочих|рабочие|календарных|календарные|банковских)\s+)?(секунд\p{L}*|сек\.?|минут\p{L}*|мин\.?|час(?:а|ов|ам|ами)?|ч\.?|сут(?:ки|ок|кам)|дн(?:я|ей|ям|ями|\.)|день|недел\p{L}*|месяц\p{L}*|мес\.?|год(?:а|у|ом)?|лет|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?)(?![\p{L}])`,
  'iu',
);

/** What makes an amount of time a rate, not a length: "24 hours a day", "7 дней в неделю". */
const PER_PERIOD = /^\s*(?:a|an|per|each|every|в)\s+(?:day|week|month|year|сутки|день|неделю|месяц|год)(?!\p{L})/iu;

/** The length of the "a day" after a time amount that makes it a rate, else 0. */
export function perPeriodAfter(text: string): number {
  return PER_PERIOD.exec(text)?.[0].length ?? 0;
}

export interface TimeAmount {
  amount: number;
  unit: TimeUnit;
  length: number;
  /** The lower end of a range ("10-15 минут" → 10), in `unit`. */
  least?: number;
}

/**
 * "2½" is two and a half; "2-х" («двух») is two; "10-15" is up to fifteen, the longest the range
 * allows, which is what a promise of it must keep.
 */
function figureOf(written: string): number {
  return numberOf(endsOf(written).pop()!);
}

/** The figures of a range, or the one figure. */
const endsOf = (written: string) => written.replace(/-?х$/u, '').split(RANGE_JOIN);

const numberOf = (figure: string) => Number(figure.replace(',', '.').replace('½', '')) + (figure.endsWith('½') ? 0.5 : 0);

/** The lower end of a range of figures, if the figures are a range. */
function leastOf(written: string): number | undefined {
  const ends = endsOf(written);
  return ends.length > 1 ? numberOf(ends[0]!) : undefined;
}

/** Reads a time amount at the start of `text`; a unit alone ("за час", "within a day") is one. */
export function readTimeAmount(text: string): TimeAmount | null {
  // Half an hour is one word in Russian; read before "пол"/"полу" could pass for a number word.
  const half = /^(полчаса|получаса|half\s+an\s+hour)(?![\p{L}])/iu.exec(text);
  if (half) return { amount: 30, unit: 'minute', length: half[0].length };
  const halfYear = /^(полгода|полугода|half\s+a\s+year)(?![\p{L}])/iu.exec(text);
  if (halfYear) return { amount: 6, unit: 'month', length: halfYear[0].length };
  const oneAndHalf = /^(полтора|полторы|полутора|one\s+and\s+a\s+half)\s+/iu.exec(text);
  const ofUnit = oneAndHalf && TIME_AMOUNT.exec(text.slice(oneAndHalf[0].length));
  const halfUnit = ofUnit && ofUnit[1] === undefined ? unitOf(ofUnit[2]!) : null;
  if (halfUnit) return { amount: 1.5 * halfUnit.factor, unit: halfUnit.unit, length: oneAndHalf![0].length + ofUnit![0].length };
  const m = TIME_AMOUNT.exec(text);
  if (!m) return null;
  const unit = unitOf(m[2]!);
  if (!unit) return null;
  let amount = 1;
  const least = m[1] !== undefined && /\d/.test(m[1]) ? leastOf(m[1]) : undefined;
  if (m[1] !== undefined) {
    // "2½ hours": a figure and a half.
    const asNumber = /\d/.test(m[1]) ? figureOf(m[1]) : wordNumber(m[1], true)?.value;
    if (asNumber === undefined) {
      if (!/^(пару|пара|несколько|считанные|считанных|few|couple|a|an|the)$/i.test(m[1])) return null;
      amount = /^(пару|пара|couple)$/i.test(m[1]) ? 2 : /^(a|an|the)$/i.test(m[1]) ? 1 : 5;
    } else amount = asNumber;
  }
  const range = least === undefined ? {} : { least: least * unit.factor };
  return { amount: amount * unit.factor, unit: unit.unit, length: m[0].length, ...range };
}
