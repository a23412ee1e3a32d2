/**
 * Where Chromium and Firefox differ around the extension — the toolbar button, the panel beside
 * the page, host access — behind one shape, so no other code names either browser's API.
 * Chromium: `action` and `chrome.sidePanel`; Firefox MV2: `browserAction` and `sidebarAction`
 * (Firefox MV3 has `action` with `sidebarAction`). The APIs are passed in, so tests give fakes.
 */

interface ToolbarButton {
  setBadgeText(details: { tabId: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void> | void;
  onClicked: { addListener(listener: (tab: { id?: number }) => void): void };
}

/** Chromium's side panel, not in the polyfill's types. */
export interface ChromiumSidePanel {
  setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { tabId: number }): Promise<void>;
}

/** Firefox's sidebar: one per window, opened only inside a user action. */
export interface FirefoxSidebar {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

export interface ShellApis {
  action?: ToolbarButton;
  browserAction?: ToolbarButton;
  sidebarAction?: FirefoxSidebar;
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
}

/** Every http(s) page: what the manifest lists as optional hosts, asked for when the tab's URL is hidden. */
export const ANY_PAGE = ['https://*/*', 'http://*/*'];

const BADGE_COLOR = '#c62828';

/**
 * The match pattern for a URL's site, any port: Firefox holds a pattern with a port as never
 * granted (permissions.contains says false even with the host granted), so a request for one
 * waits on a prompt; a pattern matches every port of its host anyway.
 */
export const originPattern = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
};

export interface BrowserShell {
  /** Shows the page's error count on the toolbar button (none at 0); false where there is no badge. */
  setBadge(tabId: number, errors: number): Promise<boolean>;
  /** Opens the panel for the tab; call it synchronously inside the user's action (a click, a menu). */
  openPanel(tabId: number): void;
  /** Makes the toolbar button open the panel (Chromium) or toggle the sidebar (Firefox). */
  openPanelOnToolbarClick(): void;
  /** Asks for host access to the URL's origin; call it before any await in the click that wants it. */
  requestOrigin(url: string): Promise<boolean>;
  /** Asks for host access to every page: the panel cannot tell which page its tab shows. */
  requestAnyPage(): Promise<boolean>;
}

export function browserShell(browser: ShellApis, chrome?: { sidePanel?: ChromiumSidePanel }): BrowserShell {
  const button = browser.action ?? browser.browserAction;
  const sidePanel = chrome?.sidePanel;
  const sidebar = browser.sidebarAction;
  return {
    async setBadge(tabId, errors) {
      if (!button) return false;
      await button.setBadgeText({ tabId, text: errors > 0 ? String(errors) : '' });
      await button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
      return true;
    },
    openPanel(tabId) {
      if (sidePanel) void sidePanel.open({ tabId });
      else if (sidebar) void sidebar.open();
    },
    openPanelOnToolbarClick() {
      if (sidePanel) void sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
      // Firefox keeps a sidebar open only when asked within the click: toggle() must come before any await.
      else if (sidebar) button?.onClicked.addListener(() => void sidebar.toggle());
    },
    requestOrigin: (url) => browser.permissions.request({ origins: [originPattern(url)] }),
    requestAnyPage: () => browser.permissions.request({ origins: ANY_PAGE }),
  };
}
