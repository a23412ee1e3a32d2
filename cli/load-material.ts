import { isWebAddress } from '../engine/site/canonical';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { errorDetail, MaterialError } from '../engine/material/errors';
import { fetchMaterialBytes } from '../engine/material/fetch-bytes';
import { DEFAULT_LIMITS, type Limits } from '../engine/material/limits';
import { loadMaterialOrError } from '../engine/material/load';
import type { Material } from '../engine/material/types';
import type { Language } from '../engine/profile/types';
import { nodeEnvironment } from './node-environment';

function unreadable(error: unknown): MaterialError {
  const code = (error as NodeJS.ErrnoException).code;
  return new MaterialError(code === 'ENOENT' ? { code: 'missing' } : code === 'EISDIR' ? { code: 'folder' } : { code: 'file-unreadable', detail: code ?? errorDetail(error) });
}

/**
 * A local file's bytes, its size checked before it is read: a device, a pipe or a file over the
 * limit is refused without reading it. The size read is the size stated, so a file that grows
 * while it is read is still cut at the limit.
 */
async function readLocal(path: string, maxBytes: number): Promise<Uint8Array> {
  // Stated before opening: opening a pipe waits for a writer.
  const stated = await stat(path).catch((error) => {
    throw unreadable(error);
  });
  if (stated.isDirectory()) throw new MaterialError({ code: 'folder' });
  if (!stated.isFile()) throw new MaterialError({ code: 'not-a-file' });
  if (stated.size > maxBytes) throw new MaterialError({ code: 'too-large', limit: maxBytes });
  const file = await open(path, 'r').catch((error) => {
    throw unreadable(error);
  });
  try {
    const bytes = new Uint8Array(stated.size);
    const { bytesRead } = await file.read(bytes, 0, stated.size, 0);
    return bytes.subarray(0, bytesRead);
  } catch (error) {
    throw unreadable(error);
  } finally {
    await file.close();
  }
}

/** One material, or a source with an `error` that says why it could not be read. */
export function readMaterial(location: string, id: string, options: { limits?: Limits; language?: Language } = {}): Promise<Material> {
  const isUrl = isWebAddress(location);
  const { limits = DEFAULT_LIMITS } = options;
  const read = async (signal: AbortSignal) => (isUrl ? fetchMaterialBytes(location, { maxBytes: limits.maxBytes, signal }) : { bytes: await readLocal(location, limits.maxBytes) });
  return loadMaterialOrError(read, { id, location, title: isUrl ? location : basename(location) }, nodeEnvironment, options.language, {}, limits);
}
