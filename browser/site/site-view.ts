/**
 * A site report as the side panel lays it out: what the pages say against each other first, then
 * the pages with the most to fix, then the pages that could not be read and those left out.
 */
import { summarise } from '../../engine/engine';
import type { Source } from '../../engine/material/types';
import type { Finding, Report } from '../../engine/report/types';
import type { CrawlProgress } from '../../engine/site/crawl';
import type { ExcludedPage, SiteReport } from '../../engine/site/site-check';

/** One page read: its own findings as a report of that page alone, which the finding cards list. */
export interface PageRow {
  source: Source;
  report: Report;
}

export interface SiteLayout {
  /** Findings about the site as a whole: pages that disagree, and what the profile misses on every page. */
  site: Finding[];
  /** Pages read, the most errors first, then the most warnings, then the most notes; else in the order read. */
  pages: PageRow[];
  /** Pages that could not be read, each with its error. */
  failed: Source[];
  /** Pages left out (robots.txt, a pattern, another site, the page limit), with why: the first EXCLUDED_SHOWN of them. */
  excluded: ExcludedPage[];
  /** Left-out pages not listed: a big site cut at the page limit leaves out thousands, all of them in the export. */
  excludedMore: number;
}

/** A finding about the site rather than one page: a disagreement between pages, or one that no page holds. */
export const isSiteFinding = (finding: Finding) => finding.check === 'consistency' || finding.source === undefined;

/** A report of one page of the site: its source, its promises, its findings (a disagreement with another page among them: it is this page's to fix too). */
export function pageReport(report: Report, source: Source): Report {
  const findings = report.findings.filter((finding) => finding.source === source.id);
  return {
    ...report,
    sources: [source],
    promises: report.promises.filter((promise) => promise.source === source.id),
    findings,
    summary: summarise(findings),
  };
}

const byWeight = (a: PageRow, b: PageRow) => b.report.summary.error - a.report.summary.error || b.report.summary.warning - a.report.summary.warning || b.report.summary.info - a.report.summary.info;

/** Left-out pages listed by address in the site view. */
export const EXCLUDED_SHOWN = 100;

export function siteLayout(report: SiteReport): SiteLayout {
  const read = report.sources.filter((source) => !source.error);
  const excluded = report.excluded.filter((page) => page.why !== 'shard' && page.why !== 'not-a-page');
  return {
    site: report.findings.filter(isSiteFinding),
    // Array.prototype.sort is stable: pages equal in weight keep the order they were read in.
    pages: read.map((source) => ({ source, report: pageReport(report, source) })).sort(byWeight),
    failed: report.sources.filter((source) => source.error),
    excluded: excluded.slice(0, EXCLUDED_SHOWN),
    excludedMore: Math.max(0, excluded.length - EXCLUDED_SHOWN),
  };
}

/** The address of a page of the site without its origin, which every page shares: `/prices?city=spb`. */
export function pagePath(url: string): string {
  try {
    const { pathname, search, hash } = new URL(url);
    return `${pathname}${search}${hash}`;
  } catch {
    return url;
  }
}

/**
 * How far the check is: pages checked out of those known so far (checked, being read, or waiting),
 * never more than the crawl will read. The end moves as links are found, but never behind what is done.
 */
export function progressBar(progress: CrawlProgress | null, checked: number, maxPages: number): { value: number; max: number } {
  const known = progress ? progress.checked + progress.queued : 0;
  return { value: checked, max: Math.max(checked, Math.min(maxPages, known), 1) };
}
