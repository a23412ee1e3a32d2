import Typograf from 'typograf';
import type { Language } from '../profile/types';
import type { TextRange } from '../text/segment';
import { SVERKA_TYPOGRAF_RULES, TYPOGRAF_RULES, type KeptRule } from '../lexicon/typography-rules';
import { textEdits, type Edit } from './text-diff';

/** A typography fault Typograf would fix: where it is in the block, the fix, and how it is told. */
interface TypografHit {
  start: number;
  end: number;
  suggestion: string;
  message: Record<Language, string>;
  severity?: 'warning';
  sameFault: string;
  /** The characters the rule changed: two rules that change the same ones tell one fault. */
  spots: TextRange[];
}

/** Two spans share characters, or one is an insertion at the other's edge. */
const meet = (a: TextRange, b: TextRange) => (a.start === a.end || b.start === b.end ? a.start <= b.end && b.start <= a.end : a.start < b.end && b.start < a.end);

/** Whether a change at `spots` is at the place `range` covers. */
export const changesWithin = (spots: TextRange[], range: TextRange) => spots.some((spot) => meet(spot, range));

/** Marks Typograf must not read as text: each character of a kept-out span becomes this one, so offsets stay. */
const MASK = '\uE000';

/**
 * Spans no typography rule speaks of, beside the addresses and domains the caller passes: inch
 * marks (`14"`), emoticons (":)", ";-(", ")))"), phone numbers (their brackets and hyphens are the
 * format), links ("https://…", "tel:…", "javascript:…") and code-like tokens ("a_b", "x=1", "km/h", "camelCase").
 */
const KEPT_OUT = [
  /[:;=]-?[()DPp]+(?![\p{L}\d])|\){2,}|\({2,}/gu,
  /(?:\+\d{1,3}[ \u00a0-]?)?(?:\(\d{2,5}\)[ \u00a0-]?|\d{1,4}[ \u00a0-])\d{2,4}(?:[ \u00a0-]\d{2,4}){1,3}(?!\d)/gu,
  /(?:(?<![\p{L}\d])[a-z][a-z\d+.-]*:\/\/|www\.|(?<![\p{L}\d])(?:mailto|tel|javascript|skype|viber|tg|whatsapp|callto):)\S+/giu,
  /[^\s«»"()]*(?:[_{}<>=\\|@#/]|\p{Ll}\p{Lu})[^\s«»"()]*/gu,
];

/**
 * Straight quotes that stand for inches (`14"`, `5"-7"`): after a figure, while no straight quote
 * is open. `"Ромашка 2000"` closes its quote after a figure, and stays a quote.
 */
export function inchMarks(text: string): number[] {
  const marks: number[] = [];
  let open = false;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    if (!open && /\d/.test(text[i - 1] ?? '')) marks.push(i);
    else open = !open;
  }
  return marks;
}

