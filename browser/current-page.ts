/** A tab as browser.tabs.query gives it: `url` only for tabs the extension may read (host access). */
export interface TabInfo {
  url?: string;
  lastAccessed?: number;
}

/**
 * The page the user last looked at, to test a site pattern against from the options page (itself a
 * tab): the most recently active tab showing a web page or a file, not one of the extension's own.
 */
export function lastPageUrl(tabs: readonly TabInfo[], ownOrigin: string): string | null {
  const pages = tabs.filter((tab): tab is TabInfo & { url: string } => !!tab.url && !tab.url.startsWith(ownOrigin) && /^(https?|file|ftp):/.test(tab.url));
  return pages.reduce<(TabInfo & { url: string }) | null>((last, tab) => (!last || (tab.lastAccessed ?? 0) > (last.lastAccessed ?? 0) ? tab : last), null)?.url ?? null;
}
