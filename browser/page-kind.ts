/** Sites the browser never lets an extension script, whatever its permissions. */
const PROTECTED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/**
 * What a tab's URL is to Sverka: a page to check, a PDF on the web for the materials view (the
 * built-in viewer cannot be scripted), or one it cannot read — the browser's own pages (and
 * anything that is not a URL), an extension store, a PDF file on this computer.
 */
export type PageAccess = 'page' | 'pdf' | 'browser-page' | 'web-store' | 'local-pdf';

export function pageAccess(url: string): PageAccess {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return 'browser-page';
  if (PROTECTED_HOSTS.includes(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) return 'web-store';
  if (/\.pdf$/i.test(parsed.pathname)) return parsed.protocol === 'file:' ? 'local-pdf' : 'pdf';
  return 'page';
}

/** What the side panel can do with a tab's URL: check it as a page, offer a PDF to the materials view, or say it cannot be checked. */
export function pageKind(url: string): 'page' | 'pdf' | 'unavailable' {
  const access = pageAccess(url);
  return access === 'page' || access === 'pdf' ? access : 'unavailable';
}
