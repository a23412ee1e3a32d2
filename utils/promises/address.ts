import { findStreets, POSTCODES } from '../names/streets';
import { eachSentence } from './common';
import { contactPromises } from './contacts-common';
import type { ExtractContext, ExtractedPromise, Extractor } from './types';

/** A line longer than this is prose that mentions a postcode: only the code is quoted. */
const MAX_ADDRESS_LINE = 100;

/** Address lines that end in a postal code ("The Old Forge, Ashby, Kent, TN1 2AB"), quoted from the line's start. */
function postcodeLines(context: ExtractContext): ExtractedPromise[] {
  return eachSentence(context).flatMap((view) =>
    POSTCODES.flatMap((pattern) => [...view.text.matchAll(pattern)]).map((m) => {
      const end = m.index + m[0].length;
      const from = end <= MAX_ADDRESS_LINE ? 0 : m.index;
      const start = view.span.start + from;
      return {
        kind: 'address' as const,
        quote: view.block.text.slice(start, view.span.start + end),
        span: { block: view.block.index, start, end: view.span.start + end },
        value: { postcode: m[0] },
        topics: [],
        sentence: view.span,
      };
    }),
  );
}

/** Street addresses in any order of type word and name, with the house number when one is given; lines with a postal code. */
export const addressExtractor: Extractor = {
  kind: 'address',
  extract: (context) => [
    ...contactPromises(context, 'address', findStreets, (mention) => ({
      street: mention.nameWords.map((word) => word.text).join(' '),
      ...(mention.house ? { house: mention.house } : {}),
    })),
    ...postcodeLines(context),
  ],
};
