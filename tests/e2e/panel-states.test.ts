import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, extensionSuite } from './harness';

const page = (title: string, body: string) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

const pages = new Map<string, string>([
  ['/other-company.html', page('Клиника «Жемчуг»', '<h1>Клиника «Жемчуг»</h1><p>Гарантия на импланты — 10 лет. Запись по телефону +7 495 555-01-01.</p>')],
  ['/clean.html', page('Цены', '<p>Стоматология «Улыбка»: лечение без боли, смета до начала лечения. Первичная консультация бесплатна. Гарантия на импланты — 5 лет. Телефон: +7 812 310-20-20.</p>')],
]);
const suite = extensionSuite(pages);

/** A side panel on a served page, once it has chosen a profile, and the page's check run to its report. */
async function checked(path: string): Promise<Page> {
  await suite.ensureProfile();
  const { panel } = await suite.panelFor(await suite.openPage(path));
  await panel.click('button.primary');
  await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
  return panel;
}

/** The extension page the next click opens in a new tab, closed after the test. */
async function openedBy(panel: Page, selector: string): Promise<Page> {
  const [opened] = await Promise.all([suite.session.context.waitForEvent('page'), panel.click(selector)]);
  suite.open.push(opened);
  await opened.waitForLoadState();
  return opened;
}

// The first test runs in a browser with no profile stored yet: keep it first.
describe('side panel states', () => {
  it('welcomes a first run: what Sverka does, a template, a draft of this site and an import, and no Check yet', async () => {
    const served = await suite.openPage('/clinic.html');
    const { panel } = await suite.panelFor(served, { chosen: false });
    await panel.waitForSelector('[data-testid=welcome]');
    expect(await panel.textContent('[data-testid=page-heading] h1')).toBe('Стоматология «Улыбка» — тестовая страница');
    expect(await panel.textContent('[data-testid=page-heading] .page-url')).toBe(served.url());
    expect(await panel.$$('.welcome-actions button')).toHaveLength(2);
    expect(await panel.$('.welcome-actions input[type=file]')).not.toBeNull();
    expect(await panel.$('button.primary')).toBeNull();
    expect(await axeViolations(panel)).toEqual([]);
    await panel.setViewportSize({ width: 380, height: 700 });
    await suite.session.screenshot(panel, 'panel-states-welcome');

    const templates = await openedBy(panel, '.welcome-actions button:nth-child(1)');
    expect(new URL(templates.url()).hash).toBe('#templates');
    await templates.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'template');

    const draft = await openedBy(panel, '.welcome-actions button:nth-child(2)');
    await draft.waitForFunction(() => document.querySelector('h1')?.textContent === 'Стоматология «Улыбка» — тестовая страница');
  });

  it('says a page of another company does not look like the chosen profile, focuses the picker, and checks it anyway when asked', async () => {
    await suite.ensureProfile();
    const { panel } = await suite.panelFor(await suite.openPage('/other-company.html'));
    await panel.waitForSelector('[data-testid=not-fit]');
    expect(await panel.textContent('[data-testid=not-fit]')).toContain('Стоматология «Улыбка»');
    expect(await panel.evaluate(() => document.activeElement?.localName)).toBe('select');
    expect(await panel.getAttribute('select', 'aria-describedby')).toBe('not-fit');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.setViewportSize({ width: 380, height: 700 });
    await suite.session.screenshot(panel, 'panel-states-not-fit');
    await panel.click('[data-testid=not-fit] button');
    await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
  });

  it('says why the profile fits a page that names the business', async () => {
    await suite.ensureProfile();
    const { panel } = await suite.panelFor(await suite.openPage('/clinic.html'));
    await panel.waitForSelector('[data-testid=fit]');
    expect(await panel.textContent('[data-testid=fit]')).toContain('Улыбка');
    expect(await panel.$('[data-testid=not-fit]')).toBeNull();

    // With no profile chosen, the reason stands beside the disabled button, which points to it.
    await panel.selectOption('select', '');
    await panel.waitForSelector('[data-testid=check-reason][data-reason=no-profile]');
    expect(await panel.$eval('button.primary', (b) => [(b as HTMLButtonElement).disabled, b.getAttribute('aria-describedby')])).toEqual([true, 'check-reason']);
    expect(await panel.$('[data-testid=fit]')).toBeNull();
  });

  it('filters the findings by the severity chips pressed, and shows them all again', async () => {
    const panel = await checked('/clinic.html');
    const severities = () => panel.$$eval('.finding', (nodes) => nodes.map((n) => n.className.split(' ')[1]));
    const all = await severities();
    expect(new Set(all).size).toBeGreaterThan(1);
    await panel.click('.chip.error');
    expect(await panel.getAttribute('.chip.error', 'aria-pressed')).toBe('true');
    const errors = await severities();
    expect(errors.length).toBeGreaterThan(0);
    expect(new Set(errors)).toEqual(new Set(['error']));
    await panel.click('.chip.warning');
    expect(new Set(await severities())).toEqual(new Set(['error', 'warning']));
    await panel.click('.chip.error');
    await panel.click('.chip.warning');
    expect(await panel.getAttribute('.chip.error', 'aria-pressed')).toBe('false');
    expect((await severities()).length).toBe(all.length);
    expect(await axeViolations(panel)).toEqual([]);
    await panel.setViewportSize({ width: 380, height: 800 });
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await suite.session.screenshot(panel, 'panel-states-chips');
  });

  it('shows "no problems" with what was checked on a clean page', async () => {
    const panel = await checked('/clean.html');
    await panel.waitForSelector('[data-testid=all-clear]');
    expect(await panel.$$('.finding')).toHaveLength(0);
    expect(await panel.textContent('[data-testid=all-clear]')).toMatch(/Стоматология «Улыбка»/);
    expect(await panel.textContent('[data-testid=all-clear]')).toMatch(/\d+ обещани/);
    expect(await axeViolations(panel)).toEqual([]);
    await suite.session.screenshot(panel, 'panel-states-clean');
  });
});
