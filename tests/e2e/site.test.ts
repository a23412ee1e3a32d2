import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { RequestListener } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, buildExtension, launch, type Session } from './harness';
import { uiText } from './ui-text';
import { CLINIC_SITE, startClinicSite } from '../support/clinic-site';

/** A whole-site check reads each of the site's pages a quarter second apart, and checks each in the panel's worker. */
const SITE_CHECK_MS = 120_000;

/** Requests for the site's pages, counted as the server answers them: a cancelled check must make no more. */
let pageRequests = 0;
const SITE_ROOT = join(import.meta.dirname, '../fixtures/site');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf' };
/** Serves one of the site's files as the site does, counting the request. */
const counted =
  (path: string): RequestListener =>
  async (_request, response) => {
    pageRequests++;
    const file = join(SITE_ROOT, path.endsWith('/') ? `${path}index.html` : path);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  };

let site: Awaited<ReturnType<typeof startClinicSite>>;
let session: Session;
const open: Page[] = [];

beforeAll(async () => {
  buildExtension();
  site = await startClinicSite(Object.fromEntries([...CLINIC_SITE.pages, CLINIC_SITE.priceList.path].map((path) => [path, counted(path)])));
  session = await launch();
  // The site's profile, bound to http://127.0.0.1/*, imported as a user would.
  const options = await session.openExtensionPage('options.html');
  await options.waitForSelector('main');
  await options.setInputFiles('input[type=file]', join(import.meta.dirname, '../..', CLINIC_SITE.profile));
  await options.waitForFunction(() => [...document.querySelectorAll('[data-profile]')].some((e) => e.textContent?.includes('Ладья')));
  await options.close();
}, SITE_CHECK_MS);

afterAll(async () => {
  await session?.close();
  await site?.close();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') {
    for (const [i, page] of open.entries()) await session.screenshot(page, `failure-site-${context.task.name.replace(/\W+/g, '-')}-${i}`).catch(() => undefined);
  }
  for (const page of open.splice(0)) await page.close().catch(() => undefined);
});

/** The site's start page in a tab, and the side panel bound to that tab with the site's profile chosen. */
async function panelOnSite(): Promise<Page> {
  const page = await session.context.newPage();
  open.push(page);
  await page.goto(`${site.origin}/`);
  const tabId = await session.tabIdOf(page);
  const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  open.push(panel);
  return panel;
}

const siteButton = (panel: Page) => panel.getByRole('button', { name: uiText('siteCheck'), exact: true });
const pathOf = (url: string | null) => (url ? new URL(url).pathname : '');

