import { describe, expect, it } from 'vitest';
import { type CrawledPage, type CrawlOptions, crawlSite, type FetchedResponse, linksOf } from '../../../../engine/site/crawl';

const SITE = 'https://shop.example';

interface FakePage {
  status?: number;
  contentType?: string;
  body?: string | Uint8Array;
  /** Where the server redirects; followed by the fake as a fetcher would, up to five times. */
  redirect?: string;
}

const html = (...links: string[]): FakePage => ({ body: `<html><body>${links.map((href) => `<a href="${href}">x</a>`).join(' ')}</body></html>` });
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7 fake');

/** An in-memory site: a map of URL → response, a log of every fetch and the most requests ever in flight. */
function fakeSite(pages: Record<string, FakePage>) {
  const log: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = async (url: string): Promise<FetchedResponse> => {
    log.push(url);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      // Resolve on a later turn, so that concurrent requests overlap.
      await new Promise((resolve) => setTimeout(resolve, 0));
      let at = url;
      for (let hops = 0; hops <= 5; hops++) {
        const page = pages[at];
        if (!page) return { status: 404, url: at, contentType: 'text/html', body: 'not found' };
        if (page.redirect === undefined) return { status: page.status ?? 200, url: at, contentType: page.contentType ?? 'text/html; charset=utf-8', body: page.body ?? '' };
        at = page.redirect;
      }
      return { status: 302, url: at, contentType: 'text/html', body: '' };
    } finally {
      inFlight--;
    }
  };
  return { fetch, log, maxInFlight: () => maxInFlight };
}

async function crawl(pages: Record<string, FakePage>, options: Partial<CrawlOptions> = {}, start = `${SITE}/`) {
  const site = fakeSite(pages);
  const seen: CrawledPage[] = [];
  for await (const page of crawlSite(start, { fetch: site.fetch, maxPages: 100, delayMs: 0, ...options })) seen.push(page);
  const urls = (kind: CrawledPage['kind']) =>
    seen
      .filter((page) => page.kind === kind)
      .map((page) => page.url)
      .sort();
  return { ...site, seen, urls, checked: () => [...urls('html'), ...urls('material'), ...urls('failed')].sort() };
}

const find = (pages: CrawledPage[], url: string) => pages.find((page) => page.url === url);

describe('linksOf', () => {
  it('reads <a href> and rel=canonical, resolved and canonical, and leaves out mailto: and links in comments', () => {
    const page = `<link rel="canonical" href="/about?utm_source=x"><a href='team.html#top'>t</a> <A HREF=/Contact>c</A> <a href="mailto:x@y.z">m</a> <!-- <a href="/hidden">h</a> --> <a href="/a?x=1&amp;b=2">q</a>`;
    expect(linksOf(page, `${SITE}/about/`)).toEqual({ links: [`${SITE}/about/team.html`, `${SITE}/Contact`, `${SITE}/a?b=2&x=1`], canonical: `${SITE}/about` });
  });

  it('resolves against <base href>', () => {
    expect(linksOf('<base href="/docs/"><a href="intro">i</a>', `${SITE}/`).links).toEqual([`${SITE}/docs/intro`]);
  });
});

