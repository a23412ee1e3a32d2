// pdf.js's legacy build: the modern one calls Map.prototype.getOrInsertComputed, which Firefox ESR 140 lacks.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { explainPdfError } from '@/engine/material/from-pdf';
import type { LoadEnvironment } from '@/engine/material/load';

/**
 * pdf.js with its worker, fonts and image decoders from inside the extension: nothing is fetched
 * from the network. pdf.js stops parsing only when its task is destroyed, so an abort destroys it,
 * and with it the document and its worker, while opening or later while pages are read.
 */
export async function openPdfDocument(bytes: Uint8Array, assetUrl: (path: string) => string, signal?: AbortSignal) {
  GlobalWorkerOptions.workerSrc = assetUrl('/pdfjs/pdf.worker.min.mjs');
  signal?.throwIfAborted();
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    standardFontDataUrl: assetUrl('/pdfjs/standard_fonts/'),
    wasmUrl: assetUrl('/pdfjs/wasm/'),
    verbosity: 0,
  });
  signal?.addEventListener('abort', () => void task.destroy(), { once: true });
  try {
    return await task.promise;
  } catch (error) {
    signal?.throwIfAborted();
    throw explainPdfError(error);
  }
}

/** The extension's way to read materials: the browser's own parser for HTML and DOCX, bundled pdf.js, and OCR. */
export function browserEnvironment(assetUrl: (path: string) => string, recognise: LoadEnvironment['recognise']): LoadEnvironment {
  return {
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
    openPdf: (bytes, signal?: AbortSignal) => openPdfDocument(bytes, assetUrl, signal),
    recognise,
  };
}
