import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MARK_STYLES } from '../../browser/highlights';
import { extensionSuite } from './harness';
import { findingAction } from './ui-text';
import { cardFrame, colourCounts, hoverMark, markOverlap, overlayOf, shownCardText } from './overlay-probe';

declare const chrome: any;

const pages = new Map<string, string>();
const suite = extensionSuite(pages);
pages.set('/typo.html', '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Гигиена</title></head><body><p>Стоматология «Улыбка» предлагает прафессиональную гигиену.</p></body></html>');

/** The browser runs in Russian (harness: --lang=ru): the labels are the Russian messages. */
const ru = JSON.parse(readFileSync('public/_locales/ru/messages.json', 'utf8')) as Record<string, { message: string }>;
const label = (key: string) => ru[key]!.message;

// The browser's storage lasts the file's tests: each test ignores findings of its own.
const GUARANTEE = 'Гарантия на импланты — 10 лет';
const WRONG_NAME = '«Улыбка+»';
const GRAMMAR = 'кратким описание';
const HYGIENE = 'Профессиональная гигиена всего за 2900 ₽';

async function checkedPage(path: string): Promise<{ page: Page; panel: Page }> {
  await suite.ensureProfile();
  const page = await suite.openPage(path);
  const { panel } = await suite.panelFor(page);
  await check(panel);
  return { page, panel };
}

async function check(panel: Page): Promise<void> {
  await panel.click('button.primary');
  await panel.waitForSelector('[data-testid=summary]', { timeout: 120_000 });
}

const listedQuotes = (panel: Page) => panel.$$eval('.finding .quote', (nodes) => nodes.map((n) => n.textContent));
const markedTexts = (page: Page) => page.evaluate(() => [...CSS.highlights.values()].flatMap((highlight) => [...highlight].map((range) => (range as Range).toString())));

/** Hovers the mark of `quote` and waits for its card: the frame the card is drawn in. A card shown before is let go first: it may cover the mark. */
async function cardOf(page: Page, quote: string): Promise<Frame> {
  await page.mouse.move(1, 1);
  await expect.poll(async () => (await overlayOf(page)).card).toBeNull();
  await hoverMark(page, quote);
  await expect.poll(async () => (await overlayOf(page)).card).not.toBeNull();
  const { card } = await overlayOf(page);
  return (await cardFrame(page, card!.src))!;
}

/** What the clipboard holds, pasted into a blank page's text box as a user would. */
async function pasted(): Promise<string> {
  const blank = await suite.session.context.newPage();
  suite.open.push(blank);
  await blank.setContent('<textarea></textarea>');
  await blank.focus('textarea');
  await blank.keyboard.press('Control+V');
  return blank.$eval('textarea', (node) => (node as HTMLTextAreaElement).value);
}

const openTab = (panel: Page, key: string) => panel.click(`[role=tab]:text-is("${label(key)}")`);

