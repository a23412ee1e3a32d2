import type { Block } from './types';

/** A text item's geometry as pdf.js's getTextContent gives it. */
export interface PdfItemGeometry {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** A rectangle on a PDF page in the page's own units (origin bottom left). */
export interface PdfBox {
  page: number;
  left: number;
  bottom: number;
  right: number;
  top: number;
}

/**
 * Where a block's characters [start, end) stand on their PDF pages: one box per text item they
 * touch, its width shared out by `measure` (pdf.js gives no per-glyph positions; a browser
 * measures with a canvas, the default counts characters).
 */
export function pdfBoxes(block: Block, start: number, end: number, itemsOf: (page: number) => PdfItemGeometry[] | undefined, measure: (text: string) => number = (text) => text.length): PdfBox[] {
  const boxes: PdfBox[] = [];
  for (const segment of block.segments) {
    const { origin } = segment;
    if (origin.kind !== 'pdf' || segment.end <= start || segment.start >= end) continue;
    const item = itemsOf(origin.page)?.[origin.item];
    if (!item || item.str.length === 0) continue;
    const from = origin.offset + Math.max(start, segment.start) - segment.start;
    const to = origin.offset + Math.min(end, segment.end) - segment.start;
    const [, , , scaleY = item.height, x = 0, baseline = 0] = item.transform;
    const height = item.height || Math.abs(scaleY);
    // The space a line break adds after an item stands on no glyph: it gets no box.
    if (from >= item.str.length) continue;
    const whole = measure(item.str) || item.str.length;
    const at = (n: number) => x + (item.width * measure(item.str.slice(0, n))) / whole;
    boxes.push({
      page: origin.page,
      left: at(from),
      right: at(Math.min(to, item.str.length)),
      bottom: baseline - height * 0.25,
      top: baseline + height,
    });
  }
  return boxes;
}
