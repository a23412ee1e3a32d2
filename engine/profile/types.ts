/** The interchange format `sverka.profile/1` (see README "Profile format"). */

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

interface FactBase {
  id: string;
  label: string;
  topics?: string[];
  owner?: string;
  /** ISO date the fact was last confirmed. */
  verified?: string;
}

/** Keys are weekdays or ranges (`mon-fri`); values `HH:MM-HH:MM`, `24h` or `closed`. */
export type HoursValue = Record<string, string>;
export interface DurationValue { min?: number; max: number; unit: TimeUnit }
export interface PriceValue { amount: number; currency: string; per?: string }
export type FreeValue = boolean | { minOrder: number; currency: string };
export interface DiscountValue { maxPercent: number }
export interface LoyaltyValue { buy: number; free: number }
export interface GuaranteeValue { amount: number; unit: TimeUnit }

export type Fact =
  | (FactBase & { kind: 'hours'; value: HoursValue })
  | (FactBase & { kind: 'duration'; value: DurationValue; allowance?: boolean })
  | (FactBase & { kind: 'price'; value: PriceValue })
  | (FactBase & { kind: 'free'; value: FreeValue })
  | (FactBase & { kind: 'discount'; value: DiscountValue })
  | (FactBase & { kind: 'loyalty'; value: LoyaltyValue })
  | (FactBase & { kind: 'guarantee'; value: GuaranteeValue })
  | (FactBase & { kind: 'offered'; value: boolean })
  | (FactBase & { kind: 'policy'; contradictedBy: string[]; value?: undefined });

export type FactKind = Fact['kind'];
export const FACT_KINDS: readonly FactKind[] = [
  'hours', 'duration', 'price', 'free', 'discount', 'loyalty', 'guarantee', 'offered', 'policy',
];

export type NameKind =
  | 'organization' | 'brand' | 'product' | 'person' | 'street' | 'address' | 'phone' | 'email' | 'url';
export const NAME_KINDS: readonly NameKind[] = [
  'organization', 'brand', 'product', 'person', 'street', 'address', 'phone', 'email', 'url',
];

export interface CanonicalName {
  id: string;
  kind: NameKind;
  canonical: string;
  variants?: string[];
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

export interface Profile {
  format: typeof PROFILE_FORMAT;
  name: string;
  languages?: Language[];
  sites?: string[];
  concept?: Concept;
  facts?: Fact[];
  names?: CanonicalName[];
  wrongNames?: WrongName[];
  glossary?: Glossary;
  /** Rules of checks switched off for this business: "typography/quotes" (engine/checks: each check's `rules`). */
  ignoreRules?: string[];
}
