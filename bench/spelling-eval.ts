/**
 * The spelling check against public test sets of real typos (../shared/data, never copied into the
 * repository): which words it flags and what it offers for them, beside Debian's
 * `hunspell -d ru_RU` on the same lines. `npm run bench:language` prints these numbers.
 */
import { execFileSync } from 'node:child_process';
import { checkMaterials } from '../engine/engine';
import { materialFromText } from '../engine/material/from-text';
import type { Language } from '../engine/profile/types';
import type { SpellChecker } from '../engine/spelling/types';

/** A word as the sets compare it: lower case, ё read as е. */
export const fold = (word: string) => word.toLowerCase().replace(/ё/g, 'е');
export const tokens = (line: string) => fold(line).match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? [];

/** Each flagged word of a line (folded) and the correction offered for it (folded, '' for none). */
export type Flags = Map<string, string>;

/** The longest common subsequence of two token lists, as pairs of matched indices. */
function matchedPairs(source: string[], correction: string[]): [number, number][] {
  const [n, m] = [source.length, correction.length];
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i]![j] = source[i] === correction[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  let [i, j] = [0, 0];
  while (i < n && j < m) {
    if (source[i] === correction[j]) pairs.push([i++, j++]);
    else if (table[i]![j + 1]! >= table[i + 1]![j]!) j++;
    else i++;
  }
  return pairs;
}

/**
 * The source words the correction changed (the real typos), each with what it became: between two
 * kept words, one changed word became all the corrected words there ("незнаю" → "не знаю"),
 * several became the same number of words one by one.
 */
export function typosOf(source: string[], correction: string[]): Map<number, string> {
  const typos = new Map<number, string>();
  const anchors: [number, number][] = [[-1, -1], ...matchedPairs(source, correction), [source.length, correction.length]];
  for (let k = 1; k < anchors.length; k++) {
    const [[i0, j0], [i1, j1]] = [anchors[k - 1]!, anchors[k]!];
    const [changed, became] = [source.slice(i0 + 1, i1), correction.slice(j0 + 1, j1)];
    changed.forEach((_, at) => typos.set(i0 + 1 + at, changed.length === 1 ? became.join(' ') : (became[at] ?? '')));
  }
  return typos;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  /** Of the typos flagged, the share whose first suggestion is the correction. */
  top1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Detection and first-suggestion accuracy of one speller's flags over aligned lines. */
export function score(sources: string[], corrections: string[], flagged: Flags[]): Score {
  let [tp, fp, fn, right] = [0, 0, 0, 0];
  sources.forEach((line, index) => {
    const words = tokens(line);
    const typos = new Map([...typosOf(words, tokens(corrections[index] ?? ''))].map(([i, fixed]) => [words[i]!, fixed]));
    const flags = flagged[index] ?? new Map();
    for (const [word, suggestion] of flags) {
      if (!typos.has(word)) fp++;
      else if ((tp++, suggestion === typos.get(word))) right++;
    }
    for (const word of typos.keys()) if (!flags.has(word)) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), top1: right / Math.max(1, tp), tp, fp, fn };
}

/** The spelling check's flags of one line of text, with its suggestions. */
export async function sverkaFlags(line: string, language: Language, checker: SpellChecker): Promise<Flags> {
  const material = materialFromText(line, { id: 's1', kind: 'text', location: 'line' }, language);
  const report = await checkMaterials([material], { format: 'sverka.profile/1', name: 'eval' }, { only: ['spelling'], spellChecker: checker });
  return new Map(report.findings.map((f) => [fold(f.quote), fold(f.suggestion ?? '')]));
}

/** Debian's Hunspell over the same lines (`hunspell -a`), or null when it is not installed. */
export function hunspellFlags(lines: string[], dictionary: string): Flags[] | null {
  let piped: string;
  try {
    piped = execFileSync('hunspell', ['-d', dictionary, '-a'], { input: `${lines.map((l) => `^${l}`).join('\n')}\n`, encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch {
    return null;
  }
  const flagged: Flags[] = [];
  let current: Flags = new Map();
  for (const line of piped.split('\n').slice(1)) {
    if (line === '') {
      flagged.push(current);
      current = new Map();
    } else if (line.startsWith('&')) current.set(fold(line.split(' ')[1]!), fold(line.split(': ')[1]?.split(', ')[0] ?? ''));
    else if (line.startsWith('#')) current.set(fold(line.split(' ')[1]!), '');
  }
  return flagged.slice(0, lines.length);
}
