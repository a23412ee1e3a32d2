import { KIND, type PromiseKind } from '../kinds';
import type { Language } from '../profile/types';
import type { ReportPromise } from './types';

type Described = Pick<ReportPromise, 'kind' | 'quote' | 'value' | 'about'>;

/** Words that mean the value was not read (a number that is none is written "NaN", "Infinity", "не число", "∞"): a line must never show them. */
const UNREAD = /\bundefined\b|\bnull\b|\bNaN\b|\bInfinity\b|не\s?число|∞|\[object /u;

const moduleOf = (kind: PromiseKind) => KIND[kind] ?? KIND.other;

/** "Гарантия на импланты — 10 лет", "Delivery: free": the label a quote opens with, before a dash or a colon. */
const LEADING_LABEL = /^(\p{L}[^—–:]{1,60}?)\s*(?:\s[—–-]\s|:\s)/u;

/**
 * What a promise is about, in the material's words: its table row's label, else the label its
 * quote opens with; undefined when the quote says it only as a whole.
 */
export function promiseSubject(promise: Pick<ReportPromise, 'quote' | 'about'>): string | undefined {
  return promise.about?.trim() || LEADING_LABEL.exec(promise.quote)?.[1]?.trim() || undefined;
}

/**
 * The promise's value in people's words ("от 1 900 ₽"), or its quote when its kind cannot say it:
 * a report stored by an older version may hold a value of another shape, so a describer that fails
 * on it gives way to the quote.
 */
export function describePromise(promise: Described, language: Language): string {
  let text: string | null = null;
  try {
    text = moduleOf(promise.kind).describe(promise.value as never, language);
  } catch {
    text = null;
  }
  return typeof text === 'string' && text.trim() !== '' && !UNREAD.test(text) ? text : promise.quote;
}

/** The kind in people's words, as the inventory names it: «Цена», "Price". */
export const promiseKindName = (kind: PromiseKind, language: Language): string => moduleOf(kind).item[language];

/** The promise's inventory line: "Цена: от 1 900 ₽ — Приём терапевта" (kind: value — what it is about). */
export function promiseLine(promise: Described, language: Language): string {
  const value = describePromise(promise, language);
  const subject = promiseSubject(promise);
  const head = `${promiseKindName(promise.kind, language)}: ${value}`;
  return subject && subject !== value && value !== promise.quote ? `${head} — ${subject}` : head;
}
