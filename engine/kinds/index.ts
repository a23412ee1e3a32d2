import { addressKind, emailKind, nameKind, phoneKind, urlKind } from './contacts';
import { discountKind } from './discount';
import { durationKind } from './duration';
import { freeKind } from './free';
import { guaranteeKind } from './guarantee';
import { hoursKind } from './hours';
import { loyaltyKind } from './loyalty';
import { offeredKind } from './offered';
import { otherKind } from './other';
import { paymentKind } from './payment';
import { policyKind } from './policy';
import { priceKind } from './price';
import { superlativeKind } from './superlative';
import type { FactBase, FactSpec, KindModule } from './types';

/**
 * Every promise kind, one line each: adding a kind is adding its module and its line here. The
 * order is the extractors' order and the order of the fact kinds in the profile editor and in messages.
 */
export const KINDS = [
  hoursKind,
  durationKind,
  priceKind,
  freeKind,
  discountKind,
  loyaltyKind,
  guaranteeKind,
  offeredKind,
  policyKind,
  paymentKind,
  superlativeKind,
  phoneKind,
  emailKind,
  urlKind,
  addressKind,
  nameKind,
  otherKind,
] as const;

type AnyKind = (typeof KINDS)[number];
export type PromiseKind = AnyKind['kind'];
type ModuleOf<K extends PromiseKind> = Extract<AnyKind, { kind: K }>;

/** What a promise of the kind holds as its `value`. */
export type ClaimOf<K extends PromiseKind> = ModuleOf<K> extends KindModule<K, infer Claim, infer _> ? Claim : never;
/** A fact's own fields (`value`, `allowance`, `contradictedBy`); never for a kind with no fact. */
type FieldsOf<K extends PromiseKind> = ModuleOf<K> extends KindModule<K, infer _, infer Fields> ? Fields : never;

export type FactKind = { [K in PromiseKind]: [FieldsOf<K>] extends [never] ? never : K }[PromiseKind];

export type FactOf<K extends FactKind> = FactBase & { kind: K } & FieldsOf<K>;
export type Fact = { [K in FactKind]: FactOf<K> }[FactKind];

/** The kinds as one record, each with its claim's and fact's types: `KIND.hours.judge` takes an HoursClaim; a fact kind's `fact` is there. */
type KindRecord = { [K in PromiseKind]: KindModule<K, ClaimOf<K>, FieldsOf<K>> & (K extends FactKind ? { fact: FactSpec<K, FieldsOf<K>> } : unknown) };
export const KIND = Object.fromEntries(KINDS.map((module) => [module.kind, module])) as unknown as KindRecord;

export const PROMISE_KINDS: readonly PromiseKind[] = KINDS.map((module) => module.kind);
export const FACT_KINDS: readonly FactKind[] = PROMISE_KINDS.filter((kind): kind is FactKind => KIND[kind].fact !== undefined);
export const isFactKind = (kind: unknown): kind is FactKind => (FACT_KINDS as readonly unknown[]).includes(kind);

/** What the kind's own validator finds wrong with a fact's fields ("value.max expected a number…"); none when the profile would take them. */
export function factFieldProblems(kind: FactKind, fields: Record<string, unknown>): string[] {
  const problems: string[] = [];
  KIND[kind].fact.validate(fields, 'fact', { add: (path, message) => problems.push(`${path} ${message}`) });
  return problems;
}

export type { KindModule } from './types';
