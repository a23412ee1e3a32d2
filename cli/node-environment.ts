import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { LoadEnvironment } from '../utils/material/load';
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

export const nodeEnvironment: LoadEnvironment = { parseHtml: parseHtmlDocument, openPdf };
