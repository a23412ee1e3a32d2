import type { Material } from '../material/types';
import type { Language, Profile } from '../profile/types';
import { sameCurrency } from '../promises/common';
import type { DiscountClaim } from '../promises/discount';
import type { DurationClaim } from '../promises/duration';
import type { GuaranteeClaim } from '../promises/guarantee';
import type { HoursClaim } from '../promises/hours';
import type { LoyaltyClaim } from '../promises/loyalty';
import { isNegotiable, type PriceValue } from '../promises/price';
import type { ExtractedPromise } from '../promises/types';
import type { PromiseKind } from '../report/types';
import { findNumbers } from '../text/numbers';
import { stemWords } from '../text/stems';
import { FactRouter, sentenceOf } from './fact-router';
import type { Check, CheckContext, DraftFinding } from './types';
import { phraseLanguage } from '../text/language';

/**
 * Words that say how a promise is made rather than what it is about: claim cues, units,
 * prepositions, days and times. What remains of a promise's topic words is its subject.
 */
const NOT_SUBJECT = new RegExp(
  String.raw`^(?:\d.*|` +
    // Russian function words and claim cues
    String.raw`и|в|во|на|с|со|по|до|от|за|для|при|без|из|к|у|о|об|а|но|же|ли|не|ни|всего|только|лишь|уже|всё|все|весь|вся|наш\p{L}*|ваш\p{L}*|мы|вы|вас|нас|это|этот|тот|так|как|или|` +
    String.raw`работ\p{L}*|откры\p{L}*|ждём|ждем|час\p{L}*|график\p{L}*|режим\p{L}*|ежедневн\p{L}*|круглосуточн\p{L}*|кругл\p{L}*|выходн\p{L}*|будн\p{L}*|без|перерыв\p{L}*|обед\p{L}*|` +
    String.raw`понедельник\p{L}*|вторник\p{L}*|сред\p{L}|четверг\p{L}*|пятниц\p{L}*|суббот\p{L}*|воскресень\p{L}*|пн|вт|ср|чт|пт|сб|вс|утр\p{L}*|вечер\p{L}*|дн\p{L}*|день|сутки|` +
    String.raw`цен\p{L}*|стоим\p{L}*|стоит|руб\p{L}*|р|₽|коп\p{L}*|скидк\p{L}*|процент\p{L}*|гаранти\p{L}*|год\p{L}*|лет|месяц\p{L}*|недел\p{L}*|минут\p{L}*|мин|ч|сек\p{L}*|течение|пределах|более|больше|дольше|менее|` +
    String.raw`кажд\p{L}*|бесплатн\p{L}*|подарок|подарк\p{L}*|купи\p{L}*|получи\p{L}*|карт\p{L}*|лояльн\p{L}*|программ\p{L}*|` +
    // English function words and claim cues
    String.raw`the|a|an|and|or|of|in|on|at|to|for|from|by|with|within|under|up|just|only|our|your|we|you|us|it|is|are|be|will|all|every|each|` +
    String.raw`open\p{L}*|hours?|daily|days?|weeks?|months?|years?|minutes?|mins?|round|clock|` +
    String.raw`mon\p{L}*|tue\p{L}*|wed\p{L}*|thu\p{L}*|fri\p{L}*|sat\p{L}*|sun\p{L}*|am|pm|noon|` +
    String.raw`price\p{L}*|costs?|off|discount\p{L}*|warrant\p{L}*|guarantee\p{L}*|free|buy|get|cards?|loyalty|stamps?|` +
    String.raw`)$`,
  'iu',
);

/** The stems of the business's own names: "Кофейня «Зерно»: раф за 240 ₽" is about the раф, not the café. */
function ownNameStems(profile: Profile): Set<string> {
  const names = [profile.name, ...(profile.names ?? []).filter((n) => n.kind === 'organization' || n.kind === 'brand').flatMap((n) => [n.canonical, ...(n.variants ?? [])])];
  return new Set(names.flatMap((name) => stemWords(name, phraseLanguage(name)).map((word) => word.stem)));
}

/** What a promise is about: its topic words' stems without the words of the claim itself or the business's name. */
function subjectOf(promise: ExtractedPromise, language: Language, ownNames: Set<string>): string {
  const text = promise.topics.join(' ');
  const numbers = findNumbers(text);
  const words = stemWords(text, language);
  const stems = words
    .filter((word, i) => isModelNumber(word.folded, words[i - 1]?.folded, promise) || (!NOT_SUBJECT.test(word.folded) && !ownNames.has(word.stem) && !numbers.some((n) => n.start <= word.start && word.start < n.end)))
    .map((word) => word.stem);
  return [...new Set(stems)].sort().join(' ');
}

/** Latin product names that a number tells apart ("iPhone 6" and "iPhone 5s", "Galaxy S21 " and "S22"). */
const PRODUCT_WORD = /^[a-z][a-z-]*$/;

