/**
 * A profile's locations (centres, branches, dealers): which one a material belongs to, and the
 * profile as that location sees it. Pure: the CLI and the engine bind the same way.
 */
import type { Material } from '../material/types';
import { alignPhoneKeys, findEmails, findPhones, phoneKey } from '../names/contacts';
import { fold } from '../names/index';
import { phraseLanguage } from '../text/language';
import { compilePhrase, findPhrase, type PhrasePattern, stemWords } from '../text/stems';
import type { TextRange } from '../text/segment';
import { matchesPattern } from './match-pattern';
import type { CanonicalName, Fact, Language, Location, Profile } from './types';

/** How a material was bound to its location: the user chose it, its URL matched the location's site, or its contacts named it. */
export type BindingWay = 'choice' | 'site' | 'contacts';

export interface LocationBinding {
  location: Location;
  by: BindingWay;
}

/** Why a chosen location id cannot be used, listing the ids there are; null when the profile has it. */
export function locationChoiceProblem(profile: Profile, id: string): string | null {
  const ids = (profile.locations ?? []).map((location) => location.id);
  if (ids.includes(id)) return null;
  return ids.length === 0 ? `the profile has no locations, so there is no location "${id}"` : `no location "${id}" in the profile: expected one of ${ids.join(', ')}`;
}

/**
 * The profile as one location sees it: the location's fact values replace the brand's where it
 * gives them, and its names join the brand's (the brand's own names stay right everywhere).
 */
export function profileFor(profile: Profile, locationId: string): Profile {
  const location = profile.locations?.find((l) => l.id === locationId);
  if (!location) return profile;
  const overrides = new Map((location.facts ?? []).map((override) => [override.id, override]));
  const facts = profile.facts?.map((fact) => {
    const override = overrides.get(fact.id);
    return override ? ({ ...fact, ...override, id: fact.id, kind: fact.kind } as Fact) : fact;
  });
  return { ...profile, ...(facts ? { facts } : {}), names: [...(profile.names ?? []), ...(location.names ?? [])] };
}

/** One of a location's own names or contacts met in a text. */
export interface LocationMention extends TextRange {
  /** The name met; for the location's `name` itself, an organisation name made of it. */
  name: CanonicalName;
}

const formsOf = (name: CanonicalName) => [name.canonical, ...(name.variants ?? [])].filter((form) => form.trim() !== '');

/** The location's own `name` as a canonical name of it. */
export const locationName = (location: Location): CanonicalName => ({ id: `${location.id}:name`, kind: 'organization', canonical: location.name });

/** The location's names with its own `name` as one more: what a text may name it by. */
export const namesOf = (location: Location): CanonicalName[] => [locationName(location), ...(location.names ?? [])];

/** A form's key, so forms written alike in two places are known as one: a phone's digits, else its folded words. */
const formKey = (name: CanonicalName, form: string) => (name.kind === 'phone' ? (phoneKey(form) ?? fold(form)) : fold(form));

/**
 * Forms of a location's names no one else has: a street two centres share, or a name the brand
 * also writes, says nothing about which centre a text is about.
 */
function ownForms(profile: Profile, location: Location): { name: CanonicalName; form: string }[] {
  const elsewhere = new Set<string>();
  const note = (names: CanonicalName[]) => {
    for (const name of names) for (const form of formsOf(name)) elsewhere.add(formKey(name, form));
  };
  note([{ id: 'brand', kind: 'organization', canonical: profile.name }, ...(profile.names ?? [])]);
  for (const other of profile.locations ?? []) if (other !== location) note(namesOf(other));
  return namesOf(location).flatMap((name) =>
    name.kind === 'url'
      ? []
      : formsOf(name)
          .filter((form) => !elsewhere.has(formKey(name, form)))
          .map((form) => ({ name, form })),
  );
}

/** What finds a location's own names in a text, its forms compiled once for every block it reads. */
export type MentionFinder = (text: string, language: Language) => LocationMention[];

/** Finds where a text names the location by one of its own names or contacts (in any inflection for words). */
export function mentionFinder(profile: Profile, location: Location): MentionFinder {
  const forms = ownForms(profile, location);
  const phones = forms.flatMap(({ name, form }) => (name.kind === 'phone' ? [{ name, key: phoneKey(form) }] : []));
  const emails = forms.flatMap(({ name, form }) => (name.kind === 'email' ? [{ name, key: form.trim().toLowerCase() }] : []));
  const phrases = forms.filter(({ name }) => name.kind !== 'phone' && name.kind !== 'email').map(({ name, form }) => ({ name, form, patterns: new Map<Language, PhrasePattern>() }));
  return (text, language) => {
    const found: LocationMention[] = [];
    if (phones.length > 0) {
      for (const written of findPhones(text)) for (const { name, key } of phones) if (key && sameNumber(written.key, key)) found.push({ start: written.start, end: written.end, name });
    }
    if (emails.length > 0) {
      for (const written of findEmails(text)) for (const { name, key } of emails) if (written.key === key) found.push({ start: written.start, end: written.end, name });
    }
    if (phrases.length === 0) return found;
    const textWords = stemWords(text, language);
    for (const { name, form, patterns } of phrases) {
      const pattern = patterns.get(language) ?? patterns.set(language, compilePhrase(form, phraseLanguage(form, language))).get(language)!;
      for (const range of findPhrase(pattern, textWords)) found.push({ ...range, name });
    }
    return found;
  };
}

function sameNumber(written: string, canonical: string): boolean {
  const [a, b] = alignPhoneKeys(written, canonical);
  return a === b;
}

/** How many of a location's own names and contacts the materials show: each counted once, however often it is repeated. */
function namesShown(materials: Material[], profile: Profile, location: Location): number {
  const shown = new Set<CanonicalName>();
  const mentions = mentionFinder(profile, location);
  for (const material of materials) {
    for (const block of material.blocks) for (const mention of mentions(block.text, material.language)) shown.add(mention.name);
  }
  return shown.size;
}

/** The one location every material's URL belongs to by the locations' site patterns, if there is one. */
function bySite(profile: Profile, materials: Material[]): Location | undefined {
  const matched = new Set<Location>();
  for (const material of materials) {
    for (const location of profile.locations ?? []) if ((location.sites ?? []).some((site) => matchesPattern(site, material.source.location))) matched.add(location);
  }
  return matched.size === 1 ? [...matched][0] : undefined;
}

/**
 * The location whose names and contacts the materials show most, when it clearly wins: more than
 * twice the next one's. A page listing every centre, or two alike, is bound to none.
 */
function byContacts(profile: Profile, materials: Material[]): Location | undefined {
  const counts = (profile.locations ?? []).map((location) => ({ location, count: namesShown(materials, profile, location) })).sort((a, b) => b.count - a.count);
  const [first, second] = counts;
  return first && first.count > 2 * (second?.count ?? 0) ? first.location : undefined;
}

/**
 * Which location the materials are checked against: the user's choice, else the one their URLs'
 * site patterns name, else the one their contacts clearly name; null when none says (the brand's).
 */
export function bindLocation(profile: Profile, materials: Material[], choice?: string): LocationBinding | null {
  const locations = profile.locations ?? [];
  if (choice !== undefined) {
    const chosen = locations.find((location) => location.id === choice);
    if (!chosen) throw new Error(locationChoiceProblem(profile, choice)!);
    return { location: chosen, by: 'choice' };
  }
  if (locations.length === 0) return null;
  const site = bySite(profile, materials);
  if (site) return { location: site, by: 'site' };
  const named = byContacts(profile, materials);
  return named ? { location: named, by: 'contacts' } : null;
}
