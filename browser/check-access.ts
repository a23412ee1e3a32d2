import { pageAccess, pageKind } from './page-kind';

/**
 * Why Check cannot run now, each said to the user with the way to enable it: no profile chosen; a
 * page the browser keeps from extensions (its own pages, an extension store); a PDF (offered to the
 * materials view instead) or a PDF file; a file:// page while the extension may not read files;
 * host access asked for and refused.
 */
export type CheckBlocked = 'no-profile' | 'browser-page' | 'web-store' | 'pdf' | 'local-pdf' | 'file-access' | 'access-refused';

/** What the panel knows beside the tab's URL. */
export interface AccessFacts {
  profileChosen: boolean;
  /** The user allowed the extension to read file:// pages (Chromium's "Allow access to file URLs"). */
  fileAccess: boolean;
  /** Host access for this tab was asked for and refused. */
  accessRefused: boolean;
}

/**
 * What the side panel's Check button does for its tab. The browser shows the panel the tab's URL
 * only when the extension may read the tab: granted by the toolbar button's click (activeTab) or
 * by host access. So a known URL means the page can be read, and '' means the panel was opened
 * some other way (Firefox's View → Sidebar) and must ask for access first — inside the click,
 * since Firefox asks only there. A refusal leaves the button on, so the user can be asked again.
 */
export type CheckButton =
  /** Check the page now. */
  | { enabled: true; ask: 'nothing' }
  /** Ask for every page (the panel cannot tell which one is shown), then see what the tab holds. */
  | { enabled: true; ask: 'any-page'; blocked?: 'access-refused' }
  /** The page could not be read: ask for its site inside the click, then check it. */
  | { enabled: true; ask: 'this-site'; blocked: 'access-refused' }
  | { enabled: false; blocked: CheckBlocked };

export function checkButton(url: string, facts: AccessFacts): CheckButton {
  const access = url === '' ? 'hidden' : pageAccess(url);
  if (access !== 'hidden' && access !== 'page') return { enabled: false, blocked: access };
  if (!facts.profileChosen) return { enabled: false, blocked: 'no-profile' };
  if (access === 'hidden') return facts.accessRefused ? { enabled: true, ask: 'any-page', blocked: 'access-refused' } : { enabled: true, ask: 'any-page' };
  if (url.startsWith('file:') && !facts.fileAccess) return { enabled: false, blocked: 'file-access' };
  if (facts.accessRefused) return { enabled: true, ask: 'this-site', blocked: 'access-refused' };
  return { enabled: true, ask: 'nothing' };
}

/** After access was granted, what the tab turned out to hold: a page to check, a PDF for the materials view, or neither. */
export function afterAccess(url: string): 'check-page' | 'check-pdf' | 'not-checkable' {
  const kind = pageKind(url);
  return kind === 'page' ? 'check-page' : kind === 'pdf' ? 'check-pdf' : 'not-checkable';
}
