import type { Language } from '../profile/types';
import { hasNegator, isNegated } from '../text/negation';
import { clauseAround, eachSentence, findMoney, isQuestion, makePromise, mentionsAny, sentencePromise, topicScope, topicWords, underCardTitle, type FoundMoney, type SentenceView } from './common';
import type { ExtractedPromise, Extractor } from './types';

export interface DiscountClaim {
  percent: number;
  /** "до 50 %", "up to 50% off": the largest of several discounts. */
  upTo: boolean;
}

/** "The more you buy, the more you save", "a reduced registration fee": a discount with no figure to compare. */
export interface UnstatedDiscountClaim {
  unstated: true;
}

/** "Скидка 500 рублей", "$20 off": a sum off, which no percent of the profile measures. */
export interface MoneyDiscountClaim {
  amount: number;
  currency: string;
}

export type DiscountValue = DiscountClaim | UnstatedDiscountClaim | MoneyDiscountClaim;

/** Only a percent can be held against the profile's largest discount, or against another percent. */
export const isPercent = (value: DiscountValue): value is DiscountClaim => 'percent' in value;

/** Words of a discount given without a figure: a price that falls with the quantity, a fee cut for some. */
const UNSTATED_CUES: Record<Language, string[]> = {
  ru: [
    'тем дешевле',
    'тем выгоднее',
    'предоставляется скидка',
    'предоставляются скидки',
    'действует скидка',
    'действуют скидки',
    // Who gets it and when: "Скидки для пенсионеров", "скидка при повторном обращении", "бонусы постоянным клиентам".
    'скидка для',
    'скидки для',
    'скидка при',
    'скидки при',
    'скидку при',
    'пользуются скидками',
    'индивидуальная скидка',
    'индивидуальные скидки',
    'система скидок',
    'скидки постоянным',
    'скидка постоянным',
    'бонусы постоянным',
    'бонусы для постоянных',
  ],
  en: [
    'the more you save',
    'the cheaper it',
    'the cheaper they',
    'bulk pricing',
    'bulk discount',
    'price breaks',
    'reduced rate',
    'reduced price',
    'reduced fee',
    'reduced yearly',
    'reduced annual',
    'reduced monthly',
    'discounted rate',
    'discounted price',
    'discount available',
    'discounts available',
    'discount is available',
    'discounts are available',
    'discount offered',
    'discounts offered',
    'discounts for',
    'discount for',
    'senior discount',
    'military discount',
    'student discount',
    'loyalty discount',
  ],
};

/** A sentence that gives a discount in words, quoted whole; "no bulk pricing will apply" gives none. */
function unstatedDiscount(view: SentenceView): ExtractedPromise[] {
  const { language } = view.context;
  if (isQuestion(view.text) || !mentionsAny(view.text, UNSTATED_CUES[language]) || hasNegator(view.text, language)) return [];
  return [sentencePromise(view, 'discount', { unstated: true } satisfies UnstatedDiscountClaim)];
}

const PERCENT = /(?<![\d\p{L}])(до\s+|up\s+to\s+)?[-−–]?\s*(\d{1,3}(?:[.,]\d+)?)\s*(?:%|процент(?:ов|а)?(?!\p{L})|per\s*cent(?!\p{L}))/giu;
const DISCOUNT_CUE = /(скидк\p{L}*|минус|дешевле|выгод\p{L}*|экономи\p{L}*|распродаж\p{L}*|акци\p{L}*|sale|off|discount\p{L}*|save|saving\p{L}*|cheaper|[-−]\s*\d{1,3}\s*%)/iu;

/** Half the price said in words: "за полцены", "half price", "half off". */
const HALF = /(?<!\p{L})((за|в)\s+пол\s*цены|полцены|вполцены|half[-\s]price|half\s+off)(?!\p{L})/giu;

function halfPrice(view: SentenceView): ExtractedPromise[] {
  return [...view.text.matchAll(HALF)].flatMap((m) => {
    if (isNegated(view.text, m.index, view.context.language)) return [];
    return [makePromise(view, 'discount', { start: m.index, end: m.index + m[0].length }, { percent: 50, upTo: false } satisfies DiscountClaim)];
  });
}

/** Words before a percent that start its clause, as they start the discount before it. */
const leadWords = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

const MAX_CONTINUATION_WORDS = 3;

/**
 * "На второй предмет скидка 15 %, на третий – 25 %", "от 100 страниц скидка 5%, от 200 страниц – 10%":
 * a clause that only names the next case of the discount before it, in the same opening words or
 * in words that clause said, gives the next percent of that discount.
 */
function continuesDiscount(text: string, clause: { start: number }, percentAt: number, previous: { start: number } | null): boolean {
  if (!previous) return false;
  const lead = leadWords(text.slice(clause.start, percentAt));
  const said = leadWords(text.slice(previous.start, clause.start));
  return lead.length === 0 || (lead.length <= MAX_CONTINUATION_WORDS && (lead[0] === said[0] || lead.every((word) => said.includes(word))));
}

