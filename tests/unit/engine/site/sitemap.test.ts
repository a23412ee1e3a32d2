import { describe, expect, it } from 'vitest';
import { MAX_SITEMAP_ENTRIES, parseSitemap, sameSite } from '../../../../engine/site/sitemap';

const urlset = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>`;

describe('parseSitemap: <urlset>', () => {
  it('reads each entry’s loc and lastmod', () => {
    const sitemap = parseSitemap(urlset('<url><loc>https://a.test/</loc><lastmod>2026-11-30</lastmod><priority>1.0</priority></url><url><loc>https://a.test/prices</loc></url>'));
    expect(sitemap).toEqual({ kind: 'urls', urls: [{ url: 'https://a.test/', lastmod: '2026-11-30' }, { url: 'https://a.test/prices' }], ignored: 0, truncated: false });
  });

  it('tolerates whitespace, a byte-order mark, comments and attributes', () => {
    const sitemap = parseSitemap(
      `\uFEFF\n  ${urlset('\n  <!-- <url><loc>https://a.test/hidden</loc></url> -->\n  <url >\n    <loc>\n      https://a.test/about\n    </loc>\n    <lastmod> 2026-11-30T10:00:00+03:00 </lastmod>\n  </url>\n')}`,
    );
    expect(sitemap.urls).toEqual([{ url: 'https://a.test/about', lastmod: '2026-11-30T10:00:00+03:00' }]);
  });

  it('decodes entities and CDATA', () => {
    const sitemap = parseSitemap(urlset('<url><loc>https://a.test/list?a=1&amp;b=2&#38;c=&#x33;</loc></url><url><loc><![CDATA[https://a.test/find?x=1&y=<2>]]></loc></url>'));
    expect(sitemap.urls.map(({ url }) => url)).toEqual(['https://a.test/list?a=1&b=2&c=3', 'https://a.test/find?x=1&y=%3C2%3E']);
  });

  it('reads prefixed elements', () => {
    const sitemap = parseSitemap('<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:url><sm:loc>https://a.test/x</sm:loc></sm:url></sm:urlset>');
    expect(sitemap.urls).toEqual([{ url: 'https://a.test/x' }]);
  });

  it('takes only the entry’s own loc, not the nested loc of an extension', () => {
    const sitemap = parseSitemap(
      urlset('<url><image:image><image:loc>https://a.test/photo.jpg</image:loc></image:image><loc>https://a.test/gallery</loc><xhtml:link rel="alternate" hreflang="en" href="https://a.test/en/gallery"/></url>'),
    );
    expect(sitemap.urls).toEqual([{ url: 'https://a.test/gallery' }]);
  });

  it('drops a malformed lastmod but keeps the entry', () => {
    expect(parseSitemap(urlset('<url><loc>https://a.test/x</loc><lastmod>yesterday</lastmod></url>')).urls).toEqual([{ url: 'https://a.test/x' }]);
  });

  it('counts entries without an http(s) loc as ignored', () => {
    const sitemap = parseSitemap(urlset('<url><loc>/relative</loc></url><url><loc>ftp://a.test/f</loc></url><url><lastmod>2026</lastmod></url><url><loc>https://a.test/ok</loc></url>'));
    expect(sitemap.urls).toEqual([{ url: 'https://a.test/ok' }]);
    expect(sitemap.ignored).toBe(3);
  });

  it(`reads at most ${MAX_SITEMAP_ENTRIES} entries and says so`, () => {
    const sitemap = parseSitemap(urlset(Array.from({ length: MAX_SITEMAP_ENTRIES + 5 }, (_, i) => `<url><loc>https://a.test/p${i}</loc></url>`).join('')));
    expect(sitemap.urls).toHaveLength(MAX_SITEMAP_ENTRIES);
    expect(sitemap.truncated).toBe(true);
  });
});

