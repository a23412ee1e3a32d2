import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/e2e/chrome-mv3');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const CANDIDATES = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  const found = CANDIDATES.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('No Chromium found: install it with `apt-get install chromium` or set CHROME_PATH.');
  return found;
}

let built = false;

/** Builds the test flavour of the extension once per test file, however many suites it launches (host access to 127.0.0.1 only). */
export function buildExtension(): void {
  if (built) return;
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, SVERKA_E2E: '1' }, stdio: 'ignore' });
  built = true;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/** Serves tests/fixtures/pages on 127.0.0.1; `pages` overrides let a test change a page between loads. */
export async function startServer(pages: Map<string, string> = new Map()): Promise<{ baseUrl: string; server: Server }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const override = pages.get(path);
    const file = join(PAGES, path);
    if (override !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(override);
    } else if (file.startsWith(PAGES) && existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } else response.writeHead(404).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens an extension page (sidepanel.html, options.html) as a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser's tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's UI language, which chrome.i18n speaks: Russian unless told. */
  lang?: 'ru' | 'en-US';
}

/** Chromium with the built extension, headless, as root-safe as the CI machine needs. */
export async function launch({ lang = 'ru' }: LaunchOptions = {}): Promise<Session> {
  const profileDir = mkdtempSync(join(tmpdir(), 'sverka-e2e-'));
  // --lang picks the language of chrome.i18n's messages; the environment says the same for a build that reads its locale from there.
  const locale = lang.replace('-', '_');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    env: { ...process.env, LANGUAGE: locale, LANG: `${locale}.UTF-8` },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      `--lang=${lang}`,
    ],
    viewport: { width: 1100, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  return {
    context,
    worker,
    extensionId,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      return worker.evaluate(async (target) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)!.id!;
      }, url);
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(ROOT, 'test-results', `${name}.png`), fullPage: false });
    },
    close: () => context.close(),
  };
}

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical accessibility violations on a page, by axe-core (evaluated past the page's CSP). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await page.evaluate(`${AXE}; axe.run(document, { resultTypes: ['violations'] })`);
  return (result as { violations: { id: string; impact: string; nodes: unknown[] }[] }).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

/** One test file's browser: the extension built and launched once, the fixture pages served, the pages a test opened closed after it. */
export interface ExtensionSuite {
  readonly session: Session;
  readonly baseUrl: string;
  /** Pages a test opened, closed after it (and screenshot first when it failed). */
  readonly open: Page[];
  /** Imports a fixture profile through the options page, as a user would, unless it is there already. */
  ensureProfile(fixture?: string): Promise<void>;
  /** A served page opened in a new tab, closed after the test. */
  openPage(path: string): Promise<Page>;
  /**
   * The side panel bound to a page's tab, opened as a tab of its own and closed after the test;
   * unless `chosen` is false, once it has chosen a profile.
   */
  panelFor(page: Page, options?: { chosen?: boolean }): Promise<{ panel: Page; tabId: number }>;
}

/** Registers the suite's hooks; `pages` overrides let a test serve a page it writes; `options` choose how the browser is launched. */
export function extensionSuite(pages: Map<string, string> = new Map(), options: LaunchOptions = {}): ExtensionSuite {
  let session: Session;
  let server: Server;
  let baseUrl = '';
  const open: Page[] = [];
  beforeAll(async () => {
    buildExtension();
    ({ server, baseUrl } = await startServer(pages));
    session = await launch(options);
  });
  afterAll(async () => {
    await session?.close();
    server?.close();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      for (const [i, page] of open.entries()) await session.screenshot(page, `failure-${context.task.name.replace(/\W+/g, '-')}-${i}`).catch(() => undefined);
    }
    for (const page of open.splice(0)) await page.close().catch(() => undefined);
  });
  return {
    get session() {
      return session;
    },
    get baseUrl() {
      return baseUrl;
    },
    open,
    async openPage(path) {
      const page = await session.context.newPage();
      open.push(page);
      await page.goto(`${baseUrl}${path}`);
      return page;
    },
    async panelFor(page, { chosen = true } = {}) {
      const tabId = await session.tabIdOf(page);
      const panel = await session.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
      open.push(panel);
      if (chosen) await panel.waitForFunction(() => !!(document.querySelector('select') as HTMLSelectElement | null)?.value);
      return { panel, tabId };
    },
    async ensureProfile(fixture = 'dental.json') {
      const json = readFileSync(join(ROOT, 'tests/fixtures/profiles', fixture), 'utf8');
      const name = JSON.parse(json).name as string;
      const options = await session.openExtensionPage('options.html');
      open.push(options);
      await options.waitForSelector('main');
      if ((await options.$$eval('[data-profile]', (nodes) => nodes.map((n) => n.textContent ?? ''))).some((text) => text.includes(name))) return;
      const profilePath = join(mkdtempSync(join(tmpdir(), 'sverka-e2e-profile-')), fixture);
      writeFileSync(profilePath, json);
      await options.setInputFiles('input[type=file]', profilePath);
      await options.waitForFunction((n) => [...document.querySelectorAll('[data-profile]')].some((e) => e.textContent?.includes(n)), name);
    },
  };
}
