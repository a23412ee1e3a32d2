import { isNegated } from '../text/negation';
import { eachSentence, findMoney, isOrderThreshold, makePromise, type SentenceView } from './common';
import type { ExtractedPromise, Extractor } from './types';

export interface PriceClaim {
  amount: number;
  currency: string;
  /** "от 1 500 ₽", "from £5": the lowest of several prices. */
  from: boolean;
}

/** Sums that are not a price of the service: a discount, a saving, a fine, a bonus, a salary. */
const NOT_A_PRICE = /(скидк\p{L}*|экономи\p{L}*|выгод\p{L}*|сэконом\p{L}*|бонус\p{L}*|кешб\p{L}*|кэшб\p{L}*|штраф\p{L}*|зарплат\p{L}*|доход\p{L}*|off|save|saving|discount|cashback|bonus|fine|salary)\s*(до|в|на|of|up to)?\s*$/iu;

function claimsIn(view: SentenceView): ExtractedPromise[] {
  const { text } = view;
  return findMoney(text).flatMap((money) => {
    const before = text.slice(Math.max(0, money.start - 30), money.start);
    if (isOrderThreshold(text, money.start) || NOT_A_PRICE.test(before) || /^\s*(off|скидк)/i.test(text.slice(money.end))) return [];
    if (isNegated(text, money.start, view.context.language)) return [];
    const fromWord = /(?<!\p{L})(от|from|starting\s+(at|from)|всего\s+от)\s*$/iu.exec(before);
    const start = fromWord ? money.start - fromWord[0].length + (fromWord[0].length - fromWord[0].trimStart().length) : money.start;
    const claim: PriceClaim = { amount: money.amount, currency: money.currency, from: fromWord !== null };
    return [makePromise(view, 'price', { start, end: money.end }, claim)];
  });
}

/** Prices: "всего за 2900 ₽", "от 1 500 руб.", "24 900 ₽", "from £5", "$9.99". */
export const priceExtractor: Extractor = {
  kind: 'price',
  extract: (context) => eachSentence(context).flatMap(claimsIn),
};
