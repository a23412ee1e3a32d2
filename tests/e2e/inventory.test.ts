import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, extensionSuite } from './harness';

const pages = new Map<string, string>();
const suite = extensionSuite(pages);

const CLINIC = readFileSync('tests/fixtures/pages/clinic.html', 'utf8');
/** The clinic's page with a price list: a table cell «от 1 900 ₽» that the checklist has no fact for. */
const WITH_PRICES = CLINIC.replace('</main>', '<table><tr><th>Услуга</th><th>Цена</th></tr><tr><td>Приём терапевта</td><td>от 1 900 ₽</td></tr></table></main>');

async function checkedPanel(path: string): Promise<{ page: Page; panel: Page }> {
  await suite.ensureProfile();
  const page = await suite.openPage(path);
  const { panel } = await suite.panelFor(page);
  await panel.click('button.primary');
  await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
  return { page, panel };
}

const blockOf = (panel: Page, quote: string) => panel.locator('.inventory .promise', { has: panel.locator(`.promise-quote:text-is("${quote}")`) });

describe('the promises tab', () => {
  it('says each promise in people’s words with its status, quote and source, within 380 px', async () => {
    pages.set('/prices.html', WITH_PRICES);
    const { panel } = await checkedPanel('/prices.html');
    await panel.setViewportSize({ width: 380, height: 900 });
    await panel.click('[role=tab]:nth-child(2)');
    await panel.waitForSelector('[data-testid=inventory]');

    const cell = blockOf(panel, 'от 1 900 ₽');
    expect(await cell.locator('.promise-line').textContent()).toMatch(/^(Цена: от 1\s900 ₽|Price: from 1,900 ₽) — Приём терапевта$/);
    expect(await cell.getAttribute('data-status')).toBe('unknown');
    expect(await cell.locator('.promise-source').textContent()).toBe('Стоматология «Улыбка» — тестовая страница');
    const hours = blockOf(panel, 'Работаем с понедельника по субботу с 9:00 до 20:00');
    expect(await hours.locator('.promise-line').textContent()).toMatch(/^(Часы работы: пн–сб 9:00–20:00|Opening hours: Mon–Sat 9:00–20:00)$/);
    expect(await hours.locator('.promise-status').textContent()).toMatch(/выполняется|kept/);
    const guarantee = blockOf(panel, 'Гарантия на импланты — 10 лет');
    expect(await guarantee.getAttribute('data-status')).toBe('broken');
    expect(await guarantee.locator('.promise-line').textContent()).toMatch(/^(Гарантия: 10 лет|Guarantee: 10 years) — Гарантия на импланты$/);

    // No line shows the value's insides, and none runs past the panel.
    const lines = await panel.$$eval('.promise-line', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(lines.filter((line) => /undefined|\[object|amount:|currency:/.test(line))).toEqual([]);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // Only a promise the checklist lacks can be added to it.
    expect(await guarantee.locator('.add-fact').count()).toBe(0);
    expect(await axeViolations(panel)).toEqual([]);
    await suite.session.screenshot(panel, 'inventory-380');
  });

  it('opens the options page with the fact drafted from a promise, unsaved until the user saves', async () => {
    pages.set('/add-fact.html', WITH_PRICES);
    const { panel } = await checkedPanel('/add-fact.html');
    await panel.click('[role=tab]:nth-child(2)');
    const [options] = await Promise.all([suite.session.context.waitForEvent('page'), blockOf(panel, 'от 1 900 ₽').locator('.add-fact').click()]);
    suite.open.push(options);
    await options.waitForSelector('main form');
    expect(options.url()).toMatch(/options\.html$/);
    expect(await options.locator('[role=status]').textContent()).toMatch(/чек-лист|checklist/);
    const values = await options.$$eval('main form input', (nodes) => nodes.map((n) => (n as HTMLInputElement).value));
    expect(values).toEqual(expect.arrayContaining(['Приём терапевта', '1900']));

    // Nothing is stored until Save: the stored profile still has its own facts only.
    const storedFacts = await options.evaluate(async () => {
      const request = indexedDB.open('sverka');
      const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      const all = await new Promise<{ json: string }[]>((resolve) => {
        const get = db.transaction('profiles').objectStore('profiles').getAll();
        get.onsuccess = () => resolve(get.result);
      });
      return all.map((profile) => JSON.stringify(profile));
    });
    expect(storedFacts.some((json) => json.includes('Приём терапевта'))).toBe(false);
  });
});

describe('the history tab', () => {
  it('lists the finding a fix removed under the check that fixed it', async () => {
    pages.set('/fixed.html', CLINIC);
    const { page, panel } = await checkedPanel('/fixed.html');
    pages.set('/fixed.html', CLINIC.replace('ул. Малая Садова', 'ул. Малая Садовая'));
    await page.reload();
    await panel.waitForFunction(() => /(исправлено|fixed):? 1\b|1 fixed/.test(document.querySelector('[data-testid=diff]')?.textContent ?? ''), undefined, { timeout: 20_000 });
    await panel.click('[role=tab]:nth-child(3)');
    const newest = panel.locator('[data-testid=history] > li').first();
    expect(await newest.locator('[data-testid=history-fixed] .quote').allTextContents()).toEqual(['ул. Малая Садова']);
    expect(await newest.locator('time').textContent()).toMatch(/\d{1,2}:\d{2}/);
    // The first check of the page is closed and says it is the first.
    const first = panel.locator('[data-testid=history] > li').nth(1);
    await first.locator('summary').click();
    expect(await first.locator('.note').textContent()).toMatch(/Первая|first/);
    await suite.session.screenshot(panel, 'history-diff');
  });
});
