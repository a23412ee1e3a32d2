import { describe, expect, it } from 'vitest';
import { EXCLUDED_SHOWN, pagePath, pageReport, progressBar, siteLayout } from '../../../../browser/site/site-view';
import { summarise } from '../../../../engine/engine';
import type { Finding, Severity } from '../../../../engine/report/types';
import type { SiteReport } from '../../../../engine/site/site-check';

const finding = (id: string, severity: Severity, source: string | undefined, check: Finding['check'] = 'spelling'): Finding =>
  ({ id, severity, check, message: id, quote: id, fingerprint: id, ...(source ? { source } : {}) }) as Finding;

const page = (id: string, path: string, error?: string) => ({ id, kind: 'page', location: `https://clinic.test${path}`, title: path, ...(error ? { error } : {}) });

function report(findings: Finding[]): SiteReport {
  return {
    format: 'sverka.report/1',
    profile: 'Улыбка',
    language: 'ru',
    createdAt: '2026-12-02T00:00:00Z',
    sources: [page('s1', '/'), page('s2', '/prices'), page('s3', '/services'), page('s4', '/gone', 'HTTP 404'), page('s5', '/about')] as SiteReport['sources'],
    promises: [],
    findings,
    summary: summarise(findings),
    excluded: [
      { url: 'https://clinic.test/private/plans', why: 'robots' },
      { url: 'https://clinic.test/b', why: 'shard' },
      { url: 'https://elsewhere.test/', why: 'other-host' },
    ],
  };
}

describe('siteLayout', () => {
  const site = report([
    finding('f1', 'warning', 's1'),
    finding('f2', 'error', 's3'),
    finding('f3', 'warning', 's2'),
    finding('f4', 'warning', 's2'),
    finding('f5', 'error', 's2', 'consistency'),
    finding('f6', 'info', undefined, 'concept'),
    finding('f7', 'info', 's5'),
  ]);
  const layout = siteLayout(site);

  it('puts the disagreements between pages and what no page holds apart, as the site’s', () => {
    expect(layout.site.map((f) => f.id)).toEqual(['f5', 'f6']);
  });

  it('ranks the pages read by errors, then warnings, then notes, each with its own findings, its disagreements with other pages among them', () => {
    expect(layout.pages.map((row) => row.source.location.replace('https://clinic.test', ''))).toEqual(['/prices', '/services', '/', '/about']);
    const prices = layout.pages[0]!.report;
    expect(prices.findings.map((f) => f.id)).toEqual(['f3', 'f4', 'f5']);
    expect(prices.summary).toMatchObject({ error: 1, warning: 2 });
    expect(prices.sources.map((s) => s.id)).toEqual(['s2']);
  });

  it('keeps pages of equal weight in the order they were read, and lists a page without findings too', () => {
    const even = siteLayout(report([]));
    expect(even.pages.map((row) => row.source.id)).toEqual(['s1', 's2', 's3', 's5']);
  });

  it('lists the pages that failed with their error, and those left out that the reader can act on', () => {
    expect(layout.failed.map((s) => [s.id, s.error])).toEqual([['s4', 'HTTP 404']]);
    expect(layout.excluded.map((p) => p.why)).toEqual(['robots', 'other-host']);
    expect(layout.excludedMore).toBe(0);
  });

  it('lists the first pages a cut crawl left out by the limit and counts the rest', () => {
    const beyond = Array.from({ length: EXCLUDED_SHOWN + 7 }, (_, i) => ({ url: `${site.sources[0]!.location}p${i}`, why: 'limit' as const }));
    const cut = siteLayout({ ...site, excluded: beyond });
    expect(cut.excluded).toEqual(beyond.slice(0, EXCLUDED_SHOWN));
    expect(cut.excludedMore).toBe(7);
  });

  it('gives a page report no finding of another page, nor one that no page holds', () => {
    expect(pageReport(site, site.sources[3]!).findings).toEqual([]);
    expect(pageReport(site, site.sources[0]!).findings.map((f) => f.id)).toEqual(['f1']);
  });
});

describe('pagePath', () => {
  it('names a page of the site by its path and query', () => {
    expect(pagePath('https://clinic.test/prices?city=spb')).toBe('/prices?city=spb');
    expect(pagePath('https://clinic.test')).toBe('/');
  });

  it('leaves what is no URL as it is', () => {
    expect(pagePath('flyer.pdf')).toBe('flyer.pdf');
  });
});

describe('progressBar', () => {
  it('counts the pages checked out of those known, within the most the crawl reads', () => {
    expect(progressBar({ found: 30, checked: 6, failed: 1, queued: 10 }, 4, 200)).toEqual({ value: 4, max: 16 });
    expect(progressBar({ found: 900, checked: 50, failed: 0, queued: 800 }, 40, 200)).toEqual({ value: 40, max: 200 });
  });

  it('never ends behind what is done, and has an end before anything is known', () => {
    expect(progressBar({ found: 3, checked: 3, failed: 0, queued: 0 }, 3, 200)).toEqual({ value: 3, max: 3 });
    expect(progressBar(null, 0, 200)).toEqual({ value: 0, max: 1 });
  });
});
