import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { DEFAULT_LIMITS } from '../../../engine/material/limits';
import type { Finding } from '../../../engine/report/types';
import type { SiteReport } from '../../../engine/site/site-check';
import { CLINIC_SITE, startClinicSite } from '../../support/clinic-site';

/** A crawl of the whole site reads every page once, a quarter second apart: a hook has longer than a test. */
const CRAWL_TIMEOUT_MS = 120_000;

async function crawl(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['crawl', ...argv, '--profile', CLINIC_SITE.profile, '--format', 'json'], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), language: 'en' });
  return { code, stderr, report: JSON.parse(stdout) as SiteReport };
}

const pathOf = (url: string) => new URL(url).pathname;
const sourceAt = (report: SiteReport, path: string) => report.sources.find((source) => pathOf(source.location) === path);
const pathOfSource = (report: SiteReport, id: string | undefined) => {
  const source = report.sources.find((candidate) => candidate.id === id);
  return source ? pathOf(source.location) : undefined;
};
/** Where a finding stands and the pages it names beside it. */
const placesOf = (report: SiteReport, finding: Finding) => ({ page: pathOfSource(report, finding.source), others: (finding.related ?? []).map((place) => pathOfSource(report, place.source)) });

describe('sverka crawl on the clinic test site', () => {
  let site: Awaited<ReturnType<typeof startClinicSite>>;
  let run: Awaited<ReturnType<typeof crawl>>;
  beforeAll(async () => {
    site = await startClinicSite();
    run = await crawl([`${site.origin}/`]);
  }, CRAWL_TIMEOUT_MS);
  afterAll(() => site.close());

  it('checks every page once: the linked ones, the one only the sitemap lists, the PDF and the broken link', () => {
    const checked = run.report.sources.map((source) => pathOf(source.location)).sort();
    expect(checked).toEqual([...CLINIC_SITE.pages, CLINIC_SITE.priceList.path, CLINIC_SITE.broken].sort());
    expect(checked).toContain(CLINIC_SITE.sitemapOnly);
    expect(run.stderr).toContain(`${CLINIC_SITE.pages.length + 4} found, ${CLINIC_SITE.pages.length + 2} checked, 1 failed`);
    // On the way, how long is left at the pace so far; the last line, when nothing is left, says none.
    expect(run.stderr).toMatch(/ 10 checked, \d+ failed, about \d+ (?:s|min) left\n/);
  });

  it('names both pages of the price disagreement, each asked which price is true', () => {
    const [first, second] = CLINIC_SITE.priceConflict.places;
    for (const [place, other] of [
      [first, second],
      [second, first],
    ] as const) {
      const finding = run.report.findings.find((candidate) => candidate.check === 'consistency' && pathOfSource(run.report, candidate.source) === place.path);
      expect(finding?.quote).toContain(CLINIC_SITE.priceConflict.service);
      expect(finding?.quote).toContain(place.quote);
      expect(placesOf(run.report, finding!).others).toEqual([other.path]);
      expect(finding?.related?.[0]?.quote).toContain(other.quote);
      expect(finding?.message).toContain('Какое значение верное?');
    }
  });

  it('flags the page whose hours differ from the profile, beside a page that states the profile’s hours', () => {
    const { path, quote } = CLINIC_SITE.hoursConflict;
    const onPage = run.report.findings.filter((finding) => pathOfSource(run.report, finding.source) === path);
    const contradiction = onPage.find((finding) => finding.check === 'contradiction');
    expect(contradiction).toMatchObject({ severity: 'error', factId: 'hours' });
    expect(contradiction?.quote).toContain(quote);
    const consistency = onPage.find((finding) => finding.check === 'consistency');
    expect(consistency?.quote).toContain(quote);
    expect(consistency?.message).toContain('как в чек-листе');
    const [footer] = placesOf(run.report, consistency!).others;
    expect(footer).not.toBe(path);
    expect(CLINIC_SITE.pages).toContain(footer);
  });

  it('counts the footer, stated on every page, once: one hours finding, not one per page', () => {
    const hours = run.report.findings.filter((finding) => finding.factId === 'hours');
    expect(hours.map((finding) => [finding.check, pathOfSource(run.report, finding.source)])).toEqual([
      ['contradiction', CLINIC_SITE.hoursConflict.path],
      ['consistency', CLINIC_SITE.hoursConflict.path],
    ]);
  });

  it('lists the pages robots.txt disallows under excluded, and fetches none of them', () => {
    expect(run.report.excluded.map(({ url, why }) => ({ path: pathOf(url), why })).sort((a, b) => a.path.localeCompare(b.path))).toEqual(CLINIC_SITE.robotsExcluded.map((path) => ({ path, why: 'robots' })));
    expect(run.stderr).toContain('left out 2 pages (2 by robots.txt)');
  });

  it('reports the broken link as a source with its HTTP 404, and no other source as failed', () => {
    expect(sourceAt(run.report, CLINIC_SITE.broken)?.error).toBe('answered HTTP 404');
    expect(run.report.sources.filter((source) => source.error).map((source) => pathOf(source.location))).toEqual([CLINIC_SITE.broken]);
    expect(run.stderr).toContain(`${site.origin}${CLINIC_SITE.broken}: answered HTTP 404`);
    expect(run.code).toBe(2);
  });

  it('reads the PDF price list as a material with its prices', () => {
    const pdf = sourceAt(run.report, CLINIC_SITE.priceList.path);
    expect(pdf?.kind).toBe('pdf');
    const prices = run.report.promises.filter((promise) => promise.source === pdf?.id && promise.kind === 'price');
    for (const price of CLINIC_SITE.priceList.prices) expect(prices.some((promise) => promise.quote.includes(`${price} ₽`))).toBe(true);
    expect(prices.find((promise) => promise.factId === 'ultrasound-price')?.status).toBe('kept');
  });

  it('flags nothing but what is planted', () => {
    const flagged = run.report.findings.map((finding) => `${finding.severity} ${finding.check} ${pathOfSource(run.report, finding.source)}`).sort();
    expect(flagged).toEqual(
      [`error contradiction ${CLINIC_SITE.hoursConflict.path}`, `warning consistency ${CLINIC_SITE.hoursConflict.path}`, ...CLINIC_SITE.priceConflict.places.map((place) => `warning consistency ${place.path}`)].sort(),
    );
  });
});

