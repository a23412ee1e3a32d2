import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../browser/db/database';
import { importProfile, profileOf, saveProfile } from '../../../browser/db/profiles';

const dental = readFileSync('tests/fixtures/profiles/dental.json', 'utf8');
let counter = 0;
const freshDb = () => openDatabase(`sverka-two-tabs-${++counter}`);

/** An editor as a tab opens it: the stored profile and the revision it read. */
async function openEditor(db: ReturnType<typeof freshDb>, id: string) {
  const stored = (await db.profiles.get(id))!;
  return { profile: profileOf(stored), opened: { id, revision: stored.revision } };
}

describe('two tabs editing one profile', () => {
  it('does not let the second save silently overwrite the first: it is asked, and "keep mine" saves over it', async () => {
    const db = freshDb();
    const imported = await importProfile(db, dental);
    if (!imported.ok) throw new Error('fixture did not import');
    expect(imported.revision).toBe(1);

    const first = await openEditor(db, imported.id);
    const second = await openEditor(db, imported.id);
    first.profile.concept!.statement = 'Edited in the first tab';
    second.profile.concept!.statement = 'Edited in the second tab';

    const firstSave = await saveProfile(db, first.profile, { opened: first.opened });
    expect(firstSave).toMatchObject({ ok: true, id: imported.id, revision: 2 });

    const secondSave = await saveProfile(db, second.profile, { opened: second.opened });
    expect(secondSave).toMatchObject({ ok: false, conflict: { kind: 'newer-revision' } });
    if (secondSave.ok || !('conflict' in secondSave)) throw new Error('expected a conflict');
    const theirs = secondSave.conflict.existing;
    expect(theirs.revision).toBe(2);
    expect(profileOf(theirs).concept!.statement).toBe('Edited in the first tab');
    expect(profileOf((await db.profiles.get(imported.id))!).concept!.statement).toBe('Edited in the first tab');

    // "Keep mine": the editor now knows the revision it overwrites.
    const kept = await saveProfile(db, second.profile, { opened: { id: imported.id, revision: theirs.revision } });
    expect(kept).toMatchObject({ ok: true, id: imported.id, revision: 3 });
    const stored = (await db.profiles.get(imported.id))!;
    expect(stored.revision).toBe(3);
    expect(profileOf(stored).concept!.statement).toBe('Edited in the second tab');
    expect(await db.profiles.count()).toBe(1);
  });

  it('"reload theirs" gives the other tab\'s save, and saving from it again needs no question', async () => {
    const db = freshDb();
    const imported = await importProfile(db, dental);
    if (!imported.ok) throw new Error('fixture did not import');
    const first = await openEditor(db, imported.id);
    const second = await openEditor(db, imported.id);
    first.profile.concept!.statement = 'Theirs';
    await saveProfile(db, first.profile, { opened: first.opened });
    second.profile.concept!.statement = 'Mine';
    expect((await saveProfile(db, second.profile, { opened: second.opened })).ok).toBe(false);

    const reloaded = await openEditor(db, imported.id);
    expect(reloaded.profile.concept!.statement).toBe('Theirs');
    reloaded.profile.concept!.what = 'Added after the reload';
    expect(await saveProfile(db, reloaded.profile, { opened: reloaded.opened })).toMatchObject({ ok: true, revision: 3 });
  });

  it('a save with a problem writes nothing and does not count as a revision', async () => {
    const db = freshDb();
    const imported = await importProfile(db, dental);
    if (!imported.ok) throw new Error('fixture did not import');
    const editor = await openEditor(db, imported.id);
    editor.profile.name = '';
    expect((await saveProfile(db, editor.profile, { opened: editor.opened })).ok).toBe(false);
    expect((await db.profiles.get(imported.id))!.revision).toBe(1);
  });
});