describe('the card on the page', () => {
  it('copies the fix, shows its finding in the panel, and ignores it on this site: the mark and the finding go', async () => {
    const { page, panel } = await checkedPage('/clinic.html');
    let card = await cardOf(page, WRONG_NAME);
    // Every button is named to screen readers; the fix's copy only where there is a fix.
    expect(await card.$$eval('button', (buttons) => buttons.map((b) => b.getAttribute('aria-label')))).toEqual([label('cardCopyFix'), label('ignoreOnSite'), label('cardOpenInPanel')]);
    await suite.session.screenshot(page, 'card-actions');
    await card.click(`button[aria-label="${label('cardCopyFix')}"]`);
    await expect.poll(() => shownCardText(page)).toContain(label('cardFixCopied'));
    expect(await pasted()).toBe('Улыбка');
    await page.bringToFront();

    await openTab(panel, 'tabHistory');
    await card.click(`button[aria-label="${label('cardOpenInPanel')}"]`);
    await panel.waitForSelector('.finding.focused');
    expect(await panel.$eval('.finding.focused .quote', (node) => node.textContent)).toBe(WRONG_NAME);
    expect(await panel.$eval('[role=tab][aria-selected=true]', (node) => node.textContent)).toBe(label('tabFindings'));

    card = await cardOf(page, GUARANTEE);
    await card.click(`button[aria-label="${label('ignoreOnSite')}"]`);
    await expect.poll(() => listedQuotes(panel)).not.toContain(GUARANTEE);
    await expect.poll(() => markedTexts(page)).not.toContain(GUARANTEE);
    expect(await markedTexts(page)).toContain(WRONG_NAME);
  });

  it('says so when no side panel is there to do what it asks', async () => {
    const { page, panel } = await checkedPage('/clinic.html');
    await panel.close();
    const card = await cardOf(page, GRAMMAR);
    await card.click(`button[aria-label="${label('ignoreOnSite')}"]`);
    await expect.poll(() => shownCardText(page)).toContain(label('cardNoPanel'));
    expect(await markedTexts(page)).toContain(GRAMMAR);
  });

  it('keeps both marks visible where marks of two severities overlap', async () => {
    const page = await suite.openPage('/clinic.html');
    const tabId = await suite.session.tabIdOf(page);
    const block = await suite.session.worker.evaluate(async (id) => {
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
      const { blocks } = await chrome.tabs.sendMessage(id, { sverka: true, type: 'read-page', payload: {} });
      return blocks.find((b: { text: string }) => b.text.startsWith('Гарантия')).index;
    }, tabId);
    // "Гарантия на импланты" an error, "импланты — 10 лет" a warning: "импланты" is under both.
    const marks = [
      { id: 'f1', block, start: 0, end: 20, severity: 'error', message: 'e' },
      { id: 'f2', block, start: 12, end: 29, severity: 'warning', message: 'w' },
    ];
    await suite.session.worker.evaluate(async ({ id, marks }) => chrome.tabs.sendMessage(id, { sverka: true, type: 'show-marks', payload: { marks } }), { id: tabId, marks });
    await page.mouse.move(0, 0);
    const overlap = (await markOverlap(page))!;
    expect(overlap.width).toBeGreaterThan(20);
    const counts = await colourCounts(page, overlap, { error: MARK_STYLES.error.colour, warning: MARK_STYLES.warning.colour });
    expect(counts.error).toBeGreaterThan(10);
    expect(counts.warning).toBeGreaterThan(10);
  });
});

describe('the dismissed list', () => {
  it('lists a finding ignored on the page under its site, and its undo brings it back in the next check', async () => {
    const { page, panel } = await checkedPage('/clinic.html');
    await findingAction(panel, HYGIENE, 'ignoreOnSite').click();
    await expect.poll(() => listedQuotes(panel)).not.toContain(HYGIENE);

    await openTab(panel, 'tabDismissed');
    const site = new URL(page.url()).origin;
    const row = `[data-testid=dismissed] [data-site="${site}"] li:has(q:text-is("${HYGIENE}"))`;
    await panel.waitForSelector(row);
    expect(await panel.$eval(row, (node) => node.textContent)).toMatch(/\d/);
    await suite.session.screenshot(panel, 'dismissed-list');
    await panel.click(`${row} [data-action=undo-ignore]`);
    await panel.waitForSelector(row, { state: 'detached' });

    await check(panel);
    await openTab(panel, 'tabFindings');
    await expect.poll(() => listedQuotes(panel)).toContain(HYGIENE);
    await expect.poll(() => markedTexts(page)).toContain(HYGIENE);
  });

  it('lists a word added to the dictionary, and its undo flags the word again in the next check', async () => {
    const { panel } = await checkedPage('/typo.html');
    const word = 'прафессиональную';
    await findingAction(panel, word, 'addToDictionary').click();
    await expect.poll(() => listedQuotes(panel)).not.toContain(word);

    await openTab(panel, 'tabDismissed');
    const row = `[data-testid=dismissed] li[data-word="${word}"]`;
    await panel.waitForSelector(row);
    await panel.click(`${row} [data-action=undo-word]`);
    await panel.waitForSelector(row, { state: 'detached' });

    await check(panel);
    await openTab(panel, 'tabFindings');
    await expect.poll(() => listedQuotes(panel)).toContain(word);
  });
});
