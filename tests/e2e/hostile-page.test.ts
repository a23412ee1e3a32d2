import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSuite } from './harness';
import { hoverMark, overlayOf, shownCardText } from './overlay-probe';

/**
 * Pages that attack Sverka's on-page UI from their own scripts and styles: they read everything
 * they can reach, rewrite what they find, claim the names Sverka might use, and hide whatever is
 * not theirs. The card's words quote the operations checklist, which is confidential.
 */

const suite = extensionSuite();

const PRICE = 'Профессиональная гигиена всего за 2900 ₽';

/** Opens a hostile page, checks it from the side panel and returns the words of its findings as the panel lists them. */
async function checkHostilePage(path: string): Promise<{ page: Page; messages: string[] }> {
  await suite.ensureProfile();
  const page = await suite.openPage(path);
  const { panel } = await suite.panelFor(page);
  await panel.click('button.primary');
  await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
  const messages = await panel.$$eval('.finding .message', (nodes) => nodes.map((n) => n.textContent!));
  // The price finding quotes the checklist: it is the secret the page must never see.
  expect(messages.find((m) => m.includes(PRICE))).toMatch(/чек-лист/);
  await expect.poll(() => overlayOf(page).then((o) => o.counter?.visible)).toBe(true);
  return { page, messages };
}

/** Hovers the price and waits for Sverka's card, read inside its frame. */
async function showPriceCard(page: Page): Promise<string> {
  await hoverMark(page, PRICE);
  await expect.poll(() => shownCardText(page), { timeout: 10_000 }).toMatch(/чек-лист/);
  return (await shownCardText(page))!;
}

describe('a hostile page', () => {
  it('reads everything it can reach and finds none of the card’s words', async () => {
    const { page, messages } = await checkHostilePage('/hostile-read.html');
    const card = await showPriceCard(page);
    expect(card).toContain(messages.find((m) => m.includes(PRICE)));
    const { seen } = await page.evaluate(() => (window as unknown as { sweep(): { seen: string } }).sweep());
    // The page saw the overlay's host (an empty plain element) and nothing inside it.
    expect(seen).toContain('<div></div>');
    expect(seen).not.toMatch(/чек-лист|4 500/);
    for (const message of messages) expect(seen).not.toContain(message);
    expect(seen).not.toContain('overlay-card');
  });

  it('rewrites what it can reach and posts cards to Sverka’s card page, and the card stays Sverka’s', async () => {
    const { page } = await checkHostilePage('/hostile-rewrite.html');
    type Attack = { attempts: string[]; frames: number };
    // The page's observer replaced the overlay's host with a fake card the moment it arrived; the overlay came back.
    const first = await page.evaluate(() => (window as unknown as { attempts: string[] }).attempts);
    expect(first).toEqual(['attachShadow: NotSupportedError', 'shadowRoot: TypeError', 'innerHTML: done', 'replaceWith: done']);
    const card = await showPriceCard(page);
    // Once the card shows it strikes again; and Sverka's frame is not among the frames it can name.
    const { attempts, frames } = await page.evaluate(() => (window as unknown as { attack(): Attack }).attack());
    expect(attempts.slice(4)).toContain('replaceWith: done');
    expect(frames).toBe(0);
    await hoverMark(page, 'Гарантия на импланты — 10 лет');
    await expect.poll(() => shownCardText(page), { timeout: 10_000 }).toMatch(/Гарантия на импланты/);
    await showPriceCard(page);
    expect(await shownCardText(page)).toBe(card);
    const overlay = await overlayOf(page);
    expect(overlay.hosts).toBe(1);
    expect(overlay.card!.src).toMatch(new RegExp(`^chrome-extension://${suite.session.extensionId}/overlay-card\\.html#[0-9a-f-]{36}$`));

    // The card page framed by the page itself, with the nonce of Sverka's own frame, takes no card from the page's messages.
    await page.evaluate((url) => (window as unknown as { frameCardPage(url: string): Promise<void> }).frameCardPage(url), overlay.card!.src);
    const copy = await page.$('#own-copy').then((element) => element!.contentFrame());
    expect(await copy!.evaluate(() => [document.getElementById('card')!.hidden, document.body.innerText.includes('PHISH')])).toEqual([true, false]);
    expect(await shownCardText(page)).toBe(card);
  });

  it('claims every name Sverka might use and wraps its DOM methods, and the marks and cards still work, by keyboard too', async () => {
    const { page } = await checkHostilePage('/hostile-predefine.html');
    const marked = await page.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => (r as Range).toString())));
    expect(marked).toContain(PRICE);
    await showPriceCard(page);
    // The page's wrapped methods and custom elements never ran for Sverka: it works in its own world.
    expect(await page.evaluate(() => (window as unknown as { hijacked: string[] }).hijacked)).toEqual([]);
    await page.mouse.move(5, 5);
    await expect.poll(() => overlayOf(page).then((o) => o.card)).toBeNull();
    // The counter is reached with Tab and walks through the findings with Enter.
    const onCounter = () => page.evaluate(() => document.activeElement === document.documentElement.lastElementChild);
    for (let i = 0; i < 5 && !(await onCounter()); i++) await page.keyboard.press('Tab');
    expect(await onCounter()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => shownCardText(page), { timeout: 10_000 }).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => overlayOf(page).then((o) => o.card)).toBeNull();
  });

  it('hides and unstyles everything that is not its own, and the counter and card still show', async () => {
    const { page } = await checkHostilePage('/hostile-restyle.html');
    const { counter } = await overlayOf(page);
    expect(counter!.box.width).toBeGreaterThan(40);
    expect(counter!.label).toMatch(/Sverka.*: \d+$/);
    await showPriceCard(page);
    const { card } = await overlayOf(page);
    expect(card!.box.width).toBeGreaterThan(100);
    expect(card!.box.height).toBeGreaterThan(30);
    await suite.session.screenshot(page, 'hostile-restyle-card');
  });
});
