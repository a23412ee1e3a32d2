import { hasNegator, isDeniedAfter, isHedgedNegation, isNegated } from '../text/negation';
import { compilePhrase, findPhrase, stemWords } from '../text/stems';
import { answerTo, eachSentence, isQuestion, makePromise, nextSentenceText } from './common';
import type { ExtractContext, ExtractedPromise } from './types';
import type { ClaimOf, PromiseKind } from '../kinds';
import { phraseLanguage } from '../text/language';
import type { Language } from '../profile/types';

/** "не предоставляем трансфер", "Pets are not allowed": a gap the phrase allows may hold the denial too. */
function isDenied(text: string, range: { start: number; end: number }, phrase: string, language: Language): boolean {
  const withoutInPhrase = /(^|\s)(без|without)(\s|$)/i.test(phrase);
  if (isNegated(text, range.start, language, { withoutNegates: !withoutInPhrase }) || isDeniedAfter(text, range.end)) return true;
  return hasNegator(text.slice(range.start, range.end), language) && !hasNegator(phrase, language);
}

/** A phrase of the profile to look for, with the value a match stands for. */
export interface ProfilePhrase<K extends PromiseKind> {
  phrase: string;
  value: ClaimOf<K>;
}

/**
 * Finds the profile's own phrases in any inflection, not negated (or, wanting 'denied', only the negated ones). "без" inside a phrase
 * ("рассрочка без банка") is part of it, not a negation of it.
 */
export function findProfilePhrases<K extends PromiseKind>(context: ExtractContext, kind: K, phrases: ProfilePhrase<K>[], maxGap: number, want: 'affirmed' | 'denied' = 'affirmed'): ExtractedPromise<K>[] {
  if (phrases.length === 0) return [];
  // The longer phrase first: "Свадебные букеты" is a fact of its own, not the "Букеты" inside it.
  const compiled = phrases.map((p) => ({ ...p, pattern: compilePhrase(p.phrase, phraseLanguage(p.phrase, context.language)), length: stemWords(p.phrase, context.language).length })).sort((a, b) => b.length - a.length);
  return eachSentence(context).flatMap((view) => {
    // "Авто с водителем?" heads an answer; it offers nothing itself, unless the answer is a bare yes
    // ("Do you fit children? We absolutely do."). An answer that names the thing again states it itself.
    if (isQuestion(view.text) && answerTo(view) !== 'yes') return [];
    const answerWords = isQuestion(view.text) ? stemWords(nextSentenceText(view) ?? '', view.context.language) : [];
    const textWords = stemWords(view.text, view.context.language);
    const found: ExtractedPromise<K>[] = [];
    for (const { pattern, value, phrase } of compiled) {
      if (answerWords.length > 0 && findPhrase(pattern, answerWords, { maxGap }).length > 0) continue;
      for (const range of findPhrase(pattern, textWords, { maxGap })) {
        if (isHedgedNegation(view.text, range.start, range.end, view.context.language)) continue;
        if (isDenied(view.text, range, phrase, view.context.language) !== (want === 'denied')) continue;
        if (found.some((f) => f.span.start - view.span.start <= range.start && range.start < f.span.end - view.span.start)) continue;
        found.push(makePromise(view, kind, range, value));
      }
    }
    return found;
  });
}
