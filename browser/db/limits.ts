import { DEFAULT_LIMITS, type Limits } from '../../engine/material/limits';
import type { SverkaDb } from './database';

/** The limits a user may change in the extension, as the CLI's options name them. */
export type UserLimits = Pick<Limits, 'maxBytes' | 'maxWords' | 'timeoutMs'>;

/** A value out of its field's range (in bytes, words, milliseconds). */
export interface LimitProblem {
  field: keyof UserLimits;
  min: number;
  max: number;
}

const KEY = 'limits';

/** What each field takes: a whole number within bounds, so a typo cannot switch a guard off. */
const BOUNDS: Record<keyof UserLimits, { min: number; max: number }> = {
  maxBytes: { min: 1024 * 1024, max: 200 * 1024 * 1024 },
  maxWords: { min: 100, max: 1_000_000 },
  timeoutMs: { min: 1_000, max: 600_000 },
};

/** Checks limits a user typed; each problem names its field and the range it takes. */
export function validateLimits(input: Record<keyof UserLimits, number>): { ok: true; limits: UserLimits } | { ok: false; problems: LimitProblem[] } {
  const problems = (Object.keys(BOUNDS) as (keyof UserLimits)[]).flatMap((field) => {
    const { min, max } = BOUNDS[field];
    const value = input[field];
    return Number.isInteger(value) && value >= min && value <= max ? [] : [{ field, min, max }];
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, limits: { maxBytes: input.maxBytes, maxWords: input.maxWords, timeoutMs: input.timeoutMs } };
}

/** The limits checks run with: the user's where stored and still valid, the defaults for the rest. */
export async function readLimits(db: SverkaDb): Promise<Limits> {
  const stored = (await db.settings.get(KEY))?.value;
  if (!stored) return DEFAULT_LIMITS;
  const parsed = validateLimits({ ...pick(DEFAULT_LIMITS), ...storedValues(stored) });
  return parsed.ok ? { ...DEFAULT_LIMITS, ...parsed.limits } : DEFAULT_LIMITS;
}

function storedValues(json: string): Partial<UserLimits> {
  try {
    return JSON.parse(json) as Partial<UserLimits>;
  } catch {
    return { maxWords: Number.NaN };
  }
}

/** Stores valid limits; on any problem nothing is written. */
export async function saveLimits(db: SverkaDb, input: Record<keyof UserLimits, number>): Promise<{ ok: true } | { ok: false; problems: LimitProblem[] }> {
  const result = validateLimits(input);
  if (!result.ok) return result;
  await db.settings.put({ key: KEY, value: JSON.stringify(result.limits) });
  return { ok: true };
}

/** Back to the defaults the CLI has. */
export async function resetLimits(db: SverkaDb): Promise<void> {
  await db.settings.delete(KEY);
}

const pick = ({ maxBytes, maxWords, timeoutMs }: Limits): UserLimits => ({ maxBytes, maxWords, timeoutMs });
