import { errorDetail, MaterialError } from './errors';

export interface FetchLimits {
  maxBytes: number;
  /** Without one, the fetch waits as long as the environment lets it. */
  timeoutMs?: number;
  /** Stops the download when the caller gives up (a cancelled batch, a material's deadline). */
  signal?: AbortSignal;
  /** The extension sends the user's cookies for a PDF behind a login; the CLI has none. */
  credentials?: RequestCredentials;
}

/**
 * The body read as it streams, stopped at `maxBytes + 1`: a server that sends no Content-Length,
 * or a false one, never gets more than the limit into memory.
 */
export async function readCapped(response: Response, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    length += chunk.value.byteLength;
    if (length > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** A URL's bytes within a size (and time) limit; every failure is one MaterialError saying why. */
export async function fetchMaterialBytes(url: string, limits: FetchLimits): Promise<{ bytes: Uint8Array; contentType?: string }> {
  const timeout = new AbortController();
  const timer = limits.timeoutMs === undefined ? undefined : setTimeout(() => timeout.abort(), limits.timeoutMs);
  const signal = limits.signal ? AbortSignal.any([limits.signal, timeout.signal]) : timeout.signal;
  const tooLarge = () => new MaterialError({ code: 'too-large', limit: limits.maxBytes });
  try {
    const response = await fetch(url, { signal, redirect: 'follow', ...(limits.credentials ? { credentials: limits.credentials } : {}) });
    if (!response.ok) throw new MaterialError({ code: 'http', status: response.status });
    if (Number(response.headers.get('content-length') ?? 0) > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    const bytes = await readCapped(response, limits.maxBytes, tooLarge);
    return { bytes, contentType: response.headers.get('content-type') ?? undefined };
  } catch (error) {
    if (limits.signal?.aborted) throw limits.signal.reason;
    if (timeout.signal.aborted) throw new MaterialError({ code: 'fetch-timeout', seconds: limits.timeoutMs! / 1000 });
    if (error instanceof MaterialError) throw error;
    throw new MaterialError({ code: 'fetch-failed', detail: errorDetail((error as Error).cause) ?? errorDetail(error) });
  } finally {
    clearTimeout(timer);
  }
}
