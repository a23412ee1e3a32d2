import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { materialFromImage } from '../utils/material/from-image';
import type { LoadEnvironment, Work } from '../utils/material/load';
import type { Source } from '../utils/material/types';
import type { Language } from '../utils/profile/types';
import { createNodeOcr } from './node-ocr';
import { explainPdfError } from '../utils/material/from-pdf';
import { parseHtmlDocument } from '../utils/material/parse-html';

/** pdf.js in Node: the legacy build, no worker thread, no fonts or network. */
async function openPdf(bytes: Uint8Array) {
  try {
    return await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    throw explainPdfError(error);
  }
}

let ocr: ReturnType<typeof createNodeOcr> | null = null;

/** Images through Tesseract; its worker starts with the first image and lives until `closeOcr`. */
function recognise(bytes: Uint8Array, source: Source, language?: Language, work?: Work) {
  ocr ??= createNodeOcr();
  return materialFromImage(bytes, source, ocr, language, work);
}

/** Ends the OCR worker thread, so the process can exit. */
export async function closeOcr(): Promise<void> {
  const running = ocr;
  ocr = null;
  await running?.close();
}

export const nodeEnvironment: LoadEnvironment = { parseHtml: parseHtmlDocument, openPdf, recognise };
