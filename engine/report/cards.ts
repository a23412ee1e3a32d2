import { CHECK_IDS } from '../checks/index';
import type { Fact, Profile } from '../profile/types';
import type { CheckId, Finding, Report, Severity } from './types';

/** Most severe first: the order cards are read in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface CardGroup {
  check: CheckId;
  findings: Finding[];
}

/**
 * The findings as the panel lists them: grouped by check, a group with errors before one with only
 * warnings, and within a group by severity, then where on the page (profile-level findings, which
 * have no place, first; then source by source, block by block). Only findings of `severities` are
 * kept when it is given; a group left empty is dropped.
 */
export function cardGroups(report: Report, severities?: ReadonlySet<Severity>): CardGroup[] {
  const sourceIndex = new Map(report.sources.map((source, index) => [source.id, index]));
  const place = (finding: Finding) => [finding.source === undefined ? -1 : (sourceIndex.get(finding.source) ?? report.sources.length), finding.location?.block ?? -1, finding.location?.start ?? -1];
  const byReading = (a: Finding, b: Finding) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || firstDifference(place(a), place(b));
  const shown = report.findings.filter((finding) => !severities || severities.has(finding.severity));
  const groups = CHECK_IDS.map((check) => ({ check, findings: shown.filter((finding) => finding.check === check).sort(byReading) })).filter((group) => group.findings.length > 0);
  // Array.prototype.sort is stable: groups of equal worst severity keep the order of CHECKS.
  return groups.sort((a, b) => SEVERITIES.indexOf(a.findings[0]!.severity) - SEVERITIES.indexOf(b.findings[0]!.severity));
}

const firstDifference = (a: number[], b: number[]) => a.reduce((found, value, i) => found || value - b[i]!, 0);

/** The checklist's fact a finding is about, when the profile still holds it. */
export function factOf(profile: Profile | undefined, finding: Finding): Fact | undefined {
  return finding.factId ? profile?.facts?.find((fact) => fact.id === finding.factId) : undefined;
}

/** A finding's other places in a few words: each quote once, with how many places hold it. */
export function relatedQuotes(finding: Finding): { quote: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const place of finding.related ?? []) counts.set(place.quote, (counts.get(place.quote) ?? 0) + 1);
  return [...counts].map(([quote, count]) => ({ quote, count }));
}
