import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionSuite } from './harness';

const pages = new Map<string, string>();
const suite = extensionSuite(pages);

describe('side panel on a very large page', () => {
  it('reads a page of 200,000 elements in slices, checks its first 100,000 and says so, the panel and the page answering meanwhile', { timeout: 300_000 }, async () => {
    // Icons and wrappers make most of a large page's elements; a price that contradicts the profile
    // stands before the element cap, another one far past it.
    const row = (i: number) => `<div class="row"><p>Абзац ${i}</p>${'<i class="icon"></i>'.repeat(98)}</div>`;
    const rows = Array.from({ length: 2_000 }, (_, i) => row(i)).join('');
    const html =
      `<!doctype html><html lang="ru"><body><p>Профессиональная гигиена всего за 2900 ₽</p>${rows}<p>Гарантия на импланты — 10 лет</p>` +
      '<script>window.ticks = 0; setInterval(() => window.ticks++, 20);</script></body></html>';
    pages.set('/many-elements.html', html);
    await suite.ensureProfile('dental.json');
    const page = await suite.openPage('/many-elements.html');
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeGreaterThan(200_000);
    const { panel } = await suite.panelFor(page);
    const ticksBefore = await page.evaluate(() => (window as any).ticks);
    await panel.click('button.primary');
    // The panel shows the check under way: it answers while the page is being read.
    await panel.waitForFunction(() => /Проверяю|Checking/.test(document.querySelector('[role=status]')?.textContent ?? ''));
    await panel.waitForSelector('[data-testid=summary]', { timeout: 280_000 });
    expect(await page.evaluate(() => (window as any).ticks)).toBeGreaterThan(ticksBefore + 5);
    expect(await panel.$eval('[data-testid=source-note]', (n) => n.textContent)).toMatch(/(первые|first) 100000 (элементов|elements)/);
    const quotes = await panel.$$eval('.finding .quote', (nodes) => nodes.map((n) => n.textContent));
    expect(quotes).toContain('Профессиональная гигиена всего за 2900 ₽');
    expect(quotes).not.toContain('Гарантия на импланты — 10 лет');
  });
});

/** Drops files on an element as a user dragging them from the desktop would. */
async function dropFiles(page: Page, files: { name: string; type: string; bytes: Buffer }[]): Promise<void> {
  const transfer = await page.evaluateHandle(
    (list) => {
      const data = new DataTransfer();
      for (const file of list) data.items.add(new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.type }));
      return data;
    },
    files.map((f) => ({ name: f.name, type: f.type, base64: f.bytes.toString('base64') })),
  );
  await page.dispatchEvent('[data-testid=drop]', 'drop', { dataTransfer: transfer });
}

/** The materials view as a tab, with the demo profile chosen. */
async function materialsView(query = ''): Promise<Page> {
  await suite.ensureProfile('demo.json');
  const view = await suite.session.openExtensionPage(`materials.html${query}`);
  suite.open.push(view);
  await view.waitForFunction(() => [...document.querySelectorAll('select option')].some((o) => o.textContent!.includes('Здоровье+')));
  const demoId = await view.$$eval('select option', (options) => options.find((o) => o.textContent!.includes('Здоровье+'))!.getAttribute('value')!);
  await view.selectOption('select', demoId);
  return view;
}

