import type { Material } from '../material/types';
import type { Language } from '../profile/types';
import { sameCurrency } from '../promises/common';
import { isPercent, type DiscountValue } from '../promises/discount';
import type { DurationClaim } from '../promises/duration';
import type { GuaranteeClaim } from '../promises/guarantee';
import type { HoursClaim } from '../promises/hours';
import type { LoyaltyClaim } from '../promises/loyalty';
import { isNegotiable, type PriceValue } from '../promises/price';
import { unitName } from '../promises/price-unit';
import { readTimeAmount } from '../promises/time-amount';
import { toMinutes } from '../profile/normalise';
import type { ExtractedPromise } from '../promises/types';
import type { PromiseKind } from '../report/types';
import { UNIT_SHARE } from '../lexicon/form-variants';
import { bandSeriesFindings } from './band-series';
import { routerOf, sentenceOf } from './fact-router';
import { formVariantFindings } from './form-variants';
import { packageCardFindings } from './package-cards';
import { policyFigureFindings } from './policy-figures';
import { rateRowFindings } from './rate-rows';
import { tableTotalFindings } from './table-totals';
import { tenureFindings } from './tenure';
import { ownNameStems, subjectOf } from './subject';
import { defineCheck, type CheckContext, type DraftFinding } from './types';

const cellOf = (p: Placed) => p.material.blocks[p.promise.span.block]?.cell;

/**
 * Different items, however alike their labels read: the rows of one material's tables; rows of
 * two materials' tables in another column or section; and promises under different headings
 * (two cards of a tariff grid); and deposits that follow different prices (each package's own retainer).
 */
function differentItems(a: Placed, b: Placed): boolean {
  if (a.packageOf && b.packageOf && a.packageOf !== b.packageOf) return true;
  if (a.unitShare && b.unitShare && !nearlyEqual(a.promise.value as PriceValue, b.promise.value as PriceValue)) return true;
  // "1 to 4 people $500", "5 people $1170": a price for another party size is another offer; so is
  // one under another title line ("Full day (7 hrs)" above one price, "Half day" above the other).
  // So is one for another length ("30 минут - 1500 ₽", "1 час - 2500 ₽").
  if (a.promise.kind === 'price' && (a.party !== b.party || a.length !== b.length || (a.title !== '' && b.title !== '' && a.title !== b.title))) return true;
  const [cellA, cellB] = [cellOf(a), cellOf(b)];
  if (cellA && cellB && (a.material === b.material || cellA.columnHeader !== cellB.columnHeader || cellA.section !== cellB.section)) return true;
  // Headings tell priced items apart (tariff cards); hours under "Контакты" and "О нас" are one business's.
  if (a.promise.kind !== 'price' || a.promise.place === undefined || b.promise.place === undefined) return false;
  return a.promise.place.join(' ') !== b.promise.place.join(' ');
}

/**
 * Two shares of one package sum that differ by a tenth or more are shares of two packages sold at
 * one sum (8 group lessons and 4 private ones); a share a few roubles off is one figure miswritten.
 */
function nearlyEqual(a: PriceValue, b: PriceValue): boolean {
  if (isNegotiable(a) || isNegotiable(b)) return false;
  return Math.abs(a.amount - b.amount) < 0.1 * Math.max(a.amount, b.amount);
}

/** Words that count a party a price is for ("4 people", «на 6 человек»). */
const PARTY_WORDS = ['people', 'persons', 'person', 'guests', 'guest', 'adults', 'adult', 'passengers', 'anglers', 'children', 'kids', 'человек', 'чел', 'гостей', 'гостя', 'персон', 'персоны', 'взрослых', 'детей'];
const PARTY = new RegExp(String.raw`(?<![\p{L}\d])(\d+(?:\s*(?:to|-|–|—|до)\s*\d+)?)\s*(?:${PARTY_WORDS.join('|')})(?![\p{L}])`, 'giu');

