/**
 * The extension as a user meets it: a page served from 127.0.0.1, the side panel opened on it,
 * "Check this page" pressed, and the time until the findings are shown. Wall time in the panel
 * (performance.now() from the click to the DOM change), because waiting is what the user feels;
 * medians of fresh panels on fresh pages. Only what the user sees is read (the button, the
 * status line, the findings and their counts), so the panel's insides may change freely.
 */
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './measure';
import { median } from './stats';
import { pageHtml, paragraphs, PROFILE } from './text';

/** The e2e flavour of the build: the same extension with host access to 127.0.0.1, so no permission prompt stands in the way. */
export const EXTENSION_DIR = join(ROOT, '.output/e2e/chrome-mv3');
const CHROMIUM = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((path): path is string => !!path && existsSync(path));

/** Why the extension cannot be measured here, or null when it can. */
export function extensionUnavailable(): string | null {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) return 'no extension build at .output/e2e/chrome-mv3 (npm run bench:extension builds it)';
  if (!CHROMIUM) return 'no Chromium found (apt-get install chromium, or set CHROME_PATH)';
  return null;
}

export const extensionBuiltAt = () => statSync(join(EXTENSION_DIR, 'manifest.json')).mtime;

export interface ClickResult {
  words: number;
  /** A panel just opened: its first check starts the spell checker too. */
  newPanel: ClickTiming;
  /** A panel whose spell checker an earlier check (of a selection) already started; the page's text is still new to it. */
  warmPanel: ClickTiming;
  findings: number;
}

export interface ClickTiming {
  /** Click to the first finding in the list. */
  firstMs: number;
  /** Click to the check finished: the summary shown and the panel no longer busy. */
  doneMs: number;
  /** Samples that did not finish within the time allowed. */
  timedOut: number;
}

declare global {
  interface Window {
    sverkaBench?: Promise<{ firstMs: number; doneMs: number; findings: number }>;
  }
}

/**
 * In the panel, before the click: a capture listener notes the click, an observer notes the first
 * finding and the moment the panel is done (a summary shown, no status line or busy mark left).
 */
