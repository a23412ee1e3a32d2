import { conceptCheck } from './concept';
import { consistencyCheck } from './consistency';
import { contradictionCheck } from './contradiction';
import { datesCheck } from './dates';
import { grammarCheck } from './grammar';
import { namesCheck } from './names';
import { riskyClaimsCheck } from './risky-claims';
import { spellingCheck } from './spelling';
import { typographyCheck } from './typography';
import type { Check, CheckRule } from './types';
import type { Language } from '../profile/types';

/**
 * Every check, in the order reports list them; adding a check is adding its file and one line
 * here. The engine runs them in this order too. What it dedupes across checks needs only that
 * contradiction runs before consistency, names before the checks of words, and spelling, grammar,
 * typography in that order (tests/unit/conventions.test.ts holds it).
 */
export const CHECKS = [contradictionCheck, conceptCheck, namesCheck, riskyClaimsCheck, consistencyCheck, datesCheck, spellingCheck, grammarCheck, typographyCheck] as const satisfies readonly Check[];

export type CheckId = (typeof CHECKS)[number]['id'];

export const CHECK_IDS: readonly CheckId[] = CHECKS.map((check) => check.id);

const BY_ID = new Map<string, Check>(CHECKS.map((check) => [check.id, check]));

export const checkOf = (id: CheckId): Check => BY_ID.get(id)!;

export const isCheckId = (id: string): id is CheckId => BY_ID.has(id);

/** A check's name in a report or the panel. */
export const checkLabel = (id: CheckId, language: Language): string => checkOf(id).label[language];

/** Every rule of every check: what a profile's `ignoreRules` may name. */
export const RULES: readonly CheckRule[] = CHECKS.flatMap((check) => check.rules ?? []);
