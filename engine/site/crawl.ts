/**
 * `sverka crawl` (#18): which pages of a site to check, read breadth-first from the start URL and
 * the site's sitemaps, within robots.txt, the include/exclude patterns, the shard and maxPages.
 * The network is injected, so the scheduler runs in Node, in the extension and in tests alike.
 *
 * Shards: every shard reads the same link graph (HTML pages out of its shard are read for their
 * links, never yielded), and maxPages counts pages of every shard, so with the same site each
 * shard meets the same pages and the union of the shards' pages equals one unsharded run.
 * Include/exclude: a page the patterns leave out is not fetched at all (excluding a heavy folder
 * must spare it), except the start page, which is always read for its links.
 */
import { formatOf, type MaterialFormat } from '../material/formats';
import { decodeEntities } from '../text/entities';
import { decodeServed } from '../text/decode';
import { canonicalUrl, parseWebUrl, resolveLink, sameOrigin } from './canonical';
import { urlFilter } from './globs';
import { isAllowed, type Robots, robotsFromResponse } from './robots';
import { inShard, type Shard } from './shard';
import { parseSitemap, sameSite } from './sitemap';

export interface FetchedResponse {
  status: number;
  /** Where the fetcher ended after following redirects. */
  url: string;
  contentType: string;
  body: string | Uint8Array;
}

/** Follows redirects (a 3xx that comes back is a chain it gave up on); throws on network failure, a TimeoutError on timeout. */
export type CrawlFetch = (url: string, signal?: AbortSignal) => Promise<FetchedResponse>;

export type MaterialType = 'pdf' | 'docx';

export type FailureCode = 'http' | 'redirect-loop' | 'other-host' | 'wrong-type' | 'timeout' | 'too-large' | 'network';

/** A code for the glue to say in the reader's language, and English words for logs. */
export interface FailureReason {
  code: FailureCode;
  status?: number;
  words: string;
}

/** `limit`: met after maxPages pages were checked — the site goes on, the check does not. */
export type ExclusionReason = 'robots' | 'pattern' | 'other-host' | 'shard' | 'not-a-page' | 'limit';

export type CrawledPage =
  | { kind: 'html'; url: string; canonical: string; html: string }
  | { kind: 'material'; url: string; type: MaterialType; contentType: string; bytes: Uint8Array }
  | { kind: 'failed'; url: string; reason: FailureReason }
  | { kind: 'excluded'; url: string; why: ExclusionReason };

export interface CrawlProgress {
  /** Distinct pages met so far (links, sitemap entries). */
  found: number;
  /** Pages counted against maxPages. */
  checked: number;
  failed: number;
  queued: number;
}

export interface CrawlOptions {
  fetch: CrawlFetch;
  maxPages: number;
  include?: string[];
  exclude?: string[];
  shard?: Shard;
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: CrawlProgress) => void;
  /** Waits between two requests to the site: robots.txt's Crawl-delay, else `delayMs`. Without it requests are not spaced (tests). */
  sleep?: (ms: number) => Promise<void>;
  delayMs?: number;
}

export const DEFAULT_CONCURRENCY = 3;
/** Between two requests to one site when robots.txt asks for no delay: polite, yet a few hundred pages take a minute or two. */
export const DEFAULT_DELAY_MS = 250;
/** Sitemap indexes nest: the index, its sitemaps, and one more level is as deep as real sites go. */
const MAX_SITEMAP_DEPTH = 2;

/** The bytes each material starts with: a page sent under a PDF's name or type is no PDF. */
const MAGIC: Record<MaterialType, string> = { pdf: '%PDF', docx: 'PK' };

/** Links to files that are neither pages nor materials we read: met, not fetched. */
const NOT_A_PAGE = /\.(?:jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|css|js|mjs|json|xml|zip|rar|7z|gz|tar|mp[34]|m4a|webm|avi|mov|wav|ogg|woff2?|ttf|otf|eot|exe|dmg|apk|xlsx?|pptx?|doc|rtf|csv)$/i;

const asMaterial = (format: MaterialFormat | null): MaterialType | undefined => (format && Object.hasOwn(MAGIC, format.id) ? (format.id as MaterialType) : undefined);
const materialByName = (url: string): MaterialType | undefined => asMaterial(formatOf(parseWebUrl(url)?.pathname ?? ''));
const materialByContentType = (contentType: string): MaterialType | undefined => asMaterial(formatOf('', contentType));
const isHtml = (contentType: string): boolean => formatOf('', contentType)?.id === 'html';
const startsWith = (bytes: Uint8Array, magic: string): boolean => [...magic].every((character, i) => bytes[i] === character.charCodeAt(0));

