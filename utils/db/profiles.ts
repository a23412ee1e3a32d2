import { isMatchPattern, parseProfileJson, validateProfile, type ProfileProblem } from '../profile/validate';
import type { Profile } from '../profile/types';
import type { SverkaDb, StoredProfile } from './database';

export type SaveResult = { ok: true; id: string } | { ok: false; problems: ProfileProblem[] };

/** A stable id from the profile's name, so re-importing the same profile replaces it. */
export function profileId(profile: Profile): string {
  return profile.name.trim().toLowerCase().replace(/[^\p{L}\d]+/gu, '-').replace(/^-|-$/g, '') || 'profile';
}

async function store(db: SverkaDb, profile: Profile, json: string, replaces?: string): Promise<string> {
  const id = profileId(profile);
  await db.transaction('rw', db.profiles, db.siteBindings, async () => {
    if (replaces && replaces !== id) await db.profiles.delete(replaces);
    await db.siteBindings.where('profileId').anyOf([id, replaces ?? id]).delete();
    await db.profiles.put({ id, name: profile.name, json, updatedAt: Date.now() });
    for (const pattern of profile.sites ?? []) await db.siteBindings.add({ pattern, profileId: id });
  });
  return id;
}

/** Validates, then stores the JSON text exactly as given; on any problem nothing is written. */
export async function importProfile(db: SverkaDb, json: string): Promise<SaveResult> {
  const parsed = parseProfileJson(json);
  if (!parsed.ok) return parsed;
  return { ok: true, id: await store(db, parsed.profile, json) };
}

/** Saves an edited profile (replacing the one it was opened from); on any problem nothing is written. */
export async function saveProfile(db: SverkaDb, profile: Profile, replaces?: string): Promise<SaveResult> {
  const result = validateProfile(profile);
  if (!result.ok) return result;
  return { ok: true, id: await store(db, result.profile, `${JSON.stringify(result.profile, null, 2)}\n`, replaces) };
}

export async function exportProfile(db: SverkaDb, id: string): Promise<string | null> {
  return (await db.profiles.get(id))?.json ?? null;
}

export function profileOf(stored: StoredProfile): Profile {
  const parsed = parseProfileJson(stored.json);
  if (!parsed.ok) throw new Error(`Stored profile "${stored.name}" no longer validates`);
  return parsed.profile;
}

/** Chrome match patterns: scheme, host with an optional leading "*.", path with "*" wildcards. */
export function matchPattern(pattern: string, url: string): boolean {
  if (!isMatchPattern(pattern)) return false;
  if (pattern === '<all_urls>') return /^(https?|file|ftp):/.test(url);
  const [, scheme, host, path] = /^(\*|[a-z]+):\/\/([^/]*)(\/.*)$/.exec(pattern)!;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const schemeOk = scheme === '*' ? /^https?:$/.test(parsed.protocol) : parsed.protocol === `${scheme}:`;
  const hostOk = host === '*' || host === parsed.hostname || (host!.startsWith('*.') && (parsed.hostname === host!.slice(2) || parsed.hostname.endsWith(host!.slice(1))));
  const pathRegex = new RegExp(`^${path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return schemeOk && hostOk && pathRegex.test(parsed.pathname + parsed.search);
}

/** The profile whose site binding matches the page, if any: such pages are checked without asking. */
export async function boundProfile(db: SverkaDb, url: string): Promise<StoredProfile | null> {
  for (const binding of await db.siteBindings.toArray()) {
    if (matchPattern(binding.pattern, url)) {
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
