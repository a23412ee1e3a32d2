import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../browser/db/database';
import { historyDiff, historyOf, recordCheck } from '../../../../browser/db/history';
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
