import { isNegated } from '../text/negation';
import { clauseAround, eachSentence, findMoney, isOrderThreshold, makePromise, type SentenceView } from './common';
import type { ExtractedPromise, Extractor } from './types';

/** Free as promised: always, or from an order sum. */
export type FreeClaim = true | { minOrder: number; currency: string };

/** Free words; "gluten-free", "sugar-free" and "feel free" are not about price. */
const FREE = /(?<![\p{L}-])(бесплатн\p{L}*|безвозмездн\p{L}*|даром|за\s+наш\s+сч[её]т|без\s+(?:доплат\p{L}*|оплаты)|включ\p{L}*\s+в\s+(?:стоимость|цену)|free(?!-)(\s+of\s+charge)?|for\s+free|complimentary|at\s+no\s+(extra\s+|additional\s+)?(cost|charge)|no[-\s]charge|included\s+in\s+the\s+(?:price|rate|cost)|on\s+the\s+house|gratis)(?![\p{L}])/giu;
/** A price of nothing: "0 ₽", "за 0 рублей", "£0". */
const ZERO_PRICE = /(?<![\d.,\p{L}])(?:(?:за\s+)?0\s*(?:₽|руб\p{L}*\.?|р\.|€|\$|£)|[£$€]\s?0)(?![\d.,])/giu;
const NOT_PRICE_FREE = /(feel|sugar|gluten|hands|stress|worry|hassle|smoke|duty|tax|toll|risk|fat|lactose|dairy|alcohol|cruelty)[\s-]*$/i;

/** "в подарок" is free too, unless a loyalty rule gives it ("каждый шестой кофе в подарок"). */
const GIFT = /(?<!\p{L})(в\s+подарок|дарим|подарим|on\s+us)(?!\p{L})/giu;
const LOYALTY_NEARBY = /(кажд\p{L}*|\d+\s*-?\s*(й|я|е)\b|шест\p{L}*|седьм\p{L}*|пят\p{L}*|привед\p{L}*|друг\p{L}*|купи|every|each|\d+(st|nd|rd|th)\b|buy|friend|refer)/iu;

/** "Бесплатная доставка по городу от 1500 р.", "free delivery over £30": a sum after the free word, in its clause, that it starts from. */
function isMinimumAfter(text: string, freeAt: number, moneyAt: number): boolean {
  const clause = clauseAround(text, freeAt, freeAt + 1);
  return moneyAt > freeAt && moneyAt < clause.end && /(?<!\p{L})(от|свыше|from|over|above)\s*$/iu.test(text.slice(freeAt, moneyAt));
}

function claimsIn(view: SentenceView): ExtractedPromise[] {
  const { text } = view;
  const matches = [...text.matchAll(FREE), ...text.matchAll(ZERO_PRICE)].filter((m) => !NOT_PRICE_FREE.test(text.slice(0, m.index)) && !/^free\s+(from|of)\b(?!\s+charge)/i.test(m[0] + text.slice(m.index + m[0].length, m.index + m[0].length + 6)));
  const gifts = [...text.matchAll(GIFT)].filter((m) => !LOYALTY_NEARBY.test(text.slice(Math.max(0, m.index - 40), m.index)));
  return [...matches, ...gifts].flatMap((m) => {
    if (isNegated(text, m.index, view.context.language)) return [];
    const threshold = findMoney(text).find((money) => isOrderThreshold(text, money.start) || isMinimumAfter(text, m.index, money.start));
    const claim: FreeClaim = threshold ? { minOrder: threshold.amount, currency: threshold.currency } : true;
    return [makePromise(view, 'free', { start: m.index, end: m.index + m[0].length }, claim)];
  });
}

/** Free of charge: "бесплатно", "Бесплатная консультация", "free delivery on orders over £20". */
export const freeExtractor: Extractor = {
  kind: 'free',
  extract: (context) => eachSentence(context).flatMap(claimsIn),
};
