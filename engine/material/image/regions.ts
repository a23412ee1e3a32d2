import type { GreyImage } from './raster';

/** A set of pixels of a (small) image: their indices, and their bounds. */
export interface Region {
  pixels: number[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The 4-connected regions of the pixels `inside` accepts. */
export function regionsOf({ width, height, pixels }: GreyImage, inside: (grey: number) => boolean): Region[] {
  const seen = new Uint8Array(width * height);
  const regions: Region[] = [];
  for (let start = 0; start < pixels.length; start++) {
    if (seen[start] || !inside(pixels[start]!)) continue;
    const region: Region = { pixels: [start], x0: start % width, y0: Math.floor(start / width), x1: 0, y1: 0 };
    region.x1 = region.x0 + 1;
    region.y1 = region.y0 + 1;
    seen[start] = 1;
    for (let i = 0; i < region.pixels.length; i++) {
      const at = region.pixels[i]!;
      const x = at % width;
      const y = (at - x) / width;
      region.x0 = Math.min(region.x0, x);
      region.x1 = Math.max(region.x1, x + 1);
      region.y1 = Math.max(region.y1, y + 1);
      for (const next of [x > 0 ? at - 1 : -1, x + 1 < width ? at + 1 : -1, y > 0 ? at - width : -1, y + 1 < height ? at + width : -1]) {
        if (next < 0 || seen[next] || !inside(pixels[next]!)) continue;
        seen[next] = 1;
        region.pixels.push(next);
      }
    }
    regions.push(region);
  }
  return regions;
}

/** The region with its holes filled, as a mask over the whole image: what lies inside its outline. */
export function filled(region: Region, width: number, height: number): Uint8Array {
  const mask = new Uint8Array(width * height);
  for (const at of region.pixels) mask[at] = 1;
  const outside = new Uint8Array(width * height);
  const queue: number[] = [];
  const visit = (x: number, y: number) => {
    if (x < region.x0 || x >= region.x1 || y < region.y0 || y >= region.y1) return;
    const at = y * width + x;
    if (outside[at] || mask[at]) return;
    outside[at] = 1;
    queue.push(at);
  };
  for (let x = region.x0; x < region.x1; x++) visit(x, region.y0), visit(x, region.y1 - 1);
  for (let y = region.y0; y < region.y1; y++) visit(region.x0, y), visit(region.x1 - 1, y);
  while (queue.length > 0) {
    const at = queue.pop()!;
    const x = at % width;
    const y = (at - x) / width;
    visit(x - 1, y), visit(x + 1, y), visit(x, y - 1), visit(x, y + 1);
  }
  for (let y = region.y0; y < region.y1; y++) for (let x = region.x0; x < region.x1; x++) if (!outside[y * width + x]) mask[y * width + x] = 1;
  return mask;
}
