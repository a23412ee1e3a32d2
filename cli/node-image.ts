import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { exifOrientation, upright } from '../engine/material/image/orientation';
import { greyOf, type GreyImage, type RgbaImage } from '../engine/material/image/raster';

let mozjpeg: Promise<(bytes: ArrayBuffer) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>> | undefined;

/** MozJPEG's decoder (WebAssembly), its module compiled from the package's own file once. */
function jpegDecoder() {
  mozjpeg ??= (async () => {
    const { default: decode, init } = await import('@jsquash/jpeg/decode.js');
    const wasm = await readFile(createRequire(import.meta.url).resolve('@jsquash/jpeg/codec/dec/mozjpeg_dec.wasm'));
    await init(await WebAssembly.compile(wasm));
    return decode;
  })();
  return mozjpeg;
}

async function pixelsOf(bytes: Uint8Array): Promise<RgbaImage | null> {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) {
    const { PNG } = await import('pngjs');
    const { width, height, data } = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width, height, rgba: data };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    const decode = await jpegDecoder();
    const { width, height, data } = await decode(bytes.slice().buffer);
    return { width, height, rgba: data };
  }
  return null;
}

/**
 * An image as the OCR preparation takes it in Node: grey and upright as the camera meant it.
 * PNG through pngjs, JPEG through MozJPEG's WebAssembly decoder (both loaded with the first image
 * of their kind); null for what neither reads (WebP), which goes to Tesseract as it is.
 */
export async function decodeNodeImage(bytes: Uint8Array): Promise<GreyImage | null> {
  const pixels = await pixelsOf(bytes);
  return pixels && upright(greyOf(pixels), exifOrientation(bytes));
}
