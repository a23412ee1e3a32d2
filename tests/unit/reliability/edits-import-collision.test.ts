import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../browser/db/database';
import { importProfile, profileOf, saveProfile } from '../../../browser/db/profiles';
import type { Profile } from '../../../engine/profile/types';

const dental = readFileSync('tests/fixtures/profiles/dental.json', 'utf8');
const dentalName = 'Стоматология «Улыбка»';
let counter = 0;
const freshDb = () => openDatabase(`sverka-import-collision-${++counter}`);
/** Another clinic's profile whose name differs only in case and punctuation: it maps to the same id. */
const sameIdOtherProfile = dental.replace(`"${dentalName}"`, '"стоматология улыбка!"').replace('Спокойное лечение', 'Другая клиника: лечение');
const minimal = (name: string): Profile => ({ format: 'sverka.profile/1', name, languages: ['ru'], concept: {}, facts: [], names: [] });

describe('importing a profile whose id is taken', () => {
  it('asks instead of replacing, and nothing stored changes until the user answers', async () => {
    const db = freshDb();
    const first = await importProfile(db, dental);
    expect(first.ok).toBe(true);
    const second = await importProfile(db, sameIdOtherProfile);
    expect(second).toMatchObject({ ok: false, conflict: { kind: 'name-taken', name: 'стоматология улыбка!', existing: { name: dentalName } } });
    expect(await db.profiles.count()).toBe(1);
    expect((await db.profiles.toArray())[0]!.json).toBe(dental);
  });

  it('"replace" stores the new text over it as the next revision, named by the profile', async () => {
    const db = freshDb();
    await importProfile(db, dental);
    const replaced = await importProfile(db, sameIdOtherProfile, 'replace');
    expect(replaced).toMatchObject({ ok: true, name: 'стоматология улыбка!', revision: 2 });
    expect(await db.profiles.count()).toBe(1);
    expect((await db.profiles.toArray())[0]!.json).toBe(sameIdOtherProfile);
  });

  it('"keep both" stores the new one under a new id and a name that tells them apart', async () => {
    const db = freshDb();
    const first = await importProfile(db, dental);
    const both = await importProfile(db, dental.replace('Спокойное лечение', 'Новое лечение'), 'keep-both');
    expect(both).toMatchObject({ ok: true, name: `${dentalName} (2)`, revision: 1 });
    if (!both.ok || !first.ok) throw new Error('expected both stored');
    expect(both.id).not.toBe(first.id);
    expect((await db.profiles.get(first.id))!.json).toBe(dental);
    const kept = profileOf((await db.profiles.get(both.id))!);
    expect(kept.name).toBe(`${dentalName} (2)`);
    expect(kept.concept!.statement).toMatch(/^Новое лечение/);

    const third = await importProfile(db, dental.replace('Спокойное лечение', 'Третье'), 'keep-both');
    expect(third).toMatchObject({ ok: true, name: `${dentalName} (3)` });
    expect(await db.profiles.count()).toBe(3);
  });

  it('re-importing exactly the stored text is not a question: nothing to lose, nothing written', async () => {
    const db = freshDb();
    await importProfile(db, dental);
    expect(await importProfile(db, dental)).toMatchObject({ ok: true, name: dentalName, revision: 1 });
  });
});

describe("renaming an edited profile to another profile's name", () => {
  it('asks, and "keep both" keeps the other profile untouched', async () => {
    const db = freshDb();
    const a = await saveProfile(db, minimal('Кафе Альфа'));
    const b = await saveProfile(db, minimal('Кафе Бета'));
    if (!a.ok || !b.ok) throw new Error('expected both stored');
    const renamed = { ...minimal('кафе бета'), concept: { statement: 'Альфа под новым именем' } };

    const asked = await saveProfile(db, renamed, { opened: { id: a.id, revision: 1 } });
    expect(asked).toMatchObject({ ok: false, conflict: { kind: 'name-taken', existing: { name: 'Кафе Бета' } } });
    expect((await db.profiles.toArray()).map((p) => p.name).sort()).toEqual(['Кафе Альфа', 'Кафе Бета']);

    const both = await saveProfile(db, renamed, { opened: { id: a.id, revision: 1 }, onNameTaken: 'keep-both' });
    expect(both).toMatchObject({ ok: true, name: 'кафе бета (2)' });
    expect((await db.profiles.toArray()).map((p) => p.name).sort()).toEqual(['Кафе Бета', 'кафе бета (2)']);
    expect(profileOf((await db.profiles.get(b.id))!).concept).toEqual({});
  });

  it('"replace" puts the edited profile in the other one\'s place, one revision on', async () => {
    const db = freshDb();
    const a = await saveProfile(db, minimal('Кафе Альфа'));
    await saveProfile(db, { ...minimal('Кафе Бета'), sites: ['https://beta.example/*'] });
    if (!a.ok) throw new Error('expected stored');
    const replaced = await saveProfile(db, { ...minimal('Кафе Бета'), concept: { statement: 'from Альфа' } }, { opened: { id: a.id, revision: 1 }, onNameTaken: 'replace' });
    expect(replaced).toMatchObject({ ok: true, name: 'Кафе Бета', revision: 2 });
    expect(await db.profiles.count()).toBe(1);
    expect(await db.siteBindings.count()).toBe(0);
  });

  it('a new profile under a taken name asks too', async () => {
    const db = freshDb();
    await saveProfile(db, minimal('Кафе Альфа'));
    expect(await saveProfile(db, minimal('КАФЕ АЛЬФА'))).toMatchObject({ ok: false, conflict: { kind: 'name-taken' } });
  });
});
