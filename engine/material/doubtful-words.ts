import { CYRILLIC_LOOKALIKES } from '../lexicon/ru/ocr-lookalikes';
import type { OcrBox } from './types';

/** A word as Tesseract gives it, its box and glyphs' boxes in the image's pixels. */
export interface EngineWord {
  text: string;
  confidence: number;
  bbox: OcrBox;
  symbols?: { text: string; bbox: OcrBox }[] | null;
}

export interface EngineBlock {
  paragraphs: { lines: (EngineWord & { words?: EngineWord[] | null })[] }[];
}

/**
 * Tesseract reads a line as a whole, and on a word it is unsure of its model of the line can add
 * or swap a letter that is not printed (measured: "пациэнтов" came out "пацизэнтов", confidence
 * 47, in a line read at 93–96; the word alone reads right at 89; "Сб:" came out "CO:" at 65). A
 * word read with less confidence than this is read again on its own.
 */
const DOUBTFUL = 70;
/**
 * At most this many words of an image are read again, the least sure first: a page with more
 * doubtful words is a poor photo, which the reading quality reports (reading-quality.ts), and
 * reading it word by word would cost more than reading it.
 */
const MOST_REREADS = 16;

/** A word is read with this many letter heights of paper around it, short of its neighbours' ink. */
const MARGIN = 0.5;

/** How a word is read alone: as a line of text (its stops and spacing kept), and as a single word (to confirm the letters). */
export type ReadAs = 'line' | 'word';

const hasText = (word: EngineWord) => /[\p{L}\p{N}]/u.test(word.text);
/**
 * The letters and digits of a reading, which two readings must agree on, Latin lookalikes of
 * Cyrillic read as their Cyrillic twins: "C6:" and "Сб:" are one shape read by two models.
 */
const lettersOf = (words: readonly EngineWord[]) =>
  [...words.map((word) => word.text).join('')]
    .filter((glyph) => /[\p{L}\p{N}]/u.test(glyph))
    .map((glyph) => CYRILLIC_LOOKALIKES[glyph] ?? glyph)
    .join('');
/**
 * A lone glyph is not read again: alone, Tesseract boxes a fragment of it (a "₽" came back as an
 * "р" a quarter of its height), and the sign after a sum is told by its box (ocr-numbers.ts).
 */
const isWord = (word: EngineWord) => (word.text.match(/[\p{L}\p{N}]/gu) ?? []).length >= 2;

/** Where a word is read alone: its line's height and its own width, with paper around but none of the next word's ink. */
function roomOf(word: EngineWord, line: EngineWord, before: EngineWord | undefined, after: EngineWord | undefined, letterHeight: number): OcrBox {
  const margin = MARGIN * letterHeight;
  return {
    x0: Math.max(word.bbox.x0 - margin, before ? before.bbox.x1 + 1 : -Infinity),
    y0: line.bbox.y0 - margin,
    x1: Math.min(word.bbox.x1 + margin, after ? after.bbox.x0 - 1 : Infinity),
    y1: line.bbox.y1 + margin,
  };
}

/**
 * A doubtful word's reading alone, when it is surer than the word was, every one of its words (a
 * word may come back as two: "19 00"), and its letters are the page's or a second reading's: read
 * alone, the model too can be sure of a letter that is not there (measured: "пациэнтов" at 52 in
 * the page, "пацизэнтов" at 72 alone as a line, "пациэнтов" alone as a word), so a change of
 * letters needs two readings that agree.
 */
async function rereading(word: EngineWord, room: OcrBox, readAlone: (box: OcrBox, as: ReadAs) => Promise<EngineWord[]>): Promise<EngineWord[] | null> {
  const asLine = await readAlone(room, 'line');
  if (!asLine.some(hasText) || !asLine.every((read) => read.confidence > word.confidence)) return null;
  if (lettersOf(asLine) === lettersOf([word])) return asLine;
  return lettersOf(await readAlone(room, 'word')) === lettersOf(asLine) ? asLine : null;
}

/**
 * The blocks with each doubtful word replaced by its reading alone where that is the better one
 * (see rereading). `readAlone` reads the ink inside a box (clipped to the image) as a line or as
 * a word, and gives its words in the image's pixels.
 */
export async function withDoubtfulWordsReread(blocks: EngineBlock[], letterHeight: number, readAlone: (box: OcrBox, as: ReadAs) => Promise<EngineWord[]>): Promise<EngineBlock[]> {
  const doubtful = blocks
    .flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines.flatMap((line) => (line.words ?? []).map((word, i, words) => ({ word, line, before: words[i - 1], after: words[i + 1] })))))
    .filter(({ word }) => word.confidence < DOUBTFUL && isWord(word))
    .sort((a, b) => a.word.confidence - b.word.confidence)
    .slice(0, MOST_REREADS);
  const rereadings = new Map<EngineWord, EngineWord[]>();
  for (const { word, line, before, after } of doubtful) {
    const better = await rereading(word, roomOf(word, line, before, after, letterHeight), readAlone);
    if (better) rereadings.set(word, better);
  }
  if (rereadings.size === 0) return blocks;
  return blocks.map((block) => ({
    paragraphs: block.paragraphs.map((paragraph) => ({
      lines: paragraph.lines.map((line) => (line.words ? { ...line, words: line.words.flatMap((word) => rereadings.get(word) ?? [word]) } : line)),
    })),
  }));
}
