import { greyOf, type GreyImage } from '@/engine/material/image/raster';

/**
 * An image as the OCR preparation takes it in the extension: decoded by the browser (which also
 * turns a phone photo upright by its EXIF orientation) and drawn on an offscreen canvas.
 */
export async function decodeBrowserImage(bytes: Uint8Array): Promise<GreyImage | null> {
  const bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return greyOf({ width: bitmap.width, height: bitmap.height, rgba: data });
  } finally {
    bitmap.close();
  }
}
