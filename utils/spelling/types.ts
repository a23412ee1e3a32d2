import type { Language } from '../profile/types';

/** A dictionary per language behind one small interface, so the spelling check stays pure. */
export interface SpellChecker {
  correct(word: string, language: Language): Promise<boolean>;
  suggest(word: string, language: Language): Promise<string[]>;
}

/** Where a language's Hunspell files come from: node_modules in Node, the extension's assets in a browser. */
export type DictionaryLoader = (language: Language) => Promise<{ aff: Uint8Array; dic: Uint8Array }>;
