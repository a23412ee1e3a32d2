import type { Material } from '../material/types';
import type { Language } from '../profile/types';
import { KIND, type PromiseKind } from '../kinds';
import type { Comparer } from '../kinds/types';
import { isNegotiable, type PriceValue } from '../promises/price';
import { readTimeAmount } from '../promises/time-amount';
import { toMinutes } from '../profile/normalise';
import type { ExtractedPromise } from '../promises/types';
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
  if (a.unitShare && b.unitShare && a.promise.kind === 'price' && b.promise.kind === 'price' && !nearlyEqual(a.promise.value, b.promise.value)) return true;
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

/** The kind's comparer, typed by the promise's kind: two promises compared are of one kind. */
const comparerOf = <K extends PromiseKind>(promise: ExtractedPromise<K>): Comparer<ExtractedPromise<K>['value']> | undefined => KIND[promise.kind].comparer;

const sameKind = <K extends PromiseKind>(a: ExtractedPromise<K>, b: { kind: PromiseKind }): b is ExtractedPromise<K> => b.kind === a.kind;

/** Whether two promises of one group say different things: only promises with a comparer are grouped. */
function conflict<K extends PromiseKind>(earlier: ExtractedPromise<K>, later: ExtractedPromise): boolean {
  return sameKind(earlier, later) && comparerOf(earlier)!.conflict(earlier.value, later.value);
}

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

const isDeposit = (promise: ExtractedPromise) => promise.kind === 'price' && !isNegotiable(promise.value) && promise.value.deposit === true;

/**
 * "8 занятий — 6 790 ₽, цена 1 занятия 849 ₽": a price of one unit under a package is the package's
 * share, as a deposit is: two packages' shares differ by design.
 */
const isUnitShare = (promise: ExtractedPromise, language: Language) => promise.kind === 'price' && UNIT_SHARE[language].test(`${promise.title?.words.join(' ') ?? ''} ${promise.quote} `);

/**
 * The package a deposit after a price books: the price's words and sum ("Baby & Family $499";
 * cards alike in words, "от 12 194 руб" and "от 18 568 руб", by their sums).
 */
const sumOf = (value: PriceValue) => (isNegotiable(value) ? '' : String(value.amount));
const packageWords = (price: ExtractedPromise<'price'>) => [...price.topics.filter((word) => /\p{L}/u.test(word)), sumOf(price.value)].join(' ');

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
      const comparer = comparerOf(promise);
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
      const earlier = placed.slice(0, i).find((p) => apart(p) && !differentItems(p, later) && conflict(p.promise, later.promise));
      if (!earlier) return;
      const t = T[language];
      const headline = comparerOf(later.promise)!.differs[language];
      const [first, second] = [earlier.promise.quote, later.promise.quote];
      findings.push({
        check: 'consistency',
        severity: 'warning',
        quote: later.promise.quote,
        location: later.promise.span,
        message: earlier.material === later.material ? t.together(headline, titleOf(later.material), first, second) : t.apart(headline, first, titleOf(earlier.material), second, titleOf(later.material)),
        suggestion: t.suggestion,
        material: later.material,
        promise: later.promise,
      });
    });
  }
  // One thing written two ways on one page needs no promise to compare: its forms are compared as written.
  for (const finding of [
    ...formVariantFindings(context),
    ...bandSeriesFindings(context),
    ...policyFigureFindings(context),
    ...tenureFindings(context),
    ...rateRowFindings(context),
    ...tableTotalFindings(context),
    ...packageCardFindings(context),
  ])
    findings.push(finding);
  return { findings };
}

/** Two places that state one fact differently, where the checklist cannot say which is right. */
export const consistencyCheck = defineCheck({ id: 'consistency', label: { ru: 'Согласованность материалов', en: 'Consistency across materials' }, run });
