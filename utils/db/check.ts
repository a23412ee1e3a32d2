import { checkMaterials, summarise } from '../engine';
import type { Material } from '../material/types';
import type { Report } from '../report/types';
import type { SpellChecker } from '../spelling/types';
import type { StoredProfile, SverkaDb } from './database';
import { profileOf } from './profiles';

/** A check as the user set it up: their dictionary words, and without what they ignored on this site. */
export async function checkWithUserSettings(
  db: SverkaDb,
  materials: Material[],
  profile: StoredProfile,
  site: string,
  spellChecker?: SpellChecker,
): Promise<Report> {
  const userWords = (await db.userWords.toArray()).map((w) => w.word);
  const full = await checkMaterials(materials, profileOf(profile), { userWords, spellChecker });
  const ignored = new Set((await db.ignored.where('site').equals(site).toArray()).map((i) => i.fingerprint));
  const findings = full.findings.filter((f) => !ignored.has(f.fingerprint));
  return { ...full, findings, summary: summarise(findings) };
}
