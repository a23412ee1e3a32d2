import type { Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionSuite, startServer } from './harness';
import { findingAction, findingCard, uiText } from './ui-text';

const suite = extensionSuite();

/** A second 127.0.0.1 server: the same pages on another origin, which is another site to the extension. */
let otherSite: { baseUrl: string; server: Server };
beforeAll(async () => {
  otherSite = await startServer();
});
afterAll(() => otherSite?.server.close());

const WARRANTY = 'Гарантия на импланты — 10 лет';
const STREET = 'ул. Малая Садова';

async function checkedPanel(url: string): Promise<Page> {
  await suite.ensureProfile();
  const page = await suite.session.context.newPage();
  suite.open.push(page);
  await page.goto(url);
  const { panel } = await suite.panelFor(page);
  await panel.click('button.primary');
  await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
  return panel;
}

const quotes = (panel: Page) => panel.$$eval('.finding .quote', (nodes) => nodes.map((n) => n.textContent));
const status = (panel: Page) => panel.locator('[role=status]').textContent();

describe('finding cards', () => {
  it('copies a fix to the clipboard, and an ignored-everywhere finding stays hidden on another site', async () => {
    const panel = await checkedPanel(`${suite.baseUrl}/clinic.html`);
    // The extension writes the clipboard through navigator.clipboard; the test reads what it wrote.
    await panel.evaluate(() => {
      (window as any).copied = [];
      navigator.clipboard.writeText = async (text: string) => void (window as any).copied.push(text);
    });
    const street = findingCard(panel, STREET);
    const fix = (await street.locator('.suggestion').textContent())!.replace(/^[^:]*:\s*/, '');
    await findingAction(panel, STREET, 'copyFix').click();
    await expect.poll(() => panel.evaluate(() => (window as any).copied)).toEqual([fix]);
    await expect.poll(() => status(panel)).toBe(uiText('fixCopied'));

    // The card shows the checklist's side beside the page's.
    const warranty = findingCard(panel, WARRANTY);
    expect(await warranty.locator('.sides').textContent()).toContain(`${uiText('inChecklist')}Гарантия на импланты`);
    await findingAction(panel, WARRANTY, 'ignoreEverywhere').click();
    await expect.poll(() => quotes(panel)).not.toContain(WARRANTY);
    await expect.poll(() => status(panel)).toBe(uiText('ignoredEverywhere'));

    const elsewhere = await checkedPanel(`${otherSite.baseUrl}/clinic.html`);
    const listed = await quotes(elsewhere);
    expect(listed).toContain(STREET);
    expect(listed).not.toContain(WARRANTY);
  });

  it('collapses and expands a group of findings from the keyboard', async () => {
    const panel = await checkedPanel(`${suite.baseUrl}/clinic.html`);
    const group = panel.locator('.group').first();
    const toggle = group.locator('.group-toggle');
    const count = Number(await toggle.locator('.count').textContent());
    expect(await group.locator('.finding').count()).toBe(count);
    await toggle.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await group.locator('.finding').count()).toBe(0);
    await panel.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await group.locator('.finding').count()).toBe(count);
    await expect.poll(() => panel.evaluate(() => document.activeElement?.classList.contains('group-toggle'))).toBe(true);
  });
});
