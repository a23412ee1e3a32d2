import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWithUserSettings, userWordsOf } from '../../../../browser/db/check';
import { openDatabase, type SverkaDb } from '../../../../browser/db/database';
import { EVERYWHERE } from '../../../../browser/db/check';
import { addUserWord, dismissedOf, dismissFinding, removeUserWord, undoDismissal } from '../../../../browser/db/dismissed';
import { exportProfile, importProfile } from '../../../../browser/db/profiles';
import { materialFromText } from '../../../../engine/material/from-text';
import { parseProfileJson } from '../../../../engine/profile/validate';

const dental = readFileSync('tests/fixtures/profiles/dental.json', 'utf8');
const material = materialFromText('Стоматология «Улыбка+». Гарантия на импланты — 10 лет.', { id: 's1', kind: 'text', location: 'flyer.txt' });
const SITE = 'https://a.example';

async function withDental(name: string): Promise<{ db: SverkaDb; profileId: string }> {
  const db = openDatabase(name);
  const imported = await importProfile(db, dental);
  if (!imported.ok) throw new Error('the fixture profile does not import');
  return { db, profileId: imported.id };
}

/** A database holding stored profiles of these ids (what was dismissed under another is listed under all). */
async function withProfiles(name: string, ...ids: string[]): Promise<SverkaDb> {
  const db = openDatabase(name);
  await db.profiles.bulkAdd(ids.map((id) => ({ id, name: id, json: '{}', updatedAt: 1, revision: 1 })));
  return db;
}

const checkOn = async (db: SverkaDb, profileId: string, site = SITE) => checkWithUserSettings(db, [material], (await db.profiles.get(profileId))!, site);

describe('dismissing a finding', () => {
  it('records the profile, the check, the quote, the message and when; ignoring it again keeps one row', async () => {
    const { db, profileId } = await withDental('sverka-dismissed-record');
    const [finding] = (await checkOn(db, profileId)).findings;
    await dismissFinding(db, { finding: finding!, site: SITE, profileId });
    await dismissFinding(db, { finding: finding!, site: SITE, profileId });

    const rows = await db.ignored.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ site: SITE, fingerprint: finding!.fingerprint, profileId, check: finding!.check, quote: finding!.quote, message: finding!.message });
    expect(rows[0]!.when).toBeTypeOf('number');
  });

  it('undoing it brings the finding back in the next check', async () => {
    const { db, profileId } = await withDental('sverka-dismissed-undo');
    const full = await checkOn(db, profileId);
    const [finding] = full.findings;
    await dismissFinding(db, { finding: finding!, site: SITE, profileId });
    expect((await checkOn(db, profileId)).findings.map((f) => f.fingerprint)).not.toContain(finding!.fingerprint);

    const [row] = (await dismissedOf(db, { profileId })).sites[0]!.findings;
    await undoDismissal(db, row!.id!);

    const again = await checkOn(db, profileId);
    expect(again.findings.map((f) => f.fingerprint)).toEqual(full.findings.map((f) => f.fingerprint));
    expect(again.summary).toEqual(full.summary);
  });
});

