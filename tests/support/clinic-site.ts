/**
 * The shared test site of #18: a small family clinic (tests/fixtures/site) served on 127.0.0.1 at
 * a random port, with its planted problems described once in CLINIC_SITE so every test (the CLI's
 * crawl, the draft, the side panel's whole-site check) asserts against the same list.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const ROOT = join(import.meta.dirname, '../fixtures/site');

/** Paths on the site (the origin left out), as the crawl reports them. */
export const CLINIC_SITE = {
  profile: 'tests/fixtures/site/profile.json',
  /** Every HTML page the crawl checks, the start page first. */
  pages: [
    '/',
    '/about.html',
    '/doctors.html',
    '/contacts.html',
    '/prices.html',
    '/services/',
    '/services/therapy.html',
    '/services/cardiology.html',
    '/services/neurology.html',
    '/services/pediatrics.html',
    '/services/ultrasound.html',
    '/services/lab.html',
    '/services/checkup.html',
    '/services/vaccination.html',
    '/news/',
    '/news/flu-season.html',
    '/news/new-doctor.html',
    '/reviews.html',
    '/faq.html',
    '/insurance.html',
    '/vacancies.html',
    '/privacy.html',
    '/offers/autumn-checkup.html',
  ],
  /** Listed in sitemap.xml and linked from no page. */
  sitemapOnly: '/offers/autumn-checkup.html',
  /** Linked from the site, disallowed by robots.txt (Disallow: /private/). */
  robotsExcluded: ['/private/schedule.html', '/private/staff.html'],
  /** Linked from /news/, answers 404. */
  broken: '/news/spring-promo.html',
  /** Linked from /prices.html; its prices agree with the pages and the profile. */
  priceList: { path: '/files/price-list.pdf', prices: ['2 200', '450', '1 700'] },
  /** Two pages price the therapist's visit differently and the profile has no such price: neither side is settled, each page is asked which is true. */
  priceConflict: {
    service: 'Приём терапевта',
    places: [
      { path: '/prices.html', quote: '1 900' },
      { path: '/services/therapy.html', quote: '2 400' },
    ],
  },
  /** One page states hours unlike the profile's (mon–fri 08:00–21:00, sat 09:00–15:00, sun closed) and the footer of every page. */
  hoursConflict: { path: '/services/checkup.html', quote: 'ежедневно с 7:00 до 23:00' },
} as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** The file a path names: a folder's index.html; nothing outside the site's folder. */
function fileOf(path: string): string | undefined {
  const file = normalize(join(ROOT, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path)));
  return file.startsWith(`${ROOT}/`) ? file : undefined;
}

/** Files with {{origin}} (the sitemap, robots.txt): filled with the address the server answers on. */
const FILLED = new Set(['.xml', '.txt']);

/**
 * Starts the site. `routes` answer their paths instead of the folder (a test's extra pages, or
 * a replaced sitemap); everything else is the folder's file, or 404.
 */
export async function startClinicSite(routes: Record<string, RequestListener> = {}): Promise<{ origin: string; close(): Promise<void> }> {
  let origin = '';
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', origin).pathname;
    const route = routes[path];
    if (route) return route(request, response);
    const file = fileOf(path);
    const body = file ? await readFile(file).catch(() => undefined) : undefined;
    if (!file || !body) return response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Страница не найдена</title><h1>Страница не найдена</h1>');
    const type = extname(file);
    response.writeHead(200, { 'content-type': TYPES[type] ?? 'application/octet-stream' });
    response.end(FILLED.has(type) ? body.toString('utf8').replaceAll('{{origin}}', origin) : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
