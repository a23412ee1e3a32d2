import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionSuite } from './harness';

/**
 * The extension's pages brought to the states a user sees, for the accessibility and screenshot
 * suites. Each waits for what it shows, never for a time.
 */

/** A page of the clinic's site that the dental profile finds nothing wrong with (served by the suite from `pages`). */
export const CLEAN_PAGE = ['/clean.html', '<!doctype html><html lang="ru"><head><title>Улыбка</title></head><body><main><p>Лечим без боли, смета заранее.</p></main></body></html>'] as const;

const PROFILE_NAME = 'Улыбка';

/** The side panel of a fresh tab of `path`, as it opens: with no profile stored, the first run. */
export async function openPanel(suite: ExtensionSuite, path: string): Promise<Page> {
  const page = await suite.openPage(path);
  const { panel } = await suite.panelFor(page, { chosen: false });
  await panel.waitForSelector('main header input[type=file]');
  return panel;
}

/** The side panel once it has checked `path` against the dental profile. */
export async function checkedPanel(suite: ExtensionSuite, path = '/clinic.html'): Promise<Page> {
  await suite.ensureProfile();
  const page = await suite.openPage(path);
  const { panel } = await suite.panelFor(page);
  await panel.click('button.primary');
  await panel.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
  return panel;
}

/** The panel once it has checked the clean page: a report with no finding at all. */
export async function cleanPanel(suite: ExtensionSuite): Promise<Page> {
  const panel = await checkedPanel(suite, CLEAN_PAGE[0]);
  const findings = await panel.$$eval('.finding', (nodes) => nodes.map((n) => n.textContent));
  if (findings.length > 0) throw new Error(`the clean page has findings: ${findings.join('; ')}`);
  return panel;
}

/** The checked panel on one of its tabs (1 findings, 2 promises, 3 history), once the tab's content shows. */
export async function panelTab(suite: ExtensionSuite, tab: 2 | 3): Promise<Page> {
  const panel = await checkedPanel(suite);
  await panel.click(`[role=tab]:nth-child(${tab})`);
  await panel.waitForSelector(tab === 2 ? '.inventory, .empty' : '[data-testid=history]');
  return panel;
}

/** The options page listing the stored profiles. */
export async function optionsList(suite: ExtensionSuite): Promise<Page> {
  await suite.ensureProfile();
  const options = await suite.session.openExtensionPage('options.html');
  suite.open.push(options);
  await options.waitForSelector('[data-profile]');
  return options;
}

/** The options page with the profile editor open on a new profile made from a template. */
export async function optionsEditor(suite: ExtensionSuite): Promise<Page> {
  const options = await optionsList(suite);
  await options.selectOption('[data-testid=template]', 'cafe');
  await options.waitForSelector('input[data-path=name]');
  return options;
}

/** The materials page after checking a text file with the clinic's words against the dental profile. */
export async function checkedMaterials(suite: ExtensionSuite): Promise<Page> {
  await suite.ensureProfile();
  const view = await suite.session.openExtensionPage('materials.html');
  suite.open.push(view);
  await view.waitForFunction((name) => [...document.querySelectorAll('select option')].some((o) => o.textContent?.includes(name)), PROFILE_NAME);
  const id = await view.$$eval('select option', (options, name) => options.find((o) => o.textContent?.includes(name))!.getAttribute('value')!, PROFILE_NAME);
  await view.selectOption('select', id);
  const text = readFileSync('tests/fixtures/pages/clinic.html', 'utf8').replace(/<[^>]+>/g, ' ');
  const transfer = await view.evaluateHandle((words) => {
    const data = new DataTransfer();
    data.items.add(new File([words], 'flyer.txt', { type: 'text/plain' }));
    return data;
  }, text);
  await view.dispatchEvent('[data-testid=drop]', 'drop', { dataTransfer: transfer });
  await view.waitForSelector('[data-testid=queue] li');
  await view.click('button.primary');
  await view.waitForSelector('[data-testid=summary]', { timeout: 60_000 });
  return view;
}

/**
 * The on-page card's frame opened as a tab and handed a card the way the content script hands it
 * one: a port offered in a window message that names the nonce of the frame's URL.
 */
export async function overlayCard(suite: ExtensionSuite): Promise<Page> {
  const nonce = '0f0e0d0c-0b0a-4908-8706-050403020100';
  const card = await suite.session.openExtensionPage(`overlay-card.html#${nonce}`);
  suite.open.push(card);
  await card.evaluate((name) => {
    const channel = new MessageChannel();
    // Held by the window, so the sending end outlives this call.
    Object.assign(window, { cardPort: channel.port1 });
    postMessage({ type: 'sverka-card-port', name }, '*', [channel.port2]);
    channel.port1.postMessage({ type: 'card', card: { severity: 'error', message: 'Адрес на странице — «ул. Малая Садова», в профиле — «ул. Малая Садовая».', suggestion: 'ул. Малая Садовая' } });
  }, `sverka-card:${nonce}`);
  await card.waitForSelector('#card:not([hidden])');
  return card;
}
