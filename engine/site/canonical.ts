/**
 * One spelling per page, so a crawl fetches each page once however the site's links spell it.
 * Only what cannot change the page is dropped: a trailing `index.html`, a trailing slash or a
 * parameter we do not know may lead elsewhere, so they stay.
 */

/**
 * Query parameters that record where a visitor came from and never change the page.
 * `ref` is left out on purpose: many sites use it for real content (a branch, a product reference),
 * and fetching one page twice costs less than merging two pages into one.
 */
const TRACKING_PARAMETERS: readonly string[] = ['gclid', 'gbraid', 'wbraid', 'dclid', 'msclkid', 'fbclid', 'igshid', 'yclid', 'ysclid', '_openstat', 'mc_cid', 'mc_eid', '_ga', '_gl'];
const TRACKING_PREFIXES: readonly string[] = ['utm_'];

const isTrackingParameter = (name: string): boolean => {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.includes(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
};

const UNRESERVED = /^[A-Za-z0-9\-._~]$/;
const utf8 = new TextEncoder();

/**
 * Percent-encoding spelled one way (RFC 3986 §6.2.2, as RFC 9309 §2.2.2 asks for robots.txt paths):
 * non-ASCII characters encoded as UTF-8, escapes of unreserved characters decoded, hex upper-case.
 * `%2F` stays encoded: an encoded slash is not a path separator.
 */
export function normalisePercentEncoding(text: string): string {
  const encoded = text.replace(/[^\x00-\x7F]+/g, (run) => [...utf8.encode(run)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
  return encoded.replace(/%([0-9A-Fa-f]{2})/g, (escape, hex: string) => {
    const character = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(character) ? character : escape.toUpperCase();
  });
}

/** An absolute http(s) URL, or undefined for anything a crawler cannot fetch. */
/** Whether a location names a web page (http or https) rather than a file. */
export const isWebAddress = (location: string): boolean => /^https?:\/\//i.test(location);

export function parseWebUrl(url: string | URL, base?: string | URL): URL | undefined {
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The query without tracking parameters and empty pairs, sorted by name; same-name pairs keep their order (it may matter). */
function canonicalQuery(search: string): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => ({ pair, name: queryName(pair) }))
    .filter(({ name }) => !isTrackingParameter(name));
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return pairs.length === 0 ? '' : `?${pairs.map(({ pair }) => pair).join('&')}`;
}

/** The decoded name of a `name=value` pair; the pair itself is kept as written so the server gets the bytes it sent. */
function queryName(pair: string): string {
  const name = pair.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The canonical spelling of a page's URL, or undefined when it is not an http(s) URL.
 * The URL parser already lower-cases scheme and host and drops a default port.
 */
export function canonicalUrl(url: string | URL): string | undefined {
  const parsed = parseWebUrl(url);
  if (!parsed) return undefined;
  const path = normalisePercentEncoding(parsed.pathname.replace(/\/{2,}/g, '/'));
  return `${parsed.protocol}//${parsed.host}${path}${canonicalQuery(parsed.search)}`;
}

/** Where a link on a page leads, canonical; undefined for mailto:, tel:, javascript:, data: and anything else not fetched over http(s). */
export function resolveLink(href: string, base: string | URL): string | undefined {
  const resolved = parseWebUrl(href.trim(), base);
  return resolved && canonicalUrl(resolved);
}

/** Same scheme, host and port: what a crawl of one site follows. */
export function sameOrigin(a: string | URL, b: string | URL): boolean {
  const first = parseWebUrl(a);
  const second = parseWebUrl(b);
  return first !== undefined && second !== undefined && first.origin === second.origin;
}
