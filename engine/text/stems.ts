import * as snowballModule from 'snowball-stemmers';
import type { Language } from '../profile/types';
import { mixedScript } from './homoglyphs';
import { foldForCompare } from './normalise';
import { cachedPerText, words, wordToken, type TextRange, type WordToken } from './segment';

/** The package is CommonJS: bundlers and Node's loaders hand it over in different shapes. */
const snowball = 'newStemmer' in snowballModule ? snowballModule : (snowballModule as unknown as { default: typeof snowballModule }).default;

const stemmers = {
  ru: snowball.newStemmer('russian'),
  en: snowball.newStemmer('english'),
};

const cache = new Map<string, string>();

/** The Snowball stem of one word, folded (lower case, ё→е), in the language of its script. */
export function stem(word: string, language: Language): string {
  const folded = foldForCompare(word);
  const key = `${language}:${folded}`;
  let found = cache.get(key);
  if (found === undefined) {
    const stemmer = /[\u0400-\u04ff]/.test(folded) ? stemmers.ru : /[a-z]/.test(folded) ? stemmers.en : null;
    found = stemmer ? stemmer.stem(folded) : folded;
    if (cache.size > 50_000) cache.clear();
    cache.set(key, found);
  }
  return found;
}

export interface StemmedWord extends WordToken {
  stem: string;
  /** The folded word itself, for prefix matches of bare stems written in a profile ("пробн"). */
  folded: string;
}

/** A hyphenated compound as its parts, so "gluten-free" and "gluten free" match each other. */
function partsOf(word: WordToken): WordToken[] {
  if (!word.text.includes('-')) return [word];
  const parts: WordToken[] = [];
  for (const match of word.text.matchAll(/[^-]+/g)) parts.push(wordToken(match[0], word.start + match.index, word.start + match.index + match[0].length));
  return parts;
}

/**
 * A text's words with their stems, compounds split at their hyphens; cached, since every check
 * asks for the same sentences. Treat the result as read-only.
 */
export const stemWords = cachedPerText((text: string, language: Language): StemmedWord[] =>
  words(text, language)
    .flatMap(partsOf)
    .map((word) => {
      // "Cтандартное" with a Latin C is read as the word it looks like (the wrong-name check reports the letter).
      const seen = mixedScript(word.text)?.fixed ?? word.text;
      // Written out, not spread: a spread copy took a hidden class of its own per word (~60k at 200k words).
      return { text: word.text, start: word.start, end: word.end, lower: word.lower, stem: stem(seen, language), folded: foldForCompare(seen) };
    }),
);

/** A phrase compiled for matching: each word's stem and whether it may also match as a prefix. */
export interface PhrasePattern {
  phrase: string;
  parts: { stem: string; folded: string }[];
}

export function compilePhrase(phrase: string, language: Language): PhrasePattern {
  return {
    phrase,
    parts: stemWords(phrase, language).map((word) => ({ stem: word.stem, folded: word.folded })),
  };
}

/** English endings that make another word of a stem ("express" → "expression", "organ" → "organization"), not a form of it. */
const DERIVATION = /^(?:ions?|ive|ives|ively|ments?|ness|ity|ities|ists?|isms?|ance|ence|ization|isation|izations|isations)$/;

/** Two English words the stemmer joins that differ by a derivation: "express" and "expression". */
function derivedApart(a: string, b: string): boolean {
  if (!/^[a-z]+$/.test(a) || !/^[a-z]+$/.test(b)) return false;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(common), b.slice(common)].some((rest) => DERIVATION.test(rest));
}

/**
 * One word of a phrase matches a word of the text when their stems agree, or when the phrase
 * word is a bare stem (the stemmer leaves it as it is) of at least four letters that begins the
 * text word ("пробн" → "пробная"; but "кофе" is a whole word and does not match "кофейня").
 */
function partMatches(part: { stem: string; folded: string }, word: StemmedWord, nearStems = true): boolean {
  if (part.folded === word.folded) return true;
  if (part.stem === word.stem) return !derivedApart(part.folded, word.folded);
  const bareStem = part.folded === part.stem && part.folded.length >= 4;
  if (bareStem && word.folded.startsWith(part.folded)) return true;
  return nearStems && part.stem.length >= 4 && word.stem.startsWith(part.stem) && word.stem.length - part.stem.length <= 2;
}

/**
 * The index after a phrase whose words stand one after another from `textWords[at]`, or -1. Each
 * word matches in any inflection; a stem that only begins a word ("onli" of "online") does not.
 */
export function phraseEndAt(pattern: PhrasePattern, textWords: StemmedWord[], at: number): number {
  const { parts } = pattern;
  if (parts.length === 0 || at + parts.length > textWords.length) return -1;
  return parts.every((part, k) => partMatches(part, textWords[at + k]!, false)) ? at + parts.length : -1;
}

/** How many opening letters of a bare stem index it: the shortest bare stem that matches as an opening. */
const BARE_STEM_OPENING = 4;

/**
 * A list of phrases indexed by their first word, so finding which of them starts at a word asks
 * only the few that could, not every phrase of the list at every word of a text.
 */
