import { isNegated } from '../text/negation';
import type { Block } from '../material/types';
import { blockView, BULLET_MARKS, clauseAround, eachSentence, findMoney, isOrderThreshold, makePromise, sentencePromise, states, topicWords, type FoundMoney, type SentenceView } from './common';
import type { ExtractedPromise, Extractor } from './types';
import { wordsSource } from '../lexicon/compile';
import * as RU from '../lexicon/ru/promises';
import * as EN from '../lexicon/en/promises';

/** Free as promised: always, or from an order sum. */
export type FreeClaim = true | { minOrder: number; currency: string };

/** "No charge for…", and "no extra charge." closing a line: at no cost. */
const NO_FEE_TO = String.raw`no\s+(?:additional\s+|extra\s+)?(?:fee|charge|cost)s?\s+(?:to|for)(?=\s)`;
const NO_EXTRA_FEE_AT_END = String.raw`no\s+(?:additional|extra)\s+(?:fee|charge|cost)s?(?=\s*[.!]?\s*$)`;
/** "Is included" gives the thing free; "is included in the kit" only says where it is. */
const IS_INCLUDED = String.raw`(?:is|are)\s+(?:also\s+)?included(?!\s+(?:in|with|on)\s+(?!the\s+(?:price|rate|cost)|our\s))`;
/** "Fish cleaning included.": a short line that ends in "included". */
const INCLUDED_ALONE = String.raw`included(?<=^\s*\p{L}[\p{L}\s-]{0,40}\sincluded)(?=\s*[.!]?\s*$)`;
/**
 * Free words; "gluten-free", "sugar-free" and "feel free" are not about price. A short line that ends
 * in "included" ("Fish cleaning included.") or "no extra charge" gives that at no cost, as does
 * "lunch is included", "food is included in our boarding" («входят в стоимость»); "is included in
 * the kit" only says where a thing is.
 */
const FREE = new RegExp(String.raw`(?<![\p{L}-])(${wordsSource(RU.FREE, EN.FREE)}|${NO_FEE_TO}|${NO_EXTRA_FEE_AT_END}|${IS_INCLUDED}|${INCLUDED_ALONE})(?![\p{L}])`, 'giu');
/** A price of nothing: "0 ₽", "за 0 рублей", "£0". */
const ZERO_PRICE = /(?<![\d.,\p{L}])(?:(?:за\s+)?0\s*(?:₽|руб\p{L}*\.?|р\.|€|\$|£)|[£$€]\s?0)(?![\d.,])/giu;
const NOT_PRICE_FREE = /(feel|sugar|gluten|hands|stress|worry|hassle|smoke|duty|tax|taxes|vat|gst|toll|risk|fat|lactose|dairy|alcohol|cruelty)[\s-]*$/i;

/** "в подарок" is free too, unless a loyalty rule gives it ("каждый шестой кофе в подарок"); "дарим скидку" gives a discount. */
const GIFT = /(?<!\p{L})(в\s+подарок|(?:дарим|подарим)(?!\s+(?:скидк|бонус|кэшбэк|кешбэк|баллы))|on\s+us)(?!\p{L})/giu;
const LOYALTY_NEARBY = /(кажд\p{L}*|\d+\s*-?\s*(й|я|е)\b|шест\p{L}*|седьм\p{L}*|пят\p{L}*|привед\p{L}*|друг\p{L}*|купи|every|each|\d+(st|nd|rd|th)\b|buy|friend|refer)/iu;

/** "Бесплатная доставка по городу от 1500 р.", "free delivery over £30": a sum after the free word, in its clause, that it starts from. */
function isMinimumAfter(text: string, freeAt: number, moneyAt: number): boolean {
  const clause = clauseAround(text, freeAt, freeAt + 1);
  return moneyAt > freeAt && moneyAt < clause.end && /(?<!\p{L})(от|свыше|from|over|above)\s*$/iu.test(text.slice(freeAt, moneyAt));
}

