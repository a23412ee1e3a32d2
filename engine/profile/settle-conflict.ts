import { type Fact, type FactKind, factFieldProblems } from '../kinds';
import { describePromise } from '../report/promise-line';
import { idsOf, newId } from './ids';
import { describeDuration, describeHours, weekHours } from './normalise';
import type { DraftConflict, DraftVariant, Language, Profile } from './types';

/** The fact's own fields for a variant: a policy holds its phrases in `contradictedBy`, every other kind in `value`. */
const fieldsOf = (kind: FactKind, value: unknown) => (kind === 'policy' ? { contradictedBy: value } : { value });

function conflictAt(profile: Profile, conflictIndex: number): DraftConflict {
  const conflict = Number.isInteger(conflictIndex) ? profile.conflicts?.[conflictIndex] : undefined;
  if (!conflict) throw new RangeError(`no conflict ${conflictIndex}: the profile has ${profile.conflicts?.length ?? 0}`);
  return conflict;
}

/** The profile without the conflict; with none left, without the list, so a settled draft reads as any profile. */
function withoutConflict(profile: Profile, conflictIndex: number): Profile {
  const conflicts = (profile.conflicts ?? []).filter((_, i) => i !== conflictIndex);
  const { conflicts: _dropped, ...rest } = profile;
  return conflicts.length > 0 ? { ...rest, conflicts } : rest;
}

/** Why a value cannot be a fact of the kind, or null when it can (checked by the kind's own validator). */
function wrongValue(kind: FactKind, value: unknown): string | null {
  const problems = factFieldProblems(kind, fieldsOf(kind, value) as Record<string, unknown>);
  return problems.length === 0 ? null : problems.join('; ');
}

/** The fact one variant of a conflict would be: its topic as the label, its value and where it was seen; `id` from `taken`. */
function factOfVariant(conflict: DraftConflict, variant: DraftVariant, taken: ReadonlySet<string>): Fact {
  // A variant of another shape than its kind's fact would be a fact the editor cannot show nor the checks hold.
  const wrong = wrongValue(conflict.kind, variant.value);
  if (wrong) throw new TypeError(`the variant is not a ${conflict.kind} fact: ${wrong}`);
  const fact = { id: newId(conflict.topic, taken, conflict.kind), kind: conflict.kind, label: conflict.topic, ...fieldsOf(conflict.kind, variant.value) } as Fact;
  return variant.evidence.length > 0 ? { ...fact, evidence: variant.evidence } : fact;
}

/**
 * The draft with one conflict settled: the chosen variant becomes a fact (last among the facts,
 * under an id no fact, pillar or name has) and the conflict is gone. Throws a RangeError for an
 * index that names no conflict or variant, a TypeError for a variant that is no fact of its kind.
 */
export function settleConflict(profile: Profile, conflictIndex: number, variantIndex: number): Profile {
  const conflict = conflictAt(profile, conflictIndex);
  const variant = Number.isInteger(variantIndex) ? conflict.variants[variantIndex] : undefined;
  if (!variant) throw new RangeError(`no variant ${variantIndex}: the conflict "${conflict.topic}" has ${conflict.variants.length}`);
  const fact = factOfVariant(conflict, variant, idsOf(profile));
  const next = withoutConflict(profile, conflictIndex);
  return { ...next, facts: [...(profile.facts ?? []), fact] };
}

/** The draft with one conflict dropped unsettled: no fact for its topic, for the user to add later if ever. */
export function skipConflict(profile: Profile, conflictIndex: number): Profile {
  conflictAt(profile, conflictIndex);
  return withoutConflict(profile, conflictIndex);
}

const WORDS = {
  ru: { provided: 'оказывается', notProvided: 'не оказывается', notFree: 'платно' },
  en: { provided: 'provided', notProvided: 'not provided', notFree: 'paid' },
};

/**
 * A fact's value in people's words ("пн–пт 8:00–21:00", "1 900 ₽", "10 %"), as the kinds describe
 * a promise: where a fact's value has the shape of its kind's claim it is that claim; null when it
 * cannot be said.
 */
function describeValue(kind: FactKind, value: unknown, language: Language): string | null {
  const promise = (claim: unknown) => describePromise({ kind, quote: '', value: claim }, language) || null;
  const v = value as never;
  switch (kind) {
    case 'hours':
      return describeHours(weekHours(v), language);
    case 'duration':
      return describeDuration(v, language);
    case 'discount':
      return promise({ percent: (value as { maxPercent: number }).maxPercent, upTo: false });
    case 'payment':
      return promise({ accepted: (value as { accepts: string[] }).accepts, refused: [] });
    case 'offered':
      return value ? WORDS[language].provided : WORDS[language].notProvided;
    case 'free':
      return value === false ? WORDS[language].notFree : promise(value);
    case 'policy':
      return Array.isArray(value) ? value.join(', ') : null;
    case 'price':
      return promise({ from: false, ...(value as object) });
    default:
      return promise(value);
  }
}

/** A variant in people's words: its value as its kind says it, else the words of the first place it was seen. */
export function describeVariant(kind: FactKind, variant: DraftVariant, language: Language): string {
  // A value of another shape than its kind's is not read: its quote still says it.
  const text = wrongValue(kind, variant.value) ? null : describeValue(kind, variant.value, language);
  return text?.trim() || variant.evidence[0]?.quote || JSON.stringify(variant.value);
}