const asBytes = (body: string | Uint8Array): Uint8Array => (typeof body === 'string' ? new TextEncoder().encode(body) : body);
const asText = (body: string | Uint8Array, contentType: string): string => (typeof body === 'string' ? body : decodeServed(body, contentType));

const TAG = /<(a|link|base)\s([^<>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', double, single, bare] of text.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeEntities(double ?? single ?? bare ?? ''));
  }
  return attributes;
}

/** The page's links and its rel=canonical, resolved and canonical; a linear scan, no DOM. Comments hide links. */
export function linksOf(html: string, pageUrl: string): { links: string[]; canonical?: string } {
  const text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  let base = pageUrl;
  const links: string[] = [];
  let canonical: string | undefined;
  for (const [, tag = '', rest = ''] of text.matchAll(TAG)) {
    const attributes = attributesOf(rest);
    const href = attributes.get('href');
    if (href === undefined) continue;
    const name = tag.toLowerCase();
    if (name === 'base') base = parseWebUrl(href, pageUrl)?.href ?? base;
    else if (name === 'a') {
      const link = resolveLink(href, base);
      if (link) links.push(link);
    } else if (canonical === undefined && /(?:^|\s)canonical(?:\s|$)/i.test(attributes.get('rel') ?? '')) canonical = resolveLink(href, base);
  }
  return canonical ? { links, canonical } : { links };
}

/** A response's page, or why it is no page we check. */
function readResponse(url: string, response: FetchedResponse, origin: string): CrawledPage {
  const { status, contentType } = response;
  if (status >= 300 && status < 400) return failed(url, 'redirect-loop', `redirect loop or too many redirects (${status})`, status);
  if (status < 200 || status >= 300) return failed(url, 'http', `the server answered ${status}`, status);
  if (!sameOrigin(response.url, origin)) return failed(url, 'other-host', `redirected to another site: ${response.url}`);
  const named = materialByName(url);
  const served = materialByContentType(contentType);
  if (named || served) return readMaterial(url, response, named, served);
  if (!isHtml(contentType)) return { kind: 'excluded', url, why: 'not-a-page' };
  if (startsWith(asBytes(response.body), MAGIC.pdf)) return failed(url, 'wrong-type', 'a PDF sent as text/html');
  return { kind: 'html', url, canonical: url, html: asText(response.body, contentType) };
}

function readMaterial(url: string, response: FetchedResponse, named: MaterialType | undefined, served: MaterialType | undefined): CrawledPage {
  const type = served ?? named!;
  const bytes = asBytes(response.body);
  const shown = response.contentType || 'no content type';
  if (named && !served && isHtml(response.contentType)) return failed(url, 'wrong-type', `named .${named} but the server sent an HTML page (${shown})`);
  if (!startsWith(bytes, MAGIC[type])) return failed(url, 'wrong-type', `sent as ${shown} but is not a ${type.toUpperCase()} file`);
  return { kind: 'material', url, type, contentType: response.contentType, bytes };
}

const failed = (url: string, code: FailureCode, words: string, status?: number): CrawledPage => ({ kind: 'failed', url, reason: status === undefined ? { code, words } : { code, status, words } });

function failureOf(url: string, error: unknown): CrawledPage {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'TimeoutError' || name === 'AbortError') return failed(url, 'timeout', 'no answer in time');
  if (/too large/i.test(message)) return failed(url, 'too-large', message);
  return failed(url, 'network', message || 'the request failed');
}

/** Resolves when the signal aborts; never rejects. */
const aborted = (signal: AbortSignal): Promise<void> => new Promise((resolve) => (signal.aborted ? resolve() : signal.addEventListener('abort', () => resolve(), { once: true })));

interface Crawl {
  options: CrawlOptions;
  origin: string;
  start: string;
  signal: AbortSignal;
  /** Resolves when the crawl stops: one listener for every wait. */
  stopped: Promise<void>;
  robots: Robots;
  filter: (url: string) => boolean;
  queue: string[];
  /** Every page met: each is fetched or reported once. */
  seen: Set<string>;
  /** Pages yielded as HTML, by their own URL and their rel=canonical: a second spelling is a duplicate. */
  claimed: Set<string>;
  output: CrawledPage[];
  checked: number;
  failedCount: number;
  inFlight: number;
  gate: Promise<void>;
  delayMs: number;
  /** Who waits for something to happen: a page to yield, a link to follow, a worker to finish. */
  waiting: (() => void)[];
}

