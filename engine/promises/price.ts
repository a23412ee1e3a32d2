import type { Material, TableCell } from '../material/types';
import type { Language } from '../profile/types';
import { isNegated } from '../text/negation';
import { words } from '../text/segment';
import {
  AMOUNT,
  amountOf,
  clauseAround,
  CURRENCY_AFTER,
  CURRENCY_BEFORE,
  currencyCode,
  eachSentence,
  findMoney,
  isOrderThreshold,
  isQuestion,
  labelTopics,
  makePromise,
  mentionsAny,
  topicScope,
  topicWords,
  underCardTitle,
  withPlace,
  type FoundMoney,
  type SentenceView,
} from './common';
import { unitAfter, unitIn, unitJointAfter } from './price-unit';
import type { ExtractContext, ExtractedPromise, Extractor } from './types';
import { phrasesSource, wordsSource } from '../lexicon/compile';
import * as RU from '../lexicon/ru/promises';
import * as EN from '../lexicon/en/promises';

export interface PriceClaim {
  amount: number;
  /** '' when neither the text nor its price table names a currency. */
  currency: string;
  /** "от 1 500 ₽", "from £5", "1500–1700": the lowest of several prices. */
  from: boolean;
  /** "+300", "+30 р/км": a charge on top of a price, not the price of a service. */
  surcharge?: true;
  /** "a special only with this coupon", «по акции»: a price for a time, not the list price. */
  promotion?: true;
  /** "450 руб/час", "16 руб/км", "£15 per person": what the sum is charged per (see price-unit.ts). */
  per?: string;
  /** "a $50 retainer to save your date", "залог 5000 ₽": a part paid ahead, of whichever package it follows. */
  deposit?: true;
  /** "less a $20 service fee", "штраф за отмену 500 ₽": a fee charged beside a price, not the price. */
  fee?: true;
}

/** "договорная", "POA": a price agreed case by case; nothing to compare with a sum. */
export interface NegotiablePriceClaim {
  negotiable: true;
}

/** What a price promise's value holds. */
export type PriceValue = PriceClaim | NegotiablePriceClaim;

export const isNegotiable = (value: PriceValue): value is NegotiablePriceClaim => 'negotiable' in value;

/**
 * Words of a price agreed case by case, or charged with no sum said ("Prices may vary with the
 * size of the car", "Hourly rates apply", "a setup fee may apply"), as a price cell or a price sentence says it.
 */
const NEGOTIABLE: Record<Language, string[]> = {
  ru: ['договорн', 'по договоренности', 'по запросу', 'индивидуально', 'оговаривается', 'зависит от', 'будет зависеть', 'по смете'],
  en: [
    'poa',
    'price on application',
    'on request',
    'upon request',
    'by estimate',
    'negotiable',
    'by arrangement',
    'call for price',
    'may apply',
    'will apply',
    'rates apply',
    'fees apply',
    'charges apply',
    'may vary',
    'will vary',
    'prices vary',
    'price varies',
    'depends on',
    'depending on',
    'custom quote',
    'charged accordingly',
    'take effect',
    'takes effect',
  ],
};

/** Sums that are not a price of the service: a discount, a saving, a fine, a bonus, a salary. */
const NOT_A_PRICE = new RegExp(String.raw`${wordsSource(RU.NOT_A_PRICE, EN.NOT_A_PRICE)}\s*${phrasesSource([RU.NOT_A_PRICE_LINKS, EN.NOT_A_PRICE_LINKS], { space: ' ' })}?\s*$`, 'iu');

/** "$35 and up", "от 500 руб. и выше": the sum before is the lowest price. */
const AND_UP = /and\s+up|&\s*up|и\s+выше/iu;
const AND_UP_AFTER = new RegExp(String.raw`^\s*(?:${AND_UP.source})(?!\p{L})`, 'iu');

/**
 * "от 600 до 900 руб.", "1500–2000 ₽": the lower end of a range, written before the priced sum
 * without a currency. A model's number before a spaced dash ("iPhone 12 — 7900 ₽") is a label.
 */
const RANGE_START = new RegExp(String.raw`(?:(?<!\p{L})(?:от|from)\s*)?(?<![£$€\d.,])(${AMOUNT})\s*(?:[-–—]|до|to)\s*$`, 'iu');
const MODEL_BEFORE_DASH = /[A-Za-z][\w-]*\s+\d{1,3}[a-z]{0,3}\s+[-–—]\s*$/;

/**
 * Several prices in one clause ("$145 for 5 entries, $280 for 10", "стрижка 900 ₽ укладка 600 ₽")
 * each have their own words: those after each price when the clause opens with one, else those
 * before it. Null when the clause holds one price (its clause says what it is about).
 */
function ownWords(text: string, all: FoundMoney[], money: FoundMoney): { start: number; end: number } | null {
  const clause = clauseAround(text, money.start, money.end);
  const inClause = all.filter((m) => m.start >= clause.start && m.start < clause.end);
  if (inClause.length < 2) return null;
  const at = inClause.indexOf(money);
  const wordsFollow = !/\p{L}/u.test(text.slice(clause.start, inClause[0]!.start));
  return wordsFollow ? { start: money.start, end: inClause[at + 1]?.start ?? clause.end } : { start: at > 0 ? inClause[at - 1]!.end : clause.start, end: money.end };
}

/** A label and the colon before its price: "Lost data recovered : £39" (the text from the sum before). */
const COLON_LABEL = /^[\s,;*]*([^:]*\p{L}[^:]*?)\s*:\s*$/u;
const MAX_COLON_LABEL_WORDS = 8;

/**
 * "Printer setup : £19 Data recovery : £39": lines of "label : price" run into one when their
 * break is lost. When every sum of a sentence stands right after a short label and its colon, each
 * sum is about its own label; null when any does not.
 */
