import { browser } from 'wxt/browser';
import { onMessage, type MessagingApi } from '@/utils/messages';

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

  browser.contextMenus.onClicked.addListener((_info, tab) => {
    if (tab?.id === undefined) return;
    if (chrome.sidePanel) void chrome.sidePanel.open({ tabId: tab.id });
    else void (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  });

  onMessage(api, {
    'set-badge': async ({ tabId, errors }) => {
      await browser.action.setBadgeText({ tabId, text: errors > 0 ? String(errors) : '' });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#c62828' });
      return { ok: true };
    },
  });
});
