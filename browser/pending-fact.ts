import type { Fact, Profile } from '../engine/profile/types';
import { validateProfile } from '../engine/profile/validate';

/**
 * A fact the side panel drafted from a promise the checklist lacks, on its way to the options page
 * in the page's address: `options.html#profile=ID&add-fact=<json>`. The options page opens that
 * profile's editor with the fact added, and nothing is saved until the user saves.
 */
export interface PendingFact {
  profileId: string;
  fact: Fact;
}

const PROFILE = 'profile';
const ADD_FACT = 'add-fact';

export function pendingFactHash({ profileId, fact }: PendingFact): string {
  return new URLSearchParams({ [PROFILE]: profileId, [ADD_FACT]: JSON.stringify(fact) }).toString();
}

/** The fact an address asks to add, when it holds a valid one; anything else asks for nothing. */
export function readPendingFact(hash: string): PendingFact | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const profileId = params.get(PROFILE);
  const json = params.get(ADD_FACT);
  if (!profileId || !json) return null;
  let fact: unknown;
  try {
    fact = JSON.parse(json);
  } catch {
    return null;
  }
  // The editor renders the fact by its kind's fields: one of another shape is not let in.
  return validateProfile({ format: 'sverka.profile/1', name: 'pending', facts: [fact] }).ok ? { profileId, fact: fact as Fact } : null;
}

/** The profile with the fact added last, under an id no other fact of the profile has ("price", else "price-2"…). */
export function withPendingFact(profile: Profile, fact: Fact): Profile {
  const facts = profile.facts ?? [];
  const taken = new Set(facts.map((f) => f.id));
  let id = fact.id;
  for (let n = 2; taken.has(id); n++) id = `${fact.id}-${n}`;
  return { ...profile, facts: [...facts, { ...fact, id }] };
}