function wake(crawl: Crawl): void {
  for (const resolve of crawl.waiting.splice(0)) resolve();
}

const somethingHappens = (crawl: Crawl): Promise<void> => new Promise((resolve) => crawl.waiting.push(resolve));

/** One request at a time through the site's gate: starts are spaced by the delay, however many run at once. */
async function politely<T>(crawl: Crawl, request: () => Promise<T>): Promise<T> {
  const turn = crawl.gate;
  const sleep = crawl.options.sleep;
  crawl.gate = turn.then(() => (sleep && crawl.delayMs > 0 ? Promise.race([sleep(crawl.delayMs), crawl.stopped]) : undefined));
  await turn;
  if (crawl.signal.aborted) throw Object.assign(new Error('crawl stopped'), { name: 'AbortError' });
  return request();
}

function emit(crawl: Crawl, page: CrawledPage): void {
  if (crawl.signal.aborted) return;
  if (page.kind === 'failed') crawl.failedCount++;
  crawl.output.push(page);
  wake(crawl);
}

function progress(crawl: Crawl): void {
  crawl.options.onProgress?.({ found: crawl.seen.size, checked: crawl.checked, failed: crawl.failedCount, queued: crawl.queue.length });
}

/** A URL met in a link or a sitemap: queued once, or reported once as excluded. */
function meet(crawl: Crawl, url: string): void {
  if (crawl.seen.has(url)) return;
  crawl.seen.add(url);
  if (!sameOrigin(url, crawl.origin)) return emit(crawl, { kind: 'excluded', url, why: 'other-host' });
  if (NOT_A_PAGE.test(parseWebUrl(url)?.pathname ?? '')) return;
  if (!isAllowed(crawl.robots, url)) return emit(crawl, { kind: 'excluded', url, why: 'robots' });
  if (url !== crawl.start && !crawl.filter(url)) return emit(crawl, { kind: 'excluded', url, why: 'pattern' });
  crawl.queue.push(url);
}

/**
 * The site's robots.txt, and the origin the site answers on: a site that moved (http → https,
 * example.com → www.example.com) redirects its robots.txt too, and the crawl follows it there, or
 * every page would be a redirect to another host.
 */
async function readRobots(options: CrawlOptions, origin: string, signal: AbortSignal): Promise<{ robots: Robots; origin: string }> {
  try {
    const response = await options.fetch(new URL('/robots.txt', origin).href, signal);
    const landed = parseWebUrl(response.url);
    const moved = landed?.pathname === '/robots.txt' && landed.origin !== origin;
    return { robots: robotsFromResponse(response.status, asText(response.body, response.contentType)), origin: moved ? landed.origin : origin };
  } catch {
    return { robots: robotsFromResponse(undefined, ''), origin };
  }
}

/** Page URLs of the site's sitemaps, indexes followed; entries on other hosts reported once. */
async function readSitemaps(crawl: Crawl): Promise<void> {
  const read = new Set<string>();
  // The usual place is read only where robots.txt allows it; a Sitemap: line is the site's own invitation.
  const usual = new URL('/sitemap.xml', crawl.origin).href;
  let level = [...(isAllowed(crawl.robots, usual) ? [usual] : []), ...crawl.robots.sitemaps];
  for (let depth = 0; depth <= MAX_SITEMAP_DEPTH && level.length > 0 && !crawl.signal.aborted; depth++) {
    const next: string[] = [];
    for (const sitemapUrl of level) {
      if (read.has(sitemapUrl) || !sameSite(sitemapUrl, crawl.origin)) continue;
      read.add(sitemapUrl);
      const response = await politely(crawl, () => crawl.options.fetch(sitemapUrl, crawl.signal)).catch(() => undefined);
      if (!response || response.status < 200 || response.status >= 300) continue;
      const sitemap = parseSitemap(asText(response.body, response.contentType));
      for (const { url } of sitemap.urls) {
        if (sitemap.kind === 'index') next.push(url);
        else meet(crawl, onSiteScheme(url, crawl.origin));
      }
    }
    level = next;
  }
}

/** A sitemap entry on the site's host, spelled with the site's scheme (a site moved to https often lists its http addresses). */
function onSiteScheme(url: string, origin: string): string {
  const parsed = parseWebUrl(url);
  if (!parsed || !sameSite(url, origin)) return canonicalUrl(url) ?? url;
  parsed.protocol = new URL(origin).protocol;
  return canonicalUrl(parsed) ?? url;
}

