import { loadBrowserHunspell } from '@/browser/spelling/browser-hunspell';
import { fetchDictionaryLoader, fetchLexiconLoader, fetchMorphologyLoader } from '@/browser/spelling/fetch-dictionaries';
import { createHunspellChecker } from '@/engine/spelling/hunspell';

/**
 * Hunspell, the Russian lexicon and its grammar bundled in the extension, loaded on first use.
 * `assetUrl` turns an asset's path into its URL: pages ask the extension API, the check worker
 * (which has none) its own origin.
 */
export function extensionSpellChecker(assetUrl: (path: string) => string) {
  return createHunspellChecker(fetchDictionaryLoader(assetUrl), loadBrowserHunspell, fetchLexiconLoader(assetUrl), fetchMorphologyLoader(assetUrl));
}
