import { loyaltyExtractor, type LoyaltyClaim } from '../promises/loyalty';
import { checkAmount, isObject } from './schema';
import type { Language } from '../profile/types';
import { broken, KEPT, type Judge, type KindModule } from './types';

export interface LoyaltyValue {
  buy: number;
  free: number;
}

function describeRu(rule: LoyaltyValue | LoyaltyClaim): string {
  if (rule.buy === 0) return `награда за каждого`;
  return rule.free === 1 ? `каждый ${rule.buy + 1}-й бесплатно (купи ${rule.buy} — ${rule.buy + 1}-й в подарок)` : `купи ${rule.buy} — ${rule.free} в подарок`;
}

function describeEn(rule: LoyaltyValue | LoyaltyClaim): string {
  if (rule.buy === 0) return 'a reward for every one';
  return rule.free === 1 ? `every ${ordinalEn(rule.buy + 1)} free (buy ${rule.buy}, get the ${ordinalEn(rule.buy + 1)} free)` : `buy ${rule.buy}, get ${rule.free} free`;
}

function ordinalEn(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const describe = { ru: describeRu, en: describeEn };

const judgeLoyalty: Judge<LoyaltyClaim> = (claim, fact, language) => {
  if (fact.kind !== 'loyalty') return null;
  if (claim.buy === fact.value.buy && claim.free === fact.value.free) return KEPT;
  return broken(describe[language](fact.value), describe[language](fact.value));
};

/** A reward for every single one (a referral) is no rule of buying that the checklist holds. */
const draftLoyalty = (claim: LoyaltyClaim): { value: LoyaltyValue } | null => (claim.buy >= 1 && claim.free >= 1 ? { value: { buy: claim.buy, free: claim.free } } : null);

export const loyaltyKind: KindModule<'loyalty', LoyaltyClaim, { value: LoyaltyValue }> = {
  kind: 'loyalty',
  name: { ru: 'Правила лояльности', en: 'Loyalty rules' },
  item: { ru: 'Программа лояльности', en: 'Loyalty' },
  describe: (claim: LoyaltyClaim, language: Language) => describe[language](claim),
  draft: draftLoyalty,
  extractor: loyaltyExtractor,
  fact: {
    create: (base) => ({ ...base, kind: 'loyalty', value: { buy: 6, free: 1 } }),
    validate(fact, path, problems) {
      if (!isObject(fact.value)) return problems.add(`${path}.value`, 'expected { "buy", "free" }');
      checkAmount(fact.value, 'buy', `${path}.value`, problems, 1);
      checkAmount(fact.value, 'free', `${path}.value`, problems, 1);
    },
    editor: [
      { type: 'number', at: 'value.buy', label: { ru: 'Купить', en: 'Buy' }, empty: 0 },
      { type: 'number', at: 'value.free', label: { ru: 'Бесплатно получить', en: 'Get free' }, empty: 0 },
    ],
  },
  judge: judgeLoyalty,
  comparer: {
    conflict: (a, b) => a.buy !== b.buy || a.free !== b.free,
    needsSubject: true,
    comparedUnderFact: true,
    differs: { ru: 'Правило программы лояльности указано по-разному', en: 'The loyalty rule differs' },
  },
};
