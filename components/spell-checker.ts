import { browser } from 'wxt/browser';
import { loadBrowserHunspell } from '@/utils/spelling/browser-hunspell';
import { fetchDictionaryLoader, fetchLexiconLoader, fetchMorphologyLoader } from '@/utils/spelling/fetch-dictionaries';
import { createHunspellChecker } from '@/utils/spelling/hunspell';

/** Hunspell, the Russian lexicon and its grammar bundled in the extension, loaded on first use. */
export function extensionSpellChecker() {
  const assetUrl = (path: string) => browser.runtime.getURL(path as never);
  return createHunspellChecker(fetchDictionaryLoader(assetUrl), loadBrowserHunspell, fetchLexiconLoader(assetUrl), fetchMorphologyLoader(assetUrl));
}
