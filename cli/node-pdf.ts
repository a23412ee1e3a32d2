import { explainPdfError } from '../engine/material/from-pdf';

/**
 * pdf.js's legacy build (the one Node 20 needs) installs core-js polyfills over natives Node
 * already has, for spec corners it lacks: Array.prototype.push (a non-writable length) and JSON
 * (raw JSON, source text). Their JavaScript versions slowed the whole process once a PDF was read
 * (JSON.stringify ~10×, every push); pdf.js uses neither corner, so the natives are put back.
 */
async function keepingNatives<T>(load: () => Promise<T>): Promise<T> {
  const { push } = Array.prototype;
  const { stringify, parse } = JSON;
  try {
    return await load();
  } finally {
    Array.prototype.push = push;
    JSON.stringify = stringify;
    JSON.parse = parse;
  }
}

/**
 * pdf.js loads @napi-rs/canvas in Node (for DOMMatrix, which it needs at import), and the canvas
 * registers every system font as it loads (~20 ms with 22 fonts, more on a desktop with hundreds):
 * text extraction draws nothing, so the scan is switched off for that load by the canvas's own
 * setting, unless the user set it.
 */
async function withoutSystemFonts<T>(load: () => Promise<T>): Promise<T> {
  const setting = 'DISABLE_SYSTEM_FONTS_LOAD';
  if (setting in process.env) return load();
  process.env[setting] = '1';
  try {
    return await load();
  } finally {
    delete process.env[setting];
  }
}

/**
 * pdf.js's minified legacy build, its parser on this thread: importing the worker module hands
 * it to the library (it registers itself as `pdfjsWorker`), so pdf.js never imports the larger
 * unminified worker. Minified, the two modules compile in ~50 ms less at the first PDF.
 */
async function loadPdfjs() {
  const pdfjs = await withoutSystemFonts(() => keepingNatives(() => import('pdfjs-dist/legacy/build/pdf.min.mjs')));
  await keepingNatives(() => import('pdfjs-dist/legacy/build/pdf.worker.min.mjs'));
  return pdfjs;
}

/**
 * pdf.js in Node: the legacy build, no worker thread, no fonts or network; destroyed when the
 * material's time is up. The library loads with the first PDF: a run without one never pays for it.
 */
export async function openPdf(bytes: Uint8Array, signal?: AbortSignal) {
  const { getDocument } = await loadPdfjs();
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
