import type { Work } from './load';
import type { OcrEngine, OcrLine, OcrResult } from './from-image';
import type { OcrBox } from './types';
import { errorDetail, MaterialError } from './errors';
import { ocrStage } from './progress';
import { prepareForOcr, type Preparation } from './image/prepare';
import { cropped, pgmOf, type GreyImage } from './image/raster';
import { inkRead, unreadInk, type ReadWord } from './image/reading';
import { splitColumns, type OcrWord } from './ocr-columns';
import { joinPriceRows } from './ocr-rows';
import { withDoubtfulWordsReread, type EngineBlock, type EngineWord, type ReadAs } from './doubtful-words';

/** tesseract.js rejects with a string or an Error whose message repeats "Error: ". */
function describeOcrFailure(error: unknown): string | undefined {
  return errorDetail(error)?.replace(/^(Error: )+/, '') || undefined;
}

/** The part of a tesseract.js worker Sverka uses, so Node and the extension pass their own. */
export interface TesseractWorker {
  setParameters(parameters: Record<string, string>): Promise<unknown>;
  recognize(image: unknown, options: Record<string, string>, output: { blocks: boolean; text: boolean }): Promise<{ data: { blocks: EngineBlock[] | null } }>;
  terminate(): Promise<unknown>;
}
/**
 * Settings for flyers: automatic page segmentation (columns, headings, price boxes) and Sauvola's
 * local thresholding, which keeps text on coloured and unevenly lit backgrounds. A prepared image
 * gets its own window and resolution (readingParameters); these are for an image the preparation
 * cannot decode, whose dark boxes are not turned negative: the window is narrowed from the default
 * so light text on a dark box is read too (measured: the default window lost such a line of a test
 * flyer). Screenshots and photos carry no resolution; a stated one stops Tesseract guessing it.
 */
export const FLYER_PARAMETERS = { tessedit_pageseg_mode: '3', thresholding_method: '2', thresholding_window_size: '0.05', user_defined_dpi: '150' };

/** A word and its glyphs, which tell a rouble sign glued to a sum from its last digit (see ocr-numbers.ts). */
const wordOf = (word: EngineWord): OcrWord => ({
  text: word.text,
  confidence: word.confidence,
  box: word.bbox,
  ...(word.symbols ? { symbols: word.symbols.map((symbol) => ({ text: symbol.text, box: symbol.bbox })) } : {}),
});

const hasRoubles = (paragraphs: OcrLine[][]) => paragraphs.some((lines) => lines.some((line) => line.text.includes('₽')));

/**
 * Turns Tesseract's block tree into paragraphs of lines: a paragraph that spans columns split into
 * one per column, and a price list's column of sums joined back to its labels row by row.
 * `unread`: ink of the image no word covers; a glyph of it right after a sum is taken for a
 * dropped rouble sign, but only on a page whose other prices are read in roubles.
 */
export function ocrResultOf(blocks: EngineBlock[] | null, unread: readonly OcrBox[] = []): OcrResult {
  const columnsWith = (ink: readonly OcrBox[]) =>
    (blocks ?? []).flatMap((block) =>
      block.paragraphs.flatMap((paragraph) =>
        splitColumns(
          paragraph.lines.map((line) => ({ line: { text: line.text.replace(/\n$/, ''), confidence: line.confidence, box: line.bbox }, words: (line.words ?? []).map(wordOf) })),
          ink,
        ),
      ),
    );
  const read = columnsWith([]);
  const columns = unread.length > 0 && hasRoubles(read) ? columnsWith(unread) : read;
  return { paragraphs: joinPriceRows(columns).map((lines) => ({ lines })) };
}

/** Sauvola's window in letter heights: wide enough to hold a letter and the paper around it, so a blurred or faint stroke is judged against its paper. */
const WINDOW_IN_LETTERS = 3;
/** …and the second look, when the first read too little: a wider window, for a washed-out or unevenly lit photo. */
const SECOND_WINDOW_IN_LETTERS = 8;
/** A first reading that covers less of the ink than this gets the second look. */
const SECOND_LOOK_BELOW = 0.8;
/** Tesseract's page segmentation modes for an image that is one line of text, and one word: how a doubtful word is read again. */
const SEGMENTATION: Record<ReadAs, string> = { line: '7', word: '8' };

/** Tesseract's parameters for one prepared image: its resolution as scaled, and a binarisation window measured in its letters. */
export function readingParameters(preparation: Preparation, windowInLetters: number): Record<string, string> {
  // Tesseract takes a stated resolution of 70 to 2400 and guesses its own outside them.
  const dpi = Math.min(2400, Math.max(70, Math.round(Number(FLYER_PARAMETERS.user_defined_dpi) * preparation.scale)));
  if (preparation.textHeight === 0) return { user_defined_dpi: String(dpi) };
  return { user_defined_dpi: String(dpi), thresholding_window_size: ((windowInLetters * preparation.textHeight) / dpi).toFixed(3) };
}

