import { formatMoney } from '../profile/normalise';
import { sameCurrency } from '../promises/common';
import { isNegotiable, namesChargeOf, priceExtractor, type PriceValue as PriceClaim } from '../promises/price';
import { comparableUnits, unitName } from '../promises/price-unit';
import { checkAmount, checkCurrency, isObject } from './schema';
import type { Language } from '../profile/types';
import { broken, KEPT, type Judge, type KindModule, type Wording } from './types';

export interface PriceValue {
  amount: number;
  currency: string;
  per?: string;
}

const T = {
  ru: { lowest: (sum: string) => `самая низкая цена — ${sum}`, from: 'от' },
  en: { lowest: (sum: string) => `the lowest price is ${sum}`, from: 'from' },
};

const judgePrice: Judge<PriceClaim> = (value, fact, language) => {
  if (isNegotiable(value)) return null;
  const claim = value;
  if (fact.kind !== 'price' || !sameCurrency(fact.value.currency, claim.currency) || claim.surcharge || claim.promotion) return null;
  // "$100 security deposit required" books a cabin and "less a $20 service fee" is kept back: neither is the price.
  if (!namesChargeOf(claim, [fact.label, ...(fact.topics ?? [])].join(' '))) return null;
  // "16 руб/км" says nothing about the price of an hour.
  if (!comparableUnits(claim.per, fact)) return null;
  if (claim.amount >= fact.value.amount) return KEPT;
  const sum = formatMoney(fact.value.amount, fact.value.currency, language);
  return broken(T[language].lowest(sum), claim.from ? `${T[language].from} ${sum}` : sum);
};

function priceConflict(first: PriceClaim, second: PriceClaim): boolean {
  // "договорная" in one place and a sum in another is not two sums for one thing.
  if (isNegotiable(first) || isNegotiable(second)) return false;
  const [a, b] = [first, second];
  if (!sameCurrency(a.currency, b.currency) || a.amount === b.amount) return false;
  // A price per hour and one per kilometre (or a bare one) are prices of different things.
  if (unitName(a.per) !== unitName(b.per)) return false;
  if (a.from && !b.from) return b.amount < a.amount;
  if (b.from && !a.from) return a.amount < b.amount;
  return true;
}

/** What a price is charged per, as a price list writes it after the sum. */
const PER: Record<string, Wording> = {
  hour: { ru: 'час', en: 'hour' },
  day: { ru: 'сутки', en: 'day' },
  week: { ru: 'неделю', en: 'week' },
  month: { ru: 'месяц', en: 'month' },
  year: { ru: 'год', en: 'year' },
  km: { ru: 'км', en: 'km' },
  area: { ru: 'м²', en: 'm²' },
  person: { ru: 'человека', en: 'person' },
};

const PRICE_WORDS = {
  ru: { negotiable: 'договорная', from: 'от', per: (unit: string) => ` за ${unit}`, deposit: 'залог', fee: 'сбор', promotion: 'по акции' },
  en: { negotiable: 'on request', from: 'from', per: (unit: string) => ` per ${unit}`, deposit: 'deposit', fee: 'fee', promotion: 'special offer' },
};

/** "от 1 900 ₽", "450 ₽ за час", "+300 ₽", "залог 5 000 ₽", "from £5 per person", "on request". */
function describeClaim(claim: PriceClaim, language: Language): string {
  const words = PRICE_WORDS[language];
  if (isNegotiable(claim)) return words.negotiable;
  const unit = claim.per === undefined ? undefined : unitName(claim.per);
  const per = unit === undefined ? '' : words.per(PER[unit]?.[language] ?? unit);
  const sum = `${claim.surcharge ? '+' : ''}${formatMoney(claim.amount, claim.currency, language)}${per}`;
  const lead = [claim.deposit && words.deposit, claim.fee && words.fee, claim.from && words.from].filter(Boolean).join(' ');
  const text = lead ? `${lead} ${sum}` : sum;
  return claim.promotion ? `${text} (${words.promotion})` : text;
}

/** A price the checklist can hold: a sum in a currency, the list price of a service rather than a charge beside it. */
function draftPrice(claim: PriceClaim): { value: PriceValue } | null {
  if (isNegotiable(claim) || claim.currency === '' || claim.surcharge || claim.deposit || claim.fee) return null;
  const unit = claim.per === undefined ? undefined : unitName(claim.per);
  return { value: { amount: claim.amount, currency: claim.currency, ...(unit === undefined ? {} : { per: unit }) } };
}

export const priceKind: KindModule<'price', PriceClaim, { value: PriceValue }> = {
  kind: 'price',
  name: { ru: 'Цены', en: 'Prices' },
  item: { ru: 'Цена', en: 'Price' },
  describe: describeClaim,
  draft: draftPrice,
  extractor: priceExtractor,
  fact: {
    create: (base) => ({ ...base, kind: 'price', value: { amount: 0, currency: 'RUB' } }),
    validate(fact, path, problems) {
      if (!isObject(fact.value)) return problems.add(`${path}.value`, 'expected { "amount", "currency" }');
      checkAmount(fact.value, 'amount', `${path}.value`, problems);
      checkCurrency(fact.value, `${path}.value`, problems);
    },
    editor: [{ type: 'money', amount: 'value.amount', currency: 'value.currency' }],
  },
  judge: judgePrice,
  comparer: { conflict: priceConflict, needsSubject: true, differs: { ru: 'Цена указана по-разному', en: 'The price differs' } },
};
