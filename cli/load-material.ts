import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fetchMaterialBytes } from '../utils/material/fetch-bytes';
import { loadMaterialOrError, MaterialError } from '../utils/material/load';
import type { Material } from '../utils/material/types';
import type { Language } from '../utils/profile/types';
import { nodeEnvironment } from './node-environment';

const MAX_BYTES = 10 * 1024 * 1024;

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
  const read = async () => (isUrl ? fetchMaterialBytes(location, { maxBytes: MAX_BYTES, timeoutMs: options.timeoutMs }) : { bytes: await readLocal(location) });
  return loadMaterialOrError(read, { id, location, title: isUrl ? location : basename(location) }, nodeEnvironment, options.language);
}
