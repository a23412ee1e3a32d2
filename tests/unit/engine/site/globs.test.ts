import { describe, expect, it } from 'vitest';
import { globMatcher, urlFilter } from '../../../../engine/site/globs';

const site = 'https://a.test';
const matches = (pattern: string, path: string) => globMatcher(pattern)(`${site}${path}`);

describe('globMatcher: * ** and ?', () => {
  it('keeps * within one segment', () => {
    expect(matches('/blog/*', '/blog/spring-prices')).toBe(true);
    expect(matches('/blog/*', '/blog/2026/spring-prices')).toBe(false);
    expect(matches('/blog/*', '/blog')).toBe(false);
  });

  it('lets ** cross segments, and **/ match no segment at all', () => {
    expect(matches('/blog/**', '/blog/2026/11/prices')).toBe(true);
    expect(matches('/**/prices', '/prices')).toBe(true);
    expect(matches('/**/prices', '/en/shop/prices')).toBe(true);
    expect(matches('/**/prices', '/en/shop/old-prices')).toBe(false);
  });

  it('takes ? for exactly one character, never a slash', () => {
    expect(matches('/page-?', '/page-7')).toBe(true);
    expect(matches('/page-?', '/page-17')).toBe(false);
    expect(matches('/a?b', '/a/b')).toBe(false);
  });

  it('makes the character after a backslash literal', () => {
    expect(matches('/faq\\?page=1', '/faq?page=1')).toBe(true);
    expect(matches('/faq\\?page=1', '/faqXpage=1')).toBe(false);
    expect(matches('/star\\*', '/star*')).toBe(true);
    expect(matches('/star\\*', '/starry')).toBe(false);
  });

  it('treats regular-expression characters as themselves', () => {
    expect(matches('/price(list).html', '/price(list).html')).toBe(true);
    expect(matches('/price(list).html', '/price(list)xhtml')).toBe(false);
    expect(matches('/a+b', '/aab')).toBe(false);
  });

  it('matches the whole path, not a part of it', () => {
    expect(matches('/blog', '/blog/x')).toBe(false);
    expect(matches('/blog', '/blogs')).toBe(false);
    expect(matches('/blog', '/blog')).toBe(true);
  });

  it('is case-sensitive, as paths are', () => {
    expect(matches('/Blog/**', '/blog/x')).toBe(false);
  });
});

describe('globMatcher: where a pattern starts', () => {
  it('anchors a pattern starting with / at the start of the path', () => {
    expect(matches('/admin/**', '/admin/users')).toBe(true);
    expect(matches('/admin/**', '/en/admin/users')).toBe(false);
  });

  it('lets any other pattern start at any segment', () => {
    expect(matches('*.pdf', '/files/2026/prices.pdf')).toBe(true);
    expect(matches('*.pdf', '/prices.pdf')).toBe(true);
    expect(matches('*.pdf', '/prices.pdf.html')).toBe(false);
    expect(matches('admin/**', '/en/admin/users')).toBe(true);
    expect(matches('admin/**', '/en/superadmin/users')).toBe(false);
  });

  it('takes a pattern ending with / for the folder and everything under it', () => {
    expect(matches('/private/', '/private/')).toBe(true);
    expect(matches('/private/', '/private/a/b')).toBe(true);
    expect(matches('/private/', '/private')).toBe(false);
    expect(matches('/private/', '/private-offers')).toBe(false);
  });
});

describe('globMatcher: the query', () => {
  it('matches a path pattern whatever the query', () => {
    expect(matches('/blog/*', '/blog/post?page=2&next=/a/b')).toBe(true);
  });

  it('matches a pattern written for the query', () => {
    expect(matches('/search?q=*', '/search?q=prices')).toBe(true);
    expect(matches('/search?q=*', '/search')).toBe(false);
    expect(matches('**?page=*', '/blog/2026?page=3')).toBe(true);
    expect(matches('**?page=*', '/blog/2026')).toBe(false);
  });
});

describe('globMatcher: encoding and bad input', () => {
  it('matches non-ASCII patterns against percent-encoded paths', () => {
    expect(matches('/услуги/**', '/%D1%83%D1%81%D0%BB%D1%83%D0%B3%D0%B8/cleaning')).toBe(true);
    expect(matches('/%d1%83*', '/у-нас')).toBe(true);
  });

  it('matches nothing that is not an http(s) URL', () => {
    expect(globMatcher('**')('mailto:x@a.test')).toBe(false);
  });

  it('refuses an empty pattern and a whole address, saying what to write', () => {
    expect(() => globMatcher('')).toThrow('/blog/**');
    expect(() => globMatcher('  ')).toThrow('/blog/**');
    expect(() => globMatcher('https://a.test/blog/*')).toThrow('got https://a.test/blog/*');
  });
});

describe('urlFilter: --include and --exclude together', () => {
  const pages = ['/', '/blog/a', '/blog/drafts/b', '/shop/prices', '/files/list.pdf'].map((path) => `${site}${path}`);
  const kept = (options: Parameters<typeof urlFilter>[0]) => pages.filter(urlFilter(options)).map((url) => url.slice(site.length));

  it('keeps every page when given no pattern', () => {
    expect(kept({})).toEqual(['/', '/blog/a', '/blog/drafts/b', '/shop/prices', '/files/list.pdf']);
  });

  it('keeps what any include matches', () => {
    expect(kept({ include: ['/blog/**', '*.pdf'] })).toEqual(['/blog/a', '/blog/drafts/b', '/files/list.pdf']);
  });

  it('drops what an exclude matches, even when included', () => {
    expect(kept({ include: ['/blog/**'], exclude: ['drafts/'] })).toEqual(['/blog/a']);
    expect(kept({ exclude: ['*.pdf', '/shop/**'] })).toEqual(['/', '/blog/a', '/blog/drafts/b']);
  });
});
