import { expect } from 'vitest';
import type { Report } from '../../engine/report/types';

/** The contract's shape: ids unique and numbered, every reference names a source or promise of the report, the summary counts the findings. */
export function expectValidReport(report: Report) {
  expect(report.format).toBe('sverka.report/1');
  expect(report.sources.map((source) => source.id)).toEqual(report.sources.map((_, i) => `s${i + 1}`));
  const sources = new Set(report.sources.map((source) => source.id));
  const promises = new Set(report.promises.map((promise) => promise.id));
  expect(promises.size).toBe(report.promises.length);
  expect(new Set(report.findings.map((finding) => finding.id)).size).toBe(report.findings.length);
  for (const promise of report.promises) expect(sources).toContain(promise.source);
  for (const finding of report.findings) {
    if (finding.source) expect(sources).toContain(finding.source);
    if (finding.promiseId) expect(promises).toContain(finding.promiseId);
    for (const place of finding.related ?? []) expect(sources).toContain(place.source);
  }
  for (const severity of ['error', 'warning', 'info'] as const) expect(report.summary[severity]).toBe(report.findings.filter((finding) => finding.severity === severity).length);
}
