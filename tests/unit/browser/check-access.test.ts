import { describe, expect, it } from 'vitest';
import { afterAccess, checkButton, type AccessFacts } from '../../../browser/check-access';

const ready: AccessFacts = { profileChosen: true, fileAccess: true, accessRefused: false };

describe('checkButton', () => {
  it('checks a page whose URL the browser shows at once, asking nothing (Chromium, Firefox after the toolbar click)', () => {
    for (const url of ['https://clinic.example/prices', 'http://127.0.0.1:8080/clinic.html', 'file:///home/me/landing.html']) {
      expect(checkButton(url, ready), url).toEqual({ enabled: true, ask: 'nothing' });
    }
  });
  it('stays enabled for a hidden tab and asks for access first (a Firefox sidebar opened from its menu)', () => {
    expect(checkButton('', ready)).toEqual({ enabled: true, ask: 'any-page' });
  });
  it('is off for a PDF on the web (offered to the materials view) and a PDF file', () => {
    expect(checkButton('https://clinic.example/flyer.pdf', ready)).toEqual({ enabled: false, blocked: 'pdf' });
    expect(checkButton('file:///home/me/flyer.pdf', ready)).toEqual({ enabled: false, blocked: 'local-pdf' });
  });
  it('says a browser page and an extension store are closed to extensions, with or without a profile', () => {
    for (const url of ['about:newtab', 'chrome://settings', 'chrome-extension://abc/options.html', 'view-source:https://a.example', 'not a url']) {
      expect(checkButton(url, ready), url).toEqual({ enabled: false, blocked: 'browser-page' });
      expect(checkButton(url, { ...ready, profileChosen: false }), url).toEqual({ enabled: false, blocked: 'browser-page' });
    }
    for (const url of ['https://addons.mozilla.org/ru/firefox/', 'https://chromewebstore.google.com/detail/x', 'https://chrome.google.com/webstore/detail/x']) {
      expect(checkButton(url, ready), url).toEqual({ enabled: false, blocked: 'web-store' });
    }
  });
  it('asks for a profile first on a page it could check', () => {
    expect(checkButton('https://clinic.example/', { ...ready, profileChosen: false })).toEqual({ enabled: false, blocked: 'no-profile' });
    expect(checkButton('', { ...ready, profileChosen: false })).toEqual({ enabled: false, blocked: 'no-profile' });
  });
  it('sends a file:// page to the extension’s file access while it is off, and only a file:// page', () => {
    expect(checkButton('file:///home/me/landing.html', { ...ready, fileAccess: false })).toEqual({ enabled: false, blocked: 'file-access' });
    expect(checkButton('https://clinic.example/', { ...ready, fileAccess: false })).toEqual({ enabled: true, ask: 'nothing' });
  });
  it('says host access was refused, and keeps the button to ask again inside the next click', () => {
    expect(checkButton('https://clinic.example/', { ...ready, accessRefused: true })).toEqual({ enabled: true, ask: 'this-site', blocked: 'access-refused' });
    expect(checkButton('', { ...ready, accessRefused: true })).toEqual({ enabled: true, ask: 'any-page', blocked: 'access-refused' });
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
