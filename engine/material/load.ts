import type { Language } from '../profile/types';
import { materialFromDocument } from './from-dom';
import { materialFromDocx } from './from-docx';
import { MaterialError, sizeText } from './errors';
import { checkImage } from './from-image';
import { materialFromMarkdown } from './from-markdown';
import { materialFromPdf, type PdfLike } from './from-pdf';
import { materialFromText } from './from-text';
import { DEFAULT_LIMITS, type Limits } from './limits';
import type { Material, Source, SourceKind } from './types';
import { capWords, firstWords, noted } from './word-limit';
import { decodeBytes } from '../text/decode';

export type MaterialFormat = 'html' | 'text' | 'markdown' | 'pdf' | 'docx' | 'image';

/** What the environment provides: a DOM parser, pdf.js, OCR. */
export interface LoadEnvironment {
  /** May load its parser first (Node loads linkedom only when a page arrives). */
  parseHtml(html: string): Document | Promise<Document>;
  /** Stops opening the document when `signal` aborts, where the environment's pdf.js can. */
  openPdf(bytes: Uint8Array, signal?: AbortSignal): Promise<PdfLike>;
  recognise(bytes: Uint8Array, source: Source, language?: Language, work?: Work): Promise<Material>;
}

/** Long work (OCR, many PDF pages) reports how far it got and stops when asked. */
export interface Work {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

const BY_EXTENSION: Record<string, MaterialFormat> = {
  html: 'html', htm: 'html', xhtml: 'html', txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown',
  pdf: 'pdf', docx: 'docx', png: 'image', jpg: 'image', jpeg: 'image', webp: 'image',
};

const SOURCE_KIND: Record<MaterialFormat, SourceKind> = {
  html: 'page', text: 'text', markdown: 'text', pdf: 'pdf', docx: 'docx', image: 'image',
};

/** The format of a material by its content type, else by its name's extension. */
export function formatOf(name: string, contentType?: string): MaterialFormat | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/pdf') return 'pdf';
  if (type === 'text/markdown') return 'markdown';
  if (type?.startsWith('image/')) return 'image';
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(name)?.[1]?.toLowerCase();
  if (extension && BY_EXTENSION[extension]) return BY_EXTENSION[extension]!;
  return type === 'text/plain' ? 'text' : null;
}

export { MaterialError };

/** A text format's material from its first `maxWords` words: the rest is never read into blocks. */
function fromText(bytes: Uint8Array, maxWords: number, read: (text: string) => Material): Material {
  const decoded = decodeBytes(bytes);
  const { text, cut } = firstWords(decoded.text, maxWords);
  const material = withWarning(read(text), decoded.warning);
  return cut ? { ...material, source: noted(material.source, maxWords) } : material;
}

/** A material read in a guessed encoding says so: a wrong guess reads as garbled words, not as a fault of the copy. */
function withWarning(material: Material, warning: string | undefined): Material {
  return warning ? { ...material, source: { ...material.source, notes: [...(material.source.notes ?? []), warning] } } : material;
}

async function fromHtml(bytes: Uint8Array, read: (text: string) => Promise<Material>): Promise<Material> {
  const decoded = decodeBytes(bytes);
  return withWarning(await read(decoded.text), decoded.warning);
}

/** Reads one material's bytes with the builder its format needs, within the limits. */
export async function loadMaterial(
  bytes: Uint8Array,
  source: Omit<Source, 'kind'>,
  environment: LoadEnvironment,
  options: { contentType?: string; language?: Language; limits?: Limits } & Work = {},
): Promise<Material> {
  const format = formatOf(source.location, options.contentType);
  if (!format) throw new MaterialError('has an unknown format: expected .html, .htm, .txt, .md, .pdf, .docx or an image');
  const { language, onProgress, signal, limits = DEFAULT_LIMITS } = options;
  if (bytes.length > limits.maxBytes) throw new MaterialError(`is larger than ${sizeText(limits.maxBytes)}`);
  const full: Source = { ...source, kind: SOURCE_KIND[format] };
  switch (format) {
    case 'html':
      return capWords(await fromHtml(bytes, async (html) => materialFromDocument(await environment.parseHtml(html), full, language)), limits.maxWords);
    case 'text':
      return fromText(bytes, limits.maxWords, (text) => materialFromText(text, full, language));
    case 'markdown':
      return fromText(bytes, limits.maxWords, (text) => materialFromMarkdown(text, full, language));
    case 'pdf':
      return capWords(await materialFromPdf(await environment.openPdf(bytes, signal), full, language, { onProgress, signal }, limits.maxWords), limits.maxWords);
    case 'docx':
      return capWords(await materialFromDocx(bytes, full, environment.parseHtml, language, limits.maxUnpackedBytes), limits.maxWords);
    case 'image':
      checkImage(bytes, limits.maxImagePixels);
      return capWords(await environment.recognise(bytes, full, language, { onProgress, signal }), limits.maxWords);
  }
}

/** Rejects when `signal` aborts, with its reason. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** What one material is read with: where its bytes come from, within which limits. */
export type ReadBytes = (signal: AbortSignal) => Promise<{ bytes: Uint8Array; contentType?: string }>;

/**
 * One material read from wherever `read` gets its bytes, or, when it cannot be read, a source
 * with an `error` that says why: one bad file never stops a batch. Getting and reading the bytes
 * share one deadline, `limits.timeoutMs`; past it the work is told to stop and the source says so.
 */
export async function loadMaterialOrError(
  read: ReadBytes,
  source: { id: string; location: string; title: string },
  environment: LoadEnvironment,
  language?: Language,
  work: Work = {},
  limits: Limits = DEFAULT_LIMITS,
): Promise<Material> {
  const deadline = AbortSignal.timeout(limits.timeoutMs);
  const signal = work.signal ? AbortSignal.any([work.signal, deadline]) : deadline;
  try {
    const reading = (async () => {
      const { bytes, contentType } = await read(signal);
      return loadMaterial(bytes, { id: source.id, location: source.location }, environment, { contentType, language, limits, onProgress: work.onProgress, signal });
    })();
    // Not every reader stops when told (pdf.js parsing, mammoth): the deadline does not wait for them.
    const material = await Promise.race([reading, whenAborted(signal)]);
    if (material.blocks.length === 0) throw new MaterialError('has no text to check');
    return { ...material, source: { ...material.source, title: material.source.title ?? source.title } };
  } catch (error) {
    // Cancelling stops the whole batch; it is not a fault of this material.
    if (work.signal?.aborted) throw work.signal.reason;
    const reason = deadline.aborted
      ? `did not finish within ${limits.timeoutMs / 1000} s`
      : error instanceof MaterialError ? error.message : `could not be read (${(error as Error)?.message ?? String(error)})`;
    return unreadableMaterial(source, reason, language);
  }
}

/** A material that could not be read: a source with its `error` and no text, so the batch goes on. */
export function unreadableMaterial(source: { id: string; location: string; title: string }, reason: string, language?: Language): Material {
  return { source: { ...source, kind: 'text', error: reason }, language: language ?? 'ru', blocks: [] };
}
