import { CHECK_IDS } from '../checks/index';
import type { CheckId, Report } from './types';

/**
 * How much one finding per page costs the level, in points of 100. An error on every page costs as
 * much as a tenth of the promises broken; a warning (a typo, a risky claim) a fifth of that; a note
 * nothing, since it asks nobody to fix anything.
 */
const LEVEL_PENALTY = { error: 10, warning: 2 } as const;

/**
 * The service level of some materials, defined once for the CLI, the extension and any trend.
 * Every rate is per page (per readable source), so a flyer and a 200-page site speak one scale.
 */
export interface ServiceScore {
  /** 0–100: `100 × keptShare − 10 × errorsPerPage − 2 × warningsPerPage`, rounded and clamped; keptShare counts as 1 when no promise was judged. */
  level: number;
  /** The sources that could be read: the pages the rates are per. */
  pages: number;
  /** The promises on those pages by status; `unknown` ones had nothing in the checklist to be held against. */
  promises: { kept: number; broken: number; unknown: number };
  /** kept ÷ (kept + broken), to 3 decimals; null when no promise could be judged. */
  keptShare: number | null;
  errorsPerPage: number;
  warningsPerPage: number;
  /** How many findings each check made (every severity), in the order reports list the checks. */
  byCheck: Partial<Record<CheckId, number>>;
}

const rounded = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The score of a report, or of the sources `sourceIds` names (one site, one location, one dealer).
 * Null when none of them could be read: there is nothing to score, and a 0 would read as a failure
 * of service rather than of reading. Findings about the profile itself (no source) are left out:
 * they are the same for every page and no page can fix them.
 */
export function scoreOf(report: Pick<Report, 'sources' | 'promises' | 'findings'>, sourceIds?: Iterable<string>): ServiceScore | null {
  const wanted = sourceIds ? new Set(sourceIds) : undefined;
  const readable = new Set(report.sources.filter((source) => !source.error && (!wanted || wanted.has(source.id))).map((source) => source.id));
  if (readable.size === 0) return null;
  const promises = { kept: 0, broken: 0, unknown: 0 };
  for (const promise of report.promises) if (readable.has(promise.source)) promises[promise.status]++;
  const severities = { error: 0, warning: 0, info: 0 };
  const counts = new Map<CheckId, number>();
  for (const finding of report.findings) {
    if (finding.source === undefined || !readable.has(finding.source)) continue;
    severities[finding.severity]++;
    counts.set(finding.check, (counts.get(finding.check) ?? 0) + 1);
  }
  const judged = promises.kept + promises.broken;
  const keptShare = judged === 0 ? null : promises.kept / judged;
  const errorsPerPage = severities.error / readable.size;
  const warningsPerPage = severities.warning / readable.size;
  const level = 100 * (keptShare ?? 1) - LEVEL_PENALTY.error * errorsPerPage - LEVEL_PENALTY.warning * warningsPerPage;
  return {
    level: Math.min(100, Math.max(0, Math.round(level))),
    pages: readable.size,
    promises,
    keptShare: keptShare === null ? null : rounded(keptShare),
    errorsPerPage: rounded(errorsPerPage),
    warningsPerPage: rounded(warningsPerPage),
    byCheck: Object.fromEntries(CHECK_IDS.filter((check) => counts.has(check)).map((check) => [check, counts.get(check)!])),
  };
}
