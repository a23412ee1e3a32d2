import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { Finding } from '../../../engine/report/types';
import type { SiteReport } from '../../../engine/site/site-check';
import { CLINIC_SITE, startClinicSite } from '../../support/clinic-site';

/** A crawl of the whole site reads every page once, a quarter second apart: a hook has longer than a test. */
const CRAWL_TIMEOUT_MS = 120_000;

async function crawl(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['crawl', ...argv, '--profile', CLINIC_SITE.profile, '--format', 'json'], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), language: 'en' });
  return { code, stderr, report: JSON.parse(stdout) as SiteReport };
}

const pathOf = (url: string) => new URL(url).pathname;
const sourceAt = (report: SiteReport, path: string) => report.sources.find((source) => pathOf(source.location) === path);
const pathOfSource = (report: SiteReport, id: string | undefined) => {
  const source = report.sources.find((candidate) => candidate.id === id);
  return source ? pathOf(source.location) : undefined;
};
/** Where a finding stands and the pages it names beside it. */
const placesOf = (report: SiteReport, finding: Finding) => ({ page: pathOfSource(report, finding.source), others: (finding.related ?? []).map((place) => pathOfSource(report, place.source)) });

describe('sverka crawl on the clinic test site', () => {
  let site: Awaited<ReturnType<typeof startClinicSite>>;
  let run: Awaited<ReturnType<typeof crawl>>;
  beforeAll(async () => {
    site = await startClinicSite();
    run = await crawl([`${site.origin}/`]);
  }, CRAWL_TIMEOUT_MS);
  afterAll(() => site.close());

  it('checks every page once: the linked ones, the one only the sitemap lists, the PDF and the broken link', () => {
    const checked = run.report.sources.map((source) => pathOf(source.location)).sort();
    expect(checked).toEqual([...CLINIC_SITE.pages, CLINIC_SITE.priceList.path, CLINIC_SITE.broken].sort());
    expect(checked).toContain(CLINIC_SITE.sitemapOnly);
    expect(run.stderr).toContain(`${CLINIC_SITE.pages.length + 4} found, ${CLINIC_SITE.pages.length + 2} checked, 1 failed`);
  });

  it('names both pages of the price disagreement, each asked which price is true', () => {
    const [first, second] = CLINIC_SITE.priceConflict.places;
    for (const [place, other] of [
      [first, second],
      [second, first],
    ] as const) {
      const finding = run.report.findings.find((candidate) => candidate.check === 'consistency' && pathOfSource(run.report, candidate.source) === place.path);
      expect(finding?.quote).toContain(CLINIC_SITE.priceConflict.service);
      expect(finding?.quote).toContain(place.quote);
      expect(placesOf(run.report, finding!).others).toEqual([other.path]);
      expect(finding?.related?.[0]?.quote).toContain(other.quote);
      expect(finding?.message).toContain('Какое значение верное?');
    }
  });

  it('flags the page whose hours differ from the profile, beside a page that states the profile’s hours', () => {
    const { path, quote } = CLINIC_SITE.hoursConflict;
    const onPage = run.report.findings.filter((finding) => pathOfSource(run.report, finding.source) === path);
    const contradiction = onPage.find((finding) => finding.check === 'contradiction');
    expect(contradiction).toMatchObject({ severity: 'error', factId: 'hours' });
    expect(contradiction?.quote).toContain(quote);
    const consistency = onPage.find((finding) => finding.check === 'consistency');
    expect(consistency?.quote).toContain(quote);
    expect(consistency?.message).toContain('как в чек-листе');
    const [footer] = placesOf(run.report, consistency!).others;
    expect(footer).not.toBe(path);
    expect(CLINIC_SITE.pages).toContain(footer);
  });

  it('counts the footer, stated on every page, once: one hours finding, not one per page', () => {
    const hours = run.report.findings.filter((finding) => finding.factId === 'hours');
    expect(hours.map((finding) => [finding.check, pathOfSource(run.report, finding.source)])).toEqual([
      ['contradiction', CLINIC_SITE.hoursConflict.path],
      ['consistency', CLINIC_SITE.hoursConflict.path],
    ]);
  });

  it('lists the pages robots.txt disallows under excluded, and fetches none of them', () => {
    expect(run.report.excluded.map(({ url, why }) => ({ path: pathOf(url), why })).sort((a, b) => a.path.localeCompare(b.path))).toEqual(CLINIC_SITE.robotsExcluded.map((path) => ({ path, why: 'robots' })));
    expect(run.stderr).toContain('left out 2 pages (2 by robots.txt)');
  });

  it('reports the broken link as a source with its HTTP 404, and no other source as failed', () => {
    expect(sourceAt(run.report, CLINIC_SITE.broken)?.error).toBe('answered HTTP 404');
    expect(run.report.sources.filter((source) => source.error).map((source) => pathOf(source.location))).toEqual([CLINIC_SITE.broken]);
    expect(run.stderr).toContain(`${site.origin}${CLINIC_SITE.broken}: answered HTTP 404`);
    expect(run.code).toBe(2);
  });

  it('reads the PDF price list as a material with its prices', () => {
    const pdf = sourceAt(run.report, CLINIC_SITE.priceList.path);
    expect(pdf?.kind).toBe('pdf');
    const prices = run.report.promises.filter((promise) => promise.source === pdf?.id && promise.kind === 'price');
    for (const price of CLINIC_SITE.priceList.prices) expect(prices.some((promise) => promise.quote.includes(`${price} ₽`))).toBe(true);
    expect(prices.find((promise) => promise.factId === 'ultrasound-price')?.status).toBe('kept');
  });

  it('flags nothing but what is planted', () => {
    const flagged = run.report.findings.map((finding) => `${finding.severity} ${finding.check} ${pathOfSource(run.report, finding.source)}`).sort();
    expect(flagged).toEqual(
      [`error contradiction ${CLINIC_SITE.hoursConflict.path}`, `warning consistency ${CLINIC_SITE.hoursConflict.path}`, ...CLINIC_SITE.priceConflict.places.map((place) => `warning consistency ${place.path}`)].sort(),
    );
  });
});
