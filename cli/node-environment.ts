import { lazyRecogniser } from '../utils/material/from-image';
import type { LoadEnvironment } from '../utils/material/load';
import { createNodeOcr } from './node-ocr';
import { explainPdfError } from '../utils/material/from-pdf';

/**
 * pdf.js in Node: the legacy build, no worker thread, no fonts or network; destroyed when the
 * material's time is up. The library loads with the first PDF: a run without one never pays for it.
 */
async function openPdf(bytes: Uint8Array, signal?: AbortSignal) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 });
  const destroy = () => void task.destroy();
  signal?.addEventListener('abort', destroy, { once: true });
  try {
    return await task.promise;
  } catch (error) {
    throw signal?.aborted ? signal.reason : explainPdfError(error);
  } finally {
    signal?.removeEventListener('abort', destroy);
  }
}

/** A DOM for HTML through linkedom, which loads with the first page or Word document. */
async function parseHtml(html: string): Promise<Document> {
  const { parseHtmlDocument } = await import('../utils/material/parse-html');
  return parseHtmlDocument(html);
}

/** Images through Tesseract; its worker thread starts with the first image. */
const ocr = lazyRecogniser(createNodeOcr);

/** Ends the OCR worker thread, so the process can exit. */
export const closeOcr = () => ocr.close();

export const nodeEnvironment: LoadEnvironment = { parseHtml, openPdf, recognise: ocr.recognise };
