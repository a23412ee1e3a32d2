import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicDirectory } from '../node-public';

/** Enough words for a site checked again and again: most are the candidate spellings a correction tries. */
const MAX_REMEMBERED = 50_000;

/** Hunspell's verdicts kept between runs of the command line ("language:word" → verdict). */
export interface RememberedVerdicts {
  answers: Map<string, boolean>;
  /** Keeps this run's new verdicts for the next run. */
  save(): Promise<void>;
}

/** In the user's cache folder ($XDG_CACHE_HOME, else ~/.cache). */
const cacheFile = () => join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'sverka', 'hunspell-verdicts.txt');

/**
 * The file: the dictionaries' identity as a JSON string on its first line, then one verdict per
 * line, "1" or "0" before the key, oldest first. Lines, not a JSON object: 50,000 of them read in
 * a quarter of the time, paid at every start.
 */
function parseVerdicts(text: string, identity: string): Map<string, boolean> {
  const answers = new Map<string, boolean>();
  const lines = text.split('\n');
  if (lines[0] !== JSON.stringify(identity)) return answers;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line[0] === '1' || line[0] === '0') answers.set(line.slice(1), line[0] === '1');
  }
  return answers;
}

const formatVerdicts = (identity: string, verdicts: [string, boolean][]) => [JSON.stringify(identity), ...verdicts.map(([key, verdict]) => `${verdict ? '1' : '0'}${key}`)].join('\n');

/**
 * The files Hunspell's verdicts depend on (its own build, each dictionary), by path, size and
 * time of change: any other dictionary, or the same one changed, starts from nothing.
 */
async function dictionariesIdentity(): Promise<string> {
  const beside = (specifier: string, ...names: string[]) => names.map((name) => join(dirname(fileURLToPath(import.meta.resolve(specifier))), name));
  const files = [
    fileURLToPath(import.meta.resolve('hunspell-asm')),
    ...beside('dictionary-ru', 'index.aff', 'index.dic'),
    ...beside('dictionary-en', 'index.aff', 'index.dic'),
    join(publicDirectory(), 'dictionaries', 'en-GB.aff'),
    join(publicDirectory(), 'dictionaries', 'en-GB.dic'),
  ];
  const stats = await Promise.all(files.map((file) => stat(file)));
  return files.map((file, i) => `${file} ${stats[i]!.size} ${stats[i]!.mtimeMs}`).join('\n');
}

/**
 * Node only: the verdicts earlier runs got from these same dictionaries, so a run whose words
 * were all seen before never loads Hunspell (~0.45 s of CPU for Russian). They are Hunspell's
 * own answers, so the checks answer exactly as with Hunspell loaded. The file is a cache: one
 * that is missing, unreadable or from other dictionaries is started afresh, and one that cannot
 * be written is left as it was, without a word to the user.
 */
export async function rememberedVerdicts(): Promise<RememberedVerdicts> {
  const file = cacheFile();
  const identity = await dictionariesIdentity();
  // No file yet, or not one of ours: start afresh.
  const answers = parseVerdicts(await readFile(file, 'utf8').catch(() => ''), identity);
  const known = answers.size;
  return {
    answers,
    async save() {
      if (answers.size === known) return;
      // The newest verdicts are the last ones in the map.
      const kept = [...answers].slice(-MAX_REMEMBERED);
      const temporary = `${file}.${process.pid}`;
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(temporary, formatVerdicts(identity, kept));
        // Whole or not at all, even with two runs saving at once.
        await rename(temporary, file);
      } catch {
        // A read-only home: the next run asks Hunspell again.
      }
    },
  };
}
