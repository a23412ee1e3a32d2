import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../browser/db/database';
import { HISTORY_POLICY, historyOf, recordCheck } from '../../../browser/db/history';
import type { Finding, Report } from '../../../engine/report/types';

let counter = 0;
const freshDb = () => openDatabase(`sverka-history-flood-${++counter}`);
const finding = (fingerprint: string) => ({ id: fingerprint, fingerprint, severity: 'error', check: 'wrong-name', quote: fingerprint, message: '' }) as unknown as Finding;
/** A check whose findings differ from the one before, so each one is stored. */
const changing = (n: number) => ({ findings: [finding(`typo-${n}`)], summary: { error: 1, warning: 0, info: 0 } }) as unknown as Report;

describe('a page whose text changes on every check', () => {
  it('600 checks of one URL keep only the per-URL cap, the newest ones', async () => {
    const db = freshDb();
    const url = 'https://flood.example/';
    for (let n = 1; n <= 600; n++) await recordCheck(db, { url, profileId: 'p', createdAt: n, report: changing(n) });
    const kept = await historyOf(db, url);
    expect(kept).toHaveLength(HISTORY_POLICY.perUrl);
    expect(kept.map((r) => r.createdAt)).toEqual(Array.from({ length: HISTORY_POLICY.perUrl }, (_, i) => 600 - i));
    expect(await db.reports.count()).toBe(HISTORY_POLICY.perUrl);
  });

  it('pruning one URL leaves the others alone', async () => {
    const db = freshDb();
    await recordCheck(db, { url: 'https://quiet.example/', profileId: 'p', createdAt: 0, report: changing(0) });
    for (let n = 1; n <= HISTORY_POLICY.perUrl + 5; n++) await recordCheck(db, { url: 'https://flood.example/', profileId: 'p', createdAt: n, report: changing(n) });
    expect(await historyOf(db, 'https://quiet.example/')).toHaveLength(1);
  });

  it('many URLs together keep the total cap, dropping the oldest checks of any URL', async () => {
    const db = freshDb();
    // A full history (the cap's worth, one check per URL), then 200 more checks on 40 URLs.
    await db.reports.bulkAdd(Array.from({ length: HISTORY_POLICY.total }, (_, i) => ({ url: `https://old.example/${i}`, profileId: 'p', createdAt: i + 1, report: changing(i) })));
    let createdAt = HISTORY_POLICY.total;
    for (let round = 0; round < 5; round++) {
      for (let u = 0; u < 40; u++) await recordCheck(db, { url: `https://site.example/${u}`, profileId: 'p', createdAt: ++createdAt, report: changing(createdAt) });
    }
    expect(await db.reports.count()).toBe(HISTORY_POLICY.total);
    expect((await db.reports.orderBy('createdAt').first())!.createdAt).toBe(createdAt - HISTORY_POLICY.total + 1);
    expect(await historyOf(db, 'https://old.example/199')).toEqual([]);
    expect(await historyOf(db, 'https://old.example/200')).toHaveLength(1);
    expect(await historyOf(db, `https://old.example/${HISTORY_POLICY.total - 1}`)).toHaveLength(1);
    for (let u = 0; u < 40; u++) expect(await historyOf(db, `https://site.example/${u}`)).toHaveLength(5);
  });
});
