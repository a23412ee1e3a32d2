import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWithUserSettings, EVERYWHERE, ignoredAt, ignoredOn } from '../../../../browser/db/check';
import { dismissFinding } from '../../../../browser/db/dismissed';
import { openDatabase } from '../../../../browser/db/database';
import { importProfile } from '../../../../browser/db/profiles';
import { materialFromText } from '../../../../engine/material/from-text';

const dental = readFileSync('tests/fixtures/profiles/dental.json', 'utf8');
const TEXT = 'Стоматология «Улыбка+». Гарантия на импланты — 10 лет.';
const material = materialFromText(TEXT, { id: 's1', kind: 'text', location: 'flyer.txt' });

describe('checkWithUserSettings', () => {
  it('leaves out what was ignored on this site only, and counts the summary again', async () => {
    const db = openDatabase('sverka-check-1');
    const imported = await importProfile(db, dental);
    const profile = (await db.profiles.get(imported.ok ? imported.id : ''))!;
    const full = await checkWithUserSettings(db, [material], profile, 'https://a.example');
    expect(full.findings.length).toBeGreaterThanOrEqual(2);
    const [first] = full.findings;
    await db.ignored.put({ site: 'https://a.example', fingerprint: first!.fingerprint });

    const here = await checkWithUserSettings(db, [material], profile, 'https://a.example');
    expect(here.findings.map((f) => f.fingerprint)).not.toContain(first!.fingerprint);
    expect(here.summary.error + here.summary.warning + here.summary.info).toBe(here.findings.length);
    const elsewhere = await checkWithUserSettings(db, [material], profile, 'https://b.example');
    expect(elsewhere.findings).toHaveLength(full.findings.length);
  });

  it('runs the engine it is given (the side panel’s worker) with the user’s words, and still leaves out what was ignored', async () => {
    const db = openDatabase('sverka-check-2');
    const imported = await importProfile(db, dental);
    const profile = (await db.profiles.get(imported.ok ? imported.id : ''))!;
    await db.userWords.put({ word: 'Садова' });
    const full = await checkWithUserSettings(db, [material], profile, 'https://a.example');
    await db.ignored.put({ site: 'https://a.example', fingerprint: full.findings[0]!.fingerprint });
    const asked: { words?: string[]; profile: string }[] = [];
    const shown = await checkWithUserSettings(db, [material], profile, 'https://a.example', undefined, async (_materials, checked, options) => {
      asked.push({ words: options.userWords, profile: checked.name });
      return full;
    });
    expect(asked).toEqual([{ words: ['Садова'], profile: profile.name }]);
    expect(shown.findings).toEqual(full.findings.slice(1));
  });
});

describe('ignoredOn', () => {
  it('holds what was ignored on the site and what was ignored everywhere, not what was ignored on another site', async () => {
    const db = openDatabase('sverka-check-3');
    await db.ignored.bulkPut([
      { site: 'https://a.example', fingerprint: 'here' },
      { site: EVERYWHERE, fingerprint: 'everywhere' },
      { site: 'https://b.example', fingerprint: 'elsewhere' },
    ]);
    expect([...(await ignoredOn(db, 'https://a.example'))].sort()).toEqual(['everywhere', 'here']);
    expect([...(await ignoredOn(db, 'materials'))]).toEqual(['everywhere']);
  });

  it('leaves a finding ignored everywhere out of a check of any site, on a page at another address too', async () => {
    const db = openDatabase('sverka-check-4');
    const imported = await importProfile(db, dental);
    const profile = (await db.profiles.get(imported.ok ? imported.id : ''))!;
    const full = await checkWithUserSettings(db, [material], profile, 'https://a.example');
    const [ignored] = full.findings;
    await dismissFinding(db, ignoredAt(ignored!, 'everywhere', 'https://a.example'));
    const elsewhere = materialFromText(TEXT, { id: 's1', kind: 'text', location: 'https://b.example/prices' });
    for (const [site, checked] of [
      ['https://a.example', material],
      ['https://b.example', elsewhere],
      ['materials', elsewhere],
    ] as const) {
      const shown = await checkWithUserSettings(db, [checked], profile, site);
      expect(shown.findings.map((f) => f.quote)).not.toContain(ignored!.quote);
      expect(shown.findings).toHaveLength(full.findings.length - 1);
    }
  });

  it('ignores a finding here by its fingerprint, which holds the page: the same words elsewhere stay', async () => {
    const db = openDatabase('sverka-check-5');
    const imported = await importProfile(db, dental);
    const profile = (await db.profiles.get(imported.ok ? imported.id : ''))!;
    const full = await checkWithUserSettings(db, [material], profile, 'https://a.example');
    await dismissFinding(db, ignoredAt(full.findings[0]!, 'here', 'https://a.example'));
    expect(await db.ignored.toArray()).toMatchObject([{ site: 'https://a.example', fingerprint: full.findings[0]!.fingerprint }]);
    expect(await checkWithUserSettings(db, [material], profile, 'https://a.example')).toMatchObject({ findings: full.findings.slice(1) });
    expect(await checkWithUserSettings(db, [material], profile, 'https://b.example')).toMatchObject({ findings: full.findings });
  });
});
