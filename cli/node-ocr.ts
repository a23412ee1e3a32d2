import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorker, OEM } from 'tesseract.js';
import { tesseractOcr } from '../utils/material/tesseract-ocr';

/** The same language data the extension bundles: read from disk, never downloaded. */
const TESSDATA = resolve(dirname(fileURLToPath(import.meta.url)), '../public/tessdata');

/** Tesseract in Node: one worker thread per language set, closed when the command ends. */
export function createNodeOcr() {
  return tesseractOcr(
    (languages, onProgress) =>
      createWorker(languages, OEM.LSTM_ONLY, {
        langPath: TESSDATA,
        gzip: true,
        cacheMethod: 'none',
        cachePath: tmpdir(),
        logger: (message: { status: string; progress: number }) => {
          if (message.status === 'recognizing text') onProgress(message.progress);
        },
        // The failed job's promise already rejects with the reason; without a handler tesseract.js
        // also rethrows it in a worker message listener, outside any try, which ends the process.
        errorHandler: () => undefined,
      }) as never,
    (bytes) => Buffer.from(bytes),
  );
}