function colonPair(text: string, all: FoundMoney[], money: FoundMoney): { start: number; end: number } | null {
  if (all.length < 2) return null;
  const ranges = all.map((each, k) => {
    const from = k > 0 ? all[k - 1]!.end : 0;
    const label = COLON_LABEL.exec(text.slice(from, each.start));
    if (!label || label[1]!.trim().split(/\s+/).length > MAX_COLON_LABEL_WORDS) return null;
    return { start: from + label.index + label[0].indexOf(label[1]!), end: each.end };
  });
  return ranges.every(Boolean) ? ranges[all.indexOf(money)]! : null;
}

/**
 * "Дети до 12 лет (с родителями) – 200 ₽", "Seniors (over 65) – £5": a price whose clause is only a
 * dash after a bracketed aside is about the label before the brackets. Where that label starts, or null.
 */
function bracketedLabelStart(text: string, clause: { start: number; end: number }, priceStart: number): number | null {
  if (!/^[\s\-–—]*$/.test(text.slice(clause.start, priceStart))) return null;
  const before = text.slice(0, clause.start).trimEnd();
  if (!before.endsWith(')')) return null;
  const open = before.lastIndexOf('(');
  if (open <= 0) return null;
  const label = clauseAround(text, open, open);
  return /\p{L}/u.test(text.slice(label.start, open)) ? label.start : null;
}

/**
 * Places in a sentence where two page elements meet with no space between a figure and a letter
 * or figure ("iPhone 5s<span>2620 руб.</span>"): a layout sets them apart, the text runs them together.
 */
function elementSeams(view: SentenceView): number[] {
  const { block, span, text } = view;
  const seams: number[] = [];
  for (let k = 1; k < block.segments.length; k++) {
    const [before, after] = [block.segments[k - 1]!, block.segments[k]!];
    if (before.end !== after.start || before.origin.kind !== 'dom' || after.origin.kind !== 'dom' || before.origin.node === after.origin.node) continue;
    const at = after.start - span.start;
    if (at > 0 && at < text.length && /[\p{L}\d]/u.test(text[at - 1]!) && /\d/.test(text[at]!)) seams.push(at);
  }
  return seams;
}

/** Sums of money in a sentence, not run across a seam between two elements. */
function moneyOf(view: SentenceView, seams: number[]): FoundMoney[] {
  if (seams.length === 0) return findMoney(view.text);
  // An invisible separator at each seam keeps the figures apart; offsets are mapped back after.
  const marked = seams.reduceRight((text, at) => `${text.slice(0, at)}\u2063${text.slice(at)}`, view.text);
  const original = (at: number) => at - seams.filter((seam, k) => seam + k < at).length;
  return findMoney(marked).map((money) => ({ ...money, start: original(money.start), end: original(money.end) }));
}

/** A price whose words run across a seam ("iPhone 5s|2620") takes its topic words as the layout shows them. */
function splitAtSeams(promise: ExtractedPromise, view: SentenceView, clause: { start: number; end: number }, allSeams: number[]): ExtractedPromise {
  const seams = allSeams.filter((at) => at > clause.start && at < clause.end);
  if (seams.length === 0 || promise.topicIsOwn) return promise;
  const words = view.text.slice(clause.start, clause.end);
  const spaced = seams.reduceRight((text, at) => `${text.slice(0, at - clause.start)} ${text.slice(at - clause.start)}`, words);
  return { ...promise, topics: topicWords(spaced, view.context) };
}

function claimsIn(view: SentenceView): ExtractedPromise[] {
  const { text } = view;
  const seams = elementSeams(view);
  const all = moneyOf(view, seams);
  return all.flatMap((money) => {
    const before = text.slice(Math.max(0, money.start - 30), money.start);
    if ((isOrderThreshold(text, money.start) && !isMinimumOrder(text, before, view.context.language)) || NOT_A_PRICE.test(before) || /^\s*(off|скидк)/i.test(text.slice(money.end))) return [];
    if (isNegated(text, money.start, view.context.language)) return [];
    const range = MODEL_BEFORE_DASH.test(before) ? null : RANGE_START.exec(before);
    const fromWord = range ? null : /(?<!\p{L})(от|from|starting\s+(at|from)|всего\s+от)\s*$/iu.exec(before);
    const andUp = AND_UP_AFTER.test(text.slice(money.end));
    const opening = range ?? fromWord;
    const start = opening ? money.start - opening[0].length + (opening[0].length - opening[0].trimStart().length) : money.start;
    // "800 руб. сутки": the unit after the sum is part of the price, and of its quote.
    const unit = unitJointAfter(text.slice(money.end));
    const end = money.end + (unit?.length ?? 0);
    const below = unit ? null : unitLineBelow(view, money.end);
    const paired = colonPair(text, all, money);
    const ownRange = paired ?? ownWords(text, all, money);
    const own = ownRange && ownRange.end === money.end ? { ...ownRange, end } : ownRange;
    const clause = own ?? clauseAround(text, money.start, money.end);
    const words = text.slice(clause.start, clause.end);
    // "в других салонах — от 900 ₽", "elsewhere you'd pay £80": someone else's price, not ours.
    if (mentionsAny(words, OTHERS[view.context.language])) return [];
    // "each additional student: $25": the label before a colon says what the sum is for.
    const labelled = own ? words : topicScope(text, clause);
    const claim: PriceClaim = {
      amount: range ? amountOf(range[1]!) : money.amount,
      currency: money.currency,
      from: opening !== null || andUp,
      ...(mentionsAny(labelled, EXTRA_CHARGE[view.context.language]) || addedToAnotherPrice(text, before, end) ? { surcharge: true as const } : {}),
      ...(mentionsAny(text, PROMOTION[view.context.language]) ? { promotion: true as const } : {}),
      ...perOf(unit?.unit ?? below?.unit),
      ...(mentionsAny(labelled, DEPOSIT[view.context.language]) ? { deposit: true as const } : {}),
      ...(mentionsAny(labelled, SIDE_FEE[view.context.language]) ? { fee: true as const } : {}),
    };
    // A price that is an element of its own ("iPhone 5s<span>2620 руб.</span>") is quoted as that element.
    const ownElement = seams.includes(start);
    const promise = own
      ? {
          ...makePromise(view, 'price', trimmed(text, own), claim, { quoteCore: true }),
          topics: topicWords(`${paired ? '' : colonLabel(text, money)} ${text.slice(own.start, own.end)}`, view.context),
          topicIsOwn: true as const,
        }
      : makePromise(view, 'price', { start: bracketedLabelStart(text, clause, start) ?? start, end }, claim, { quoteCore: ownElement });
    const placed = withCardTitle(labelledByHeading(withPlace(splitAtSeams(promise, view, clause, seams), view), view), view);
    return [below ? { ...placed, topics: [...placed.topics, ...topicWords(below.line, view.context)] } : placed];
  });
}

