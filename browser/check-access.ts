import { pageKind } from './page-kind';

/**
 * What the side panel's Check button does for its tab. The browser shows the panel the tab's URL
 * only when the extension may read the tab: granted by the toolbar button's click (activeTab) or
 * by host access. So a known URL means the page can be read, and '' means the panel was opened
 * some other way (Firefox's View → Sidebar) and must ask for access first — inside the click,
 * since Firefox asks only there.
 */
export type CheckButton =
  /** Check the page now. */
  | { enabled: true; ask: 'nothing' }
  /** Ask for every page (the panel cannot tell which one is shown), then see what the tab holds. */
  | { enabled: true; ask: 'any-page' }
  /** A PDF (offered to the materials view) or a page closed to extensions. */
  | { enabled: false };

export function checkButton(url: string): CheckButton {
  if (url === '') return { enabled: true, ask: 'any-page' };
  return pageKind(url) === 'page' ? { enabled: true, ask: 'nothing' } : { enabled: false };
}

/** After access was granted, what the tab turned out to hold: a page to check, a PDF for the materials view, or neither. */
export function afterAccess(url: string): 'check-page' | 'check-pdf' | 'not-checkable' {
  const kind = pageKind(url);
  return kind === 'page' ? 'check-page' : kind === 'pdf' ? 'check-pdf' : 'not-checkable';
}
