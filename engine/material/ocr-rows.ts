import { CURRENCY_AFTER } from '../promises/common';
import type { OcrLine } from './from-image';
import type { OcrBox } from './types';

/** A price list's cell of a sum alone: "900 ₽", "от 1 500 руб.", "£4.50", "2 500 ₽/час". */
const SUM_ALONE = new RegExp(String.raw`^(?:от|from)?\s*[£$€]?\s*\d[\d\s.,]*\s*(?:${CURRENCY_AFTER})?\s*(?:\/\s*\p{L}+\.?)?$`, 'iu');
/** A sum and its label share a row when their boxes overlap by this share of the lower one's height. */
const SAME_ROW = 0.5;

const isSumAlone = (line: OcrLine) => SUM_ALONE.test(line.text.trim());
/** A line that ends in a sum: a price list's row, read whole by Tesseract or joined here. */
const ENDS_IN_SUM = new RegExp(String.raw`\d\s*(?:${CURRENCY_AFTER})\s*$`, 'iu');

function rowOverlap(a: OcrBox, b: OcrBox): number {
  const overlap = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return overlap / Math.max(1, Math.min(a.y1 - a.y0, b.y1 - b.y0));
}

/** The label line a sum stands beside: the nearest line to its left in the same row. */
function labelOf(sum: OcrLine, paragraphs: readonly OcrLine[][]): OcrLine | undefined {
  let best: OcrLine | undefined;
  for (const paragraph of paragraphs) {
    for (const line of paragraph) {
      if (isSumAlone(line) || line.box.x1 > sum.box.x0 || rowOverlap(line.box, sum.box) < SAME_ROW) continue;
      if (!best || line.box.x1 > best.box.x1) best = line;
    }
  }
  return best;
}

function joined(label: OcrLine, sum: OcrLine): OcrLine {
  return {
    text: `${label.text} ${sum.text}`,
    box: { x0: label.box.x0, y0: Math.min(label.box.y0, sum.box.y0), x1: sum.box.x1, y1: Math.max(label.box.y1, sum.box.y1) },
    confidence: (label.confidence * label.text.length + sum.confidence * sum.text.length) / (label.text.length + sum.text.length),
  };
}

/**
 * A price list read apart — the services, then their sums, as Tesseract's layout analysis and the
 * gutter split see it, in two paragraphs or in alternate lines of one — put back row by row: each
 * line of a sum alone joins the label in its row, so "Развал-схождение" and "250 ₽" are one line
 * again and the price is the service's; each row of a price list starts a paragraph of its own.
 * Lines of anything but a sum stay where they are.
 */
export function joinPriceRows(paragraphs: OcrLine[][]): OcrLine[][] {
  const joins = new Map<OcrLine, OcrLine>();
  const kept = paragraphs.map((paragraph) =>
    paragraph.filter((line) => {
      if (!isSumAlone(line)) return true;
      const label = labelOf(line, paragraphs);
      if (!label || joins.has(label)) return true;
      joins.set(label, joined(label, line));
      return false;
    }),
  );
  return kept.flatMap((paragraph) => rowsOf(paragraph.map((line) => joins.get(line) ?? line)));
}

/** A line goes on a row's label when it starts under the label, in its column: a label broken over two lines. */
function continuesLabel(row: OcrLine, line: OcrLine): boolean {
  return line.box.y0 >= row.box.y0 && Math.abs(line.box.x0 - row.box.x0) <= row.box.y1 - row.box.y0;
}

/**
 * A paragraph cut before each row of a price list (a line that ends in a sum): a row, with its
 * label's next lines in its column, is a block of its own, so its sum is never read as the price
 * of the row above; a line of another column after it starts the next block ("Вс: выходной" read
 * after "Приём педиатра 2 100 ₽" is no part of that row).
 */
function rowsOf(paragraph: OcrLine[]): OcrLine[][] {
  const isRow = (line: OcrLine) => ENDS_IN_SUM.test(line.text);
  const cut: OcrLine[][] = [];
  for (const line of paragraph) {
    const current = cut[cut.length - 1];
    const row = current?.[0];
    const apart = current === undefined || isRow(line) || (row !== undefined && isRow(row) && !continuesLabel(row, line));
    if (apart) cut.push([line]);
    else current.push(line);
  }
  return cut;
}
