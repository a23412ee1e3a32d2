import type { Language } from '../profile/types';
import { FREQUENT_EN, FREQUENT_RU } from './frequency-data';

/**
 * Which of several corrections a writer most likely meant: the one reached by the likeliest slips
 * (a noisy channel: each slip has a cost, the log of how rare it is) that is also a frequent word.
 * Costs are in tenths of an order of magnitude, so a slip of cost 20 is a hundred times rarer than none.
 */

/** Keyboard rows, each letter beside its neighbours: a finger slips one key aside. */
const KEYBOARD_ROWS: Record<Language, string[]> = {
  ru: ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'],
  en: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
};

/** Letters spelt alike by ear: unstressed vowels, о for ё (or е) after a hushing consonant, voiced and voiceless pairs. */
const SOUND_ALIKE: Record<Language, string[]> = {
  ru: ['ао', 'оё', 'ое', 'еи', 'ея', 'ие', 'иы', 'еэ', 'юу', 'яи', 'зс', 'дт', 'бп', 'вф', 'гк', 'жш', 'шщ', 'чщ', 'ьъ', 'цс'],
  en: ['ae', 'ai', 'ao', 'au', 'ei', 'eo', 'eu', 'io', 'iu', 'ou', 'iy', 'ey', 'ck', 'cs', 'sz', 'kq', 'gj', 'fv'],
};

/** Letters a writer drops or adds without noticing: the soft sign of "-ться", a silent letter, a vowel in English. */
const LIGHT_LETTERS: Record<Language, string> = { ru: 'ьъй', en: 'aeiouhy' };
/** Vowels, which fast typing drops more often than consonants ("реклма"). */
const VOWELS: Record<Language, string> = { ru: 'аеёиоуыэюя', en: 'aeiouy' };

const COST = {
  changed: 20,
  keyNeighbour: 13,
  soundAlike: 7,
  yo: 2,
  added: 18,
  dropped: 16,
  droppedVowel: 12,
  doubling: 8,
  light: 8,
  swapped: 11,
  space: 10,
  /** A slip in a word's first letter is rarer: the writer sees it first. */
  firstLetter: 6,
  /** A different ending makes another form of a word, less often the one meant. */
  ending: 3,
};

const pairsOf = (groups: string[]) => new Set(groups.flatMap((pair) => [pair, `${pair[1]}${pair[0]}`]));
const SOUND_PAIRS: Record<Language, Set<string>> = { ru: pairsOf(SOUND_ALIKE.ru), en: pairsOf(SOUND_ALIKE.en) };

function keyNeighbours(rows: string[]): Set<string> {
  const pairs: string[] = [];
  rows.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      if (i + 1 < row.length) pairs.push(`${row[i]}${row[i + 1]}`);
      // A key touches the two below it, offset half a key to the right.
      const below = rows[r + 1];
      if (below) for (const j of [i - 1, i]) if (below[j]) pairs.push(`${row[i]}${below[j]}`);
    }
  });
  return pairsOf(pairs);
}
const KEY_PAIRS: Record<Language, Set<string>> = { ru: keyNeighbours(KEYBOARD_ROWS.ru), en: keyNeighbours(KEYBOARD_ROWS.en) };

function substitutionCost(from: string, to: string, language: Language): number {
  if ((from === 'е' && to === 'ё') || (from === 'ё' && to === 'е')) return COST.yo;
  if (SOUND_PAIRS[language].has(`${from}${to}`)) return COST.soundAlike;
  return KEY_PAIRS[language].has(`${from}${to}`) ? COST.keyNeighbour : COST.changed;
}

/**
 * The cost of a letter the writer typed that the word lacks (`typed[at]`), or of one left out
 * (`word[at]`): a letter doubled or made single, a light letter and a vowel cost less than others.
 */
function extraLetterCost(text: string, at: number, language: Language, base: number): number {
  const letter = text[at]!;
  if (letter === ' ' || letter === '-') return COST.space;
  if (letter === text[at - 1] || letter === text[at + 1]) return COST.doubling;
  if (LIGHT_LETTERS[language].includes(letter)) return COST.light;
  return base === COST.dropped && VOWELS[language].includes(letter) ? COST.droppedVowel : base;
}

/**
 * The cost of the cheapest slips that turn the intended word into what was typed (a weighted
 * Damerau–Levenshtein distance): letters changed, added, dropped, or two neighbours swapped.
 */
