import { isNegated } from '../text/negation';
import { findSuperlatives, SOURCE_CITED } from '../text/superlatives';
import { eachSentence, makePromise } from './common';
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

/** Superlatives and absolutes: "самая современная клиника", "лучший кофе", "№ 1", "the best". */
export const superlativeExtractor: Extractor = {
  kind: 'superlative',
  extract: (context) =>
    eachSentence(context).flatMap((view) =>
      findSuperlatives(view.text)
        .filter((claim) => !isNegated(view.text, claim.start, context.language))
        .map((claim) => {
          const value: SuperlativeClaim = { claim: view.text.slice(claim.start, claim.end), sourced: SOURCE_CITED.test(view.block.text) };
          return makePromise(view, 'superlative', withWhatItPraises(view.text, claim), value, { quoteCore: true });
        }),
    ),
};
