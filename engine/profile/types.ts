/** The interchange format `sverka.profile/1` (see README "Profile format"). */

import type { Fact, FactKind } from '../kinds';
import type { Evidence } from '../kinds/types';

export const PROFILE_FORMAT = 'sverka.profile/1';

export type Language = 'ru' | 'en';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface PillarTarget {
  fact: string;
  max?: number;
  min?: number;
}

export interface Pillar {
  id: string;
  label: string;
  keywords: string[];
  antiKeywords?: string[];
  targets?: PillarTarget[];
}

export interface Concept {
  statement?: string;
  what?: string;
  how?: string;
  forWhom?: string;
  why?: string;
  pillars?: Pillar[];
  expectations?: { customers?: string[]; staff?: string[] };
}

/** The checklist's facts and their kinds come from the promise kinds (engine/kinds). */
export type { Fact, FactKind } from '../kinds';
export type { Evidence } from '../kinds/types';
export type { DurationValue } from '../kinds/duration';
export type { HoursValue } from '../kinds/hours';

export type NameKind = 'organization' | 'brand' | 'product' | 'person' | 'street' | 'address' | 'phone' | 'email' | 'url';
export const NAME_KINDS: readonly NameKind[] = ['organization', 'brand', 'product', 'person', 'street', 'address', 'phone', 'email', 'url'];

export interface CanonicalName {
  id: string;
  kind: NameKind;
  canonical: string;
  variants?: string[];
  /** Where a drafted name was seen. */
  evidence?: Evidence[];
}

export interface WrongName {
  kind: NameKind;
  text: string;
  note?: string;
}

export interface Glossary {
  words?: string[];
  forbidden?: { phrase: string; use: string }[];
}

/** A finding ignored on a site under this profile, carried by its export: importing it ignores the finding again. */
export interface IgnoredProfileFinding {
  /** The page's origin, "*" for every site, "materials" for the materials view. */
  site: string;
  /** The finding's fingerprint (stable across runs). */
  fingerprint: string;
  /** What it was about, for a person reading the file. */
  quote?: string;
  check?: string;
}

export interface Profile {
  format: typeof PROFILE_FORMAT;
  name: string;
  /** Whose business this is: "competitor" profiles are benchmarked, never checked for contradictions or wrong names (default "ours"). */
  role?: ProfileRole;
  languages?: Language[];
  sites?: string[];
  concept?: Concept;
  facts?: Fact[];
  names?: CanonicalName[];
  wrongNames?: WrongName[];
  glossary?: Glossary;
  /** Rules of checks switched off for this business: "typography/quotes" (engine/checks: each check's `rules`). */
  ignoreRules?: string[];
  /** Findings ignored under this profile, as its export carries them (the extension's dismissed list). */
  ignored?: IgnoredProfileFinding[];
  /** A draft's open questions: topics its materials state differently, each fact left out of `facts` until settled. */
  conflicts?: DraftConflict[];
  /** Centres, branches, dealers: each with its own names, sites and values of the brand's facts. */
  locations?: Location[];
}

/** A location's own value of one of the brand's facts, by the fact's id: its fields replace the brand's. */
export interface FactOverride {
  id: string;
  value?: unknown;
  /** Any other field of the fact (label, topics, allowance…), replaced as a whole. */
  [field: string]: unknown;
}

/** One centre, branch or dealer of the brand (see README "The profile"). */
export interface Location {
  id: string;
  name: string;
  /** Its own names: the centre's name, street, address, phones, e-mails. */
  names?: CanonicalName[];
  /** Its site patterns: a page they match is bound to it. */
  sites?: string[];
  facts?: FactOverride[];
}

/** Whose business a profile describes (#19). */
export type ProfileRole = 'ours' | 'competitor';
export const PROFILE_ROLES: readonly ProfileRole[] = ['ours', 'competitor'];

/** One way the materials state a topic, and where: `value` is what the settled fact's `value` would be. */
export interface DraftVariant {
  value: unknown;
  evidence: Evidence[];
}

/** A topic a draft's materials state differently: every variant, for the user to choose one. */
export interface DraftConflict {
  topic: string;
  kind: FactKind;
  variants: DraftVariant[];
}
