/**
 * How much one check reads before it stops and says so. The CLI takes them as options, the
 * extension from its settings; both start from these defaults, so a page checked in the browser
 * and in CI is cut at the same place.
 */
export interface Limits {
  /** Bytes of one material as stored or downloaded (a DOCX's or PDF's file size). */
  maxBytes: number;
  /** Bytes a DOCX may inflate to, over all its parts: a small archive can hold gigabytes of XML. */
  maxUnpackedBytes: number;
  /** Words of one material that are checked; the rest is left out with a note. */
  maxWords: number;
  /** Elements of a page that are read; the rest is left out with a note. */
  maxNodes: number;
  /** Time one material may take to arrive and be read (download, PDF, OCR). */
  timeoutMs: number;
  /** Pixels of one image handed to OCR: a few KB of PNG can declare a picture of gigabytes. */
  maxImagePixels: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 30 * 1024 * 1024,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxWords: 100_000,
  maxNodes: 100_000,
  timeoutMs: 60_000,
  // A 48-megapixel phone photo still passes; an A4 page scanned at 300 dpi is about 9.
  maxImagePixels: 50_000_000,
};
