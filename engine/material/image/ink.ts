import type { GreyImage } from './raster';

/** A run of connected dark pixels: a letter, a few letters blurred together, a rule, a speck. */
export interface Component {
  /** Its label in the labelling it came from. */
  label: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Its dark pixels. */
  area: number;
}

/** Darker than the surrounding window's mean by this share is ink (Bradley and Roth's adaptive threshold). */
const DARKER_BY = 0.15;

/** Sums of the image over every rectangle from the origin, one row and column wider than the image. */
function integralOf({ width, height, pixels }: GreyImage): Float64Array | Uint32Array {
  const stride = width + 1;
  // Whole sums stay exact in 32 bits up to 16 million pixels; beyond, doubles.
  const sums = width * height * 255 < 2 ** 32 ? new Uint32Array(stride * (height + 1)) : new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += pixels[y * width + x]!;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1]! + row;
    }
  }
  return sums;
}

/**
 * Ink as a mask (1 dark, 0 paper), each pixel judged against the mean of the window around it,
 * so uneven light and tinted paper do not turn whole regions dark. The window is wide enough to
 * hold a headline's letter.
 */
export function inkMask(image: GreyImage): Uint8Array {
  const { width, height, pixels } = image;
  const sums = integralOf(image);
  const stride = width + 1;
  const half = Math.max(8, Math.round(Math.min(width, height) / 24));
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const top = Math.max(0, y - half);
    const bottom = Math.min(height, y + half + 1);
    for (let x = 0; x < width; x++) {
      const left = Math.max(0, x - half);
      const right = Math.min(width, x + half + 1);
      const sum = sums[bottom * stride + right]! - sums[top * stride + right]! - sums[bottom * stride + left]! + sums[top * stride + left]!;
      const count = (bottom - top) * (right - left);
      if (pixels[y * width + x]! * count < sum * (1 - DARKER_BY)) mask[y * width + x] = 1;
    }
  }
  return mask;
}

function rootOf(parents: Int32Array, label: number): number {
  while (parents[label] !== label) {
    parents[label] = parents[parents[label]!]!;
    label = parents[label]!;
  }
  return label;
}

/** Joins two labels' sets under the smaller root; returns it. */
function union(parents: Int32Array, a: number, b: number): number {
  const rootA = rootOf(parents, a);
  const rootB = rootOf(parents, b);
  if (rootA < rootB) parents[rootB] = rootA;
  else parents[rootA] = rootB;
  return Math.min(rootA, rootB);
}

/** The mask's 8-connected components, and each pixel's component label (0 for paper). */
export interface Labelling {
  components: Component[];
  labels: Int32Array;
}

/** Found in two passes with union–find over provisional labels; the labels are left resolved to their components'. */
export function labelled(mask: Uint8Array, width: number, height: number): Labelling {
  const labels = new Int32Array(width * height);
  let parents: Int32Array = new Int32Array(1024);
  let next = 1;
  const join = (label: number, neighbour: number) => (neighbour === 0 ? label : label === 0 ? neighbour : union(parents, label, neighbour));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = y * width + x;
      if (!mask[at]) continue;
      let label = x > 0 ? labels[at - 1]! : 0;
      if (y > 0) {
        label = join(label, labels[at - width]!);
        if (x > 0) label = join(label, labels[at - width - 1]!);
        if (x + 1 < width) label = join(label, labels[at - width + 1]!);
      }
      if (!label) {
        if (next === parents.length) parents = growTo(parents, next * 2);
        parents[next] = next;
        label = next++;
      }
      labels[at] = label;
    }
  }
  return { components: boxesOf(labels, width, parents), labels };
}

function growTo(parents: Int32Array, size: number): Int32Array {
  const grown = new Int32Array(size);
  grown.set(parents);
  return grown;
}

function boxesOf(labels: Int32Array, width: number, parents: Int32Array): Component[] {
  const boxes = new Map<number, Component>();
  for (let at = 0; at < labels.length; at++) {
    const label = labels[at]!;
    if (!label) continue;
    const root = rootOf(parents, label);
    labels[at] = root;
    const x = at % width;
    const y = (at - x) / width;
    const box = boxes.get(root);
    if (!box) boxes.set(root, { label: root, x0: x, y0: y, x1: x + 1, y1: y + 1, area: 1 });
    else {
      if (x < box.x0) box.x0 = x;
      if (x >= box.x1) box.x1 = x + 1;
      box.y1 = y + 1;
      box.area++;
    }
  }
  return [...boxes.values()];
}