function percentClaims(view: SentenceView): ExtractedPromise[] {
  const { text } = view;
  const found: ExtractedPromise[] = [];
  let previous: { start: number } | null = null;
  for (const m of text.matchAll(PERCENT)) {
    const clause = clauseAround(text, m.index, m.index + m[0].length);
    const percent = Number(m[2]!.replace(',', '.'));
    const cued = DISCOUNT_CUE.test(topicScope(text, clause)) || continuesDiscount(text, clause, m.index, previous);
    if (percent <= 0 || percent > 100 || !cued || isNegated(text, m.index, view.context.language)) continue;
    previous = clause;
    const claim: DiscountClaim = { percent, upTo: m[1] !== undefined };
    found.push(makePromise(view, 'discount', { start: m.index, end: m.index + m[0].length }, claim));
  }
  return found;
}

/** The word that makes a sum a discount, right before it ("скидка 500 ₽", "save $20") or right after ("$20 off"). */
const MONEY_CUES: Record<Language, { before: string[]; after: string[]; linking: string[] }> = {
  ru: { before: ['скидк'], after: ['скидк'], linking: ['в', 'на', 'до'] },
  en: { before: ['discount', 'save', 'saving'], after: ['off', 'discount'], linking: ['of', 'up', 'to', 'an', 'extra'] },
};

function isMoneyDiscount(text: string, money: FoundMoney, language: Language): boolean {
  const cues = MONEY_CUES[language];
  const before = leadWords(text.slice(Math.max(0, money.start - 40), money.start)).filter((w) => !cues.linking.includes(w));
  const after = leadWords(text.slice(money.end, money.end + 20))[0] ?? '';
  const last = before[before.length - 1] ?? '';
  return cues.before.some((cue) => last.startsWith(cue)) || cues.after.some((cue) => after.startsWith(cue));
}

function moneyClaims(view: SentenceView): ExtractedPromise[] {
  const { text, context } = view;
  return findMoney(text).flatMap((money) => {
    if (!isMoneyDiscount(text, money, context.language) || isNegated(text, money.start, context.language)) return [];
    const claim: MoneyDiscountClaim = { amount: money.amount, currency: money.currency };
    return [makePromise(view, 'discount', { start: money.start, end: money.end }, claim)];
  });
}

const claimsIn = (view: SentenceView): ExtractedPromise[] => [...halfPrice(view), ...percentClaims(view), ...moneyClaims(view)];

const MAX_LABEL_CHARS = 120;

/** A block that is a percent and nothing else: "40%", "до −30 %". */
const BARE_PERCENT = /^\s*(до\s+|up\s+to\s+)?[-−–]?\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*$/iu;

/**
 * A card that sets its figure apart from its label ("Скидка на упаковку" <br> "40%", or "20%" over
 * "скидка на всё"): the percent is the discount its label names, about the label's words.
 */
function labelledPercent(view: SentenceView): ExtractedPromise[] {
  const bare = view.text === view.block.text ? BARE_PERCENT.exec(view.text) : null;
  const { blocks } = view.context.material;
  // The label stands over the figure, or under it ("20%" over "скидка на все услуги").
  const label = [blocks[view.block.index - 1]?.text ?? '', blocks[view.block.index + 1]?.text ?? ''].find((text) => DISCOUNT_CUE.test(text) && text.length <= MAX_LABEL_CHARS);
  if (!bare || !label) return [];
  const percent = Number(bare[2]!.replace(',', '.'));
  if (percent <= 0 || percent > 100) return [];
  const promise = makePromise(view, 'discount', { start: 0, end: view.text.trimEnd().length }, { percent, upTo: bare[1] !== undefined } satisfies DiscountClaim);
  return [{ ...promise, topics: topicWords(label, view.context) }];
}

/** A line above that gives a discount or a price of its own is another card's title. */
const isAnotherOffer = (text: string) => /\d\s*%/.test(text) || findMoney(text).length > 0;

/**
 * Discounts: "скидка 20 %", "−30 %", "до 50 % на всё", "за полцены", "20% off", "up to 50% off",
 * "half price", a sum off ("скидка 500 ₽", "$20 off"), a card's "Скидка на …" above "40%", and in words with no figure ("bulk pricing").
 */
export const discountExtractor: Extractor = {
  kind: 'discount',
  extract: (context) =>
    eachSentence(context).flatMap((view) => {
      const own = claimsIn(view);
      // "Скидка пенсионерам" over "…поэтому дарим скидку 15%": the card's title tells whose discount it is.
      if (own.length > 0) return own.map((promise) => underCardTitle(promise, view, isAnotherOffer, () => own.length === 1));
      const labelled = labelledPercent(view);
      return labelled.length > 0 ? labelled : unstatedDiscount(view);
    }),
};
