import type { Language } from '../profile/types';
import { createMorphology, type Morphology } from '../text/morphology';
import { Dawg } from './dawg';
import type { DictionaryId, DictionaryLoader, LexiconLoader, MorphologyLoader, SpellChecker } from './types';

type Hunspell = { spell(word: string): boolean };

/** hunspell-asm's factory: Node loads it from the package's CommonJS build, a bundle through its browser build. */
export interface HunspellFactory {
  mountBuffer(contents: ArrayBufferView, fileName?: string): string;
  create(affPath: string, dictPath: string): Hunspell;
}

/** Both British and American spellings are right in English text. */
const DICTIONARIES: Record<Language, DictionaryId[]> = { ru: ['ru'], en: ['en', 'en-GB'] };

/**
 * Hunspell compiled to WebAssembly (chosen by measurement: ~170 ms and ~35 MB to load, where a
 * pure-JS Hunspell takes seconds and ten times the memory), and beside it the Russian lexicon
 * (~75 ms of CPU and ~6 MB to load). Each loads once, on first use; answers are cached per
 * word, in `answers` ("language:word" → Hunspell's verdict), which may come filled with the
 * verdicts the same dictionaries gave before: a word found there never loads Hunspell.
 */
export function createHunspellChecker(
  load: DictionaryLoader,
  loadFactory: () => Promise<HunspellFactory>,
  loadLexicon?: LexiconLoader,
  loadMorphology?: MorphologyLoader,
  answers = new Map<string, boolean>(),
): SpellChecker {
  let factory: Promise<HunspellFactory> | null = null;
  let lexicon: Promise<Dawg> | null = null;
  let morphology: Promise<Morphology> | null = null;
  const dictionaries = new Map<DictionaryId, Promise<Hunspell>>();

  const dictionary = (id: DictionaryId): Promise<Hunspell> => {
    let found = dictionaries.get(id);
    if (!found) {
      factory ??= loadFactory();
      found = Promise.all([factory, load(id)]).then(([hunspell, files]) => {
        const aff = hunspell.mountBuffer(files.aff, `${id}.aff`);
        const dic = hunspell.mountBuffer(files.dic, `${id}.dic`);
        return hunspell.create(aff, dic);
      });
      dictionaries.set(id, found);
    }
    return found;
  };

  const spell = async (word: string, language: Language): Promise<boolean> => {
    for (const id of DICTIONARIES[language]) if ((await dictionary(id)).spell(word)) return true;
    return false;
  };

  return {
    async correct(word, language) {
      const key = `${language}:${word}`;
      const cached = answers.get(key);
      if (cached !== undefined) return cached;
      const answer = await spell(word, language);
      if (answers.size > 100_000) answers.clear();
      answers.set(key, answer);
      return answer;
    },
    async inLexicon(word, language) {
      if (language !== 'ru' || !loadLexicon) return false;
      lexicon ??= loadLexicon().then((bytes) => new Dawg(bytes));
      return (await lexicon).has(word);
    },
    async morphology(language) {
      if (language !== 'ru' || !loadLexicon || !loadMorphology) return null;
      lexicon ??= loadLexicon().then((bytes) => new Dawg(bytes));
      morphology ??= Promise.all([lexicon, loadMorphology()]).then(([dawg, data]) => createMorphology(dawg, data));
      return morphology;
    },
  };
}
