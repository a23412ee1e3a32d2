import { formatAmount, toMinutes } from '../profile/normalise';
import type { Language, TimeUnit } from '../profile/types';
import { guaranteeExtractor, type GuaranteeClaim } from '../promises/guarantee';
import { checkAmount, checkUnit, isObject } from './schema';
import { broken, KEPT, type Judge, type KindModule } from './types';

export interface GuaranteeValue {
  amount: number;
  unit: TimeUnit;
}

const T = {
  ru: { guarantee: (text: string) => `гарантия ${text}` },
  en: { guarantee: (text: string) => `a guarantee of ${text}` },
};

const judgeGuarantee: Judge<GuaranteeClaim> = (claim, fact, language) => {
  if (fact.kind !== 'guarantee') return null;
  if (toMinutes(claim.amount, claim.unit) <= toMinutes(fact.value.amount, fact.value.unit)) return KEPT;
  const text = formatAmount(fact.value.amount, fact.value.unit, language);
  return broken(T[language].guarantee(text), text);
};

const MONTHS = { minute: 1 / 43200, hour: 1 / 720, day: 1 / 30, week: 7 / 30, month: 1, year: 12 } as Record<string, number>;
/** A guarantee's length in months, a year twelve of them (as a page counts), a lifetime the longest. */
export const guaranteeMonths = (claim: GuaranteeClaim) => (claim.lifetime ? Infinity : claim.amount * (MONTHS[claim.unit] ?? 1));

/** "10 лет", "пожизненная", "2 years", "lifetime". */
const describeClaim = (claim: GuaranteeClaim, language: Language) => (claim.lifetime ? { ru: 'пожизненная', en: 'lifetime' }[language] : formatAmount(claim.amount, claim.unit, language));

/** A lifetime has no length the checklist can hold. */
const draftGuarantee = (claim: GuaranteeClaim): { value: GuaranteeValue } | null => (claim.lifetime ? null : { value: { amount: claim.amount, unit: claim.unit } });

export const guaranteeKind: KindModule<'guarantee', GuaranteeClaim, { value: GuaranteeValue }> = {
  kind: 'guarantee',
  name: { ru: 'Гарантии', en: 'Guarantees' },
  item: { ru: 'Гарантия', en: 'Guarantee' },
  describe: describeClaim,
  draft: draftGuarantee,
  extractor: guaranteeExtractor,
  fact: {
    create: (base) => ({ ...base, kind: 'guarantee', value: { amount: 1, unit: 'year' } }),
    validate(fact, path, problems) {
      if (!isObject(fact.value)) return problems.add(`${path}.value`, 'expected { "amount", "unit" }');
      checkAmount(fact.value, 'amount', `${path}.value`, problems);
      checkUnit(fact.value, `${path}.value`, problems);
    },
    editor: [
      { type: 'number', at: 'value.amount', label: { ru: 'Сумма', en: 'Amount' }, empty: 0 },
      { type: 'unit', at: 'value.unit' },
    ],
  },
  judge: judgeGuarantee,
  comparer: {
    conflict: (a, b) => guaranteeMonths(a) !== guaranteeMonths(b),
    needsSubject: true,
    comparedUnderFact: true,
    differs: { ru: 'Гарантия указана по-разному', en: 'The guarantee differs' },
  },
};
