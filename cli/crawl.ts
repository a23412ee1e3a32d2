/**
 * `sverka crawl` (#18): a site's pages read by engine/site/crawl.ts, each checked as `check` checks
 * one fetched page or file, then put together as ONE report with the site-level consistency
 * findings beside them.
 */
import type { CrawlScope } from './args';
import { errorDetail, type MaterialProblem } from '../engine/material/errors';
import type { Limits } from '../engine/material/limits';
import { loadMaterialOrError, unreadableMaterial } from '../engine/material/load';
import type { Material } from '../engine/material/types';
import type { Language, Profile } from '../engine/profile/types';
import type { Finding, Report } from '../engine/report/types';
import { type CrawledPage, type CrawlFetch, type CrawlProgress, crawlSite, type ExclusionReason, type FailureReason } from '../engine/site/crawl';
import { siteConsistency } from '../engine/site/consistency';
import { summarise } from '../engine/engine';
import { CRAWL_FETCH_TIMEOUT_MS, nodeCrawlFetch } from './node-crawl-fetch';
import { nodeEnvironment } from './node-environment';

/** A crawl's report: the contract's, plus the pages met and left out (robots.txt, a pattern, another host). */
export type CrawlReport = Report & { excluded: { url: string; why: ExclusionReason }[] };

export interface CrawlRun {
  url: string;
  scope: CrawlScope;
  limits: Limits;
  language?: Language;
  /** Checks one page's material, as `check` does: its report, whose only source is `s1`. */
  check: (material: Material) => Promise<Report>;
  signal?: AbortSignal;
  onProgress?: (progress: CrawlProgress) => void;
  /** Called with each page as it is read, its outcome in English. */
  onPage?: (page: CrawledPage) => void;
}

/** A failure in the material problems' words where one fits; else the crawl's own English ones. */
function problemOfFailure(reason: FailureReason, maxBytes: number): MaterialProblem {
  switch (reason.code) {
    case 'http':
      return { code: 'http', status: reason.status! };
    case 'timeout':
      return { code: 'fetch-timeout', seconds: CRAWL_FETCH_TIMEOUT_MS / 1000 };
    case 'too-large':
      return { code: 'too-large', limit: maxBytes };
    case 'wrong-type':
      return { code: 'unreadable', detail: reason.words };
    default:
      return { code: 'fetch-failed', detail: reason.words };
  }
}

const utf8 = new TextEncoder();

/** One page as `check` reads it: an HTML page or a file through the material readers, a failure as a source with its error. */
function materialOf(page: Exclude<CrawledPage, { kind: 'excluded' }>, run: CrawlRun): Promise<Material> {
  const source = { id: 's1', location: page.url, title: page.url };
  if (page.kind === 'failed') return Promise.resolve(unreadableMaterial(source, problemOfFailure(page.reason, run.limits.maxBytes), run.language));
  const read = async () => (page.kind === 'html' ? { bytes: utf8.encode(page.html), contentType: 'text/html; charset=utf-8' } : { bytes: page.bytes, contentType: page.contentType });
  return loadMaterialOrError(read, source, nodeEnvironment, run.language, {}, run.limits);
}

/** A page's report with its source, promises and findings numbered after those of the pages before it. */
function renumbered(report: Report, sourceId: string, counts: { promises: number; findings: number }): Report {
  const promiseIds = new Map(report.promises.map((promise) => [promise.id, `p${++counts.promises}`]));
  const promiseId = (id: string | undefined) => (id === undefined ? {} : { promiseId: promiseIds.get(id) ?? id });
  return {
    ...report,
    sources: report.sources.map((source) => ({ ...source, id: sourceId })),
    promises: report.promises.map((promise) => ({ ...promise, id: promiseIds.get(promise.id)!, source: sourceId })),
    findings: report.findings.map((finding): Finding => {
      const { promiseId: own, ...rest } = finding;
      return {
        ...rest,
        id: `f${++counts.findings}`,
        ...(finding.source === undefined ? {} : { source: sourceId }),
        ...promiseId(own),
        ...(finding.related ? { related: finding.related.map((place) => ({ ...place, source: sourceId })) } : {}),
      };
    }),
  };
}

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

