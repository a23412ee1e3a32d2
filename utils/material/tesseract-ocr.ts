import type { Work } from './load';
import type { OcrEngine, OcrLine, OcrResult } from './from-image';
import { MaterialError } from './errors';
import { splitColumns } from './ocr-columns';

/** tesseract.js rejects with a string or an Error whose message repeats "Error: ". */
function describeOcrFailure(error: unknown): string {
  return String(error instanceof Error ? error.message : error).replace(/^(Error: )+/, '');
}

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
  /** A worker that failed may be left broken inside: end it, so the next image starts a fresh one. */
  const drop = async (languages: string[]) => {
    const key = languages.join('+');
    const worker = workers.get(key);
    workers.delete(key);
    await worker?.then((started) => started.terminate()).catch(() => undefined);
  };
  return {
    async recognise(image: Uint8Array, languages: string[], work: Work = {}) {
      work.signal?.throwIfAborted();
      report = work.onProgress;
      const cancelled = new Promise<never>((_, reject) => work.signal?.addEventListener('abort', () => reject(work.signal!.reason), { once: true }));
      try {
        const worker = await Promise.race([workerFor(languages), cancelled]);
        const { data } = await Promise.race([worker.recognize(toImage(image), {}, { blocks: true, text: false }), cancelled]);
        return ocrResultOf(data.blocks);
      } catch (error) {
        // A cancelled recognition cannot be stopped inside the worker, and a failed one may have
        // broken it: drop the worker either way.
        await drop(languages);
        if (work.signal?.aborted) throw error;
        throw new MaterialError(`is not a readable image (${describeOcrFailure(error)})`);
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
