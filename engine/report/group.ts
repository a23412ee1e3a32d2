import { CHECK_IDS } from '../checks/index';
import type { CheckId, Finding, Report } from './types';

/** Findings by source (profile-level ones under ''), then by check in the order of CHECKS. */
export function groupFindings(report: Report): { source: string; checks: { check: CheckId; findings: Finding[] }[] }[] {
  const sources = ['', ...report.sources.map((source) => source.id)];
  return sources
    .map((source) => ({
      source,
      checks: CHECK_IDS.map((check) => ({
        check,
        findings: report.findings.filter((f) => (f.source ?? '') === source && f.check === check),
      })).filter((group) => group.findings.length > 0),
    }))
    .filter((group) => group.checks.length > 0);
}
