import { MaterialError } from './errors';

export interface FetchLimits {
  maxBytes: number;
  /** Without one, the fetch waits as long as the environment lets it. */
  timeoutMs?: number;
  /** The extension sends the user's cookies for a PDF behind a login; the CLI has none. */
  credentials?: RequestCredentials;
}

/** A URL's bytes within a size (and time) limit; every failure is one MaterialError saying why. */
export async function fetchMaterialBytes(url: string, limits: FetchLimits): Promise<{ bytes: Uint8Array; contentType?: string }> {
  const controller = new AbortController();
  const timer = limits.timeoutMs === undefined ? undefined : setTimeout(() => controller.abort(), limits.timeoutMs);
  const tooLarge = () => new MaterialError(`is larger than ${limits.maxBytes / 1024 / 1024} MB`);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'follow', ...(limits.credentials ? { credentials: limits.credentials } : {}) });
    if (!response.ok) throw new MaterialError(`answered HTTP ${response.status}`);
    if (Number(response.headers.get('content-length') ?? 0) > limits.maxBytes) throw tooLarge();
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > limits.maxBytes) throw tooLarge();
    return { bytes, contentType: response.headers.get('content-type') ?? undefined };
  } catch (error) {
    if (controller.signal.aborted) throw new MaterialError(`did not answer within ${limits.timeoutMs! / 1000} s`);
    if (error instanceof MaterialError) throw error;
    throw new MaterialError(`could not be fetched (${(error as Error).cause ?? (error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}