/** Findings about the profile itself (a pillar no page voices) come once per page's report: kept once. */
function once(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => finding.source !== undefined || (!seen.has(finding.fingerprint) && seen.add(finding.fingerprint)));
}

/** The pages' reports as one: sources s1…sN in the order they were read, then the site's consistency findings. */
function combined(reports: Report[], profile: Profile, excluded: CrawlReport['excluded']): CrawlReport {
  const language: Language = reports.find((report) => report.language)?.language ?? profile.languages?.[0] ?? 'ru';
  const findings = [...once(reports.flatMap((report) => report.findings)), ...siteConsistency(reports, profile, language)];
  return {
    format: 'sverka.report/1',
    profile: profile.name,
    language,
    createdAt: new Date().toISOString(),
    sources: reports.flatMap((report) => report.sources),
    promises: reports.flatMap((report) => report.promises),
    findings,
    summary: summarise(findings),
    excluded,
  };
}

/**
 * The site crawled and checked, or `unreachable` with the reason when the start page could not be
 * fetched at all and nothing else was read. Stopped by `signal`, it returns what was checked so far.
 */
export async function crawlReport(run: CrawlRun, profile: Profile): Promise<{ report: CrawlReport; materials: Material[] } | { unreachable: string }> {
  const reports: Report[] = [];
  const materials: Material[] = [];
  const excluded: CrawlReport['excluded'] = [];
  const counts = { promises: 0, findings: 0 };
  const fetch = nodeCrawlFetch({ maxBytes: run.limits.maxBytes, timeoutMs: CRAWL_FETCH_TIMEOUT_MS });
  const pages = crawlSite(run.url, {
    fetch,
    ...run.scope,
    signal: run.signal,
    onProgress: run.onProgress,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  const failures: Extract<CrawledPage, { kind: 'failed' }>[] = [];
  for await (const page of pages) {
    run.onPage?.(page);
    if (page.kind === 'excluded') {
      if (page.why !== 'shard' && page.why !== 'not-a-page') excluded.push({ url: page.url, why: page.why });
      continue;
    }
    if (page.kind === 'failed') failures.push(page);
    const id = `s${reports.length + 1}`;
    const material = await materialOf(page, run);
    reports.push(renumbered(await run.check(material), id, counts));
    materials.push({ ...material, source: { ...material.source, id } });
    if (run.signal?.aborted) break;
  }
  const unreachable = failures.length === reports.length && failures.find((failure) => ['network', 'timeout'].includes(failure.reason.code));
  if (unreachable && reports.length === 1) return { unreachable: `${unreachable.url}: ${unreachable.reason.words}` };
  // An unreachable site reads as a robots.txt that forbids everything: nothing is checked, and the start page says why.
  const silence = reports.length === 0 && !run.signal?.aborted ? await whyUnreachable(run.url, fetch) : undefined;
  if (silence) return { unreachable: silence };
  return { report: combined(reports, profile, excluded), materials };
}

const LEFT_OUT: Record<CrawlReport['excluded'][number]['why'], string> = {
  robots: 'by robots.txt',
  pattern: 'by --include/--exclude',
  'other-host': 'on other sites',
  shard: 'in other shards',
  'not-a-page': 'not pages',
};

/** One line on the pages left out, by why, or nothing when none was. */
export function exclusionSummary(excluded: CrawlReport['excluded']): string | undefined {
  if (excluded.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const { why } of excluded) counts.set(LEFT_OUT[why], (counts.get(LEFT_OUT[why]) ?? 0) + 1);
  const parts = [...counts].map(([why, count]) => `${count} ${why}`);
  return `left out ${excluded.length} page${excluded.length === 1 ? '' : 's'} (${parts.join(', ')}); the JSON report lists them under "excluded"`;
}
