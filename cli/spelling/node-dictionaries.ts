import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publicDirectory } from '../node-public';
import type { HunspellFactory } from '../../engine/spelling/hunspell';
import type { DictionaryLoader, LexiconLoader, MorphologyLoader } from '../../engine/spelling/types';

/** The data the repository ships for the extension (public/), read from disk: a Buffer is a Uint8Array, used as read, not copied. */
const publicFile = (path: string): Promise<Uint8Array> => readFile(join(publicDirectory(), path));

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

/** Node only: hunspell-asm through its CommonJS build, loaded with the first word to spell. */
export const loadNodeHunspell = async (): Promise<HunspellFactory> => (await import('hunspell-asm')).loadModule();