/**
 * "Минимальная стоимость заказа 10 000 ₽", "minimum order $50": an order sum that is itself a
 * price, the least an order costs. An order sum that makes something free ("бесплатная доставка
 * при минимальном заказе от 1500 ₽") is the free promise's.
 */
const MINIMUM_ORDER: Record<Language, { minimum: string[]; free: string[] }> = {
  ru: { minimum: ['минимальная стоимость', 'минимальная сумма', 'минимальный заказ', 'минимальный чек', 'минимальный размер заказа'], free: ['бесплатн', 'в подарок'] },
  en: { minimum: ['minimum order', 'minimum spend', 'minimum purchase', 'minimum charge', 'order minimum'], free: ['free', 'complimentary'] },
};

const isMinimumOrder = (sentence: string, before: string, language: Language) => mentionsAny(before, MINIMUM_ORDER[language].minimum) && !mentionsAny(sentence, MINIMUM_ORDER[language].free);

/**
 * "Registration Fee: $100 one child / $150 family": the label before a colon that opens the clause
 * of several prices names what they are all for.
 */
function colonLabel(text: string, money: FoundMoney): string {
  const clause = clauseAround(text, money.start, money.end);
  return topicScope(text, { start: clause.start, end: clause.start });
}

const MAX_UNIT_LINE_CHARS = 40;

/**
 * "от 190 руб." over "за квадратный метр": a price that ends its block, with the unit it is
 * charged per set as the short line below it. The line's words also say what is priced.
 */
function unitLineBelow(view: SentenceView, moneyEnd: number): { unit: string; line: string } | null {
  const { block, context } = view;
  if (view.span.end !== block.text.length || !/^[\s.]*$/.test(view.text.slice(moneyEnd)) || block.cell) return null;
  const next = context.material.blocks[block.index + 1];
  if (!next || next.cell || next.text.length > MAX_UNIT_LINE_CHARS) return null;
  const unit = unitJointAfter(next.text);
  return unit && /^[\s.]*$/.test(next.text.slice(unit.length).replace(/^\s*\p{L}+/u, '')) ? { unit: unit.unit, line: next.text } : null;
}

/**
 * A price under its card's title: the title tells it from other cards' prices, and when it is the
 * block's one price but for charges on top ("$700, 5th and 6th person are $50 each extra"), the
 * title names what it is the price of.
 */
function withCardTitle(promise: ExtractedPromise, view: SentenceView): ExtractedPromise {
  const { text } = view.block;
  const sole = () =>
    findMoney(text)
      .filter((money) => money.end <= promise.span.start || money.start >= promise.span.end)
      .every((money) => {
        const clause = clauseAround(text, money.start, money.end);
        return mentionsAny(text.slice(clause.start, clause.end), ADD_ON[view.context.language]);
      });
  return underCardTitle(promise, view, (line) => findMoney(line).length > 0, sole);
}

/**
 * A price that stands alone right under a card's title ("Маникюр" above "1 200 ₽") is about that
 * title; the first of a column of prices under one heading ("Stylists") is not.
 */
function labelledByHeading(promise: ExtractedPromise, view: SentenceView): ExtractedPromise {
  const { heading, index } = view.block;
  const { blocks } = view.context.material;
  const isBare = (block: { text: string } | undefined) => block !== undefined && CELL_PRICE.test(block.text.trim());
  const title = heading ?? titleHeadingBefore(view);
  const aloneUnderTitle = title !== undefined && blocks[index - 1]?.text === title && !isBare(blocks[index + 1]);
  if (aloneUnderTitle && isBare(view.block)) return { ...promise, ...labelTopics(title, view.context) };
  return heading !== undefined && isOnlyPriceOfSection(view) ? { ...promise, topics: [...promise.topics, ...topicWords(heading, view.context)] } : promise;
}

/** Words of a price for a time or a coupon, not the list price operations keep ("a special only with this coupon"). */
const PROMOTION: Record<Language, string[]> = {
  ru: ['по акции', 'акция', 'акцию', 'акции', 'спецпредложени', 'по купону', 'купон', 'промокод'],
  en: ['coupon', 'a special', 'specials', 'special offer', 'promo', 'promotion', 'voucher', 'limited time', 'this week only'],
};

const HEADING_TAG = /^h[1-6]$/;

/**
 * A card that sets its price as a heading of its own ("<h2>2 Bedroom</h2> <h2>$169</h2>"): the
 * heading of words right before it is the price's title, though it is no heading of the price's.
 */
function titleHeadingBefore(view: SentenceView): string | undefined {
  const previous = view.context.material.blocks[view.block.index - 1];
  const isHeading = (tag: string | undefined) => tag !== undefined && HEADING_TAG.test(tag);
  if (!previous || !isHeading(view.block.tag) || !isHeading(previous.tag) || findMoney(previous.text).length > 0) return undefined;
  return previous.text;
}

/** Words that put a price in someone else's mouth: a competitor's, the market's. */
const OTHERS: Record<Language, string[]> = {
  ru: ['в других', 'у других', 'у конкурент', 'конкуренты', 'в среднем по', 'на рынке', 'в обычном салоне', 'в обычной клинике', 'в сетевых'],
  en: ['elsewhere', 'other salons', 'other clinics', 'other shops', 'competitor', 'the high street', 'on average', 'most places', 'big chains'],
};