describe('parseSitemap: <sitemapindex>', () => {
  it('lists the child sitemaps', () => {
    const sitemap = parseSitemap(
      '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://a.test/pages.xml</loc><lastmod>2026-12-01</lastmod></sitemap><sitemap><loc>https://a.test/news.xml.gz</loc></sitemap></sitemapindex>',
    );
    expect(sitemap.kind).toBe('index');
    expect(sitemap.urls).toEqual([{ url: 'https://a.test/pages.xml', lastmod: '2026-12-01' }, { url: 'https://a.test/news.xml.gz' }]);
  });

  it('does not take <url> entries inside an index for sitemaps', () => {
    expect(parseSitemap('<sitemapindex><url><loc>https://a.test/page</loc></url></sitemapindex>').urls).toEqual([]);
  });
});

describe('parseSitemap: plain text', () => {
  it('reads one URL a line, with any line ends', () => {
    const sitemap = parseSitemap('https://a.test/\r\nhttps://a.test/prices\n\n  https://a.test/contacts  \rhttps://a.test/faq');
    expect(sitemap.kind).toBe('urls');
    expect(sitemap.urls.map(({ url }) => url)).toEqual(['https://a.test/', 'https://a.test/prices', 'https://a.test/contacts', 'https://a.test/faq']);
  });

  it('ignores lines that are not URLs', () => {
    const sitemap = parseSitemap('our pages:\nhttps://a.test/x\nmailto:x@a.test');
    expect(sitemap.urls.map(({ url }) => url)).toEqual(['https://a.test/x']);
    expect(sitemap.ignored).toBe(2);
  });
});

describe('parseSitemap: garbage', () => {
  it('yields nothing from an HTML page, an RSS feed or an empty file', () => {
    for (const content of ['<!doctype html><html><body><a href="https://a.test/x">x</a><loc>https://a.test/y</loc></body></html>', '<rss><channel><item><link>https://a.test/x</link></item></channel></rss>', '', '   ']) {
      expect(parseSitemap(content).urls, content).toEqual([]);
    }
  });

  it('survives unclosed markup without losing what came before', () => {
    expect(parseSitemap(urlset('<url><loc>https://a.test/a</loc></url><url><loc>https://a.test/b')).urls).toEqual([{ url: 'https://a.test/a' }]);
    expect(parseSitemap(`${urlset('<url><loc>https://a.test/a</loc></url>')}<![CDATA[ never closed`).urls).toEqual([{ url: 'https://a.test/a' }]);
    expect(parseSitemap(`<urlset><url><loc>https://a.test/a</loc></url><!-- never closed <url><loc>https://a.test/b</loc></url>`).urls).toEqual([{ url: 'https://a.test/a' }]);
  });

  it('gets through a flood of stray angle brackets', () => {
    expect(parseSitemap(`<urlset>${'<'.repeat(200_000)}</urlset>`).urls).toEqual([]);
    expect(parseSitemap(`<urlset>${'<![CDATA['.repeat(20_000)}`).urls).toEqual([]);
  });

  it('leaves unknown entities as written', () => {
    expect(parseSitemap(urlset('<url><loc>https://a.test/?a=1&nbsp;b&#0;</loc></url>')).urls).toEqual([{ url: 'https://a.test/?a=1&nbsp;b&#0;' }]);
  });
});

describe('sameSite: entries on the site’s own host', () => {
  it('accepts the same host, whatever the scheme or case', () => {
    expect(sameSite('https://A.test/x', 'https://a.test')).toBe(true);
    expect(sameSite('http://a.test/x', 'https://a.test/sitemap.xml')).toBe(true);
  });

  it('refuses another host, subdomain or port, and what is not a web URL', () => {
    expect(sameSite('https://b.test/x', 'https://a.test')).toBe(false);
    expect(sameSite('https://www.a.test/x', 'https://a.test')).toBe(false);
    expect(sameSite('https://a.test:8443/x', 'https://a.test')).toBe(false);
    expect(sameSite('ftp://a.test/x', 'https://a.test')).toBe(false);
    expect(sameSite('/x', 'https://a.test')).toBe(false);
  });
});
