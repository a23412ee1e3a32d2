import type { Language } from '../profile/types';
import { MaterialError, problemOf, type MaterialProblem } from './errors';
import { formatOf, unknownFormat } from './formats';
import type { PdfLike } from './from-pdf';
import type { ReadingStage } from './progress';
import { DEFAULT_LIMITS, type Limits } from './limits';
import { withError } from './source-problems';
import type { Material, Source } from './types';

/** What the environment provides: a DOM parser, pdf.js, OCR. */
export interface LoadEnvironment {
  /** May load its parser first (Node loads linkedom only when a page arrives). */
  parseHtml(html: string): Document | Promise<Document>;
  /** Stops opening the document when `signal` aborts, where the environment's pdf.js can. */
  openPdf(bytes: Uint8Array, signal?: AbortSignal): Promise<PdfLike>;
  recognise(bytes: Uint8Array, source: Source, language?: Language, work?: Work): Promise<Material>;
}

/** Long work (OCR, many PDF pages) reports how far it got, and at which stage, and stops when asked. */
export interface Work {
  onProgress?: (fraction: number) => void;
  onStage?: (stage: ReadingStage) => void;
  signal?: AbortSignal;
}

/** Reads one material's bytes with the builder its format needs, within the limits. */
export async function loadMaterial(bytes: Uint8Array, source: Omit<Source, 'kind'>, environment: LoadEnvironment, options: { contentType?: string; language?: Language; limits?: Limits } & Work = {}): Promise<Material> {
  const format = formatOf(source.location, options.contentType);
  if (!format) throw new MaterialError(unknownFormat());
  const { language, onProgress, onStage, signal, limits = DEFAULT_LIMITS } = options;
  if (bytes.length > limits.maxBytes) throw new MaterialError({ code: 'too-large', limit: limits.maxBytes });
  return format.read(bytes, { ...source, kind: format.kind }, { environment, language, limits, work: { onProgress, onStage, signal } });
}

/** Rejects when `signal` aborts, with its reason. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/** What one material is read with: where its bytes come from, within which limits. */
export type ReadBytes = (signal: AbortSignal) => Promise<{ bytes: Uint8Array; contentType?: string }>;

/**
 * One material read from wherever `read` gets its bytes, or, when it cannot be read, a source
 * with an `error` that says why: one bad file never stops a batch. Getting and reading the bytes
 * share one deadline, `limits.timeoutMs`; past it the work is told to stop and the source says so.
 */
export async function loadMaterialOrError(
  read: ReadBytes,
  source: { id: string; location: string; title: string },
  environment: LoadEnvironment,
  language?: Language,
  work: Work = {},
  limits: Limits = DEFAULT_LIMITS,
): Promise<Material> {
  // A timer of its own, stopped once the material is read: AbortSignal.timeout's runs its full
  // time and keeps the race below, the material and its DOM alive until then (a crawl held every
  // page it had read in the last minute).
  const clock = new AbortController();
  const timer = setTimeout(() => clock.abort(Object.assign(new Error('the material took too long to read'), { name: 'TimeoutError' })), limits.timeoutMs);
  const deadline = clock.signal;
  const signal = work.signal ? AbortSignal.any([work.signal, deadline]) : deadline;
  try {
    const reading = (async () => {
      work.onStage?.({ stage: 'reading' });
      const { bytes, contentType } = await read(signal);
      return loadMaterial(bytes, { id: source.id, location: source.location }, environment, { contentType, language, limits, onProgress: work.onProgress, onStage: work.onStage, signal });
    })();
    // Not every reader stops when told (pdf.js parsing, mammoth): the deadline does not wait for them.
    const material = await Promise.race([reading, whenAborted(signal)]);
    if (material.blocks.length === 0) throw new MaterialError({ code: 'no-text' });
    return { ...material, source: { ...material.source, title: material.source.title ?? source.title } };
  } catch (error) {
    // Cancelling stops the whole batch; it is not a fault of this material.
    if (work.signal?.aborted) throw work.signal.reason;
    const problem: MaterialProblem = deadline.aborted ? { code: 'timeout', seconds: limits.timeoutMs / 1000 } : problemOf(error);
    return unreadableMaterial(source, problem, language);
  } finally {
    clearTimeout(timer);
  }
}

/** A material that could not be read: a source with its `error` and no text, so the batch goes on. */
export function unreadableMaterial(source: { id: string; location: string; title: string }, problem: MaterialProblem, language?: Language): Material {
  return { source: withError({ ...source, kind: 'text' as const }, problem), language: language ?? 'ru', blocks: [] };
}
