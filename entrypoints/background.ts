import { browser } from 'wxt/browser';
import { onMessage, type MessagingApi } from '@/utils/messages';
import { requestFromMenu, requestKey } from '@/utils/panel-requests';

/** Chrome's side panel API is not in the polyfill's types. */
declare const chrome: {
  sidePanel?: {
    setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
    open(options: { tabId: number }): Promise<void>;
  };
};

export default defineBackground(() => {
  const api = browser as unknown as MessagingApi;
  void chrome.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'sverka-check-page', title: browser.i18n.getMessage('menuCheckPage'), contexts: ['page'] });
    browser.contextMenus.create({ id: 'sverka-check-selection', title: browser.i18n.getMessage('menuCheckSelection'), contexts: ['selection'] });
  });

  // The panel must open inside the click's user gesture, so it opens first; the request waits in
  // session storage for the panel to pick up (at start, or at once when it is already open).
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const request = requestFromMenu(info.menuItemId, info.selectionText);
    if (tab?.id === undefined || !request) return;
    if (chrome.sidePanel) void chrome.sidePanel.open({ tabId: tab.id });
    else void (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    void browser.storage.session.set({ [requestKey(tab.id)]: { ...request, at: Date.now() } });
  });

  onMessage(api, {
    'set-badge': async ({ tabId, errors }) => {
      await browser.action.setBadgeText({ tabId, text: errors > 0 ? String(errors) : '' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
      return { ok: true };
    },
  });
});
