import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, extensionSuite } from './harness';

const pages = new Map<string, string>();
const suite = extensionSuite(pages);
const dental = readFileSync('tests/fixtures/profiles/dental.json', 'utf8');
const dentalName = JSON.parse(dental).name as string;

async function optionsPage(): Promise<Page> {
  const page = await suite.session.openExtensionPage('options.html');
  suite.open.push(page);
  await page.waitForSelector('main');
  return page;
}

/** Picks a profile file in the options page's import field, as a user would. */
async function importText(options: Page, json: string, fileName: string): Promise<void> {
  const path = join(tmpdir(), fileName);
  writeFileSync(path, json);
  await options.setInputFiles('input[type=file]', path);
}

const statementOf = (options: Page, id: string) => options.$eval(`[data-profile="${id}"] p`, (n) => n.textContent);
const statement = 'textarea[data-path="concept.statement"]';

describe('two tabs editing one profile', () => {
  it("asks the second tab before it overwrites the first one's save: keep mine, or reload theirs", async () => {
    const first = await optionsPage();
    await importText(first, dental, 'two-tabs.json');
    const card = `[data-profile="стоматология-улыбка"]`;
    await first.waitForSelector(card);
    const second = await optionsPage();
    await first.click(`${card} [data-action=edit]`);
    await second.click(`${card} [data-action=edit]`);

    await first.fill(statement, 'Saved in the first tab');
    await first.click('button[type=submit]');
    await first.waitForSelector(card);
    expect(await first.textContent('[role=status]')).toContain(dentalName);

    await second.fill(statement, 'Saved in the second tab');
    await second.click('button[type=submit]');
    const question = await second.waitForSelector('[data-testid=conflict][data-kind=newer-revision]');
    expect(await question.textContent()).toContain(dentalName);
    await suite.session.screenshot(second, 'edits-newer-revision');
    expect(await axeViolations(second)).toEqual([]);
    expect(await second.evaluate(() => document.activeElement?.getAttribute('data-answer'))).toBe('reload-theirs');
    expect(await statementOf(first, 'стоматология-улыбка')).toBe('Saved in the first tab');

    await second.click('[data-answer=keep-mine]');
    await second.waitForSelector(card);
    await first.waitForFunction(() => document.querySelector('[data-profile="стоматология-улыбка"] p')?.textContent === 'Saved in the second tab');

    // Now the other way round, and the second tab takes the first one's version.
    await first.click(`${card} [data-action=edit]`);
    await second.click(`${card} [data-action=edit]`);
    await first.fill(statement, 'Theirs');
    await first.click('button[type=submit]');
    await first.waitForSelector(card);
    await second.fill(statement, 'Mine, dropped');
    await second.click('button[type=submit]');
    await second.click('[data-testid=conflict] [data-answer=reload-theirs]');
    expect(await second.inputValue(statement)).toBe('Theirs');
    expect(await second.$('[data-testid=conflict]')).toBeNull();
  });
});