describe('crawlSite', () => {
  it('follows same-origin links breadth-first, each page once, and reports other hosts once', async () => {
    const run = await crawl({
      [`${SITE}/`]: html('/a', '/b', 'https://other.example/x', '/a?utm_source=mail'),
      [`${SITE}/a`]: html('/', '/b', 'https://other.example/x'),
      [`${SITE}/b`]: html('/c'),
      [`${SITE}/c`]: html(),
    });
    expect(run.urls('html')).toEqual([`${SITE}/`, `${SITE}/a`, `${SITE}/b`, `${SITE}/c`]);
    expect(run.seen.filter((page) => page.kind === 'excluded')).toEqual([{ kind: 'excluded', url: 'https://other.example/x', why: 'other-host' }]);
    const pageFetches = run.log.filter((url) => !url.endsWith('robots.txt') && !url.endsWith('sitemap.xml'));
    expect(pageFetches).toEqual([`${SITE}/`, `${SITE}/a`, `${SITE}/b`, `${SITE}/c`]);
  });

  it('seeds the queue from sitemap.xml and the sitemaps robots.txt names, following an index, dropping other hosts', async () => {
    const run = await crawl({
      [`${SITE}/robots.txt`]: { contentType: 'text/plain', body: `Sitemap: ${SITE}/extra.xml` },
      [`${SITE}/sitemap.xml`]: { contentType: 'application/xml', body: `<sitemapindex><sitemap><loc>${SITE}/pages.xml</loc></sitemap></sitemapindex>` },
      [`${SITE}/pages.xml`]: { contentType: 'application/xml', body: `<urlset><url><loc>${SITE}/orphan</loc></url><url><loc>https://cdn.example/page</loc></url></urlset>` },
      [`${SITE}/extra.xml`]: { contentType: 'text/plain', body: `http://shop.example/old-scheme\n` },
      [`${SITE}/`]: html(),
      [`${SITE}/orphan`]: html(),
      [`${SITE}/old-scheme`]: html(),
    });
    expect(run.urls('html')).toEqual([`${SITE}/`, `${SITE}/old-scheme`, `${SITE}/orphan`]);
    expect(run.seen.filter((page) => page.kind === 'excluded')).toEqual([{ kind: 'excluded', url: 'https://cdn.example/page', why: 'other-host' }]);
    expect(run.log.slice(0, 1)).toEqual([`${SITE}/robots.txt`]);
  });

  it('never fetches a folder robots.txt disallows, and reports its pages as excluded', async () => {
    const run = await crawl({
      [`${SITE}/robots.txt`]: { contentType: 'text/plain', body: 'User-agent: *\nDisallow: /private/' },
      [`${SITE}/`]: html('/private/one', '/private/two', '/public'),
      [`${SITE}/public`]: html(),
      [`${SITE}/private/one`]: html(),
    });
    expect(run.log.some((url) => url.includes('/private/'))).toBe(false);
    expect(run.urls('excluded')).toEqual([`${SITE}/private/one`, `${SITE}/private/two`]);
    expect(run.seen.filter((page) => page.kind === 'excluded').every((page) => page.kind === 'excluded' && page.why === 'robots')).toBe(true);
    expect(run.urls('html')).toEqual([`${SITE}/`, `${SITE}/public`]);
  });

  it('follows a site that moved, as its robots.txt redirect shows, instead of calling every page another host', async () => {
    const run = await crawl(
      {
        'http://shop.example/robots.txt': { redirect: `${SITE}/robots.txt` },
        'http://shop.example/': { redirect: `${SITE}/` },
        [`${SITE}/robots.txt`]: { contentType: 'text/plain', body: 'User-agent: *\nDisallow: /private/' },
        [`${SITE}/`]: html('/a', '/private/x'),
        [`${SITE}/a`]: html(),
      },
      {},
      'http://shop.example/',
    );
    expect(run.urls('html')).toEqual([`${SITE}/`, `${SITE}/a`]);
    expect(run.urls('excluded')).toEqual([`${SITE}/private/x`]);
  });

  it('fetches nothing when robots.txt cannot be read (5xx)', async () => {
    const run = await crawl({ [`${SITE}/robots.txt`]: { status: 503 }, [`${SITE}/`]: html('/a') });
    expect(run.log).toEqual([`${SITE}/robots.txt`]);
    expect(run.seen).toEqual([{ kind: 'excluded', url: `${SITE}/`, why: 'robots' }]);
  });

  it('reports a broken link as failed and goes on', async () => {
    const run = await crawl({ [`${SITE}/`]: html('/gone', '/broken', '/fine'), [`${SITE}/broken`]: { status: 500 }, [`${SITE}/fine`]: html() });
    expect(find(run.seen, `${SITE}/gone`)).toEqual({ kind: 'failed', url: `${SITE}/gone`, reason: { code: 'http', status: 404, words: 'the server answered 404' } });
    expect(find(run.seen, `${SITE}/broken`)).toMatchObject({ kind: 'failed', reason: { code: 'http', status: 500 } });
    expect(run.urls('html')).toEqual([`${SITE}/`, `${SITE}/fine`]);
  });

  it('reports a redirect loop and a redirect to another host as failed', async () => {
    const run = await crawl({
      [`${SITE}/`]: html('/loop', '/away', '/moved'),
      [`${SITE}/loop`]: { redirect: `${SITE}/loop2` },
      [`${SITE}/loop2`]: { redirect: `${SITE}/loop` },
      [`${SITE}/away`]: { redirect: 'https://elsewhere.example/' },
      'https://elsewhere.example/': html(),
      [`${SITE}/moved`]: { redirect: `${SITE}/new/` },
      [`${SITE}/new/`]: html('child', '/new/'),
      [`${SITE}/new/child`]: html(),
    });
    expect(find(run.seen, `${SITE}/new/child`)).toMatchObject({ kind: 'html' });
    // Reached through the redirect, so its own link to itself is not fetched again.
    expect(run.log).not.toContain(`${SITE}/new/`);
    expect(find(run.seen, `${SITE}/loop`)).toMatchObject({ kind: 'failed', reason: { code: 'redirect-loop' } });
    expect(find(run.seen, `${SITE}/away`)).toMatchObject({ kind: 'failed', reason: { code: 'other-host' } });
    expect(find(run.seen, `${SITE}/moved`)).toMatchObject({ kind: 'html', canonical: `${SITE}/new/` });
    expect(find(run.seen, `${SITE}/new/`)).toBeUndefined();
  });

  it('says a timeout and a file too large apart from other network failures', async () => {
    const site = fakeSite({ [`${SITE}/`]: html('/slow', '/huge', '/down') });
    const errors: Record<string, Error> = {
      [`${SITE}/slow`]: Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
      [`${SITE}/huge`]: new Error('response too large: over 20 MB'),
      [`${SITE}/down`]: new TypeError('fetch failed'),
    };
    const fetch = (url: string) => (errors[url] ? Promise.reject(errors[url]) : site.fetch(url));
    const seen: CrawledPage[] = [];
    for await (const page of crawlSite(`${SITE}/`, { fetch, maxPages: 10 })) seen.push(page);
    expect(find(seen, `${SITE}/slow`)).toMatchObject({ kind: 'failed', reason: { code: 'timeout' } });
    expect(find(seen, `${SITE}/huge`)).toMatchObject({ kind: 'failed', reason: { code: 'too-large' } });
    expect(find(seen, `${SITE}/down`)).toMatchObject({ kind: 'failed', reason: { code: 'network', words: 'fetch failed' } });
    expect(find(seen, `${SITE}/`)).toMatchObject({ kind: 'html' });
  });

  it('reports a page that is neither HTML nor a material as not a page, and follows nothing from it', async () => {
    const run = await crawl({ [`${SITE}/`]: html('/feed'), [`${SITE}/feed`]: { contentType: 'application/json', body: '<a href="/secret">x</a>' } });
    expect(find(run.seen, `${SITE}/feed`)).toEqual({ kind: 'excluded', url: `${SITE}/feed`, why: 'not-a-page' });
    expect(run.log).not.toContain(`${SITE}/secret`);
  });

  it('yields a linked PDF as material, and says clearly when a file is not what it is served or named as', async () => {
    const run = await crawl({
      [`${SITE}/`]: html('/price.pdf', '/old-price', '/fake.pdf', '/page-as-pdf', '/pdf-as-html', '/pic.png'),
      [`${SITE}/price.pdf`]: { contentType: 'application/pdf', body: PDF_BYTES },
      [`${SITE}/old-price`]: { contentType: 'application/x-pdf', body: PDF_BYTES },
      [`${SITE}/fake.pdf`]: { contentType: 'text/html', body: '<html>not found, sorry</html>' },
      [`${SITE}/page-as-pdf`]: { contentType: 'application/pdf', body: '<html><body>hi</body></html>' },
      [`${SITE}/pdf-as-html`]: { contentType: 'text/html', body: PDF_BYTES },
    });
    expect(find(run.seen, `${SITE}/price.pdf`)).toEqual({ kind: 'material', url: `${SITE}/price.pdf`, type: 'pdf', contentType: 'application/pdf', bytes: PDF_BYTES });
    expect(find(run.seen, `${SITE}/old-price`)).toMatchObject({ kind: 'material', type: 'pdf' });
    expect(find(run.seen, `${SITE}/fake.pdf`)).toMatchObject({ kind: 'failed', reason: { code: 'wrong-type', words: expect.stringContaining('named .pdf but the server sent an HTML page') } });
    expect(find(run.seen, `${SITE}/page-as-pdf`)).toMatchObject({ kind: 'failed', reason: { code: 'wrong-type', words: expect.stringContaining('is not a PDF') } });
    expect(find(run.seen, `${SITE}/pdf-as-html`)).toMatchObject({ kind: 'failed', reason: { code: 'wrong-type', words: 'a PDF sent as text/html' } });
    expect(run.log).not.toContain(`${SITE}/pic.png`);
  });

  it('counts a page whose rel=canonical names another URL as that URL, once', async () => {
    const run = await crawl(
      {
        [`${SITE}/`]: html('/item?color=red', '/item'),
        [`${SITE}/item?color=red`]: { body: '<link rel="canonical" href="/item"><a href="/more">m</a>' },
        [`${SITE}/item`]: html(),
        [`${SITE}/more`]: html(),
      },
      { concurrency: 1 },
    );
    expect(find(run.seen, `${SITE}/item?color=red`)).toMatchObject({ kind: 'html', canonical: `${SITE}/item` });
    expect(run.log).not.toContain(`${SITE}/item`);
    expect(run.urls('html')).toEqual([`${SITE}/`, `${SITE}/item?color=red`, `${SITE}/more`]);
  });

  it('checks no more than maxPages pages', async () => {
    const pages: Record<string, FakePage> = { [`${SITE}/`]: html(...Array.from({ length: 20 }, (_, i) => `/p${i}`)) };
    for (let i = 0; i < 20; i++) pages[`${SITE}/p${i}`] = html();
    const run = await crawl(pages, { maxPages: 5 });
    expect(run.checked()).toHaveLength(5);
    expect(run.log.filter((url) => url.includes('/p'))).toHaveLength(4);
  });

  it('names every page met beyond maxPages as left out by the limit, fetching none of them', async () => {
    const pages: Record<string, FakePage> = { [`${SITE}/`]: html(...Array.from({ length: 20 }, (_, i) => `/p${i}`)) };
    for (let i = 0; i < 20; i++) pages[`${SITE}/p${i}`] = html();
    const run = await crawl(pages, { maxPages: 5 });
    const beyond = run.seen.filter((page) => page.kind === 'excluded' && page.why === 'limit').map((page) => page.url);
    expect(beyond).toHaveLength(16);
    expect(beyond.filter((url) => run.log.includes(url))).toEqual([]);
    expect(new Set([...beyond, ...run.checked()]).size).toBe(21);
  });

  it('leaves nothing out by the limit when the site fits in it', async () => {
    const run = await crawl({ [`${SITE}/`]: html('/a'), [`${SITE}/a`]: html() }, { maxPages: 2 });
    expect(run.seen.filter((page) => page.kind === 'excluded')).toEqual([]);
  });

  it('applies include and exclude patterns to pages, never fetching those left out', async () => {
    const run = await crawl(
      {
        [`${SITE}/`]: html('/blog/one', '/blog/drafts/two', '/about'),
        [`${SITE}/blog/one`]: html(),
        [`${SITE}/blog/drafts/two`]: html(),
        [`${SITE}/about`]: html(),
      },
      { include: ['/blog/**'], exclude: ['drafts/'] },
    );
    expect(run.urls('html')).toEqual([`${SITE}/blog/one`]);
    expect(run.urls('excluded')).toEqual([`${SITE}/`, `${SITE}/about`, `${SITE}/blog/drafts/two`]);
    expect(run.seen.filter((page) => page.kind === 'excluded').every((page) => page.kind === 'excluded' && page.why === 'pattern')).toBe(true);
    expect(run.log).not.toContain(`${SITE}/about`);
    expect(run.log).toContain(`${SITE}/`);
  });

  it('splits the checked pages among shards: their union is the unsharded run, with no page in two', async () => {
    const pages: Record<string, FakePage> = { [`${SITE}/`]: html(...Array.from({ length: 12 }, (_, i) => `/p${i}`), '/doc.pdf', '/gone') };
    for (let i = 0; i < 12; i++) pages[`${SITE}/p${i}`] = html(`/q${i}`);
    for (let i = 0; i < 12; i++) pages[`${SITE}/q${i}`] = html();
    pages[`${SITE}/doc.pdf`] = { contentType: 'application/pdf', body: PDF_BYTES };
    // A cut by maxPages is the same in every shard when pages are read one at a time; with more at once, when none is cut.
    for (const [maxPages, concurrency] of [
      [100, 3],
      [10, 1],
    ] as const) {
      const whole = (await crawl(pages, { maxPages, concurrency })).checked();
      const parts = await Promise.all([1, 2, 3].map(async (index) => (await crawl(pages, { maxPages, concurrency, shard: { index, count: 3 } })).checked()));
      expect(parts.flat().sort()).toEqual(whole);
      expect(parts.every((part) => part.length > 0 && part.length < whole.length)).toBe(true);
    }
  });

  it('never has more than `concurrency` requests in flight', async () => {
    const pages: Record<string, FakePage> = { [`${SITE}/`]: html(...Array.from({ length: 15 }, (_, i) => `/p${i}`)) };
    for (let i = 0; i < 15; i++) pages[`${SITE}/p${i}`] = html();
    expect((await crawl(pages, { concurrency: 2 })).maxInFlight()).toBe(2);
    expect((await crawl(pages, { concurrency: 4 })).maxInFlight()).toBe(4);
  });

  it('waits the Crawl-delay robots.txt asks for between requests, through the injected sleep', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const run = await crawl(
      { [`${SITE}/robots.txt`]: { contentType: 'text/plain', body: 'User-agent: *\nCrawl-delay: 2' }, [`${SITE}/`]: html('/a', '/b'), [`${SITE}/a`]: html(), [`${SITE}/b`]: html() },
      { sleep, delayMs: 100 },
    );
    expect(run.urls('html')).toHaveLength(3);
    expect(waits.length).toBeGreaterThanOrEqual(3);
    expect(new Set(waits)).toEqual(new Set([2000]));
  });

  it('stops when aborted, and what it yielded stays valid', async () => {
    const pages: Record<string, FakePage> = { [`${SITE}/`]: html(...Array.from({ length: 30 }, (_, i) => `/p${i}`)) };
    for (let i = 0; i < 30; i++) pages[`${SITE}/p${i}`] = html();
    const site = fakeSite(pages);
    const stop = new AbortController();
    const yielded: CrawledPage[] = [];
    for await (const page of crawlSite(`${SITE}/`, { fetch: site.fetch, maxPages: 100, delayMs: 0, concurrency: 2, signal: stop.signal })) {
      yielded.push(page);
      if (yielded.length === 3) stop.abort();
    }
    expect(yielded).toHaveLength(3);
    expect(yielded.every((page) => page.kind === 'html')).toBe(true);
    expect(site.log.length).toBeLessThan(10);
  });

  it('stops fetching when the caller leaves the loop', async () => {
    const pages: Record<string, FakePage> = { [`${SITE}/`]: html(...Array.from({ length: 30 }, (_, i) => `/p${i}`)) };
    for (let i = 0; i < 30; i++) pages[`${SITE}/p${i}`] = html();
    const site = fakeSite(pages);
    for await (const page of crawlSite(`${SITE}/`, { fetch: site.fetch, maxPages: 100, delayMs: 0, concurrency: 2 })) if (page.kind === 'html') break;
    const fetched = site.log.length;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(site.log.length).toBe(fetched);
    expect(fetched).toBeLessThan(10);
  });

  it('reports progress', async () => {
    const reports: { checked: number; failed: number }[] = [];
    await crawl({ [`${SITE}/`]: html('/a', '/gone'), [`${SITE}/a`]: html() }, { onProgress: (p) => reports.push(p) });
    expect(reports.at(-1)).toMatchObject({ found: 3, checked: 3, failed: 1, queued: 0 });
  });

  it('refuses a start that is not an http(s) URL, and a bad pattern, before fetching anything', async () => {
    const site = fakeSite({});
    await expect(crawlSite('ftp://x.example/', { fetch: site.fetch, maxPages: 1 }).next()).rejects.toThrow(/http/);
    await expect(crawlSite(`${SITE}/`, { fetch: site.fetch, maxPages: 1, include: [''] }).next()).rejects.toThrow();
    expect(site.log).toEqual([]);
  });
});
