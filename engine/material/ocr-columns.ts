import { heightOf, median } from './boxes';
import type { OcrLine } from './from-image';
import { cyrillicLookalikes } from './ocr-lookalikes';
import { repairNumbers, withUnreadGlyphs } from './ocr-numbers';
import type { OcrBox } from './types';

export interface OcrSymbol {
  text: string;
  box: OcrBox;
}

export interface OcrWord {
  text: string;
  box: OcrBox;
  confidence: number;
  /** The word's glyphs, one per character, when the engine reports them. */
  symbols?: OcrSymbol[];
}

/**
 * A gap wider than this many letter heights (the line's median word height) is a gutter between
 * columns, not a space between words, which is about half of one. Measured: a price column's
 * sum stood 1.8 letters from the next column, and Tesseract read both on one line; a line's own
 * box is no measure, as its ascenders and descenders make it twice a letter.
 */
const GUTTER = 1.5;

const textOf = (words: OcrWord[]) => words.map((w) => w.text).join(' ');

/** One run of words with no gutter inside, as a line of its own. */
function pieceOf(words: OcrWord[]): OcrLine {
  return {
    text: textOf(words),
    box: { x0: Math.min(...words.map((w) => w.box.x0)), y0: Math.min(...words.map((w) => w.box.y0)), x1: Math.max(...words.map((w) => w.box.x1)), y1: Math.max(...words.map((w) => w.box.y1)) },
    confidence: words.reduce((sum, w) => sum + w.confidence, 0) / words.length,
  };
}

/** A line's words cut at its gutters, left to right. */
function piecesOf(words: OcrWord[], letterHeight: number): OcrWord[][] {
  const pieces: OcrWord[][] = [];
  for (const word of words) {
    const current = pieces[pieces.length - 1];
    const previous = current?.[current.length - 1];
    if (previous && word.box.x0 - previous.box.x1 <= GUTTER * letterHeight) current!.push(word);
    else pieces.push([word]);
  }
  return pieces;
}

/**
 * A line cut at its gutters, each piece's text read from its words once their prices are repaired
 * (see ocr-numbers.ts) and short Russian words read in Latin lookalikes put back (ocr-lookalikes.ts):
 * a piece at a time, so the next column's numbers do not stand after a sum.
 */
function cutLine(line: OcrLine, read: OcrWord[], unread: readonly OcrBox[]): OcrLine[] {
  if (read.length === 0) return [line];
  const words = withUnreadGlyphs(read, unread);
  const pieces = piecesOf(words, median(words.map((word) => heightOf(word.box)))).map((piece) => cyrillicLookalikes(repairNumbers(piece, words), words));
  return pieces.length > 1 ? pieces.map(pieceOf) : [{ ...line, text: textOf(pieces[0]!) }];
}

/**
 * Tesseract sometimes reads two columns of a flyer as one, line by line ("Работаем круглосуточно,
 * без | Адрес: ул. Профсоюзная, 56"). Lines are cut at their gutters and the pieces regrouped by
 * the column they start in, so each column reads as its own paragraph. `unread`: ink no word
 * covers, where a dropped rouble sign may stand (see withUnreadGlyphs).
 */
export function splitColumns(lines: { line: OcrLine; words: OcrWord[] }[], unread: readonly OcrBox[] = []): OcrLine[][] {
  const cut = lines.map(({ line, words }) => cutLine(line, words, unread));
  const widest = Math.max(0, ...cut.map((pieces) => pieces.length));
  if (widest <= 1) return apartColumns(cut.map((pieces) => pieces[0]!));
  const tolerance = Math.max(...lines.map(({ line }) => heightOf(line.box)));
  const starts = cut.find((pieces) => pieces.length === widest)!.map((piece) => piece.box.x0);
  const columns: OcrLine[][] = starts.map(() => []);
  for (const pieces of cut) {
    for (const piece of pieces) {
      const column = starts.reduce((best, start, i) => (start <= piece.box.x0 + tolerance ? i : best), 0);
      columns[column]!.push(piece);
    }
  }
  return columns.filter((column) => column.length > 0);
}

const overlapsAcross = (a: OcrBox, b: OcrBox) => a.x0 < b.x1 && b.x0 < a.x1;

/**
 * A paragraph whose lines stand in two columns side by side, one line from each in turn
 * ("Приём педиатра" | "Вс: выходной"), parted into one paragraph per column: lines of a column
 * overlap across, lines of two columns do not. A paragraph of one column comes back whole.
 */
function apartColumns(lines: OcrLine[]): OcrLine[][] {
  const columns: { box: OcrBox; lines: OcrLine[] }[] = [];
  for (const line of lines) {
    const column = columns.find((c) => overlapsAcross(c.box, line.box));
    if (column) {
      column.lines.push(line);
      column.box = { ...column.box, x0: Math.min(column.box.x0, line.box.x0), x1: Math.max(column.box.x1, line.box.x1) };
    } else columns.push({ box: line.box, lines: [line] });
  }
  return columns.map((column) => column.lines);
}
