import type { GreyImage } from './raster';

/** A projective map of the plane as a 3×3 matrix, row by row: (x, y) → ((ax+by+c)/w, (dx+ey+f)/w), w = gx+hy+i. */
export type Transform = readonly [number, number, number, number, number, number, number, number, number];

export interface Point {
  x: number;
  y: number;
}

/** `first` then `second`. */
export function followedBy(first: Transform, second: Transform): Transform {
  const [a, b, c, d, e, f, g, h, i] = second;
  const [p, q, r, s, t, u, v, w, z] = first;
  return [a * p + b * s + c * v, a * q + b * t + c * w, a * r + b * u + c * z, d * p + e * s + f * v, d * q + e * t + f * w, d * r + e * u + f * z, g * p + h * s + i * v, g * q + h * t + i * w, g * r + h * u + i * z];
}

export const scaling = (factor: number): Transform => [factor, 0, 0, 0, factor, 0, 0, 0, 1];

/** A turn by `radians` about `centre`. */
export function rotation(radians: number, centre: Point): Transform {
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  return [cos, -sin, centre.x - cos * centre.x + sin * centre.y, sin, cos, centre.y - sin * centre.x - cos * centre.y, 0, 0, 1];
}

export const translation = (dx: number, dy: number): Transform => [1, 0, dx, 0, 1, dy, 0, 0, 1];

export function apply(transform: Transform, { x, y }: Point): Point {
  const [a, b, c, d, e, f, g, h, i] = transform;
  const w = g * x + h * y + i;
  return { x: (a * x + b * y + c) / w, y: (d * x + e * y + f) / w };
}

/** Solves the 8×8 system by Gaussian elimination with partial pivoting; null when it is singular. */
function solve(rows: number[][]): number[] | null {
  const size = rows.length;
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) if (Math.abs(rows[row]![column]!) > Math.abs(rows[pivot]![column]!)) pivot = row;
    if (Math.abs(rows[pivot]![column]!) < 1e-12) return null;
    [rows[column], rows[pivot]] = [rows[pivot]!, rows[column]!];
    for (let row = 0; row < size; row++) {
      if (row === column) continue;
      const factor = rows[row]![column]! / rows[column]![column]!;
      for (let k = column; k <= size; k++) rows[row]![k]! -= factor * rows[column]![k]!;
    }
  }
  return rows.map((row, i) => row[size]! / row[i]!);
}

/** The projective map that takes each of four points to its counterpart; null for a degenerate quad. */
export function homography(from: readonly Point[], to: readonly Point[]): Transform | null {
  const rows = from.flatMap(({ x, y }, i) => {
    const { x: u, y: v } = to[i]!;
    return [
      [x, y, 1, 0, 0, 0, -u * x, -u * y, u],
      [0, 0, 0, x, y, 1, -v * x, -v * y, v],
    ];
  });
  const solution = solve(rows);
  return solution ? ([...solution, 1] as unknown as Transform) : null;
}

/**
 * A new image of the given size whose pixel (x, y) is the source's at `toSource(x, y)`, read
 * between pixels bilinearly; outside the source is paper.
 */
export function resample(source: GreyImage, toSource: Transform, width: number, height: number): GreyImage {
  const pixels = new Uint8Array(width * height);
  const [a, b, c, d, e, f, g, h, i] = toSource;
  const { width: sw, height: sh, pixels: from } = source;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const w = g * x + h * y + i;
      const sx = (a * x + b * y + c) / w;
      const sy = (d * x + e * y + f) / w;
      if (!(sx >= 0 && sy >= 0 && sx <= sw - 1 && sy <= sh - 1)) {
        pixels[y * width + x] = 255;
        continue;
      }
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const right = x0 < sw - 1 ? 1 : 0;
      const down = y0 < sh - 1 ? sw : 0;
      const fx = sx - x0;
      const fy = sy - y0;
      const at = y0 * sw + x0;
      const top = from[at]! + (from[at + right]! - from[at]!) * fx;
      const bottom = from[at + down]! + (from[at + down + right]! - from[at + down]!) * fx;
      pixels[y * width + x] = Math.round(top + (bottom - top) * fy);
    }
  }
  return { width, height, pixels };
}

/** The inverse map, by the adjugate. */
export function inverse(transform: Transform): Transform {
  const [a, b, c, d, e, f, g, h, i] = transform;
  const det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
  return [(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det, (f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det, (d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det];
}
