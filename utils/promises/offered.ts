import { findProfilePhrases } from './profile-phrases';
import type { Extractor } from './types';

/** The service a sentence offers, by the id of the `offered` fact whose topics name it. */
export interface OfferedClaim {
  service: string;
  factId: string;
}

/**
 * Services offered: a fact's topics ("выезд на дом", "gluten-free", "во сне") asserted, not
 * negated; one word may stand inside a topic ("к вашему дому" for "к дому").
 */
export const offeredExtractor: Extractor = {
  kind: 'offered',
  extract: (context) =>
    findProfilePhrases(
      context,
      'offered',
      (context.profile?.facts ?? []).flatMap((fact) =>
        fact.kind === 'offered' ? (fact.topics ?? [fact.label]).map((phrase) => ({ phrase, value: { service: phrase, factId: fact.id } satisfies OfferedClaim })) : [],
      ),
      1,
    ),
};