describe('importing a profile whose name is taken', () => {
  it('asks replace / keep both / cancel, and the status names the profile', async () => {
    const options = await optionsPage();
    if (!(await options.$('[data-profile="стоматология-улыбка"]'))) {
      await importText(options, dental, 'dental.json');
      await options.waitForSelector('[data-profile="стоматология-улыбка"]');
    }
    const other = dental.replace(`"${dentalName}"`, '"СТОМАТОЛОГИЯ УЛЫБКА"').replace('Спокойное лечение', 'Другая клиника');
    const count = () => options.$$eval('[data-profile]', (nodes) => nodes.length);
    const before = await count();

    await importText(options, other, 'other-clinic.json');
    const question = await options.waitForSelector('[data-testid=conflict][data-kind=name-taken]');
    expect(await question.textContent()).toContain('СТОМАТОЛОГИЯ УЛЫБКА');
    await options.click('[data-answer=cancel]');
    await options.waitForFunction(() => /СТОМАТОЛОГИЯ УЛЫБКА/.test(document.querySelector('[role=status]')?.textContent ?? ''));
    expect(await count()).toBe(before);
    expect(await statementOf(options, 'стоматология-улыбка')).not.toMatch(/^Другая клиника/);

    await importText(options, other, 'other-clinic-2.json');
    await options.click('[data-testid=conflict] [data-answer=keep-both]');
    await options.waitForSelector('[data-profile="стоматология-улыбка-2"]');
    expect(await options.textContent('[role=status]')).toContain('СТОМАТОЛОГИЯ УЛЫБКА (2)');
    expect(await options.textContent('[role=status]')).not.toContain('.json');
    expect(await count()).toBe(before + 1);

    await importText(options, other, 'other-clinic-3.json');
    await options.click('[data-testid=conflict] [data-answer=replace]');
    await options.waitForFunction(() => document.querySelector('[data-profile="стоматология-улыбка"] p')?.textContent?.startsWith('Другая клиника'));
    expect(await count()).toBe(before + 1);
  });
});

describe('importing in the side panel a profile whose name is taken', () => {
  it('asks the same three ways: cancel writes nothing, keep both takes the copy, replace takes the new text', async () => {
    const options = await optionsPage();
    if (!(await options.$('[data-profile="стоматология-улыбка"]'))) {
      await importText(options, dental, 'dental.json');
      await options.waitForSelector('[data-profile="стоматология-улыбка"]');
    }
    const page = await suite.openPage('/clinic.html');
    const { panel } = await suite.panelFor(page);
    const stored = () => panel.$$eval('select option', (options) => options.filter((o) => (o as HTMLOptionElement).value !== '').length);
    const chosen = () => panel.$eval('select', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent);
    const importInPanel = async (json: string, fileName: string) => {
      const path = join(tmpdir(), fileName);
      writeFileSync(path, json);
      await panel.setInputFiles('label.import input[type=file]', path);
      await panel.waitForSelector('[data-testid=conflict][data-kind=name-taken]');
    };
    const before = await stored();

    await importInPanel(dental.replace('Спокойное лечение', 'Из панели'), 'panel-cancel.json');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-answer'))).toBe('replace');
    await panel.click('[data-testid=conflict] [data-answer=cancel]');
    await panel.waitForSelector('[data-testid=conflict]', { state: 'detached' });
    expect(await stored()).toBe(before);

    await importInPanel(dental.replace('Спокойное лечение', 'Из панели'), 'panel-keep-both.json');
    await panel.click('[data-testid=conflict] [data-answer=keep-both]');
    await expect.poll(stored).toBe(before + 1);
    await expect.poll(chosen).toMatch(new RegExp(`^${dentalName} \\(\\d+\\)$`));

    await importInPanel(dental.replace('Спокойное лечение', 'Заменено из панели'), 'panel-replace.json');
    await panel.click('[data-testid=conflict] [data-answer=replace]');
    await expect.poll(chosen).toBe(dentalName);
    expect(await stored()).toBe(before + 1);
  });
});