describe('dismissedOf', () => {
  it('groups by site, everywhere first, and lists only the profile’s rows and those of no profile', async () => {
    const db = await withProfiles('sverka-dismissed-groups', 'dental', 'fitness');
    const finding = (fingerprint: string) => ({ fingerprint, check: 'spelling', quote: fingerprint, message: 'm' });
    await dismissFinding(db, { finding: finding('f1'), site: 'https://b.example', profileId: 'dental' });
    await dismissFinding(db, { finding: finding('f2'), site: 'https://a.example', profileId: 'dental' });
    await dismissFinding(db, { finding: finding('f3'), site: EVERYWHERE, profileId: 'dental' });
    await dismissFinding(db, { finding: finding('f4'), site: 'https://a.example', profileId: 'fitness' });
    // A row stored before rows named their profile.
    await db.ignored.add({ site: 'https://a.example', fingerprint: 'f5' });

    const { sites } = await dismissedOf(db, { profileId: 'dental' });
    expect(sites.map((group) => [group.site, group.findings.map((f) => f.fingerprint).sort()])).toEqual([
      [EVERYWHERE, ['f3']],
      ['https://a.example', ['f2', 'f5']],
      ['https://b.example', ['f1']],
    ]);
    const onA = await dismissedOf(db, { profileId: 'fitness', site: 'https://a.example' });
    expect(onA.sites.map((group) => [group.site, group.findings.map((f) => f.fingerprint).sort()])).toEqual([['https://a.example', ['f4', 'f5']]]);
  });

  it('lists under every profile what was dismissed under a profile since deleted: it still hides findings', async () => {
    const { db, profileId } = await withDental('sverka-dismissed-deleted');
    await db.profiles.add({ id: 'fitness', name: 'fitness', json: '{}', updatedAt: 1, revision: 1 });
    await dismissFinding(db, { finding: { fingerprint: 'gone' }, site: SITE, profileId: 'deleted' });
    await dismissFinding(db, { finding: { fingerprint: 'kept' }, site: SITE, profileId: 'fitness' });
    await addUserWord(db, { word: 'кроссфит', profileId: 'deleted' });

    const dismissed = await dismissedOf(db, { profileId });
    expect(dismissed.sites.flatMap((group) => group.findings.map((row) => row.fingerprint))).toEqual(['gone']);
    expect(dismissed.words.map((row) => row.word)).toEqual(['кроссфит']);
  });

  it('lists the profile’s added words newest first (undated ones last), and a removed word is no longer the user’s', async () => {
    const db = await withProfiles('sverka-dismissed-words', 'dental', 'fitness');
    await addUserWord(db, { word: 'эндодонтия', profileId: 'dental' });
    await db.userWords.update('эндодонтия', { when: 1 });
    await addUserWord(db, { word: 'элайнер', profileId: 'dental' });
    await addUserWord(db, { word: 'кроссфит', profileId: 'fitness' });
    await db.userWords.put({ word: 'Садова' });

    expect((await dismissedOf(db, { profileId: 'dental' })).words.map((w) => w.word)).toEqual(['элайнер', 'эндодонтия', 'Садова']);
    await removeUserWord(db, 'элайнер');
    expect((await userWordsOf(db)).sort()).toEqual(['Садова', 'кроссфит', 'эндодонтия']);
  });
});

describe('a profile’s export carries what was dismissed under it', () => {
  it('round-trips: its words join glossary.words, its ignored findings come back on import', async () => {
    const { db, profileId } = await withDental('sverka-dismissed-export');
    const [finding] = (await checkOn(db, profileId)).findings;
    await dismissFinding(db, { finding: finding!, site: SITE, profileId });
    await dismissFinding(db, { finding: { fingerprint: 'other-profile' }, site: SITE, profileId: 'fitness' });
    await addUserWord(db, { word: 'эндодонтия', profileId });

    const exported = (await exportProfile(db, profileId))!;
    const parsed = parseProfileJson(exported);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.profile.ignored).toEqual([{ site: SITE, fingerprint: finding!.fingerprint, quote: finding!.quote, check: finding!.check }]);
    expect(parsed.profile.glossary?.words).toEqual(['имплантация', 'брекеты', 'элайнеры', 'эндодонтия']);

    const elsewhere = openDatabase('sverka-dismissed-import');
    const imported = await importProfile(elsewhere, exported);
    const importedId = imported.ok ? imported.id : '';
    expect((await dismissedOf(elsewhere, { profileId: importedId })).sites).toMatchObject([{ site: SITE, findings: [{ fingerprint: finding!.fingerprint, quote: finding!.quote, profileId: importedId }] }]);
    expect((await checkOn(elsewhere, importedId)).findings.map((f) => f.fingerprint)).not.toContain(finding!.fingerprint);
    expect(await exportProfile(elsewhere, importedId)).toBe(exported);
  });

  it('leaves out an undone finding, and gives back the imported text verbatim when nothing is dismissed', async () => {
    const { db, profileId } = await withDental('sverka-dismissed-undone');
    expect(await exportProfile(db, profileId)).toBe(dental);
    const [finding] = (await checkOn(db, profileId)).findings;
    await dismissFinding(db, { finding: finding!, site: SITE, profileId });
    const elsewhere = openDatabase('sverka-dismissed-undone-import');
    const imported = await importProfile(elsewhere, (await exportProfile(db, profileId))!);
    const importedId = imported.ok ? imported.id : '';

    const [row] = (await dismissedOf(elsewhere, { profileId: importedId })).sites[0]!.findings;
    await undoDismissal(elsewhere, row!.id!);

    const exported = JSON.parse((await exportProfile(elsewhere, importedId))!);
    expect(exported.ignored).toBeUndefined();
    expect(exported.glossary).toEqual(JSON.parse(dental).glossary);
  });
});
