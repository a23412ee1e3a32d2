import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { firefoxSuite, reload, resize, until, visit } from './firefox-harness';
import { uiTexts } from './ui-text';

/** The WebExtension API of the extension page a function is evaluated in. */
declare const browser: any;

/** The same journeys as extension.test.ts, in Debian's Firefox ESR with the add-on installed as a temporary add-on. */
const suite = firefoxSuite();

/** A fixture page and a side panel (as a tab) bound to its tab, with a profile chosen. */
async function pageWithPanel(path: string): Promise<{ page: Page; panel: Page; tabId: number }> {
  await suite.ensureProfile();
  const page = await suite.openPage(path);
  const tabId = await suite.session.tabIdOf(page);
  const panel = await suite.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  await until(panel, () => (document.querySelector('select') as HTMLSelectElement | null)?.value);
  return { page, panel, tabId };
}

async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const [name, highlight] of (CSS as any).highlights) result[name] = [...highlight].map((range: Range) => range.toString());
    return result;
  });
}

/** The panel's status line once a check has settled (no longer "Checking…"); null when it shows none. */
async function settledStatus(panel: Page): Promise<string | null> {
  return until(panel, () => {
    const text = document.querySelector('[role=status]')?.textContent ?? null;
    return text !== null && /^(Checking|Проверяю)…$/.test(text) ? false : { text };
  }).then(({ text }) => text);
}

/**
 * Whether Sverka's card is drawn around a point. The card's frame sits in a closed shadow root
 * and Firefox reports no moz-extension frame over BiDi, so it is seen from the page: the
 * overlay's host (the element after <body>) is what lies on top just around the point.
 */
async function cardShownNear(page: Page, point: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(({ x, y }) => {
    const host = document.body.nextElementSibling;
    for (let dy = -200; dy <= 200; dy += 10) {
      for (const dx of [-150, -50, 0, 50, 150]) {
        if (dy !== 0 && document.elementFromPoint(x + dx, y + dy) === host) return true;
      }
    }
    return false;
  }, point);
}

const quotesOf = (page: Page) => page.$$eval('.finding .quote', (nodes) => nodes.map((n) => n.textContent));

/** Clicks, as a user would, the button named by one of `names` of a listed finding whose quote is `quote`. */
async function clickFindingAction(panel: Page, quote: string, names: string[]): Promise<void> {
  const handle = await panel.evaluateHandle(
    ({ text, labels }) =>
      [...[...document.querySelectorAll('.finding')].find((f) => f.querySelector('.quote')?.textContent === text)!.querySelectorAll<HTMLButtonElement>('.actions button')].find((button) =>
        labels.includes(button.getAttribute('aria-label') ?? ''),
      )!,
    { text: quote, labels: names },
  );
  await (handle as ElementHandle<HTMLButtonElement>).click();
}

describe('content script in Firefox', () => {
  it('reads a page and highlights a word with the CSS Custom Highlight API, leaving the DOM as it was', async () => {
    const page = await suite.openPage('/clinic.html');
    const pageDom = () => page.evaluate(() => [document.head.outerHTML, document.body.outerHTML]);
    const before = await pageDom();
    const tabId = await suite.session.tabIdOf(page);
    const blocks = await suite.session.api.evaluate(async (id) => {
      await browser.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
      return (await browser.tabs.sendMessage(id, { sverka: true, type: 'read-page', payload: {} })).blocks;
    }, tabId);
    const block = blocks.find((b: { text: string }) => b.text.includes('Бесплатная'));
    expect(block.text).toBe('Бесплатная консультация и смета до начала лечения.');
    const drawn = await suite.session.api.evaluate(
      ({ id, index }) => browser.tabs.sendMessage(id, { sverka: true, type: 'show-marks', payload: { marks: [{ id: 'f1', block: index, start: 0, end: 10, severity: 'error', message: 'm' }] } }),
      { id: tabId, index: block.index },
    );
    expect(drawn).toEqual({ drawn: 1 });
    expect(await highlightTexts(page)).toEqual({ 'sverka-error': ['Бесплатная'] });
    expect(await pageDom()).toEqual(before);
    expect(await page.evaluate(() => [...document.documentElement.children].map((e) => `${e.localName} ${e.shadowRoot}`))).toEqual(['head null', 'body null', 'div null']);
  });
});

