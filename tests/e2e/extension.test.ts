import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, extensionSuite } from './harness';
import { overlayOf, shownCardText } from './overlay-probe';
import { findingAction } from './ui-text';

declare const chrome: any;

const pages = new Map<string, string>();
const suite = extensionSuite(pages);

/** A fixture page and a side panel bound to its tab, with a profile chosen: where most tests start. */
async function pageWithPanel(path: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  await suite.ensureProfile();
  const page = await suite.openPage(path);
  return { page, ...(await suite.panelFor(page)) };
}

async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const [name, highlight] of (CSS as any).highlights) result[name] = [...highlight].map((range: Range) => range.toString());
    return result;
  });
}

describe('content script', () => {
  it('reads a page and highlights a word with the CSS Custom Highlight API, leaving the DOM as it was', async () => {
    const page = await suite.openPage('/clinic.html');
    const pageDom = () => page.evaluate(() => [document.head.outerHTML, document.body.outerHTML]);
    const before = await pageDom();
    const tabId = await suite.session.tabIdOf(page);
    const blocks = await suite.session.worker.evaluate(async (id) => {
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
      return (await chrome.tabs.sendMessage(id, { sverka: true, type: 'read-page', payload: {} })).blocks;
    }, tabId);
    const block = blocks.find((b: { text: string }) => b.text.includes('Бесплатная'));
    expect(block.text).toBe('Бесплатная консультация и смета до начала лечения.');
    expect(blocks.some((b: { text: string }) => b.text.includes('renders'))).toBe(false);
    const drawn = await suite.session.worker.evaluate(
      async ({ id, index }) => chrome.tabs.sendMessage(id, { sverka: true, type: 'show-marks', payload: { marks: [{ id: 'f1', block: index, start: 0, end: 10, severity: 'error', message: 'm' }] } }),
      { id: tabId, index: block.index },
    );
    expect(drawn).toEqual({ drawn: 1 });
    expect(await highlightTexts(page)).toEqual({ 'sverka-error': ['Бесплатная'] });
    expect(await pageDom()).toEqual(before);
    // Sverka's own card and counter live in one plain host after <body>, its shadow root closed to the page: nothing else was added.
    expect(await page.evaluate(() => [...document.documentElement.children].map((e) => `${e.localName} ${e.shadowRoot}`))).toEqual(['head null', 'body null', 'div null']);
  });
});