class PhraseIndex {
  // Keyed by the words' own strings, which the tokens share: their hashes are computed once.
  private readonly byFolded = new Map<string, number[]>();
  private readonly byStem = new Map<string, number[]>();
  private readonly byOpening = new Map<string, number[]>();

  constructor(private readonly list: readonly PhrasePattern[]) {
    list.forEach((pattern, i) => {
      const first = pattern.parts[0];
      if (!first) return;
      add(this.byFolded, first.folded, i);
      add(this.byStem, first.stem, i);
      if (first.folded === first.stem && first.folded.length >= BARE_STEM_OPENING) add(this.byOpening, first.folded.slice(0, BARE_STEM_OPENING), i);
    });
  }

  /** Indices of the phrases whose first word may be `word`, in the list's order. */
  candidates(word: StemmedWord): readonly number[] {
    const folded = this.byFolded.get(word.folded);
    const stemmed = this.byStem.get(word.stem);
    const opening = this.byOpening.size > 0 ? this.byOpening.get(word.folded.slice(0, BARE_STEM_OPENING)) : undefined;
    // Most words start no phrase, and most that do start it by one key alone.
    if (!stemmed && !opening) return folded ?? NONE;
    if (!folded && !opening) return stemmed!;
    if (!folded && !stemmed) return opening!;
    return [...new Set([...(folded ?? []), ...(stemmed ?? []), ...(opening ?? [])])].sort((a, b) => a - b);
  }

  pattern(i: number): PhrasePattern {
    return this.list[i]!;
  }
}

function add(index: Map<string, number[]>, key: string, i: number): void {
  const list = index.get(key);
  if (list) {
    if (list[list.length - 1] !== i) list.push(i);
  } else index.set(key, [i]);
}

const NONE: readonly number[] = [];
const phraseIndexes = new WeakMap<readonly PhrasePattern[], PhraseIndex>();

/** The phrases of `list` that start at `textWords[at]`, in the list's order, each with the index after it. */
export function* phrasesAt(list: readonly PhrasePattern[], textWords: StemmedWord[], at: number): Generator<{ pattern: PhrasePattern; end: number }> {
  const word = textWords[at];
  if (!word) return;
  let index = phraseIndexes.get(list);
  if (!index) phraseIndexes.set(list, (index = new PhraseIndex(list)));
  for (const i of index.candidates(word)) {
    const end = phraseEndAt(index.pattern(i), textWords, at);
    if (end >= 0) yield { pattern: index.pattern(i), end };
  }
}

export interface PhraseMatchOptions {
  /** How many other words may stand between two words of the phrase. */
  maxGap?: number;
}

/**
 * Finds a phrase in any inflection: its words in order, each within `maxGap` words of the
 * previous one. Returns ranges in the original text, from the first to the last matched word.
 */
export function findPhrase(pattern: PhrasePattern, textWords: StemmedWord[], options: PhraseMatchOptions = {}): TextRange[] {
  const { parts } = pattern;
  const maxGap = options.maxGap ?? 0;
  if (parts.length === 0) return [];
  const found: TextRange[] = [];
  for (let i = 0; i < textWords.length; i++) {
    if (!partMatches(parts[0]!, textWords[i]!)) continue;
    let last = i;
    let ok = true;
    for (let p = 1; p < parts.length && ok; p++) {
      ok = false;
      for (let j = last + 1; j <= Math.min(textWords.length - 1, last + 1 + maxGap); j++) {
        if (partMatches(parts[p]!, textWords[j]!)) {
          last = j;
          ok = true;
          break;
        }
      }
    }
    if (ok) found.push({ start: textWords[i]!.start, end: textWords[last]!.end });
  }
  return found;
}

/** How many opening letters of a Cyrillic word its Russian stem keeps: the stemmer only cuts endings. */
const KEPT_OPENING = 3;

/**
 * Words held by their folded form and by their stem, so every form of them is found. A Russian
 * stem is an opening of its word, so a word whose opening letters begin no held stem is answered
 * without stemming it: the spelling check asks this of thousands of candidate spellings.
 */
export class StemSet {
  private readonly held: Set<string>;
  private readonly openings: Set<string>;

  /** A set holding what `base` holds, and more as added. */
  constructor(base?: StemSet) {
    this.held = new Set(base?.held);
    this.openings = new Set(base?.openings);
  }

  add(word: string, language: Language): void {
    for (const form of [foldForCompare(word), stem(word, language)]) {
      this.held.add(form);
      this.openings.add(form.slice(0, KEPT_OPENING));
    }
  }

  has(word: string, language: Language): boolean {
    const folded = foldForCompare(word);
    if (this.held.has(folded)) return true;
    if (/[\u0400-\u04ff]/.test(folded) && !this.mayOpen(folded)) return false;
    return this.held.has(stem(word, language));
  }

  private mayOpen(folded: string): boolean {
    for (let length = 1; length <= KEPT_OPENING; length++) if (this.openings.has(folded.slice(0, length))) return true;
    return false;
  }
}
