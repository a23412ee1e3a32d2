import { readFile } from 'node:fs/promises';
import { loadModule } from 'hunspell-asm';
import type { HunspellFactory } from './hunspell';
import type { DictionaryLoader, LexiconLoader, MorphologyLoader } from './types';

/** The data the repository ships for the extension (public/), read from disk. */
const publicFile = async (path: string) => new Uint8Array(await readFile(new URL(`../../public/${path}`, import.meta.url)));

/** Node only (command line, tests): the dictionaries as the npm packages ship them; British English from public/. */
export const loadNodeDictionary: DictionaryLoader = async (id) => {
  if (id === 'en-GB') return { aff: await publicFile('dictionaries/en-GB.aff'), dic: await publicFile('dictionaries/en-GB.dic') };
  const module = id === 'ru' ? await import('dictionary-ru') : await import('dictionary-en');
  return module.default;
};

/** Node only: the Russian lexicon. */
export const loadNodeLexicon: LexiconLoader = () => publicFile('lexicon/ru-opencorpora.dawg');

/** Node only: the Russian grammar beside the lexicon. */
export const loadNodeMorphology: MorphologyLoader = async () => ({
  paradigms: await publicFile('lexicon/ru-opencorpora-paradigms.array'),
  gramtab: await publicFile('lexicon/ru-opencorpora-gramtab.json'),
});

/** Node only: hunspell-asm through its CommonJS build. */
export const loadNodeHunspell = (): Promise<HunspellFactory> => loadModule();
