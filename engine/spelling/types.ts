import type { Language } from '../profile/types';
import type { Morphology, MorphologyData } from '../text/morphology';

/** A dictionary per language behind one small interface, so the spelling check stays pure. */
export interface SpellChecker {
  /** Hunspell's verdict: its word lists are curated, so a word it knows is a common one. */
  correct(word: string, language: Language): Promise<boolean>;
  /** The broad lexicon's verdict (Russian: every OpenCorpora word form), rare words included. */
  inLexicon(word: string, language: Language): Promise<boolean>;
  /** The grammar of Russian word forms (OpenCorpora), or null where its data is not loaded. */
  morphology(language: Language): Promise<Morphology | null>;
}

/** The Hunspell dictionaries: one per language, and British English beside American. */
export type DictionaryId = Language | 'en-GB';

/** Where a Hunspell dictionary's files come from: the extension's assets, or the repository in Node. */
export type DictionaryLoader = (id: DictionaryId) => Promise<{ aff: Uint8Array; dic: Uint8Array }>;

/** Where the Russian lexicon's bytes come from (public/lexicon/ru-opencorpora.dawg). */
export type LexiconLoader = () => Promise<Uint8Array>;

/** Where the Russian grammar's bytes come from (public/lexicon/ru-opencorpora-*). */
export type MorphologyLoader = () => Promise<MorphologyData>;
