import { centreOf, heightOf, median, widthOf } from '../boxes';
import type { Component } from './ink';

/** Smaller than this many pixels high is a speck or a dot, not a letter. */
const MIN_LETTER_HEIGHT = 4;
/** Letters blurred into a word are wide; a rule or a box border is wider still for its height. */
const MAX_WIDTH_PER_HEIGHT = 25;
/** A letter leaves paper between its strokes; a filled box or a photo's shadow does not. */
const MAX_FILL = 0.85;

/** The components shaped like letters or words of text, out of all the ink on an image of that height. */
export function letterLike(components: readonly Component[], imageHeight: number): Component[] {
  return components.filter((c) => {
    const height = heightOf(c);
    return height >= MIN_LETTER_HEIGHT && height <= imageHeight / 8 && widthOf(c) <= MAX_WIDTH_PER_HEIGHT * height && c.area / (height * widthOf(c)) <= MAX_FILL;
  });
}

const medianHeight = (letters: readonly Component[]) => (letters.length === 0 ? 0 : median(letters.map(heightOf)));

/** A component with less ink than this share of a square of the median height is a speck of noise, not a letter. */
const SPECK = 0.15;

/**
 * The body text's letter height: the median letter's (small print outnumbers a headline's few
 * big letters), counted again without the specks a noisy photo adds.
 */
export function textHeightOf(letters: readonly Component[]): number {
  const rough = medianHeight(letters);
  return medianHeight(letters.filter((letter) => letter.area >= SPECK * rough * rough));
}

/** Text is not turned further than this in a photo Sverka straightens. */
const MAX_SKEW_DEGREES = 20;

/** How sharply the letters' centres stack into rows when the page is turned by `radians`. */
function rowSharpness(letters: readonly Component[], radians: number, rowHeight: number): number {
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const rows = new Map<number, number>();
  for (const c of letters) {
    const { x, y } = centreOf(c);
    const row = Math.round((y * cos - x * sin) / rowHeight);
    rows.set(row, (rows.get(row) ?? 0) + widthOf(c));
  }
  let sharpness = 0;
  for (const weight of rows.values()) sharpness += weight * weight;
  return sharpness;
}

function sharpestAngle(letters: readonly Component[], rowHeight: number, from: number, to: number, step: number): number {
  let best = 0;
  let bestSharpness = -1;
  for (let degrees = from; degrees <= to + 1e-9; degrees += step) {
    const sharpness = rowSharpness(letters, (degrees * Math.PI) / 180, rowHeight);
    if (sharpness > bestSharpness) [best, bestSharpness] = [degrees, sharpness];
  }
  return best;
}

/**
 * The angle in degrees the lines of text are turned by, positive clockwise (lines falling to the
 * right), from the projection profile of the letters' centres: at the right angle the letters of
 * a line fall into one row. Coarse, then fine around the best.
 */
export function skewOf(letters: readonly Component[]): number {
  if (letters.length < 20) return 0;
  const rowHeight = Math.max(2, textHeightOf(letters) / 2);
  const coarse = sharpestAngle(letters, rowHeight, -MAX_SKEW_DEGREES, MAX_SKEW_DEGREES, 0.5);
  return sharpestAngle(letters, rowHeight, coarse - 0.5, coarse + 0.5, 0.1);
}
