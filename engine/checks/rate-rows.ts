import type { Material } from '../material/types';
import type { Language } from '../profile/types';
import { findMoney } from '../promises/common';
import { COUNTED_UNITS, RATE_COLUMN, TOTAL_COLUMN } from '../lexicon/form-variants';
import { wordNumber } from '../text/numbers';
import type { CheckContext, DraftFinding } from './types';

/** One row's total for its days and its one day's rate, with where the total stands. */
interface RatedRow {
  count: number;
  total: number;
  rate: number;
  /** The rate as written ("$85.00"). */
  rateQuote: string;
  block: number;
  start: number;
  end: number;
}

/** Rows that must multiply out before one that does not is held against them. */
const AGREEING_ROWS = 3;

/** The days or visits a row label counts ("Three Days:", «8 занятий»), or null. */
export function countOf(label: string, language: Language): number | null {
  const match = /(?<![\p{L}\d])(\d+|\p{L}+)\s+(\p{L}+)/u.exec(label);
  if (!match || !COUNTED_UNITS[language].some((unit) => match[2]!.toLowerCase().startsWith(unit))) return null;
  const word = match[1]!.toLowerCase();
  const spelled = wordNumber(word);
  return /^\d+$/.test(word) ? Number(word) : spelled && !spelled.ordinal ? spelled.value : null;
}

/** Where a header first names one of the cues: Infinity when it names none. */
const firstAt = (header: string, cues: string[]) => Math.min(...cues.map((cue) => header.toLowerCase().indexOf(cue)).filter((at) => at >= 0));

/**
 * The rows of a material's price tables that give a total and a rate for a counted number of days:
 * two cells under "Weekly" and "Daily", or one under "Weekly/ Daily" holding "$320 / $64".
 */
function ratedRows(material: Material): RatedRow[] {
  const language = material.language;
  const rows = new Map<string, { count: number; total?: { amount: number; block: number; start: number; end: number }; rate?: { amount: number; quote: string } }>();
  const found: RatedRow[] = [];
  for (const block of material.blocks) {
    const cell = block.cell;
    if (!cell?.rowLabel || !cell.columnHeader) continue;
    const count = countOf(cell.rowLabel, language);
    if (count === null) continue;
    const money = findMoney(block.text);
    const [totalAt, rateAt] = [firstAt(cell.columnHeader, TOTAL_COLUMN[language]), firstAt(cell.columnHeader, RATE_COLUMN[language])];
    if (Number.isFinite(totalAt) && Number.isFinite(rateAt) && money.length === 2) {
      const [total, rate] = totalAt < rateAt ? [money[0]!, money[1]!] : [money[1]!, money[0]!];
      found.push({ count, total: total.amount, rate: rate.amount, rateQuote: block.text.slice(rate.start, rate.end), block: block.index, start: total.start, end: total.end });
      continue;
    }
    if (money.length !== 1 || Number.isFinite(totalAt) === Number.isFinite(rateAt)) continue;
    const key = `${cell.headerRow ?? ''}|${cell.rowLabel}`;
    const row = rows.get(key) ?? { count };
    if (Number.isFinite(totalAt)) row.total = { amount: money[0]!.amount, block: block.index, start: money[0]!.start, end: money[0]!.end };
    else row.rate = { amount: money[0]!.amount, quote: block.text.slice(money[0]!.start, money[0]!.end) };
    rows.set(key, row);
    if (row.total && row.rate) {
      found.push({ count: row.count, total: row.total.amount, rate: row.rate.amount, rateQuote: row.rate.quote, block: row.total.block, start: row.total.start, end: row.total.end });
      rows.delete(key);
    }
  }
  return found;
}

const T = {
  ru: (quote: string, count: number, rate: string) => `«${quote}» больше, чем ${count} × ${rate} по дневной цене той же строки, хотя остальные строки страницы сходятся точно.`,
  en: (quote: string, count: number, rate: string) => `"${quote}" is more than ${count} × ${rate}, the same row's daily rate, while every other row on the page multiplies out exactly.`,
  suggestion: { ru: 'Проверьте цену: итог строки не сходится с ценой за день', en: "Check the price: the row's total does not match its daily rate" },
};

const multipliesOut = (row: RatedRow) => Math.abs(row.count * row.rate - row.total) < 0.005;

/**
 * A price table whose rows give a total and a daily rate ("Three Days: Weekly $258.00, Daily
 * $85.00"): where the page's other rows all multiply out, a total above its days at the daily rate
 * is a wrong figure (3 × 85 is 255). A total below is a discount for booking the week and is left alone.
 */
function oddTotals(material: Material, language: Language): DraftFinding[] {
  const rows = ratedRows(material);
  const odd = rows.filter((row) => !multipliesOut(row));
  if (odd.length !== 1 || rows.length - odd.length < AGREEING_ROWS || odd[0]!.total < odd[0]!.count * odd[0]!.rate) return [];
  const row = odd[0]!;
  const quote = material.blocks[row.block]!.text.slice(row.start, row.end);
  return [
    {
      check: 'consistency',
      severity: 'warning',
      quote,
      location: { block: row.block, start: row.start, end: row.end },
      message: T[language](quote, row.count, row.rateQuote),
      suggestion: T.suggestion[language],
      material,
    },
  ];
}

/** Each material's one price-table total that does not multiply out where all its others do. */
export function rateRowFindings(context: CheckContext): DraftFinding[] {
  return context.materials.flatMap(({ material }) => oddTotals(material, context.language));
}