function keptOut(text: string, skip: TextRange[]): TextRange[] {
  const spans = [...skip, ...inchMarks(text).map((at) => ({ start: at, end: at + 1 }))];
  for (const pattern of KEPT_OUT) for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function masked(text: string, spans: TextRange[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const { start, end } of spans) for (let i = start; i < end; i++) chars[i] = MASK;
  return chars.join('');
}

/** A non-breaking or thin space is a space to a reader of a web page: only marks and missing spaces are faults. */
const evenSpaces = (text: string) => text.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ');

// Registered once: Typograf keeps its rules in one list for every engine.
if (!Typograf.getRule(SVERKA_TYPOGRAF_RULES[0]!.name)) Typograf.addRules(SVERKA_TYPOGRAF_RULES);

const engines = new Map<string, Typograf>();

/** One engine per rule and language, so each change is told by the rule that made it. */
function engineFor(rule: KeptRule, language: Language): Typograf {
  const key = `${language} ${rule.name}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = new Typograf({ locale: language === 'ru' ? ['ru', 'en-US'] : ['en-US'], htmlEntity: { type: 'default' } });
    engine.disableRule('*');
    engine.enableRule(rule.name);
    engines.set(key, engine);
  }
  return engine;
}

const isSpace = (char: string | undefined) => char === undefined || /\s/u.test(char);

const letterCount = (text: string) => text.match(/[\p{L}\d]/gu)?.length ?? 0;

/** The whitespace-delimited word before `at` begins where this returns. */
function wordBefore(text: string, at: number): number {
  let start = at;
  while (start > 0 && isSpace(text[start - 1])) start--;
  while (!isSpace(text[start - 1])) start--;
  return start;
}

function wordAfter(text: string, at: number): number {
  let end = at;
  while (end < text.length && isSpace(text[end])) end++;
  while (!isSpace(text[end])) end++;
  return end;
}

/**
 * The span a reviewer reads: the edit grown to the whole words it touches ("300мм"), and a mark
 * added at a word's edge to the next word ("пришёл а"), or a lone letter ("N 15"). Punctuation the
 * edit does not touch stays out ("300мм," is quoted "300мм"). A mark between words is quoted with
 * its spaces only (" - "), as a proofreader marks it: the words beside it are not the fault.
 */
export function widen(text: string, edit: TextRange): TextRange {
  let { start, end } = edit;
  while (!isSpace(text[start - 1])) start--;
  while (!isSpace(text[end])) end++;
  const letters = letterCount(text.slice(start, end));
  if (letters === 0) {
    while (start > 0 && isSpace(text[start - 1])) start--;
    while (end < text.length && isSpace(text[end])) end++;
    return { start, end };
  }
  if (letters === 1 || (edit.start === edit.end && edit.start === start)) start = wordBefore(text, start);
  if (letters === 1 || (edit.start === edit.end && edit.end === end)) end = wordAfter(text, end);
  while (end > edit.end && /[,;:!?)»"]/.test(text[end - 1]!)) end--;
  while (start < edit.start && /[(«"]/.test(text[start]!)) start++;
  return { start, end };
}

/** A pair of quotes is one fault: each opening edit is joined to the closing edit that matches it. */
function pairQuotes(edits: Edit[]): Edit[][] {
  const groups: Edit[][] = [];
  const open: Edit[] = [];
  for (const edit of edits) {
    if (/[«„]/.test(edit.replacement)) open.push(edit);
    else if (/[»“]/.test(edit.replacement) && open.length > 0) groups.push([open.pop()!, edit]);
    else groups.push([edit]);
  }
  return [...groups, ...open.map((edit) => [edit])].sort((a, b) => a[0]!.start - b[0]!.start);
}

/** The words of `range` with the edits inside it made. */
function applied(text: string, range: TextRange, edits: Edit[]): string {
  let out = '';
  let at = range.start;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  return out + text.slice(at, range.end);
}

/** Groups of one rule's edits whose quoted words overlap are one finding: "а,б,в" is one run-in list. */
function spansOf(text: string, groups: Edit[][]): { range: TextRange; edits: Edit[] }[] {
  const spans: { range: TextRange; edits: Edit[] }[] = [];
  for (const edits of groups) {
    const range = widen(text, { start: edits[0]!.start, end: edits[edits.length - 1]!.end });
    const last = spans[spans.length - 1];
    if (last && range.start < last.range.end) {
      last.range.end = Math.max(last.range.end, range.end);
      last.edits.push(...edits);
    } else spans.push({ range, edits: [...edits] });
  }
  return spans;
}

function ruleHits(text: string, input: string, rule: KeptRule, language: Language): TypografHit[] {
  const output = engineFor(rule, language).execute(input);
  if (output === input) return [];
  const edits = textEdits(evenSpaces(input), evenSpaces(output)).filter((edit) => !input.slice(edit.start, edit.end).includes(MASK) && !edit.replacement.includes(MASK) && (rule.keep?.(text, edit) ?? true));
  const groups = rule.pairs ? pairQuotes(edits) : edits.map((edit) => [edit]);
  return spansOf(text, groups).map(({ range, edits }) => ({
    ...range,
    suggestion: applied(
      text,
      range,
      [...edits].sort((a, b) => a.start - b.start),
    ),
    message: rule.message,
    sameFault: rule.name,
    spots: edits.map(({ start, end }) => ({ start, end })),
    ...(rule.severity === 'warning' ? { severity: 'warning' as const } : {}),
  }));
}

/**
 * Typograf in check mode: each kept rule whose marks the block holds is run on it alone, and every
 * change it makes is a finding with the changed words and the fix. Spans in `skip` (addresses,
 * domains) and the spans no rule speaks of are masked first, keeping every offset.
 */
export function typografHits(text: string, language: Language, skip: TextRange[]): TypografHit[] {
  const rules = TYPOGRAF_RULES[language].filter((rule) => rule.needs.test(text));
  if (rules.length === 0) return [];
  const input = masked(text, keptOut(text, skip));
  const hits: TypografHit[] = [];
  for (const hit of rules.flatMap((rule) => ruleHits(text, input, rule, language))) {
    if (!hits.some((told) => told.spots.some((spot) => changesWithin(hit.spots, spot)))) hits.push(hit);
  }
  return hits;
}
