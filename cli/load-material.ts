import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadMaterialOrError, MaterialError } from '../utils/material/load';
import type { Material } from '../utils/material/types';
import type { Language } from '../utils/profile/types';
import { nodeEnvironment } from './node-environment';

const MAX_BYTES = 10 * 1024 * 1024;

/** Fetches a URL with a time limit and a size limit; the body is refused past the limit. */
async function fetchBytes(url: string, timeoutMs: number): Promise<{ bytes: Uint8Array; contentType?: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, redirect: 'follow' });
    if (!response.ok) throw new MaterialError(`answered HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_BYTES) throw new MaterialError(`is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_BYTES) throw new MaterialError(`is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    return { bytes, contentType: response.headers.get('content-type') ?? undefined };
  } catch (error) {
    if (controller.signal.aborted) throw new MaterialError(`did not answer within ${timeoutMs / 1000} s`);
    if (error instanceof MaterialError) throw error;
    throw new MaterialError(`could not be fetched (${(error as Error).cause ?? (error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}

async function readLocal(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new MaterialError(code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code})`);
  }
}

/** One material, or a source with an `error` that says why it could not be read. */
export function readMaterial(location: string, id: string, options: { timeoutMs: number; language?: Language }): Promise<Material> {
  const isUrl = /^https?:\/\//i.test(location);
  const read = async () => (isUrl ? fetchBytes(location, options.timeoutMs) : { bytes: await readLocal(location) });
  return loadMaterialOrError(read, { id, location, title: isUrl ? location : basename(location) }, nodeEnvironment, options.language);
}
