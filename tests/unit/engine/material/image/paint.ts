import { resample, inverse, rotation } from '../../../../../engine/material/image/geometry';
import type { GreyImage } from '../../../../../engine/material/image/raster';

/** A blank sheet of one grey. */
export function sheet(width: number, height: number, grey = 255): GreyImage {
  return { width, height, pixels: new Uint8Array(width * height).fill(grey) };
}

export function fill(image: GreyImage, x0: number, y0: number, x1: number, y1: number, grey: number): void {
  for (let y = Math.max(0, y0); y < Math.min(image.height, y1); y++) for (let x = Math.max(0, x0); x < Math.min(image.width, x1); x++) image.pixels[y * image.width + x] = grey;
}

/** An "o"-like letter: a ring of ink, so it has paper inside as printed letters do. */
export function letter(image: GreyImage, x: number, y: number, height: number, grey = 20): void {
  const width = Math.round(height * 0.7);
  const stroke = Math.max(1, Math.round(height / 6));
  fill(image, x, y, x + width, y + height, grey);
  fill(image, x + stroke, y + stroke, x + width - stroke, y + height - stroke, image.pixels[0]!);
}

/** Rows of letters in words, like a page of body text. */
export function textPage(width: number, height: number, letterHeight: number, margin = 40): GreyImage {
  const page = sheet(width, height);
  const advance = Math.round(letterHeight * 0.9);
  for (let y = margin; y + letterHeight < height - margin; y += letterHeight * 2) {
    for (let x = margin, i = 0; x + advance < width - margin; x += advance, i++) if (i % 6 !== 5) letter(page, x, y, letterHeight);
  }
  return page;
}

/** The image turned by `degrees` about its centre, on paper. */
export function turned(image: GreyImage, degrees: number): GreyImage {
  return resample(image, inverse(rotation((degrees * Math.PI) / 180, { x: image.width / 2, y: image.height / 2 })), image.width, image.height);
}
