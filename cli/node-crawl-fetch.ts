import { readCapped } from '../engine/material/fetch-bytes';
import type { CrawlFetch } from '../engine/site/crawl';

/** Who is asking, for the site's logs and robots.txt rules written for it. */
const USER_AGENT = 'Sverka (+https://sverka.app)';
/** Redirects followed before a chain counts as a loop: real sites need two or three (http → https → www → slash). */
const MAX_REDIRECTS = 5;
export const CRAWL_FETCH_TIMEOUT_MS = 15_000;

const isRedirect = (status: number) => status >= 300 && status < 400;

/**
 * The crawl's network in Node: redirects followed here (at most five), so the crawl learns where a
 * page landed and a loop comes back as its 3xx; each request has its own deadline (a TimeoutError),
 * and a body over `maxBytes` is cut off and thrown as "too large".
 */
export function nodeCrawlFetch({ maxBytes, timeoutMs = CRAWL_FETCH_TIMEOUT_MS }: { maxBytes: number; timeoutMs?: number }): CrawlFetch {
  const tooLarge = () => new Error(`the page is too large: over ${maxBytes} bytes`);
  return async (url, signal) => {
    let current = url;
    for (let hop = 0; ; hop++) {
      const deadline = AbortSignal.timeout(timeoutMs);
      const response = await fetch(current, { redirect: 'manual', signal: signal ? AbortSignal.any([signal, deadline]) : deadline, headers: { 'user-agent': USER_AGENT } });
      const location = response.headers.get('location');
      if (isRedirect(response.status) && location) {
        await response.body?.cancel().catch(() => undefined);
        if (hop >= MAX_REDIRECTS) return { status: response.status, url: current, contentType: '', body: '' };
        current = new URL(location, current).href;
        continue;
      }
      if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw tooLarge();
      }
      const body = await readCapped(response, maxBytes, tooLarge);
      return { status: response.status, url: current, contentType: response.headers.get('content-type') ?? '', body };
    }
  };
}
