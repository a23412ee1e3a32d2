import type { Language } from '../profile/types';
import { detectLanguage } from '../text/language';
import { BlockBuilder } from './block-builder';
import { errorDetail, MaterialError } from './errors';
import type { Work } from './load';
import type { Material, Origin, Source } from './types';
import { wordCount } from './word-limit';

/** The part of pdf.js this reader needs, so Node (legacy build) and the extension can pass their own. */
export interface PdfTextItem {
  str: string;
  hasEOL?: boolean;
  transform: number[];
  height?: number;
}
export interface PdfLike {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
}

function advancePdf(origin: Origin, by: number): Origin {
  return origin.kind === 'pdf' ? { ...origin, offset: origin.offset + by } : origin;
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof (item as PdfTextItem).str === 'string' && Array.isArray((item as PdfTextItem).transform);
}

/**
 * A PDF's text as blocks: a line break in the PDF continues the paragraph unless it ends a
 * sentence, and a vertical gap wider than a line ends it; every block knows its page. Pages
 * after the one where `maxWords` is passed are not read (the caller cuts at the exact word).
 */
export async function materialFromPdf(pdf: PdfLike, source: Source, language?: Language, work: Work = {}, maxWords = Infinity): Promise<Material> {
  const builder = new BlockBuilder();
  let words = 0;
  for (let pageNumber = 1; pageNumber <= pdf.numPages && words <= maxWords; pageNumber++) {
    work.signal?.throwIfAborted();
    work.onProgress?.((pageNumber - 1) / pdf.numPages);
    work.onStage?.({ stage: 'pdf-page', page: pageNumber, pages: pdf.numPages });
    const page = await pdf.getPage(pageNumber);
    const { items } = await page.getTextContent();
    let lastY: number | null = null;
    let lastHeight = 0;
    let lineText = '';
    builder.flush();
    items.forEach((item, index) => {
      if (!isTextItem(item)) return;
      words += wordCount(item.str);
      const y = item.transform[5]!;
      const height = item.height || Math.abs(item.transform[3]!) || 10;
      const gap = lastY === null ? 0 : Math.abs(lastY - y);
      const newParagraph = lastY !== null && (gap > Math.max(lastHeight, height) * 1.35 || /[.!?:;…]\s*$/.test(lineText));
      if (newParagraph && gap > 0.5) builder.flush();
      builder.describe('pdf-line', pageNumber);
      builder.append(item.str, { kind: 'pdf', page: pageNumber, item: index, offset: 0 }, advancePdf);
      lineText = gap > 0.5 ? item.str : lineText + item.str;
      if (item.hasEOL) builder.append(' ', { kind: 'pdf', page: pageNumber, item: index, offset: item.str.length }, advancePdf);
      lastY = y;
      lastHeight = height;
    });
  }
  builder.flush();
  const text = builder.blocks.map((block) => block.text).join('\n');
  return { source, language: language ?? detectLanguage(text), blocks: builder.blocks };
}

/** What pdf.js's refusal to open a file means for the person who gave it. */
export function explainPdfError(error: unknown): MaterialError {
  if ((error as Error | undefined)?.name === 'PasswordException') return new MaterialError({ code: 'encrypted-pdf' });
  return new MaterialError({ code: 'unreadable-pdf', detail: errorDetail(error) });
}
