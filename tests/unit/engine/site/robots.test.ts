import { describe, expect, it } from 'vitest';
import { allowAll, disallowAll, isAllowed, MAX_CRAWL_DELAY_SECONDS, parseRobots, robotsFromResponse, robotsPatternMatches } from '../../../../engine/site/robots';

const site = 'https://shop.example.test';
const allowed = (robotsTxt: string, path: string, agent?: string) => isAllowed(parseRobots(robotsTxt, agent), `${site}${path}`);

describe('parseRobots: the group for our product token', () => {
  const robotsTxt = ['User-agent: *', 'Disallow: /everyone-out/', '', 'User-agent: OtherBot', 'Disallow: /', '', 'User-agent: Sverka', 'Disallow: /sverka-out/'].join('\n');

  it('uses the group naming sverka, case-insensitively, and not the * group', () => {
    expect(allowed(robotsTxt, '/sverka-out/page')).toBe(false);
    expect(allowed(robotsTxt, '/everyone-out/page')).toBe(true);
    expect(allowed(robotsTxt, '/anything')).toBe(true);
  });

  it('falls back to the * group for an agent no group names', () => {
    expect(allowed(robotsTxt, '/everyone-out/page', 'nobody')).toBe(false);
    expect(allowed(robotsTxt, '/sverka-out/page', 'nobody')).toBe(true);
  });

  it('reads the product token of a versioned User-agent value', () => {
    expect(allowed('User-agent: SVERKA/2.0 (+https://sverka.test)\nDisallow: /private', '/private/x')).toBe(false);
  });

  it('does not take a longer token that starts with ours for ours', () => {
    expect(allowed('User-agent: sverkabot\nDisallow: /', '/page')).toBe(true);
  });

  it('merges every group naming us, and lets consecutive User-agent lines share one group', () => {
    const split = ['User-agent: sverka', 'Disallow: /a/', 'User-agent: other', 'Disallow: /b/', 'User-agent: SVERKA', 'Disallow: /c/'].join('\n');
    expect(allowed(split, '/a/x')).toBe(false);
    expect(allowed(split, '/c/x')).toBe(false);
    expect(allowed(split, '/b/x')).toBe(true);
    const shared = ['User-agent: other', 'User-agent: sverka', 'Disallow: /shared/'].join('\n');
    expect(allowed(shared, '/shared/x')).toBe(false);
  });

  it('ignores rules before any User-agent line and lines it does not know', () => {
    expect(allowed('Disallow: /\nUser-agent: *\nNoindex: /x\nDisallow: /y', '/x')).toBe(true);
    expect(allowed('Disallow: /\nUser-agent: *\nNoindex: /x\nDisallow: /y', '/y')).toBe(false);
  });

  it('allows everything when no group applies', () => {
    expect(allowed('User-agent: otherbot\nDisallow: /', '/page')).toBe(true);
    expect(allowed('', '/page')).toBe(true);
  });
});

describe('parseRobots: the text itself', () => {
  it('handles a byte-order mark, CRLF and lone CR line ends, comments and spacing', () => {
    const robotsTxt = '\uFEFFUser-agent: * # everyone\r\nDisallow:   /tmp/  # scratch\r\n# Disallow: /commented/\rDisallow:/cart';
    expect(allowed(robotsTxt, '/tmp/a')).toBe(false);
    expect(allowed(robotsTxt, '/cart')).toBe(false);
    expect(allowed(robotsTxt, '/commented/a')).toBe(true);
  });

  it('reads keys in any case', () => {
    expect(allowed('USER-AGENT: *\nDISALLOW: /x', '/x')).toBe(false);
  });

  it('collects Sitemap lines wherever they stand, without ending a group', () => {
    const robots = parseRobots(['Sitemap: https://shop.example.test/sitemap.xml', 'User-agent: *', 'Sitemap: https://shop.example.test/news.xml', 'Disallow: /x', 'Sitemap:'].join('\n'));
    expect(robots.sitemaps).toEqual(['https://shop.example.test/sitemap.xml', 'https://shop.example.test/news.xml']);
    expect(isAllowed(robots, `${site}/x`)).toBe(false);
  });

  it('reads Crawl-delay of the chosen group, capped, and ignores one that is not a number', () => {
    expect(parseRobots('User-agent: *\nCrawl-delay: 2.5').crawlDelaySeconds).toBe(2.5);
    expect(parseRobots('User-agent: *\nCrawl-delay: 3600').crawlDelaySeconds).toBe(MAX_CRAWL_DELAY_SECONDS);
    expect(parseRobots('User-agent: other\nCrawl-delay: 5\nUser-agent: *\nDisallow: /x').crawlDelaySeconds).toBeUndefined();
    expect(parseRobots('User-agent: *\nCrawl-delay: soon').crawlDelaySeconds).toBeUndefined();
    expect(parseRobots('User-agent: *\nCrawl-delay: -1').crawlDelaySeconds).toBeUndefined();
  });
});

