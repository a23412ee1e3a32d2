import { isNegated } from '../text/negation';
import { findSuperlatives, SOURCE_CITED } from '../text/superlatives';
import { eachSentence, isQuestion, makePromise } from './common';
import type { Language } from '../profile/types';
import type { Extractor } from './types';

/** Whether the block names a source for the claim ("по данным…", "according to…"). */
export interface SuperlativeClaim {
  claim: string;
  sourced: boolean;
}

/** Words that end what a claim praises rather than name it. */
const NOT_PRAISED = /^(в|во|на|по|для|и|или|что|как|чем|среди|из|у|с|in|on|for|and|or|the|a|an|with|than|that|from|at|to|of|among|by|is|are)$/iu;

/** The claim and the word it praises after it ("the most comfortable" → "the most comfortable experience"), quoted together. */
function withWhatItPraises(text: string, claim: { start: number; end: number }): { start: number; end: number } {
  const next = /^ (\p{L}{3,})/u.exec(text.slice(claim.end));
  return next && !NOT_PRAISED.test(next[1]!) ? { start: claim.start, end: claim.end + next[0].length } : claim;
}

/** Words that open a real question; a leading "а", "и", "and", "so" may come first. */
const QUESTION_WORDS: Record<Language, string[]> = {
  ru: ['что', 'чем', 'как', 'какой', 'какая', 'какое', 'какие', 'каким', 'какую', 'кто', 'где', 'куда', 'когда', 'почему', 'зачем', 'сколько', 'чей', 'чья'],
  en: ['what', 'which', 'how', 'who', 'where', 'when', 'why', 'whose'],
};
const LEADING_PARTICLES = ['а', 'и', 'но', 'так', 'and', 'so', 'but'];

/** "А что будет лучшим для ребёнка?", "Which is the best option?": a question asks what is best; it claims nothing. */
function asksWhatIsBest(sentence: string, language: Language): boolean {
  if (!isQuestion(sentence)) return false;
  const [first, second] = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  const opener = first !== undefined && LEADING_PARTICLES.includes(first) ? second : first;
  return opener !== undefined && QUESTION_WORDS[language].includes(opener);
}

/** Superlatives and absolutes: "самая современная клиника", "лучший кофе", "№ 1", "the best". */
export const superlativeExtractor: Extractor = {
  kind: 'superlative',
  extract: (context) =>
    eachSentence(context).flatMap((view) =>
      (asksWhatIsBest(view.text, context.language) ? [] : findSuperlatives(view.text))
        .filter((claim) => !isNegated(view.text, claim.start, context.language))
        .map((claim) => {
          const value: SuperlativeClaim = { claim: view.text.slice(claim.start, claim.end), sourced: SOURCE_CITED.test(view.block.text) };
          return makePromise(view, 'superlative', withWhatItPraises(view.text, claim), value, { quoteCore: true });
        }),
    ),
};