/** Whether a page counts against maxPages and may be yielded: the start page is read for its links even where the patterns leave it out. */
const isCounted = (crawl: Crawl, url: string): boolean => url !== crawl.start || crawl.filter(url);

/** Reads one page: yields it, or what became of it, and meets its links. */
async function visit(crawl: Crawl, url: string): Promise<void> {
  const { shard } = crawl.options;
  const counted = isCounted(crawl, url);
  const mine = (page: string) => counted && (!shard || inShard(page, shard));
  const outside: CrawledPage = { kind: 'excluded', url, why: counted ? 'shard' : 'pattern' };
  if (materialByName(url) && !mine(url)) return emit(crawl, outside);
  let page: CrawledPage;
  let landed = url;
  try {
    const response = await politely(crawl, () => crawl.options.fetch(url, crawl.signal));
    page = readResponse(url, response, crawl.origin);
    landed = canonicalUrl(response.url) ?? url;
  } catch (error) {
    if (crawl.signal.aborted) return;
    page = failureOf(url, error);
  }
  if (page.kind !== 'html') return emit(crawl, mine(url) || page.kind === 'excluded' ? page : outside);
  // Relative links lead from where the redirects ended, and that page is not fetched again.
  const { links, canonical: named } = linksOf(page.html, landed);
  const canonical = named && sameOrigin(named, crawl.origin) ? named : landed;
  if (crawl.claimed.has(canonical)) return;
  for (const spelling of [url, landed, canonical]) crawl.claimed.add(spelling), crawl.seen.add(spelling);
  emit(crawl, mine(canonical) ? { ...page, canonical } : outside);
  for (const link of links) meet(crawl, link);
}

async function worker(crawl: Crawl): Promise<void> {
  while (!crawl.signal.aborted) {
    const url = crawl.queue.shift();
    if (url === undefined) {
      if (crawl.inFlight === 0) return;
      await Promise.race([somethingHappens(crawl), crawl.stopped]);
      continue;
    }
    if (crawl.claimed.has(url)) continue;
    const counted = isCounted(crawl, url);
    if (counted && crawl.checked >= crawl.options.maxPages) {
      // Said, not dropped: a report of the first 200 pages must not read as the whole site.
      emit(crawl, { kind: 'excluded', url, why: 'limit' });
      continue;
    }
    if (counted) crawl.checked++;
    crawl.inFlight++;
    try {
      await visit(crawl, url);
    } finally {
      crawl.inFlight--;
      progress(crawl);
      wake(crawl);
    }
  }
}

/**
 * The site's pages as they are read: HTML pages, PDF and DOCX materials, failures and exclusions,
 * each page once. Stopping (the signal, or leaving the loop) ends it quickly; what was yielded stays valid.
 */
export async function* crawlSite(start: string, options: CrawlOptions): AsyncGenerator<CrawledPage> {
  const startUrl = canonicalUrl(start);
  if (!startUrl) throw new Error(`crawl needs an http(s) URL, got ${start}`);
  // Built before anything is fetched: a bad pattern fails here.
  const filter = urlFilter(options);
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) stop.abort();
  try {
    const asked = new URL(startUrl);
    const { robots, origin } = await readRobots(options, asked.origin, stop.signal);
    const crawl: Crawl = {
      options,
      origin,
      start: canonicalUrl(new URL(asked.pathname + asked.search, origin)) ?? startUrl,
      signal: stop.signal,
      stopped: aborted(stop.signal),
      robots,
      filter,
      queue: [],
      seen: new Set(),
      claimed: new Set(),
      output: [],
      checked: 0,
      failedCount: 0,
      inFlight: 0,
      gate: Promise.resolve(),
      delayMs: robots.crawlDelaySeconds !== undefined ? robots.crawlDelaySeconds * 1000 : (options.delayMs ?? DEFAULT_DELAY_MS),
      waiting: [],
    };
    meet(crawl, crawl.start);
    await readSitemaps(crawl);
    const workers = Array.from({ length: Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY) }, () => worker(crawl));
    let finished = false;
    const done = Promise.all(workers).then(() => {
      finished = true;
    });
    while (!stop.signal.aborted) {
      while (crawl.output.length > 0 && !stop.signal.aborted) yield crawl.output.shift()!;
      if (finished) break;
      await Promise.race([done, crawl.stopped, somethingHappens(crawl)]);
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    stop.abort();
  }
}
