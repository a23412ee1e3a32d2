import type { Work } from './load';
import type { OcrEngine, OcrLine, OcrResult } from './from-image';
import { splitColumns } from './ocr-columns';

/** The part of a tesseract.js worker Sverka uses, so Node and the extension pass their own. */
export interface TesseractWorker {
  setParameters(parameters: Record<string, string>): Promise<unknown>;
  recognize(image: unknown, options: Record<string, unknown>, output: { blocks: boolean; text: boolean }): Promise<{ data: { blocks: TesseractBlock[] | null } }>;
  terminate(): Promise<unknown>;
}
interface TesseractWord {
  text: string;
  confidence: number;
  bbox: OcrLine['box'];
}
interface TesseractBlock {
  paragraphs: { lines: (TesseractWord & { words?: TesseractWord[] })[] }[];
}

/**
 * Settings for flyers: automatic page segmentation (columns, headings, price boxes) and Sauvola's
 * local thresholding, which keeps text on coloured and unevenly lit backgrounds. Its window is
 * narrowed from the default so light text on a dark box is read too (measured: the default window
 * lost such a line of a test flyer, PNG and JPEG). Screenshots and photos carry no resolution; a
 * stated one stops Tesseract guessing it (and saying so on stderr).
 */
export const FLYER_PARAMETERS = { tessedit_pageseg_mode: '3', thresholding_method: '2', thresholding_window_size: '0.05', user_defined_dpi: '150' };

const wordOf = (word: TesseractWord) => ({ text: word.text, confidence: word.confidence, box: word.bbox });

/** Turns Tesseract's block tree into paragraphs of lines, a paragraph that spans columns split into one per column. */
export function ocrResultOf(blocks: TesseractBlock[] | null): OcrResult {
  return {
    paragraphs: (blocks ?? []).flatMap((block) =>
      block.paragraphs.flatMap((paragraph) =>
        splitColumns(paragraph.lines.map((line) => ({ line: { text: line.text.replace(/\n$/, ''), confidence: line.confidence, box: line.bbox }, words: (line.words ?? []).map(wordOf) }))).map((lines) => ({ lines })),
      ),
    ),
  };
}

/**
 * An OCR engine over tesseract.js workers, one per language set, made on first use and kept:
 * loading the language data is most of the cost. `toImage` adapts the bytes to what the
 * environment's tesseract.js reads (a Buffer in Node, a Blob in a browser).
 */
export function tesseractOcr(
  createWorker: (languages: string[], onProgress: (fraction: number) => void) => Promise<TesseractWorker>,
  toImage: (bytes: Uint8Array) => unknown,
): OcrEngine & { close(): Promise<void> } {
  const workers = new Map<string, Promise<TesseractWorker>>();
  let report: ((fraction: number) => void) | undefined;
  const workerFor = (languages: string[]) => {
    const key = languages.join('+');
    if (!workers.has(key)) {
      workers.set(key, createWorker(languages, (fraction) => report?.(fraction)).then(async (worker) => {
        await worker.setParameters(FLYER_PARAMETERS);
        return worker;
      }));
    }
    return workers.get(key)!;
  };
  return {
    async recognise(image: Uint8Array, languages: string[], work: Work = {}) {
      work.signal?.throwIfAborted();
      report = work.onProgress;
      const worker = await workerFor(languages);
      const cancelled = new Promise<never>((_, reject) => work.signal?.addEventListener('abort', () => reject(work.signal!.reason), { once: true }));
      try {
        const { data } = await Promise.race([worker.recognize(toImage(image), {}, { blocks: true, text: false }), cancelled]);
        return ocrResultOf(data.blocks);
      } catch (error) {
        // A cancelled recognition cannot be stopped inside the worker: drop the worker instead.
        if (work.signal?.aborted) await this.close();
        throw error;
      } finally {
        report = undefined;
      }
    },
    async close() {
      const all = [...workers.values()];
      workers.clear();
      await Promise.all(all.map(async (worker) => (await worker).terminate()));
    },
  };
}
