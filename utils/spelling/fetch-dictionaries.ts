import type { DictionaryLoader } from './types';

/** Browser: the dictionaries are the extension's own assets, fetched by URL on first use. */
export function fetchDictionaryLoader(resolveUrl: (path: string) => string, fetcher: typeof fetch = fetch): DictionaryLoader {
  const get = async (path: string) => {
    const response = await fetcher(resolveUrl(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
  return async (language) => ({ aff: await get(`/dictionaries/${language}.aff`), dic: await get(`/dictionaries/${language}.dic`) });
}
