import { diffReports, onePerFingerprint, type ReportDiff } from '../../engine/report/diff';
import { scoreOf } from '../../engine/report/score';
import type { CheckId, Finding, Report, Severity } from '../../engine/report/types';
import type { StoredReport, SverkaDb } from './database';

/**
 * How much history Sverka keeps, all in one place. A page whose text keeps changing must not grow
 * the database forever: each URL keeps its newest `perUrl` checks and the whole history its newest
 * `total`, the oldest removed as each check is stored. The side panel lists `pageSize` checks at a
 * time. Re-checks on the page's own text changes (not navigation, not a click) start at most one at
 * a time and no sooner than `recheckIntervalMs` after the previous one ended; changes meanwhile
 * become one re-check.
 */
export const HISTORY_POLICY = {
  perUrl: 50,
  total: 2_000,
  pageSize: 10,
  recheckIntervalMs: 15_000,
} as const;

const fingerprints = (report: Report) => [...new Set(report.findings.map((f) => f.fingerprint))].sort().join('\n');

/** A finding a check fixed or found new: enough to list it by its check and its quote. */
export interface HistoryChange {
  check: CheckId;
  rule?: string;
  severity: Severity;
  quote: string;
  fingerprint: string;
}

/** What one check of a URL changed against the one before it, each finding listed once. */
export interface HistoryDiff {
  fixed: HistoryChange[];
  added: HistoryChange[];
}

/** Once per fingerprint: a typo repeated on a page is one finding to fix. */
function changes(findings: Finding[]): HistoryChange[] {
  return onePerFingerprint(findings).map(({ check, rule, severity, quote, fingerprint }) => ({ check, ...(rule ? { rule } : {}), severity, quote, fingerprint }));
}

/** The findings of `older` gone from `newer` (fixed) and those `newer` found that `older` did not (new). */
export function historyDiff(older: Report, newer: Report): HistoryDiff {
  const { fixed, added } = diffReports(older, newer);
  return { fixed: changes(fixed), added: changes(added) };
}

/** A check's service level (engine/report/score.ts), or nothing when it read no page or was stored without its lists (an older version's row). */
export const levelOf = (report: Report): number | null => ([report.sources, report.promises, report.findings].every(Array.isArray) ? (scoreOf(report)?.level ?? null) : null);

/** The service level of each check that has one, oldest first: the trend of one URL's checks (given newest first). */
export function levelTrend(entries: readonly Pick<StoredReport, 'report'>[]): number[] {
  return entries
    .map((entry) => levelOf(entry.report))
    .filter((level): level is number => level !== null)
    .reverse();
}

/** One URL's checks, newest first. */
export async function historyOf(db: SverkaDb, url: string): Promise<StoredReport[]> {
  return db.reports.where('[url+createdAt]').between([url, 0], [url, Infinity]).reverse().toArray();
}

/**
 * Stores a check in the URL's history and says what changed since the last different one.
 * A check that finds exactly what the last one found (a re-check after a reload, or two checks
 * racing) is not stored again, so the history and its "fixed" line keep meaning something.
 */
export async function recordCheck(db: SverkaDb, entry: { url: string; profileId: string; createdAt: number; report: Report }): Promise<{ diff: ReportDiff | null; stored: boolean }> {
  const [last, beforeLast] = await db.reports.where('[url+createdAt]').between([entry.url, 0], [entry.url, Infinity]).reverse().limit(2).toArray();
  if (last && last.profileId === entry.profileId && fingerprints(last.report) === fingerprints(entry.report)) {
    return { diff: beforeLast ? diffReports(beforeLast.report, entry.report) : null, stored: false };
  }
  await db.transaction('rw', db.reports, async () => {
    await db.reports.add(entry);
    await pruneHistory(db, entry.url);
  });
  return { diff: last ? diffReports(last.report, entry.report) : null, stored: true };
}

/** Removes the oldest checks past the caps: first of this URL, then of the whole history. */
async function pruneHistory(db: SverkaDb, url: string): Promise<void> {
  const ofUrl = db.reports.where('[url+createdAt]').between([url, 0], [url, Infinity]);
  const overUrl = (await ofUrl.count()) - HISTORY_POLICY.perUrl;
  if (overUrl > 0) await db.reports.bulkDelete(await ofUrl.limit(overUrl).primaryKeys());
  const overTotal = (await db.reports.count()) - HISTORY_POLICY.total;
  if (overTotal > 0) await db.reports.bulkDelete(await db.reports.orderBy('createdAt').limit(overTotal).primaryKeys());
}
