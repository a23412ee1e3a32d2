import { loadModule } from 'hunspell-asm';
import type { HunspellFactory } from './hunspell';
import type { DictionaryLoader } from './types';

/** Node only (command line, tests): the dictionaries as the npm packages ship them. */
export const loadNodeDictionary: DictionaryLoader = async (language) => {
  const module = language === 'ru' ? await import('dictionary-ru') : await import('dictionary-en');
  return module.default;
};

/** Node only: hunspell-asm through its CommonJS build. */
export const loadNodeHunspell = (): Promise<HunspellFactory> => loadModule();
