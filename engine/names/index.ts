import type { CanonicalName, Language, NameKind } from '../profile/types';
import { allowedEdits, deletions, editDistance } from '../text/distance';
import { foldHomoglyphs } from '../text/homoglyphs';
import { foldForCompare } from '../text/normalise';
import { words } from '../text/segment';
import { stem } from '../text/stems';
import { isInflectionOf } from './inflection';
import { isStreetTypeWord } from './streets';
import { phraseLanguage } from '../text/language';

/** One written form of a canonical name (the canonical itself or a variant), split into words. */
export interface NameForm {
  name: CanonicalName;
  text: string;
  words: string[];
}

export type WordMatch = 'same' | 'near' | 'different';

export const fold = (word: string) => foldForCompare(foldHomoglyphs(word));

/** Same word in any case form; near when a misspelling of it (a letter lost, added, swapped, changed). */
export function compareWord(written: string, canonical: string, language: Language): WordMatch {
  if (isInflectionOf(written, canonical, language)) return 'same';
  const a = fold(written);
  const b = fold(canonical);
  if (a === b) return written === canonical || foldForCompare(written) === foldForCompare(canonical) ? 'same' : 'near';
  const limit = allowedEdits(b.length);
  if (limit > 0 && editDistance(a, b, limit) <= limit) return 'near';
  // "Никиткой" for "Никитская": a misspelling in another case form, compared without the endings.
  const writtenStem = stem(a, language);
  const canonicalStem = stem(b, language);
  const stemLimit = allowedEdits(canonicalStem.length);
  return stemLimit > 0 && canonicalStem.length >= 5 && editDistance(writtenStem, canonicalStem, stemLimit) <= stemLimit ? 'near' : 'different';
}

/** Words of a name that carry it: street types and one-letter connectors are left out. */
export function nameWords(text: string, dropStreetTypes: boolean): string[] {
  return words(text, phraseLanguage(text))
    .map((w) => w.text)
    .filter((w) => !(dropStreetTypes && isStreetTypeWord(w)) && !/^\d+$/.test(w));
}

/**
 * Canonical name words under every spelling up to two letters shorter (a SymSpell deletion
 * index): a written word finds its near canonical words by lookup, not by a scan of all names.
 */
export class NameIndex {
  private readonly byDeletion = new Map<string, { form: NameForm; position: number }[]>();
  readonly forms: NameForm[] = [];

  constructor(names: CanonicalName[], kinds: NameKind[]) {
    for (const name of names.filter((n) => kinds.includes(n.kind))) {
      for (const text of [name.canonical, ...(name.variants ?? [])]) {
        const form: NameForm = { name, text, words: nameWords(text, name.kind === 'street') };
        if (form.words.length === 0) continue;
        this.forms.push(form);
        form.words.forEach((word, position) => {
          const folded = fold(word);
          for (const key of deletions(folded, allowedEdits(folded.length))) {
            const list = this.byDeletion.get(key) ?? [];
            list.push({ form, position });
            this.byDeletion.set(key, list);
          }
        });
      }
    }
  }

  /** Canonical words a written word could be (itself, an inflection or a near miss). */
  candidates(written: string): { form: NameForm; position: number }[] {
    const folded = fold(written);
    const found = new Map<string, { form: NameForm; position: number }>();
    for (const key of deletions(folded, Math.max(1, allowedEdits(folded.length)))) {
      for (const hit of this.byDeletion.get(key) ?? []) found.set(`${hit.form.text}\u0000${hit.position}`, hit);
    }
    for (const hit of this.byDeletion.get(folded.slice(0, -1)) ?? []) found.set(`${hit.form.text}\u0000${hit.position}`, hit);
    return [...found.values()];
  }
}
