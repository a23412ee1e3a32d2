import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSuite } from './harness';
import { cardFrame, hoverMark, overlayOf, shownCardText } from './overlay-probe';

const pages = new Map<string, string>();
const suite = extensionSuite(pages);

/** Firefox's default sidebar width, and the width the panel was first laid out for. */
const WIDTHS = [240, 380];

const LONG_NAME = 'Стоматологическая клиника «Улыбка» — филиал на Петроградской стороне, профиль для весенней акции';
const LONG_URL = 'https://ulybka-dent.example/akcii/vesna-2026/professionalnaya-gigiena-polosti-rta-so-skidkoy-dlya-vsey-semi?utm_source=listovka&utm_medium=print';
const LONG_FILE = 'листовка-акции-филиала-на-петроградской-стороне-весна-2026-окончательная-версия-для-типографии.txt';

/** Block containers that must not scroll or spill sideways. */
const CONTAINERS = 'html, body, main, header, nav, section, ol, ul, li, .finding, .actions, footer, table, .drop, .row';
/** Everything a user has to reach or read: every control and the status line. */
const CONTROLS = 'button, select, input, textarea, [role=status], [role=alert], .summary, q, h2';

/**
 * What sticks out sideways at the panel's width: a container wider inside than it is (it would
 * scroll or spill), or a control or text that leaves the viewport on either side.
 */
