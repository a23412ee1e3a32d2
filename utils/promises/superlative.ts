import { isNegated } from '../text/negation';
import { findSuperlatives, SOURCE_CITED } from '../text/superlatives';
import { eachSentence, makePromise } from './common';
import type { Extractor } from './types';

/** Whether the block names a source for the claim ("по данным…", "according to…"). */
export interface SuperlativeClaim {
  claim: string;
  sourced: boolean;
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
          return makePromise(view, 'superlative', claim, value, { quoteCore: true });
        }),
    ),
};
