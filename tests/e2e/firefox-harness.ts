import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startServer } from './harness';

const ROOT = resolve(import.meta.dirname, '../..');
const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'];
/** The moz-extension host the add-on gets when its gecko id is known before it is installed. */
const PINNED_UUID = '5e5e5e5e-0000-4000-8000-5e5e5e5e5e5e';

export function firefoxPath(): string {
  const found = CANDIDATES.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('No Firefox found: install it with `apt-get install firefox-esr` or set FIREFOX_PATH.');
  return found;
}

/** Builds the test flavour of the Firefox add-on; its folder is the one the build just wrote (firefox-mv2 or firefox-mv3). */
export function buildFirefoxExtension(): string {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, env: { ...process.env, SVERKA_E2E: '1' }, stdio: 'ignore' });
  const built = ['firefox-mv3', 'firefox-mv2']
    .map((name) => join(ROOT, '.output/e2e', name))
    .filter((dir) => existsSync(join(dir, 'manifest.json')))
    .sort((a, b) => statSync(join(b, 'manifest.json')).mtimeMs - statSync(join(a, 'manifest.json')).mtimeMs);
  if (!built[0]) throw new Error('The Firefox build wrote no manifest under .output/e2e');
  return built[0];
}

function geckoIdOf(dir: string): string {
  const id = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${join(dir, 'manifest.json')}: expected browser_specific_settings.gecko.id, which pins the add-on's moz-extension host`);
  return id;
}

type Truthy<T> = Exclude<T, null | undefined | false | 0 | ''>;

/**
 * Polls `predicate` in the page until it returns something truthy. Puppeteer's own waitFor* build
 * their predicate with `new Function` inside the page, which an extension page's CSP refuses.
 */
export async function until<T, A>(page: Page, predicate: (arg: A) => T | Promise<T>, arg?: A, timeout = 30_000): Promise<Truthy<T>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await page.evaluate(predicate as (arg: unknown) => T, arg);
      if (value) return value as Truthy<T>;
    } catch (error) {
      lastError = error; // a document being replaced has no realm for a moment
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${predicate.toString().slice(0, 200)}${lastError ? ` (last error: ${lastError})` : ''}`);
    await new Promise((next) => setTimeout(next, 100));
  }
}

/**
 * Opens `url` and waits until its document is complete. Firefox reports no load event over
 * WebDriver BiDi for moz-extension: and about: documents, so Puppeteer's goto would never return
 * for them; it runs unawaited (it ends when the page closes) and the document is watched instead.
 */
export async function visit(page: Page, url: string, timeout = 30_000): Promise<void> {
  void page.goto(url, { timeout: 0 }).catch(() => undefined);
  await until(page, (target) => location.href === target && document.readyState === 'complete', url, timeout);
}

/**
 * Firefox sends no console messages of moz-extension: documents over WebDriver BiDi, so an
 * extension page records its own errors (console.error, uncaught errors and rejections) from the
 * moment it is loaded; `takeErrors` collects them.
 */
function recordErrors(): void {
  const scope = window as unknown as { sverkaErrors?: string[] };
  if (scope.sverkaErrors) return;
  const errors: string[] = (scope.sverkaErrors = []);
  const log = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    log(...args);
  };
  addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
}

async function takeErrors(page: Page): Promise<string[]> {
  // Puppeteer does not see Firefox navigate to moz-extension: documents (page.url() stays about:blank): the page names itself.
  const taken = await page.evaluate(() => ({ url: location.href, errors: (window as unknown as { sverkaErrors?: string[] }).sverkaErrors?.splice(0) ?? [] })).catch(() => ({ url: '', errors: [] }));
  return taken.errors.map((error) => `${taken.url}: ${error}`);
}

/** Sets the page's viewport. Puppeteer 24 sets the screen orientation with it, a command Firefox ESR 140 does not know; the size is set all the same. */
export async function resize(page: Page, width: number, height: number): Promise<void> {
  await page.setViewport({ width, height }).catch((error) => {
    if (!/setScreenOrientationOverride/.test(String(error))) throw error;
  });
  await until(page, (size) => window.innerWidth === size.width && window.innerHeight === size.height, { width, height });
}

/** Reloads an extension page and waits for the new document. */
export async function reload(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { stale: boolean }).stale = true;
    location.reload();
  });
  await until(page, () => !(window as unknown as { stale?: boolean }).stale && document.readyState === 'complete');
  await page.evaluate(recordErrors);
}

export interface FirefoxSession {
  browser: Browser;
  /** An extension page kept open to call the extension's APIs from (tabs, browserAction, scripting). */
  api: Page;
  /** Console errors and uncaught exceptions of the pages the session opened, with the page's URL; extension pages' once `collectErrors` or `closePage` took them. */
  consoleErrors: string[];
  /** Adds an extension page's recorded errors to consoleErrors. */
  collectErrors(page: Page): Promise<void>;
  /** Closes a page, its recorded errors kept. */
  closePage(page: Page): Promise<void>;
  newPage(): Promise<Page>;
  /** Opens an extension page (sidepanel.html, options.html, materials.html) as a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser's tab id of a page, as the extension sees it. */
  tabIdOf(page: Page): Promise<number>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi (no geckodriver), the add-on
 * installed as a temporary add-on. Its gecko id gets a known moz-extension host through the
 * `extensions.webextensions.uuids` pref.
 */
export async function launchFirefox(extensionDir: string): Promise<FirefoxSession> {
  const geckoId = geckoIdOf(extensionDir);
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    // ESR 140 scripts moz-extension: pages over BiDi without it; later releases (issue #21 used 153) need it for them.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: PINNED_UUID }),
      'intl.locale.requested': 'ru',
    },
  });
  await firefox.installExtension(extensionDir);
  const consoleErrors: string[] = [];
  // Each page in a window of its own, so each is visible as in the Chromium tests: a background tab gets no animation frames.
  const newPage = async () => {
    const page = await firefox.newPage({ type: 'window' });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error}`));
    return page;
  };
  const openExtensionPage = async (path: string) => {
    const page = await newPage();
    await visit(page, `moz-extension://${PINNED_UUID}/${path}`);
    await page.evaluate(recordErrors);
    return page;
  };
  const collectErrors = async (page: Page) => {
    consoleErrors.push(...(await takeErrors(page)));
  };
  const api = await openExtensionPage('options.html');
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  return {
    browser: firefox,
    api,
    consoleErrors,
    collectErrors,
    async closePage(page) {
      await collectErrors(page);
      await page.close();
    },
    newPage,
    openExtensionPage,
    async tabIdOf(page) {
      const url = page.url();
      return api.evaluate(async (target) => {
        const tabs = await browser.tabs.query({});
        return tabs.find((tab) => tab.url === target)!.id!;
      }, url);
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(ROOT, 'test-results', `${name}.png`) });
    },
    close: () => firefox.close(),
  };
}

