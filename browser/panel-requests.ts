/** What the context menu asks the side panel to do for a tab; it waits in session storage until the panel reads it. */
export type PanelRequest = { kind: 'check-page' } | { kind: 'check-selection'; text: string };

export const requestKey = (tabId: number) => `sverka-request-${tabId}`;

/** The request a menu click makes, or null for a menu item Sverka does not know. */
export function requestFromMenu(menuItemId: string | number, selectionText?: string): PanelRequest | null {
  if (menuItemId === 'sverka-check-page') return { kind: 'check-page' };
  if (menuItemId === 'sverka-check-selection' && selectionText?.trim()) return { kind: 'check-selection', text: selectionText };
  return null;
}
