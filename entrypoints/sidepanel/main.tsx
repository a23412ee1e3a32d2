import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadText } from '@/browser/download';
import { SidePanel } from '@/components/findings/SidePanel';
import type { PanelPort } from '@/browser/panel/session';
import { translator, uiLanguage } from '@/browser/i18n';
import { openDatabase } from '@/browser/db/database';
import { HISTORY_POLICY } from '@/browser/db/history';
import { RecheckCoalescer } from '@/browser/recheck';
import { sendMessage, type Envelope, type MessagingApi, type Request, type Response } from '@/browser/messages';
import { isCardAction } from '@/browser/overlay';
import { requestKey, type PanelRequest } from '@/browser/panel-requests';
import { extensionMaterialsPort } from '@/browser/materials/extension-port';
import { MaterialsView } from '@/components/materials/MaterialsView';
import { extensionSpellChecker } from '@/browser/spelling/spell-checker';
import { createCheckClient } from '@/browser/check-client';
import type { CheckReply } from '@/engine/check-runner';
import CheckWorker from './check-worker?worker';
import { useState } from 'preact/hooks';
import { browserShell, type ShellApis } from '@/browser/browser-shell';
import type { SitePort } from '@/browser/site/session';

const api = browser as unknown as MessagingApi;
// Host access is all the panel asks of the shell; the toolbar button and the badge belong to the background.
const shell = browserShell(browser as unknown as ShellApis);

/** The panel checks the tab it was opened for (`?tabId=` from the background), else the active tab. */
async function tabId(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (fromQuery) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

/** The content script is injected on demand (activeTab + scripting), never into every site. */
async function ensureContentScript(id: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId: id, allFrames: false }, files: ['/content-scripts/content.js'] });
}

/**
 * Asks the tab's content script, injecting it first only when the tab has none yet (a new page):
 * injecting costs a round trip through the browser on every click.
 */
async function askPage<T extends 'read-page' | 'read-page-top'>(id: number, type: T, payload: Request<T>): Promise<Response<T>> {
  try {
    return await sendMessage(api, type, payload, id);
  } catch (error) {
    if (!/Receiving end does not exist/i.test(String(error))) throw error;
    await ensureContentScript(id);
    return sendMessage(api, type, payload, id);
  }
}

const port: PanelPort = {
  tabId,
  tabUrl: async (id) => (await browser.tabs.get(id)).url ?? '',
  tabTitle: async (id) => (await browser.tabs.get(id)).title ?? '',
  // Firefox has no such switch (and answers false): its extensions read files as they read pages.
  fileAccess: async () => import.meta.env.FIREFOX || (await browser.extension.isAllowedFileSchemeAccess()),
  readPage: (id) => askPage(id, 'read-page', {}),
  readPageTop: (id, words) => askPage(id, 'read-page-top', { words }),
  preparePage: ensureContentScript,
  async showMarks(id, marks) {
    await sendMessage(api, 'show-marks', { marks }, id);
  },
  onTabChanged(id, callback) {
    // A new page is checked at once; the page's own text changes (a ticker, a chat, a carousel)
    // are coalesced, so they cannot start a check, and store one, every second.
    const textChanged = new RecheckCoalescer(callback, HISTORY_POLICY.recheckIntervalMs);
    const onUpdated = (updatedId: number, change: { status?: string }) => {
      if (updatedId === id && change.status === 'complete') void callback();
    };
    const onChanged = (message: unknown, sender: { tab?: { id?: number } }) => {
      const envelope = message as { sverka?: boolean; type?: string };
      if (envelope?.sverka && envelope.type === 'page-changed' && sender.tab?.id === id) textChanged.notify();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onChanged as never);
    return () => {
      textChanged.stop();
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onChanged as never);
    };
  },
  onRequest(id, callback) {
    const key = requestKey(id);
    const take = async () => {
      const { [key]: request } = await browser.storage.session.get(key);
      if (!request) return;
      await browser.storage.session.remove(key);
      callback(request as PanelRequest);
    };
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes[key]?.newValue) void take();
    };
    void take();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  onCardAction(id, callback) {
    // Only the card on this panel's tab is answered; the panel of another tab answers its own.
    const onAsked = (message: unknown, sender: { tab?: { id?: number } }) => {
      const envelope = message as Envelope<'card-action'> | undefined;
      if (!envelope?.sverka || envelope.type !== 'card-action' || sender.tab?.id !== id) return undefined;
      const { action, id: markId } = envelope.payload ?? {};
      if (!isCardAction(action) || typeof markId !== 'string') return undefined;
      return callback({ action, id: markId }).then((ok) => ({ ok }));
    };
    browser.runtime.onMessage.addListener(onAsked as never);
    return () => browser.runtime.onMessage.removeListener(onAsked as never);
  },
  async scrollTo(id, markId) {
    await sendMessage(api, 'scroll-to-mark', { id: markId }, id);
  },
  async setBadge(id, errors) {
    await sendMessage(api, 'set-badge', { tabId: id, errors });
  },
  requestAccess: (url) => shell.requestOrigin(url),
  requestAnyPage: () => shell.requestAnyPage(),
  copy: (text) => navigator.clipboard.writeText(text),
  download: downloadText,
};

const t = translator((key, substitutions) => browser.i18n.getMessage(key, substitutions));
document.documentElement.lang = uiLanguage(t).page;
// The materials view checks files here, loading its dictionaries only if it is used.
const spellChecker = extensionSpellChecker((path) => browser.runtime.getURL(path as never));
const checkWorker = new CheckWorker();
const checks = createCheckClient((request) => checkWorker.postMessage(request));
checkWorker.onmessage = (event: MessageEvent<CheckReply>) => checks.receive(event.data);
// Opening the panel is the sign a check is coming: the dictionaries load now, not after the click.
checks.warm(['ru', 'en']);
const db = openDatabase();
/** The options page in a tab of its own at `#hash`: openOptionsPage cannot carry one. */
const openOptions = (hash: string) => void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#${hash}` });
const materialsPort = extensionMaterialsPort({ wide: false });
const sitePort: SitePort = { environment: materialsPort.environment, requestAccess: (url) => shell.requestOrigin(url), copy: port.copy };

/** The panel checks the page, or switches to materials (files, pasted text, a PDF tab). */
function Panel() {
  const [mode, setMode] = useState<{ view: 'page' } | { view: 'materials'; url?: string }>({ view: 'page' });
  return (
    <>
      <nav class="tabs modes" aria-label="Sverka">
        <button type="button" aria-pressed={mode.view === 'page'} onClick={() => setMode({ view: 'page' })}>
          {t('modePage')}
        </button>
        <button type="button" aria-pressed={mode.view === 'materials'} onClick={() => setMode({ view: 'materials' })}>
          {t('modeMaterials')}
        </button>
      </nav>
      {mode.view === 'page' ? (
        <SidePanel db={db} port={port} t={t} checks={checks} sitePort={sitePort} onOpenMaterials={(url) => setMode({ view: 'materials', url })} onOpenOptions={openOptions} />
      ) : (
        <MaterialsView key={mode.url ?? ''} db={db} t={t} port={materialsPort} spellChecker={spellChecker} initialUrl={mode.url} />
      )}
    </>
  );
}

render(<Panel />, document.getElementById('app')!);
