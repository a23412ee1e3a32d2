import type { Material } from '../material/types';
import type { Language } from '../profile/types';
import { clauseAround, mentionsAny } from '../promises/common';
import { NOT_TENURE, OUR_VOICE, PERSONAL_VOICE, STAFF_VOICE, TENURE_CUES } from '../lexicon/form-variants';
import { wordNumber } from '../text/numbers';
import { sentences } from '../text/segment';
import { ownBlocks } from './form-variants';
import type { CheckContext, DraftFinding } from './types';

/** One statement of how long the business has worked: its years and where it stands. */
interface Tenure {
  years: number;
  inDigits: boolean;
  block: number;
  start: number;
  end: number;
}

const COUNT: Record<Language, RegExp> = {
  en: /(?<![\p{L}\d])(?:(?:over|more than|nearly|almost|about|around)\s+)?(?:(\d+|\p{L}+)\s*\+?\s*)?(years?|decades?)(?:\s+of\s+experience)?(?![\p{L}\d])/dgiu,
  ru: /(?<![\p{L}\d])(?:(?:уже\s+)?(?:более|свыше|больше|около|почти)\s+)?(?:(\d+|\p{L}+)\s*\+?\s*)?(лет|года?)(?![\p{L}\d])/dgiu,
};

/** Decades with no count are at least two of them. */
const SOME_DECADES = 20;

/**
 * The years a count names ("15", "a decade", «десяти»; "Decades" with none), whether its word
 * counted them and whether in digits; null when there is no number to read.
 */
function yearsOf(count: string | undefined, unit: string): { years: number; inDigits: boolean; counted: boolean } | null {
  const word = count?.toLowerCase() ?? '';
  const spelled = word === '' ? null : wordNumber(word, true);
  const value = /^\d+$/.test(word) ? Number(word) : spelled && !spelled.ordinal ? spelled.value : undefined;
  if (value === undefined) return /^decades$/i.test(unit) ? { years: SOME_DECADES, inDigits: false, counted: false } : null;
  return { years: /^decade/i.test(unit) ? value * 10 : value, inDigits: /^\d+$/.test(word), counted: true };
}

/**
 * Whether a sentence is the business speaking of itself: "we", «мы», or its name ("Richard Owen
 * Painting are …"), and no one person ("I", "she").
 */
const speaksForItself = (text: string, nameWords: string[], language: Language) => !PERSONAL_VOICE[language].test(text) && (OUR_VOICE[language].test(text) || nameWords.some((word) => text.toLowerCase().includes(word)));

/** The statements of the business's tenure in one material: a count of years in its own sentence about its work or experience. */
function tenures(material: Material, nameWords: string[]): Tenure[] {
  const language = material.language;
  const found: Tenure[] = [];
  for (const block of ownBlocks(material)) {
    for (const sentence of sentences(block.text, language)) {
      const text = block.text.slice(sentence.start, sentence.end);
      if (!speaksForItself(text, nameWords, language)) continue;
      for (const match of text.matchAll(COUNT[language])) {
        // "Работая более 15 лет …, мы гарантируем": the guarantee is the next clause's.
        const clause = clauseAround(text, match.index, match.index + match[0].length);
        const around = text.slice(clause.start, clause.end);
        if (!mentionsAny(around, TENURE_CUES[language]) || mentionsAny(around, NOT_TENURE[language]) || STAFF_VOICE[language].test(around)) continue;
        const read = yearsOf(match[1], match[2]!);
        if (!read || read.years === 0) continue;
        // "We bring Decades of Experience": a word that counts nothing is not part of the quote.
        const from = read.counted ? match.indices![0]![0] : match.indices![2]![0];
        found.push({ years: read.years, inDigits: read.inDigits, block: block.index, start: sentence.start + from, end: sentence.start + match.index + match[0].length });
      }
    }
  }
  return found;
}

const T = {
  ru: (quote: string, reference: string) => `«${quote}»: в другом месте страницы сказано «${reference}» — срок работы указан по-разному.`,
  en: (quote: string, reference: string) => `"${quote}": elsewhere the page says "${reference}" — how long the business has worked is stated two ways.`,
  suggestion: { ru: 'Укажите один срок во всех местах', en: 'State one figure everywhere' },
};

/**
 * How long the business has worked, stated with two figures on one page ("over a decade of
 * experience" and "over 15 years of experience", «более 15 лет» and «уже более десяти лет»): the
 * figure in digits is the page's own count, each statement of another figure is a warning. A page
 * with one figure, or whose only statement is a sentence about staff, a guarantee or an age, says nothing.
 */
function differingTenures(material: Material, language: Language, nameWords: string[]): DraftFinding[] {
  const found = tenures(material, nameWords);
  const reference = found.find((tenure) => tenure.inDigits) ?? found[0];
  if (!reference) return [];
  const quoteOf = (tenure: Tenure) => material.blocks[tenure.block]!.text.slice(tenure.start, tenure.end);
  return found
    .filter((tenure) => tenure.years !== reference.years)
    .map((tenure) => ({
      check: 'consistency' as const,
      severity: 'warning' as const,
      quote: quoteOf(tenure),
      location: { block: tenure.block, start: tenure.start, end: tenure.end },
      message: T[language](quoteOf(tenure), quoteOf(reference)),
      suggestion: T.suggestion[language],
      material,
      related: [{ source: material.source.id, quote: quoteOf(reference), location: { block: reference.block, start: reference.start, end: reference.end } }],
      sameFault: `tenure|${quoteOf(tenure).toLowerCase()}`,
    }));
}

/** Each material's statements of how long the business has worked that disagree with its count in digits. */
export function tenureFindings(context: CheckContext): DraftFinding[] {
  const nameWords = context.profile.name.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  return context.materials.flatMap(({ material }) => differingTenures(material, context.language, nameWords));
}
