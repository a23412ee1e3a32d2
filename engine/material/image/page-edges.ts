import { median } from '../boxes';
import type { Point } from './geometry';
import { percentile, shrunk, type GreyImage } from './raster';
import { filled, regionsOf } from './regions';

/** The page is found on a copy this many pixels on its longer side: edges need no detail. */
const SEARCH_SIDE = 400;
/** A sheet smaller than this share of the photo is too far away to straighten usefully. */
const MIN_PAGE_SHARE = 0.2;
/** A sheet covering more than this share fills the frame: there is no edge to straighten by. */
const MAX_PAGE_SHARE = 0.93;
/** The sheet, holes filled, fills its corners' quadrilateral at least this much. */
const MIN_FILL = 0.9;
/** Paper is brighter than what it lies on by at least this many grey levels… */
const MIN_CONTRAST = 25;
/** …measured this many pixels (of the search copy) to either side of its edge: a sheet's edge is a step, a vignette's is a slope. */
const EDGE_STEP = 2;
const SAMPLES_PER_EDGE = 16;

function borderLevel({ width, height, pixels }: GreyImage): number {
  const border: number[] = [];
  for (let x = 0; x < width; x++) border.push(pixels[x]!, pixels[(height - 1) * width + x]!);
  for (let y = 0; y < height; y++) border.push(pixels[y * width]!, pixels[y * width + width - 1]!);
  return percentile(Uint8Array.from(border), 0.5);
}

/** The mask's corners: the points furthest towards each diagonal (top-left, top-right, bottom-right, bottom-left). */
function cornersOf(mask: Uint8Array, width: number): Point[] {
  const corners = [
    { x: 0, y: 0, score: Infinity },
    { x: 0, y: 0, score: -Infinity },
    { x: 0, y: 0, score: -Infinity },
    { x: 0, y: 0, score: Infinity },
  ];
  mask.forEach((inside, at) => {
    if (!inside) return;
    const x = at % width;
    const y = (at - x) / width;
    if (x + y < corners[0]!.score) corners[0] = { x, y, score: x + y };
    if (x - y > corners[1]!.score) corners[1] = { x, y, score: x - y };
    if (x + y > corners[2]!.score) corners[2] = { x, y, score: x + y };
    if (x - y < corners[3]!.score) corners[3] = { x, y, score: x - y };
  });
  return corners.map(({ x, y }) => ({ x, y }));
}

/** The shoelace formula. */
function quadArea(corners: readonly Point[]): number {
  let twice = 0;
  for (let i = 0; i < corners.length; i++) {
    const a = corners[i]!;
    const b = corners[(i + 1) % corners.length]!;
    twice += a.x * b.y - b.x * a.y;
  }
  return Math.abs(twice) / 2;
}

/** The median step from outside to inside along one side, where both sides are in the picture; null when too few are. */
function stepAlong(image: GreyImage, from: Point, to: Point, centre: Point): number | null {
  const at = (x: number, y: number) => {
    const column = Math.round(x);
    const row = Math.round(y);
    return column >= 0 && row >= 0 && column < image.width && row < image.height ? image.pixels[row * image.width + column]! : null;
  };
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  let normal = { x: -(to.y - from.y) / length, y: (to.x - from.x) / length };
  const middle = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  if (normal.x * (centre.x - middle.x) + normal.y * (centre.y - middle.y) < 0) normal = { x: -normal.x, y: -normal.y };
  const steps: number[] = [];
  for (let k = 1; k <= SAMPLES_PER_EDGE; k++) {
    const x = from.x + ((to.x - from.x) * k) / (SAMPLES_PER_EDGE + 1);
    const y = from.y + ((to.y - from.y) * k) / (SAMPLES_PER_EDGE + 1);
    const inside = at(x + normal.x * EDGE_STEP, y + normal.y * EDGE_STEP);
    const outside = at(x - normal.x * EDGE_STEP, y - normal.y * EDGE_STEP);
    if (inside !== null && outside !== null) steps.push(inside - outside);
  }
  if (steps.length < SAMPLES_PER_EDGE / 2) return null;
  return median(steps);
}

/**
 * Whether the quad's sides are steps from dark to paper, each of them: a vignette's bright middle
 * may meet a dark panel in a step on one side, never on all four. A side that ends at the
 * picture's edge may be the frame cutting the sheet, and does not count against it.
 */
function edgesAreSteps(image: GreyImage, corners: readonly Point[]): boolean {
  const centre = { x: corners.reduce((sum, c) => sum + c.x, 0) / 4, y: corners.reduce((sum, c) => sum + c.y, 0) / 4 };
  const steps = corners.map((from, i) => stepAlong(image, from, corners[(i + 1) % 4]!, centre));
  const onBorder = (p: Point) => p.x <= 2 * EDGE_STEP || p.y <= 2 * EDGE_STEP || p.x >= image.width - 1 - 2 * EDGE_STEP || p.y >= image.height - 1 - 2 * EDGE_STEP;
  const cutByFrame = (i: number) => onBorder(corners[i]!) || onBorder(corners[(i + 1) % 4]!);
  const sides = steps.map((step, i) => (step !== null && step >= MIN_CONTRAST ? 'step' : cutByFrame(i) ? 'cut' : 'slope'));
  return !sides.includes('slope') && sides.filter((side) => side === 'step').length >= 2;
}

/**
 * The corners of a sheet photographed on a darker surface (a desk, a wall), top-left first and
 * clockwise, in the image's pixels; null when no sheet stands out clearly: the page fills the
 * frame, lies on something as light as itself, fades into a vignette, or is not four-cornered.
 */
export function pageCorners(image: GreyImage): Point[] | null {
  const factor = Math.max(1, Math.ceil(Math.max(image.width, image.height) / SEARCH_SIDE));
  const small = shrunk(image, factor);
  const area = small.width * small.height;
  const surface = borderLevel(small);
  const paper = percentile(small.pixels, 0.9);
  if (paper - surface < MIN_CONTRAST) return null;
  const level = (paper + surface) / 2;
  const largest = regionsOf(small, (grey) => grey > level).reduce((best, region) => (region.pixels.length > (best?.pixels.length ?? 0) ? region : best), undefined as ReturnType<typeof regionsOf>[number] | undefined);
  if (!largest) return null;
  const sheet = filled(largest, small.width, small.height);
  const sheetArea = sheet.reduce((sum, inside) => sum + inside, 0);
  if (sheetArea < MIN_PAGE_SHARE * area) return null;
  const corners = cornersOf(sheet, small.width);
  const quad = quadArea(corners);
  if (quad > MAX_PAGE_SHARE * area || sheetArea < MIN_FILL * quad || !edgesAreSteps(small, corners)) return null;
  return corners.map(({ x, y }) => ({ x: (x + 0.5) * factor, y: (y + 0.5) * factor }));
}