/** Words of a charge on top of a price ("£15 extra for a third guest", "доплата за позднее заселение", "add $10 each over 5"). */
const EXTRA_CHARGE: Record<Language, string[]> = {
  ru: ['доплат', 'сверх', 'за каждого дополнительного', 'за каждую дополнительную', 'за каждого следующего', 'за каждый следующий', 'за каждую следующую'],
  en: ['extra for', 'extra per', 'extra charge', 'surcharge', 'supplement', 'each additional', 'per additional', 'per extra', 'add ', 'add-on', 'each over', 'each beyond'],
};

/** Fees charged beside a price, not the price of the service ("less a $20 service fee", "штраф за отмену"). */
const SIDE_FEE: Record<Language, string[]> = {
  ru: ['сервисный сбор', 'комиссия', 'комиссии', 'штраф', 'неустойк', 'пени'],
  en: ['service fee', 'cancellation fee', 'late fee', 'processing fee', 'handling fee', 'convenience fee', 'penalty'],
};

/**
 * Words of a part of a package's price paid on its own: ahead to book ("a $50 retainer",
 * "предоплата 30 %") or by the month ("в рассрочку: 1 847 руб. в месяц"). Each package asks its own.
 */
const DEPOSIT: Record<Language, string[]> = {
  ru: ['залог', 'депозит', 'предоплат', 'аванс', 'задаток', 'рассрочк'],
  en: ['deposit', 'retainer', 'down payment', 'booking fee', 'instalment', 'installment'],
};

/**
 * Whether a checklist fact's words (label, topics) name the kind of charge a price is: a deposit
 * or a side fee is judged only by a fact about deposits or fees, not by the price of what it books.
 */
export function namesChargeOf(claim: PriceClaim, factWords: string): boolean {
  const names = (list: Record<Language, string[]>) => mentionsAny(factWords, list.ru) || mentionsAny(factWords, list.en);
  return (!claim.deposit || names(DEPOSIT)) && (!claim.fee || names(SIDE_FEE));
}

/** Sums under a card's title that are not the price of what it names: charges on top, deposits, fees to join. */
const ADD_ON: Record<Language, string[]> = {
  ru: [...EXTRA_CHARGE.ru, ...DEPOSIT.ru, 'дополнительн', 'вступительн', 'регистрационн'],
  en: [...EXTRA_CHARGE.en, ...DEPOSIT.en, 'extra', 'additional', 'registration fee', 'joining fee', 'admin fee'],
};

/**
 * "Deluxe Family House … 279CAD / night": a card's one price, however far below its title, is
 * the price of what the title names — unless it is a charge on top of it.
 */
function isOnlyPriceOfSection(view: SentenceView): boolean {
  const heading = view.block.heading ?? '';
  // A question ("How do you join our plan?") heads an answer, not an item with a price.
  if (isQuestion(heading)) return false;
  const sums = sumsUnderHeadings(view.context.material).get(heading) ?? 0;
  return sums === 1 && !mentionsAny(view.text, ADD_ON[view.context.language]);
}

/** How many sums of money stand under each heading of a material, counted once per material. */
const sumsByMaterial = new WeakMap<Material, Map<string, number>>();

function sumsUnderHeadings(material: Material): Map<string, number> {
  let sums = sumsByMaterial.get(material);
  if (!sums) {
    sums = new Map();
    for (const block of material.blocks) {
      if (block.heading === undefined || block.cell) continue;
      sums.set(block.heading, (sums.get(block.heading) ?? 0) + findMoney(block.text).length);
    }
    sumsByMaterial.set(material, sums);
  }
  return sums;
}

/** The `per` field of a claim, absent when no unit is said. */
const perOf = (per: string | undefined) => (per ? { per } : {});

/** A range without the spaces and commas around it. */
function trimmed(text: string, range: { start: number; end: number }): { start: number; end: number } {
  const slice = text.slice(range.start, range.end);
  const lead = slice.length - slice.replace(/^[\s,;.–—-]+/u, '').length;
  const tail = slice.length - slice.replace(/[\s,;.–—-]+$/u, '').length;
  return { start: range.start + lead, end: range.end - tail };
}

/** "Стрижка ........ 900", "Укладка …… от 600 ₽": a label, a leader of dots, a price. */
const DOT_LEADER = /^(.*\p{L}.*?)\s*(?:[.·_]{3,}|…[.…]*)\s*(\S.*)$/u;

/** A line of a price list with a dot leader: about its label; a bare figure counts when the heading names prices. */
function leaderClaim(view: SentenceView): ExtractedPromise[] | null {
  const leader = view.text === view.block.text ? DOT_LEADER.exec(view.text.trim()) : null;
  const found = leader ? CELL_PRICE.exec(leader[2]!.trim()) : null;
  if (!leader || !found) return null;
  const { language } = view.context;
  const sign = found[2] ?? found[4] ?? found[6];
  if (!sign && !namesPrice(view.block.heading, language)) return null;
  const claim: PriceClaim = {
    amount: amountOf(found[3]!),
    currency: sign ? currencyCode(sign) : currencyOfLanguage(language),
    from: isLowestOf(found),
    ...perOf(unitAfter(found[7] ?? '') ?? unitIn(view.block.heading)),
  };
  const promise = makePromise(view, 'price', { start: 0, end: view.text.trimEnd().length }, claim, { quoteCore: true });
  return [withPlace({ ...promise, ...labelTopics(leader[1]!, view.context) }, view)];
}

/** «+ 500 ₽ к базовой мойке», "+$10 to the base fare": a sum added to the price of another thing, which it names. */
const addedToAnotherPrice = (text: string, before: string, end: number) => /\+\s*$/.test(before) && /^\s*(?:к|to)\s/iu.test(text.slice(end));

/** Stems that make a column, a section or a table one of prices (a currency sign does too). */
const PRICE_WORDS: Record<Language, string[]> = {
  ru: ['цен', 'стоимост', 'расценк', 'прайс', 'тариф', 'руб'],
  en: ['price', 'cost', 'rate', 'fee', 'charge', 'tariff'],
};

