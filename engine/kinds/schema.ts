import type { TimeUnit } from '../profile/types';
import type { ProblemSink } from './types';

/** Checks of a fact's fields shared by kinds: numbers, currencies, units. */

export type Json = Record<string, unknown>;

export const TIME_UNITS: readonly TimeUnit[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function checkAmount(value: Json, key: string, path: string, problems: ProblemSink, min = 0): void {
  if (!isNumber(value[key]) || (value[key] as number) < min) {
    problems.add(`${path}.${key}`, min > 0 ? `expected a number of at least ${min}` : 'expected a number, zero or more');
  }
}

export function checkCurrency(value: Json, path: string, problems: ProblemSink): void {
  if (typeof value.currency !== 'string' || !/^[A-Z]{3}$/.test(value.currency)) {
    problems.add(`${path}.currency`, 'expected an ISO 4217 code like "RUB", "EUR" or "GBP"');
  }
}

export function checkUnit(value: Json, path: string, problems: ProblemSink): void {
  if (typeof value.unit !== 'string' || !(TIME_UNITS as readonly string[]).includes(value.unit)) problems.add(`${path}.unit`, `expected one of ${TIME_UNITS.join(', ')}`);
}
