import { diffReports, type ReportDiff } from '../report/diff';
import type { Report } from '../report/types';
import type { StoredReport, SverkaDb } from './database';

const fingerprints = (report: Report) => [...new Set(report.findings.map((f) => f.fingerprint))].sort().join('\n');

/** One URL's checks, newest first. */
export async function historyOf(db: SverkaDb, url: string): Promise<StoredReport[]> {
  return db.reports.where('[url+createdAt]').between([url, 0], [url, Infinity]).reverse().toArray();
}

/**
 * Stores a check in the URL's history and says what changed since the last different one.
 * A check that finds exactly what the last one found (a re-check after a reload, or two checks
 * racing) is not stored again, so the history and its "fixed" line keep meaning something.
 */
export async function recordCheck(
  db: SverkaDb,
  entry: { url: string; profileId: string; createdAt: number; report: Report },
): Promise<{ diff: ReportDiff | null; stored: boolean }> {
  const [last, beforeLast] = await db.reports.where('[url+createdAt]').between([entry.url, 0], [entry.url, Infinity]).reverse().limit(2).toArray();
  if (last && last.profileId === entry.profileId && fingerprints(last.report) === fingerprints(entry.report)) {
    return { diff: beforeLast ? diffReports(beforeLast.report, entry.report) : null, stored: false };
  }
  await db.reports.add(entry);
  return { diff: last ? diffReports(last.report, entry.report) : null, stored: true };
}
