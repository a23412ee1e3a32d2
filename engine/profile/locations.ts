/**
 * A profile's locations (centres, branches, dealers): which one a material belongs to, and the
 * profile as that location sees it. Pure: the CLI and the engine bind the same way.
 */
import type { Material } from '../material/types';
import { alignPhoneKeys, findEmails, findPhones, phoneKey } from '../names/contacts';
import { fold } from '../names/index';
import { phraseLanguage } from '../text/language';
import { compilePhrase, findPhrase, stemWords } from '../text/stems';
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

/** Where a text names the location by one of its own names or contacts (in any inflection for words). */
export function locationMentions(text: string, language: Language, profile: Profile, location: Location): LocationMention[] {
  const forms = ownForms(profile, location);
  if (forms.length === 0) return [];
  const phones = forms.some((f) => f.name.kind === 'phone') ? findPhones(text) : [];
  const emails = forms.some((f) => f.name.kind === 'email') ? findEmails(text) : [];
  let textWords: ReturnType<typeof stemWords> | undefined;
  return forms.flatMap(({ name, form }): LocationMention[] => {
    if (name.kind === 'phone') {
      const key = phoneKey(form);
      return key ? phones.filter((found) => sameNumber(found.key, key)).map((found) => ({ start: found.start, end: found.end, name })) : [];
    }
    if (name.kind === 'email') return emails.filter((found) => found.key === form.trim().toLowerCase()).map((found) => ({ start: found.start, end: found.end, name }));
    textWords ??= stemWords(text, language);
    return findPhrase(compilePhrase(form, phraseLanguage(form, language)), textWords).map((range) => ({ ...range, name }));
  });
}

function sameNumber(written: string, canonical: string): boolean {
  const [a, b] = alignPhoneKeys(written, canonical);
  return a === b;
}

/** How many of a location's own names and contacts the materials show: each counted once, however often it is repeated. */
function namesShown(materials: Material[], profile: Profile, location: Location): number {
  const shown = new Set<CanonicalName>();
  for (const material of materials) {
    for (const block of material.blocks) for (const mention of locationMentions(block.text, material.language, profile, location)) shown.add(mention.name);
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
  if (locations.length === 0) return null;
  if (choice !== undefined) {
    const chosen = locations.find((location) => location.id === choice);
    if (!chosen) throw new Error(locationChoiceProblem(profile, choice)!);
    return { location: chosen, by: 'choice' };
  }
  const site = bySite(profile, materials);
  if (site) return { location: site, by: 'site' };
  const named = byContacts(profile, materials);
  return named ? { location: named, by: 'contacts' } : null;
}
