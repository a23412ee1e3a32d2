import type { CheckId, Finding, Report } from './types';

export const CHECK_ORDER: CheckId[] = [
  'contradiction', 'concept', 'wrong-name', 'risky-claim', 'consistency', 'spelling', 'grammar', 'typography',
];

/** Findings by source (profile-level ones under ''), then by check in a fixed order. */
export function groupFindings(report: Report): { source: string; checks: { check: CheckId; findings: Finding[] }[] }[] {
  const sources = ['', ...report.sources.map((source) => source.id)];
  return sources
    .map((source) => ({
      source,
      checks: CHECK_ORDER.map((check) => ({
        check,
        findings: report.findings.filter((f) => (f.source ?? '') === source && f.check === check),
      })).filter((group) => group.findings.length > 0),
    }))
    .filter((group) => group.checks.length > 0);
}

/** A promise's normalised value in a few words for a table cell. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'object') return String(value);
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${key}: ${typeof item === 'object' ? JSON.stringify(item) : String(item)}`)
    .join(', ');
}
