/** An image as one grey level per pixel (0 black … 255 white), row by row: what the OCR preparation works on. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Decoded pixels, four bytes (red, green, blue, alpha) each, as a canvas or an image decoder gives them. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8Array | Uint8ClampedArray;
}

/** Luma by ITU-R BT.601, the weights Tesseract's own conversion uses; a transparent pixel is paper. */
export function greyOf({ width, height, rgba }: RgbaImage): GreyImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0, at = 0; i < pixels.length; i++, at += 4) {
    const luma = (299 * rgba[at]! + 587 * rgba[at + 1]! + 114 * rgba[at + 2]!) / 1000;
    const alpha = rgba[at + 3]! / 255;
    pixels[i] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, pixels };
}

/** The image as a binary PGM, the simplest format Tesseract's image reader (Leptonica) takes. */
export function pgmOf({ width, height, pixels }: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const bytes = new Uint8Array(header.length + pixels.length);
  bytes.set(header);
  bytes.set(pixels, header.length);
  return bytes;
}

/** A copy shrunk by `factor`, each pixel the mean of its block: for finding shapes, not reading. */
export function shrunk(image: GreyImage, factor: number): GreyImage {
  const width = Math.floor(image.width / factor);
  const height = Math.floor(image.height / factor);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let dy = 0; dy < factor; dy++) for (let dx = 0; dx < factor; dx++) sum += image.pixels[(y * factor + dy) * image.width + x * factor + dx]!;
      pixels[y * width + x] = Math.round(sum / (factor * factor));
    }
  }
  return { width, height, pixels };
}

/** How many pixels have each grey level. */
function histogramOf(pixels: Uint8Array, inside?: Uint8Array): Uint32Array {
  const histogram = new Uint32Array(256);
  for (let at = 0; at < pixels.length; at++) if (!inside || inside[at]) histogram[pixels[at]!]!++;
  return histogram;
}

/** The grey level below which the given share of the histogram's pixels lie. */
function levelAt(histogram: Uint32Array, share: number): number {
  const count = histogram.reduce((sum, n) => sum + n, 0);
  let seen = 0;
  for (let level = 0; level < 256; level++) {
    seen += histogram[level]!;
    if (seen >= share * count) return level;
  }
  return 255;
}

/** The grey level below which the given share of the pixels lie (of those `inside` marks, when given). */
export function percentile(pixels: Uint8Array, share: number, inside?: Uint8Array): number {
  return levelAt(histogramOf(pixels, inside), share);
}

/** Ink and paper this few grey levels apart read poorly: Sauvola's threshold expects a range of about half the scale. */
const FAINT_RANGE = 128;

/**
 * A faint image (a washed-out photo, a grey print) with its greys spread over the whole scale,
 * the darkest hundredth black and the brightest white; any other image as it is.
 */
export function withContrast(image: GreyImage): GreyImage {
  const histogram = histogramOf(image.pixels);
  const dark = levelAt(histogram, 0.01);
  const light = levelAt(histogram, 0.99);
  if (light - dark >= FAINT_RANGE || light <= dark) return image;
  const scale = 255 / (light - dark);
  return { ...image, pixels: image.pixels.map((grey) => Math.max(0, Math.min(255, Math.round((grey - dark) * scale)))) };
}

/** The part of the image inside the box (clipped to the image), as an image of its own, and where its top left corner was. */
export function cropped(image: GreyImage, box: { x0: number; y0: number; x1: number; y1: number }): { image: GreyImage; left: number; top: number } {
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const width = Math.max(0, Math.min(image.width, Math.ceil(box.x1)) - x0);
  const height = Math.max(0, Math.min(image.height, Math.ceil(box.y1)) - y0);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) pixels.set(image.pixels.subarray((y0 + y) * image.width + x0, (y0 + y) * image.width + x0 + width), y * width);
  return { image: { width, height, pixels }, left: x0, top: y0 };
}
