import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { SiteReport } from '../../../engine/site/site-check';
import { localServer } from '../local-server';
import { expectValidReport } from '../../support/report-shape';

const PROFILE = 'tests/fixtures/profiles/dental.json';
const PRICE_LIST = readFileSync('tests/fixtures/cli/flyer.pdf');

const page = (title: string, body: string, links: string[] = []) =>
  `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}${links.map((href) => `<a href="${href}">${href}</a>`).join(' ')}</main></body></html>`;

/** A small clinic site with its planted disagreements: two prices of one service, hours unlike the checklist's. */
const PAGES: Record<string, string> = {
  '/': page('Стоматология', '<p>Лечим зубы спокойно и без боли.</p>', ['/services', '/prices', '/contacts', '/old-offer', '/private/plans', '/price-list.pdf', 'https://elsewhere.example/']),
  '/services': page('Услуги', '<p>Удаление зуба — 3 000 ₽.</p>'),
  '/prices': page('Цены', '<p>Удаление зуба — 5 000 ₽.</p>'),
  '/contacts': page('Контакты', '<p>Часы работы: ежедневно с 10:00 до 22:00.</p>'),
  '/about': page('О клинике', '<p>Мы работаем с 2010 года.</p>'),
  '/private/plans': page('Планы', '<p>Внутренний документ.</p>'),
};
const SITEMAP = (base: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${['/', '/about'].map((path) => `<url><loc>${base}${path}</loc></url>`).join('')}</urlset>`;

let stopAt: { path: string; controller: AbortController } | undefined;

const server = localServer((request, response) => {
  const path = request.url ?? '/';
  if (stopAt?.path === path) stopAt.controller.abort();
  if (path === '/robots.txt') return response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
  if (path === '/sitemap.xml') return response.writeHead(200, { 'content-type': 'application/xml' }).end(SITEMAP(`http://${request.headers.host}`));
  if (path === '/price-list.pdf') return response.writeHead(200, { 'content-type': 'application/pdf' }).end(PRICE_LIST);
  const html = PAGES[path];
  if (!html) return response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
});

async function crawl(argv: string[], signal?: AbortSignal) {
  let stdout = '';
  let stderr = '';
  const code = await main(['crawl', ...argv], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), language: 'en' }, { signal });
  return { code, stdout, stderr };
}

async function crawlJson(...extra: string[]) {
  const result = await crawl([server.url('/'), '--profile', PROFILE, '--format', 'json', ...extra]);
  return { ...result, report: JSON.parse(result.stdout) as SiteReport };
}

const locationOf = (report: SiteReport, id: string | undefined) => report.sources.find((source) => source.id === id)?.location;
const pathsOf = (report: SiteReport) => report.sources.map((source) => new URL(source.location).pathname).sort();

describe('sverka crawl', () => {
  it('checks every page of the site as one report, naming both pages of each disagreement', async () => {
    const { code, report, stderr } = await crawlJson();
    expectValidReport(report);
    expect(pathsOf(report)).toEqual(['/', '/about', '/contacts', '/old-offer', '/price-list.pdf', '/prices', '/services']);
    expect(report.sources.find((source) => source.location.endsWith('.pdf'))?.kind).toBe('pdf');
    const prices = report.findings.find((finding) => finding.check === 'consistency' && finding.quote.includes('5 000'));
    expect(locationOf(report, prices?.source)).toBe(server.url('/prices'));
    expect(prices?.related?.map((place) => locationOf(report, place.source))).toContain(server.url('/services'));
    const hours = report.findings.find((finding) => finding.check === 'contradiction' && finding.factId === 'hours');
    expect(locationOf(report, hours?.source)).toBe(server.url('/contacts'));
    expect(report.findings.filter((finding) => finding.source === report.sources.find((source) => source.location === server.url('/about'))?.id && finding.factId)).toEqual([]);
    expect(code).toBe(2); // a broken page is a source with an error, as in check
    expect(stderr).toMatch(/\d+ found, \d+ checked, 1 failed/);
    expect(stderr).toContain('left out 2 pages (1 by robots.txt, 1 on other sites)');
    expect(stderr).toContain(`${server.url('/old-offer')}: answered HTTP 404`);
  });

  it('renders the one report as text and markdown too', async () => {
    for (const format of ['text', 'markdown']) {
      const { stdout } = await crawl([server.url('/'), '--profile', PROFILE, '--format', format, '--include', '/services', '--include', '/prices']);
      expect(stdout).toContain('5 000');
      expect(stdout).toContain(server.url('/services'));
      expect(stdout).toContain(server.url('/prices'));
    }
  });

  it('reports the broken page as a source with an error, and the pages left out', async () => {
    const { report } = await crawlJson();
    const broken = report.sources.find((source) => source.location === server.url('/old-offer'));
    expect(broken?.error).toContain('404');
    expect(report.sources.filter((source) => source.error)).toHaveLength(1);
    expect(report.excluded).toEqual(
      expect.arrayContaining([
        { url: server.url('/private/plans'), why: 'robots' },
        { url: 'https://elsewhere.example/', why: 'other-host' },
      ]),
    );
  });

  it('leaves out the pages an --exclude pattern names', async () => {
    const { report } = await crawlJson('--exclude', '/prices', '--exclude', '*.pdf');
    expectValidReport(report);
    expect(pathsOf(report)).not.toContain('/prices');
    expect(pathsOf(report)).not.toContain('/price-list.pdf');
    expect(report.excluded).toContainEqual({ url: server.url('/prices'), why: 'pattern' });
  });

  it('covers the unsharded pages with --shard 1/2 and 2/2 together', async () => {
    const [whole, first, second] = await Promise.all([crawlJson(), crawlJson('--shard', '1/2'), crawlJson('--shard', '2/2')]);
    for (const part of [first, second]) expectValidReport(part.report);
    expect([...pathsOf(first.report), ...pathsOf(second.report)].sort()).toEqual(pathsOf(whole.report));
  });

  it('stops when interrupted and still writes a valid report of the pages checked', async () => {
    const controller = new AbortController();
    stopAt = { path: '/contacts', controller };
    try {
      const result = await crawl([server.url('/'), '--profile', PROFILE, '--format', 'json', '--fail-on', 'never'], controller.signal);
      const report = JSON.parse(result.stdout) as SiteReport;
      expectValidReport(report);
      expect(pathsOf(report)).not.toContain('/contacts');
      expect(report.sources.length).toBeGreaterThan(0);
    } finally {
      stopAt = undefined;
    }
  });

  it('says in one line when the site cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const nobody = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise((done) => closed.close(done));
    const result = await crawl([nobody, '--profile', PROFILE]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`cannot reach the site: ${nobody}: connect ECONNREFUSED`);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a bad --shard or pattern with the parser’s words', async () => {
    const shard = await crawl([server.url('/'), '--profile', PROFILE, '--shard', '3/2']);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('--shard expects I/N');
    const glob = await crawl([server.url('/'), '--profile', PROFILE, '--include', 'https://example.com/blog']);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain('a URL pattern matches the path');
    expect((await crawl(['notes.txt', '--profile', PROFILE])).stderr).toContain('crawl expects exactly one http(s):// URL');
  });
});
