/**
 * `sverka merge` (#18): the reports of one site's shards (`crawl --shard I/N` on N machines) as the
 * one report a single crawl of the whole site would have written. Each page is checked on its own,
 * so its findings travel with it; what depends on the whole site, the cross-page consistency, is
 * computed again over every page, with the profile each crawl report carries.
 */
import type { Profile } from '../profile/types';
import { validateProfile } from '../profile/validate';
import { parseReport, ReportRefusal, whyNotAReport } from '../report/parse';
import type { Finding, Report } from '../report/types';
import { canonicalUrl } from './canonical';
import { parseShard, type Shard } from './shard';
import { combinedReport, type ExcludedPage, renumbered, type SiteReport } from './site-check';

/** What a crawl report carries for `merge`: where the crawl started, its shard, and the profile its pages were held against. */
export interface CrawlOrigin {
  url: string;
  /** "I/N", as `--shard` was given; absent for the whole site. */
  shard?: string;
  profile: Profile;
}

/** A site's report as `crawl --format json` writes it. */
export type CrawlReport = SiteReport & { crawl: CrawlOrigin };

/** One report to merge and the file it came from, which every refusal names. */
export interface NamedReport {
  file: string;
  report: CrawlReport;
}

/** Why merge will not merge: one line that names the file (a file that is no crawl report is refused as a ReportRefusal). */
export class MergeRefusal extends ReportRefusal {}

export const crawlOrigin = (url: string, profile: Profile, shard?: Shard): CrawlOrigin => ({ url, ...(shard ? { shard: `${shard.index}/${shard.count}` } : {}), profile });

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isShard(value: unknown): boolean {
  try {
    return typeof value === 'string' && parseShard(value) !== undefined;
  } catch {
    return false;
  }
}

/** What makes a parsed value no crawl report, in words that follow the file's name; nothing when it is one. */
function whyNotACrawlReport(value: unknown): string | undefined {
  const notAReport = whyNotAReport(value);
  if (notAReport || !isObject(value)) return notAReport;
  if (!isObject(value.crawl)) return 'is not a crawl report (it has no "crawl" field; merge takes what `crawl --format json` writes)';
  if (typeof value.crawl.url !== 'string') return 'has a "crawl" field without the "url" the crawl started from';
  if (value.crawl.shard !== undefined && !isShard(value.crawl.shard)) return `has a "crawl" field whose "shard" is not I/N: ${JSON.stringify(value.crawl.shard)}`;
  const profile = validateProfile(value.crawl.profile);
  if (!profile.ok) return `carries an invalid profile in "crawl": ${profile.problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`;
  return undefined;
}

/** A file's text as a crawl report, or a refusal that names the file and what is wrong. */
export function parseCrawlReport(text: string, file: string): CrawlReport {
  const report = parseReport(text, file, whyNotACrawlReport) as CrawlReport;
  return Array.isArray(report.excluded) ? report : { ...report, excluded: [] };
}

/** Object keys in one order, so one profile written twice compares equal whatever order its file had. */
const sortedKeys = (_key: string, value: unknown) => (isObject(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value);
const sameProfile = (a: Profile, b: Profile) => JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys);
const startOf = (origin: CrawlOrigin) => canonicalUrl(origin.url) ?? origin.url;

/** Refuses a report of another site or profile than the first one's. */
function refuseStrangers([first, ...rest]: NamedReport[]): void {
  const { url, profile } = first!.report.crawl;
  for (const { file, report } of rest) {
    const other = report.crawl;
    if (startOf(other) !== startOf(first!.report.crawl)) throw new MergeRefusal(`${file}: is a crawl of ${other.url}, not of ${url} as ${first!.file} is`);
    if (other.profile.name !== profile.name) throw new MergeRefusal(`${file}: was checked against the profile "${other.profile.name}", ${first!.file} against "${profile.name}"`);
    if (!sameProfile(other.profile, profile)) throw new MergeRefusal(`${file}: was checked against another version of the profile "${profile.name}" than ${first!.file}`);
  }
}

/** A finding about two pages of the site: the consistency the merge computes again over all of them. */
const isSiteLevel = (finding: Finding) => finding.check === 'consistency' && (finding.related ?? []).some((place) => place.source !== finding.source);

/**
 * The report split into pages as `combinedReport` takes them, one source each, with the pages
 * whose location `taken` already holds left out (an earlier report has them); `ids` gets the kept
 * sources' new ids. The findings about the profile itself that the report holds are those every
 * one of its pages says (a pillar none of them voices): each of its pages says them again, so the
 * merged site keeps those that every page of every report says.
 */
/** Items by the source they stand on, in one pass: a merged site has thousands of pages. */
function bySource<T extends { source?: string }>(items: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    if (item.source === undefined) continue;
    const group = groups.get(item.source);
    if (group) group.push(item);
    else groups.set(item.source, [item]);
  }
  return groups;
}

function pagesOf(report: Report, taken: Set<string>, ids: Map<string, string>): Report[] {
  const own = report.findings.filter((finding) => !isSiteLevel(finding));
  const aboutTheProfile = own.filter((finding) => finding.source === undefined);
  const promisesOf = bySource(report.promises);
  const findingsOf = bySource(own);
  const pages: Report[] = [];
  for (const source of report.sources) {
    if (taken.has(source.location)) continue;
    taken.add(source.location);
    ids.set(source.id, `s${taken.size}`);
    pages.push({ ...report, sources: [source], promises: promisesOf.get(source.id) ?? [], findings: [...(findingsOf.get(source.id) ?? []), ...aboutTheProfile] });
  }
  return pages;
}

/** Every page left out, once, with the reason the first report that met it gave. */
function excludedOf(reports: NamedReport[]): ExcludedPage[] {
  const byUrl = new Map<string, ExcludedPage>();
  for (const { report } of reports) for (const page of report.excluded) if (!byUrl.has(page.url)) byUrl.set(page.url, page);
  return [...byUrl.values()];
}

/**
 * The reports of one crawl as one: each page once (by its location), renumbered; findings about
 * the profile itself once (by fingerprint), where every report says them; the pages left out once
 * (by URL); the site's consistency computed again over all the pages. Refuses reports of
 * different sites or profiles.
 */
export function mergeReports(reports: NamedReport[]): CrawlReport {
  if (reports.length === 0) throw new MergeRefusal('merge needs at least one report');
  refuseStrangers(reports);
  const { url, profile } = reports[0]!.report.crawl;
  const taken = new Set<string>();
  const counts = { promises: 0, findings: 0 };
  const pages = reports.flatMap(({ report }) => {
    const ids = new Map<string, string>();
    return pagesOf(report, taken, ids).map((page) => renumbered(page, ids, counts));
  });
  return { ...combinedReport(pages, profile, excludedOf(reports)), crawl: { url, profile } };
}

/** A warning when the reports are shards of N and some of the N are not among them: the merge does not cover the site. */
export function missingShards(reports: NamedReport[]): string | undefined {
  const shards = reports.flatMap(({ report }) => (report.crawl.shard ? [parseShard(report.crawl.shard)] : []));
  if (shards.length < reports.length) return undefined;
  const count = shards[0]!.count;
  if (shards.some((shard) => shard.count !== count)) return undefined;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !shards.some((shard) => shard.index === index));
  return missing.length ? `shard${missing.length === 1 ? '' : 's'} ${missing.map((index) => `${index}/${count}`).join(', ')} missing: the merged report does not cover the whole site` : undefined;
}
