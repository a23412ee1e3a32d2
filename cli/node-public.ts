import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

/**
 * Node only (command line, tests): the repository's public/ folder — the dictionaries, lexicon and
 * OCR data the extension ships — found from this code's own place, so the TypeScript sources and
 * the built CLI (dist/cli/, or wherever it is put inside the package) read the same files.
 */
export function publicDirectory(): string {
  if (found) return found;
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'public', 'lexicon')) && existsSync(join(folder, 'package.json'))) return (found = join(folder, 'public'));
    if (dirname(folder) === folder) throw new Error(`the public/ data folder (dictionaries, lexicon, OCR data) is not beside any folder above ${fileURLToPath(import.meta.url)}`);
  }
}
