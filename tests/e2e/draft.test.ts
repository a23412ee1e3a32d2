import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProfile } from '../../engine/profile/validate';
import { CLINIC_SITE, startClinicSite } from '../support/clinic-site';
import { axeViolations, extensionSuite } from './harness';

const suite = extensionSuite();

/** While set, the site holds this page's request open until the test lets it go: a crawl that is surely mid-way. */
const HELD = '/about.html';
let holding: { arrived: () => void; waiting: ServerResponse[] } | null = null;
const aboutPage = readFileSync(join(import.meta.dirname, '../fixtures/site/about.html'));
const serveAbout = (response: ServerResponse) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(aboutPage);

let site: Awaited<ReturnType<typeof startClinicSite>>;
beforeAll(async () => {
  site = await startClinicSite({
    [HELD]: (_request, response) => {
      if (!holding) return serveAbout(response);
      holding.waiting.push(response);
      holding.arrived();
    },
  });
});
afterAll(() => site?.close());

async function optionsPage(): Promise<Page> {
  const page = await suite.session.openExtensionPage('options.html');
  suite.open.push(page);
  await page.waitForSelector('main');
  return page;
}

/** Opens the draft form and starts a draft from the clinic's address. */
async function startDraft(options: Page): Promise<void> {
  await options.click('[data-action=draft-from-site]');
  await options.fill('[data-testid=draft-address]', `${site.origin}/`);
  await options.click('[data-testid=draft] [data-action=draft]');
}

/** A question as the user sees it: the topic, and each variant's value and the places it was seen. */
interface Asked {
  topic: string;
  variants: { value: string; places: string[] }[];
}

const readQuestion = (options: Page): Promise<Asked> =>
  options.$eval('[data-testid=draft-question]', (section) => ({
    topic: section.getAttribute('data-topic') ?? '',
    variants: [...section.querySelectorAll('.draft-variant')].map((variant) => ({
      value: variant.querySelector('.draft-value')?.textContent ?? '',
      places: [...variant.querySelectorAll('.draft-places li')].map((li) => li.textContent ?? ''),
    })),
  }));

const pathOf = (place: string) => place.replace(site.origin, '').split(' ')[0]!;

describe('draft a profile from a site', () => {
  it('stores nothing when the crawl is cancelled mid-way', async () => {
    const options = await optionsPage();
    let arrived: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    holding = { arrived, waiting: [] };
    await startDraft(options);
    await options.waitForSelector('[data-testid=draft-progress]');
    await held;
    await suite.session.screenshot(options, 'draft-progress');
    await options.click('[data-testid=draft-progress] [data-action=cancel]');
    const status = await options.waitForSelector('[data-testid=draft-status]');
    expect(await status.textContent()).toBe('Отменено: черновик не составлен, ничего не сохранено.');
    for (const response of holding.waiting) serveAbout(response);
    holding = null;
    expect(await options.$('[data-testid=draft-question]')).toBeNull();
    expect(await options.$('button[type=submit]')).toBeNull();
    await options.reload();
    await options.waitForSelector('main');
    expect(await options.$$('[data-profile]')).toHaveLength(0);
  });

  it('asks every planted conflict, opens the settled draft in the editor, and stores it on Save', async () => {
    const options = await optionsPage();
    await startDraft(options);
    const asked: Asked[] = [];
    const chosen: string[] = [];
    while (true) {
      const next = await options.waitForSelector('[data-testid=draft-question], form button[type=submit]', { timeout: 90_000 });
      if ((await next.getAttribute('type')) === 'submit') break;
      const question = await readQuestion(options);
      if (asked.length === 0) {
        await suite.session.screenshot(options, 'draft-question');
        expect(await axeViolations(options)).toEqual([]);
      }
      // Asked once each: a question must go away when answered.
      expect(asked.map((q) => q.topic)).not.toContain(question.topic);
      asked.push(question);
      // The price the price list states is the true one; elsewhere the first variant.
      const index = Math.max(
        0,
        question.variants.findIndex((variant) => variant.places.some((place) => pathOf(place) === '/prices.html')),
      );
      chosen.push(question.variants[index]!.value);
      await options.click(`[data-testid=draft-question] [data-variant="${index}"] [data-action=choose]`);
      await options.waitForFunction((topic) => document.querySelector('[data-testid=draft-question]')?.getAttribute('data-topic') !== topic, question.topic);
    }

    await suite.session.screenshot(options, 'draft-editor');
    const places = (question: Asked) => question.variants.map((variant) => variant.places.map(pathOf));
    const price = asked.find(
      (question) => question.variants.some((v) => v.places.some((p) => pathOf(p) === '/prices.html')) && question.variants.some((v) => v.places.some((p) => pathOf(p) === '/services/therapy.html')),
    );
    expect(price, JSON.stringify(asked)).toBeDefined();
    expect(price!.variants.map((v) => v.value).join(' ')).toMatch(/1\s900.*2\s400|2\s400.*1\s900/u);
    const hours = asked.find((question) => question.variants.some((v) => v.places.some((p) => p.includes(CLINIC_SITE.hoursConflict.quote))));
    expect(hours, JSON.stringify(asked)).toBeDefined();
    expect(hours!.variants.length).toBeGreaterThan(1);
    expect(places(hours!).flat()).toContain(CLINIC_SITE.hoursConflict.path);

    // The editor holds the draft, unsaved: nothing is stored yet.
    expect(await options.textContent('[data-testid=editing-note]')).toContain('черновик');
    expect(await options.$$('[data-testid=evidence]')).not.toHaveLength(0);
    await options.click('form button[type=submit]');
    const card = await options.waitForSelector('[data-profile]');
    const [download] = await Promise.all([options.waitForEvent('download'), card.$('[data-action=export]').then((button) => button!.click())]);
    const stored = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(validateProfile(stored).ok).toBe(true);
    expect(stored.conflicts).toBeUndefined();
    const priceFact = stored.facts.find((fact: { kind: string; value?: { amount?: number } }) => fact.kind === 'price' && fact.value?.amount === 1900);
    expect(priceFact, JSON.stringify(stored.facts)).toBeDefined();
    expect(priceFact.evidence.map((place: { location: string }) => place.location.replace(site.origin, ''))).toContain('/prices.html');
    expect(stored.facts.some((fact: { kind: string }) => fact.kind === 'hours')).toBe(true);
  });

  it('drafts from files alone, naming each file where its variant was seen', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sverka-draft-'));
    const files = [join(folder, 'flyer.txt'), join(folder, 'price-list.txt')];
    writeFileSync(files[0]!, 'Семейная клиника. Приём терапевта — 1 900 ₽.');
    writeFileSync(files[1]!, 'Семейная клиника. Приём терапевта — 2 400 ₽.');
    const options = await optionsPage();
    await options.click('[data-action=draft-from-site]');
    await options.fill('[data-testid=draft-address]', '');
    await options.setInputFiles('[data-testid=draft-files]', files);
    await options.click('[data-testid=draft] [data-action=draft]');
    await options.waitForSelector('[data-testid=draft-question]');
    const question = await readQuestion(options);
    expect(question.variants.map((variant) => variant.places.map(pathOf))).toEqual([['flyer.txt'], ['price-list.txt']]);
    await options.click('[data-testid=draft-question] [data-action=skip]');
    await options.waitForSelector('form button[type=submit]');
    // Skipped: the editor opens with no fact for the topic.
    expect(await options.textContent('[data-testid=editing-note]')).toContain('черновик');
    expect(await options.$$eval('input[data-path$=".label"]', (inputs) => inputs.map((input) => (input as HTMLInputElement).value))).not.toContain(question.topic);
  });
});
