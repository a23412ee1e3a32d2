import { contactPromises } from './contacts-common';
import type { Extractor } from './types';

/**
 * Organisation and brand names: quoted ones («Здоровье+», "Crumb & Co.") and capitalised
 * sequences with a symbol or "&" in them. A lone capitalised word is too often just a sentence start.
 */
const QUOTED = /[«"“„]([^«»"“”„\n]{2,60})[»"”“]/gu;
const SYMBOLIC = /(?<![\p{L}\d])\p{Lu}[\p{L}\d'’-]*(?:\s*(?:&|and|и)\s*\p{Lu}[\p{L}\d'’.-]*|\+|\s+\p{Lu}[\p{L}\d'’.-]*\s*&\s*\p{Lu}[\p{L}\d'’.]*)/gu;

function findNames(text: string) {
  const found = [...text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], key: m[1]!.trim() }));
  for (const m of text.matchAll(SYMBOLIC)) {
    if (found.some((f) => m.index < f.end && f.start < m.index + m[0].length)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], key: m[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

export const nameExtractor: Extractor = {
  kind: 'name',
  extract: (context) => contactPromises(context, 'name', findNames, (found) => ({ name: found.key })),
};
