import type { Language } from '../profile/types';

export interface TextRange {
  start: number;
  end: number;
}

export interface WordToken extends TextRange {
  text: string;
  /** The word in small letters, made once here: two dozen grammar rules ask it of every word. */
  lower: string;
}

export const wordToken = (text: string, start: number, end: number): WordToken => ({ start, end, text, lower: lowerCaseOf(text) });

/** The word itself when it is in small letters already: a Cyrillic word lower-cased is a new string each time, ~40 bytes a word. */
function lowerCaseOf(word: string): string {
  const lowered = word.toLowerCase();
  return lowered === word ? word : lowered;
}

/**
 * Abbreviations after which a full stop does not end a sentence ("ул. Пятницкая", "д. 8",
 * "от 500 руб. в месяц"), in lower case without the dot.
 */
const ABBREVIATIONS = new Set([
  'ул',
  'д',
  'г',
  'пр',
  'просп',
  'пер',
  'пл',
  'наб',
  'ш',
  'б',
  'бул',
  'корп',
  'стр',
  'кв',
  'оф',
  'эт',
  'т',
  'е',
  'т.е',
  'т.к',
  'т.д',
  'т.п',
  'др',
  'пр-т',
  'мкр',
  'обл',
  'р-н',
  'с',
  'им',
  'св',
  'руб',
  'р',
  'коп',
  'тыс',
  'млн',
  'млрд',
  'мин',
  'ч',
  'сек',
  'мес',
  'нед',
  'шт',
  'кг',
  'гр',
  'см',
  'мм',
  'км',
  'пн',
  'вт',
  'ср',
  'чт',
  'пт',
  'сб',
  'вс',
  'тел',
  'моб',
  'доб',
  'напр',
  'см',
  'рис',
  'стр',
  'гл',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'tel',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'искл',
  'вкл',
  'прим',
  'след',
  'англ',
  'проч',
  'букв',
  'сокр',
  'tues',
  'thur',
  'thurs',
  'weds',
  'incl',
  'excl',
  'mins',
  'hrs',
  'mths',
  'yrs',
  'wks',
  'lbs',
  'pcs',
  'dept',
  'cont',
  'misc',
  'appt',
  'tbsp',
  'tsp',
  'corp',
  'prof',
  'govt',
  'est',
  'ref',
  'qty',
]);

/** A full stop after an abbreviation ("ул.", "approx.") ends no sentence. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Each per-text cache's way to start a new generation (see forgetTextsOfOlderChecks). */
const generations: (() => void)[] = [];

/**
 * A check begins: the texts the check before it asked about stay at hand (a page checked again
 * after an edit finds its unchanged blocks), older ones are forgotten. Without it a crawl of a
 * site kept every page's words until the bound was reached.
 */
export function forgetTextsOfOlderChecks(): void {
  for (const startGeneration of generations) startGeneration();
}

type Generation<T> = Map<Language, Map<string, T>>;

function mapOf<T>(generation: Generation<T>, language: Language): Map<string, T> {
  let map = generation.get(language);
  if (!map) generation.set(language, (map = new Map()));
  return map;
}

/**
 * One computation per text and language, remembered: the extractors and checks all ask about the
 * same blocks. Remembered for this check and the one before; within a check, emptied past a bound
 * that holds the blocks and sentences of a 20,000-paragraph page, since each check walks them all
 * in turn and a smaller cache would be emptied before any pass came back to a text (measured: 4× slower).
 */
export function cachedPerText<T>(compute: (text: string, language: Language) => T, bound = 100_000): (text: string, language: Language) => T {
  let current: Generation<T> = new Map();
  let previous: Generation<T> = new Map();
  generations.push(() => {
    previous = current;
    current = new Map();
  });
  return (text, language) => {
    const cache = mapOf(current, language);
    let found = cache.get(text);
    if (found === undefined) {
      found = previous.get(language)?.get(text) ?? compute(text, language);
      if (cache.size > bound) cache.clear();
      cache.set(text, found);
    }
    return found;
  };
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: Language, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${language}:${granularity}`;
  let found = segmenters.get(key);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity });
    segmenters.set(key, found);
  }
  return found;
}

/**
 * Intl.Segmenter slows down sharply on long strings (a 300 KB paragraph takes over a minute), so
 * long text is segmented in chunks cut where no segment can span: at a space for words, after a
 * sentence end for sentences.
 */
const CHUNK = 4000;

function* segments(text: string, language: Language, granularity: 'sentence' | 'word'): Generator<{ segment: string; index: number; isWordLike?: boolean }> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = granularity === 'word' ? window.search(/\s\S*$/) : lastSentenceEnd(window);
      if (cut > 0) end = start + cut + 1;
    }
    for (const part of segmenter(language, granularity).segment(text.slice(start, end))) {
      yield { segment: part.segment, index: part.index + start, isWordLike: part.isWordLike };
    }
    start = end;
  }
}

/** The last "word. Next" boundary in a window: the offset of the space after the terminator. */
function lastSentenceEnd(window: string): number {
  let found = -1;
  for (const match of window.matchAll(/[.!?…]\s(?=\S)/g)) found = match.index + 1;
  return found > 0 ? found : window.search(/\s\S*$/);
}

function endsWithAbbreviation(text: string): boolean {
  // Only the tail: on a long run of letters the regex tries every start, each to the end (quadratic).
  const match = /([\p{L}.-]+)\.\s*$/u.exec(text.slice(-64));
  return match !== null && isAbbreviation(match[1]!);
}

/** Sentences of one block; trailing spaces are left out of each range. Cached like words; read-only. */
export const sentences = cachedPerText(segmentSentences);

function segmentSentences(text: string, language: Language): TextRange[] {
  const ranges: TextRange[] = [];
  for (const part of segments(text, language, 'sentence')) {
    const start = part.index;
    const end = start + part.segment.trimEnd().length;
    const previous = ranges[ranges.length - 1];
    const joinToPrevious = previous !== undefined && (endsWithAbbreviation(text.slice(previous.start, previous.end)) || /^[\p{Ll}\d]/u.test(part.segment));
    if (joinToPrevious) previous.end = Math.max(previous.end, end);
    else if (end > start) ranges.push({ start: start + (part.segment.length - part.segment.trimStart().length), end });
  }
  return ranges;
}

/**
 * Words (letters or digits, hyphenated compounds kept whole: "кто-то", "gluten-free", "24/7" is
 * not a word). Cached: every extractor and check asks for the same blocks' words, and
 * segmenting is the engine's largest single cost. Treat the result as read-only.
 */
export const words = cachedPerText(segmentWords);

const INSIDE_WORD = /^[\u200b\u200c\u200d\u2060\ufeff]+$/;

function segmentWords(text: string, language: Language): WordToken[] {
  const tokens: WordToken[] = [];
  for (const part of segments(text, language, 'word')) {
    if (!part.isWordLike) continue;
    const previous = tokens[tokens.length - 1];
    const between = previous === undefined ? '' : text.slice(previous.end, part.index);
    // A zero-width space or joiner inside a word is left there by a layout, not put there by the writer.
    const hyphenJoin = previous !== undefined && /\p{L}$/u.test(previous.text) && (between === '-' || (INSIDE_WORD.test(between) && /^\p{L}/u.test(part.segment)));
    if (hyphenJoin) {
      previous.end = part.index + part.segment.length;
      previous.text = text.slice(previous.start, previous.end);
      previous.lower = lowerCaseOf(previous.text);
    } else {
      tokens.push(wordToken(part.segment, part.index, part.index + part.segment.length));
    }
  }
  return tokens;
}
