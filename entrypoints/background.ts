import { browser } from 'wxt/browser';
import { onMessage, type MessagingApi } from '@/browser/messages';
import { requestFromMenu, requestKey } from '@/browser/panel-requests';
import { browserShell, type ChromiumSidePanel, type ShellApis } from '@/browser/browser-shell';

/** Chrome's side panel API is not in the polyfill's types; Firefox has no `chrome.sidePanel`. */
declare const chrome: { sidePanel?: ChromiumSidePanel } | undefined;

export default defineBackground(() => {
  const api = browser as unknown as MessagingApi;
  const shell = browserShell(browser as unknown as ShellApis, typeof chrome === 'undefined' ? undefined : chrome);
  shell.openPanelOnToolbarClick();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'sverka-check-page', title: browser.i18n.getMessage('menuCheckPage'), contexts: ['page'] });
    browser.contextMenus.create({ id: 'sverka-check-selection', title: browser.i18n.getMessage('menuCheckSelection'), contexts: ['selection'] });
  });

  // The panel must open inside the click's user gesture, so it opens first; the request waits in
  // session storage for the panel to pick up (at start, or at once when it is already open).
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const request = requestFromMenu(info.menuItemId, info.selectionText);
    if (tab?.id === undefined || !request) return;
    shell.openPanel(tab.id);
    void browser.storage.session.set({ [requestKey(tab.id)]: { ...request, at: Date.now() } });
  });

  onMessage(api, {
    'set-badge': async ({ tabId, errors }) => ({ ok: await shell.setBadge(tabId, errors) }),
  });
});
