import type { Language } from '../profile/types';
import { describeProblem } from './problem-words';

/**
 * Why a material could not be read, or what its reader left out: a code and its figures. The
 * words are said at the edge (report, panel, CLI) in the reader's language, from
 * engine/material/problem-words.ts.
 */
export type MaterialProblem =
  | { code: 'encrypted-pdf' }
  | { code: 'unreadable-pdf'; detail?: string }
  | { code: 'unreadable-docx'; detail?: string }
  | { code: 'no-text-in-image' }
  | { code: 'not-text'; startsAs?: string }
  /** `expected` names the formats read, in each language: the words need not load the table that has their readers. */
  | { code: 'unknown-format'; expected: Record<Language, string> }
  | { code: 'no-text' }
  | { code: 'http'; status: number }
  | { code: 'too-large'; limit: number }
  | { code: 'unpacks-too-large'; limit: number }
  | { code: 'not-an-image' }
  | { code: 'unreadable-image'; detail?: string }
  | { code: 'image-too-large'; megapixels: number; width: number; height: number }
  | { code: 'timeout'; seconds: number }
  | { code: 'fetch-timeout'; seconds: number }
  | { code: 'fetch-failed'; detail?: string }
  | { code: 'not-a-file' }
  | { code: 'missing' }
  | { code: 'folder' }
  | { code: 'file-unreadable'; detail?: string }
  | { code: 'unreadable'; detail?: string }
  | { code: 'check-failed'; detail?: string }
  // Notes: the material was read, but not all of it, or not surely.
  | { code: 'guessed-encoding'; encoding: string }
  | { code: 'broken-utf8'; count: number }
  | { code: 'word-limit'; words: number }
  | { code: 'element-limit'; elements: number };

export type ProblemCode = MaterialProblem['code'];

/**
 * A library's own words for a failure, for the details line only: the message when there is
 * one, the string thrown, else nothing (never "undefined" or "[object Object]").
 */
export function errorDetail(error: unknown): string | undefined {
  const said = typeof error === 'string' ? error : error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error) ? (error as { message: unknown }).message : undefined;
  return typeof said === 'string' && said.trim() ? said.trim() : undefined;
}

/** A material that cannot be read; its message, in English, completes "FILE …" ("is not a readable PDF"). */
export class MaterialError extends Error {
  constructor(readonly problem: MaterialProblem) {
    super(describeProblem(problem, 'en'));
  }
}

/** The problem a failure stands for: a MaterialError's own, anything else a material that could not be read. */
export function problemOf(error: unknown): MaterialProblem {
  if (error instanceof MaterialError) return error.problem;
  const detail = errorDetail(error);
  return detail ? { code: 'unreadable', detail } : { code: 'unreadable' };
}