/** "6" after "iphone", "5s": a model's number is part of what is priced, unless it is the sum itself. */
function isModelNumber(word: string, previous: string | undefined, promise: ExtractedPromise): boolean {
  if (!previous || !PRODUCT_WORD.test(previous) || NOT_SUBJECT.test(previous) || !/^\d{1,3}[a-z]{0,4}$/.test(word)) return false;
  const amount = (promise.value as { amount?: number } | null)?.amount;
  return amount === undefined || Number.parseInt(word, 10) !== amount;
}

const cellOf = (p: Placed) => p.material.blocks[p.promise.span.block]?.cell;

/**
 * Different items, however alike their labels read: the rows of one material's tables; rows of
 * two materials' tables in another column or section; and promises under different headings
 * (two cards of a tariff grid).
 */
function differentItems(a: Placed, b: Placed): boolean {
  const [cellA, cellB] = [cellOf(a), cellOf(b)];
  if (cellA && cellB && (a.material === b.material || cellA.columnHeader !== cellB.columnHeader || cellA.section !== cellB.section)) return true;
  if (a.promise.place === undefined || b.promise.place === undefined) return false;
  return a.promise.place.join(' ') !== b.promise.place.join(' ');
}

type Comparer = (a: never, b: never) => boolean;

const overlap = <T>(a: T[] | null, b: T[] | null) => (a === null || b === null ? a === b : a.some((day) => b.includes(day)));

/**
 * Two statements of opening hours conflict on a day both name (or when neither names days); "open
 * round the clock" with no days names every day ("Работаем круглосуточно" and "ежедневно 10–20").
 */
function hoursConflict(a: HoursClaim, b: HoursClaim): boolean {
  const daysOf = (claim: HoursClaim, other: HoursClaim) => claim.days ?? (claim.allDay && other.days !== null ? other.days : null);
  if (!overlap(daysOf(a, b), daysOf(b, a))) return false;
  if (a.closed || b.closed) return a.closed !== b.closed && (a.from !== null || a.allDay || b.from !== null || b.allDay);
  if (a.allDay || b.allDay) return a.allDay !== b.allDay;
  return a.from !== null && b.from !== null && a.to !== null && b.to !== null && (a.from !== b.from || a.to !== b.to);
}

function priceConflict(first: PriceValue, second: PriceValue): boolean {
  // "договорная" in one place and a sum in another is not two sums for one thing.
  if (isNegotiable(first) || isNegotiable(second)) return false;
  const [a, b] = [first, second];
  if (!sameCurrency(a.currency, b.currency) || a.amount === b.amount) return false;
  if (a.from && !b.from) return b.amount < a.amount;
  if (b.from && !a.from) return a.amount < b.amount;
  return true;
}

function durationConflict(a: DurationClaim, b: DurationClaim): boolean {
  if (a.upTo && b.upTo) return a.minutes !== b.minutes;
  if (a.upTo || b.upTo) return false;
  return a.minutes !== b.minutes;
}

function discountConflict(a: DiscountClaim, b: DiscountClaim): boolean {
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

/** The kinds whose values can disagree, and whether a promise of the kind needs a subject to be compared. */
const COMPARERS: Partial<Record<PromiseKind, { conflict: Comparer; needsSubject: boolean }>> = {
  hours: { conflict: hoursConflict as Comparer, needsSubject: false },
  price: { conflict: priceConflict as Comparer, needsSubject: true },
  duration: { conflict: durationConflict as Comparer, needsSubject: true },
  discount: { conflict: discountConflict as Comparer, needsSubject: true },
  guarantee: { conflict: guaranteeConflict as Comparer, needsSubject: true },
  loyalty: { conflict: loyaltyConflict as Comparer, needsSubject: true },
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
}

const titleOf = (material: Material) => material.source.title ?? material.source.location.split('/').pop() ?? material.source.location;

/**
 * The same thing stated two ways in two places — two materials, or two places of one — when the
 * checklist has no fact to settle it (the contradiction check speaks when it has).
 */
function run(context: CheckContext): { findings: DraftFinding[] } {
  const { language } = context;
  const router = new FactRouter(context.profile.facts ?? [], language);
  const groups = new Map<string, Placed[]>();
  const ownNames = ownNameStems(context.profile);
  for (const { material, promises } of context.materials) {
    for (const promise of promises) {
      const comparer = COMPARERS[promise.kind];
      if (!comparer || router.route(promise, material.language, sentenceOf(material, promise))) continue;
      const subject = subjectOf(promise, material.language, ownNames);
      if (comparer.needsSubject && !subject) continue;
      const key = `${promise.kind}|${subject}`;
      const group = groups.get(key);
      if (group) group.push({ promise, material });
      else groups.set(key, [{ promise, material }]);
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
  return { findings };
}

/** Two places that state one fact differently, where the checklist cannot say which is right. */
export const consistencyCheck: Check = { id: 'consistency', run };