describe('the side panel’s whole-site check', () => {
  it(
    'crawls the site from a page of it and lays out the site report',
    async () => {
      const panel = await panelOnSite();
      await siteButton(panel).click();
      await panel.waitForSelector('[data-testid=site-level]', { timeout: SITE_CHECK_MS });
      expect(await panel.locator('[data-testid=site-partial]').count()).toBe(0);

      // Each planted disagreement names both pages, each a link to its page.
      const placesOf = async (path: string) => {
        const card = panel.locator('[data-testid=site-level] .site-finding').filter({ has: panel.locator(`[data-testid=site-place]:first-child a[href="${site.origin}${path}"]`) });
        return card
          .first()
          .locator('[data-testid=site-place]')
          .evaluateAll((places) => places.map((place) => ({ quote: place.querySelector('.quote')?.textContent ?? '', href: place.querySelector('a')?.getAttribute('href') ?? null })));
      };
      const [first, second] = CLINIC_SITE.priceConflict.places;
      for (const [place, other] of [
        [first, second],
        [second, first],
      ] as const) {
        const places = await placesOf(place.path);
        expect(places.map((p) => pathOf(p.href))).toEqual([place.path, other.path]);
        expect(places[0]?.quote).toContain(place.quote);
        expect(places[1]?.quote).toContain(other.quote);
      }
      const hours = await placesOf(CLINIC_SITE.hoursConflict.path);
      expect(hours[0]?.quote).toContain(CLINIC_SITE.hoursConflict.quote);
      expect(CLINIC_SITE.pages).toContain(pathOf(hours[1]?.href ?? null));
      const link = panel.locator(`[data-testid=site-place] a[href="${site.origin}${CLINIC_SITE.hoursConflict.path}"]`).first();
      expect(await link.getAttribute('target')).toBe('_blank');

      // The pages, the one with an error (the hours against the profile) first; it opens its findings as cards.
      const ranked = await panel.locator('[data-testid=site-page]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-url')));
      expect(ranked.map(pathOf).sort()).toEqual([...CLINIC_SITE.pages, CLINIC_SITE.priceList.path].sort());
      expect(pathOf(ranked[0] ?? null)).toBe(CLINIC_SITE.hoursConflict.path);
      const top = panel.locator('[data-testid=site-page]').first();
      await top.locator('.page-toggle').click();
      const card = top.locator('.finding[data-check=contradiction]');
      await card.waitFor();
      expect(await card.locator('.quote').textContent()).toContain(CLINIC_SITE.hoursConflict.quote);
      await session.screenshot(panel, 'site-view');

      // The site view, a page opened in it, passes axe-core in light and in dark.
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme });
        expect(await axeViolations(panel), colorScheme).toEqual([]);
      }

      // The broken link failed with its status; the pages robots.txt keeps out are left out, with why.
      const failed = await panel.locator('[data-testid=site-failed] li').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-url'), row.textContent]));
      expect(failed.map(([url]) => pathOf(url ?? null))).toEqual([CLINIC_SITE.broken]);
      expect(failed[0]?.[1]).toContain('404');
      const excluded = await panel.locator('[data-testid=site-excluded] li').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-url'), row.getAttribute('data-why'), row.textContent]));
      expect(excluded.map(([url, why]) => [pathOf(url ?? null), why]).sort()).toEqual(CLINIC_SITE.robotsExcluded.map((path) => [path, 'robots']));
      expect(excluded[0]?.[2]).toContain(uiText('siteWhyRobots'));

      // The exports are the site report's: every page in it, and the site's findings.
      const [download] = await Promise.all([panel.waitForEvent('download'), panel.locator('[data-testid=site-view] footer.export button', { hasText: 'JSON' }).click()]);
      const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
      expect(exported.sources).toHaveLength(CLINIC_SITE.pages.length + 2);
      expect(exported.findings.filter((f: { check: string }) => f.check === 'consistency').length).toBeGreaterThanOrEqual(3);

      // Back to the page: its own report, not the site's.
      await panel.getByRole('button', { name: uiText('siteBack'), exact: true }).click();
      expect(await panel.locator('[data-testid=site-view]').count()).toBe(0);
    },
    SITE_CHECK_MS * 2,
  );

  it(
    'stops at Cancel: the pages checked so far stay as a partial report, and no page is asked for after',
    async () => {
      const panel = await panelOnSite();
      await siteButton(panel).click();
      // Cancelled once two pages are checked: the crawl, a quarter second between requests, is far from done.
      const checkedAtLeast = (least: number) => ((document.querySelector('[data-testid=site-progress] progress') as HTMLProgressElement | null)?.value ?? 0) >= least;
      await panel.waitForFunction(checkedAtLeast, 2, { timeout: SITE_CHECK_MS });
      await panel.getByRole('button', { name: uiText('siteCancel'), exact: true }).click();
      await panel.waitForSelector('[data-testid=site-partial]', { timeout: SITE_CHECK_MS });
      const asked = pageRequests;
      const shown = await panel.locator('[data-testid=site-page]').count();
      expect(shown).toBeGreaterThanOrEqual(2);
      expect(shown).toBeLessThan(CLINIC_SITE.pages.length);
      expect(await panel.locator('[data-testid=site-progress]').count()).toBe(0);
      // Several of the crawl's quarter-second gaps between requests pass: none of them brings a request.
      await panel.waitForTimeout(1500);
      expect(pageRequests).toBe(asked);
    },
    SITE_CHECK_MS * 2,
  );
});