describe('isAllowed: the longest matching rule decides', () => {
  it('lets the longer rule win, whichever comes first', () => {
    const robotsTxt = 'User-agent: *\nAllow: /shop/public/\nDisallow: /shop/';
    expect(allowed(robotsTxt, '/shop/public/list')).toBe(true);
    expect(allowed(robotsTxt, '/shop/cart')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /shop/\nAllow: /shop/public/', '/shop/public/list')).toBe(true);
  });

  it('lets Allow win a tie', () => {
    expect(allowed('User-agent: *\nDisallow: /page\nAllow: /page', '/page')).toBe(true);
    expect(allowed('User-agent: *\nAllow: /page\nDisallow: /page', '/page')).toBe(true);
  });

  it('treats an empty Disallow as allowing everything', () => {
    expect(allowed('User-agent: *\nDisallow:', '/anything')).toBe(true);
  });

  it('matches rules as path prefixes, query included', () => {
    expect(allowed('User-agent: *\nDisallow: /search?', '/search?q=x')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /search?', '/search')).toBe(true);
    expect(allowed('User-agent: *\nDisallow: /fish', '/fishing')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /fish/', '/fish')).toBe(true);
  });

  it('is case-sensitive in the path', () => {
    expect(allowed('User-agent: *\nDisallow: /Private', '/private')).toBe(true);
  });

  it('honours * wildcards and the $ end anchor', () => {
    const robotsTxt = 'User-agent: *\nDisallow: /*.pdf$\nDisallow: /*/drafts/\nDisallow: /*?sessionid=';
    expect(allowed(robotsTxt, '/files/prices.pdf')).toBe(false);
    expect(allowed(robotsTxt, '/files/prices.pdf?v=2')).toBe(true);
    expect(allowed(robotsTxt, '/files/prices.pdfx')).toBe(true);
    expect(allowed(robotsTxt, '/blog/drafts/new')).toBe(false);
    expect(allowed(robotsTxt, '/drafts/new')).toBe(true);
    expect(allowed(robotsTxt, '/cart?sessionid=1')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /$', '/')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /$', '/page')).toBe(true);
  });

  it('compares percent-encoding normalised on both sides', () => {
    expect(allowed('User-agent: *\nDisallow: /прайс', '/%D0%BF%D1%80%D0%B0%D0%B9%D1%81/2026')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /%d0%bf', '/п')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /~user', '/%7Euser/page')).toBe(false);
    expect(allowed('User-agent: *\nDisallow: /a%2Fb', '/a/b')).toBe(true);
  });

  it('always allows /robots.txt itself', () => {
    expect(allowed('User-agent: *\nDisallow: /', '/robots.txt')).toBe(true);
    expect(allowed('User-agent: *\nDisallow: /', '/robots.txt.bak')).toBe(false);
  });

  it('refuses what is not an http(s) URL', () => {
    expect(isAllowed(allowAll(), 'mailto:x@shop.example.test')).toBe(false);
  });
});

describe('robotsPatternMatches', () => {
  it('stays fast on a pattern built to make backtracking explode', () => {
    const pattern = `/${'*a'.repeat(30)}b`;
    expect(robotsPatternMatches(pattern, `/${'a'.repeat(2000)}`)).toBe(false);
    expect(robotsPatternMatches(pattern, `/${'a'.repeat(40)}b`)).toBe(true);
  });
});

describe('robotsFromResponse: what the status says (RFC 9309 §2.3.1)', () => {
  it('reads a robots.txt that came back', () => {
    expect(isAllowed(robotsFromResponse(200, 'User-agent: *\nDisallow: /x'), `${site}/x`)).toBe(false);
  });

  it('allows everything when robots.txt is missing, forbidden or behind a redirect chain given up on', () => {
    for (const status of [404, 410, 401, 403, 308]) expect(isAllowed(robotsFromResponse(status, 'User-agent: *\nDisallow: /'), `${site}/page`), String(status)).toBe(true);
  });

  it('allows nothing when the site cannot answer', () => {
    for (const status of [500, 503, 429, undefined]) expect(isAllowed(robotsFromResponse(status, ''), `${site}/page`), String(status)).toBe(false);
    expect(isAllowed(disallowAll(), `${site}/robots.txt`)).toBe(true);
  });
});
