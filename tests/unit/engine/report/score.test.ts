import { describe, expect, it } from 'vitest';
import type { Source } from '../../../../engine/material/types';
import { scoreOf } from '../../../../engine/report/score';
import { REPORT_FORMAT, type Finding, type PromiseStatus, type Report, type ReportPromise } from '../../../../engine/report/types';

const page = (id: string, error?: string): Source => ({ id, kind: 'page', location: `https://example.test/${id}`, ...(error ? { error } : {}) });
const promise = (source: string, status: PromiseStatus): ReportPromise => ({ id: `p-${source}-${status}`, kind: 'hours', quote: 'q', source, value: {}, status });
const finding = (source: string | undefined, fields: Partial<Finding> = {}): Finding => ({
  id: 'f',
  check: 'spelling',
  severity: 'warning',
  quote: 'q',
  message: 'm',
  fingerprint: 'x',
  ...(source ? { source } : {}),
  ...fields,
});
const report = (sources: Source[], promises: ReportPromise[], findings: Finding[]): Report => ({
  format: REPORT_FORMAT,
  profile: 'p',
  createdAt: '2026-12-02T00:00:00Z',
  sources,
  promises,
  findings,
  summary: { error: 0, warning: 0, info: 0 },
});

describe('scoreOf', () => {
  it('takes the kept share and the errors and warnings per page off 100', () => {
    const score = scoreOf(
      report(
        [page('s1')],
        [promise('s1', 'kept'), promise('s1', 'kept'), promise('s1', 'kept'), promise('s1', 'broken'), promise('s1', 'unknown')],
        [finding('s1', { check: 'contradiction', severity: 'error' }), finding('s1'), finding('s1', { check: 'typography', severity: 'info' })],
      ),
    );
    // 100 × 3/4 − 10 × 1 − 2 × 1
    expect(score).toEqual({
      level: 63,
      pages: 1,
      promises: { kept: 3, broken: 1, unknown: 1 },
      keptShare: 0.75,
      errorsPerPage: 1,
      warningsPerPage: 1,
      byCheck: { contradiction: 1, spelling: 1, typography: 1 },
    });
  });

  it('starts at 100 when no promise could be judged, and notes cost nothing', () => {
    const score = scoreOf(report([page('s1')], [promise('s1', 'unknown')], [finding('s1', { severity: 'info' })]));
    expect(score).toMatchObject({ level: 100, keptShare: null, promises: { kept: 0, broken: 0, unknown: 1 }, errorsPerPage: 0 });
    expect(scoreOf(report([page('s1')], [], []))).toMatchObject({ level: 100, keptShare: null, byCheck: {} });
  });

  it('is never below 0', () => {
    const errors = Array.from({ length: 12 }, () => finding('s1', { severity: 'error' }));
    expect(scoreOf(report([page('s1')], [promise('s1', 'broken')], errors))?.level).toBe(0);
  });

  it('is null when no source could be read', () => {
    expect(scoreOf(report([page('s1', 'HTTP 404'), page('s2', 'timeout')], [], []))).toBeNull();
    expect(scoreOf(report([], [], []))).toBeNull();
  });

  it('counts a failed page out of the pages, as if it were not there', () => {
    const withFailure = report([page('s1'), page('s2', 'HTTP 500')], [], [finding('s1', { severity: 'error' })]);
    expect(scoreOf(withFailure)).toMatchObject({ pages: 1, errorsPerPage: 1, level: 90 });
  });

  it('spreads a site’s findings over its pages', () => {
    const pages = Array.from({ length: 40 }, (_, i) => page(`s${i + 1}`));
    const findings = [...Array.from({ length: 10 }, (_, i) => finding(`s${i + 1}`, { severity: 'error', check: 'wrong-name' })), finding('s1'), finding('s2')];
    const score = scoreOf(report(pages, [promise('s3', 'kept'), promise('s4', 'kept')], findings));
    // 100 × 1 − 10 × 10/40 − 2 × 2/40
    expect(score).toMatchObject({ pages: 40, keptShare: 1, errorsPerPage: 0.25, warningsPerPage: 0.05, level: 97, byCheck: { 'wrong-name': 10, spelling: 2 } });
  });

  it('leaves out findings about the profile itself', () => {
    expect(scoreOf(report([page('s1')], [], [finding(undefined, { check: 'concept', severity: 'error' })]))).toMatchObject({ level: 100, byCheck: {} });
  });

  it('scores a subset of the sources: one site or location of a report', () => {
    const whole = report([page('s1'), page('s2'), page('s3', 'timeout')], [promise('s1', 'kept'), promise('s2', 'broken')], [finding('s2', { severity: 'error', check: 'contradiction' }), finding('s1')]);
    expect(scoreOf(whole, ['s1'])).toMatchObject({ pages: 1, level: 98, promises: { kept: 1, broken: 0 }, byCheck: { spelling: 1 } });
    expect(scoreOf(whole, new Set(['s2']))).toMatchObject({ pages: 1, level: 0, keptShare: 0, byCheck: { contradiction: 1 } });
    expect(scoreOf(whole, ['s3'])).toBeNull();
    expect(scoreOf(whole, ['nowhere'])).toBeNull();
    // 100 × 1/2 − 10 × 1/2 − 2 × 1/2
    expect(scoreOf(whole)?.level).toBe(44);
  });
});
