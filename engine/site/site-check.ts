/**
 * A site checked as one report (#18): the pages engine/site/crawl.ts reads, each checked as `check`
 * checks one fetched page or file, put together with the site-level consistency findings. The
 * network, the readers' environment and the checker are injected: the CLI and the extension run
 * this same code.
 */
import { detached } from '../material/detach';
import { errorDetail, type MaterialProblem } from '../material/errors';
import type { Limits } from '../material/limits';
import { type LoadEnvironment, loadMaterialOrError, unreadableMaterial } from '../material/load';
import type { Material } from '../material/types';
import type { Language, Profile } from '../profile/types';
import type { Finding, Report } from '../report/types';
import { summarise } from '../engine';
import { siteConsistency } from './consistency';
import { type CrawledPage, type CrawlFetch, type CrawlOptions, type CrawlProgress, crawlSite, type ExclusionReason, type FailureReason } from './crawl';

/** Which pages of the site a crawl checks. */
export type SiteScope = Pick<CrawlOptions, 'maxPages' | 'include' | 'exclude' | 'shard'>;

/** A page left out of the crawl, and why. */
export interface ExcludedPage {
  url: string;
  why: ExclusionReason;
}

/** A site's report: the contract's, plus the pages met and left out (robots.txt, a pattern, another host). */
export type SiteReport = Report & { excluded: ExcludedPage[] };

export interface SiteCheckRun {
  url: string;
  scope: SiteScope;
  limits: Limits;
  language?: Language;
  fetch: CrawlFetch;
  /** How long the fetcher waits for one page: a timeout names it. */
  fetchTimeoutMs: number;
  environment: LoadEnvironment;
  /** Checks one page's material, as `check` does: its report, whose only source is `s1`. */
  check: (material: Material) => Promise<Report>;
  signal?: AbortSignal;
  onProgress?: (progress: CrawlProgress) => void;
  /** Called with each page as it is read. */
  onPage?: (page: CrawledPage) => void;
  /** Waits between requests (Crawl-delay); without it requests are not spaced. */
  sleep?: (ms: number) => Promise<void>;
}

/** What a site check ends with: the report and what each page read as, or why nothing could be read. */
export type SiteCheck = { report: SiteReport; materials: Material[] } | { unreachable: string };

/** A failure in the material problems' words where one fits; else the crawl's own English ones. */
function problemOfFailure(reason: FailureReason, run: SiteCheckRun): MaterialProblem {
  switch (reason.code) {
    case 'http':
      return { code: 'http', status: reason.status! };
    case 'timeout':
      return { code: 'fetch-timeout', seconds: run.fetchTimeoutMs / 1000 };
    case 'too-large':
      return { code: 'too-large', limit: run.limits.maxBytes };
    case 'wrong-type':
      return { code: 'unreadable', detail: reason.words };
    default:
      return { code: 'fetch-failed', detail: reason.words };
  }
}

const utf8 = new TextEncoder();

/** One page as `check` reads it: an HTML page or a file through the material readers, a failure as a source with its error. */
function materialOf(page: Exclude<CrawledPage, { kind: 'excluded' }>, run: SiteCheckRun): Promise<Material> {
  const source = { id: 's1', location: page.url, title: page.url };
  if (page.kind === 'failed') return Promise.resolve(unreadableMaterial(source, problemOfFailure(page.reason, run), run.language));
  const read = async () => (page.kind === 'html' ? { bytes: utf8.encode(page.html), contentType: 'text/html; charset=utf-8' } : { bytes: page.bytes, contentType: page.contentType });
  return loadMaterialOrError(read, source, run.environment, run.language, {}, run.limits);
}

/** A page's report with its source, promises and findings numbered after those of the pages before it. */
export function renumbered(report: Report, sourceIds: Map<string, string>, counts: { promises: number; findings: number }): Report {
  const promiseIds = new Map(report.promises.map((promise) => [promise.id, `p${++counts.promises}`]));
  const promiseId = (id: string | undefined) => (id === undefined ? {} : { promiseId: promiseIds.get(id) ?? id });
  const sourceId = (id: string) => sourceIds.get(id) ?? id;
  return {
    ...report,
    sources: report.sources.map((source) => ({ ...source, id: sourceId(source.id) })),
    promises: report.promises.map((promise) => ({ ...promise, id: promiseIds.get(promise.id)!, source: sourceId(promise.source) })),
    findings: report.findings.map((finding): Finding => {
      const { promiseId: own, ...rest } = finding;
      return {
        ...rest,
        id: `f${++counts.findings}`,
        ...(finding.source === undefined ? {} : { source: sourceId(finding.source) }),
        ...promiseId(own),
        ...(finding.related ? { related: finding.related.map((place) => ({ ...place, source: sourceId(place.source) })) } : {}),
      };
    }),
  };
}