/**
 * The party size a price is for: the last one its sentence names before the price ends ("1 to 4
 * people $1260, 5 people $1350" — the second price is for 5), or '' when it names none.
 */
function partyOf(promise: ExtractedPromise, material: Material): string {
  const priceEnd = promise.span.end - promise.sentence.start;
  const before = [...sentenceOf(material, promise).matchAll(PARTY)].filter((match) => match.index < priceEnd);
  return before[before.length - 1]?.[1]?.replace(/\s+/g, '') ?? '';
}

/**
 * The length of time a price is for: the last one its sentence names before the price ends ("30
 * минут - 1500 ₽, 1 час - 2500 ₽" — the second is for an hour), in minutes, or '' when it names none.
 */
function lengthOf(promise: ExtractedPromise, material: Material): string {
  const sentence = sentenceOf(material, promise);
  const priceEnd = promise.span.end - promise.sentence.start;
  let last = '';
  for (const figure of sentence.slice(0, priceEnd).matchAll(/(?<![\p{L}\d.,])\d+(?:[.,]\d+)?/gu)) {
    const amount = readTimeAmount(sentence.slice(figure.index, priceEnd));
    if (amount) last = String(toMinutes(amount.amount, amount.unit));
  }
  return last;
}

type Comparer = (a: never, b: never) => boolean;

const overlap = <T>(a: T[] | null, b: T[] | null) => (a === null || b === null ? a === b : a.some((day) => b.includes(day)));

/**
 * Two statements of opening hours conflict on a day both name (or when neither names days); "open
 * round the clock" with no days names every day ("Работаем круглосуточно" and "ежедневно 10–20").
 */
function hoursConflict(a: HoursClaim, b: HoursClaim): boolean {
  const daysOf = (claim: HoursClaim, other: HoursClaim) => claim.days ?? (claim.allDay && other.days !== null ? other.days : null);
  if (a.break || b.break || a.dated || b.dated || !overlap(daysOf(a, b), daysOf(b, a))) return false;
  if (a.closed || b.closed) return a.closed !== b.closed && (a.from !== null || a.allDay || b.from !== null || b.allDay);
  if (a.allDay || b.allDay) return a.allDay !== b.allDay;
  return a.from !== null && b.from !== null && a.to !== null && b.to !== null && (a.from !== b.from || a.to !== b.to);
}

