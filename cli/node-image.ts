import { exifOrientation, upright } from '../utils/material/image/orientation';
import { greyOf, type GreyImage, type RgbaImage } from '../utils/material/image/raster';

async function pixelsOf(bytes: Uint8Array): Promise<RgbaImage | null> {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) {
    const { PNG } = await import('pngjs');
    const { width, height, data } = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width, height, rgba: data };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const { decode } = await import('jpeg-js');
    const { width, height, data } = decode(bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 1024 });
    return { width, height, rgba: data };
  }
  return null;
}

/**
 * An image as the OCR preparation takes it in Node: grey and upright as the camera meant it.
 * PNG through pngjs, JPEG through jpeg-js (both pure JavaScript, loaded with the first image);
 * null for what neither reads (WebP), which goes to Tesseract as it is.
 */
export async function decodeNodeImage(bytes: Uint8Array): Promise<GreyImage | null> {
  const pixels = await pixelsOf(bytes);
  return pixels && upright(greyOf(pixels), exifOrientation(bytes));
}