/** A price word at a word's start, one pattern per language made once: a pattern made per call is compiled again after each garbage collection. */
const PRICE_WORD_IN_TEXT: Record<Language, RegExp> = {
  ru: new RegExp(String.raw`(?<!\p{L})(?:${PRICE_WORDS.ru.join('|')})`, 'u'),
  en: new RegExp(String.raw`(?<!\p{L})(?:${PRICE_WORDS.en.join('|')})`, 'u'),
};

const CURRENCY_IN_TEXT = new RegExp(String.raw`(?<![\p{L}])${CURRENCY_AFTER}|${CURRENCY_BEFORE}`, 'iu');
/** Every currency sign of a text, for `matchAll`. */
const CURRENCIES_IN_TEXT = new RegExp(CURRENCY_IN_TEXT.source, 'giu');

function namesPrice(text: string | undefined, language: Language): boolean {
  if (!text) return false;
  const lower = text.toLowerCase();
  return CURRENCY_IN_TEXT.test(text) || PRICE_WORD_IN_TEXT[language].test(lower);
}

/**
 * A bare figure is a price when its column says so ("Цена, руб."), or — when no column of the
 * table is about prices — its table's title or section does ("Цены на шиномонтаж").
 */
function isPriceColumn(cell: TableCell, language: Language): boolean {
  if (namesPrice(cell.columnHeader, language)) return true;
  // A column headed "в неделю", "per month" and no price word counts lessons or visits per that time.
  if (unitIn(cell.columnHeader)) return false;
  return !namesPrice(cell.headerRow, language) && (namesPrice(cell.title, language) || namesPrice(cell.section, language));
}

/**
 * A cell that is a price and nothing else: "350", "от 600", "1500-1700", "1 500 руб.", "+30р/км",
 * "от 700 руб./м2", "277/318" (two prices of one row, as "from 277"), "$35 and up".
 */
const CELL_PRICE = new RegExp(
  String.raw`^\+?\s*(?:(от|from|up\s+to|до)\s*)?(?:${CURRENCY_BEFORE}\s?)?(${AMOUNT})(?:\s*(?:[-–—/]|до|to)\s*(?:${CURRENCY_BEFORE}\s?)?(${AMOUNT}))?\s*(?:${CURRENCY_AFTER})?\s*((?:\/|за|per)\s*\p{L}+\.?\d?)?(?:\s*(${AND_UP.source}))?$`,
  'iu',
);

/** Whether a price cell gives the lowest of several prices: "от 600", "1500-1700", "$35 and up". */
const isLowestOf = (found: RegExpExecArray) => /^(от|from)$/i.test(found[1] ?? '') || found[5] !== undefined || found[8] !== undefined;

/** The currency a price table names in its headers or title, else the material's own. */
function currencyOfPlace(cell: TableCell, language: Language): string {
  for (const text of [cell.columnHeader, cell.headerRow, cell.title, cell.section]) {
    const sign = text ? CURRENCY_IN_TEXT.exec(text) : null;
    if (sign) return currencyCode(sign[0]);
  }
  return currencyOfLanguage(language);
}

/** A bare figure in a Russian price list is in roubles; elsewhere the currency is left unsaid. */
const currencyOfLanguage = (language: Language) => (language === 'ru' ? 'RUB' : '');

/**
 * The price in a cell of a price table: it is about the row's label, and its column, section and
 * table title tell it apart from the other prices of that row and of other tables.
 */
function cellClaim(view: SentenceView): ExtractedPromise[] | null {
  const cell = view.block.cell;
  const { language } = view.context;
  const found = cell && (cell.rowLabel || (cell.wordlessRow && cell.columnHeader)) && view.text === view.block.text ? CELL_PRICE.exec(view.text.trim()) : null;
  if (!cell || !found) return null;
  const sign = found[2] ?? found[4] ?? found[6];
  const listCurrency = sign || isPriceColumn(cell, language) ? undefined : bareListCurrency(view);
  if (!sign && !isPriceColumn(cell, language) && !listCurrency) return null;
  const claim: PriceClaim = {
    amount: amountOf(found[3]!),
    currency: sign ? currencyCode(sign) : (listCurrency ?? currencyOfPlace(cell, language)),
    from: isLowestOf(found),
    ...(view.text.trimStart().startsWith('+') ? { surcharge: true as const } : {}),
    ...perOf(unitAfter(found[7] ?? '') ?? unitIn(cell.columnHeader)),
  };
  const promise = makePromise(view, 'price', { start: 0, end: view.text.length }, claim, { quoteCore: true });
  return [withPlace({ ...promise, ...cellTopics(cell, view.context) }, view)];
}

/**
 * What a price cell is about: its row's label, titled by the column's header where that names a
 * variant of it ("Single Kayak", "Формат А4", "1-10" copies), so two cells of a row stay two items.
 * A row with no words ("1900 | 1750" under group sizes) is about its column under the table's title.
 */
function cellTopics(cell: TableCell, context: ExtractContext): Pick<ExtractedPromise, 'topics' | 'label' | 'title'> {
  const variant = variantHeader(cell, context.language);
  if (!cell.rowLabel) return { topics: topicWords(`${cell.title ?? ''} ${cell.columnHeader}`, context) };
  const service = anotherServiceHeader(cell, context.language);
  if (service) return labelTopics(service, context);
  const labelled = labelTopics(cell.rowLabel, context);
  // The header names what is priced where the row's label does not ("Mill to Bridge" under "Per Canoe").
  return variant ? { ...labelled, title: { words: topicWords(variant, context), names: true } } : labelled;
}

/**
 * «Работы на высоте, руб./шт.», "Delivery, $": a header that names a service before its
 * currency prices that service for each row (an extra to the row's work), not the row's own work.
 */
function anotherServiceHeader(cell: TableCell, language: Language): string | undefined {
  const [named, ...priced] = cell.columnHeader?.split(',') ?? [];
  const service = named?.trim();
  return service && priced.some((part) => namesPrice(part, language)) && !namesPrice(service, language) && !unitIn(service) ? service : undefined;
}

