import type { Finding, Report } from './types';

export interface ReportDiff {
  fixed: Finding[];
  added: Finding[];
  unchanged: Finding[];
}

/** What changed between two checks of the same material, by finding fingerprint. */
export function diffReports(before: Report, after: Report): ReportDiff {
  const previous = new Set(before.findings.map((f) => f.fingerprint));
  const current = new Set(after.findings.map((f) => f.fingerprint));
  return {
    fixed: before.findings.filter((f) => !current.has(f.fingerprint)),
    added: after.findings.filter((f) => !previous.has(f.fingerprint)),
    unchanged: after.findings.filter((f) => previous.has(f.fingerprint)),
  };
}

/** Each fingerprint's first finding: a typo repeated on a page is one finding to fix. */
export function onePerFingerprint(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter(({ fingerprint }) => !seen.has(fingerprint) && Boolean(seen.add(fingerprint)));
}