describe('side panel', () => {
  it('imports a profile, checks the page, marks the findings on it, scrolls, ignores and badges', async () => {
    const { page, panel, tabId } = await pageWithPanel('/clinic.html');
    const rendersBefore = await page.evaluate(() => (window as any).renders);
    await panel.click('button.primary');
    await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
    expect(await page.evaluate(() => (window as any).renders)).toBeGreaterThan(rendersBefore);

    const quotes = await panel.$$eval('.finding .quote', (nodes) => nodes.map((n) => n.textContent));
    // 'кратким описание' needs the Russian grammar bundled in the extension, loaded from its own assets.
    expect(quotes).toEqual(expect.arrayContaining(['Профессиональная гигиена всего за 2900 ₽', 'Гарантия на импланты — 10 лет', 'ул. Малая Садова', '«Улыбка+»', 'кратким описание']));

    const marked = await highlightTexts(page);
    const findings = await panel.$$eval('.finding', (nodes) => nodes.map((n) => ({ quote: n.querySelector('.quote')!.textContent, severity: n.className.split(' ')[1] })));
    for (const { quote, severity } of findings) expect(marked[`sverka-${severity}`]).toContain(quote);
    const counter = (await overlayOf(page)).counter!.label;
    expect(counter).toMatch(new RegExp(`: ${findings.filter((f) => f.quote).length}$`));

    // Hovering a highlighted quote shows its card with the message and the fix, as text.
    const box = await page.evaluate(() => {
      const range = [...(CSS as any).highlights.get('sverka-error')].find((r: Range) => r.toString() === '«Улыбка+»') as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    // The card is drawn in the extension's own frame.
    await expect.poll(() => shownCardText(page)).toMatch(/Улыбка\+/);
    await suite.session.screenshot(page, 'highlighted-page');
    await page.evaluate(() => window.scrollTo(0, 0));
    await suite.session.screenshot(panel, 'side-panel');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.setViewportSize({ width: 380, height: 800 });
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await suite.session.screenshot(panel, 'side-panel-narrow');

    const errors = Number(await panel.$eval('[data-testid=summary] .error', (n) => n.textContent!.replace(/\D/g, '')));
    expect(await suite.session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(String(errors));

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await findingAction(panel, 'ул. Малая Садова', 'showOnPage').click();
    await page.waitForFunction(() => window.scrollY > 1000);

    await findingAction(panel, 'Гарантия на импланты — 10 лет', 'ignoreOnSite').click();
    await panel.waitForFunction(() => ![...document.querySelectorAll('.finding .quote')].some((n) => n.textContent === 'Гарантия на импланты — 10 лет'));
    await panel.reload();
    await panel.waitForFunction(() => !!(document.querySelector('select') as HTMLSelectElement | null)?.value);
    await panel.click('button.primary');
    await panel.waitForSelector('[data-testid=summary]');
    const after = await panel.$$eval('.finding .quote', (nodes) => nodes.map((n) => n.textContent));
    expect(after).not.toContain('Гарантия на импланты — 10 лет');
    expect(after).toContain('ул. Малая Садова');
  });
});

describe('components and frames', () => {
  it('reads and marks text in an open shadow root and a same-origin frame, each styled in its own tree', async () => {
    const { page, panel } = await pageWithPanel('/composed.html');
    await page.waitForFunction(() => document.querySelector('iframe')!.contentDocument?.body?.textContent?.includes('2900'));
    await panel.click('button.primary');
    await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
    const quotes = await panel.$$eval('.finding .quote', (nodes) => nodes.map((n) => n.textContent));
    expect(quotes).toEqual(expect.arrayContaining(['Гарантия на импланты — 10 лет', 'Профессиональная гигиена всего за 2900 ₽']));
    const marked = await page.evaluate(() => {
      const texts = (registry: HighlightRegistry) => [...registry.values()].flatMap((h) => [...h].map((r) => (r as Range).toString()));
      const frame = document.querySelector('iframe')!.contentWindow as Window & typeof globalThis;
      const shadow = document.querySelector('clinic-card')!.shadowRoot!;
      return { page: texts(CSS.highlights), frame: texts(frame.CSS.highlights), shadowStyled: shadow.adoptedStyleSheets.length, frameStyled: frame.document.adoptedStyleSheets.length };
    });
    expect(marked.page).toContain('Гарантия на импланты — 10 лет');
    expect(marked.frame).toContain('Профессиональная гигиена всего за 2900 ₽');
    expect(marked.shadowStyled).toBe(1);
    expect(marked.frameStyled).toBe(1);
  });
});

describe('context menu', () => {
  it('"Check selected text" lists the findings of the selection alone in the open panel', async () => {
    const { panel, tabId } = await pageWithPanel('/clinic.html');
    // What the background's menu handler stores; a native context menu cannot be clicked from a test.
    await suite.session.worker.evaluate((id) => chrome.storage.session.set({ [`sverka-request-${id}`]: { kind: 'check-selection', text: 'Ждём вас в клинике «Улыбка+» каждый день.', at: Date.now() } }), tabId);
    await panel.waitForSelector('[data-testid=selection-note]');
    const quotes = await panel.$$eval('.finding .quote', (nodes) => nodes.map((n) => n.textContent));
    expect(quotes).toContain('«Улыбка+»');
    expect(quotes).not.toContain('ул. Малая Садова');
    expect(await suite.session.worker.evaluate((id) => chrome.storage.session.get(`sverka-request-${id}`), tabId)).toEqual({});
  });
});

describe('bound sites', () => {
  it('checks a page of a bound site as soon as the panel opens, and again when the tab moves to another of its pages', async () => {
    await suite.ensureProfile('bound.json');
    const options = suite.open.find((p) => p.url().endsWith('options.html'))!;
    // The test build already holds 127.0.0.1, so the profile says it may check its sites by itself.
    await options.waitForSelector('[data-profile] [data-testid=site-access]');
    expect(await options.$eval('[data-profile] p[data-testid=site-access]', (n) => n.textContent)).toMatch(/сам|by itself/);

    pages.set('/bound/clinic.html', readFileSync('tests/fixtures/pages/clinic.html', 'utf8'));
    const page = await suite.openPage('/bound/clinic.html');
    const { panel } = await suite.panelFor(page, { chosen: false });
    await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
    expect(await panel.$eval('select', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent)).toContain('стенд');
    expect(await panel.$$eval('.finding .quote', (nodes) => nodes.map((n) => n.textContent))).toContain('ул. Малая Садова');

    pages.set('/bound/other.html', '<!doctype html><html lang="ru"><body><p>Гарантия на импланты — 10 лет.</p></body></html>');
    await page.goto(`${suite.baseUrl}/bound/other.html`);
    await panel.waitForFunction(() => {
      const quotes = [...document.querySelectorAll('.finding .quote')].map((n) => n.textContent);
      return quotes.includes('Гарантия на импланты — 10 лет') && !quotes.includes('ул. Малая Садова');
    });
  });
});

describe('history', () => {
  it('says what was fixed since the last check after the page changes', async () => {
    const original = readFileSync('tests/fixtures/pages/clinic.html', 'utf8');
    pages.set('/history.html', original);
    const { page, panel } = await pageWithPanel('/history.html');
    await panel.click('button.primary');
    await panel.waitForSelector('[data-testid=summary]');
    expect(await panel.$('[data-testid=diff]')).toBeNull();

    // Reloading the fixed page is a navigation of a checked tab: the panel checks it again by itself.
    pages.set('/history.html', original.replace('ул. Малая Садова', 'ул. Малая Садовая'));
    await page.reload();
    // Wait for the panel to settle on the fixed page: the reload may start more than one check.
    await panel.waitForFunction(
      () => /(исправлено|fixed):? 1\b/.test(document.querySelector('[data-testid=diff]')?.textContent ?? '') && ![...document.querySelectorAll('.finding .quote')].some((n) => n.textContent === 'ул. Малая Садова'),
      undefined,
      { timeout: 20_000 },
    );
    await panel.click('[role=tab]:nth-child(3)');
    const entries = await panel.$$eval('[data-testid=history] > li', (nodes) => nodes.map((n) => n.textContent ?? ''));
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatch(/(исправлено|fixed):? 1\b/);
  });
});

describe('re-checking', () => {
  it('checks again by itself when the page’s text changes', async () => {
    pages.set('/live.html', readFileSync('tests/fixtures/pages/clinic.html', 'utf8'));
    const { page, panel } = await pageWithPanel('/live.html');
    await panel.click('button.primary');
    await panel.waitForSelector('[data-testid=summary]');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Лечение во сне для тех, кто боится.';
      document.querySelector('main')!.append(p);
    });
    await panel.waitForFunction(() => [...document.querySelectorAll('.finding .quote')].some((n) => n.textContent === 'Лечение во сне для тех'), undefined, { timeout: 20_000 });
    expect(await highlightTexts(page)).toMatchObject({ 'sverka-error': expect.arrayContaining(['Лечение во сне для тех']) });
  });
});

describe('hostile and huge pages', () => {
  it('shows script-looking page text as text and never runs it', async () => {
    pages.set(
      '/hostile.html',
      `<!doctype html><html lang="ru"><body>
      <p>Круглосуточно &lt;img src=x onerror="window.pwned=1"&gt;</p>
      <p>&lt;script&gt;window.pwned=2&lt;/script&gt; Самая лучшая клиника</p>
      <p>${'Длинный текст страницы. '.repeat(200_000)}</p></body></html>`,
    );
    const { page, panel } = await pageWithPanel('/hostile.html');
    await panel.click('button.primary');
    await panel.waitForSelector('[data-testid=summary]', { timeout: 120_000 });
    const quote = await panel.$eval('.finding[data-check=contradiction] .quote', (n) => n.textContent);
    expect(quote).toContain('<img src=x onerror="window.pwned=1">');
    expect(await panel.evaluate(() => [document.querySelectorAll('.finding img').length, (window as any).pwned])).toEqual([0, undefined]);
    expect(await page.evaluate(() => (window as any).pwned)).toBeUndefined();
  }, 180_000);

  it('keeps a page with 20,000 paragraphs responsive while it is checked', async () => {
    const paragraphs = Array.from({ length: 20_000 }, (_, i) => `<p>Абзац ${i}: приём терапевта от ${1000 + (i % 500)} ₽, запись по телефону.</p>`).join('');
    pages.set('/huge.html', `<!doctype html><html lang="ru"><body>${paragraphs}<script>window.ticks = 0; setInterval(() => window.ticks++, 20);</script></body></html>`);
    const { page, panel } = await pageWithPanel('/huge.html');
    const before = await page.evaluate(() => (window as any).ticks);
    await panel.click('button.primary');
    await panel.waitForSelector('[data-testid=summary]', { timeout: 120_000 });
    const after = await page.evaluate(() => (window as any).ticks);
    expect(after - before).toBeGreaterThan(5);
    // Thousands of findings are listed a hundred at a time, each click showing a hundred more.
    const counts = await panel.$$eval('.group .count', (nodes) => nodes.map((n) => Number(n.textContent)));
    const largest = counts.indexOf(Math.max(...counts));
    expect(counts[largest]).toBeGreaterThan(1000);
    const listed = () => panel.locator('.group').nth(largest).locator('.finding').count();
    // A screenful is painted first, the first hundred right after.
    await expect.poll(listed).toBe(100);
    await panel.locator('.group').nth(largest).locator('.show-more').click();
    await expect.poll(listed).toBe(200);
  });
});

describe('options page', () => {
  it('creates a profile in the editor, keeps it across a reload, exports it and re-imports it unchanged', async () => {
    const options = await suite.session.openExtensionPage('options.html');
    suite.open.push(options);
    await options.selectOption('[data-testid=template]', 'cafe');
    await options.fill('input[data-path=name]', 'Кофейня «Проверка»');
    await options.fill('input[data-path="facts[0].label"]', '');
    await options.click('button[type=submit]');
    const problem = await options.waitForSelector('.fact .field-problem');
    expect(await problem.textContent()).toBe('expected a non-empty string');
    expect(await options.getAttribute('input[data-path="facts[0].label"]', 'aria-invalid')).toBe('true');
    await options.fill('input[data-path="facts[0].label"]', 'Часы работы');
    await options.selectOption('select[data-path="facts[0].value.sun"]', 'closed');
    await options.click('button[type=submit]');
    await options.waitForSelector('[data-profile="кофейня-проверка"]');
    await suite.session.screenshot(options, 'options-page');
    expect(await axeViolations(options)).toEqual([]);

    await options.reload();
    const card = await options.waitForSelector('[data-profile="кофейня-проверка"]');
    const [download] = await Promise.all([options.waitForEvent('download'), card.$('button:nth-of-type(2)').then((b) => b!.click())]);
    const exported = readFileSync((await download.path())!, 'utf8');
    const profile = JSON.parse(exported);
    expect(profile.name).toBe('Кофейня «Проверка»');
    expect(profile.facts[0].value).toEqual({ 'mon-fri': '07:30-21:00', sat: '09:00-21:00', sun: 'closed' });

    const file = join(tmpdir(), 'exported-profile.json');
    writeFileSync(file, exported);
    const count = await options.$$eval('[data-profile]', (nodes) => nodes.length);
    await options.setInputFiles('input[type=file]', file);
    await options.waitForSelector('[role=status]');
    expect(await options.$$eval('[data-profile]', (nodes) => nodes.length)).toBe(count);
    const again = await options.waitForSelector('[data-profile="кофейня-проверка"]');
    const [second] = await Promise.all([options.waitForEvent('download'), again.$('button:nth-of-type(2)').then((b) => b!.click())]);
    expect(readFileSync((await second.path())!, 'utf8')).toBe(exported);
  });

  it('shows every problem of a broken profile and changes nothing stored', async () => {
    await suite.ensureProfile();
    const options = await suite.session.openExtensionPage('options.html');
    suite.open.push(options);
    await options.waitForSelector('[data-profile]');
    const count = () => options.$$eval('[data-profile]', (nodes) => nodes.length);
    const before = await count();
    const broken = join(tmpdir(), 'broken-profile.json');
    writeFileSync(broken, JSON.stringify({ format: 'sverka.profile/1', facts: [{ id: 'h', kind: 'hours', label: 'Часы', value: { 'mon-fri': '25:00-08:00' } }] }));
    await options.setInputFiles('input[type=file]', broken);
    const alert = await options.waitForSelector('[role=alert]');
    const text = await alert.textContent();
    expect(text).toContain('broken-profile.json: name: expected a non-empty string');
    expect(text).toContain('broken-profile.json: facts[0].value.mon-fri: expected "HH:MM-HH:MM", "24h" or "closed"');
    expect(await count()).toBe(before);
  });
});

/** A Word flyer made by the test: the centre's name lost its "+", and the hours are promised round the clock. */
async function makeDocx(): Promise<Buffer> {
  const { Document, Packer, Paragraph } = await import('docx');
  const doc = new Document({
    sections: [{ children: [new Paragraph('Клиника «Здоровье» ждёт вас.'), new Paragraph('Работаем круглосуточно, без выходных.')] }],
  });
  return Packer.toBuffer(doc);
}

/** Drops files on an element as a user dragging them from the desktop would. */
async function dropFiles(page: Page, selector: string, files: { name: string; type: string; bytes: Buffer }[]): Promise<void> {
  const transfer = await page.evaluateHandle(
    (list) => {
      const data = new DataTransfer();
      for (const file of list) data.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
      return data;
    },
    files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') })),
  );
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

describe('materials view', () => {
  it('checks a dropped PDF and DOCX as one report, marks them, and explains a corrupt PDF', async () => {
    await suite.ensureProfile('demo.json');
    const view = await suite.session.openExtensionPage('materials.html');
    suite.open.push(view);
    await view.waitForFunction(() => [...document.querySelectorAll('select option')].some((o) => o.textContent!.includes('Здоровье+')));
    const demoId = await view.$$eval('select option', (options) => options.find((o) => o.textContent!.includes('Здоровье+'))!.getAttribute('value')!);
    await view.selectOption('select', demoId);

    await dropFiles(view, '[data-testid=drop]', [
      { name: 'flyer.pdf', type: 'application/pdf', bytes: readFileSync('tests/fixtures/pages/flyer.pdf') },
      { name: 'memo.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: await makeDocx() },
      { name: 'broken.pdf', type: 'application/pdf', bytes: readFileSync('tests/fixtures/cli/corrupt.pdf') },
    ]);
    expect(await view.$$eval('[data-testid=queue] li', (nodes) => nodes.length)).toBe(3);
    await view.click('button.primary');
    await view.waitForSelector('[data-testid=summary]', { timeout: 60_000 });

    const quotes = await view.$$eval('.finding .quote', (nodes) => nodes.map((n) => n.textContent));
    expect(quotes).toEqual(expect.arrayContaining(['Открыты ежедневно с 7:30 до 23:00', 'УЗИ брюшной полости — 1 900 ₽', 'Большая Никитская улица, 42', '«Здоровье»', 'Работаем круглосуточно, без выходных']));
    expect(await view.$eval('[data-testid=failed]', (n) => n.textContent)).toMatch(/broken\.pdf: (is not a readable PDF|не читается как PDF)/);

    // Each material's text marks its findings; the PDF's rendered page boxes them where they stand.
    const marks = await view.$$eval('.material-text mark', (nodes) => nodes.map((n) => n.textContent));
    expect(marks).toEqual(expect.arrayContaining(['«Здоровье»', 'УЗИ брюшной полости — 1 900 ₽']));
    await view.waitForSelector('[data-source=s1] .pdf-page img');
    const boxes = await view.$$eval('[data-source=s1] .pdf-box', (nodes) => nodes.map((n) => (n as HTMLElement).getBoundingClientRect()).filter((r) => r.width > 5 && r.height > 5).length);
    expect(boxes).toBeGreaterThanOrEqual(3);
    await suite.session.screenshot(view, 'materials-view');
    await view.$eval('[data-source=s1] .pdf-page', (n) => n.scrollIntoView());
    await suite.session.screenshot(view, 'materials-pdf-page');
    expect(await axeViolations(view)).toEqual([]);

    // The check is in the history like a page's.
    const stored = await view.evaluate(async () => {
      const request = indexedDB.open('sverka');
      const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
      const all = await new Promise<{ url: string }[]>((resolve) => {
        const get = db.transaction('reports').objectStore('reports').getAll();
        get.onsuccess = () => resolve(get.result);
      });
      return all.map((r) => r.url).filter((url) => url.startsWith('materials:'));
    });
    expect(stored).toEqual(['materials:broken.pdf | flyer.pdf | memo.docx']);

    // Ignoring a finding checks the set again; the history line counts it as gone.
    await findingAction(view, '«Здоровье»', 'ignoreInMaterials').click();
    await view.waitForFunction(() => /(исправлено|fixed):? 1\b/.test(document.querySelector('[data-testid=diff]')?.textContent ?? ''));
    const left = await view.$$eval('.finding', (nodes) => nodes.map((n) => `${n.getAttribute('data-check')} ${n.querySelector('.quote')!.textContent}`));
    expect(left.filter((f) => f.endsWith(' «Здоровье»'))).toEqual([]);
  });

  it('offers a PDF open in a tab to the materials view, fetches it by URL and checks it', async () => {
    await suite.ensureProfile('demo.json');
    const tab = await suite.session.context.newPage();
    suite.open.push(tab);
    // The PDF viewer may show the file or save it; either way the tab's URL is the PDF's.
    await tab.goto(`${suite.baseUrl}/flyer.pdf`).catch(() => undefined);
    const { panel } = await suite.panelFor(tab, { chosen: false });
    await panel.waitForSelector('[data-testid=pdf-tab]');
    expect(await panel.$eval('button.primary', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await panel.click('[data-testid=pdf-tab] button');
    // One click: the PDF is fetched and checked against the profile in use.
    await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
    const demoId = await panel.$$eval('select option', (options) => options.find((o) => o.textContent!.includes('Здоровье+'))!.getAttribute('value')!);
    await panel.selectOption('select', demoId);
    await panel.click('button.primary');
    await panel.waitForFunction(() => [...document.querySelectorAll('.finding .quote')].some((n) => n.textContent === 'УЗИ брюшной полости — 1 900 ₽'), undefined, { timeout: 60_000 });

    // As narrow as a side panel: nothing runs off to the side, the boxed page included.
    await panel.setViewportSize({ width: 380, height: 800 });
    await panel.waitForSelector('.pdf-page img');
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);
    await suite.session.screenshot(panel, 'side-panel-materials-narrow');
  });

  /** The materials view with the demo profile chosen, the image dropped and checked; the view, once its summary shows. */
  async function checkImage(name: string, type: string, path: string, onRequest?: (url: string) => void) {
    await suite.ensureProfile('demo.json');
    const view = await suite.session.openExtensionPage('materials.html');
    suite.open.push(view);
    if (onRequest) view.on('request', (request) => onRequest(request.url()));
    await view.waitForFunction(() => [...document.querySelectorAll('select option')].some((o) => o.textContent!.includes('Здоровье+')));
    const demoId = await view.$$eval('select option', (options) => options.find((o) => o.textContent!.includes('Здоровье+'))!.getAttribute('value')!);
    await view.selectOption('select', demoId);
    await dropFiles(view, '[data-testid=drop]', [{ name, type, bytes: readFileSync(path) }]);
    await view.click('button.primary');
    await view.waitForSelector('[data-testid=summary]', { timeout: 150_000 });
    return view;
  }

  it('reads a PNG flyer through OCR inside the extension, with nothing fetched from the network', { timeout: 180_000 }, async () => {
    const outside: string[] = [];
    const view = await checkImage('flyer.png', 'image/png', 'tests/fixtures/cli/flyer.png', (url) => {
      if (!/^(chrome-extension|data|blob):/.test(url)) outside.push(url);
    });
    const quotes = await view.$$eval('.finding .quote', (nodes) => nodes.map((n) => n.textContent));
    expect(quotes).toEqual(expect.arrayContaining(['Открыты ежедневно с 7:30 до 23:00', 'ожидание в холле не больше 5 минут', 'Большая Никитская улица, 42']));
    expect(await view.$$eval('.material-text mark', (nodes) => nodes.length)).toBeGreaterThanOrEqual(3);
    expect(outside).toEqual([]);
  });

  it('reads a phone photo of the flyer, turned on a desk, as well as the clean image, and warns of nothing', { timeout: 180_000 }, async () => {
    const view = await checkImage('photo.jpg', 'image/jpeg', 'tests/fixtures/ocr/photo.jpg');
    const quotes = await view.$$eval('.finding .quote', (nodes) => nodes.map((n) => n.textContent));
    expect(quotes).toEqual(expect.arrayContaining(['Открыты ежедневно с 7:30 до 23:00', 'УЗИ брюшной полости — 1 900 ₽', 'Большая Никитская улица, 42']));
    expect(await view.$$('[data-testid=poor-reading]')).toHaveLength(0);
  });
});
