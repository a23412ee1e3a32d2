/** Sites the browser never lets an extension script, whatever its permissions. */
const PROTECTED_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/**
 * What the side panel can do with a tab's URL: check it as a page, offer a PDF to the materials
 * view (the built-in viewer cannot be scripted), or say it cannot be checked.
 */
export function pageKind(url: string): 'page' | 'pdf' | 'unavailable' {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unavailable';
  }
  if (!['http:', 'https:', 'file:'].includes(parsed.protocol)) return 'unavailable';
  if (PROTECTED_HOSTS.includes(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) return 'unavailable';
  if (/\.pdf$/i.test(parsed.pathname)) return parsed.protocol === 'file:' ? 'unavailable' : 'pdf';
  return 'page';
}
