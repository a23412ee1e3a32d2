import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../browser/db/database';
import { boundProfile, exportProfile, importProfile, profileOf, saveProfile } from '../../../../browser/db/profiles';

const dental = readFileSync('tests/fixtures/profiles/dental.json', 'utf8');
const dentalName = JSON.parse(dental).name as string;
/** Another clinic's file under the same name. */
const other = dental.replace('Спокойное лечение', 'Другая клиника');
let counter = 0;

/** A database holding the dental profile, and the other file's first answer: the question. */
async function withNameTaken() {
  const db = openDatabase(`sverka-profiles-${++counter}`);
  await importProfile(db, dental);
  const asked = await importProfile(db, other);
  return { db, asked };
}

describe('importing a profile whose name is stored', () => {
  it('asks first, writing nothing', async () => {
    const { db, asked } = await withNameTaken();
    expect(asked).toMatchObject({ ok: false, conflict: { kind: 'name-taken', name: dentalName, existing: { name: dentalName } } });
    expect((await db.profiles.toArray()).map((p) => p.json)).toEqual([dental]);
  });

  it('replace: the new file is stored over the old one, as its next revision', async () => {
    const { db } = await withNameTaken();
    expect(await importProfile(db, other, 'replace')).toMatchObject({ ok: true, name: dentalName, revision: 2 });
    expect((await db.profiles.toArray()).map((p) => p.json)).toEqual([other]);
  });

  it('keep both: the new one is stored under a new id as "X (2)", the old one untouched', async () => {
    const { db } = await withNameTaken();
    const kept = await importProfile(db, other, 'keep-both');
    expect(kept).toMatchObject({ ok: true, name: `${dentalName} (2)`, revision: 1 });
    const stored = await db.profiles.orderBy('name').toArray();
    expect(stored.map((p) => p.name)).toEqual([dentalName, `${dentalName} (2)`]);
    expect(stored[0]!.json).toBe(dental);
    expect(JSON.parse(stored[1]!.json)).toMatchObject({ name: `${dentalName} (2)` });
    expect(stored[1]!.json).toContain('Другая клиника');
    // The copy's sites are bound to it too, and the first binding still finds the original.
    expect(await db.siteBindings.where('profileId').equals(stored[1]!.id).count()).toBeGreaterThan(0);
    const site = JSON.parse(dental).sites[0].replace('*', 'page');
    expect((await boundProfile(db, site))?.id).toBe(stored[0]!.id);
  });

  it('keep both again: "X (3)", never a name already stored', async () => {
    const { db } = await withNameTaken();
    await importProfile(db, other, 'keep-both');
    expect(await importProfile(db, other.replace('Другая клиника', 'Третья клиника'), 'keep-both')).toMatchObject({ ok: true, name: `${dentalName} (3)` });
    expect(await db.profiles.count()).toBe(3);
  });

  it('cancel: nothing is written, and the answer names the profile not imported', async () => {
    const { db } = await withNameTaken();
    expect(await importProfile(db, other, 'cancel')).toEqual({ ok: false, cancelled: true, name: dentalName });
    expect((await db.profiles.toArray()).map((p) => p.json)).toEqual([dental]);
    expect(await db.profiles.count()).toBe(1);
  });

  it('cancel does not hide a broken file: its problems come first', async () => {
    const { db } = await withNameTaken();
    expect(await importProfile(db, '{"format": "sverka.profile/1"}', 'cancel')).toMatchObject({ ok: false, problems: [{ path: 'name' }] });
  });
});

describe('a drafted profile (sverka draft)', () => {
  const seen = [{ location: 'https://ulybka-dent.example/prices', quote: 'Профессиональная гигиена — 4 500 ₽' }];
  const drafted = () => {
    const profile = JSON.parse(dental);
    profile.facts[2].evidence = seen;
    profile.names[0].evidence = seen;
    profile.conflicts = [
      {
        topic: 'Часы работы',
        kind: 'hours',
        variants: [
          { value: { 'mon-sat': '09:00-20:00' }, evidence: seen },
          { value: { 'mon-sun': '24h' }, evidence: [{ location: 'https://ulybka-dent.example/', quote: 'круглосуточно' }] },
        ],
      },
    ];
    return profile;
  };

  it('keeps its evidence and conflicts through import, export and a save', async () => {
    const db = openDatabase(`sverka-profiles-${++counter}`);
    const imported = await importProfile(db, `${JSON.stringify(drafted(), null, 2)}\n`);
    expect(imported).toMatchObject({ ok: true });
    const id = imported.ok ? imported.id : '';
    expect(JSON.parse((await exportProfile(db, id))!)).toEqual(drafted());
    const stored = profileOf((await db.profiles.get(id))!);
    expect(await saveProfile(db, stored, { opened: { id, revision: 1 } })).toMatchObject({ ok: true, revision: 2 });
    expect(JSON.parse((await exportProfile(db, id))!)).toEqual(drafted());
  });
});

describe('a chain and a competitor (profile locations and role)', () => {
  const chain = readFileSync('tests/fixtures/profiles/chain.json', 'utf8');

  it('keeps every location and the role through import, export and a save', async () => {
    const db = openDatabase(`sverka-profiles-${++counter}`);
    const original = { ...JSON.parse(chain), role: 'competitor' };
    const imported = await importProfile(db, `${JSON.stringify(original, null, 2)}\n`);
    expect(imported).toMatchObject({ ok: true });
    const id = imported.ok ? imported.id : '';
    expect(JSON.parse((await exportProfile(db, id))!)).toEqual(original);
    const stored = profileOf((await db.profiles.get(id))!);
    expect(await saveProfile(db, stored, { opened: { id, revision: 1 } })).toMatchObject({ ok: true, revision: 2 });
    expect(JSON.parse((await exportProfile(db, id))!)).toEqual(original);
  });
});
