import type { CrawlProgress } from './crawl';

/** Pages checked before the pace means anything: the first ones wait for robots.txt and the sitemaps. */
const PAGES_BEFORE_ESTIMATE = 3;

/**
 * Seconds the crawl still needs at the pace it has kept, or nothing while too few pages are
 * checked to judge. The pages left are those met and not yet checked, within `maxPages`: a site
 * whose links are still being found may take longer than said, never less.
 */
export function secondsLeft({ checked, queued }: CrawlProgress, elapsedMs: number, maxPages: number): number | undefined {
  if (checked < PAGES_BEFORE_ESTIMATE) return undefined;
  const left = Math.max(0, Math.min(checked + queued, maxPages) - checked);
  return Math.ceil(((elapsedMs / checked) * left) / 1000);
}
