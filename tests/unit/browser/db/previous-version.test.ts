import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../../cli/spelling/node-dictionaries';
import { checkWithUserSettings } from '../../../../browser/db/check';
import { openDatabase, SCHEMAS, type SverkaDb } from '../../../../browser/db/database';
import { dismissedOf, undoDismissal } from '../../../../browser/db/dismissed';
import { historyOf } from '../../../../browser/db/history';
import { exportProfile, profileForUrl } from '../../../../browser/db/profiles';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { parseProfileJson } from '../../../../engine/profile/validate';
import { diffReports } from '../../../../engine/report/diff';
import { toHtml } from '../../../../engine/report/to-html';
import { toMarkdown } from '../../../../engine/report/to-markdown';
import { toText } from '../../../../engine/report/to-text';
import type { Report } from '../../../../engine/report/types';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';

/**
 * The rows a user of the release before the engine's redesign (#16) has in the browser: a profile,
 * its site, two checks in the history and two ignored findings, written by that release's engine
 * (tests/fixtures/migration/before-16.json says how they were made).
 */
const BEFORE = JSON.parse(readFileSync('tests/fixtures/migration/before-16.json', 'utf8'));
const SITE = 'https://ulybka-dent.example';
const PAGE = `${SITE}/zapis`;
const spellChecker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);

async function databaseOfThePreviousRelease(name: string): Promise<SverkaDb> {
  const old = openDatabase(name, BEFORE.version);
  for (const table of ['profiles', 'siteBindings', 'reports', 'ignored', 'userWords', 'settings'] as const) {
    await old.table(table).bulkAdd(BEFORE[table]);
  }
  old.close();
  const latest = openDatabase(name);
  await latest.open();
  return latest;
}

/** The stored pages, each with the file its report was made of. */
const PAGES = [
  { url: `${SITE}/`, file: 'tests/fixtures/pages/clinic.html' },
  { url: PAGE, file: 'tests/fixtures/migration/page.html' },
];

async function checkPageAgain(db: SverkaDb, url: string, file: string): Promise<Report> {
  const material = materialFromDocument(parseHtmlDocument(readFileSync(file, 'utf8')), { id: 's1', kind: 'page', location: url }, 'ru');
  const profile = (await profileForUrl(db, url))!;
  return checkWithUserSettings(db, [material], profile, SITE, spellChecker);
}

describe('the previous release’s rows in this release', () => {
  it('keeps every row and opens at the latest schema', async () => {
    const db = await databaseOfThePreviousRelease('sverka-before-16-rows');
    expect(db.verno).toBe(SCHEMAS.at(-1)!.version);
    for (const table of ['profiles', 'siteBindings', 'reports', 'ignored', 'userWords', 'settings'] as const) {
      expect(await db.table(table).count(), table).toBe(BEFORE[table].length);
    }
    db.close();
  });

  it('lists the ignored findings and the added word, which name no profile, under the profile, and undoes them', async () => {
    const db = await databaseOfThePreviousRelease('sverka-before-16-dismissed');
    const profileId = BEFORE.profiles[0].id;
    const dismissed = await dismissedOf(db, { profileId });
    expect(dismissed.sites.map((group) => [group.site, group.findings.map((row) => row.fingerprint).sort()])).toEqual([[SITE, BEFORE.ignored.map((row: { fingerprint: string }) => row.fingerprint).sort()]]);
    expect(dismissed.words.map((row) => row.word)).toEqual(BEFORE.userWords.map((row: { word: string }) => row.word));

    // Both were ignored on this page: the undone one is back in its next check, the other stays hidden.
    const [undone, kept] = dismissed.sites[0]!.findings;
    await undoDismissal(db, undone!.id!);
    const again = (await checkPageAgain(db, PAGE, 'tests/fixtures/migration/page.html')).findings.map((finding) => finding.fingerprint);
    expect(again).toContain(undone!.fingerprint);
    expect(again).not.toContain(kept!.fingerprint);
    db.close();
  });

  it('exports the stored profile byte for byte, and it is still valid', async () => {
    const db = await databaseOfThePreviousRelease('sverka-before-16-profile');
    const exported = (await exportProfile(db, BEFORE.profiles[0].id))!;
    expect(exported).toBe(BEFORE.profiles[0].json);
    const parsed = parseProfileJson(exported);
    expect(parsed.ok ? parsed.profile.facts?.length : parsed.problems).toBe(JSON.parse(exported).facts.length);
    db.close();
  });

  it('renders the stored history in every format, in the report’s language', async () => {
    const db = await databaseOfThePreviousRelease('sverka-before-16-history');
    const [stored] = await historyOf(db, PAGE);
    const report = stored!.report;
    for (const rendered of [toText(report), toMarkdown(report), toHtml(report)]) {
      expect(rendered).toContain('безболезнено');
      expect(rendered).toContain('Противоречия с чек-листом');
    }
    db.close();
  });

  it.each(PAGES)('finds the same faults on $url under the same fingerprints: the ignored stay hidden, the history diff sees nothing new', async ({ url, file }) => {
    const db = await databaseOfThePreviousRelease(`sverka-before-16-recheck-${url}`);
    const again = await checkPageAgain(db, url, file);
    const [stored] = await historyOf(db, url);
    const ignored = new Set<string>(BEFORE.ignored.map((row: { fingerprint: string }) => row.fingerprint));
    const expected = stored!.report.findings.filter((finding) => !ignored.has(finding.fingerprint));

    expect(again.findings.map((finding) => finding.fingerprint).sort()).toEqual(expected.map((finding) => finding.fingerprint).sort());
    const diff = diffReports({ ...stored!.report, findings: expected }, again);
    expect(diff.added).toEqual([]);
    expect(diff.fixed).toEqual([]);
    db.close();
  });
});
