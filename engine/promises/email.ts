import { findEmails } from '../names/contacts';
import { contactPromises } from './contacts-common';
import type { Extractor } from './types';

/** E-mail addresses, lower-cased. */
export const emailExtractor: Extractor = {
  kind: 'email',
  extract: (context) => contactPromises(context, 'email', findEmails, (found) => ({ address: found.key })),
};
