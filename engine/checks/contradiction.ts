import { describeDuration, describeHours, durationMinutes, formatAmount, formatMoney, toMinutes, weekHours } from '../profile/normalise';
import type { Fact, FactKind, Language, LoyaltyValue } from '../profile/types';
import { WEEKDAYS, type Weekday } from '../profile/types';
import { isPercent, type DiscountValue } from '../promises/discount';
import type { DurationClaim } from '../promises/duration';
import type { FreeClaim } from '../promises/free';
import type { GuaranteeClaim } from '../promises/guarantee';
import type { HoursClaim } from '../promises/hours';
import type { OfferedClaim } from '../promises/offered';
import type { LoyaltyClaim } from '../promises/loyalty';
import { sameCurrency } from '../promises/common';
import { isNegotiable, namesChargeOf, type PriceValue } from '../promises/price';
import { comparableUnits } from '../promises/price-unit';
import type { ExtractedPromise } from '../promises/types';
import type { Severity } from '../report/types';
import { routerOf, sentenceOf } from './fact-router';
import { isAboutTheBusiness, ownNameStems } from './subject';
import { saysWhere } from './wording';
import { defineCheck, type CheckContext, type DraftFinding, type PromiseVerdict } from './types';

/** What a judge says about one promise against one fact: kept, or broken with the other side. */
type Judgement = { kept: true } | { kept: false; severity: Severity; checklist: string; suggestion?: string };

/** `general`: the promise is about the business as a whole, not a part of it (a breakfast, a helpline). */
type Judge = (claim: never, fact: Fact, language: Language, general: boolean) => Judgement | null;

const T = {
  ru: {
    says: (quote: string, where: string) => `${where}: «${quote}»`,
    checklist: (label: string, text: string) => `по чек-листу операций (${label}): ${text}`,
    notFree: 'это платно', costs: (sum: string) => `это платно, ${sum}`, free: 'бесплатно', freeFrom: (sum: string) => `бесплатно только при заказе от ${sum}`,
    lowest: (sum: string) => `самая низкая цена — ${sum}`, maxDiscount: (p: number) => `скидка не больше ${p} %`,
    guarantee: (text: string) => `гарантия ${text}`, notOffered: 'эта услуга не оказывается', offered: 'услуга оказывается',
    policy: 'эта формулировка нарушает правило', loyalty: describeLoyaltyRu,
    allowance: (text: string) => `разрешено ${text}`, takes: (text: string) => `на это уходит ${text}`,
    sometimes: 'не всегда успевают', from: 'от',
  },
  en: {
    says: (quote: string, where: string) => `${where} "${quote}"`,
    checklist: (label: string, text: string) => `the operations checklist (${label}) says: ${text}`,
    notFree: 'it is paid', costs: (sum: string) => `it costs ${sum}`, free: 'free', freeFrom: (sum: string) => `free only on orders from ${sum}`,
    lowest: (sum: string) => `the lowest price is ${sum}`, maxDiscount: (p: number) => `at most ${p}% off`,
    guarantee: (text: string) => `a guarantee of ${text}`, notOffered: 'this service is not provided', offered: 'the service is provided',
    policy: 'this wording breaks the policy', loyalty: describeLoyaltyEn,
    allowance: (text: string) => `allowed ${text}`, takes: (text: string) => `it takes ${text}`,
    sometimes: 'not always met', from: 'from',
  },
};

function describeLoyaltyRu(rule: LoyaltyValue | LoyaltyClaim): string {
  if (rule.buy === 0) return `награда за каждого`;
  return rule.free === 1 ? `каждый ${rule.buy + 1}-й бесплатно (купи ${rule.buy} — ${rule.buy + 1}-й в подарок)` : `купи ${rule.buy} — ${rule.free} в подарок`;
}

function describeLoyaltyEn(rule: LoyaltyValue | LoyaltyClaim): string {
  if (rule.buy === 0) return 'a reward for every one';
  return rule.free === 1 ? `every ${ordinalEn(rule.buy + 1)} free (buy ${rule.buy}, get the ${ordinalEn(rule.buy + 1)} free)` : `buy ${rule.buy}, get ${rule.free} free`;
}

