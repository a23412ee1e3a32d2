import { describe, expect, it } from 'vitest';
import { pageAccess, pageKind } from '../../../browser/page-kind';

describe('pageKind', () => {
  it('checks ordinary web pages and local files', () => {
    expect(pageKind('https://clinic.example/prices?x=1')).toBe('page');
    expect(pageKind('http://127.0.0.1:8080/clinic.html')).toBe('page');
    expect(pageKind('file:///home/me/landing.html')).toBe('page');
    expect(pageKind('https://chrome.google.com/search')).toBe('page');
  });
  it('offers a PDF on the web to the materials view', () => {
    expect(pageKind('https://clinic.example/files/Flyer.PDF')).toBe('pdf');
    expect(pageKind('https://clinic.example/flyer.pdf#page=2')).toBe('pdf');
  });
  it('says the browser pages, the stores, local PDFs and nonsense cannot be checked', () => {
    for (const url of [
      'chrome://settings',
      'about:blank',
      'chrome-extension://abc/options.html',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/detail/x',
      'https://addons.mozilla.org/ru/firefox/',
      'file:///tmp/a.pdf',
      'view-source:https://a.example',
      '',
      'not a url',
    ]) {
      expect(pageKind(url), url).toBe('unavailable');
    }
  });
});

describe('pageAccess', () => {
  it('tells why a tab cannot be read: a browser page, an extension store, a PDF file', () => {
    expect(pageAccess('chrome://extensions')).toBe('browser-page');
    expect(pageAccess('about:blank')).toBe('browser-page');
    expect(pageAccess('')).toBe('browser-page');
    expect(pageAccess('https://chromewebstore.google.com/detail/x')).toBe('web-store');
    expect(pageAccess('https://microsoftedge.microsoft.com/addons/x')).toBe('web-store');
    expect(pageAccess('file:///tmp/a.pdf')).toBe('local-pdf');
  });
  it('reads pages and web PDFs as pages and PDFs', () => {
    expect(pageAccess('https://chrome.google.com/search')).toBe('page');
    expect(pageAccess('file:///home/me/landing.html')).toBe('page');
    expect(pageAccess('https://clinic.example/flyer.pdf')).toBe('pdf');
  });
});
