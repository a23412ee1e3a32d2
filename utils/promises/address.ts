import { findStreets } from '../names/streets';
import { contactPromises } from './contacts-common';
import type { Extractor } from './types';

/** Street addresses in any order of type word and name, with the house number when one is given. */
export const addressExtractor: Extractor = {
  kind: 'address',
  extract: (context) =>
    contactPromises(context, 'address', findStreets, (mention) => ({
      street: mention.nameWords.map((word) => word.text).join(' '),
      ...(mention.house ? { house: mention.house } : {}),
    })),
};
