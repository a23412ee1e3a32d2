import type { SuperlativeClaim } from '../promises/superlative';
import { defineCheck, type CheckContext, type DraftFinding } from './types';

const MESSAGES = {
  ru: (claim: string) => `«${claim}» — превосходная степень без подтверждения: закон о рекламе требует указать, по каким данным это так. Назовите источник или замените конкретным фактом.`,
  en: (claim: string) => `"${claim}" is a superlative with nothing to back it: name the source (a rating, a survey) or state the concrete fact instead.`,
};

/** Unsubstantiated superlatives and absolutes: a superlative promise whose block names no source. */
function run(context: CheckContext): { findings: DraftFinding[] } {
  const findings: DraftFinding[] = [];
  for (const { material, promises } of context.materials) {
    for (const promise of promises) {
      if (promise.kind !== 'superlative') continue;
      const value = promise.value as SuperlativeClaim;
      if (value.sourced) continue;
      findings.push({
        check: 'risky-claim',
        severity: 'warning',
        quote: promise.quote,
        location: promise.span,
        message: MESSAGES[context.language](value.claim),
        material,
        promise,
      });
    }
  }
  return { findings };
}

export const riskyClaimsCheck = defineCheck({ id: 'risky-claim', label: { ru: 'Рискованные заявления', en: 'Risky claims' }, saidOncePerMaterial: true, run });
