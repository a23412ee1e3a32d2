import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../browser/db/database';
import type { StoredReport } from '../../../../browser/db/database';
import { historyDiff, historyOf, levelOf, levelTrend, recordCheck } from '../../../../browser/db/history';
import type { Finding, Report } from '../../../../engine/report/types';

let counter = 0;
const freshDb = () => openDatabase(`sverka-history-${++counter}`);
const finding = (fingerprint: string) => ({ id: fingerprint, fingerprint, severity: 'error', check: 'wrong-name', quote: fingerprint, message: '' }) as unknown as Finding;
const report = (...prints: string[]) => ({ findings: prints.map(finding) }) as unknown as Report;
const url = 'https://clinic.example/';

describe('recordCheck', () => {
  it('stores the first check with no diff, then says what was fixed and what is new', async () => {
    const db = freshDb();
    expect(await recordCheck(db, { url, profileId: 'p', createdAt: 1, report: report('a', 'b') })).toEqual({ diff: null, stored: true });
    const second = await recordCheck(db, { url, profileId: 'p', createdAt: 2, report: report('b', 'c') });
    expect(second.stored).toBe(true);
    expect(second.diff!.fixed.map((f) => f.fingerprint)).toEqual(['a']);
    expect(second.diff!.added.map((f) => f.fingerprint)).toEqual(['c']);
    expect((await historyOf(db, url)).map((r) => r.createdAt)).toEqual([2, 1]);
  });

  it('does not store a check that found the same as the last one, and keeps the diff to the one before', async () => {
    const db = freshDb();
    await recordCheck(db, { url, profileId: 'p', createdAt: 1, report: report('a', 'b') });
    await recordCheck(db, { url, profileId: 'p', createdAt: 2, report: report('b') });
    const again = await recordCheck(db, { url, profileId: 'p', createdAt: 3, report: report('b') });
    expect(again.stored).toBe(false);
    expect(again.diff!.fixed.map((f) => f.fingerprint)).toEqual(['a']);
    expect(await historyOf(db, url)).toHaveLength(2);
  });

  it('keeps URLs apart and stores a check with another profile even when it finds the same', async () => {
    const db = freshDb();
    await recordCheck(db, { url, profileId: 'p', createdAt: 1, report: report('a') });
    await recordCheck(db, { url: `${url}other`, profileId: 'p', createdAt: 2, report: report('z') });
    expect((await recordCheck(db, { url, profileId: 'q', createdAt: 3, report: report('a') })).stored).toBe(true);
    expect(await historyOf(db, url)).toHaveLength(2);
  });
});

describe('a stored report', () => {
  it('keeps how well each image was read', async () => {
    const db = freshDb();
    const sources = [
      { id: 's1', kind: 'image', location: 'flyer.jpg', reading: { inkRead: 0.42, confidence: 0.93, poor: true } },
      { id: 's2', kind: 'image', location: 'menu.png', reading: { confidence: 0.95, poor: false } },
    ];
    await recordCheck(db, { url, profileId: 'p', createdAt: 1, report: { ...report('a'), sources } as unknown as Report });
    expect((await historyOf(db, url))[0]!.report.sources).toEqual(sources);
  });
});

describe('historyDiff', () => {
  const named = (fingerprint: string, check: string, quote: string, severity = 'error') => ({ ...finding(fingerprint), check, quote, severity }) as unknown as Finding;
  const of = (...findings: Finding[]) => ({ findings }) as unknown as Report;

  it('lists what the newer check fixed and found new by check and quote', () => {
    const older = of(named('a', 'wrong-name', 'ул. Малая Садова'), named('b', 'typography', 'кавычки', 'info'));
    const newer = of(named('b', 'typography', 'кавычки', 'info'), named('c', 'contradiction', 'Гарантия — 10 лет', 'warning'));
    expect(historyDiff(older, newer)).toEqual({
      fixed: [{ check: 'wrong-name', severity: 'error', quote: 'ул. Малая Садова', fingerprint: 'a' }],
      added: [{ check: 'contradiction', severity: 'warning', quote: 'Гарантия — 10 лет', fingerprint: 'c' }],
    });
  });

  it('lists a finding repeated on the page once, and keeps the rule of a check with several', () => {
    const repeated = { ...named('t', 'typography', '"'), rule: 'typography/quotes' } as Finding;
    expect(historyDiff(of(repeated, { ...repeated, id: 't2' }), of()).fixed).toEqual([{ check: 'typography', rule: 'typography/quotes', severity: 'error', quote: '"', fingerprint: 't' }]);
  });

  it('lists nothing between two checks that found the same', () => {
    expect(historyDiff(of(named('a', 'wrong-name', 'x')), of(named('a', 'wrong-name', 'x')))).toEqual({ fixed: [], added: [] });
  });
});

describe('the service level over a URL’s checks', () => {
  const page = { id: 's1', kind: 'page' as const, location: 'https://clinic.example/' };
  const checkWith = (errors: number, readable = true): Pick<StoredReport, 'report'> => ({
    report: {
      format: 'sverka.report/1',
      profile: 'Клиника',
      createdAt: '2026-12-02T10:00:00Z',
      sources: [readable ? page : { ...page, error: 'answered HTTP 500' }],
      promises: [],
      findings: Array.from({ length: errors }, (_, i) => ({ id: `f${i}`, check: 'contradiction', severity: 'error', message: 'm', quote: `q${i}`, source: 's1', fingerprint: `fp${i}` }) as Finding),
      summary: { error: errors, warning: 0, info: 0 },
    },
  });

  it('runs from the oldest check to the newest (the history lists the newest first)', () => {
    expect(levelTrend([checkWith(0), checkWith(1), checkWith(3)])).toEqual([70, 90, 100]);
  });

  it('leaves out a check that read no page: it has no level, not a level of 0', () => {
    expect(levelTrend([checkWith(0), checkWith(0, false), checkWith(2)])).toEqual([80, 100]);
    expect(levelOf(checkWith(0, false).report)).toBeNull();
  });

  it('has no level for a row stored without its lists, and does not fail on it', () => {
    const old = { findings: [], summary: { error: 0, warning: 0, info: 0 } } as unknown as Report;
    expect(levelOf(old)).toBeNull();
    expect(levelTrend([{ report: old }, checkWith(1)])).toEqual([90]);
  });
});