const wordsIn = (blocks: EngineBlock[] | null): EngineWord[] => (blocks ?? []).flatMap((block) => block.paragraphs.flatMap((paragraph) => paragraph.lines.flatMap((line) => line.words ?? [])));

const wordsOf = (blocks: EngineBlock[] | null): ReadWord[] => wordsIn(blocks).map(wordOf);

const boxMovedBy = (box: OcrBox, dx: number, dy: number): OcrBox => ({ x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy });

/** A word read in a part of the image, placed back in the whole image's pixels. */
function movedBy(word: EngineWord, dx: number, dy: number): EngineWord {
  return { ...word, bbox: boxMovedBy(word.bbox, dx, dy), symbols: word.symbols?.map((symbol) => ({ ...symbol, bbox: boxMovedBy(symbol.bbox, dx, dy) })) ?? null };
}

/**
 * An OCR engine over tesseract.js workers, one per language set, made on first use and kept:
 * loading the language data is most of the cost. `toImage` adapts the bytes to what the
 * environment's tesseract.js reads (a Buffer in Node, a Blob in a browser); `decode` gives the
 * image's grey pixels for the preparation (see image/prepare.ts), or null when it cannot, and the
 * image is then read as it is.
 */
export function tesseractOcr(
  createWorker: (languages: string[], onProgress: (fraction: number) => void) => Promise<TesseractWorker>,
  toImage: (bytes: Uint8Array) => unknown,
  decode: (bytes: Uint8Array) => Promise<GreyImage | null>,
): OcrEngine & { close(): Promise<void> } {
  const workers = new Map<string, Promise<TesseractWorker>>();
  let report: ((fraction: number) => void) | undefined;
  const workerFor = (languages: string[]) => {
    const key = languages.join('+');
    if (!workers.has(key)) {
      workers.set(
        key,
        createWorker(languages, (fraction) => report?.(fraction)).then(async (worker) => {
          await worker.setParameters(FLYER_PARAMETERS);
          return worker;
        }),
      );
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
  /** An image the preparation cannot take (a format the decoder does not know, broken pixels) is read as it came. */
  const prepare = async (image: Uint8Array) => {
    const grey = await decode(image).catch(() => null);
    return grey && prepareForOcr(grey);
  };
  const read = async (worker: TesseractWorker, image: Uint8Array, parameters: Record<string, string>, cancelled: Promise<never>) =>
    (await Promise.race([worker.recognize(toImage(image), parameters, { blocks: true, text: false }), cancelled])).data.blocks;
  return {
    async recognise(image: Uint8Array, languages: string[], work: Work = {}) {
      work.signal?.throwIfAborted();
      report = (fraction) => {
        work.onProgress?.(fraction);
        work.onStage?.(ocrStage(fraction));
      };
      work.onStage?.(ocrStage(0));
      const cancelled = new Promise<never>((_, reject) => work.signal?.addEventListener('abort', () => reject(work.signal!.reason), { once: true }));
      try {
        const worker = await Promise.race([workerFor(languages), cancelled]);
        const preparation = await prepare(image);
        if (!preparation) return ocrResultOf(await read(worker, image, {}, cancelled));
        const prepared = pgmOf(preparation.image);
        const look = async (windowInLetters: number) => {
          const parameters = readingParameters(preparation, windowInLetters);
          const blocks = await read(worker, prepared, parameters, cancelled);
          return { blocks, parameters, inkRead: inkRead(preparation.letters, wordsOf(blocks), preparation.textHeight) };
        };
        let best = await look(WINDOW_IN_LETTERS);
        if (best.inkRead < SECOND_LOOK_BELOW) {
          const second = await look(SECOND_WINDOW_IN_LETTERS);
          if (second.inkRead > best.inkRead) best = second;
        }
        // A word's own reading is no step of the page's progress.
        report = undefined;
        const readAlone = async (box: OcrBox, as: ReadAs) => {
          const room = cropped(preparation.image, box);
          if (room.image.width === 0 || room.image.height === 0) return [];
          const blocks = await read(worker, pgmOf(room.image), { ...best.parameters, tessedit_pageseg_mode: SEGMENTATION[as] }, cancelled);
          return wordsIn(blocks).map((word) => movedBy(word, room.left, room.top));
        };
        const blocks = await withDoubtfulWordsReread(best.blocks ?? [], preparation.textHeight, readAlone);
        const words = wordsOf(blocks);
        return { ...ocrResultOf(blocks, unreadInk(preparation.letters, words)), reading: { inkRead: inkRead(preparation.letters, words, preparation.textHeight) } };
      } catch (error) {
        // A cancelled recognition cannot be stopped inside the worker, and a failed one may have
        // broken it: drop the worker either way.
        await drop(languages);
        if (work.signal?.aborted) throw error;
        throw new MaterialError({ code: 'unreadable-image', detail: describeOcrFailure(error) });
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