function priceConflict(first: PriceValue, second: PriceValue): boolean {
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

function durationConflict(a: DurationClaim, b: DurationClaim): boolean {
  // Stated terms (a validity, a course's hours) are lengths of different things.
  if (a.stated || b.stated) return false;
  if (a.upTo && b.upTo) return a.minutes !== b.minutes;
  if (a.upTo || b.upTo) return false;
  return a.minutes !== b.minutes;
}

function discountConflict(first: DiscountValue, second: DiscountValue): boolean {
  // "Bulk pricing", "500 ₽ off" and "20 % off" are not two percents of one discount.
  if (!isPercent(first) || !isPercent(second)) return false;
  const [a, b] = [first, second];
  if (a.percent === b.percent) return false;
  if (a.upTo !== b.upTo) return a.upTo ? b.percent > a.percent : a.percent > b.percent;
  return true;
}

const MONTHS = { minute: 1 / 43200, hour: 1 / 720, day: 1 / 30, week: 7 / 30, month: 1, year: 12 } as Record<string, number>;
const guaranteeMonths = (claim: GuaranteeClaim) => (claim.lifetime ? Infinity : claim.amount * (MONTHS[claim.unit] ?? 1));

function guaranteeConflict(a: GuaranteeClaim, b: GuaranteeClaim): boolean {
  return guaranteeMonths(a) !== guaranteeMonths(b);
}

function loyaltyConflict(a: LoyaltyClaim, b: LoyaltyClaim): boolean {
  return a.buy !== b.buy || a.free !== b.free;
}

/**
 * The kinds whose values can disagree; whether a promise of the kind needs a subject to be compared;
 * and whether two statements of one checklist fact are compared with each other too. A page that
 * gives a 2-year and a 1-year guarantee breaks no checklist fact (the shorter one promises less)
 * yet tells the customer two things; hours, prices and discounts routed to one fact are too often
 * a branch's, an item's or a tariff's own.
 */
const COMPARERS: Partial<Record<PromiseKind, { conflict: Comparer; needsSubject: boolean; comparedUnderFact?: true }>> = {
  hours: { conflict: hoursConflict as Comparer, needsSubject: false },
  price: { conflict: priceConflict as Comparer, needsSubject: true },
  duration: { conflict: durationConflict as Comparer, needsSubject: true },
  discount: { conflict: discountConflict as Comparer, needsSubject: true },
  guarantee: { conflict: guaranteeConflict as Comparer, needsSubject: true, comparedUnderFact: true },
  loyalty: { conflict: loyaltyConflict as Comparer, needsSubject: true, comparedUnderFact: true },
};

const HEADLINE: Record<Language, Partial<Record<PromiseKind, string>>> = {
  ru: {
    hours: 'Часы работы указаны по-разному', price: 'Цена указана по-разному', duration: 'Срок указан по-разному',
    discount: 'Скидка указана по-разному', guarantee: 'Гарантия указана по-разному', loyalty: 'Правило программы лояльности указано по-разному',
  },
  en: {
    hours: 'The opening hours differ', price: 'The price differs', duration: 'The time it takes differs',
    discount: 'The discount differs', guarantee: 'The guarantee differs', loyalty: 'The loyalty rule differs',
  },
};

const T = {
  ru: {
    apart: (headline: string, first: string, firstTitle: string, second: string, secondTitle: string) => `${headline}: в «${firstTitle}» — «${first}», в «${secondTitle}» — «${second}».`,
    together: (headline: string, title: string, first: string, second: string) => `${headline} в «${title}»: «${first}» и «${second}».`,
    suggestion: 'Оставьте одно значение во всех материалах и внесите его в чек-лист операций',
  },
  en: {
    apart: (headline: string, first: string, firstTitle: string, second: string, secondTitle: string) => `${headline}: "${first}" in "${firstTitle}", "${second}" in "${secondTitle}".`,
    together: (headline: string, title: string, first: string, second: string) => `${headline} in "${title}": "${first}" and "${second}".`,
    suggestion: 'Keep one value in every material and add it to the operations checklist',
  },
};

interface Placed {
  promise: ExtractedPromise;
  material: Material;
  /** For a deposit: the words of the price it follows, the package it books ("Baby & Family $499" … "a $50 retainer"). */
  packageOf?: string;
  /** A unit's share of the package before it ("цена 1 занятия"): compared with the same package's other shares. */
  unitShare?: true;
  /** For a price: the party size, the length of time and the title line it stands under, read once (groups are compared pair by pair). */
  party?: string;
  length?: string;
  title?: string;
}

const isDeposit = (promise: ExtractedPromise) => promise.kind === 'price' && (promise.value as { deposit?: true }).deposit === true;


/**
 * "8 занятий — 6 790 ₽, цена 1 занятия 849 ₽": a price of one unit under a package is the package's
 * share, as a deposit is: two packages' shares differ by design.
 */
const isUnitShare = (promise: ExtractedPromise, language: Language) =>
  promise.kind === 'price' && UNIT_SHARE[language].test(`${promise.title?.words.join(' ') ?? ''} ${promise.quote} `);

/**
 * The package a deposit after a price books: the price's words and sum ("Baby & Family $499";
 * cards alike in words, "от 12 194 руб" and "от 18 568 руб", by their sums).
 */
const sumOf = (value: PriceValue) => (isNegotiable(value) ? '' : String(value.amount));
const packageWords = (price: ExtractedPromise) => [...price.topics.filter((word) => /\p{L}/u.test(word)), sumOf(price.value as PriceValue)].join(' ');

const titleOf = (material: Material) => material.source.title ?? material.source.location.split('/').pop() ?? material.source.location;

/**
 * The same thing stated two ways in two places — two materials, or two places of one — when the
 * checklist has no fact to settle it (the contradiction check speaks when it has).
 */
function run(context: CheckContext): { findings: DraftFinding[] } {
  const { language } = context;
  const router = routerOf(context);
  const groups = new Map<string, Placed[]>();
  const ownNames = ownNameStems(context.profile);
  for (const { material, promises } of context.materials) {
    // The last price before a deposit (or a unit's share) that is not one itself: the package it belongs to.
    let lastPackage = '';
    for (const promise of promises) {
      const ofPackage = isDeposit(promise) || isUnitShare(promise, material.language);
      if (promise.kind === 'price' && !ofPackage) lastPackage = packageWords(promise);
      const comparer = COMPARERS[promise.kind];
      if (!comparer) continue;
      const fact = router.route(promise, material.language, sentenceOf(material, promise));
      const subject = subjectOf(promise, material.language, ownNames);
      // "цена 1 занятия" under the same package sum twice (a price block shown twice): one figure, stated twice.
      const share = isUnitShare(promise, material.language) && /\d/.test(lastPackage) ? `share|${lastPackage}` : null;
      if (!share && !fact && comparer.needsSubject && !subject) continue;
      if (!share && fact && !comparer.comparedUnderFact) continue;
      const key = share ?? (fact ? `fact|${fact.id}` : `${promise.kind}|${subject}`);
      const item = promise.kind === 'price' ? { party: partyOf(promise, material), length: lengthOf(promise, material), title: promise.title?.words.join(' ') ?? '' } : {};
      const placed: Placed = { promise, material, ...item, ...(ofPackage ? { packageOf: lastPackage } : {}), ...(share ? { unitShare: true as const } : {}) };
      const group = groups.get(key);
      if (group) group.push(placed);
      else groups.set(key, [placed]);
    }
  }
  const findings: DraftFinding[] = [];
  for (const placed of groups.values()) {
    placed.forEach((later, i) => {
      // Two values in one sentence are usually a range or a comparison, not two statements of one thing.
      const apart = (p: Placed) => p.material !== later.material || p.promise.sentence.block !== later.promise.sentence.block || p.promise.sentence.start !== later.promise.sentence.start;
      const earlier = placed.slice(0, i).find((p) => apart(p) && !differentItems(p, later) && COMPARERS[later.promise.kind]!.conflict(p.promise.value as never, later.promise.value as never));
      if (!earlier) return;
      const t = T[language];
      const headline = HEADLINE[language][later.promise.kind]!;
      const [first, second] = [earlier.promise.quote, later.promise.quote];
      findings.push({
        check: 'consistency',
        severity: 'warning',
        quote: later.promise.quote,
        location: later.promise.span,
        message:
          earlier.material === later.material
            ? t.together(headline, titleOf(later.material), first, second)
            : t.apart(headline, first, titleOf(earlier.material), second, titleOf(later.material)),
        suggestion: t.suggestion,
        material: later.material,
        promise: later.promise,
      });
    });
  }
  // One thing written two ways on one page needs no promise to compare: its forms are compared as written.
  for (const finding of [...formVariantFindings(context), ...bandSeriesFindings(context), ...policyFigureFindings(context), ...tenureFindings(context), ...rateRowFindings(context), ...tableTotalFindings(context), ...packageCardFindings(context)]) findings.push(finding);
  return { findings };
}

/** Two places that state one fact differently, where the checklist cannot say which is right. */
export const consistencyCheck = defineCheck({ id: 'consistency', label: { ru: 'Согласованность материалов', en: 'Consistency across materials' }, run });
