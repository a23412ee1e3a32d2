import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { LoadEnvironment } from '../utils/material/load';
import { MaterialError } from '../utils/material/load';
import { parseHtmlDocument } from '../utils/material/parse-html';

/** pdf.js in Node: the legacy build, no worker thread, no fonts or network. */
async function openPdf(bytes: Uint8Array) {
  try {
    return await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new MaterialError('is an encrypted PDF: save it without a password');
    throw new MaterialError(`is not a readable PDF (${(error as Error).message})`);
  }
}

export const nodeEnvironment: LoadEnvironment = { parseHtml: parseHtmlDocument, openPdf };
