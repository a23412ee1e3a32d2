/**
 * The whole site checked from the extension (#18): engine/site/site-check.ts over the browser's
 * network and readers. The engine runs where the caller says (the side panel's check worker);
 * nothing here names the extension's APIs, so the side panel and the options page share it.
 */
import { detached } from '../../engine/material/detach';
import { readCapped } from '../../engine/material/fetch-bytes';
import type { Limits } from '../../engine/material/limits';
import type { LoadEnvironment } from '../../engine/material/load';
import type { Material } from '../../engine/material/types';
import type { Language, Profile } from '../../engine/profile/types';
import type { Report } from '../../engine/report/types';
import type { CrawlFetch, CrawlProgress } from '../../engine/site/crawl';
import { checkSite, type SiteCheck, type SiteScope } from '../../engine/site/site-check';

/** How long one page may take to arrive: a site that hangs on one page does not hold up the rest for long. */
export const SITE_FETCH_TIMEOUT_MS = 15_000;
/** Pages one check reads unless told otherwise: a small business's whole site, and a few minutes at most. */
export const SITE_MAX_PAGES = 200;

/**
 * The browser's fetch hides why a request failed: a redirect loop, a refused connection and a
 * blocked request are all one TypeError. The words name the likely causes instead of none.
 */
const COULD_NOT_FETCH = 'the page could not be fetched: no connection, or the site redirects in a loop';

/**
 * The crawl's network in the browser: the browser follows redirects (the final `response.url` says
 * where a page landed), the user's cookies stay home (a crawl reads what any visitor sees), each
 * request has its own deadline (a TimeoutError), and a body over `maxBytes` is cut off as "too large".
 */
export function browserCrawlFetch({ maxBytes, timeoutMs = SITE_FETCH_TIMEOUT_MS, fetch = globalThis.fetch }: { maxBytes: number; timeoutMs?: number; fetch?: typeof globalThis.fetch }): CrawlFetch {
  const tooLarge = () => new Error(`the page is too large: over ${maxBytes} bytes`);
  return async (url, signal) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const both = signal ? AbortSignal.any([signal, deadline]) : deadline;
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'follow', credentials: 'omit', signal: both });
    } catch {
      if (both.aborted) throw both.reason;
      // The TypeError says nothing more ("Failed to fetch"): these words stand alone.
      throw new Error(COULD_NOT_FETCH);
    }
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    try {
      const body = await readCapped(response, maxBytes, tooLarge);
      return { status: response.status, url: response.url || url, contentType: response.headers.get('content-type') ?? '', body };
    } catch (error) {
      // A deadline that passes while the body streams is still a timeout, not a broken page.
      if (both.aborted) throw both.reason;
      throw error;
    }
  };
}

/** Waits between requests to the site (robots.txt's Crawl-delay, or the crawl's polite default); a stop ends the wait at once. */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface BrowserSiteRun {
  /** Any page of the site: the crawl starts there and reads the site's sitemaps. */
  url: string;
  profile: Profile;
  scope?: Partial<SiteScope>;
  limits: Limits;
  language?: Language;
  /** The browser's readers: DOMParser, pdf.js, OCR. */
  environment: LoadEnvironment;
  /** Checks one page's material (the side panel's check worker); its report's only source is `s1`. The material holds no DOM nodes, so it can be posted to a worker. */
  check: (material: Material) => Promise<Report>;
  signal?: AbortSignal;
  onProgress?: (progress: CrawlProgress) => void;
  /** The network; the browser's own unless a test gives another. */
  fetch?: typeof globalThis.fetch;
}

/**
 * The site crawled and checked from the browser (the materials returned hold no DOM nodes), or
 * `unreachable` with the reason when its first page could not be fetched at all. Stopped by
 * `signal`, it returns what was checked so far.
 */
export function checkSiteInBrowser(run: BrowserSiteRun): Promise<SiteCheck> {
  const { url, profile, scope, limits, language, environment, check, signal, onProgress } = run;
  const fetch = browserCrawlFetch({ maxBytes: limits.maxBytes, timeoutMs: SITE_FETCH_TIMEOUT_MS, ...(run.fetch ? { fetch: run.fetch } : {}) });
  return checkSite(
    {
      url,
      scope: { maxPages: SITE_MAX_PAGES, ...scope },
      limits,
      ...(language ? { language } : {}),
      fetch,
      fetchTimeoutMs: SITE_FETCH_TIMEOUT_MS,
      environment,
      check: (material) => check(detached(material)),
      sleep,
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress } : {}),
    },
    profile,
  );
}
