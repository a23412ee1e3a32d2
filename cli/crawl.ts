/**
 * `sverka crawl` (#18): engine/site/site-check.ts over Node's network and readers.
 */
import { errorDetail } from '../engine/material/errors';
import type { Profile } from '../engine/profile/types';
import type { CrawlFetch } from '../engine/site/crawl';
import { checkSite, type ExcludedPage, type SiteCheck, type SiteCheckRun } from '../engine/site/site-check';
import { CRAWL_FETCH_TIMEOUT_MS, nodeCrawlFetch } from './node-crawl-fetch';
import { nodeEnvironment } from './node-environment';

export type CrawlRun = Omit<SiteCheckRun, 'fetch' | 'fetchTimeoutMs' | 'environment' | 'sleep'>;

/** Why the start page cannot be fetched, or nothing when it can. */
async function whyUnreachable(url: string, fetch: CrawlFetch): Promise<string | undefined> {
  try {
    await fetch(url);
    return undefined;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return `${url}: ${name === 'TimeoutError' ? 'no answer in time' : (errorDetail((error as Error).cause) ?? errorDetail(error) ?? 'the request failed')}`;
  }
}

/**
 * The site crawled and checked over Node's network, or `unreachable` with the reason when the
 * start page could not be fetched at all. Stopped by `signal`, it returns what was checked so far.
 */
export async function crawlReport(run: CrawlRun, profile: Profile): Promise<SiteCheck> {
  const fetch = nodeCrawlFetch({ maxBytes: run.limits.maxBytes, timeoutMs: CRAWL_FETCH_TIMEOUT_MS });
  const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  const result = await checkSite({ ...run, fetch, fetchTimeoutMs: CRAWL_FETCH_TIMEOUT_MS, environment: nodeEnvironment, sleep }, profile);
  if ('unreachable' in result || result.report.sources.length > 0 || run.signal?.aborted) return result;
  // An unreachable site reads as a robots.txt that forbids everything: nothing is checked, and the start page says why.
  const silence = await whyUnreachable(run.url, fetch);
  return silence ? { unreachable: silence } : result;
}

const LEFT_OUT: Record<ExcludedPage['why'], string> = {
  robots: 'by robots.txt',
  pattern: 'by --include/--exclude',
  'other-host': 'on other sites',
  shard: 'in other shards',
  'not-a-page': 'not pages',
};

/** One line on the pages left out, by why, or nothing when none was. */
export function exclusionSummary(excluded: ExcludedPage[]): string | undefined {
  if (excluded.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const { why } of excluded) counts.set(LEFT_OUT[why], (counts.get(LEFT_OUT[why]) ?? 0) + 1);
  const parts = [...counts].map(([why, count]) => `${count} ${why}`);
  return `left out ${excluded.length} page${excluded.length === 1 ? '' : 's'} (${parts.join(', ')}); the JSON report lists them under "excluded"`;
}
