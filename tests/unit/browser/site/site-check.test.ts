import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserCrawlFetch, checkSiteInBrowser } from '../../../../browser/site/site-check';
import { nodeEnvironment } from '../../../../cli/node-environment';
import { checkMaterials } from '../../../../engine/engine';
import { DEFAULT_LIMITS } from '../../../../engine/material/limits';
import { parseProfileJson } from '../../../../engine/profile/validate';
import type { SiteReport } from '../../../../engine/site/site-check';

const BASE = 'https://clinic.test';

/** A Response as the browser's fetch hands it back after redirects: `url` is where it landed. */
function answer(body: BodyInit | null, { status = 200, type = 'text/html; charset=utf-8', url = '', length }: { status?: number; type?: string; url?: string; length?: number } = {}): Response {
  const headers: Record<string, string> = { 'content-type': type };
  if (length !== undefined) headers['content-length'] = String(length);
  const response = new Response(body, { status, headers });
  if (url) Object.defineProperty(response, 'url', { value: url });
  return response;
}

/** A fetch that never answers: it waits for its signal, as the browser's does. */
const hanging = (_url: string | URL | Request, init?: RequestInit) => new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true }));

const asFetch = (handler: (url: string, init?: RequestInit) => Promise<Response> | Response) => ((url: string | URL | Request, init?: RequestInit) => Promise.resolve(handler(String(url), init))) as typeof fetch;

