import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionSuite, type ExtensionSuite } from './harness';
import { checkedMaterials, checkedPanel, openPanel, optionsEditor, optionsList, overlayCard, panelTab } from './states';

/**
 * Every extension page, in light and in dark, passes axe-core with no serious or critical
 * violation; and every control a user sees on the pages with actions is reached with Tab.
 */

const suite = extensionSuite();
// Evaluated rather than added as a <script>: an extension page's CSP refuses inline scripts.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe's serious and critical violations on the page, each with the elements it names and why. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = (await page.evaluate(`${AXE}; axe.run(document, { resultTypes: ['violations'] })`)) as { violations: Violation[] };
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.impact} ${v.id} (${v.help}) at ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`));
}

/** In order: the first run comes first, while the browser has no profile stored yet. */
const PAGES: [string, (suite: ExtensionSuite) => Promise<Page>][] = [
  ['side panel on the first run', (s) => openPanel(s, '/clinic.html')],
  ['side panel with findings', (s) => checkedPanel(s)],
  ['side panel’s promises', (s) => panelTab(s, 2)],
  ['side panel’s history', (s) => panelTab(s, 3)],
  ['options page with a profile', optionsList],
  ['profile editor', optionsEditor],
  ['materials page with a checked material', checkedMaterials],
  ['on-page card', overlayCard],
];

describe('axe-core', () => {
  it.each(PAGES)('finds nothing serious on the %s, light and dark', async (_name, open) => {
    const page = await open(suite);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const found = await seriousViolations(page);
      expect(found, `${colorScheme}:\n${found.join('\n')}`).toEqual([]);
    }
  });
});

/** Controls a user can see and use, each tagged with its place in document order so focus can be told apart. */
async function visibleControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea, [tabindex]')].filter(
      (e) => !(e as HTMLButtonElement).disabled && e.tabIndex >= 0 && e.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
    );
    return controls.map((e, i) => {
      e.dataset.control = String(i);
      return `${i} ${e.localName} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}"`;
    });
  });
}

/** The pages with the most actions: every one of their controls must be reached by keyboard alone. */
const KEYBOARD_PAGES: [string, (suite: ExtensionSuite) => Promise<Page>][] = [
  ['side panel with findings', (s) => checkedPanel(s)],
  ['side panel’s promises', (s) => panelTab(s, 2)],
  ['options page with a profile', optionsList],
  ['profile editor', optionsEditor],
  ['materials page with a checked material', checkedMaterials],
];

describe('keyboard', () => {
  it.each(KEYBOARD_PAGES)('reaches every visible control of the %s by Tab', async (_name, open) => {
    const page = await open(suite);
    const controls = await visibleControls(page);
    expect(controls.length).toBeGreaterThan(3);
    const reached = new Set<string>();
    // Focus starts on the page itself. A time input takes a press for each of its parts (hours, minutes, AM/PM), so the
    // presses go on until every control was reached, or well past once round the page.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let press = 0; press < 5 * controls.length + 10 && reached.size < controls.length; press++) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.control);
      if (at !== undefined) reached.add(at);
    }
    expect(controls.filter((c) => !reached.has(c.split(' ')[0]!))).toEqual([]);
  });
});