/** A column header that names a variant of the priced thing, not the price or the unit it is charged per ("Цена, руб.", "в час"). */
function variantHeader(cell: TableCell, language: Language): string | undefined {
  const header = cell.columnHeader;
  return header && !namesPrice(header, language) && !unitIn(header) ? header : undefined;
}

/**
 * Headers of a column of figures that count or measure something else: a quantity, an age, a
 * size, a year, a number, a time, a phone — never a price, however many rows it has.
 */
const NOT_PRICE_HEADER: Record<Language, string[]> = {
  ru: ['кол-во', 'количеств', 'возраст', 'размер', 'год', 'номер', '№', 'время', 'час', 'телефон', 'тел.', 'мест', 'шт', 'этаж', 'дом', 'вес', 'рост', 'срок', 'дней', 'лет'],
  en: ['qty', 'quantity', 'age', 'size', 'year', 'number', 'no.', '#', 'time', 'hour', 'phone', 'tel', 'seat', 'capacity', 'floor', 'weight', 'height', 'lanes', 'days', 'step'],
};

/** A column of at least this many bare figures, one per row label, reads as a price list. */
const MIN_LIST_ROWS = 3;
/** Rows enough for a column of a grid of at least `MIN_LIST_ROWS` such columns. */
const MIN_GRID_ROWS = 2;

/** Bare figures that are years ("2019"), not sums, whatever column they stand in. */
const YEAR = /^(19|20)\d\d$/;

const columnKey = (cell: TableCell) => [cell.title, cell.section, cell.headerRow, cell.columnHeader].join('\u0001');

/** A column of a run of cells: its blocks, how many hold a sum rather than a lone digit, its header. */
interface BareColumn {
  members: number[];
  sums: number;
  header: string;
}

/** A run of table cells (a table, or a part of one a title line splits off) and what its bare columns are. */
interface CellRun {
  first: number;
  last: number;
  isList: boolean;
  columns: BareColumn[];
}

/** How many lines (a heading, a subtitle) may stand between two tables of one price list. */
const MAX_TABLE_GAP = 2;

/**
 * "Cardboard | 90.00", "ИТОГО 1 колесо: | 200": a table that says no price word but lists, row
 * after row, a label and a bare figure is a price list, in the currency the page prices in.
 * A price list cut into small tables, a title over each ("ТОРМОЗА", two rows; "ЦЕПЬ", three), is
 * one list: a table of one such column, too short alone, counts when it stands right by one.
 * The blocks of cells that belong to such columns, counted once per material.
 */
const listCellsByMaterial = new WeakMap<Material, Set<number>>();

function bareListCells(material: Material, language: Language): Set<number> {
  let cells = listCellsByMaterial.get(material);
  if (cells) return cells;
  cells = new Set();
  const runs: CellRun[] = [];
  const columns = new Map<string, BareColumn>();
  let first = -1;
  let last = -1;
  // A table that writes its prices with a sign or under a price header elsewhere counts something else in a bare column.
  let pricedElsewhere = false;
  const flush = () => {
    // "А4 | 20 | 10 | 18" over "А3 | 40 | 20 | 36": a grid of several such columns is a price list though each is short.
    const gridColumns = [...columns.values()].filter(({ members }) => members.length >= MIN_GRID_ROWS);
    const gridSums = gridColumns.reduce((total, { sums }) => total + sums, 0);
    const gridCells = gridColumns.reduce((total, { members }) => total + members.length, 0);
    const isGrid = gridColumns.length >= MIN_LIST_ROWS && gridSums * 2 >= gridCells;
    // A lone digit ("8", "3,5") counts something, unless its column is a price list by its sums, or stands in such a grid.
    const isList = (column: BareColumn) => column.sums >= MIN_LIST_ROWS || (isGrid && gridColumns.includes(column));
    const listColumns = pricedElsewhere ? [] : [...columns.values()].filter(isList);
    listColumns.forEach((column) => column.members.forEach((index) => cells!.add(index)));
    if (first >= 0) runs.push({ first, last, isList: listColumns.length > 0, columns: pricedElsewhere ? [] : [...columns.values()] });
    columns.clear();
    pricedElsewhere = false;
    first = -1;
  };
  for (const block of material.blocks) {
    const cell = block.cell;
    if (!cell) {
      flush();
      continue;
    }
    if (first < 0) first = block.index;
    last = block.index;
    const figure = block.text.trim();
    if (CELL_PRICE.test(figure) && (CURRENCY_IN_TEXT.test(figure) || isPriceColumn(cell, language))) pricedElsewhere = true;
    const header = cell.columnHeader ?? '';
    const lone = LONE_DIGIT.test(figure);
    if (!cell.rowLabel || !(lone || LIST_FIGURE.test(figure)) || YEAR.test(figure) || unitIn(header) || mentionsAny(header, NOT_PRICE_HEADER[language])) continue;
    const key = columnKey(cell);
    const column = columns.get(key) ?? { members: [], sums: 0, header };
    column.members.push(block.index);
    if (!lone) column.sums++;
    columns.set(key, column);
  }
  flush();
  joinSmallTables(runs, cells);
  listCellsByMaterial.set(material, cells);
  return cells;
}

/** Small tables of one bare column beside a price list's table (see `bareListCells`), both ways along the page. */
function joinSmallTables(runs: CellRun[], cells: Set<number>): void {
  const joins = (run: CellRun, next: CellRun | undefined, gap: number) => {
    const only = run.columns.length === 1 ? run.columns[0]! : undefined;
    if (run.isList || !only || only.sums === 0 || !next?.isList || gap > MAX_TABLE_GAP || !next.columns.some((column) => column.header === only.header)) return;
    only.members.forEach((index) => cells.add(index));
    run.isList = true;
  };
  for (let k = 1; k < runs.length; k++) joins(runs[k]!, runs[k - 1], runs[k]!.first - runs[k - 1]!.last - 1);
  for (let k = runs.length - 2; k >= 0; k--) joins(runs[k]!, runs[k + 1], runs[k + 1]!.first - runs[k]!.last - 1);
}