declare const browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

/** One test file's Firefox: the add-on built and installed once, the fixture pages served, the pages a test opened closed after it. */
export interface FirefoxSuite {
  readonly session: FirefoxSession;
  readonly baseUrl: string;
  readonly open: Page[];
  /** Imports a fixture profile through the options page, as a user would, unless it is there already. */
  ensureProfile(fixture?: string): Promise<void>;
  /** A served page opened in a new tab, closed after the test. */
  openPage(path: string): Promise<Page>;
  /** An extension page opened in a new tab, closed after the test. */
  openExtensionPage(path: string): Promise<Page>;
}

export function firefoxSuite(): FirefoxSuite {
  let session: FirefoxSession;
  let server: Server;
  let baseUrl = '';
  const open: Page[] = [];
  beforeAll(async () => {
    const dir = buildFirefoxExtension();
    ({ server, baseUrl } = await startServer());
    session = await launchFirefox(dir);
  });
  afterAll(async () => {
    await session?.close();
    server?.close();
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') {
      for (const [i, page] of open.entries()) await session.screenshot(page, `firefox-failure-${context.task.name.replace(/\W+/g, '-')}-${i}`).catch(() => undefined);
    }
    for (const page of open.splice(0)) await session.closePage(page).catch(() => undefined);
  });
  const suite: FirefoxSuite = {
    get session() {
      return session;
    },
    get baseUrl() {
      return baseUrl;
    },
    open,
    async openPage(path) {
      const page = await session.newPage();
      open.push(page);
      await page.goto(`${baseUrl}${path}`);
      return page;
    },
    async openExtensionPage(path) {
      const page = await session.openExtensionPage(path);
      open.push(page);
      return page;
    },
    async ensureProfile(fixture = 'dental.json') {
      const json = readFileSync(join(ROOT, 'tests/fixtures/profiles', fixture), 'utf8');
      const name = JSON.parse(json).name as string;
      const options = await suite.openExtensionPage('options.html');
      await until(options, () => !!document.querySelector('main'));
      const listed = (profile: string) => [...document.querySelectorAll('[data-profile]')].some((e) => e.textContent?.includes(profile));
      if (await options.evaluate(listed, name)) return;
      const profilePath = join(mkdtempSync(join(tmpdir(), 'sverka-e2e-profile-')), fixture);
      writeFileSync(profilePath, json);
      const input = await options.$('input[type=file]');
      await input!.uploadFile(profilePath);
      await until(options, listed, name);
    },
  };
  return suite;
}
