import type { Language } from '../profile/types';
import { detectLanguage } from '../text/language';
import { BlockBuilder } from './block-builder';
import { MaterialError } from './errors';
import type { LoadEnvironment, Work } from './load';
import { judgeReading } from './reading-quality';
import type { Material, OcrBox, Origin, Source } from './types';

export interface OcrLine {
  text: string;
  box: OcrBox;
  /** 0–100, as Tesseract reports it. */
  confidence: number;
}

export interface OcrResult {
  paragraphs: { lines: OcrLine[] }[];
  /** How much of the image's text-like ink lies in words read with confidence (0–1); absent when the image could not be analysed. */
  reading?: { inkRead: number };
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

/** OCR's confidence in what it read, 0–1: each line weighs as many characters as it has, and a line dropped as speckles counts as unread. */
function ocrConfidence(result: OcrResult): number {
  let characters = 0;
  let weighed = 0;
  for (const line of result.paragraphs.flatMap((paragraph) => paragraph.lines)) {
    const length = line.text.trim().length;
    characters += length;
    if (!isNoise(line)) weighed += length * line.confidence;
  }
  return characters === 0 ? 0 : weighed / characters / 100;
}

/**
 * OCR lines as blocks: lines of a paragraph run on, a word broken by a hyphen is joined, and a
 * line that ends a sentence ends the block, so a sentence never runs into a neighbouring one.
 * The source says how well the image was read.
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
  if (!/\p{L}{2}/u.test(text)) throw new MaterialError({ code: 'no-text-in-image' });
  const reading = judgeReading(result.reading?.inkRead, ocrConfidence(result));
  return { source: { ...source, reading }, language: language ?? detectLanguage(text), blocks: builder.blocks };
}

export interface ImageSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** JPEG start-of-frame markers, the ones that carry the picture's size (not DHT, JPG, DAC). */
const JPEG_FRAME = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function pngSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (JPEG_FRAME.has(marker)) return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

function webpSize(bytes: Uint8Array, view: DataView): ImageSize | null {
  const fourCc = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length < 30 || fourCc(0) !== 'RIFF' || fourCc(8) !== 'WEBP') return null;
  const uint24 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
  switch (fourCc(12)) {
    case 'VP8 ':
      return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
    case 'VP8L': {
      const bits = view.getUint32(21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case 'VP8X':
      return { width: uint24(24) + 1, height: uint24(27) + 1 };
    default:
      return null;
  }
}

/** An image's size from its header, or null when the bytes are not a PNG, JPEG or WebP. */
export function imageSize(bytes: Uint8Array): ImageSize | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return pngSize(bytes, view) ?? jpegSize(bytes, view) ?? webpSize(bytes, view);
}

/**
 * Refuses an image OCR cannot or should not read, before Tesseract sees it: empty or garbage
 * bytes crash its worker, and a tiny file can declare a picture that takes gigabytes to decode.
 */
export function checkImage(bytes: Uint8Array, maxPixels: number): void {
  const size = imageSize(bytes);
  if (!size || size.width === 0 || size.height === 0) throw new MaterialError({ code: 'not-an-image' });
  if (size.width * size.height > maxPixels) {
    throw new MaterialError({ code: 'image-too-large', megapixels: Math.round(maxPixels / 1_000_000), width: size.width, height: size.height });
  }
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