describe('side panel in Firefox', () => {
  it('imports a profile, checks the page, marks the findings on it, badges, scrolls and ignores', async () => {
    const { page, panel, tabId } = await pageWithPanel('/clinic.html');
    await panel.click('button.primary');
    await until(panel, () => !!document.querySelector('[data-testid=summary]'), undefined, 60_000);
    // Soft: a wrong status, badge or layout is reported and the journey goes on, so one run names every broken step.
    // A check that succeeded leaves no "could not be checked" under the button.
    expect.soft(await settledStatus(panel)).toBeNull();

    const quotes = await quotesOf(panel);
    expect(quotes).toEqual(expect.arrayContaining(['Профессиональная гигиена всего за 2900 ₽', 'Гарантия на импланты — 10 лет', 'ул. Малая Садова', '«Улыбка+»', 'кратким описание']));

    const errors = Number(await panel.$eval('[data-testid=summary] .error', (n) => n.textContent!.replace(/\D/g, '')));
    const badge = await suite.session.api.evaluate((id) => (browser.action ?? browser.browserAction).getBadgeText({ tabId: id }), tabId);
    expect.soft(badge).toBe(String(errors));

    // Firefox's sidebar opens about 240 px wide and can be widened: nothing runs off to the side at either width.
    for (const width of [240, 380]) {
      await resize(panel, width, 800);
      await suite.session.screenshot(panel, `firefox-panel-${width}`);
      expect.soft(await panel.evaluate(() => document.documentElement.scrollWidth), `panel at ${width} px`).toBeLessThanOrEqual(width);
      const check = await panel.$eval('button.primary', (b) => b.getBoundingClientRect().right);
      expect.soft(check, `Check button at ${width} px`).toBeLessThanOrEqual(width);
    }
    await resize(panel, 1100, 800);

    const marked = await highlightTexts(page);
    const findings = await panel.$$eval('.finding', (nodes) => nodes.map((n) => ({ quote: n.querySelector('.quote')!.textContent, severity: n.className.split(' ')[1] })));
    for (const { quote, severity } of findings) expect(marked[`sverka-${severity}`] ?? [], `highlight of ${quote}`).toContain(quote);

    // Hovering a highlighted quote shows its card.
    const point = await page.evaluate(() => {
      const range = [...(CSS as any).highlights.get('sverka-error')].find((r: Range) => r.toString() === '«Улыбка+»') as Range;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => cardShownNear(page, point), { timeout: 10_000 }).toBe(true);
    await suite.session.screenshot(page, 'firefox-highlighted-page');
    await page.evaluate(() => window.scrollTo(0, 0));

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await clickFindingAction(panel, 'ул. Малая Садова', uiTexts('showOnPage'));
    await until(page, () => window.scrollY > 1000);

    await clickFindingAction(panel, 'Гарантия на импланты — 10 лет', uiTexts('ignoreOnSite'));
    await until(panel, () => ![...document.querySelectorAll('.finding .quote')].some((n) => n.textContent === 'Гарантия на импланты — 10 лет'));
    await reload(panel);
    await until(panel, () => (document.querySelector('select') as HTMLSelectElement | null)?.value);
    await panel.click('button.primary');
    await until(panel, () => !!document.querySelector('[data-testid=summary]'), undefined, 60_000);
    const after = await quotesOf(panel);
    expect(after).not.toContain('Гарантия на импланты — 10 лет');
    expect(after).toContain('ул. Малая Садова');
  });

  it('offers a PDF open in a tab to the materials view and checks it', async () => {
    await suite.ensureProfile('demo.json');
    const tab = await suite.session.newPage();
    suite.open.push(tab);
    // Firefox shows the PDF in its own viewer; the tab's URL stays the PDF's.
    await visit(tab, `${suite.baseUrl}/flyer.pdf`);
    const tabId = await suite.session.tabIdOf(tab);
    const panel = await suite.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await until(panel, () => !!document.querySelector('[data-testid=pdf-tab] button'));
    await panel.click('[data-testid=pdf-tab] button');
    // One click: the PDF is fetched and checked (or the panel says why not).
    const outcome = await until(
      panel,
      () => {
        const status = document.querySelector('[role=status]')?.textContent ?? '';
        // "Checking…" is the check under way, not its outcome.
        return document.querySelector('[data-testid=summary]') ? 'checked' : status && !status.endsWith('…') ? status : null;
      },
      undefined,
      60_000,
    );
    expect(outcome).toBe('checked');
    const demoId = await panel.$$eval('select option', (options) => options.find((o) => o.textContent!.includes('Здоровье+'))!.getAttribute('value')!);
    await panel.select('select', demoId);
    await panel.click('button.primary');
    await until(panel, () => [...document.querySelectorAll('.finding .quote')].some((n) => n.textContent === 'УЗИ брюшной полости — 1 900 ₽'), undefined, 60_000);
  });
});

/** A Word flyer made by the test: the centre's name lost its "+", and the hours are promised round the clock. */
async function makeDocx(): Promise<Buffer> {
  const { Document, Packer, Paragraph } = await import('docx');
  const doc = new Document({ sections: [{ children: [new Paragraph('Клиника «Здоровье» ждёт вас.'), new Paragraph('Работаем круглосуточно, без выходных.')] }] });
  return Packer.toBuffer(doc);
}

/** Drops files on an element as a user dragging them from the desktop would. */
async function dropFiles(page: Page, selector: string, files: { name: string; type: string; bytes: Buffer }[]): Promise<void> {
  await page.evaluate(
    (target, list) => {
      const data = new DataTransfer();
      for (const file of list) data.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
      document.querySelector(target)!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    selector,
    files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') })),
  );
}

/** The materials view with the demo profile chosen. */
async function materialsView(): Promise<Page> {
  await suite.ensureProfile('demo.json');
  const view = await suite.openExtensionPage('materials.html');
  await until(view, () => [...document.querySelectorAll('select option')].some((o) => o.textContent!.includes('Здоровье+')));
  const demoId = await view.$$eval('select option', (options) => options.find((o) => o.textContent!.includes('Здоровье+'))!.getAttribute('value')!);
  await view.select('select', demoId);
  return view;
}

describe('materials view in Firefox', () => {
  it('checks a dropped PDF and DOCX as one report, marks them, and explains a corrupt PDF', async () => {
    const view = await materialsView();
    await dropFiles(view, '[data-testid=drop]', [
      { name: 'flyer.pdf', type: 'application/pdf', bytes: readFileSync('tests/fixtures/pages/flyer.pdf') },
      { name: 'memo.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: await makeDocx() },
      { name: 'broken.pdf', type: 'application/pdf', bytes: readFileSync('tests/fixtures/cli/corrupt.pdf') },
    ]);
    expect(await view.$$eval('[data-testid=queue] li', (nodes) => nodes.length)).toBe(3);
    await view.click('button.primary');
    await until(view, () => !!document.querySelector('[data-testid=summary]'), undefined, 60_000);

    expect(await quotesOf(view)).toEqual(
      expect.arrayContaining(['Открыты ежедневно с 7:30 до 23:00', 'УЗИ брюшной полости — 1 900 ₽', 'Большая Никитская улица, 42', '«Здоровье»', 'Работаем круглосуточно, без выходных']),
    );
    expect(await view.$eval('[data-testid=failed]', (n) => n.textContent)).toMatch(/broken\.pdf: (is not a readable PDF|не читается как PDF)/);
    const marks = await view.$$eval('.material-text mark', (nodes) => nodes.map((n) => n.textContent));
    expect(marks).toEqual(expect.arrayContaining(['«Здоровье»', 'УЗИ брюшной полости — 1 900 ₽']));
    // pdf.js renders the page inside the extension; the findings are boxed where they stand.
    const drawn = await until(view, () => (document.querySelector('[data-source=s1] .pdf-page img') ? 'drawn' : document.querySelector('[data-source=s1] > .problems')?.textContent), undefined, 30_000);
    expect(drawn).toBe('drawn');
    const boxes = await view.$$eval('[data-source=s1] .pdf-box', (nodes) => nodes.map((n) => n.getBoundingClientRect()).filter((r) => r.width > 5 && r.height > 5).length);
    expect(boxes).toBeGreaterThanOrEqual(3);
    await suite.session.screenshot(view, 'firefox-materials-view');
  });

  it('reads a PNG flyer through OCR inside the extension', { timeout: 180_000 }, async () => {
    const view = await materialsView();
    await dropFiles(view, '[data-testid=drop]', [{ name: 'flyer.png', type: 'image/png', bytes: readFileSync('tests/fixtures/cli/flyer.png') }]);
    await view.click('button.primary');
    await until(view, () => !!document.querySelector('[data-testid=summary]'), undefined, 150_000);
    expect(await quotesOf(view)).toEqual(expect.arrayContaining(['Открыты ежедневно с 7:30 до 23:00', 'ожидание в холле не больше 5 минут', 'Большая Никитская улица, 42']));
    expect(await view.$$eval('.material-text mark', (nodes) => nodes.length)).toBeGreaterThanOrEqual(3);
  });
});

describe('console in Firefox', () => {
  // Runs last: the journeys above went through every extension page and a checked page.
  it('logged no error from the extension pages or the checked pages', async () => {
    await suite.session.collectErrors(suite.session.api);
    expect(suite.session.consoleErrors).toEqual([]);
  });
});
