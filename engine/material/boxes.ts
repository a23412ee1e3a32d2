import type { OcrBox } from './types';

/** Measures of a rectangle in pixels, shared by the OCR preparation (letters) and the OCR text (words, lines). */
export const heightOf = (box: OcrBox) => box.y1 - box.y0;
export const widthOf = (box: OcrBox) => box.x1 - box.x0;
export const centreOf = (box: OcrBox) => ({ x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 });

/** Whether the point lies in the box grown by `margin` on every side. */
export const holds = (box: OcrBox, { x, y }: { x: number; y: number }, margin = 0) => x >= box.x0 - margin && x <= box.x1 + margin && y >= box.y0 - margin && y <= box.y1 + margin;

/** The middle value (the upper of the two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)]!;
}