describe('browserCrawlFetch', () => {
  it('follows redirects without the user’s cookies, and says where the page landed', async () => {
    const asked: RequestInit[] = [];
    const fetchPage = browserCrawlFetch({
      maxBytes: 1000,
      fetch: asFetch((_url, init) => {
        asked.push(init!);
        return answer('<p>ok</p>', { url: `${BASE}/landed` });
      }),
    });
    const response = await fetchPage(`${BASE}/moved`);
    expect(response).toMatchObject({ status: 200, url: `${BASE}/landed`, contentType: 'text/html; charset=utf-8' });
    expect(new TextDecoder().decode(response.body as Uint8Array)).toBe('<p>ok</p>');
    expect(asked[0]).toMatchObject({ redirect: 'follow', credentials: 'omit' });
    expect(asked[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it('keeps the asked URL when the response names none, and passes a failing status on', async () => {
    const response = await browserCrawlFetch({ maxBytes: 1000, fetch: asFetch(() => answer('gone', { status: 404 })) })(`${BASE}/gone`);
    expect(response).toMatchObject({ status: 404, url: `${BASE}/gone` });
  });

  it('says "too large" past the size limit, whether the server says so or not', async () => {
    const declared = browserCrawlFetch({ maxBytes: 100, fetch: asFetch(() => answer('x'.repeat(50), { length: 5000 })) });
    await expect(declared(`${BASE}/big`)).rejects.toThrow(/too large/);
    const streamed = browserCrawlFetch({ maxBytes: 100, fetch: asFetch(() => answer('x'.repeat(500))) });
    await expect(streamed(`${BASE}/big`)).rejects.toThrow(/too large/);
    const within = browserCrawlFetch({ maxBytes: 100, fetch: asFetch(() => answer('x'.repeat(100))) });
    await expect(within(`${BASE}/small`)).resolves.toMatchObject({ status: 200 });
  });

  it('names a failed request (a refused connection, a redirect loop) in words, not as a bare TypeError', async () => {
    const fetchPage = browserCrawlFetch({
      maxBytes: 100,
      fetch: asFetch(() => {
        throw new TypeError('Failed to fetch');
      }),
    });
    const error = await fetchPage(`${BASE}/loop`).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/redirects in a loop/);
  });

  it('gives up with a TimeoutError when the server does not answer in time', async () => {
    const fetchPage = browserCrawlFetch({ maxBytes: 100, timeoutMs: 20, fetch: hanging as typeof fetch });
    await expect(fetchPage(`${BASE}/slow`)).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('stops when the caller stops, as an abort and not a timeout', async () => {
    const fetchPage = browserCrawlFetch({ maxBytes: 100, timeoutMs: 60_000, fetch: hanging as typeof fetch });
    const stop = new AbortController();
    const asked = fetchPage(`${BASE}/slow`, stop.signal);
    stop.abort();
    await expect(asked).rejects.toMatchObject({ name: 'AbortError' });
  });
});

const page = (title: string, body: string, links: string[] = []) =>
  `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}${links.map((href) => `<a href="${href}">${href}</a>`).join(' ')}</main></body></html>`;

const PAGES: Record<string, string> = {
  '/': page('Стоматология', '<p>Лечим зубы спокойно и без боли.</p>', ['/services', '/prices', '/private/plans', '/missing']),
  '/services': page('Услуги', '<p>Удаление зуба — 3 000 ₽.</p>'),
  '/prices': page('Цены', '<p>Удаление зуба — 5 000 ₽.</p>'),
  '/private/plans': page('Планы', '<p>Внутренний документ.</p>'),
};

/** The small site above, over a stub of the browser's fetch; `asked` lists every request. */
function site() {
  const asked: string[] = [];
  const fetch = asFetch((url) => {
    const path = new URL(url).pathname;
    asked.push(path);
    if (path === '/robots.txt') return answer('User-agent: *\nDisallow: /private/\n', { type: 'text/plain', url });
    if (path === '/sitemap.xml') return answer(null, { status: 404, url });
    const html = PAGES[path];
    return html ? answer(html, { url }) : answer('<h1>Not found</h1>', { status: 404, url });
  });
  return { fetch, asked };
}

const profile = () => {
  const parsed = parseProfileJson(readFileSync('tests/fixtures/profiles/dental.json', 'utf8'));
  if (!parsed.ok) throw new Error('the dental profile does not parse');
  return parsed.profile;
};

const run = (fetch: typeof globalThis.fetch, extra: Partial<Parameters<typeof checkSiteInBrowser>[0]> = {}) =>
  checkSiteInBrowser({
    url: `${BASE}/`,
    profile: profile(),
    limits: DEFAULT_LIMITS,
    environment: nodeEnvironment,
    // Cloned as posting it to the panel's check worker clones it.
    check: (material) => checkMaterials([structuredClone(material)], profile()),
    fetch,
    ...extra,
  });

describe('checkSiteInBrowser', () => {
  it('checks every page it may read, names the one it failed and the one robots.txt keeps out, and the disagreement between two pages', async () => {
    const { fetch } = site();
    const progress: number[] = [];
    const result = await run(fetch, { onProgress: ({ checked }) => progress.push(checked) });
    if ('unreachable' in result) throw new Error(result.unreachable);
    const report: SiteReport = result.report;
    expect(report.sources.map((s) => s.location).sort()).toEqual([`${BASE}/`, `${BASE}/missing`, `${BASE}/prices`, `${BASE}/services`]);
    expect(report.sources.find((s) => s.location.endsWith('/missing'))?.error).toMatch(/404/);
    expect(report.excluded).toEqual([{ url: `${BASE}/private/plans`, why: 'robots' }]);
    expect(report.findings.some((f) => f.check === 'consistency')).toBe(true);
    expect(result.materials).toHaveLength(4);
    expect(() => structuredClone(result.materials)).not.toThrow();
    expect(progress.at(-1)).toBe(4);
  });

  it('keeps to the pages it is given', async () => {
    const { fetch, asked } = site();
    const result = await run(fetch, { scope: { maxPages: 1 } });
    if ('unreachable' in result) throw new Error(result.unreachable);
    expect(result.report.sources.map((s) => s.location)).toEqual([`${BASE}/`]);
    expect(asked).not.toContain('/prices');
  });

  it('stopped, returns the pages checked so far and asks for no more', async () => {
    const { fetch, asked } = site();
    const stop = new AbortController();
    let askedWhenStopped = 0;
    const stopAfterFirst = (material: Parameters<typeof checkMaterials>[0][number]) => {
      stop.abort();
      askedWhenStopped = asked.length;
      return checkMaterials([material], profile());
    };
    const result = await run(fetch, { signal: stop.signal, check: stopAfterFirst });
    if ('unreachable' in result) throw new Error(result.unreachable);
    expect(result.report.sources).toHaveLength(1);
    expect(asked).toHaveLength(askedWhenStopped);
  });

  it('says why when the site cannot be reached at all', async () => {
    const down = asFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(await run(down)).toEqual({ unreachable: expect.stringMatching(/^https:\/\/clinic\.test\/: the page could not be fetched/) });
  });
});
