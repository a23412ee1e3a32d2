import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase, SCHEMAS } from '../../../../browser/db/database';
import { boundProfile, deleteProfile, exportProfile, importProfile, profileForUrl, rememberProfile } from '../../../../browser/db/profiles';

const dental = readFileSync('tests/fixtures/profiles/dental.json', 'utf8');
let counter = 0;
const freshName = () => `sverka-test-${++counter}`;

describe('database migrations', () => {
  it('opens version 1 with data, upgrades to the latest and finds every row', async () => {
    const name = freshName();
    const v1 = openDatabase(name, 1);
    await v1.profiles.add({ id: 'p', name: 'P', json: '{}' } as never);
    await v1.siteBindings.add({ pattern: 'https://a.example/*', profileId: 'p' });
    await v1.reports.add({ url: 'https://a.example/', profileId: 'p', createdAt: 1, report: {} as never });
    await v1.ignored.add({ site: 'https://a.example', fingerprint: 'abc' });
    await v1.userWords.add({ word: 'кешбэк' });
    v1.close();

    const latest = openDatabase(name);
    await latest.open();
    expect(latest.verno).toBe(SCHEMAS.at(-1)!.version);
    expect(await latest.profiles.count()).toBe(1);
    expect((await latest.profiles.get('p'))!.updatedAt).toBeTypeOf('number');
    expect((await latest.profiles.get('p'))!.revision).toBe(1);
    expect(await latest.siteBindings.count()).toBe(1);
    expect(await latest.reports.where('[url+createdAt]').between(['https://a.example/', 0], ['https://a.example/', Infinity]).count()).toBe(1);
    expect(await latest.ignored.where({ site: 'https://a.example', fingerprint: 'abc' }).count()).toBe(1);
    expect(await latest.userWords.count()).toBe(1);
    latest.close();
  });

  it('opens version 2 (before revisions) with profiles and reports, keeps every row and starts each profile at revision 1', async () => {
    const name = freshName();
    const v2 = openDatabase(name, 2);
    const imported = JSON.parse(dental) as { name: string };
    await v2.profiles.bulkAdd([
      { id: 'dental', name: imported.name, json: dental, updatedAt: 5 },
      { id: 'cafe', name: 'Кафе', json: '{}', updatedAt: 6 },
    ] as never);
    await v2.siteBindings.add({ pattern: 'https://ulybka-dent.example/*', profileId: 'dental' });
    for (let i = 1; i <= 30; i++) await v2.reports.add({ url: `https://a.example/${i % 3}`, profileId: 'dental', createdAt: i, report: { findings: [], summary: { error: i } } as never });
    await v2.settings.put({ key: 'lastProfile', value: 'cafe' });
    v2.close();

    const latest = openDatabase(name);
    await latest.open();
    expect(latest.verno).toBe(SCHEMAS.at(-1)!.version);
    expect((await latest.profiles.toArray()).map(({ id, json, updatedAt, revision }) => ({ id, json, updatedAt, revision }))).toEqual([
      { id: 'cafe', json: '{}', updatedAt: 6, revision: 1 },
      { id: 'dental', json: dental, updatedAt: 5, revision: 1 },
    ]);
    expect(await latest.reports.count()).toBe(30);
    expect((await latest.reports.orderBy('createdAt').toArray()).map((r) => r.report.summary.error)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await latest.siteBindings.where('profileId').equals('dental').count()).toBe(1);
    expect(await latest.settings.get('lastProfile')).toEqual({ key: 'lastProfile', value: 'cafe' });
    expect(await profileForUrl(latest, 'https://ulybka-dent.example/')).toMatchObject({ id: 'dental', revision: 1 });
    latest.close();
  });
});

describe('profiles in the database', () => {
  it('round-trips the imported JSON text exactly', async () => {
    const db = openDatabase(freshName());
    const result = await importProfile(db, dental);
    expect(result.ok).toBe(true);
    expect(await exportProfile(db, result.ok ? result.id : '')).toBe(dental);
  });

  it('refuses a broken profile and keeps what was stored', async () => {
    const db = openDatabase(freshName());
    await importProfile(db, dental);
    const broken = dental.replace('"09:00-20:00"', '"25:00-20:00"');
    const result = await importProfile(db, broken);
    expect(result).toEqual({ ok: false, problems: [{ path: 'facts[0].value.mon-sat', message: 'expected "HH:MM-HH:MM", "24h" or "closed"' }] });
    expect(await db.profiles.count()).toBe(1);
    expect((await db.profiles.toArray())[0]!.json).toBe(dental);
  });

  it('binds the profile to its sites and finds it by URL', async () => {
    const db = openDatabase(freshName());
    await importProfile(db, dental);
    expect((await profileForUrl(db, 'https://ulybka-dent.example/prices'))?.name).toBe('Стоматология «Улыбка»');
  });

  it('tells a bound page (checked without asking) from one that only falls back to the last profile', async () => {
    const db = openDatabase(freshName());
    await importProfile(db, dental);
    expect((await boundProfile(db, 'https://ulybka-dent.example/prices'))?.name).toBe('Стоматология «Улыбка»');
    expect(await boundProfile(db, 'https://elsewhere.example/')).toBeNull();
    expect((await profileForUrl(db, 'https://elsewhere.example/'))?.name).toBe('Стоматология «Улыбка»');
  });

  it('deletes a profile with its site bindings and forgets it as the last one used', async () => {
    const db = openDatabase(freshName());
    const imported = await importProfile(db, dental);
    if (!imported.ok) throw new Error('the fixture profile must import');
    await rememberProfile(db, imported.id);
    await deleteProfile(db, imported.id);
    expect(await db.siteBindings.count()).toBe(0);
    expect(await db.settings.get('lastProfile')).toBeUndefined();
    expect(await profileForUrl(db, 'https://ulybka-dent.example/prices')).toBeNull();
  });
});
