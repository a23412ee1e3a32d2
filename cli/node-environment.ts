import { lazyRecogniser } from '../engine/material/from-image';
import type { LoadEnvironment } from '../engine/material/load';
import { createNodeOcr } from './node-ocr';
import { openPdf } from './node-pdf';

/** A DOM for HTML through linkedom, which loads with the first page or Word document. */
async function parseHtml(html: string): Promise<Document> {
  const { parseHtmlDocument } = await import('../engine/material/parse-html');
  return parseHtmlDocument(html);
}

/** Images through Tesseract; its worker thread starts with the first image. */
const ocr = lazyRecogniser(createNodeOcr);

/** Ends the OCR worker thread, so the process can exit. */
export const closeOcr = () => ocr.close();

export const nodeEnvironment: LoadEnvironment = { parseHtml, openPdf, recognise: ocr.recognise };