/** "90.00", "6905.00", "200", "1 500": a sum with no sign and no words; a lone digit counts something. */
const BARE_SUM = String.raw`(?:\d{2,3}(?:[\s\u00a0\u202f]\d{3})*|\d{2,6})(?:[.,]\d{2})?`;
/** A bare sum, or two of one row ("277/318"). */
const BARE_FIGURE = new RegExp(String.raw`^${BARE_SUM}(?:\s*\/\s*${BARE_SUM})?$`, 'u');
/** "8", "3,5": a lone digit, a price only in a column of sums. */
const LONE_DIGIT = /^\d(?:[.,]\d{1,2})?$/;
/** A figure of a bare price list's column: a bare sum, or the lowest of a price ("от 350", "from 40"). */
const LIST_FIGURE = new RegExp(String.raw`^(?:(?:от|from)\s*)?${BARE_FIGURE.source.slice(1, -1)}$`, 'iu');

/** The first currency sign written in a material, found once per material ('' when none). */
const signByMaterial = new WeakMap<Material, string>();

function firstSignOf(material: Material): string {
  let code = signByMaterial.get(material);
  if (code === undefined) {
    code = '';
    for (const block of material.blocks) {
      const sign = CURRENCY_IN_TEXT.exec(block.text);
      if (sign) {
        code = currencyCode(sign[0]);
        break;
      }
    }
    signByMaterial.set(material, code);
  }
  return code;
}

/** The currency a page prices in: the first sign written on it, else the profile's prices'. */
function pageCurrency(context: SentenceView['context']): string | undefined {
  const sign = firstSignOf(context.material);
  if (sign) return sign;
  return context.profile?.facts?.map((fact) => (fact.kind === 'price' ? (fact.value as { currency?: string } | undefined)?.currency : undefined)).find(Boolean);
}

/** The columns of a material's bare price lists (see `bareListCells`), by `columnKey`, found once per material. */
const listColumnsByMaterial = new WeakMap<Material, Set<string>>();

/** Whether a cell stands in a column of a bare price list, though it holds no figure itself ("по договоренности"). */
function inBareListColumn(material: Material, cell: TableCell, language: Language): boolean {
  let columns = listColumnsByMaterial.get(material);
  if (!columns) {
    columns = new Set([...bareListCells(material, language)].map((index) => columnKey(material.blocks[index]!.cell!)));
    listColumnsByMaterial.set(material, columns);
  }
  return columns.has(columnKey(cell));
}

/** The currency of a bare figure in a column of a price list, or undefined when it is no such figure or no currency is known. */
function bareListCurrency(view: SentenceView): string | undefined {
  const { context, block } = view;
  if (!bareListCells(context.material, context.language).has(block.index)) return undefined;
  for (const text of [block.cell!.columnHeader, block.cell!.headerRow, block.cell!.title, block.cell!.section, block.heading]) {
    const sign = text ? CURRENCY_IN_TEXT.exec(text) : null;
    if (sign) return currencyCode(sign[0]);
  }
  return pageCurrency(context);
}

/**
 * "Cardboard 90.00" line after line: list items or paragraphs under one heading, each a label and
 * a bare sum. A sum with cents is a price wherever the page's currency is known; a whole number
 * only under a heading that names prices ("Цены, руб."), for house numbers and counts end lines too.
 */
const LINE_PRICE = new RegExp(String.raw`^(.*\p{L}.*?)\s+(${BARE_FIGURE.source.slice(1, -1)})$`, 'u');
/** A line of a price list is short; the pattern is tried on no longer text, as it would backtrack over a long block. */
const MAX_LINE_CHARS = 200;
const linePrice = (text: string) => (text.length <= MAX_LINE_CHARS ? LINE_PRICE.exec(text) : null);
const HAS_CENTS = /[.,]\d{2}$/;

const listLinesByMaterial = new WeakMap<Material, Set<number>>();

function bareListLines(material: Material, language: Language): Set<number> {
  let lines = listLinesByMaterial.get(material);
  if (lines) return lines;
  lines = new Set();
  let run: number[] = [];
  let runOf = '';
  const flush = () => {
    if (run.length >= MIN_LIST_ROWS) run.forEach((index) => lines!.add(index));
    run = [];
  };
  for (const block of material.blocks) {
    const found = block.cell ? null : linePrice(block.text.trim());
    const figure = found?.[2] ?? '';
    const priced = found !== null && !YEAR.test(figure) && !CURRENCY_IN_TEXT.test(found[1]!) && (HAS_CENTS.test(figure) || namesPrice(block.heading, language));
    const sibling = `${block.tag}\u0001${block.heading}`;
    if (!priced || sibling !== runOf) flush();
    if (priced) {
      run.push(block.index);
      runOf = sibling;
    }
  }
  flush();
  listLinesByMaterial.set(material, lines);
  return lines;
}

/** A line of a bare price list: the whole line quoted, about its label. */
function bareLineClaim(view: SentenceView): ExtractedPromise[] | null {
  const { context, block } = view;
  if (view.text !== block.text || !bareListLines(context.material, context.language).has(block.index)) return null;
  const sign = block.heading ? CURRENCY_IN_TEXT.exec(block.heading) : null;
  const currency = sign ? currencyCode(sign[0]) : pageCurrency(context);
  const found = linePrice(view.text.trim());
  if (!currency || !found) return null;
  const claim: PriceClaim = { amount: amountOf(found[2]!), currency, from: false };
  const promise = makePromise(view, 'price', { start: 0, end: view.text.trimEnd().length }, claim, { quoteCore: true });
  return [withPlace({ ...promise, ...labelTopics(found[1]!, context) }, view)];
}

/**
 * Titles of a figure that counts rather than prices ("Довольных клиентов | 3000", "Projects done | 250"):
 * a counter card of a landing page is laid out as a price card is.
 */