async function sideways(panel: Page): Promise<string[]> {
  return panel.evaluate(
    ({ containers, controls }) => {
      const name = (element: Element) => `${element.localName}${element.className ? `.${String(element.className).trim().replace(/\s+/g, '.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
      const width = document.documentElement.clientWidth;
      const found: string[] = [];
      for (const element of document.querySelectorAll(containers)) {
        if (element.scrollWidth > element.clientWidth && element.clientWidth > 0) found.push(`${name(element)} scrolls: ${element.scrollWidth} > ${element.clientWidth}`);
      }
      for (const element of document.querySelectorAll(controls)) {
        const box = element.getBoundingClientRect();
        if (box.width === 0) continue;
        // Measured from the document's left edge, so a page scrolled sideways cannot hide a spill.
        const left = box.left + scrollX;
        const right = box.right + scrollX;
        if (left < 0 || right > width) found.push(`${name(element)} spans ${Math.round(left)}–${Math.round(right)} of ${width}`);
      }
      return found;
    },
    { containers: CONTAINERS, controls: CONTROLS },
  );
}

/** The panel at each width: nothing sideways, and a screenshot named after the width. */
async function expectFitsAtEachWidth(panel: Page, screenshot: string): Promise<void> {
  for (const width of WIDTHS) {
    await panel.setViewportSize({ width, height: 900 });
    await panel.waitForFunction((w) => document.documentElement.clientWidth <= w, width);
    expect(await sideways(panel), `at ${width} px`).toEqual([]);
    await suite.session.screenshot(panel, `${screenshot}-${width}`);
  }
}

/** Drops files on an element as a user dragging them from the desktop would. */
async function dropFiles(page: Page, selector: string, files: { name: string; type: string; text: string }[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const file of list) data.items.add(new File([file.text], file.name, { type: file.type }));
    return data;
  }, files);
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

describe('side panel at sidebar widths', () => {
  it('fits 240 px and 380 px with a long profile name, findings, promises, history and an error in the status line', async () => {
    pages.set('/narrow.html', readFileSync('tests/fixtures/pages/clinic.html', 'utf8').replace('</body>', `<p>Подробности акции: ${LONG_URL}</p></body>`));
    const page = await suite.openPage('/narrow.html');
    const { panel } = await suite.panelFor(page, { chosen: false });
    await panel.setViewportSize({ width: 240, height: 900 });

    // The profile is imported in the narrow panel itself, under a name far wider than the panel.
    const profile = JSON.parse(readFileSync('tests/fixtures/profiles/dental.json', 'utf8'));
    const file = join(mkdtempSync(join(tmpdir(), 'sverka-narrow-')), 'long-name.json');
    writeFileSync(file, JSON.stringify({ ...profile, name: LONG_NAME }));
    await panel.setInputFiles('header input[type=file]', file);
    await panel.waitForFunction((name) => (document.querySelector('select') as HTMLSelectElement | null)?.selectedOptions[0]?.textContent === name, LONG_NAME);

    await panel.click('button.primary');
    await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
    expect(await panel.$$('.finding .actions button')).not.toHaveLength(0);

    // A check that fails leaves its long reason in the status line, under the report of the last one.
    await page.close();
    await panel.click('button.primary');
    await panel.waitForFunction(() => (document.querySelector('[role=status]')?.textContent ?? '').includes(':'));
    await expectFitsAtEachWidth(panel, 'panel');

    await panel.click('[role=tab]:nth-child(2)');
    await panel.waitForSelector('.inventory, .empty');
    await expectFitsAtEachWidth(panel, 'panel-promises');
    await panel.click('[role=tab]:nth-child(3)');
    await panel.waitForSelector('[data-testid=history]');
    await expectFitsAtEachWidth(panel, 'panel-history');
    // The select shows as much of the name as fits; its title holds all of it.
    expect(await panel.$eval('select', (s) => s.getAttribute('title'))).toBe(LONG_NAME);
  });

  it('fits the materials view at 240 px and 380 px, with a long file name and a long URL in its text', async () => {
    await suite.ensureProfile();
    const page = await suite.openPage('/clinic.html');
    const { panel } = await suite.panelFor(page, { chosen: false });
    await panel.setViewportSize({ width: 240, height: 900 });
    await panel.click('.modes button:nth-child(2)');
    await panel.waitForSelector('[data-testid=drop]');
    const dentalId = await panel.$$eval('select option', (options) => options.find((o) => o.textContent === 'Стоматология «Улыбка»')!.getAttribute('value')!);
    await panel.selectOption('select', dentalId);
    const text = `${readFileSync('tests/fixtures/pages/clinic.html', 'utf8').replace(/<[^>]+>/g, ' ')}\nПодробности: ${LONG_URL}`;
    await dropFiles(panel, '[data-testid=drop]', [{ name: LONG_FILE, type: 'text/plain', text }]);
    await panel.fill('textarea', `Ссылка из рассылки: ${LONG_URL}`);
    await panel.click('button:text-is("Добавить текст")');
    await panel.waitForFunction(() => document.querySelectorAll('[data-testid=queue] li').length === 2);
    await panel.click('button.primary');
    await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
    expect(await panel.$$('.material-text')).toHaveLength(2);
    await expectFitsAtEachWidth(panel, 'panel-materials');
  });

  it('draws the on-page card inside a page 240 px wide, and as wide as its words need again on a wide page', async () => {
    await suite.ensureProfile();
    const page = await suite.openPage('/clinic.html');
    const { panel } = await suite.panelFor(page);
    await panel.click('button.primary');
    await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });

    /** The card of a quote's mark: its frame on the page, and the card inside the frame against the frame's edges. */
    async function cardOf(quote: string) {
      await page.mouse.move(0, 0);
      await expect.poll(async () => (await overlayOf(page)).card).toBeNull();
      await hoverMark(page, quote);
      await expect.poll(() => shownCardText(page)).toContain(quote);
      const { card } = await overlayOf(page);
      const frame = (await cardFrame(page, card!.src))!;
      const inside = await frame.evaluate(() => {
        const box = document.getElementById('card')!.getBoundingClientRect();
        return { right: box.right, bottom: box.bottom, width: innerWidth, height: innerHeight };
      });
      return { box: card!.box, inside, pageWidth: await page.evaluate(() => document.documentElement.clientWidth) };
    }

    const long = 'Профессиональная гигиена всего за 2900 ₽';
    await page.setViewportSize({ width: 240, height: 700 });
    for (const quote of [long, '«Улыбка+»']) {
      const { box, inside, pageWidth } = await cardOf(quote);
      expect(box.x, quote).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, quote).toBeLessThanOrEqual(pageWidth);
      // Nothing of the card is cut off by its frame.
      expect(inside.right, quote).toBeLessThanOrEqual(inside.width + 0.5);
      expect(inside.bottom, quote).toBeLessThanOrEqual(inside.height + 0.5);
    }
    await suite.session.screenshot(page, 'card-240');
    // After a short card, a long one takes its full 320 px again where there is room.
    await page.setViewportSize({ width: 1100, height: 800 });
    expect((await cardOf(long)).box.width).toBeGreaterThan(310);
  });
});
