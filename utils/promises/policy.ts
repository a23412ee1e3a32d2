import { findProfilePhrases } from './profile-phrases';
import type { Extractor } from './types';

/** The phrase that breaks a policy, and the policy fact it breaks. */
export interface PolicyClaim {
  phrase: string;
  factId: string;
}

/** Policy breakers: the `contradictedBy` phrases of the profile's policies, in any inflection. */
export const policyExtractor: Extractor = {
  kind: 'policy',
  extract: (context) =>
    findProfilePhrases(
      context,
      'policy',
      (context.profile?.facts ?? []).flatMap((fact) =>
        fact.kind === 'policy' ? fact.contradictedBy.map((phrase) => ({ phrase, value: { phrase, factId: fact.id } satisfies PolicyClaim })) : [],
      ),
      1,
    ),
};