function ordinalEn(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

const broken = (checklist: string, suggestion?: string, severity: Severity = 'error'): Judgement => ({ kept: false, severity, checklist, suggestion });
const KEPT: Judgement = { kept: true };

function judgeHours(claim: HoursClaim, fact: Fact, language: Language, general: boolean): Judgement | null {
  if (fact.kind !== 'hours' || claim.byAppointment || claim.break || claim.dated) return null;
  const week = weekHours(fact.value);
  const openDays = WEEKDAYS.filter((d) => week[d].length > 0);
  const text = describeHours(week, language);
  const differs = (severity: Severity) => broken(T[language].checklist(fact.label, text), text.charAt(0).toUpperCase() + text.slice(1), severity);
  const opensOn = (day: Weekday) => Math.min(...week[day].map((r) => r[0]));
  const closesOn = (day: Weekday) => Math.max(...week[day].map((r) => r[1]));
  // A day the page calls closed that operations open: nothing is promised, but the page turns customers away.
  if (claim.closed) return (claim.days ?? openDays).every((day) => week[day].length === 0) ? KEPT : differs('warning');
  const keptOn = (day: Weekday, shift = 0) => {
    if (week[day].length === 0) return false;
    if (claim.allDay) return opensOn(day) === 0 && closesOn(day) >= 1440;
    return (claim.from === null || opensOn(day) <= claim.from + shift) && (claim.to === null || closesOn(day) >= claim.to + shift);
  };
  // Times with no day named ("Brown belts – 18:00–19:30" in a block under "Thursday") hold on some open day, not on each.
  const days = claim.days ?? openDays.filter((day) => keptOn(day) || keptOn(day, 720));
  if (days.length === 0) return differs('error');
  // "3:00-6:00" for an afternoon programme: a range wholly before noon with no am or pm may be read twelve hours on.
  const bothMorning = claim.from !== null && claim.to !== null && claim.from < claim.to && claim.to <= 720;
  const shift = days.every((day) => keptOn(day)) ? 0 : bothMorning && days.every((day) => keptOn(day, 720)) ? 720 : null;
  if (shift === null) return differs('error');
  // The business's own hours stated shorter than operations keep them: no promise is broken, but
  // the page sends customers away ("open 8–5" when the checklist says 8–5:30). A part of the
  // business (breakfast, a children's reception) may well keep shorter hours.
  if (!general || claim.from === null || claim.to === null || claim.allDay) return KEPT;
  const from = claim.from + shift;
  const to = claim.to + shift <= from ? claim.to + shift + 1440 : claim.to + shift;
  // "Open 8–9" may close at nine at night: a morning closing hour is also read twelve hours on.
  const closings = to <= 720 ? [to, to + 720] : [to];
  const statedExactly = (day: Weekday) => opensOn(day) === from && closings.includes(closesOn(day));
  return days.every(statedExactly) ? KEPT : differs('warning');
}

function judgeDuration(claim: DurationClaim, fact: Fact, language: Language): Judgement | null {
  if (fact.kind !== 'duration') return null;
  const { min, max } = durationMinutes(fact.value);
  const text = describeDuration(fact.value, language);
  if (fact.allowance) {
    return claim.minutes > max ? broken(T[language].checklist(fact.label, T[language].allowance(text)), describeDuration(fact.value, language)) : KEPT;
  }
  // "Between 1 to 2 hours" of a 2–3 hour job promises it may be done sooner than it can.
  if ((claim.least ?? claim.minutes) < (min ?? 0)) return broken(T[language].checklist(fact.label, T[language].takes(text)), describeDuration(fact.value, language));
  // "This class is an hour in length" of a 45-minute class: a stated length of a thing of one fixed
  // length is that length, so too long breaks it as well; beside a range ("Сроки: 1–30 дней") it may be another job's.
  if (claim.stated && min === max && claim.minutes > max) return broken(T[language].checklist(fact.label, T[language].takes(text)), describeDuration(fact.value, language));
  // "Within 15 minutes" vouches for every case, so it must cover the slowest; "монтаж за 2 часа" of a
  // 2–6 hour job tells how long one takes, and any time in the range is kept.
  if (claim.upTo && claim.minutes < max) return broken(`${T[language].checklist(fact.label, T[language].takes(text))} — ${T[language].sometimes}`, describeDuration(fact.value, language), 'warning');
  return KEPT;
}

function judgePrice(value: PriceValue, fact: Fact, language: Language): Judgement | null {
  if (isNegotiable(value)) return null;
  const claim = value;
  if (fact.kind !== 'price' || !sameCurrency(fact.value.currency, claim.currency) || claim.surcharge || claim.promotion) return null;
  // "$100 security deposit required" books a cabin and "less a $20 service fee" is kept back: neither is the price.
  if (!namesChargeOf(claim, [fact.label, ...(fact.topics ?? [])].join(' '))) return null;
  // "16 руб/км" says nothing about the price of an hour.
  if (!comparableUnits(claim.per, fact)) return null;
  if (claim.amount >= fact.value.amount) return KEPT;
  const sum = formatMoney(fact.value.amount, fact.value.currency, language);
  return broken(T[language].checklist(fact.label, T[language].lowest(sum)), claim.from ? `${T[language].from} ${sum}` : sum);
}

function judgeFree(claim: FreeClaim, fact: Fact, language: Language): Judgement | null {
  // Free where the checklist names a price (routed only for an unconditional free).
  if (fact.kind === 'price' && claim === true && fact.value.amount > 0) {
    return broken(T[language].checklist(fact.label, T[language].costs(formatMoney(fact.value.amount, fact.value.currency, language))));
  }
  // Free where the checklist says the service is not provided (routed only by the promise's own words).
  if (fact.kind === 'offered') return fact.value ? KEPT : broken(T[language].checklist(fact.label, T[language].notOffered));
  if (fact.kind !== 'free') return null;
  const value = fact.value;
  if (value === true) return KEPT;
  if (value === false) return broken(T[language].checklist(fact.label, T[language].notFree));
  const sum = formatMoney(value.minOrder, value.currency, language);
  if (claim !== true && sameCurrency(claim.currency, value.currency) && claim.minOrder >= value.minOrder) return KEPT;
  return broken(T[language].checklist(fact.label, T[language].freeFrom(sum)), T[language].freeFrom(sum));
}

function judgeDiscount(claim: DiscountValue, fact: Fact, language: Language): Judgement | null {
  if (fact.kind !== 'discount' || !isPercent(claim)) return null;
  return claim.percent > fact.value.maxPercent ? broken(T[language].checklist(fact.label, T[language].maxDiscount(fact.value.maxPercent)), `${fact.value.maxPercent} %`) : KEPT;
}

function judgeLoyalty(claim: LoyaltyClaim, fact: Fact, language: Language): Judgement | null {
  if (fact.kind !== 'loyalty') return null;
  if (claim.buy === fact.value.buy && claim.free === fact.value.free) return KEPT;
  return broken(T[language].checklist(fact.label, T[language].loyalty(fact.value)), T[language].loyalty(fact.value));
}

function judgeGuarantee(claim: GuaranteeClaim, fact: Fact, language: Language): Judgement | null {
  if (fact.kind !== 'guarantee') return null;
  if (toMinutes(claim.amount, claim.unit) <= toMinutes(fact.value.amount, fact.value.unit)) return KEPT;
  const text = formatAmount(fact.value.amount, fact.value.unit, language);
  return broken(T[language].checklist(fact.label, T[language].guarantee(text)), text);
}

function judgeOffered(claim: OfferedClaim, fact: Fact, language: Language): Judgement | null {
  if (fact.kind !== 'offered') return null;
  if (fact.value) return KEPT;
  // A service operations do not offer, only named ("send a packed lunch"), promises nothing.
  return claim.asserted ? broken(T[language].checklist(fact.label, T[language].notOffered)) : null;
}

function judgePolicy(_claim: unknown, fact: Fact, language: Language): Judgement | null {
  if (fact.kind !== 'policy') return null;
  return broken(T[language].checklist(fact.label, T[language].policy));
}

const JUDGES: Partial<Record<FactKind, Judge>> = {
  hours: judgeHours as Judge, duration: judgeDuration as Judge, price: judgePrice as Judge, free: judgeFree as Judge,
  discount: judgeDiscount as Judge, loyalty: judgeLoyalty as Judge, guarantee: judgeGuarantee as Judge,
  offered: judgeOffered as Judge, policy: judgePolicy as Judge,
};

/**
 * A promise judged by the facts it may be about: kept when any reading keeps it (a price whose
 * words name two services' facts may be either's), else as the likeliest fact judges it.
 */
function judgeReadings(facts: Fact[], promise: ExtractedPromise, materialLanguage: Language, language: Language, ownNames: Set<string>): { fact?: Fact; judgement?: Judgement | null } {
  const judged = facts.map((fact) => {
    // A free promise may be routed to a priced fact: it is judged as free.
    const judge = promise.kind === 'free' ? JUDGES.free : JUDGES[fact.kind];
    const general = fact.kind === 'hours' && isAboutTheBusiness(promise, materialLanguage, ownNames);
    return { fact, judgement: judge ? judge(promise.value as never, fact, language, general) : null };
  });
  return judged.find((reading) => reading.judgement?.kept) ?? judged[0] ?? {};
}

/**
 * Hours that differ from the fact they were routed to but are exactly another schedule of the
 * profile (an office's "пн–пт 9–17" in a contact block, a kitchen's hours) are that schedule's:
 * the page names it in a way the router cannot read, and a guess would be a false alarm.
 */
function anotherScheduleStated(claim: HoursClaim, judgedBy: Fact, facts: Fact[]): Fact | undefined {
  if (claim.days === null || claim.allDay || claim.closed || claim.from === null || claim.to === null) return undefined;
  return facts.find((fact) => {
    if (fact.kind !== 'hours' || fact.id === judgedBy.id) return false;
    const week = weekHours(fact.value);
    return claim.days!.every((day) => week[day].length === 1 && week[day][0]![0] === claim.from && week[day][0]![1] === claim.to);
  });
}

function run(context: CheckContext): { findings: DraftFinding[]; verdicts: PromiseVerdict[] } {
  const { language } = context;
  const router = routerOf(context);
  const ownNames = ownNameStems(context.profile);
  const findings: DraftFinding[] = [];
  const verdicts: PromiseVerdict[] = [];
  for (const { material, promises } of context.materials) {
    const reported = new Set<string>();
    const judged = promises.map((promise) => ({ promise, ...judgeReadings(router.readings(promise, material.language, sentenceOf(material, promise)), promise, material.language, language, ownNames) }));
    const thresholdsStated = new Set(judged.filter(({ promise, judgement }) => judgement?.kept && promise.kind === 'free' && promise.value !== true).map(({ fact }) => fact?.id));
    for (const { promise, fact, judgement } of judged) {
      if (!fact || !judgement) continue;
      // "Бесплатная доставка по РФ — Почтой России" after "бесплатная доставка от 10 000 ₽": the material gave the threshold once.
      if (!judgement.kept && promise.kind === 'free' && promise.value === true && fact.kind === 'free' && thresholdsStated.has(fact.id)) continue;
      const schedule = !judgement.kept && promise.kind === 'hours' ? anotherScheduleStated(promise.value as HoursClaim, fact, context.profile.facts ?? []) : undefined;
      if (schedule) {
        verdicts.push({ promise, status: 'kept', factId: schedule.id });
        continue;
      }
      verdicts.push({ promise, status: judgement.kept ? 'kept' : 'broken', factId: fact.id });
      if (judgement.kept) continue;
      // One sentence that breaks one fact twice ("до полуночи: с 12 до 24") is one finding; the rows
      // of a schedule run together in one sentence ("Пн–пт 9–18 Сб 9–17") are each their own.
      const key = `${fact.id} ${promise.sentence.block}:${promise.sentence.start} ${promise.kind === 'hours' ? (promise.value as HoursClaim).days?.join() : ''}`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push({
        check: 'contradiction',
        severity: judgement.severity,
        quote: promise.quote,
        location: promise.span,
        message: `${T[language].says(promise.quote, saysWhere(material.source.kind, language))}, ${language === 'ru' ? 'а' : 'but'} ${judgement.checklist}.`,
        ...(judgement.suggestion ? { suggestion: judgement.suggestion } : {}),
        factId: fact.id,
        material,
        promise,
      });
    }
  }
  return { findings, verdicts };
}

/** Promises that operations do not keep: every fact kind of the checklist, in both languages. */
export const contradictionCheck = defineCheck({ id: 'contradiction', label: { ru: 'Противоречия с чек-листом', en: 'Contradictions with the checklist' }, inPreview: true, run });
