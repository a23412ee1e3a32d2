import { describe, expect, it } from 'vitest';
import { lastPageUrl } from '../../../browser/current-page';

const own = 'chrome-extension://abc/';

describe('lastPageUrl', () => {
  it('takes the most recently active web page', () => {
    const tabs = [
      { url: 'https://a.example/', lastAccessed: 10 },
      { url: 'http://127.0.0.1:5173/page.html', lastAccessed: 30 },
      { url: 'https://b.example/', lastAccessed: 20 },
    ];
    expect(lastPageUrl(tabs, own)).toBe('http://127.0.0.1:5173/page.html');
  });

  it("skips the extension's own pages, browser pages and tabs whose address it may not read", () => {
    const tabs = [{ url: 'https://a.example/', lastAccessed: 1 }, { url: `${own}options.html`, lastAccessed: 50 }, { url: 'chrome://settings/', lastAccessed: 40 }, { lastAccessed: 30 }];
    expect(lastPageUrl(tabs, own)).toBe('https://a.example/');
  });

  it('is null when no page is open', () => {
    expect(lastPageUrl([{ url: `${own}options.html` }, { url: 'about:blank' }], own)).toBeNull();
    expect(lastPageUrl([], own)).toBeNull();
  });
});
