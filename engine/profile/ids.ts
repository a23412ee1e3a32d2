import { toLatin } from '../text/transliterate';
import type { Profile } from './types';

/** Words kept in an id: enough to tell facts apart, short enough to read in a report. */
const MAX_WORDS = 5;

/** A label as an id: Latin letters, digits and hyphens ("Чистка зубов" → "chistka-zubov"); '' when nothing is left. */
export function slugOf(label: string): string {
  return toLatin(label)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .join('-');
}

/** An id for a label that no id in `taken` has: the label's slug, else `fallback`, numbered from 2 when taken. */
export function newId(label: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = slugOf(label) || fallback;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** Every id in the profile: facts, pillars and names share one space, so an id names one thing. */
export function idsOf(profile: Profile): Set<string> {
  return new Set([...(profile.facts ?? []), ...(profile.concept?.pillars ?? []), ...(profile.names ?? [])].map((item) => item.id).filter(Boolean));
}

/** Gives each item without an id one from its label, taking it from `taken`. */
function fillIds<T extends { id: string }>(items: T[] | undefined, labelOf: (item: T) => string, fallback: string, taken: Set<string>): void {
  for (const item of items ?? []) {
    if (item.id.trim() !== '') continue;
    item.id = newId(labelOf(item), taken, fallback);
    taken.add(item.id);
  }
}

/**
 * The profile with an id for each fact, pillar and name that has none, made from its label: ids
 * already given are kept, so a saved profile saves again under the same ids and a pillar's target
 * still names its fact after the fact's label changed.
 */
export function withIds(profile: Profile): Profile {
  const next = structuredClone(profile);
  const taken = idsOf(next);
  fillIds(next.facts, (fact) => fact.label, 'fact', taken);
  fillIds(next.concept?.pillars, (pillar) => pillar.label, 'pillar', taken);
  fillIds(next.names, (name) => name.canonical, 'name', taken);
  return next;
}
