/**
 * The bench's whole site (#18): a clinic's site of any number of pages generated here, as real
 * sites are built: one template (a menu, a footer with the address, phone and hours) around a body
 * of 300–600 words of Russian business text with prices, hours and terms, and links to other
 * pages; a sitemap lists them all. Served from 127.0.0.1 by bench/site-server.ts, in a process of
 * its own, so serving costs the crawl nothing.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { paragraphs } from './text';

const SECTIONS = ['uslugi', 'ceny', 'vrachi', 'akcii', 'detyam', 'otzyvy', 'blog', 'voprosy', 'diagnostika', 'stomatologiya'];
const MENU = ['Услуги', 'Цены', 'Врачи', 'Акции', 'Детям', 'Отзывы', 'Блог', 'Вопросы', 'Диагностика', 'Стоматология'];

/** Page i's path: the home page, then pages spread over the menu's sections. */
export const pathOf = (i: number) => (i === 0 ? '/' : `/${SECTIONS[i % SECTIONS.length]}/${i}`);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Pages one page links to besides the menu: its neighbours and two further off, so every page is met by links too. */
const seeAlso = (i: number, pages: number) => [i + 1, i + 2, i * 7 + 3, i * 13 + 5].map((j) => j % pages).filter((j) => j !== i);

/** One page of the site: the template around 300–600 words of its own. */
function pageHtml(i: number, pages: number, seed: number): string {
  const words = 300 + ((i * 7919) % 301);
  const body = paragraphs(words, seed * 1000 + i, 'ru')
    .map((paragraph, p) => `${p % 4 === 0 ? `<h2>Раздел ${p / 4 + 1}</h2>\n` : ''}<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
  const menu = MENU.map((label, s) => `<a href="/${SECTIONS[s]}/${s === 0 ? SECTIONS.length : s}">${label}</a>`).join(' ');
  const links = seeAlso(i, pages)
    .map((j) => `<li><a href="${pathOf(j)}">Страница ${j}</a></li>`)
    .join('');
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Страница ${i} · Медицинский центр «Здоровье+»</title></head><body>
<header><a href="/">Здоровье+</a> <nav>${menu}</nav></header>
<main><h1>Страница ${i}</h1>
${body}
<h2>Смотрите также</h2><ul>${links}</ul></main>
<footer>Медицинский центр «Здоровье+», Москва, ул. Большая Никитская, д. 12. Телефон +7 495 123-45-67. Пн–пт 8:00–21:00, сб 9:00–18:00, вс — выходной.</footer>
</body></html>`;
}

/** The site served from 127.0.0.1 on a port of its own: its pages, robots.txt and sitemap.xml. */
export async function serveSite(pages: number, seed: number): Promise<{ origin: string; close: () => void }> {
  const html = Array.from({ length: pages }, (_, i) => pageHtml(i, pages, seed));
  const byPath = new Map(html.map((page, i) => [pathOf(i), page]));
  let origin = '';
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/robots.txt') return response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    if (path === '/sitemap.xml') {
      const urls = html.map((_, i) => `<url><loc>${origin}${pathOf(i)}</loc></url>`).join('');
      return response.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`);
    }
    const page = byPath.get(path);
    if (!page) return response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
