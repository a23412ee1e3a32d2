import { browser } from 'wxt/browser';
import { loadBrowserHunspell } from '@/utils/spelling/browser-hunspell';
import { fetchDictionaryLoader } from '@/utils/spelling/fetch-dictionaries';
import { createHunspellChecker } from '@/utils/spelling/hunspell';

/** Hunspell with the dictionaries bundled in the extension, loaded on first use. */
export function extensionSpellChecker() {
  return createHunspellChecker(fetchDictionaryLoader((path) => browser.runtime.getURL(path as never)), loadBrowserHunspell);
}