export function slipCost(typed: string, intended: string, language: Language): number {
  const [n, m] = [typed.length, intended.length];
  const d = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) d[i]![0] = d[i - 1]![0]! + extraLetterCost(typed, i - 1, language, COST.added);
  for (let j = 1; j <= m; j++) d[0]![j] = d[0]![j - 1]! + extraLetterCost(intended, j - 1, language, COST.dropped);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const [a, b] = [typed[i - 1]!, intended[j - 1]!];
      let best = Math.min(
        d[i - 1]![j - 1]! + (a === b ? 0 : substitutionCost(b, a, language)),
        d[i - 1]![j]! + extraLetterCost(typed, i - 1, language, COST.added),
        d[i]![j - 1]! + extraLetterCost(intended, j - 1, language, COST.dropped),
      );
      if (i > 1 && j > 1 && a === intended[j - 2] && typed[i - 2] === b) best = Math.min(best, d[i - 2]![j - 2]! + COST.swapped);
      d[i]![j] = best;
    }
  }
  return d[n]![m]! + (typed[0] !== intended[0] ? COST.firstLetter : 0) + (typed.slice(-2) !== intended.slice(-2) ? COST.ending : 0);
}

const FREQUENT: Record<Language, string> = { ru: FREQUENT_RU, en: FREQUENT_EN };
/** Per language: each listed word's rank, and each stem's best rank (a word less its last two letters). */
let ranks: Record<Language, { words: Map<string, number>; stems: Map<string, number> }> | undefined;

const STEM_CUT = 2;
const MIN_STEM = 4;
/** A form known only by a listed form of the same stem ("столица" by "столицы") counts as this many times rarer. */
const STEM_PENALTY = 3;

function rankTables(list: string) {
  const words = new Map<string, number>();
  const stems = new Map<string, number>();
  list.split(' ').forEach((word, i) => {
    const folded = word.replace(/ё/g, 'е');
    if (!words.has(folded)) words.set(folded, i + 1);
    const stem = folded.slice(0, -STEM_CUT);
    if (stem.length >= MIN_STEM && !stems.has(stem)) stems.set(stem, i + 1);
  });
  return { words, stems };
}

/** A language's rank tables, read from its list at the first call. */
function ranksOf(language: Language) {
  ranks ??= { ru: rankTables(FREQUENT.ru), en: rankTables(FREQUENT.en) };
  return ranks[language];
}

/** The word's rank among the commonest of its language (1 the commonest), or its stem's, rarer. */
function rankOf(word: string, language: Language): number | undefined {
  const folded = word.replace(/ё/g, 'е');
  const exact = ranksOf(language).words.get(folded);
  if (exact !== undefined) return exact;
  const stem = folded.slice(0, -STEM_CUT);
  const byStem = stem.length >= MIN_STEM ? ranksOf(language).stems.get(stem) : undefined;
  return byStem === undefined ? undefined : byStem * STEM_PENALTY;
}

/** Words of two letters or fewer past this rank are abbreviations and scraps ("шт", "се"), no part of a split. */
const SHORT_WORD_MAX_RANK = 300;

/** Whether the word may be half of two words run together: among the commonest of its language, and a short one among the very commonest. */
export function isFrequentPart(word: string, language: Language): boolean {
  const rank = ranksOf(language).words.get(word.replace(/ё/g, 'е'));
  return rank !== undefined && (word.length > 2 || rank <= SHORT_WORD_MAX_RANK);
}

/** Rank assumed for a dictionary word past the frequency list: rarer than all of it. */
const UNLISTED_RANK = 40_000;

/**
 * How rare a word is, on the same scale as the slips (tenths of an order of magnitude, times a
 * weight that keeps frequency from outvoting a cheaper slip): a split is as rare as its rarer half.
 */
export function rarity(word: string, language: Language): number {
  const parts = word.split(/[ -]/);
  return Math.max(...parts.map((part) => Math.log10(rankOf(part, language) ?? UNLISTED_RANK))) * FREQUENCY_WEIGHT;
}
const FREQUENCY_WEIGHT = 5;

/** A correction the same text writes elsewhere is the likeliest of all: the writer knows the word. */
const ON_PAGE_BONUS = 15;

/** The corrections, likeliest first: cheapest slips, then commonest word, then the one the page uses. */
export function ranked(typed: string, candidates: string[], language: Language, onPage: Set<string> = new Set()): string[] {
  const score = new Map(candidates.map((c) => [c, slipCost(typed, c, language) + rarity(c, language) - (onPage.has(c) ? ON_PAGE_BONUS : 0)]));
  return [...new Set(candidates)].sort((a, b) => score.get(a)! - score.get(b)!);
}