function watchClick(timeoutMs: number) {
  const busy = () => !!document.querySelector('[aria-busy=true]') || [...document.querySelectorAll('[role=status]')].some((n) => n.textContent?.trim());
  window.sverkaBench = new Promise((resolve, reject) => {
    let clickAt = NaN;
    let firstAt = NaN;
    const observer = new MutationObserver(() => {
      if (Number.isNaN(clickAt)) return;
      if (Number.isNaN(firstAt) && document.querySelector('.finding')) firstAt = performance.now();
      if (document.querySelector('[data-testid=summary]') && !busy()) {
        const doneAt = performance.now();
        observer.disconnect();
        resolve({ firstMs: (Number.isNaN(firstAt) ? doneAt : firstAt) - clickAt, doneMs: doneAt - clickAt, findings: document.querySelectorAll('.finding').length });
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    document.addEventListener(
      'click',
      (event) => {
        if ((event.target as Element).closest('button.primary')) clickAt = performance.now();
      },
      { capture: true, once: true },
    );
    setTimeout(() => reject(new Error('timed out')), timeoutMs);
  });
}

async function importProfile(context: BrowserContext, extensionId: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const file = join(mkdtempSync(join(tmpdir(), 'sverka-bench-')), 'profile.json');
  writeFileSync(file, JSON.stringify(PROFILE));
  await options.setInputFiles('input[type=file]', file);
  await options.waitForFunction((name) => [...document.querySelectorAll('[data-profile]')].some((e) => e.textContent?.includes(name)), PROFILE.name);
  await options.close();
}

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; storage: { session: { set(items: object): Promise<void> } } };

/** Times one press of "Check this page"; null when the panel did not finish in time. */
async function timeClick(panel: Page, timeoutMs: number): Promise<{ firstMs: number; doneMs: number; findings: number } | null> {
  // tsx keeps function names through a helper, __name, that the panel does not have.
  await panel.evaluate('globalThis.__name = (f) => f');
  await panel.evaluate(watchClick, timeoutMs);
  await panel.click('button.primary');
  return panel
    .evaluate(() => window.sverkaBench!)
    .catch((error) => {
      if (/timed out/.test(String(error))) return null;
      throw error;
    });
}

const summarise = (samples: ({ firstMs: number; doneMs: number } | null)[]): ClickTiming => {
  const done = samples.filter((s) => s !== null);
  return { firstMs: median(done.map((s) => s.firstMs)), doneMs: median(done.map((s) => s.doneMs)), timedOut: samples.length - done.length };
};

/** Click-to-findings at each size: `runs` new panels and `runs` warm panels, each on a page of text no panel has seen. */
export async function measureExtension(sizes: readonly number[], runs: number, timeoutMs = 180_000): Promise<ClickResult[]> {
  const pages = new Map<string, string>();
  const server = createServer((request, response) => {
    const html = pages.get(request.url ?? '');
    if (html) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else response.writeHead(404).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sverka-bench-chromium-')), {
    executablePath: CHROMIUM!,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=ru',
    ],
    viewport: { width: 1100, height: 800 },
  });
  let seed = 50_000_000;
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    await importProfile(context, extensionId);

    /** A fresh page of `words` words in a tab, and a side panel for that tab, ready to be pressed. */
    async function pageWithPanel(words: number): Promise<{ page: Page; panel: Page; tabId: number }> {
      const path = `/page-${seed}.html`;
      pages.set(path, pageHtml(paragraphs(words, seed++)));
      const page = await context.newPage();
      await page.goto(`${base}${path}`);
      const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)!.id!, page.url());
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      await panel.waitForFunction(() => (document.querySelector('select') as HTMLSelectElement | null)?.value !== '' && !(document.querySelector('button.primary') as HTMLButtonElement | null)?.disabled);
      return { page, panel, tabId };
    }

    /**
     * Starts the panel's spell checker with a check of a few selected words, as the context menu
     * asks for one: the page's own text stays unchecked, so the click after it meets new text.
     */
    async function warmUp(panel: Page, tabId: number): Promise<void> {
      await worker.evaluate((id) => chrome.storage.session.set({ [`sverka-request-${id}`]: { kind: 'check-selection', text: 'Приём терапевта — от 1 900 ₽, first visit free.', at: Date.now() } }), tabId);
      await panel.waitForFunction(() => document.querySelector('[data-testid=summary]') && ![...document.querySelectorAll('[role=status]')].some((n) => n.textContent?.trim()), undefined, { timeout: timeoutMs });
    }

    const results: ClickResult[] = [];
    for (const words of sizes) {
      const cold: ({ firstMs: number; doneMs: number } | null)[] = [];
      const warm: ({ firstMs: number; doneMs: number } | null)[] = [];
      let findings = 0;
      for (let i = 0; i < runs; i++) {
        for (const warmed of [false, true]) {
          const { page, panel, tabId } = await pageWithPanel(words);
          try {
            // A warm-up that never finishes leaves the sample out, counted as timed out.
            const ready = warmed
              ? await warmUp(panel, tabId).then(
                  () => true,
                  () => false,
                )
              : true;
            // A user reads the panel for a moment before pressing the button; whatever the panel warms up meanwhile is fair.
            await panel.waitForTimeout(1000);
            const timing = ready ? await timeClick(panel, timeoutMs) : null;
            (warmed ? warm : cold).push(timing);
            if (timing) findings = timing.findings;
          } finally {
            await panel.close();
            await page.close();
          }
        }
      }
      results.push({ words, newPanel: summarise(cold), warmPanel: summarise(warm), findings });
    }
    return results;
  } finally {
    await context.close();
    server.close();
  }
}