const FIFTY_MB = 50 * 1024 * 1024;

/** Bytes the 50 MB page has produced so far: reading stops at the limit, and so does the stream. */
let hugeSent = 0;

/** A page of FIFTY_MB streamed in one reused chunk, with no length stated: only reading it shows its size. */
function hugePage(_: IncomingMessage, response: ServerResponse) {
  const chunk = Buffer.alloc(64 * 1024, '<p>Ладья</p>\n');
  const body = Readable.from(
    (function* () {
      for (; hugeSent < FIFTY_MB; hugeSent += chunk.length) yield chunk;
    })(),
  );
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.on('close', () => body.destroy());
  body.pipe(response);
}

const redirectTo = (location: string) => (_: IncomingMessage, response: ServerResponse) => response.writeHead(302, { location }).end();
const html =
  (body: string, contentType = 'text/html; charset=utf-8') =>
  (_: IncomingMessage, response: ServerResponse) =>
    response.writeHead(200, { 'content-type': contentType }).end(`<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Разное</title></head><body>${body}</body></html>`);

describe('sverka crawl on bad input', () => {
  let site: Awaited<ReturnType<typeof startClinicSite>>;
  let elsewhere: { origin: string; requests: string[]; close: () => void };
  let run: Awaited<ReturnType<typeof crawl>>;
  beforeAll(async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    elsewhere = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => server.close() };
    const sitemap = (request: IncomingMessage, response: ServerResponse) =>
      response
        .writeHead(200, { 'content-type': 'application/xml' })
        .end(
          `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${[`http://${request.headers.host}/bad/`, `${elsewhere.origin}/old-prices.html`, 'https://ladya-old.example/contacts.html'].map((url) => `<url><loc>${url}</loc></url>`).join('')}</urlset>`,
        );
    site = await startClinicSite({
      '/sitemap.xml': sitemap,
      '/bad/': html('<a href="/bad/loop">Акции</a> <a href="/bad/huge.html">Архив</a> <a href="/bad/price-list-2019.pdf">Старый прайс</a> <a href="/bad/menu">Меню</a> <a href="/about.html">О клинике</a>'),
      '/bad/loop': redirectTo('/bad/loop-again'),
      '/bad/loop-again': redirectTo('/bad/loop'),
      '/bad/huge.html': hugePage,
      '/bad/menu': html('<p>Меню кафе на первом этаже.</p>', 'application/pdf'),
      '/bad/price-list-2019.pdf': html('<p>Прайс-лист переехал.</p>'),
    });
    run = await crawl([`${site.origin}/bad/`, '--include', '/bad/*', '--include', '/about.html']);
  }, CRAWL_TIMEOUT_MS);
  afterAll(async () => {
    elsewhere.close();
    await site.close();
  });

  const errorAt = (path: string) => sourceAt(run.report, path)?.error;
  const told = (path: string) => run.stderr.split('\nsverka: ').find((lines) => lines.startsWith(`${site.origin}${path}: `));

  it('says a redirect loop is one, and goes on', () => {
    expect(errorAt('/bad/loop')).toBe('could not be fetched (redirect loop or too many redirects (302))');
    expect(told('/bad/loop')).toContain('redirect loop or too many redirects');
    expect(sourceAt(run.report, '/bad/loop-again')).toBeUndefined();
  });

  it('cuts a 50 MB page off at the default limit and says it is too large', () => {
    expect(FIFTY_MB).toBeGreaterThan(DEFAULT_LIMITS.maxBytes);
    const limit = `${DEFAULT_LIMITS.maxBytes / 1024 / 1024} MB`;
    expect(errorAt('/bad/huge.html')).toBe(`is larger than ${limit}`);
    expect(told('/bad/huge.html')).toContain(`is larger than ${limit}`);
    expect(hugeSent).toBeLessThan(FIFTY_MB);
  });

  it('says an HTML page served as a PDF, or named .pdf, is not a PDF', () => {
    expect(errorAt('/bad/menu')).toBe('could not be read (sent as application/pdf but is not a PDF file)');
    expect(told('/bad/menu')).toContain('sent as application/pdf but is not a PDF file');
    expect(errorAt('/bad/price-list-2019.pdf')).toBe('could not be read (named .pdf but the server sent an HTML page (text/html; charset=utf-8))');
  });

  it('leaves the sitemap’s pages on other hosts out as other-host, and fetches none of them', () => {
    expect(run.report.excluded.filter((page) => page.why === 'other-host').map((page) => page.url)).toEqual([`${elsewhere.origin}/old-prices.html`, 'https://ladya-old.example/contacts.html']);
    expect(elsewhere.requests).toEqual([]);
    expect(run.stderr).toContain('2 on other sites');
  });

  it('checks the good pages after the bad ones, and ends with status 2', () => {
    expect(run.report.sources.map((source) => pathOf(source.location)).sort()).toEqual(['/about.html', '/bad/', '/bad/huge.html', '/bad/loop', '/bad/menu', '/bad/price-list-2019.pdf']);
    for (const path of ['/bad/', '/about.html']) expect(errorAt(path)).toBeUndefined();
    expect(run.report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(run.stderr).toContain('4 failed');
    expect(run.code).toBe(2);
  });
});
