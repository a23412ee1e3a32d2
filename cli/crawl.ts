/**
 * `sverka crawl` (#18): engine/site/site-check.ts over Node's network and readers.
 */
import type { Profile } from '../engine/profile/types';
import { checkSite, type ExcludedPage, type SiteCheck, type SiteCheckRun } from '../engine/site/site-check';
import { CRAWL_FETCH_TIMEOUT_MS, nodeCrawlFetch } from './node-crawl-fetch';
import { nodeEnvironment } from './node-environment';

export type CrawlRun = Omit<SiteCheckRun, 'fetch' | 'fetchTimeoutMs' | 'environment' | 'sleep'>;

/**
 * The site crawled and checked over Node's network, or `unreachable` with the reason when the
 * start page could not be fetched at all. Stopped by `signal`, it returns what was checked so far.
 */
export function crawlReport(run: CrawlRun, profile: Profile): Promise<SiteCheck> {
  const fetch = nodeCrawlFetch({ maxBytes: run.limits.maxBytes, timeoutMs: CRAWL_FETCH_TIMEOUT_MS });
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  return checkSite({ ...run, fetch, fetchTimeoutMs: CRAWL_FETCH_TIMEOUT_MS, environment: nodeEnvironment, sleep }, profile);
}

const LEFT_OUT: Record<ExcludedPage['why'], string> = {
  robots: 'by robots.txt',
  pattern: 'by --include/--exclude',
  'other-host': 'on other sites',
  shard: 'in other shards',
  'not-a-page': 'not pages',
  limit: 'beyond --max-pages',
};

/** One line on the pages left out, by why, or nothing when none was. */
export function exclusionSummary(excluded: ExcludedPage[]): string | undefined {
  if (excluded.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const { why } of excluded) counts.set(LEFT_OUT[why], (counts.get(LEFT_OUT[why]) ?? 0) + 1);
  const parts = [...counts].map(([why, count]) => `${count} ${why}`);
  return `left out ${excluded.length} page${excluded.length === 1 ? '' : 's'} (${parts.join(', ')}); the JSON report lists them under "excluded"`;
}
