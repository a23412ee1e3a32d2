import { findPhones } from '../names/contacts';
import { contactPromises } from './contacts-common';
import type { Extractor } from './types';

/** Phones in Russian and international formats; the value is the number with its country code. */
export const phoneExtractor: Extractor = {
  kind: 'phone',
  extract: (context) => contactPromises(context, 'phone', findPhones, (found) => ({ digits: found.key })),
};
