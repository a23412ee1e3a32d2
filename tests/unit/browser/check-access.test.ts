import { describe, expect, it } from 'vitest';
import { afterAccess, checkButton } from '../../../browser/check-access';

describe('checkButton', () => {
  it('checks a page whose URL the browser shows at once, asking nothing (Chromium, Firefox after the toolbar click)', () => {
    for (const url of ['https://clinic.example/prices', 'http://127.0.0.1:8080/clinic.html', 'file:///home/me/landing.html']) {
      expect(checkButton(url), url).toEqual({ enabled: true, ask: 'nothing' });
    }
  });
  it('stays enabled for a hidden tab and asks for access first (a Firefox sidebar opened from its menu)', () => {
    expect(checkButton('')).toEqual({ enabled: true, ask: 'any-page' });
  });
  it('is off for a PDF (offered to the materials view) and for pages closed to extensions', () => {
    for (const url of ['https://clinic.example/flyer.pdf', 'about:newtab', 'chrome://settings', 'https://addons.mozilla.org/ru/firefox/']) {
      expect(checkButton(url), url).toEqual({ enabled: false });
    }
  });
});

describe('afterAccess', () => {
  it('checks a page, sends a PDF to the materials view', () => {
    expect(afterAccess('https://clinic.example/')).toBe('check-page');
    expect(afterAccess('https://clinic.example/flyer.pdf')).toBe('check-pdf');
  });
  it('says a tab still hidden or closed to extensions cannot be checked', () => {
    for (const url of ['', 'about:newtab', 'moz-extension://x/options.html']) expect(afterAccess(url), url).toBe('not-checkable');
  });
});
