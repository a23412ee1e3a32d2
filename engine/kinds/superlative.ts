import { superlativeExtractor, type SuperlativeClaim } from '../promises/superlative';
import type { KindModule } from './types';

/** "лучший кофе", "the best": the risky-claim check weighs them; no checklist fact holds them. */
export const superlativeKind: KindModule<'superlative', SuperlativeClaim> = {
  kind: 'superlative',
  name: { ru: 'Превосходная степень', en: 'Superlative' },
  item: { ru: 'Превосходная степень', en: 'Superlative' },
  describe: (claim, language) => (claim.sourced ? `${claim.claim} (${language === 'ru' ? 'с источником' : 'sourced'})` : claim.claim),
  extractor: superlativeExtractor,
};
