import { checkMaterials, fingerprintAnywhere, summarise, type EngineOptions } from '../../engine/engine';
import type { Material } from '../../engine/material/types';
import type { Profile } from '../../engine/profile/types';
import type { Finding, Report } from '../../engine/report/types';
import type { SpellChecker } from '../../engine/spelling/types';
import type { StoredProfile, SverkaDb } from './database';
import { profileOf } from './profiles';

/** What runs the checks: the engine itself, or the engine in a worker. */
export type Engine = (materials: Material[], profile: Profile, options: EngineOptions) => Promise<Report>;

/** A check as the user set it up: their dictionary words, and without what they ignored on this site. */
export async function checkWithUserSettings(db: SverkaDb, materials: Material[], profile: StoredProfile, site: string, spellChecker?: SpellChecker, engine: Engine = checkMaterials): Promise<Report> {
  const userWords = await userWordsOf(db);
  const full = await engine(materials, profileOf(profile), { userWords, spellChecker });
  return withoutIgnored(full, await ignoredOn(db, site));
}

/** The words the user added to their dictionary. */
export async function userWordsOf(db: SverkaDb): Promise<string[]> {
  return (await db.userWords.toArray()).map((w) => w.word);
}

/** The `site` of a finding ignored on every site and in the materials too; its row's fingerprint is `fingerprintAnywhere`. */
export const EVERYWHERE = '*';

/** Where an ignored finding stays hidden: the site (or the materials) it was ignored on, or everywhere. */
export type IgnoreScope = 'here' | 'everywhere';

/** Where a finding is ignored and under which fingerprint: on `site` by its own, everywhere by one that leaves out the page it was found on. */
export function ignoredAt(finding: Finding, scope: IgnoreScope, site: string): { finding: Finding; site: string } {
  return scope === 'everywhere' ? { finding: { ...finding, fingerprint: fingerprintAnywhere(finding) }, site: EVERYWHERE } : { finding, site };
}

/** The fingerprints of the findings the user ignored on a site or everywhere. */
export async function ignoredOn(db: SverkaDb, site: string): Promise<Set<string>> {
  return new Set((await db.ignored.where('site').anyOf([site, EVERYWHERE]).toArray()).map((i) => i.fingerprint));
}

/** The report without the ignored findings (here by fingerprint, everywhere by `fingerprintAnywhere`), its summary counted again. */
export function withoutIgnored<R extends Report>(report: R, ignored: Set<string>): R {
  const findings = report.findings.filter((f) => !ignored.has(f.fingerprint) && !ignored.has(fingerprintAnywhere(f)));
  return { ...report, findings, summary: summarise(findings) };
}
