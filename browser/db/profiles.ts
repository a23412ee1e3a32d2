import { matchesPattern } from '../../engine/profile/match-pattern';
import { parseProfileJson, validateProfile, withKnownRules, type ProfileProblem } from '../../engine/profile/validate';
import type { Profile } from '../../engine/profile/types';
import type { SverkaDb, StoredProfile } from './database';
import { restoreDismissed, withDismissed } from './dismissed';

/**
 * Why a save stopped to ask instead of writing: `newer-revision` — another tab saved this profile
 * after the editor opened it; `name-taken` — the name maps to the id of another stored profile.
 * `name` is the name being saved, `existing` what is stored now.
 */
export interface ProfileConflict {
  kind: 'newer-revision' | 'name-taken';
  name: string;
  existing: StoredProfile;
}

export type SaveResult = { ok: true; id: string; name: string; revision: number } | { ok: false; problems: ProfileProblem[] } | { ok: false; conflict: ProfileConflict };

/** The stored profile an editor opened, and the revision it read. */
export interface OpenedProfile {
  id: string;
  revision: number;
}

/** The user's answer when the name is another profile's: replace it, or keep both under a new name. */
export type OnNameTaken = 'ask' | 'replace' | 'keep-both';

/** A stable id from the profile's name, so re-importing the same profile finds it. */
export function profileId(profile: Pick<Profile, 'name'>): string {
  return (
    profile.name
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\d]+/gu, '-')
      .replace(/^-|-$/g, '') || 'profile'
  );
}

/** "Name (2)", "Name (3)"…: the first such name whose id no stored profile has. */
async function freeName(db: SverkaDb, name: string): Promise<string> {
  const base = name.replace(/\s*\(\d+\)$/, '');
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})`;
    if (!(await db.profiles.get(profileId({ name: candidate })))) return candidate;
  }
}

/** The JSON text with another name; the rest keeps its key order. */
function renamedJson(json: string, name: string): string {
  const raw = JSON.parse(json) as Record<string, unknown>;
  raw.name = name;
  return `${JSON.stringify(raw, null, 2)}\n`;
}

/**
 * Writes the profile unless that would silently lose something stored, in one transaction so two
 * tabs saving at once are checked one after the other. Saving under a new name removes the one
 * the editor opened.
 */
async function store(db: SverkaDb, profile: Profile, json: string, opened: OpenedProfile | undefined, onNameTaken: OnNameTaken): Promise<SaveResult> {
  return db.transaction('rw', db.profiles, db.siteBindings, async (): Promise<SaveResult> => {
    const current = opened && (await db.profiles.get(opened.id));
    if (current && current.revision > opened!.revision) return { ok: false, conflict: { kind: 'newer-revision', name: profile.name, existing: current } };
    let id = profileId(profile);
    const other = id === opened?.id ? undefined : await db.profiles.get(id);
    if (other && !opened && other.json === json) return { ok: true, id, name: other.name, revision: other.revision };
    if (other && onNameTaken === 'ask') return { ok: false, conflict: { kind: 'name-taken', name: profile.name, existing: other } };
    let name = profile.name;
    if (other && onNameTaken === 'keep-both') {
      name = await freeName(db, name);
      json = renamedJson(json, name);
      id = profileId({ name });
    }
    const revision = ((await db.profiles.get(id))?.revision ?? 0) + 1;
    if (opened && opened.id !== id) await db.profiles.delete(opened.id);
    await db.siteBindings
      .where('profileId')
      .anyOf([id, opened?.id ?? id])
      .delete();
    await db.profiles.put({ id, name, json, updatedAt: Date.now(), revision });
    for (const pattern of profile.sites ?? []) await db.siteBindings.add({ pattern, profileId: id });
    return { ok: true, id, name, revision };
  });
}

/** What an import does when the profile's name is another stored profile's: the user's answer, or 'ask' before there is one. */
export type ImportDecision = OnNameTaken | 'cancel';

export type ImportResult = SaveResult | { ok: false; cancelled: true; name: string };

/**
 * Validates, then stores the JSON text exactly as given; on any problem nothing is written. A name
 * whose id is taken is asked about (`decision` 'ask'), unless the stored text is exactly this one;
 * answered, the import replaces that profile, keeps both ("X (2)" under a new id), or writes nothing.
 * The findings it lists as `ignored` are ignored again.
 */
export async function importProfile(db: SverkaDb, json: string, decision: ImportDecision = 'ask'): Promise<ImportResult> {
  const parsed = await withKnownRules(parseProfileJson(json));
  if (!parsed.ok) return parsed;
  if (decision === 'cancel') return { ok: false, cancelled: true, name: parsed.profile.name };
  const stored = await store(db, parsed.profile, json, undefined, decision);
  if (stored.ok) await restoreDismissed(db, stored.id, parsed.profile.ignored);
  return stored;
}

/**
 * Saves an edited profile over the one it was `opened` from (none for a new one); on any problem
 * nothing is written. A newer revision saved since it was opened, or a name that is another
 * profile's, returns a conflict: save again with the newer revision to keep this one.
 */
export async function saveProfile(db: SverkaDb, profile: Profile, { opened, onNameTaken = 'ask' }: { opened?: OpenedProfile; onNameTaken?: OnNameTaken } = {}): Promise<SaveResult> {
  const result = await withKnownRules(validateProfile(profile));
  if (!result.ok) return result;
  return store(db, result.profile, `${JSON.stringify(result.profile, null, 2)}\n`, opened, onNameTaken);
}

/** Deletes a profile with its site bindings, and forgets it as the last one used: nothing of it is left to match a page. */
export async function deleteProfile(db: SverkaDb, id: string): Promise<void> {
  await db.transaction('rw', db.profiles, db.siteBindings, db.settings, async () => {
    await db.profiles.delete(id);
    await db.siteBindings.where('profileId').equals(id).delete();
    if ((await db.settings.get('lastProfile'))?.value === id) await db.settings.delete('lastProfile');
  });
}

/** The stored JSON text, with the words added and the findings ignored under the profile (see withDismissed). */
export async function exportProfile(db: SverkaDb, id: string): Promise<string | null> {
  const stored = await db.profiles.get(id);
  return stored ? withDismissed(db, id, stored.json) : null;
}

export function profileOf(stored: StoredProfile): Profile {
  const parsed = parseProfileJson(stored.json);
  if (!parsed.ok) throw new Error(`Stored profile "${stored.name}" no longer validates`);
  return parsed.profile;
}

/** The profile whose site binding matches the page, if any: such pages are checked without asking. */
export async function boundProfile(db: SverkaDb, url: string): Promise<StoredProfile | null> {
  for (const binding of await db.siteBindings.toArray()) {
    if (matchesPattern(binding.pattern, url)) {
      const found = await db.profiles.get(binding.profileId);
      if (found) return found;
    }
  }
  return null;
}

/** The profile for a page: the first site binding that matches, else the last one used. */
export async function profileForUrl(db: SverkaDb, url: string): Promise<StoredProfile | null> {
  const bound = await boundProfile(db, url);
  if (bound) return bound;
  const last = await db.settings.get('lastProfile');
  return (last && (await db.profiles.get(last.value))) ?? (await db.profiles.orderBy('updatedAt').last()) ?? null;
}

export async function rememberProfile(db: SverkaDb, id: string): Promise<void> {
  await db.settings.put({ key: 'lastProfile', value: id });
}
