import type { Material } from '../material/types';
import type { Language } from '../profile/types';
import { NOT_A_BAND_UNIT, OPEN_BAND_TAILS } from '../lexicon/form-variants';
import type { CheckContext, DraftFinding } from './types';

/**
 * One band of a list of bands ("1 - 15 lbs", "16 - 30 lbs", …, "86 lbs & up"): its figures, its
 * unit and where it stands. An open top band has no upper figure.
 */
interface Band {
  block: number;
  start: number;
  end: number;
  low: number;
  high: number | null;
  unit: string;
}

/** How far apart two bands of one list may stand: a price cell or a caption between them. */
const BLOCKS_BETWEEN = 3;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a band may begin: a block's start after a bullet or bracket, or after a list's separator. */
const LEAD = String.raw`(?:^|[,;|:])[\s•·▪◦●‣✓✔*(]*`;
const CLOSED = String.raw`(\d+)\s*[-–—]\s*(\d+)(?![\d:.,]\d|\s*[-–—]\s*\d)(?:\s*(\p{L}+))?`;

const BAND: Record<Language, RegExp> = {
  en: bandPattern('en'),
  ru: bandPattern('ru'),
};

function bandPattern(language: Language): RegExp {
  const tails = OPEN_BAND_TAILS[language].map(escape).join('|');
  const open = String.raw`(\d+)(?![\d:.,]\d)(?:\s*(\p{L}+)\.?)?\s*(?:${tails})(?![\p{L}\d])`;
  return new RegExp(`${LEAD}(?<band>${CLOSED}|${open})`, 'giu');
}

const isYear = (value: number) => value >= 1900 && value <= 2100;

/** The bands a block opens with or lists ("Вес: 1-5 кг, 6-10 кг"); times, dates, ages and years are no bands. */
function bandsOf(text: string, block: number, language: Language): Band[] {
  const found: Band[] = [];
  for (const match of text.matchAll(BAND[language])) {
    // Group 1 is the band; 2–4 the closed one's figures and unit, 5–6 the open one's.
    const [low, high, unit] = match[2] !== undefined ? [Number(match[2]), Number(match[3]), match[4]] : [Number(match[5]), null, match[6]];
    const unitName = (unit ?? '').toLowerCase();
    if (NOT_A_BAND_UNIT[language].includes(unitName) || (high !== null && (high <= low || (isYear(low) && isYear(high))))) continue;
    const start = match.index + match[0].length - match.groups!.band!.length;
    found.push({ block, start, end: match.index + match[0].length, low, high, unit: unitName });
  }
  return found;
}

/** Consecutive bands of one unit, each starting above the last, close together: one list. */
function seriesOf(material: Material, language: Language): Band[][] {
  const series: Band[][] = [];
  let current: Band[] = [];
  for (const block of material.blocks) {
    for (const band of bandsOf(block.text, block.index, language)) {
      const last = current[current.length - 1];
      const continues = last && last.high !== null && band.unit === last.unit && band.block - last.block <= BLOCKS_BETWEEN && band.low > last.low;
      if (!continues) series.push((current = []));
      current.push(band);
    }
  }
  return series.filter((list) => list.length >= 3);
}

const T = {
  ru: {
    overlap: (quote: string, shared: number[], apart: string) =>
      `«${quote}»: ${shared.length > 1 ? `значения ${shared.join(', ')} попадают` : `значение ${shared[0]} попадает`} в два соседних диапазона, а остальные границы того же списка не пересекаются (${apart}).`,
    overlapSuggestion: 'Сдвиньте границу, чтобы каждое значение попадало в один диапазон',
    gap: (quote: string, previous: string, from: number, to: number) => `«${quote}»: между «${previous}» и «${quote}» ни в один диапазон не попадает ${from}–${to}.`,
    gapSuggestion: 'Проверьте границы диапазонов: значения между ними не входят ни в один',
    quoted: (text: string) => `«${text}»`,
  },
  en: {
    overlap: (quote: string, shared: number[], apart: string) =>
      `"${quote}": ${shared.join(' and ')} ${shared.length > 1 ? 'fall' : 'falls'} in two neighbouring bands, while the list's other bands do not share a boundary (${apart}).`,
    overlapSuggestion: 'Shift the boundary so each value falls in one band',
    gap: (quote: string, previous: string, from: number, to: number) => `"${quote}": no band between "${previous}" and "${quote}" covers ${from}–${to}.`,
    gapSuggestion: 'Check the bands: the values between them fall in none',
    quoted: (text: string) => `"${text}"`,
  },
};

const quoteOf = (material: Material, band: Band) => material.blocks[band.block]!.text.slice(band.start, band.end);

const draft = (material: Material, band: Band, message: string, suggestion: string): DraftFinding => ({
  check: 'consistency',
  severity: 'warning',
  quote: quoteOf(material, band),
  location: { block: band.block, start: band.start, end: band.end },
  message,
  suggestion,
  material,
  // A price list repeated in a second table shares its bands' fault: one card with its places.
  sameFault: `band|${quoteOf(material, band).toLowerCase()}`,
});

/**
 * A list of bands that mostly starts each band one above the last ("1 - 15", "16 - 30") where one
 * band starts at the last one's top ("31 - 45", "45 - 55"): a value of 45 falls in two bands. A
 * list that shares every boundary ("1-10 | 10-50 | 50-100") follows its own rule and is left alone.
 * And a list with an open top band ("86 lbs & up") claims every value: a jump over values the
 * list's other steps never skip ("55 - 75", then "86 & up") leaves them in no band.
 */
function judge(material: Material, language: Language, list: Band[]): DraftFinding[] {
  const steps = list.slice(1).map((band, i) => band.low - list[i]!.high!);
  if (steps.some((step) => step < 0)) return [];
  const t = T[language];
  const findings: DraftFinding[] = [];
  const shared = steps.flatMap((step, i) => (step === 0 ? [i + 1] : []));
  const apart = steps.indexOf(1);
  if (shared.length > 0 && apart >= 0) {
    const values = shared.map((i) => list[i]!.low);
    const example = [list[apart]!, list[apart + 1]!].map((band) => t.quoted(quoteOf(material, band))).join(', ');
    findings.push(draft(material, list[shared[0]!]!, t.overlap(quoteOf(material, list[shared[0]!]!), values, example), t.overlapSuggestion));
  }
  const gaps = steps.flatMap((step, i) => (step > 1 ? [i + 1] : []));
  const top = list[list.length - 1]!;
  if (top.high === null && gaps.length === 1 && steps.filter((step) => step === 1).length >= 2) {
    const [before, after] = [list[gaps[0]! - 1]!, list[gaps[0]!]!];
    findings.push(draft(material, after, t.gap(quoteOf(material, after), quoteOf(material, before), before.high! + 1, after.low - 1), t.gapSuggestion));
  }
  return findings;
}

/** Bands of a list that overlap or leave a hole where the list's own rule says they should not. */
export function bandSeriesFindings(context: CheckContext): DraftFinding[] {
  return context.materials.flatMap(({ material }) => seriesOf(material, material.language).flatMap((list) => judge(material, context.language, list)));
}
