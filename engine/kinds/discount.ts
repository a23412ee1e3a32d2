import { formatMoney, formatNumber } from '../profile/normalise';
import type { Language } from '../profile/types';
import { discountExtractor, isPercent, type DiscountValue as DiscountClaim } from '../promises/discount';
import { isNumber, isObject } from './schema';
import { broken, KEPT, type Judge, type KindModule } from './types';

export interface DiscountValue {
  maxPercent: number;
}

const T = {
  ru: { maxDiscount: (p: number) => `скидка не больше ${p} %` },
  en: { maxDiscount: (p: number) => `at most ${p}% off` },
};

const judgeDiscount: Judge<DiscountClaim> = (claim, fact, language) => {
  if (fact.kind !== 'discount' || !isPercent(claim)) return null;
  return claim.percent > fact.value.maxPercent ? broken(T[language].maxDiscount(fact.value.maxPercent), `${fact.value.maxPercent} %`) : KEPT;
};

function discountConflict(first: DiscountClaim, second: DiscountClaim): boolean {
  // "Bulk pricing", "500 ₽ off" and "20 % off" are not two percents of one discount.
  if (!isPercent(first) || !isPercent(second)) return false;
  const [a, b] = [first, second];
  if (a.percent === b.percent) return false;
  if (a.upTo !== b.upTo) return a.upTo ? b.percent > a.percent : a.percent > b.percent;
  return true;
}

const DISCOUNT_WORDS = {
  ru: { percent: (p: string) => `${p} %`, upTo: (text: string) => `до ${text}`, unstated: 'размер не указан' },
  en: { percent: (p: string) => `${p}%`, upTo: (text: string) => `up to ${text}`, unstated: 'amount not stated' },
};

/** "10 %", "до 50 %", "500 ₽", "up to 50%", "amount not stated". */
function describeClaim(claim: DiscountClaim, language: Language): string {
  const words = DISCOUNT_WORDS[language];
  if ('unstated' in claim) return words.unstated;
  if (!isPercent(claim)) return formatMoney(claim.amount, claim.currency, language);
  const text = words.percent(formatNumber(claim.percent, language));
  return claim.upTo ? words.upTo(text) : text;
}

/** Only a percent is a largest discount the checklist can hold. */
const draftDiscount = (claim: DiscountClaim): { value: DiscountValue } | null => (isPercent(claim) ? { value: { maxPercent: claim.percent } } : null);

export const discountKind: KindModule<'discount', DiscountClaim, { value: DiscountValue }> = {
  kind: 'discount',
  name: { ru: 'Скидки', en: 'Discounts' },
  item: { ru: 'Скидка', en: 'Discount' },
  describe: describeClaim,
  draft: draftDiscount,
  extractor: discountExtractor,
  fact: {
    create: (base) => ({ ...base, kind: 'discount', value: { maxPercent: 10 } }),
    validate(fact, path, problems) {
      if (!isObject(fact.value)) return problems.add(`${path}.value`, 'expected { "maxPercent" }');
      const percent = fact.value.maxPercent;
      if (!isNumber(percent) || percent < 0 || percent > 100) problems.add(`${path}.value.maxPercent`, 'expected a percent from 0 to 100');
    },
    editor: [{ type: 'number', at: 'value.maxPercent', label: { ru: 'Наибольшая скидка, %', en: 'Largest discount, %' }, empty: 0 }],
  },
  judge: judgeDiscount,
  comparer: { conflict: discountConflict, needsSubject: true, differs: { ru: 'Скидка указана по-разному', en: 'The discount differs' } },
};