describe('the profile editor', () => {
  it('tells a problem next to its field, and the summary at the top takes the user to it, opening its section', async () => {
    const options = await optionsPage();
    await options.selectOption('[data-testid=template]', 'cafe');
    await options.fill('input[data-path=name]', '');
    // Ids are made from labels: none is shown to be typed.
    expect(await options.$('input[data-path$=".id"]')).toBeNull();
    await options.click('button[type=submit]');

    const field = 'input[data-path=name]';
    await options.waitForSelector(`${field}[aria-invalid=true]`);
    const describedBy = (await options.getAttribute(field, 'aria-describedby'))!;
    expect(await options.evaluate((id) => document.getElementById(id)?.textContent, describedBy)).toBe('expected a non-empty string');
    // The summary has the focus, and names the field by its label.
    await options.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'problem-summary');
    const link = '[data-testid=problem-summary] button[data-jump=name]';
    expect(await options.textContent(link)).toMatch(/: expected a non-empty string$/);
    expect(await axeViolations(options)).toEqual([]);

    // Folded away, the field is still reached from the summary.
    await options.click('[data-section=basics] > summary');
    expect(await options.$eval('[data-section=basics]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await options.click(link);
    expect(await options.$eval('[data-section=basics]', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('name');
    await suite.session.screenshot(options, 'editor-problems');

    // Fixed, the problem goes at once.
    await options.fill(field, 'Кофейня «Сводка»');
    await options.waitForSelector('[data-testid=problem-summary]', { state: 'detached' });
    expect(await options.getAttribute(field, 'aria-invalid')).toBeNull();
  });

  it('tests a site pattern with a port against the page open in another tab, refuses a port no URL can have, and binds the page', async () => {
    const page = await suite.openPage('/clinic.html');
    const port = Number(new URL(page.url()).port);
    const options = await optionsPage();
    await options.selectOption('[data-testid=template]', 'cafe');
    await options.fill('input[data-path=name]', 'Порт 127');
    await options.click('[data-section=sites] > .section-body > button');
    const site = 'input[data-path="sites[0]"]';
    const test = '[data-section=sites] [data-testid=site-test]';

    await options.fill(site, `http://127.0.0.1:${port}/*`);
    await options.waitForSelector(`${test}[data-matches=true]`);
    expect(await options.textContent(test)).toContain(page.url());
    await options.fill(site, `http://127.0.0.1:${port + 1}/*`);
    await options.waitForSelector(`${test}[data-matches=false]`);
    await options.fill(site, 'http://127.0.0.1/*');
    await options.waitForSelector(`${test}[data-matches=true]`);

    await options.fill(site, 'http://127.0.0.1:99999/*');
    await options.waitForSelector(`${test}:not([data-matches])`);
    await options.click('button[type=submit]');
    await options.waitForSelector(`${site}[aria-invalid=true]`);
    const describedBy = (await options.getAttribute(site, 'aria-describedby'))!;
    expect(await options.evaluate((id) => document.getElementById(id)?.textContent, describedBy)).toContain('port "99999"');
    await options.click('[data-testid=problem-summary] button[data-jump="sites[0]"]');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-path'))).toBe('sites[0]');
    await suite.session.screenshot(options, 'editor-site-pattern');

    await options.fill(site, `http://127.0.0.1:${port}/*`);
    await options.click('button[type=submit]');
    await options.waitForSelector('[data-profile="порт-127"]');
    // Saved with its port, the pattern finds the page: the panel opens on this profile.
    const { panel } = await suite.panelFor(page);
    expect(await panel.$eval('select', (s) => (s as HTMLSelectElement).value)).toBe('порт-127');
  });
});

describe('deleting a profile', () => {
  it('asks first, with the safe answer focused, and deletes only when told', async () => {
    const options = await optionsPage();
    const copy = dental.replace(`"${dentalName}"`, '"Клиника на удаление"');
    await importText(options, copy, 'to-delete.json');
    const card = '[data-profile="клиника-на-удаление"]';
    await options.waitForSelector(card);

    await options.click(`${card} [data-action=delete]`);
    await options.waitForSelector('[data-testid=delete-question]');
    expect(await options.textContent('[data-testid=delete-question]')).toContain('Клиника на удаление');
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-answer'))).toBe('cancel');
    expect(await axeViolations(options)).toEqual([]);
    await options.click('[data-testid=delete-question] [data-answer=cancel]');
    expect(await options.$(card)).not.toBeNull();

    await options.click(`${card} [data-action=delete]`);
    await options.click('[data-testid=delete-question] [data-answer=delete]');
    await options.waitForSelector(card, { state: 'detached' });
    expect(await options.textContent('[role=status]')).toContain('Клиника на удаление');
  });
});

describe('history of a page that keeps changing', () => {
  it('does not store a check per change, and lists the history a page at a time', async () => {
    const options = await optionsPage();
    if (!(await options.$('[data-profile="стоматология-улыбка"]'))) {
      await importText(options, dental, 'dental.json');
      await options.waitForSelector('[data-profile="стоматология-улыбка"]');
    }
    // The guarantee's years change every second: each text has a different finding.
    const clinic = readFileSync('tests/fixtures/pages/clinic.html', 'utf8');
    pages.set(
      '/ticker.html',
      clinic.replace(
        '</body>',
        `<p id="ticker">Гарантия на импланты — 10 лет.</p>
      <script>let years = 10; setInterval(() => { document.getElementById('ticker').textContent = 'Гарантия на импланты — ' + (++years) + ' лет.'; }, 1000);</script></body>`,
      ),
    );
    const page = await suite.openPage('/ticker.html');
    // 25 earlier checks of this page, stored before the panel opens.
    const seeded = 25;
    await options.evaluate(
      async ({ url, count }) => {
        const db = await new Promise<IDBDatabase>((done) => {
          const r = indexedDB.open('sverka');
          r.onsuccess = () => done(r.result);
        });
        const store = db.transaction('reports', 'readwrite').objectStore('reports');
        for (let i = 1; i <= count; i++) store.add({ url, profileId: 'стоматология-улыбка', createdAt: i * 1000, report: { findings: [], summary: { error: 0, warning: 0, info: 0 } } });
        await new Promise((done) => {
          store.transaction.oncomplete = done;
        });
        db.close();
      },
      { url: page.url(), count: seeded },
    );
    const stored = () =>
      options.evaluate(async (url) => {
        const db = await new Promise<IDBDatabase>((done) => {
          const r = indexedDB.open('sverka');
          r.onsuccess = () => done(r.result);
        });
        const all = await new Promise<{ url: string }[]>((done) => {
          const r = db.transaction('reports').objectStore('reports').getAll();
          r.onsuccess = () => done(r.result);
        });
        db.close();
        return all.filter((r) => r.url === url).length;
      }, page.url());

    const { panel } = await suite.panelFor(page);
    await panel.click('button.primary');
    await panel.waitForSelector('[data-testid=summary]');
    // Eight more changes, one a second: the click's check and at most one re-check are stored.
    const years = () => page.evaluate(() => Number(/\d+/.exec(document.getElementById('ticker')!.textContent!)![0]));
    const checkedAt = await years();
    await page.waitForFunction((from) => Number(/\d+/.exec(document.getElementById('ticker')!.textContent!)![0]) >= from + 8, checkedAt, { timeout: 30_000 });
    const fresh = (await stored()) - seeded;
    expect(fresh).toBeGreaterThanOrEqual(1);
    expect(fresh).toBeLessThanOrEqual(2);

    // The history shows 10, then 10 more, then the rest.
    await panel.click('[role=tab]:nth-child(3)');
    const rows = () => panel.$$eval('[data-testid=history] > li', (nodes) => nodes.length);
    await expect.poll(rows).toBe(10);
    await panel.click('[data-testid=history-older]');
    await expect.poll(rows).toBe(20);
    await panel.click('[data-testid=history-older]');
    // The ticker goes on, so one more re-check may have been stored meanwhile: the list shows it too.
    await expect.poll(async () => (await rows()) === (await stored())).toBe(true);
    expect(await panel.$('[data-testid=history-older]')).toBeNull();
    // The checks this test made carry their service level; the seeded rows, stored without their lists, none.
    const levels = await panel.$$eval('[data-testid=history-level]', (nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(levels.length).toBeGreaterThanOrEqual(fresh);
    for (const level of levels) expect(level).toMatch(/\d+\/100/);
    await suite.session.screenshot(panel, 'edits-history-paged');
  });
});
