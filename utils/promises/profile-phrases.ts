import { hasNegator, isDeniedAfter, isNegated } from '../text/negation';
import { compilePhrase, findPhrase, stemWords } from '../text/stems';
import { eachSentence, isQuestion, makePromise } from './common';
import type { ExtractContext, ExtractedPromise } from './types';
import type { PromiseKind } from '../report/types';
import { phraseLanguage } from '../text/language';

/** A phrase of the profile to look for, with the value a match stands for. */
export interface ProfilePhrase {
  phrase: string;
  value: unknown;
}

/**
 * Finds the profile's own phrases in any inflection, not negated. "без" inside a phrase
 * ("рассрочка без банка") is part of it, not a negation of it.
 */
export function findProfilePhrases(context: ExtractContext, kind: PromiseKind, phrases: ProfilePhrase[], maxGap: number): ExtractedPromise[] {
  if (phrases.length === 0) return [];
  // The longer phrase first: "Свадебные букеты" is a fact of its own, not the "Букеты" inside it.
  const compiled = phrases
    .map((p) => ({ ...p, pattern: compilePhrase(p.phrase, phraseLanguage(p.phrase, context.language)), length: stemWords(p.phrase, context.language).length }))
    .sort((a, b) => b.length - a.length);
  return eachSentence(context).flatMap((view) => {
    // "Авто с водителем?" heads an answer; it offers nothing itself.
    if (isQuestion(view.text)) return [];
    const textWords = stemWords(view.text, view.context.language);
    const found: ExtractedPromise[] = [];
    for (const { pattern, value, phrase } of compiled) {
      for (const range of findPhrase(pattern, textWords, { maxGap })) {
        const withoutInPhrase = /(^|\s)(без|without)(\s|$)/i.test(phrase);
        if (isNegated(view.text, range.start, view.context.language, { withoutNegates: !withoutInPhrase }) || isDeniedAfter(view.text, range.end)) continue;
        // A gap the phrase allows may hold a denial: "Pets are not allowed" is not "pets are allowed".
        const matched = view.text.slice(range.start, range.end);
        if (hasNegator(matched, view.context.language) && !hasNegator(phrase, view.context.language)) continue;
        if (found.some((f) => f.span.start - view.span.start <= range.start && range.start < f.span.end - view.span.start)) continue;
        found.push(makePromise(view, kind, range, value));
      }
    }
    return found;
  });
}
