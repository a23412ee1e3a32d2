import { findPhones } from '../names/contacts';
import { contactPromises } from './contacts-common';
import type { ExtractContext, ExtractedPromise, Extractor } from './types';

/** A phone's number with its country code. */
interface PhoneClaim {
  digits: string;
}

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
function localNumbers(context: ExtractContext, full: ExtractedPromise[]): ExtractedPromise[] {
  const areas = new Map<number, Set<string>>();
  for (const phone of full) {
    const area = areaOf(phone.quote, (phone.value as PhoneClaim).digits);
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

/** Phones in Russian and international formats; the value is the number with its country code. */
export const phoneExtractor: Extractor = {
  kind: 'phone',
  extract: (context) => {
    const full = contactPromises(context, 'phone', findPhones, (found): PhoneClaim => ({ digits: found.key }));
    return [...full, ...localNumbers(context, full)];
  },
};
