/**
 * The OCR benchmark's scoring, pure: character error rate against a flyer's text in any reading
 * order, whether a seeded defect was found, whether a source warned that it was read poorly.
 */

/** Runs of whitespace (line breaks included) as one space; nothing else is folded. */
export const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The fewest edits (insert, delete, substitute one code point) that turn some substring of `text`
 * into `pattern`: semi-global alignment, free to start and end anywhere in the text.
 */
export function substringDistance(pattern: string, text: string): number {
  const p = [...pattern];
  const t = [...text];
  if (p.length === 0) return 0;
  // row[j]: the distance of pattern[0..i) to the best substring ending at text[j]; row 0 is all zeros.
  let previous = new Uint32Array(t.length + 1);
  let current = new Uint32Array(t.length + 1);
  for (let i = 1; i <= p.length; i++) {
    current[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const substitute = previous[j - 1]! + (p[i - 1] === t[j - 1] ? 0 : 1);
      current[j] = Math.min(substitute, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return Math.min(...previous);
}

export interface CharacterErrors {
  /** Σ over truth lines of the edits to its best-matching stretch of the OCR text. */
  errors: number;
  /** Σ truth characters (whitespace collapsed). */
  characters: number;
  cer: number;
}

/**
 * Character error rate that does not care in which order the columns were read: each line of the
 * truth is aligned to its best-matching stretch of the OCR text, CER = Σ edits / Σ truth characters.
 * A line OCR never read costs its length less the characters some stretch shares with it by chance,
 * so a short unread line is slightly undercounted; never more than its length.
 */
export function characterErrors(truth: string, ocr: string): CharacterErrors {
  const text = collapseWhitespace(ocr);
  const lines = truth
    .split('\n')
    .map(collapseWhitespace)
    .filter((line) => line.length > 0);
  let errors = 0;
  let characters = 0;
  for (const line of lines) {
    const length = [...line].length;
    errors += Math.min(substringDistance(line, text), length);
    characters += length;
  }
  return { errors, characters, cer: characters === 0 ? 0 : errors / characters };
}

/** A quote as compared for a match: case, ё, quotation marks, dash kinds and all spacing (OCR splits and joins words) folded away. */
export function foldQuote(quote: string): string {
  return quote
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»“”„"'`’‘]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '');
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1]! + 1 : 0;
      if (current[j]! > best) best = current[j]!;
    }
    [previous, current] = [current, previous];
    current.fill(0);
  }
  return best;
}

/**
 * Whether a finding's quote is about the defect's words: once folded, they share a run of at least
 * 60 % of the shorter one (and at least 4 characters), so "«Клеврия»" finds "Медицинский центр
 * «Клеврия»" and a misread letter or two still match, while "Сб: 09:00–18:00" does not find "Пн–Пт: 08:00–20:00".
 */
export function quotesOverlap(defect: string, finding: string): boolean {
  const a = foldQuote(defect);
  const b = foldQuote(finding);
  const shorter = Math.min(a.length, b.length);
  if (shorter === 0) return false;
  return longestCommonRun(a, b) >= Math.max(Math.min(4, shorter), Math.ceil(shorter * 0.6));
}

export interface SeededDefect {
  check: string;
  quote: string;
}

/** The defects some finding of the same check quotes. */
export function foundDefects<D extends SeededDefect>(defects: D[], findings: { check: string; quote: string }[]): D[] {
  return defects.filter((defect) => findings.some((finding) => finding.check === defect.check && quotesOverlap(defect.quote, finding.quote)));
}

/** A source as the report lists it, with the reading-quality field another change may add. */
export interface ReadSource {
  error?: string;
  notes?: string[];
  reading?: { poor?: boolean };
}

/** Why the reader told the user the image was not read well, or null when it did not. */
export function warningOf(source: ReadSource): string | null {
  if (source.error) return `error: ${source.error}`;
  if (source.reading?.poor) return 'reading: poor';
  if (source.notes && source.notes.length > 0) return `note: ${source.notes.join('; ')}`;
  return null;
}
