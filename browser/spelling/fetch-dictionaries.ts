import type { DictionaryLoader, LexiconLoader, MorphologyLoader } from '../../engine/spelling/types';

type Fetcher = (path: string) => Promise<Uint8Array>;

/** Browser: the data are the extension's own assets, fetched by URL on first use. */
function assetFetcher(resolveUrl: (path: string) => string, fetcher: typeof fetch): Fetcher {
  return async (path) => {
    const response = await fetcher(resolveUrl(path));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

export function fetchDictionaryLoader(resolveUrl: (path: string) => string, fetcher: typeof fetch = fetch): DictionaryLoader {
  const get = assetFetcher(resolveUrl, fetcher);
  return async (id) => ({ aff: await get(`/dictionaries/${id}.aff`), dic: await get(`/dictionaries/${id}.dic`) });
}

export function fetchLexiconLoader(resolveUrl: (path: string) => string, fetcher: typeof fetch = fetch): LexiconLoader {
  const get = assetFetcher(resolveUrl, fetcher);
  return () => get('/lexicon/ru-opencorpora.dawg');
}

export function fetchMorphologyLoader(resolveUrl: (path: string) => string, fetcher: typeof fetch = fetch): MorphologyLoader {
  const get = assetFetcher(resolveUrl, fetcher);
  return async () => ({ paradigms: await get('/lexicon/ru-opencorpora-paradigms.array'), gramtab: await get('/lexicon/ru-opencorpora-gramtab.json') });
}
