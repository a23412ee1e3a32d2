/**
 * Sitemaps (sitemaps.org protocol) read without a DOM, so the crawler can read them in Node and in
 * the extension's worker alike: an XML `<urlset>` or `<sitemapindex>`, or a plain-text list.
 * Anything else yields no URLs rather than an error: a broken sitemap must not stop a crawl.
 */
import { decodeEntities } from '../text/entities';
import { parseWebUrl } from './canonical';

/** The protocol's limit per sitemap file; entries past it are not read. */
export const MAX_SITEMAP_ENTRIES = 50_000;

export interface SitemapEntry {
  url: string;
  /** W3C Datetime as the sitemap wrote it; absent when missing or malformed. */
  lastmod?: string;
}

export interface Sitemap {
  /** `index`: the URLs are further sitemaps to read. */
  kind: 'urls' | 'index';
  urls: SitemapEntry[];
  /** Entries without an http(s) URL, which the crawler may report. */
  ignored: number;
  /** More than MAX_SITEMAP_ENTRIES entries: the rest was not read. */
  truncated: boolean;
}

const W3C_DATETIME = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?)?)?$/;
const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Comments removed and CDATA sections turned into escaped text, so that afterwards every `<` opens
 * markup. Scanned with indexOf, in one pass: an unclosed section ends the text instead of making
 * every later search run to the end.
 */
function withoutCommentsAndCdata(xml: string): string {
  const parts: string[] = [];
  let at = 0;
  for (;;) {
    const comment = xml.indexOf('<!--', at);
    const cdata = xml.indexOf('<![CDATA[', at);
    const start = comment < 0 ? cdata : cdata < 0 ? comment : Math.min(comment, cdata);
    if (start < 0) return parts.join('') + xml.slice(at);
    parts.push(xml.slice(at, start));
    const isComment = start === comment;
    const end = xml.indexOf(isComment ? '-->' : ']]>', start);
    if (end < 0) return parts.join('');
    if (!isComment) parts.push(escapeText(xml.slice(start + '<![CDATA['.length, end)));
    at = end + 3;
  }
}

/** Start tags, end tags and self-closing tags, prefix dropped; `[^<>]` keeps a stray `<` from making the scan quadratic. */
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[^<>]*?(\/?)>/g;

function readXml(xml: string): Sitemap {
  const text = withoutCommentsAndCdata(xml);
  const sitemap: Sitemap = { kind: 'urls', urls: [], ignored: 0, truncated: false };
  let root: string | undefined;
  let depth = 0;
  let entry: { loc?: string; lastmod?: string } | undefined;
  let field: { name: 'loc' | 'lastmod'; from: number } | undefined;
  for (const tag of text.matchAll(TAG)) {
    const [whole, closing, rawName = '', selfClosing] = tag;
    const name = rawName.toLowerCase();
    if (!closing) {
      if (root === undefined) {
        root = name;
        if (root !== 'urlset' && root !== 'sitemapindex') return sitemap;
        sitemap.kind = root === 'urlset' ? 'urls' : 'index';
      }
      if (selfClosing) continue;
      depth++;
      // Only an entry's own <loc> and <lastmod> count: extensions nest theirs (<image:image><image:loc>).
      if (depth === 2) entry = name === (root === 'urlset' ? 'url' : 'sitemap') ? {} : undefined;
      if (depth === 3 && entry && (name === 'loc' || name === 'lastmod')) field = { name, from: tag.index + whole.length };
      continue;
    }
    if (field && depth === 3 && name === field.name && entry) entry[field.name] = decodeEntities(text.slice(field.from, tag.index)).trim();
    field = undefined;
    if (depth === 2 && entry) {
      if (!addEntry(sitemap, entry)) return sitemap;
      entry = undefined;
    }
    depth = Math.max(0, depth - 1);
  }
  return sitemap;
}

/** Adds the entry if it names an http(s) URL; false once the sitemap is full. */
function addEntry(sitemap: Sitemap, entry: { loc?: string; lastmod?: string }): boolean {
  if (sitemap.urls.length >= MAX_SITEMAP_ENTRIES) {
    sitemap.truncated = true;
    return false;
  }
  const url = entry.loc === undefined ? undefined : parseWebUrl(entry.loc);
  if (!url) sitemap.ignored++;
  else sitemap.urls.push(entry.lastmod !== undefined && W3C_DATETIME.test(entry.lastmod) ? { url: url.href, lastmod: entry.lastmod } : { url: url.href });
  return true;
}

/** A plain-text sitemap: one URL a line; other lines are ignored. */
function readText(text: string): Sitemap {
  const sitemap: Sitemap = { kind: 'urls', urls: [], ignored: 0, truncated: false };
  for (const line of text.split(/\r\n|\r|\n/)) {
    const loc = line.trim();
    if (loc !== '' && !addEntry(sitemap, { loc })) break;
  }
  return sitemap;
}

export function parseSitemap(content: string): Sitemap {
  const text = content.replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('<') ? readXml(text) : readText(text);
}

/**
 * Whether a sitemap's URL is on the site's host (the protocol allows no other). The scheme may
 * differ: a site moved to https often still lists its http addresses.
 */
export function sameSite(url: string, origin: string | URL): boolean {
  const entry = parseWebUrl(url);
  const site = parseWebUrl(origin);
  return entry !== undefined && site !== undefined && entry.host === site.host;
}
