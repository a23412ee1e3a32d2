import { createWorker, OEM } from 'tesseract.js';
import { tesseractOcr } from '@/engine/material/tesseract-ocr';
import { decodeBrowserImage } from './browser-image';

/**
 * Tesseract inside the extension: its worker, its core (the SIMD build every current browser
 * runs) and the language data all come from the extension's own files, never from a CDN.
 */
export function browserOcr(assetUrl: (path: string) => string) {
  return tesseractOcr(
    (languages, onProgress) =>
      createWorker(languages, OEM.LSTM_ONLY, {
        workerPath: assetUrl('/tesseract/worker.min.js'),
        corePath: assetUrl('/tesseract/tesseract-core-simd-lstm.wasm.js'),
        langPath: assetUrl('/tessdata'),
        gzip: true,
        cacheMethod: 'none',
        workerBlobURL: false,
        // A failed recognition rejects its own promise; without a handler tesseract.js throws it again where nothing catches it.
        errorHandler: () => undefined,
        logger: (message: { status: string; progress: number }) => {
          if (message.status === 'recognizing text') onProgress(message.progress);
        },
      }) as never,
    (bytes) => new Blob([bytes as Uint8Array<ArrayBuffer>]),
    decodeBrowserImage,
  );
}
