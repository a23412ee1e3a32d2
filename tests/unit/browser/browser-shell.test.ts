import { describe, expect, it } from 'vitest';
import { ANY_PAGE, browserShell, type ShellApis } from '../../../browser/browser-shell';

/** A toolbar button that records what is done to it and lets the test click it. */
function fakeButton() {
  const calls: string[] = [];
  const listeners: Array<(tab: { id?: number }) => void> = [];
  return {
    calls,
    click: (tabId: number) => listeners.forEach((listener) => listener({ id: tabId })),
    listeners,
    setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void calls.push(`text ${tabId} "${text}"`),
    setBadgeBackgroundColor: async ({ tabId, color }: { tabId: number; color: string }) => void calls.push(`color ${tabId} ${color}`),
    onClicked: { addListener: (listener: (tab: { id?: number }) => void) => void listeners.push(listener) },
  };
}

function fakePermissions(answer: boolean) {
  const asked: string[][] = [];
  return { asked, request: async ({ origins }: { origins: string[] }) => (asked.push(origins), answer) };
}

/** Chromium: `action` and `chrome.sidePanel`, no sidebar. */
function chromium() {
  const action = fakeButton();
  const panel: string[] = [];
  const permissions = fakePermissions(true);
  const sidePanel = {
    setPanelBehavior: async (options: { openPanelOnActionClick: boolean }) => void panel.push(`behaviour ${options.openPanelOnActionClick}`),
    open: async ({ tabId }: { tabId: number }) => void panel.push(`open ${tabId}`),
  };
  return { action, panel, permissions, shell: browserShell({ action, permissions } as ShellApis, { sidePanel }) };
}

/** Firefox MV2: `browserAction` and `sidebarAction`; `chrome` exists there too, without a side panel. */
function firefox(shape: 'mv2' | 'mv3' = 'mv2', granted = true) {
  const button = fakeButton();
  const sidebar: string[] = [];
  const permissions = fakePermissions(granted);
  const sidebarAction = { open: async () => void sidebar.push('open'), toggle: async () => void sidebar.push('toggle') };
  const apis = { [shape === 'mv2' ? 'browserAction' : 'action']: button, sidebarAction, permissions } as ShellApis;
  return { button, sidebar, permissions, shell: browserShell(apis, {}) };
}

describe('browserShell in Chromium (action, chrome.sidePanel)', () => {
  it('badges the error count on the action, and clears it at 0', async () => {
    const { action, shell } = chromium();
    expect(await shell.setBadge(4, 3)).toBe(true);
    expect(await shell.setBadge(4, 0)).toBe(true);
    expect(action.calls).toEqual(['text 4 "3"', 'color 4 #c62828', 'text 4 ""', 'color 4 #c62828']);
  });
  it('lets the browser open the side panel on the toolbar click and listens to no click itself', () => {
    const { action, panel, shell } = chromium();
    shell.openPanelOnToolbarClick();
    expect(panel).toEqual(['behaviour true']);
    expect(action.listeners).toHaveLength(0);
  });
  it("opens the tab's side panel at once, inside the caller's gesture", () => {
    const { panel, shell } = chromium();
    shell.openPanel(9);
    expect(panel).toEqual(['open 9']);
  });
});

describe('browserShell in Firefox (browserAction or action, sidebarAction)', () => {
  it('badges the error count on browserAction (MV2) and on action (MV3)', async () => {
    for (const shape of ['mv2', 'mv3'] as const) {
      const { button, shell } = firefox(shape);
      expect(await shell.setBadge(2, 12)).toBe(true);
      expect(button.calls, shape).toEqual(['text 2 "12"', 'color 2 #c62828']);
    }
  });
  it('toggles the sidebar within the toolbar click, before any await', () => {
    const { button, sidebar, shell } = firefox();
    shell.openPanelOnToolbarClick();
    expect(sidebar).toEqual([]);
    button.click(5);
    expect(sidebar).toEqual(['toggle']);
    button.click(5);
    expect(sidebar).toEqual(['toggle', 'toggle']);
  });
  it('opens (never closes) the sidebar for a context menu request', () => {
    const { sidebar, shell } = firefox();
    shell.openPanel(5);
    expect(sidebar).toEqual(['open']);
  });
});

describe('browserShell permissions', () => {
  it("asks for the URL's origin synchronously, so Firefox still sees the click", async () => {
    const { permissions, shell } = firefox();
    const answer = shell.requestOrigin('https://clinic.example/files/flyer.pdf?x=1');
    expect(permissions.asked).toEqual([['https://clinic.example/*']]);
    expect(await answer).toBe(true);
  });
  it('asks for the site of a URL with a port, any port: Firefox never grants a pattern with one', () => {
    const { permissions, shell } = firefox();
    void shell.requestOrigin('http://127.0.0.1:8080/prices.pdf');
    expect(permissions.asked).toEqual([['http://127.0.0.1/*']]);
  });
  it('asks for every http(s) page when the tab is hidden, and passes a refusal on', async () => {
    const { permissions, shell } = firefox('mv2', false);
    expect(await shell.requestAnyPage()).toBe(false);
    expect(permissions.asked).toEqual([ANY_PAGE]);
    expect(ANY_PAGE).toEqual(['https://*/*', 'http://*/*']);
  });
});

describe('browserShell where a piece is missing', () => {
  it('reports no badge rather than failing when there is no toolbar button', async () => {
    const shell = browserShell({ permissions: fakePermissions(true) });
    expect(await shell.setBadge(1, 3)).toBe(false);
  });
  it('does nothing on open and click when there is neither a side panel nor a sidebar', () => {
    const button = fakeButton();
    const shell = browserShell({ action: button, permissions: fakePermissions(true) }, {});
    shell.openPanelOnToolbarClick();
    shell.openPanel(1);
    expect(button.listeners).toHaveLength(0);
  });
});
