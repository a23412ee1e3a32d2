/** Draws the toolbar icons (a tick in a rounded square) so no binary comes from elsewhere. Run: npx tsx scripts/make-icons.ts */
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

function icon(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const radius = size * 0.2;
  const inside = (x: number, y: number) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  // The tick: two strokes, from (0.25, 0.52) to (0.43, 0.7) and on to (0.76, 0.32), in units of size.
  const nearSegment = (px: number, py: number, ax: number, ay: number, bx: number, by: number) => {
    const [x1, y1, x2, y2] = [ax * size, ay * size, bx * size, by * size];
    const t = Math.max(0, Math.min(1, ((px - x1) * (x2 - x1) + (py - y1) * (y2 - y1)) / ((x2 - x1) ** 2 + (y2 - y1) ** 2)));
    return Math.hypot(px - (x1 + t * (x2 - x1)), py - (y1 + t * (y2 - y1))) <= size * 0.07;
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const tick = nearSegment(x + 0.5, y + 0.5, 0.25, 0.52, 0.43, 0.7) || nearSegment(x + 0.5, y + 0.5, 0.43, 0.7, 0.76, 0.32);
      const fill = inside(x + 0.5, y + 0.5);
      png.data[i] = tick ? 255 : 11;
      png.data[i + 1] = tick ? 255 : 92;
      png.data[i + 2] = tick ? 255 : 173;
      png.data[i + 3] = fill ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
