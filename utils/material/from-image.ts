import type { Language } from '../profile/types';
import { detectLanguage } from '../text/language';
import { BlockBuilder } from './block-builder';
import { MaterialError } from './errors';
import type { LoadEnvironment, Work } from './load';
import type { Material, OcrBox, Origin, Source } from './types';

export interface OcrLine {
  text: string;
  box: OcrBox;
  /** 0–100, as Tesseract reports it. */
  confidence: number;
}

export interface OcrResult {
  paragraphs: { lines: OcrLine[] }[];
}

/** What reads text off an image: Tesseract in Node or in the extension, or a fake in tests. */
export interface OcrEngine {
  recognise(image: Uint8Array, languages: string[], work?: Work): Promise<OcrResult>;
}

/** Tesseract's names of the languages an image may hold: a flyer mixes both unless told otherwise. */
export function ocrLanguages(language?: Language): string[] {
  if (language === 'ru') return ['rus'];
  if (language === 'en') return ['eng'];
  return ['rus', 'eng'];
}

const SENTENCE_END = /[.!?:;…]$/;
/** A word broken over two lines: a letter, a hyphen, the line's end. */
const BROKEN_WORD = /\p{L}[-\u00ad]$/u;

/** Speckles read as text: a low-confidence line with no two letters side by side. */
function isNoise(line: OcrLine): boolean {
  return line.confidence < 30 && !/\p{L}{2}/u.test(line.text);
}

function advanceOcr(origin: Origin, by: number): Origin {
  return origin.kind === 'ocr' ? { ...origin, offset: origin.offset + by } : origin;
}

/**
 * OCR lines as blocks: lines of a paragraph run on, a word broken by a hyphen is joined, and a
 * line that ends a sentence ends the block, so a sentence never runs into a neighbouring one.
 */
export function materialFromOcr(result: OcrResult, source: Source, language?: Language): Material {
  const builder = new BlockBuilder();
  let lineNumber = 0;
  for (const paragraph of result.paragraphs) {
    builder.flush();
    for (const line of paragraph.lines) {
      const text = line.text.trim();
      const origin: Origin = { kind: 'ocr', line: lineNumber++, offset: line.text.indexOf(text), box: line.box };
      if (!text || isNoise(line)) continue;
      builder.describe('ocr-line');
      const broken = BROKEN_WORD.test(text);
      builder.append(broken ? text.slice(0, -1) : `${text} `, origin, advanceOcr);
      if (SENTENCE_END.test(text)) builder.flush();
    }
  }
  builder.flush();
  const text = builder.blocks.map((block) => block.text).join('\n');
  if (!/\p{L}{2}/u.test(text)) throw new MaterialError('has no readable text (an empty or unreadable scan)');
  return { source, language: language ?? detectLanguage(text), blocks: builder.blocks };
}

/** An image's text through OCR. */
export async function materialFromImage(bytes: Uint8Array, source: Source, engine: OcrEngine, language?: Language, work?: Work): Promise<Material> {
  const result = await engine.recognise(bytes, ocrLanguages(language), work);
  return materialFromOcr(result, source, language);
}

/**
 * An environment's `recognise`, whose OCR engine starts with the first image (its worker and
 * language data are costly) and is kept until `close`.
 */
export function lazyRecogniser(makeEngine: () => OcrEngine & { close(): Promise<void> }): { recognise: LoadEnvironment['recognise']; close(): Promise<void> } {
  let engine: ReturnType<typeof makeEngine> | null = null;
  return {
    recognise: (bytes, source, language, work) => materialFromImage(bytes, source, (engine ??= makeEngine()), language, work),
    async close() {
      const running = engine;
      engine = null;
      await running?.close();
    },
  };
}
