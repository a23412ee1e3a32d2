import { findDomains } from '../names/contacts';
import { contactPromises } from './contacts-common';
import type { Extractor } from './types';

/** URLs and bare domains; the value is the host without "www.". */
export const urlExtractor: Extractor = {
  kind: 'url',
  extract: (context) => contactPromises(context, 'url', findDomains, (found) => ({ host: found.key })),
};