function claimsIn(view: SentenceView): ExtractedPromise[] {
  const { text } = view;
  const matches = [...text.matchAll(FREE), ...text.matchAll(ZERO_PRICE)].filter(
    (m) => !NOT_PRICE_FREE.test(text.slice(0, m.index)) && !/^free\s+(from|of)\b(?!\s+charge)/i.test(m[0] + text.slice(m.index + m[0].length, m.index + m[0].length + 6)),
  );
  const gifts = [...text.matchAll(GIFT)].filter((m) => !LOYALTY_NEARBY.test(text.slice(Math.max(0, m.index - 40), m.index)));
  return [...matches, ...gifts].flatMap((m) => {
    if (isNegated(text, m.index, view.context.language)) return [];
    const threshold = findMoney(text).find((money) => isOrderThreshold(text, money.start) || isMinimumAfter(text, m.index, money.start)) ?? thresholdBelow(view);
    const claim: FreeClaim = threshold ? { minOrder: threshold.amount, currency: threshold.currency } : true;
    const promise = makePromise(view, 'free', { start: m.index, end: m.index + m[0].length }, claim);
    const subject = freeSubject(view, m.index, m.index + m[0].length);
    return subject ? [{ ...promise, subject: topicWords(subject, view.context) }] : [promise, ...listedBelow(view, claim)];
  });
}

/** The mark that opens an item of a list set as lines: "+ кухней", "• Wi-Fi", "– towels". */
const ITEM_MARK = new RegExp(`^\\s*[+${BULLET_MARKS}–—-]\\s*(?=\\p{L})`, 'u');
const MAX_ITEM_WORDS = 12;

/** A line that is one short item of a list: a list item or a marked line, no heading, no price. */
const isShortItem = (block: Block) => (block.tag === 'li' || ITEM_MARK.test(block.text)) && block.text.split(/\s+/).length <= MAX_ITEM_WORDS && findMoney(block.text).length === 0;

/**
 * "Бесплатно пользоваться в оплаченный период:" over "+ кухней", "+ Wi-Fi", "Free for every
 * guest:" over a list: a free lead-in that names nothing itself gives each item of the list under
 * it at no cost, on the lead-in's terms ("Бесплатная доставка:" names what is free: its list says
 * where or when). The list ends at the first line that is no short item.
 */
function listedBelow(view: SentenceView, claim: FreeClaim): ExtractedPromise[] {
  const { blocks } = view.context.material;
  if (!/:\s*$/.test(view.text) || /\S/.test(view.block.text.slice(view.span.end))) return [];
  const items: ExtractedPromise[] = [];
  for (let j = view.block.index + 1; j < blocks.length && isShortItem(blocks[j]!); j++) {
    const item = blockView(blocks[j]!, view.context, ITEM_MARK.exec(blocks[j]!.text)?.[0].length ?? 0);
    items.push({ ...sentencePromise(item, 'free', claim), subject: topicWords(item.text, view.context) });
  }
  return items;
}

/** An order sum in a sentence that a line break may have cut off ("при заказе" / "от 15 000 руб."). */
function orderThreshold(text: string, next: Block | undefined): FoundMoney | undefined {
  const own = findMoney(text).find((money) => isOrderThreshold(text, money.start));
  if (own || !next || /[.!?:;…]\s*$/.test(text) || !/^\s*[\p{Ll}\d₽$£€]/u.test(next.text)) return own;
  const joined = `${text.trimEnd()} ${next.text.slice(0, 60)}`;
  return findMoney(joined).find((money) => money.start > text.trimEnd().length && isOrderThreshold(joined, money.start));
}

/**
 * The order sum a free claim's sentence leaves to the lines below it: the rest of the sentence on
 * the next line ("…при заказе" / "от 15 000 руб."), or, for a title ("Бесплатная доставка" over
 * a card's text), the free claim of the text it heads.
 */
