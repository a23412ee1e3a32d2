import type { Language } from '../profile/types';
import type { DictionaryLoader, SpellChecker } from './types';

type Hunspell = { spell(word: string): boolean; suggest(word: string): string[] };

/** hunspell-asm's factory: Node loads it from the package's CommonJS build, a bundle through its browser build. */
export interface HunspellFactory {
  mountBuffer(contents: ArrayBufferView, fileName?: string): string;
  create(affPath: string, dictPath: string): Hunspell;
}

/**
 * Hunspell compiled to WebAssembly (chosen by measurement: ~170 ms and ~35 MB to load, where a
 * pure-JS Hunspell takes seconds and ten times the memory). The module and each language's
 * dictionary load once, on first use; answers and suggestions are cached per word.
 */
export function createHunspellChecker(load: DictionaryLoader, loadFactory: () => Promise<HunspellFactory>): SpellChecker {
  let factory: Promise<HunspellFactory> | null = null;
  const dictionaries = new Map<Language, Promise<Hunspell>>();
  const answers = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();

  const dictionary = (language: Language): Promise<Hunspell> => {
    let found = dictionaries.get(language);
    if (!found) {
      factory ??= loadFactory();
      found = Promise.all([factory, load(language)]).then(([hunspell, files]) => {
        const aff = hunspell.mountBuffer(files.aff, `${language}.aff`);
        const dic = hunspell.mountBuffer(files.dic, `${language}.dic`);
        return hunspell.create(aff, dic);
      });
      dictionaries.set(language, found);
    }
    return found;
  };

  return {
    async correct(word, language) {
      const key = `${language}:${word}`;
      const cached = answers.get(key);
      if (cached !== undefined) return cached;
      const answer = (await dictionary(language)).spell(word);
      if (answers.size > 100_000) answers.clear();
      answers.set(key, answer);
      return answer;
    },
    async suggest(word, language) {
      const key = `${language}:${word}`;
      const cached = suggestions.get(key);
      if (cached) return cached;
      const found = (await dictionary(language)).suggest(word);
      if (suggestions.size > 10_000) suggestions.clear();
      suggestions.set(key, found);
      return found;
    },
  };
}
