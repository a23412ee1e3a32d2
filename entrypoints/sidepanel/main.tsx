import { render } from 'preact';
import { browser } from 'wxt/browser';
import { SidePanel, type PanelPort } from '@/components/findings/SidePanel';
import { translator } from '@/components/findings/i18n';
import { openDatabase } from '@/utils/db/database';
import { sendMessage, type MessagingApi } from '@/utils/messages';
import { requestKey, type PanelRequest } from '@/utils/panel-requests';
import { fetchDictionaryLoader } from '@/utils/spelling/fetch-dictionaries';
import { loadBrowserHunspell } from '@/utils/spelling/browser-hunspell';
import { createHunspellChecker } from '@/utils/spelling/hunspell';

const api = browser as unknown as MessagingApi;

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

const port: PanelPort = {
  tabId,
  tabUrl: async (id) => (await browser.tabs.get(id)).url ?? '',
  async readPage(id) {
    await ensureContentScript(id);
    return sendMessage(api, 'read-page', {}, id);
  },
  async showMarks(id, marks) {
    await sendMessage(api, 'show-marks', { marks }, id);
  },
  onTabChanged(id, callback) {
    const onUpdated = (updatedId: number, change: { status?: string }) => {
      if (updatedId === id && change.status === 'complete') callback();
    };
    const onChanged = (message: unknown, sender: { tab?: { id?: number } }) => {
      const envelope = message as { sverka?: boolean; type?: string };
      if (envelope?.sverka && envelope.type === 'page-changed' && sender.tab?.id === id) callback();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onChanged as never);
    return () => {
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
  async scrollTo(id, markId) {
    await sendMessage(api, 'scroll-to-mark', { id: markId }, id);
  },
  async setBadge(id, errors) {
    await sendMessage(api, 'set-badge', { tabId: id, errors });
  },
  copy: (text) => navigator.clipboard.writeText(text),
  download(name, type, text) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  },
};

const t = translator((key, substitutions) => browser.i18n.getMessage(key as never, substitutions));
document.documentElement.lang = browser.i18n.getUILanguage().startsWith('ru') ? 'ru' : 'en';
const spellChecker = createHunspellChecker(fetchDictionaryLoader((path) => browser.runtime.getURL(path as never)), loadBrowserHunspell);
render(<SidePanel db={openDatabase()} port={port} t={t} spellChecker={spellChecker} />, document.getElementById('app')!);
