import { describe, expect, it } from 'vitest';
import { cardGroups, factOf, relatedQuotes } from '../../../../engine/report/cards';
import type { Profile } from '../../../../engine/profile/types';
import { REPORT_FORMAT, type Finding, type Report } from '../../../../engine/report/types';

const finding = (id: string, fields: Partial<Finding>): Finding => ({
  id,
  check: 'spelling',
  severity: 'warning',
  quote: id,
  message: id,
  fingerprint: id,
  source: 's1',
  location: { block: 0, start: 0, end: 1 },
  ...fields,
});
const report = (findings: Finding[]): Report => ({
  format: REPORT_FORMAT,
  profile: 'p',
  createdAt: '2026-12-02T00:00:00Z',
  sources: [
    { id: 's1', kind: 'text', location: 'a.txt' },
    { id: 's2', kind: 'text', location: 'b.txt' },
  ],
  promises: [],
  findings,
  summary: { error: 0, warning: 0, info: 0 },
});
const ids = (groups: ReturnType<typeof cardGroups>) => groups.map((g) => [g.check, g.findings.map((f) => f.id)]);

describe('cardGroups', () => {
  it('sorts each check’s findings by severity, then source, block and start', () => {
    const findings = [
      finding('info-first', { severity: 'info', location: { block: 0, start: 0, end: 1 } }),
      finding('later-source', { source: 's2', location: { block: 0, start: 0, end: 1 } }),
      finding('later-block', { location: { block: 2, start: 0, end: 1 } }),
      finding('later-start', { location: { block: 1, start: 9, end: 10 } }),
      finding('earlier-start', { location: { block: 1, start: 3, end: 4 } }),
      finding('error-last', { severity: 'error', source: 's2', location: { block: 5, start: 5, end: 6 } }),
    ];
    expect(ids(cardGroups(report(findings)))).toEqual([['spelling', ['error-last', 'earlier-start', 'later-start', 'later-block', 'later-source', 'info-first']]]);
  });

  it('puts profile-level findings, which have no place, before those on the page', () => {
    const findings = [finding('on-page', { check: 'concept' }), finding('whole-business', { check: 'concept', source: undefined, location: undefined })];
    expect(ids(cardGroups(report(findings)))).toEqual([['concept', ['whole-business', 'on-page']]]);
  });

  it('lists a group holding an error before groups without one, equal groups in the order of the checks', () => {
    const findings = [finding('typo', { check: 'spelling' }), finding('quotes', { check: 'typography', severity: 'error' }), finding('name', { check: 'wrong-name', severity: 'warning' })];
    expect(ids(cardGroups(report(findings)))).toEqual([
      ['typography', ['quotes']],
      ['wrong-name', ['name']],
      ['spelling', ['typo']],
    ]);
  });

  it('keeps only the severities asked for and drops the groups left empty', () => {
    const findings = [finding('typo', { check: 'spelling', severity: 'info' }), finding('quotes', { check: 'typography', severity: 'error' }), finding('dash', { check: 'typography', severity: 'info' })];
    expect(ids(cardGroups(report(findings), new Set(['info'])))).toEqual([
      ['spelling', ['typo']],
      ['typography', ['dash']],
    ]);
    expect(cardGroups(report(findings), new Set(['warning']))).toEqual([]);
    expect(cardGroups(report(findings), new Set())).toEqual([]);
  });

  it('leaves the report itself in its order', () => {
    const findings = [finding('b', { severity: 'info' }), finding('a', { severity: 'error' })];
    const checked = report(findings);
    cardGroups(checked);
    expect(checked.findings.map((f) => f.id)).toEqual(['b', 'a']);
  });
});

describe('factOf', () => {
  const profile = { facts: [{ id: 'warranty', kind: 'guarantee', label: 'Гарантия на импланты', owner: 'Главврач', verified: '2026-11-01', value: { amount: 5, unit: 'year' } }] } as unknown as Profile;
  it('finds the checklist’s fact a finding is about', () => {
    expect(factOf(profile, finding('x', { factId: 'warranty' }))).toMatchObject({ label: 'Гарантия на импланты', owner: 'Главврач', verified: '2026-11-01' });
  });
  it('finds nothing for a finding about no fact, a fact the profile no longer has, or no profile', () => {
    expect(factOf(profile, finding('x', {}))).toBeUndefined();
    expect(factOf(profile, finding('x', { factId: 'gone' }))).toBeUndefined();
    expect(factOf(undefined, finding('x', { factId: 'warranty' }))).toBeUndefined();
  });
});

describe('relatedQuotes', () => {
  const place = (quote: string, start: number) => ({ source: 's1', quote, location: { block: 0, start, end: start + quote.length } });
  it('names each other place’s quote once, with how many places hold it, in the order they come', () => {
    const repeated = finding('x', { related: [place('прафессиональную', 10), place('Улыбка', 40), place('прафессиональную', 90)] });
    expect(relatedQuotes(repeated)).toEqual([
      { quote: 'прафессиональную', count: 2 },
      { quote: 'Улыбка', count: 1 },
    ]);
  });
  it('is empty for a finding with no other places', () => {
    expect(relatedQuotes(finding('x', {}))).toEqual([]);
    expect(relatedQuotes(finding('x', { related: [] }))).toEqual([]);
  });
});
