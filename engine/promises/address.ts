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

/**
 * "1801 North Senate Suite 620": a house number, a street's capitalised name (a point of the compass
 * may open it) and a suite or unit — an American office's address line, whose street may go without
 * its type word. It opens its line or follows a colon or comma: "In 2019 Smith Hall…" is no address.
 */
const SUITE_LINE = /(?:^|(?<=[,:;|]\s*))(\d{1,6})\s+((?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),?\s+(?:Suite|Ste\.?|Unit)\s+#?[\dA-Z][\dA-Z-]*(?![\p{L}\d])/gu;

function suiteLines(context: ExtractContext, found: ExtractedPromise[]): ExtractedPromise[] {
  if (context.language !== 'en') return [];
  return contactPromises(
    context,
    'address',
    (text) => [...text.matchAll(SUITE_LINE)].map((m) => ({ start: m.index, end: m.index + m[0].length, house: m[1]!, street: m[2]! })),
    (m) => ({ street: m.street, house: m.house }),
  ).filter((line) => !found.some((street) => street.span.block === line.span.block && street.span.start < line.span.end && line.span.start < street.span.end));
}

/** Street addresses in any order of type word and name, with the house number when one is given; lines with a postal code. */
export const addressExtractor: Extractor = {
  kind: 'address',
  extract: (context) => {
    const streets = contactPromises(context, 'address', findStreets, (mention) => ({
      street: mention.nameWords.map((word) => word.text).join(' '),
      ...(mention.house ? { house: mention.house } : {}),
    }));
    return [...streets, ...suiteLines(context, streets), ...postcodeLines(context)];
  },
};
