import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import { explainPdfError } from '@/utils/material/from-pdf';
import type { LoadEnvironment } from '@/utils/material/load';

/** pdf.js with its worker, fonts and image decoders from inside the extension: nothing is fetched from the network. */
export async function openPdfDocument(bytes: Uint8Array, assetUrl: (path: string) => string) {
  GlobalWorkerOptions.workerSrc = assetUrl('/pdfjs/pdf.worker.min.mjs');
  try {
    return await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      standardFontDataUrl: assetUrl('/pdfjs/standard_fonts/'),
      wasmUrl: assetUrl('/pdfjs/wasm/'),
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw explainPdfError(error);
  }
}

/** The extension's way to read materials: the browser's own parser for HTML and DOCX, bundled pdf.js, and OCR. */
export function browserEnvironment(assetUrl: (path: string) => string, recognise: LoadEnvironment['recognise']): LoadEnvironment {
  return {
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
    openPdf: (bytes) => openPdfDocument(bytes, assetUrl),
    recognise,
  };
}
