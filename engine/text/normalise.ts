/**
 * Folding for matching: the result keeps a map back to the original, so a match found in folded
 * text is quoted exactly as the material wrote it.
 */

const REMOVED = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\n]/;
const QUOTES = /[«»„“”‟"‘’‚‛‹›`']/;
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/;

/** Typographic ligatures (ﬁ, ﬂ, ﬀ…), which text copied out of a PDF keeps: one character for two or three letters. */
export const LIGATURES = /[\ufb00-\ufb06]/gu;
/** The letters a ligature stands for: "ﬁrst" → "first". */
export const expandLigatures = (text: string) => text.replace(LIGATURES, (ligature) => ligature.normalize('NFKC'));

/** One character folded for matching; '' when it carries no meaning (soft hyphen, zero-width). */
export function foldChar(ch: string): string {
  if (REMOVED.test(ch)) return '';
  if (/[\ufb00-\ufb06]/u.test(ch)) return ch.normalize('NFKC');
  if (SPACES.test(ch)) return ' ';
  if (QUOTES.test(ch)) return '"';
  if (DASHES.test(ch)) return '-';
  const lower = ch.toLowerCase();
  return lower === 'ё' ? 'е' : lower;
}

export interface Folded {
  text: string;
  /** `offsets[i]` is the original index of folded character i; `offsets[text.length]` is the end. */
  offsets: number[];
}

/** Lower case, ё→е, one kind of quote, dash and space, invisible characters dropped. */
export function fold(text: string): Folded {
  let out = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const folded = foldChar(text[i]!);
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    out += folded;
  }
  offsets.push(text.length);
  return { text: out, offsets };
}

/** Maps a folded range back to the original [start, end). */
export function toOriginal(folded: Folded, start: number, end: number): { start: number; end: number } {
  const originalEnd = end > start ? folded.offsets[end - 1]! + 1 : folded.offsets[end]!;
  return { start: folded.offsets[start]!, end: originalEnd };
}

const REMOVED_ALL = new RegExp(REMOVED.source, 'g');
const SPACES_ALL = new RegExp(SPACES.source, 'g');
const QUOTES_ALL = new RegExp(QUOTES.source, 'g');
const DASHES_ALL = new RegExp(DASHES.source, 'g');
const NEEDS_FULL_FOLD = new RegExp(`${REMOVED.source}|${SPACES.source}|${QUOTES.source}|${DASHES.source}|\\s`);

/** Texts already folded: a page's sentences are folded again by every extractor that looks for its cues. */
const foldedTexts = new Map<string, string>();
const MAX_FOLDED_TEXTS = 20_000;

/** Folding for comparing two short strings (names, keywords) where no mapping is needed: `fold` without the map, faster. */
export function foldForCompare(text: string): string {
  // Most calls are single plain words: one test spares them the chain of replacements.
  if (!NEEDS_FULL_FOLD.test(text)) {
    const folded = text.toLowerCase().replace(/ё/g, 'е');
    // The word itself when folding changes nothing: a page's words are kept folded beside them.
    return folded === text ? text : folded;
  }
  let folded = foldedTexts.get(text);
  if (folded === undefined) {
    folded = text.replace(REMOVED_ALL, '').replace(SPACES_ALL, ' ').replace(QUOTES_ALL, '"').replace(DASHES_ALL, '-').toLowerCase().replace(/ё/g, 'е').replace(/ +/g, ' ').trim();
    if (foldedTexts.size >= MAX_FOLDED_TEXTS) foldedTexts.clear();
    foldedTexts.set(text, folded);
  }
  return folded;
}

/** A fix written with the capital its word had ("Its" → "It's", "Ихний" → "Их"). */
export const keepCase = (written: string, fixed: string) => (/^\p{Lu}/u.test(written) ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed);