const COUNTED: Record<Language, string[]> = {
  ru: ['клиент', 'проект', 'заказ', 'отзыв', 'человек', 'гостей', 'учеников', 'выпускник', 'сотрудник', 'лет', 'года', 'довольн', 'счастлив', 'выполненн', 'реализованн'],
  en: ['clients', 'customers', 'projects', 'orders', 'reviews', 'people', 'guests', 'students', 'graduates', 'members', 'years', 'jobs', 'happy', 'satisfied', 'completed', 'done', 'served'],
};

/** A card's title is a few words; a longer text before a figure is a sentence. */
const MAX_CARD_TITLE_WORDS = 4;
/** A card's price is a sum of three digits or more: a lone digit or two counts something. */
const CARD_FIGURE = /^(?:\d{1,3}(?:[\s\u00a0\u202f]\d{3})+|\d{3,6})$/u;
/** A price card is one of a series: a lone title-and-figure block is too likely a counter or a model. */
const MIN_CARDS = 2;

/** The title and the figure of a block whose last element is a bare figure after a short title ("<strong>Мини-сессия</strong><strong>2500</strong>"). */
function cardParts(block: Material['blocks'][number], language: Language): { title: string; figure: string } | null {
  if (block.cell || block.segments.length < 2) return null;
  const last = block.segments[block.segments.length - 1]!;
  const before = block.segments[block.segments.length - 2]!;
  if (last.origin.kind !== 'dom' || before.origin.kind !== 'dom' || before.origin.node === last.origin.node) return null;
  const figure = block.text.slice(last.start, last.end).trim();
  const title = block.text.slice(0, last.start).trim();
  if (!CARD_FIGURE.test(figure) || YEAR.test(figure) || /\d/.test(title) || !/\p{L}/u.test(title)) return null;
  const count = words(title, language).length;
  return count <= MAX_CARD_TITLE_WORDS && !mentionsAny(title, COUNTED[language]) ? { title, figure } : null;
}

const cardBlocksByMaterial = new WeakMap<Material, Set<number>>();

/** The blocks of a material that are price cards: at least `MIN_CARDS` of one tag, on a page that writes one currency only. */
function priceCards(material: Material, language: Language): Set<number> {
  let cards = cardBlocksByMaterial.get(material);
  if (cards) return cards;
  cards = new Set();
  const signs = new Set(material.blocks.flatMap((block) => [...block.text.matchAll(CURRENCIES_IN_TEXT)].map((sign) => currencyCode(sign[0]))));
  if (signs.size === 1) {
    const byTag = new Map<string, number[]>();
    for (const block of material.blocks) if (cardParts(block, language)) byTag.set(block.tag ?? '', [...(byTag.get(block.tag ?? '') ?? []), block.index]);
    for (const indexes of byTag.values()) if (indexes.length >= MIN_CARDS) indexes.forEach((index) => cards!.add(index));
  }
  cardBlocksByMaterial.set(material, cards);
  return cards;
}

/**
 * "<strong>Мини-сессия</strong><strong>2500</strong>": a bare figure set as an element of its own
 * right after a card's short title, on a page that prices in one currency, is the title's price
 * in that currency. Counters ("Клиентов | 3000"), years and lone cards stay unread.
 */
function cardFigureClaim(view: SentenceView): ExtractedPromise[] | null {
  const { context, block } = view;
  if (view.text !== block.text || !priceCards(context.material, context.language).has(block.index)) return null;
  const parts = cardParts(block, context.language);
  const currency = firstSignOf(context.material);
  if (!parts || !currency) return null;
  const claim: PriceClaim = { amount: amountOf(parts.figure), currency, from: false };
  const promise = makePromise(view, 'price', { start: 0, end: view.text.trimEnd().length }, claim, { quoteCore: true });
  return [withPlace({ ...promise, ...labelTopics(parts.title, context) }, view)];
}

/**
 * A negotiable price: a price cell or dot-leader line that says so ("Покраска диска …… договорная"),
 * or a sentence that says the price is ("Стоимость — по договорённости").
 */
function negotiableClaim(view: SentenceView): ExtractedPromise[] {
  const { language } = view.context;
  if (!mentionsAny(view.text, NEGOTIABLE[language])) return [];
  const cell = view.block.cell;
  const leader = DOT_LEADER.exec(view.text.trim());
  const priceCell = cell?.rowLabel && isShortCell(view.text) && (isPriceColumn(cell, language) || inBareListColumn(view.context.material, cell, language));
  const label = priceCell ? cell!.rowLabel! : leader && isShortCell(leader[2]!) ? leader[1]! : null;
  const value: NegotiablePriceClaim = { negotiable: true };
  if (label) {
    const promise = makePromise(view, 'price', { start: 0, end: view.text.trimEnd().length }, value, { quoteCore: true });
    return [withPlace({ ...promise, ...labelTopics(label, view.context) }, view)];
  }
  if (!namesPrice(view.text, language) || isQuestion(view.text)) return [];
  return [withPlace(makePromise(view, 'price', { start: 0, end: view.text.trimEnd().length }, value), view)];
}

/** A cell holds a word or three, not a sentence that mentions a price. */
const isShortCell = (text: string) => text.trim().split(/\s+/).length <= 3;

/** Prices: "всего за 2900 ₽", "от 1 500 руб.", "24 900 ₽", "from £5", "$9.99", the cells of price tables and dot-leader lines. */
export const priceExtractor: Extractor = {
  kind: 'price',
  extract: (context) =>
    eachSentence(context).flatMap((view) => {
      const priced = cellClaim(view) ?? leaderClaim(view) ?? bareLineClaim(view) ?? cardFigureClaim(view) ?? claimsIn(view);
      return priced.length > 0 ? priced.map(freeAtZero) : negotiableClaim(view);
    }),
};

/**
 * «Доставка по городу | 0 ₽», "Delivery: $0": a price of nothing is a free promise about what it
 * prices, and is held against what the checklist says is free or paid.
 */
function freeAtZero(promise: ExtractedPromise): ExtractedPromise {
  const claim = promise.value as PriceClaim | null;
  if (claim?.amount !== 0 || claim.from || claim.surcharge) return promise;
  return { ...promise, kind: 'free', value: true, subject: promise.topics };
}