describe('materials view', () => {
  let silent: Server;
  let silentUrl: string;
  beforeAll(async () => {
    // Takes the request and never answers it.
    silent = createServer(() => undefined);
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/price-list.pdf`;
  });
  afterAll(() => silent?.closeAllConnections());

  it('returns to ready with "cancelled" when Cancel is pressed while a URL never answers', async () => {
    const view = await materialsView(`?url=${encodeURIComponent(silentUrl)}`);
    // The URL is checked as soon as a profile is chosen; it hangs.
    await view.waitForSelector('button:has-text("Отменить"), button:has-text("Cancel")');
    expect(await view.$eval('[role=status]', (n) => n.textContent)).toMatch(/Проверяю|Checking/);
    await view.click('button:has-text("Отменить"), button:has-text("Cancel")');
    await view.waitForFunction(() => /отменена|cancelled/.test(document.querySelector('[role=status]')?.textContent ?? ''), undefined, { timeout: 5_000 });
    expect(await view.$eval('button.primary', (b) => (b as HTMLButtonElement).disabled)).toBe(false);
    expect(await view.$$('[data-testid=summary]')).toHaveLength(0);
  });

  it('says that nothing could be read, and why for each file, when every material fails', { timeout: 180_000 }, async () => {
    const view = await materialsView();
    await dropFiles(view, [
      { name: 'broken.pdf', type: 'application/pdf', bytes: readFileSync('tests/fixtures/cli/corrupt.pdf') },
      { name: 'empty.txt', type: 'text/plain', bytes: Buffer.from('   \n') },
    ]);
    await view.click('button.primary');
    await view.waitForSelector('[data-testid=none-read]', { timeout: 150_000 });
    expect(await view.$$('[data-testid=summary]')).toHaveLength(0);
    expect(await view.textContent('main')).not.toMatch(/Находок нет|No findings/);
    const failed = await view.$$eval('[data-testid=failed] li', (nodes) => nodes.map((n) => n.textContent));
    expect(failed).toHaveLength(2);
    expect(failed[0]).toMatch(/^broken\.pdf: (не читается как PDF|is not a readable PDF)/);
    expect(failed[1]).toMatch(/^empty\.txt: (нет текста для проверки|has no text to check) (Проверьте, что в файле есть текст|Check that the file has text)/);
    for (const reason of failed) expect(reason).not.toMatch(/undefined|\[object/);
  });

  it('says why a garbage image cannot be read, never "(undefined)"', { timeout: 180_000 }, async () => {
    const view = await materialsView();
    await dropFiles(view, [{ name: 'garbage.png', type: 'image/png', bytes: Buffer.from('not a picture at all, just text posing as a PNG') }]);
    await view.click('button.primary');
    await view.waitForSelector('[data-testid=failed]', { timeout: 150_000 });
    const reason = await view.$eval('[data-testid=failed] li', (n) => n.textContent);
    expect(reason).toMatch(/^garbage\.png: (не читается как изображение|is not a readable image)/);
    expect(reason).not.toMatch(/undefined/);
  });

  it('tells what to do about a corrupt DOCX, its library words in a details line, checks the other materials and names the export after them', { timeout: 180_000 }, async () => {
    const view = await materialsView();
    await dropFiles(view, [
      { name: 'flyer.txt', type: 'text/plain', bytes: Buffer.from('Гарантия на импланты — 10 лет. Приём терапевта — от 1500 ₽.') },
      { name: 'Прайс.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: Buffer.from('not a zip at all') },
    ]);
    await view.click('button.primary');
    await view.waitForSelector('[data-testid=summary]', { timeout: 150_000 });
    const problem = view.locator('[data-testid=failed] li');
    await expect(problem.locator('.problem-text').textContent()).resolves.toMatch(/^Прайс\.docx: (не читается как документ Word|is not a readable Word document)$/);
    await expect(problem.locator('.problem-next').textContent()).resolves.toMatch(/(сохраните его заново в Word как \.docx и добавьте ещё раз|save it again as \.docx and add it once more)/);
    // The library's own words are folded into the details line, not the message.
    await expect(problem.locator('.problem-text').textContent()).resolves.not.toMatch(/zip|central directory/i);
    await expect(problem.locator('details summary').textContent()).resolves.toMatch(/Подробности|Details/);
    await expect(problem.locator('details').textContent()).resolves.toMatch(/zip|central directory/i);
    await expect(problem.textContent()).resolves.not.toMatch(/undefined|\[object/);
    // The text file was still checked.
    expect(await view.$$eval('.material-text', (nodes) => nodes.map((n) => n.textContent).join(' '))).toContain('Гарантия на импланты');

    const [download] = await Promise.all([view.waitForEvent('download'), view.click('footer.export button:has-text("HTML")')]);
    const today = await view.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    expect(download.suggestedFilename()).toBe(`sverka-flyer-${today}.html`);
    const [json] = await Promise.all([view.waitForEvent('download'), view.click('footer.export button:has-text("JSON")')]);
    expect(json.suggestedFilename()).toBe(`sverka-flyer-${today}.json`);
  });

  it('checks the first words a limit set on the options page allows, and says so', { timeout: 180_000 }, async () => {
    const options = await suite.session.openExtensionPage('options.html');
    suite.open.push(options);
    await options.waitForSelector('[data-limit=maxWords]');
    await options.fill('[data-limit=maxWords]', '5');
    await options.click('[data-testid=limits] button:first-of-type');
    await options.waitForSelector('[data-testid=limits] [role=alert]');
    expect(await options.textContent('[data-testid=limits] [role=alert]')).toMatch(/(от|from) 100 (до|to) 1000000/);
    await options.fill('[data-limit=maxWords]', '100');
    await options.click('[data-testid=limits] button:first-of-type');
    await options.waitForSelector('[data-testid=limits] [role=status]');

    const view = await materialsView();
    const words = Array.from({ length: 150 }, (_, i) => `слово${i}`).join(' ');
    await dropFiles(view, [{ name: 'long.txt', type: 'text/plain', bytes: Buffer.from(`${words}. Гарантия на импланты — 10 лет.`) }]);
    await view.click('button.primary');
    await view.waitForSelector('[data-testid=source-notes]', { timeout: 150_000 });
    expect(await view.textContent('[data-testid=source-notes]')).toMatch(/long\.txt: .*100/);

    await options.click('[data-testid=limits] button:last-of-type');
    await options.waitForFunction(() => (document.querySelector('[data-limit=maxWords]') as HTMLInputElement).value === '100000');
  });

  it('stops OCR mid-image on Cancel, and reads the image when checked again (a fresh OCR worker)', { timeout: 400_000 }, async () => {
    const view = await materialsView();
    await dropFiles(view, [{ name: 'flyer.png', type: 'image/png', bytes: readFileSync('tests/fixtures/cli/flyer.png') }]);
    await view.click('button.primary');
    // Recognition has begun: OCR reports progress on the image.
    await view.waitForFunction(() => Number((document.querySelector('[data-testid=queue] progress') as HTMLProgressElement | null)?.value ?? 0) > 0, undefined, { timeout: 150_000 });
    // The bar names the stage: recognising text, with its per cent, for the progress bar's readers too.
    expect(await view.textContent('[data-testid=stage]')).toMatch(/^(Распознаю текст \(OCR\) в|Recognising text \(OCR\) in) flyer\.png: \d+ %$/);
    expect(await view.getAttribute('progress.overall', 'aria-valuetext')).toMatch(/OCR/);
    await view.click('button:has-text("Отменить"), button:has-text("Cancel")');
    await view.waitForFunction(() => /отменена|cancelled/.test(document.querySelector('[role=status]')?.textContent ?? ''), undefined, { timeout: 5_000 });
    expect(await view.$$('[data-testid=summary]')).toHaveLength(0);
    await view.click('button.primary');
    await view.waitForSelector('[data-testid=summary]', { timeout: 200_000 });
    expect(await view.$$('[data-testid=failed]')).toHaveLength(0);
    expect(await view.$$eval('.material-text', (nodes) => nodes.map((n) => n.textContent).join(' '))).toMatch(/\p{L}{4}/u);
  });
});
