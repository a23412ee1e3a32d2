import type { IgnoredProfileFinding, Profile } from '../../engine/profile/types';
import { EVERYWHERE } from './check';
import type { IgnoredFinding, SverkaDb, UserWord } from './database';

/** One site's ignored findings, as the dismissed list groups them. */
export interface DismissedSite {
  site: string;
  findings: IgnoredFinding[];
}

export interface Dismissed {
  /** Every site once, ignored everywhere first, then the rest by name; each site's newest first. */
  sites: DismissedSite[];
  /** The added words, newest first; those stored before words were dated, last. */
  words: UserWord[];
}

/** The fields that have a value: a row without a profile or a quote lists none. */
const present = <T extends Record<string, string | undefined>>(fields: T): Partial<T> => Object.fromEntries(Object.entries(fields).filter(([, value]) => value)) as Partial<T>;

/** Stores the finding as ignored on `site`, with what the dismissed list shows; ignoring it again only renews it. */
export async function dismissFinding(db: SverkaDb, { finding, site, profileId }: { finding: { fingerprint: string; check?: string; quote?: string; message?: string }; site: string; profileId?: string }): Promise<void> {
  const { fingerprint, check, quote, message } = finding;
  const row: IgnoredFinding = { site, fingerprint, ...present({ profileId, check, quote, message }), when: Date.now() };
  await db.transaction('rw', db.ignored, async () => {
    const existing = await db.ignored.where({ site, fingerprint }).first();
    await db.ignored.put(existing ? { ...row, id: existing.id } : row);
  });
}

/**
 * What was dismissed under a profile, on one site or on all of them. Rows stored before they
 * named a profile, and rows of a deleted profile, belong to none of those stored, so every profile
 * lists them: they still hide findings, and otherwise nothing could undo them.
 */
export async function dismissedOf(db: SverkaDb, { profileId, site }: { profileId?: string; site?: string } = {}): Promise<Dismissed> {
  const stored = new Set(await db.profiles.toCollection().primaryKeys());
  const ofProfile = <T extends { profileId?: string }>(row: T) => !profileId || !row.profileId || row.profileId === profileId || !stored.has(row.profileId);
  const newestFirst = (a: { when?: number }, b: { when?: number }) => (b.when ?? 0) - (a.when ?? 0);
  const ignored = (await (site ? db.ignored.where('site').anyOf(site, EVERYWHERE).toArray() : db.ignored.toArray())).filter(ofProfile);
  const bySite = new Map<string, IgnoredFinding[]>();
  for (const row of ignored) {
    const rows = bySite.get(row.site);
    if (rows) rows.push(row);
    else bySite.set(row.site, [row]);
  }
  const sites = [...bySite].map(([name, findings]) => ({ site: name, findings: findings.sort(newestFirst) })).sort((a, b) => Number(b.site === EVERYWHERE) - Number(a.site === EVERYWHERE) || a.site.localeCompare(b.site));
  const words = (await db.userWords.toArray()).filter(ofProfile).sort(newestFirst);
  return { sites, words };
}

/** Forgets one ignored finding: the next check shows it again. */
export async function undoDismissal(db: SverkaDb, id: number): Promise<void> {
  await db.ignored.delete(id);
}

export async function addUserWord(db: SverkaDb, { word, profileId }: { word: string; profileId?: string }): Promise<void> {
  await db.userWords.put({ word, ...present({ profileId }), when: Date.now() });
}

/** Takes the word out of the user's dictionary: the next check flags it again where it is misspelt. */
export async function removeUserWord(db: SverkaDb, word: string): Promise<void> {
  await db.userWords.delete(word);
}

/**
 * The profile's JSON text with what was dismissed under it: its added words join `glossary.words`
 * (never a spelling error) and its ignored findings are `ignored`, replacing the list it was
 * imported with (an undone one stays undone). With nothing dismissed the text is kept verbatim.
 */
export async function withDismissed(db: SverkaDb, profileId: string, json: string): Promise<string> {
  const [ignored, words] = await Promise.all([db.ignored.where('profileId').equals(profileId).toArray(), db.userWords.where('profileId').equals(profileId).toArray()]);
  const profile = JSON.parse(json) as Profile;
  if (ignored.length === 0 && words.length === 0 && !profile.ignored) return json;
  if (words.length > 0) {
    const glossary = profile.glossary ?? {};
    profile.glossary = { ...glossary, words: [...new Set([...(glossary.words ?? []), ...words.map((w) => w.word)])] };
  }
  if (ignored.length > 0) profile.ignored = ignored.map(({ site, fingerprint, quote, check }) => ({ site, fingerprint, ...present({ quote, check }) }));
  else delete profile.ignored;
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** Stores a profile's `ignored` list as its rows, as if each had been ignored under it now. */
export async function restoreDismissed(db: SverkaDb, profileId: string, ignored: IgnoredProfileFinding[] = []): Promise<void> {
  for (const { site, fingerprint, quote, check } of ignored) await dismissFinding(db, { finding: { fingerprint, quote, check }, site, profileId });
}
