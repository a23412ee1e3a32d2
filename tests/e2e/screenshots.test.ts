import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSuite, type ExtensionSuite, type LaunchOptions } from './harness';
import { CLEAN_PAGE, checkedMaterials, checkedPanel, cleanPanel, openPanel, optionsEditor, optionsList, panelTab } from './states';

/**
 * The screenshot baseline: every main state of the extension's pages in Russian and English, wide
 * and as narrow as a side panel, light and dark. `SVERKA_SCREENSHOTS=update` writes the PNGs to
 * tests/e2e/screenshots/ to be committed; any other run writes them to .output/screenshots/ (not
 * kept) and only asserts what holds on every machine: the page rendered, nothing runs off the
 * side at 380 px, and a dark screenshot is dark and a light one light. No pixel is compared with
 * the baseline: fonts differ between machines.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = process.env.SVERKA_SCREENSHOTS === 'update' ? join(ROOT, 'tests/e2e/screenshots') : join(ROOT, '.output/screenshots');

/** One state a user sees: its name in the file names, and how to bring a fresh page to it. */
interface State {
  name: string;
  open(suite: ExtensionSuite): Promise<Page>;
}

/** The states, in order: the first run comes first, while the browser has no profile stored yet. Add a row to add a state. */
const STATES: State[] = [
  { name: 'panel-first-run', open: (suite) => openPanel(suite, '/clinic.html') },
  { name: 'panel-findings', open: (suite) => checkedPanel(suite) },
  { name: 'panel-no-problems', open: cleanPanel },
  { name: 'panel-promises', open: (suite) => panelTab(suite, 2) },
  { name: 'panel-history', open: (suite) => panelTab(suite, 3) },
  { name: 'options-profiles', open: optionsList },
  { name: 'options-editor', open: optionsEditor },
  { name: 'materials-checked', open: checkedMaterials },
];

const LANGUAGES: { file: string; lang: NonNullable<LaunchOptions['lang']>; uiLanguage: RegExp }[] = [
  { file: 'ru', lang: 'ru', uiLanguage: /^ru/ },
  { file: 'en', lang: 'en-US', uiLanguage: /^en/ },
];
const WIDTHS = [1280, 380];
const SCHEMES = ['light', 'dark'] as const;

/** The mean of a pixel's channels near the top left corner, where every page shows its background. */
function backgroundLevel(png: Buffer): number {
  const { data, width } = PNG.sync.read(png);
  const at = (4 * width + 4) * 4;
  return (data[at]! + data[at + 1]! + data[at + 2]!) / 3;
}

/** What runs off the side, or an empty main: what must not be, whatever the fonts. */
async function layoutProblems(page: Page, width: number): Promise<string[]> {
  return page.evaluate((narrow) => {
    const problems: string[] = [];
    if (!(document.querySelector('main')?.textContent ?? '').trim()) problems.push('main is empty or missing');
    const root = document.scrollingElement!;
    if (narrow && root.scrollWidth > root.clientWidth + 1) {
      // The innermost elements past the right edge say which rule to mend.
      const past = [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1 && ![...e.children].some((c) => c.getBoundingClientRect().right > root.clientWidth + 1));
      const names = past.slice(0, 3).map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).trim().replace(/\s+/g, '.')}` : ''} (${Math.round(e.getBoundingClientRect().right)} px)`);
      problems.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}, past the edge: ${names.join(', ')}`);
    }
    return problems;
  }, width < 1000);
}

describe.each(LANGUAGES)('screenshots in $file', ({ file, lang, uiLanguage }) => {
  const suite = extensionSuite(new Map([CLEAN_PAGE]), { lang });

  it('speaks the language the browser was started in', async () => {
    // The pages' own words, as chrome.i18n.getMessage gives them: getUILanguage() says en-US in headless Chromium whatever --lang says.
    const options = await suite.session.openExtensionPage('options.html');
    suite.open.push(options);
    await options.waitForSelector('main');
    expect(await options.evaluate(() => document.documentElement.lang)).toMatch(uiLanguage);
  });

  it.each(STATES)('$name', async (state) => {
    const page = await state.open(suite);
    mkdirSync(OUT, { recursive: true });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.waitForFunction((w) => document.documentElement.clientWidth <= w, width);
      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        await page.waitForFunction((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, colorScheme === 'dark');
        const where = `${state.name} ${file} ${width} ${colorScheme}`;
        expect(await layoutProblems(page, width), where).toEqual([]);
        const png = await page.screenshot();
        writeFileSync(join(OUT, `${state.name}-${file}-${width}-${colorScheme}.png`), png);
        const level = backgroundLevel(png);
        if (colorScheme === 'dark') expect(level, where).toBeLessThan(80);
        else expect(level, where).toBeGreaterThan(200);
      }
    }
  });
});
