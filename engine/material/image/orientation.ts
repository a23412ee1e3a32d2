import { resample, type Transform } from './geometry';
import type { GreyImage } from './raster';

/**
 * The EXIF orientation a JPEG from a phone declares (1–8; 1 when none): the camera stores the
 * sensor's pixels and says how to turn them. Read from the APP1 segment's first IFD.
 */
export function exifOrientation(bytes: Uint8Array): number {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 1;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    const length = view.getUint16(at + 2);
    if (marker === 0xe1 && String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === 'Exif') return orientationInTiff(view, at + 10, at + 2 + length);
    if (marker === 0xda) return 1;
    at += 2 + length;
  }
  return 1;
}

function orientationInTiff(view: DataView, tiff: number, end: number): number {
  if (tiff + 8 > end) return 1;
  const little = view.getUint16(tiff) === 0x4949;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return 1;
  const entries = view.getUint16(ifd, little);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** For each orientation, where an upright pixel (x, y) of a w×h upright image lies in the stored one. */
const STORED_AT: Record<number, (w: number, h: number) => Transform> = {
  2: (w) => [-1, 0, w - 1, 0, 1, 0, 0, 0, 1],
  3: (w, h) => [-1, 0, w - 1, 0, -1, h - 1, 0, 0, 1],
  4: (_w, h) => [1, 0, 0, 0, -1, h - 1, 0, 0, 1],
  5: () => [0, 1, 0, 1, 0, 0, 0, 0, 1],
  6: (w) => [0, 1, 0, -1, 0, w - 1, 0, 0, 1],
  7: (w, h) => [0, -1, h - 1, -1, 0, w - 1, 0, 0, 1],
  8: (_w, h) => [0, -1, h - 1, 1, 0, 0, 0, 0, 1],
};

/** The image as the camera meant it to be seen. */
export function upright(image: GreyImage, orientation: number): GreyImage {
  const storedAt = STORED_AT[orientation];
  if (!storedAt) return image;
  const swaps = orientation >= 5;
  const width = swaps ? image.height : image.width;
  const height = swaps ? image.width : image.height;
  return resample(image, storedAt(width, height), width, height);
}
