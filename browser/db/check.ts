import { checkMaterials, summarise, type EngineOptions } from '../../engine/engine';
import type { Material } from '../../engine/material/types';
import type { Profile } from '../../engine/profile/types';
import type { Report } from '../../engine/report/types';
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

/** The `site` of a finding ignored on every site and in the materials too. */
export const EVERYWHERE = '*';

/** The fingerprints of the findings the user ignored on a site or everywhere. */
export async function ignoredOn(db: SverkaDb, site: string): Promise<Set<string>> {
  return new Set((await db.ignored.where('site').anyOf([site, EVERYWHERE]).toArray()).map((i) => i.fingerprint));
}

/** The report without the ignored findings, its summary counted again. */
export function withoutIgnored(report: Report, ignored: Set<string>): Report {
  const findings = report.findings.filter((f) => !ignored.has(f.fingerprint));
  return { ...report, findings, summary: summarise(findings) };
}
