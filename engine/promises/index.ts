import { addressExtractor } from './address';
import { discountExtractor } from './discount';
import { durationExtractor } from './duration';
import { emailExtractor } from './email';
import { freeExtractor } from './free';
import { guaranteeExtractor } from './guarantee';
import { hoursExtractor } from './hours';
import { loyaltyExtractor } from './loyalty';
import { nameExtractor } from './name';
import { offeredExtractor } from './offered';
import { phoneExtractor } from './phone';
import { policyExtractor } from './policy';
import { priceExtractor } from './price';
import { superlativeExtractor } from './superlative';
import type { Extractor } from './types';
import { urlExtractor } from './url';

/** Every promise extractor; adding a kind is adding its file and one line here. */
export const EXTRACTORS: Extractor[] = [
  hoursExtractor,
  durationExtractor,
  priceExtractor,
  freeExtractor,
  discountExtractor,
  loyaltyExtractor,
  guaranteeExtractor,
  offeredExtractor,
  policyExtractor,
  superlativeExtractor,
  phoneExtractor,
  emailExtractor,
  urlExtractor,
  addressExtractor,
  nameExtractor,
];
