import type { Language } from '../profile/types';
import { materialFromDocument } from './from-dom';
import { materialFromDocx } from './from-docx';
import { MaterialError } from './errors';
import { materialFromMarkdown } from './from-markdown';
import { materialFromPdf, type PdfLike } from './from-pdf';
import { materialFromText } from './from-text';
import type { Material, Source, SourceKind } from './types';
import { decodeText } from '../text/decode';

export type MaterialFormat = 'html' | 'text' | 'markdown' | 'pdf' | 'docx' | 'image';

/** What the environment provides: a DOM parser, pdf.js, OCR. */
export interface LoadEnvironment {
  parseHtml(html: string): Document;
  openPdf(bytes: Uint8Array): Promise<PdfLike>;
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

export { MaterialError, decodeText };

/** Reads one material's bytes with the builder its format needs. */
export async function loadMaterial(
  bytes: Uint8Array,
  source: Omit<Source, 'kind'>,
  environment: LoadEnvironment,
  options: { contentType?: string; language?: Language } & Work = {},
): Promise<Material> {
  const format = formatOf(source.location, options.contentType);
  if (!format) throw new MaterialError('has an unknown format: expected .html, .htm, .txt, .md, .pdf, .docx or an image');
  const full: Source = { ...source, kind: SOURCE_KIND[format] };
  const { language, onProgress, signal } = options;
  switch (format) {
    case 'html':
      return materialFromDocument(environment.parseHtml(decodeText(bytes)), full, language);
    case 'text':
      return materialFromText(decodeText(bytes), full, language);
    case 'markdown':
      return materialFromMarkdown(decodeText(bytes), full, language);
    case 'pdf':
      return materialFromPdf(await environment.openPdf(bytes), full, language, { onProgress, signal });
    case 'docx':
      return materialFromDocx(bytes, full, environment.parseHtml, language);
    case 'image':
      return environment.recognise(bytes, full, language, { onProgress, signal });
  }
}

/**
 * One material read from wherever `read` gets its bytes, or, when it cannot be read, a source
 * with an `error` that says why: one bad file never stops a batch.
 */
export async function loadMaterialOrError(
  read: () => Promise<{ bytes: Uint8Array; contentType?: string }>,
  source: { id: string; location: string; title: string },
  environment: LoadEnvironment,
  language?: Language,
  work: Work = {},
): Promise<Material> {
  try {
    const { bytes, contentType } = await read();
    const material = await loadMaterial(bytes, { id: source.id, location: source.location }, environment, { contentType, language, ...work });
    if (material.blocks.length === 0) throw new MaterialError('has no text to check');
    return { ...material, source: { ...material.source, title: material.source.title ?? source.title } };
  } catch (error) {
    // Cancelling stops the whole batch; it is not a fault of this material.
    if (work.signal?.aborted) throw work.signal.reason;
    const reason = error instanceof MaterialError ? error.message : `could not be read (${(error as Error).message})`;
    return { source: { ...source, kind: 'text', error: reason }, language: language ?? 'ru', blocks: [] };
  }
}
