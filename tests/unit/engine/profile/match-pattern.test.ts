import { describe, expect, it } from 'vitest';
import { hostPermissionPattern, isMatchPattern, matchesPattern, matchPatternProblem, readPatternKey } from '../../../../engine/profile/match-pattern';

describe('matchesPattern', () => {
  it.each([
    ['https://ulybka-dent.example/*', 'https://ulybka-dent.example/a/b?x=1', true],
    ['https://*.example.com/*', 'https://shop.example.com/', true],
    ['https://*.example.com/*', 'https://a.b.example.com/x', true],
    ['https://*.example.com/*', 'https://example.com/', true],
    ['*://example.com/promo/*', 'http://example.com/promo/spring', true],
    ['*://example.com/*', 'https://example.com/', true],
    ['<all_urls>', 'http://127.0.0.1:8080/', true],
    ['https://EXAMPLE.com/*', 'https://example.com/', true],
    ['https://кафе.рф/*', 'https://xn--80akn5b.xn--p1ai/menu', true],
    // No port in the pattern: every port, as in Chrome.
    ['http://127.0.0.1/*', 'http://127.0.0.1:5173/page.html', true],
    ['http://127.0.0.1:5173/*', 'http://127.0.0.1:5173/page.html', true],
    ['http://127.0.0.1:*/*', 'http://127.0.0.1:9999/', true],
    ['https://example.com:443/*', 'https://example.com/', true],
    ['http://*:8080/*', 'http://any.host:8080/', true],
  ])('%s matches %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it.each([
    ['https://example.com/promo/*', 'https://example.com/other'],
    ['https://example.com/*', 'https://evil-example.com/'],
    ['https://*.example.com/*', 'https://notexample.com/'],
    ['https://example.com/*', 'http://example.com/'],
    ['*://example.com/*', 'ftp://example.com/'],
    ['https://example.com/*', 'https://shop.example.com/'],
    ['http://127.0.0.1:5173/*', 'http://127.0.0.1:5174/page.html'],
    ['http://127.0.0.1:5173/*', 'http://127.0.0.1/page.html'],
    ['https://example.com:8443/*', 'https://example.com/'],
    ['https://example.com/a', 'https://example.com/a/b'],
    ['not a pattern', 'https://example.com/'],
    ['https://example.com/*', 'not a url'],
    ['<all_urls>', 'chrome-extension://abc/options.html'],
  ])('%s does not match %s', (pattern, url) => {
    expect(matchesPattern(pattern, url)).toBe(false);
  });
});

describe('matchPatternProblem', () => {
  it.each(['<all_urls>', 'https://example.com/*', '*://*/*', 'http://127.0.0.1:8080/*', 'http://localhost:*/*', 'file:///home/*', 'https://*.example.com/shop*', 'http://[::1]:3000/*'])('accepts %s', (pattern) => {
    expect(matchPatternProblem(pattern)).toBeNull();
    expect(isMatchPattern(pattern)).toBe(true);
  });

  it.each([
    ['example.com', /match pattern like/],
    ['https://example.com', /no path/],
    ['gopher://example.com/*', /scheme "gopher"/],
    ['https://example.com:0/*', /port "0"/],
    ['https://example.com:70000/*', /port "70000"/],
    ['https://example.com:http/*', /port "http"/],
    ['https://www.*.com/*', /host "www\.\*\.com"/],
    ['https://*example.com/*', /host/],
    ['https://user@example.com/*', /host/],
    ['https:///*', /host/],
    ['file://host/*', /file pattern has no host/],
  ])('refuses %s and says why', (pattern, message) => {
    expect(matchPatternProblem(pattern)).toMatch(message);
    expect(isMatchPattern(pattern)).toBe(false);
  });
});

describe('hostPermissionPattern', () => {
  it('drops the port Firefox refuses in a host permission, and keeps the rest', () => {
    expect(hostPermissionPattern('http://127.0.0.1:8080/*')).toBe('http://127.0.0.1/*');
    expect(hostPermissionPattern('http://[::1]:3000/a*')).toBe('http://[::1]/a*');
    expect(hostPermissionPattern('https://*.example.com/*')).toBe('https://*.example.com/*');
    expect(hostPermissionPattern('<all_urls>')).toBe('<all_urls>');
  });
});

describe('readPatternKey', () => {
  it('reads two spellings of one pattern alike, and other patterns apart', () => {
    expect(readPatternKey('https://Arbat.Example.com:*/*')).toBe(readPatternKey('https://arbat.example.com/*'));
    expect(readPatternKey('https://arbat.example.com/*')).not.toBe(readPatternKey('http://arbat.example.com/*'));
    expect(readPatternKey('https://arbat.example.com:8443/*')).not.toBe(readPatternKey('https://arbat.example.com/*'));
    expect(readPatternKey('arbat.example.com')).toBeNull();
  });
});
