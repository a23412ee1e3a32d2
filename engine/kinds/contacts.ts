import { addressExtractor } from '../promises/address';
import { emailExtractor } from '../promises/email';
import { nameExtractor } from '../promises/name';
import { phoneExtractor } from '../promises/phone';
import { urlExtractor } from '../promises/url';
import type { KindModule } from './types';

/**
 * Contacts and names: each stated as written, its value the normalised key the wrong-name check
 * compares with the profile's names. No checklist fact holds them.
 */

/** A phone's number with its country code. */
export interface PhoneClaim {
  digits: string;
}
export interface EmailClaim {
  address: string;
}
export interface UrlClaim {
  host: string;
}
export interface NameClaim {
  name: string;
}
/** A street and its house number, an American suite line, or a line that ends in a postcode. */
export type AddressClaim = { street: string; house?: string } | { postcode: string };

/** "Малая Садовая, 8", "SW1A 1AA": the street and house, or the postcode. */
const describeAddress = (claim: AddressClaim) => ('postcode' in claim ? claim.postcode : [claim.street, claim.house].filter(Boolean).join(', '));

export const phoneKind: KindModule<'phone', PhoneClaim> = {
  kind: 'phone',
  name: { ru: 'Телефон', en: 'Phone' },
  item: { ru: 'Телефон', en: 'Phone' },
  describe: (claim) => `+${claim.digits}`,
  extractor: phoneExtractor,
};
export const emailKind: KindModule<'email', EmailClaim> = {
  kind: 'email',
  name: { ru: 'Электронная почта', en: 'E-mail' },
  item: { ru: 'Эл. почта', en: 'E-mail' },
  describe: (claim) => claim.address,
  extractor: emailExtractor,
};
export const urlKind: KindModule<'url', UrlClaim> = { kind: 'url', name: { ru: 'Сайт', en: 'Website' }, item: { ru: 'Сайт', en: 'Website' }, describe: (claim) => claim.host, extractor: urlExtractor };
export const addressKind: KindModule<'address', AddressClaim> = {
  kind: 'address',
  name: { ru: 'Адрес', en: 'Address' },
  item: { ru: 'Адрес', en: 'Address' },
  describe: describeAddress,
  extractor: addressExtractor,
};
export const nameKind: KindModule<'name', NameClaim> = { kind: 'name', name: { ru: 'Название', en: 'Name' }, item: { ru: 'Название', en: 'Name' }, describe: (claim) => claim.name, extractor: nameExtractor };
