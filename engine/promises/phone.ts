import { findPhones, phoneKey } from '../names/contacts';
import type { PhoneClaim } from '../kinds/contacts';
import { contactPromises } from './contacts-common';
import type { ExtractContext, ExtractedPromise, Extractor } from './types';

/** "+7 (3852) 555-600": the digits up to the bracketed area code, and how many follow it. */
function areaOf(written: string, digits: string): { prefix: string; localLength: number } | null {
  const close = written.lastIndexOf(')');
  if (close < 0) return null;
  const local = written.slice(close + 1).replace(/\D/g, '');
  return { prefix: digits.slice(0, digits.length - local.length), localLength: local.length };
}

/** A line that is nothing but a local number: "555-600", "55-56-00". */
const LOCAL_LINE = /^\s*(\d{2,3}[-‑–]\d{2,3}(?:[-‑–]\d{2})?)\s*$/u;

/**
 * "555-015" on a line of its own beside "+7 (3852) 555-600": a number dialled within the area of the
 * page's full phones, read with that area's code when its length fits exactly one area.
 */
function localNumbers(context: ExtractContext, full: ExtractedPromise<'phone'>[]): ExtractedPromise<'phone'>[] {
  const areas = new Map<number, Set<string>>();
  for (const phone of full) {
    const area = areaOf(phone.quote, phone.value.digits);
    if (area) areas.set(area.localLength, (areas.get(area.localLength) ?? new Set()).add(area.prefix));
  }
  const taken = new Set(full.map((p) => p.span.block));
  return context.material.blocks.flatMap((block) => {
    const local = LOCAL_LINE.exec(block.text)?.[1];
    const digits = local?.replace(/\D/g, '') ?? '';
    const prefixes = areas.get(digits.length);
    if (!local || block.cell || taken.has(block.index) || prefixes?.size !== 1) return [];
    const start = block.text.indexOf(local);
    const span = { block: block.index, start, end: start + local.length };
    return [{ kind: 'phone', quote: local, span, value: { digits: `${[...prefixes][0]}${digits}` }, topics: [], sentence: span }];
  });
}

/** The keypad's letters: "FLA-SWIM" is dialled 352-7946. */
const KEYPAD: [RegExp, string][] = [
  [/[ABC]/g, '2'],
  [/[DEF]/g, '3'],
  [/[GHI]/g, '4'],
  [/[JKL]/g, '5'],
  [/[MNO]/g, '6'],
  [/[PQRS]/g, '7'],
  [/[TUV]/g, '8'],
  [/[WXYZ]/g, '9'],
];

/**
 * "844-FLA-SWIM", "1-800-GOT-JUNK": a North American number spelled on the keypad, capitals for
 * its last seven digits (four letters or more among them: "ABC-1234" is a code).
 */
const VANITY = /(?<![\p{L}\d])(?:\+?1[-.\s])?\(?[2-9]\d{2}\)?[-.\s](?=(?:[A-Z\d]-?){7}(?![\p{L}\d]))(?=(?:[\d-]*[A-Z]){4})(?:[A-Z\d]-?){6}[A-Z\d](?![\p{L}\d])/gu;

const dialled = (written: string) => KEYPAD.reduce((text, [letters, digit]) => text.replace(letters, digit), written);

function vanityNumbers(text: string): { start: number; end: number; key: string }[] {
  return [...text.matchAll(VANITY)].flatMap((m) => {
    const key = phoneKey(dialled(m[0]));
    return key ? [{ start: m.index, end: m.index + m[0].length, key }] : [];
  });
}

/** Phones in Russian and international formats, and numbers spelled in letters; the value is the number with its country code. */
export const phoneExtractor: Extractor = {
  kind: 'phone',
  extract: (context) => {
    const full = [...contactPromises(context, 'phone', findPhones, (found): PhoneClaim => ({ digits: found.key })), ...contactPromises(context, 'phone', vanityNumbers, (found): PhoneClaim => ({ digits: found.key }))];
    return [...full, ...localNumbers(context, full)];
  },
};
