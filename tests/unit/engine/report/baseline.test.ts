import { describe, expect, it } from 'vitest';
import { baselineMarkdown, baselineText, compareWithBaseline, isRegression, type BaselineComparison } from '../../../../engine/report/baseline';
import { REPORT_FORMAT, type Finding, type Report, type ReportPromise } from '../../../../engine/report/types';

const finding = (fingerprint: string, fields: Partial<Finding> = {}): Finding => ({
  id: fingerprint,
  check: 'spelling',
  severity: 'warning',
  quote: fingerprint,
  message: `about ${fingerprint}`,
  fingerprint,
  source: 's1',
  ...fields,
});
const kept: ReportPromise = { id: 'p1', kind: 'hours', quote: 'q', source: 's1', value: {}, status: 'kept' };
const report = (findings: Finding[], fields: Partial<Report> = {}): Report => ({
  format: REPORT_FORMAT,
  profile: 'Cafe',
  language: 'en',
  createdAt: '2026-12-02T00:00:00Z',
  sources: [{ id: 's1', kind: 'text', location: 'flyer.txt' }],
  promises: [kept],
  findings,
  summary: { error: 0, warning: 0, info: 0 },
  ...fields,
});

describe('compareWithBaseline', () => {
  it('lists what the baseline had and the report has not as fixed, the other way round as new', () => {
    const before = report([finding('a', { severity: 'error', check: 'contradiction' }), finding('b')]);
    const after = report([finding('b'), finding('c', { rule: 'typography/quotes', check: 'typography' })]);
    expect(compareWithBaseline(before, after)).toEqual({
      fixed: [{ check: 'contradiction', severity: 'error', quote: 'a', message: 'about a', sourceLocation: 'flyer.txt', fingerprint: 'a' }],
      new: [{ check: 'typography', rule: 'typography/quotes', severity: 'warning', quote: 'c', message: 'about c', sourceLocation: 'flyer.txt', fingerprint: 'c' }],
      // 100 − 10 − 2 then 100 − 2 − 2
      scoreChange: 8,
    });
  });

  it('lists a finding repeated on a page once, and a finding about the profile without a material', () => {
    const after = report([finding('x', { id: 'x1' }), finding('x', { id: 'x2' }), finding('p', { source: undefined, check: 'concept' })]);
    const { new: added } = compareWithBaseline(report([]), after);
    expect(added.map((change) => [change.fingerprint, change.sourceLocation])).toEqual([
      ['x', 'flyer.txt'],
      ['p', undefined],
    ]);
  });

  it('scores both reports again rather than trusting a stored score', () => {
    const stale = { ...report([]), score: { level: 3 } } as Report;
    expect(compareWithBaseline(stale, report([])).scoreChange).toBe(0);
  });

  it('has no score change when either side has nothing readable', () => {
    const unread = report([], { sources: [{ id: 's1', kind: 'page', location: 'https://x.test/', error: 'HTTP 500' }] });
    expect(compareWithBaseline(unread, report([])).scoreChange).toBeNull();
    expect(compareWithBaseline(report([]), unread).scoreChange).toBeNull();
  });
});

describe('isRegression', () => {
  const comparison = (fields: Partial<BaselineComparison>): BaselineComparison => ({ fixed: [], new: [], scoreChange: 0, ...fields });
  const change = (severity: Finding['severity']) => ({ check: 'spelling' as const, severity, quote: 'q', message: 'm', fingerprint: 'f' });

  it('is a lower level or a new error', () => {
    expect(isRegression(comparison({ scoreChange: -1 }))).toBe(true);
    expect(isRegression(comparison({ scoreChange: 5, new: [change('error')] }))).toBe(true);
  });

  it('is not a new warning that keeps the level, nor an unchanged or better report, nor one that cannot be scored', () => {
    expect(isRegression(comparison({ new: [change('warning'), change('info')] }))).toBe(false);
    expect(isRegression(comparison({ scoreChange: 10, fixed: [change('error')] }))).toBe(false);
    expect(isRegression(comparison({ scoreChange: null }))).toBe(false);
  });
});

describe('baselineText and baselineMarkdown', () => {
  const before = report([finding('a', { severity: 'error', check: 'contradiction' })]);
  const after = report([finding('b')]);

  it('say the level before and after, then what was fixed and what is new, in the report’s language', () => {
    const text = baselineText(compareWithBaseline(before, after), after, 'old.json');
    expect(text).toBe(
      ['Since the baseline old.json: service level 90 → 98 (+8); fixed 1, new 1.', 'Fixed:', '  - error, Contradictions with the checklist: «a» — flyer.txt', 'New:', '  - warning, Spelling: «b» — flyer.txt', ''].join(
        '\n',
      ),
    );
    const russian = { ...after, language: 'ru' as const };
    expect(baselineText(compareWithBaseline(before, russian), russian, 'old.json')).toMatch(/^По сравнению с базовым отчётом old\.json: уровень сервиса 90 → 98 \(\+8\); исправлено 1, новых 1\./);
  });

  it('write a section of its own in Markdown, and a dash for a side with no score', () => {
    const unread = report([], { sources: [{ id: 's1', kind: 'page', location: 'https://x.test/', error: 'HTTP 500' }] });
    const markdown = baselineMarkdown(compareWithBaseline(unread, after), after, 'old.json');
    expect(markdown).toContain('## Since the baseline old.json\n\nService level — → 98; fixed 0, new 1.\n\n### New\n\n- warning, Spelling: «b» — flyer.txt\n');
    expect(markdown).not.toContain('### Fixed');
  });
});
