import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tesseractOcr } from '../engine/material/tesseract-ocr';
import { publicDirectory } from './node-public';
import { decodeNodeImage } from './node-image';

/**
 * Tesseract in Node: one worker thread per language set, closed when the command ends; the
 * library loads with the first image, and reads the language data the extension bundles from
 * disk, never downloaded.
 */
export function createNodeOcr() {
  return tesseractOcr(
    async (languages, onProgress) => {
      const { createWorker, OEM } = await import('tesseract.js');
      return createWorker(languages, OEM.LSTM_ONLY, {
        langPath: join(publicDirectory(), 'tessdata'),
        gzip: true,
        cacheMethod: 'none',
        cachePath: tmpdir(),
        logger: (message: { status: string; progress: number }) => {
          if (message.status === 'recognizing text') onProgress(message.progress);
        },
        // The failed job's promise already rejects with the reason; without a handler tesseract.js
        // also rethrows it in a worker message listener, outside any try, which ends the process.
        errorHandler: () => undefined,
      }) as never;
    },
    (bytes) => Buffer.from(bytes),
    decodeNodeImage,
  );
}