function thresholdBelow(view: SentenceView): FoundMoney | undefined {
  const blocks = view.context.material.blocks;
  const { index, text } = view.block;
  // Only the block's last sentence goes on below (a window: a block may be one long run of sentences).
  if (/\S/.test(text.slice(view.span.end, view.span.end + 200))) return undefined;
  const own = orderThreshold(view.text, blocks[index + 1]);
  if (own) return own;
  const body = blocks[index + 1];
  if (!body || view.span.start !== 0 || body.heading !== text.trim()) return undefined;
  const freeAt = body.text.search(FREE);
  if (freeAt < 0) return undefined;
  return findMoney(body.text).find((money) => isMinimumAfter(body.text, freeAt, money.start)) ?? orderThreshold(body.text, blocks[index + 2]);
}

/** Words that may stand with a free word that points back: "Это абсолютно бесплатно", "It is completely free". */
const POINTS_BACK = /^(?:это|всё|все|абсолютно|совершенно|полностью|тоже|также|будет|it|it's|this|that|is|will|be|completely|absolutely|totally|entirely|also|[—–-])$/iu;
const CONDITION = /^\s*(?:with|when|if|upon|on\s+orders|при|если|когда|в\s+случае)(?!\p{L})/iu;
const DEMONSTRATIVE = /^(?:это|it|it's|this|that)$/iu;
/** An adjective "бесплатная", "free" before its noun, not an adverb "бесплатно", "free of charge". */
const ATTRIBUTIVE = /^(бесплатн(?!о$)\p{L}*|free|complimentary)$/iu;
/** Where the noun after a free adjective ends: "бесплатная диагностика при ремонте", "free estimate for repairs". */
const NOUN_END = /(?<!\p{L})(?:при|для|на|в|во|с|за|по|до|после|от|к|у|из|под|через|и|for|on|with|to|of|in|at|and|or|when|if|within|under|inside|during|per|as|by|from|until|after|before|throughout|with)(?!\p{L})/iu;
/** Where what is free ends, looking back from a free word: "Купите стрижку, и мойка — бесплатно". */
const SUBJECT_BREAK = /(?<!\p{L})(и|или|а|но|and|or|but|with|при|с)(?!\p{L})/giu;

/**
 * What a free word is about, read narrowly: the noun an adjective stands before ("бесплатная
 * диагностика ПК"), what "no fee to/for" names, the sentence before one that only points back
 * ("…осмотр и диагностику. Это бесплатно."), else the few words before the free word up to a
 * conjunction ("Выезд мастера — бесплатно"). Null when nothing is named.
 */
function freeSubject(view: SentenceView, start: number, end: number): string | null {
  const { text } = view;
  const clause = clauseAround(text, start, end);
  const word = text.slice(start, end);
  const before = text.slice(clause.start, start).trim();
  const after = text.slice(end, clause.end).trim();
  if (/\s(to|for)$/i.test(word)) return after || null;
  // "Free estimate for roof repair": the estimate is free, not the repair.
  const noun = after.split(/\s+/).slice(0, 4).join(' ').split(NOUN_END)[0]!.trim();
  // "Бесплатная диагностика при ремонте", "free with any service": free on a condition, which a price does not deny.
  if (CONDITION.test(ATTRIBUTIVE.test(word) && noun ? after.slice(noun.length) : after)) return null;
  if (ATTRIBUTIVE.test(word) && noun) return noun;
  if (!before) return null;
  const words = before.split(/\s+/);
  if (words.every((w) => POINTS_BACK.test(w)) && words.some((w) => DEMONSTRATIVE.test(w))) return sentenceBefore(view);
  const parts = before.split(SUBJECT_BREAK);
  return parts[parts.length - 1]!.trim() || null;
}

/** The sentence before this one in its block, if any. */
function sentenceBefore(view: SentenceView): string | null {
  // A window, not the block's whole prefix: a block may be one long run of sentences.
  const earlier = view.block.text.slice(Math.max(0, view.span.start - 400), view.span.start).trim();
  const sentences = earlier.split(/(?<=[.!?])\s+/u);
  return sentences[sentences.length - 1] || null;
}

/** Free of charge: "бесплатно", "Бесплатная консультация", "free delivery on orders over £20". */
export const freeExtractor: Extractor = {
  kind: 'free',
  extract: (context) => eachSentence(context).filter(states).flatMap(claimsIn),
};