const aboutTheProfile = (finding: Finding) => finding.source === undefined;

/**
 * Findings about the profile itself, as the site says them: each page's report judges a pillar by
 * that page alone, so one stands for the site only when every page that was read says it (a pillar
 * the prices page never voices may sound on the home page). Kept once.
 */
function siteWide(pages: Report[]): Finding[] {
  const read = pages.filter((page) => page.sources.every((source) => !source.error));
  const [first, ...rest] = read;
  if (!first) return [];
  let onEvery = new Set(first.findings.filter(aboutTheProfile).map((finding) => finding.fingerprint));
  for (const page of rest) {
    const here = new Set(page.findings.filter(aboutTheProfile).map((finding) => finding.fingerprint));
    onEvery = new Set([...onEvery].filter((fingerprint) => here.has(fingerprint)));
  }
  return first.findings.filter((finding) => aboutTheProfile(finding) && onEvery.has(finding.fingerprint));
}

const locationOf = (page: Report) => page.sources[0]?.location ?? '';

/** The pages in the order of their addresses: the site's consistency then reads the same however the crawl's fetches or the shards fell. */
const byLocation = (pages: Report[]) => [...pages].sort((a, b) => (locationOf(a) < locationOf(b) ? -1 : locationOf(a) > locationOf(b) ? 1 : 0));

/** The location every page was checked against, when they were all checked against one (a crawl with --location). */
function sharedLocation(pages: Report[]): Pick<Report, 'location'> {
  const [first] = pages;
  const same = first?.location && pages.every((page) => page.location?.id === first.location?.id && page.location?.by === first.location?.by);
  return same && first.location ? { location: first.location } : {};
}

/** The pages' reports (one source each, numbered apart) as one: their findings, then the site's consistency findings. */
export function combinedReport(pages: Report[], profile: Profile, excluded: ExcludedPage[]): SiteReport {
  const language: Language = pages.find((report) => report.language)?.language ?? profile.languages?.[0] ?? 'ru';
  const onPages = pages.flatMap((report) => report.findings.filter((finding) => !aboutTheProfile(finding)));
  const findings = [...onPages, ...siteWide(pages), ...siteConsistency(byLocation(pages), profile, language)];
  return {
    format: 'sverka.report/1',
    profile: profile.name,
    language,
    createdAt: new Date().toISOString(),
    ...sharedLocation(pages),
    sources: pages.flatMap((report) => report.sources),
    promises: pages.flatMap((report) => report.promises),
    findings,
    summary: summarise(findings),
    excluded,
  };
}

const couldNotConnect = (page: CrawledPage) => page.kind === 'failed' && ['network', 'timeout'].includes(page.reason.code);

/** Why the start page cannot be fetched, or nothing when it can: the innermost error's words (Node's "connect ECONNREFUSED"). */
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
 * The site crawled and checked, or `unreachable` with the reason when the start page could not be
 * fetched at all. Stopped by `signal`, it returns what was checked so far.
 */
export async function checkSite(run: SiteCheckRun, profile: Profile): Promise<SiteCheck> {
  const pages: Report[] = [];
  const materials: Material[] = [];
  const excluded: ExcludedPage[] = [];
  const counts = { promises: 0, findings: 0 };
  const { url, scope, fetch, signal, onProgress, sleep } = run;
  const read: CrawledPage[] = [];
  for await (const page of crawlSite(url, { fetch, ...scope, signal, onProgress, sleep })) {
    run.onPage?.(page);
    if (page.kind === 'excluded') {
      if (page.why !== 'shard' && page.why !== 'not-a-page') excluded.push({ url: page.url, why: page.why });
      continue;
    }
    read.push(page);
    const id = `s${pages.length + 1}`;
    const material = await materialOf(page, run);
    pages.push(renumbered(await run.check(material), new Map([['s1', id]]), counts));
    // Kept for the report's renderers without DOM nodes: a node holds its page's whole document.
    materials.push({ ...detached(material), source: { ...material.source, id } });
    if (signal?.aborted) break;
  }
  const [only] = read;
  if (read.length === 1 && only && couldNotConnect(only) && only.kind === 'failed') return { unreachable: `${only.url}: ${only.reason.words}` };
  // An unreachable site reads as a robots.txt that forbids everything: nothing is checked, and the start page says why.
  const silence = read.length === 0 && !signal?.aborted ? await whyUnreachable(url, fetch) : undefined;
  if (silence) return { unreachable: silence };
  return { report: combinedReport(pages, profile, excluded), materials };
}
