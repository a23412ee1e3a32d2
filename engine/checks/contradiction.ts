import { KIND, type PromiseKind } from '../kinds';
import type { Judgement } from '../kinds/types';
import type { Fact, Language } from '../profile/types';
import { weekHours } from '../profile/normalise';
import type { HoursClaim } from '../promises/hours';
import type { ExtractedPromise } from '../promises/types';
import { routerOf, sentenceOf } from './fact-router';
import { isAboutTheBusiness, ownNameStems } from './subject';
import { saysWhere } from './wording';
import { defineCheck, type CheckContext, type DraftFinding, type PromiseVerdict } from './types';

const T = {
  ru: {
    says: (quote: string, where: string) => `${where}: «${quote}»`,
    checklist: (label: string, text: string) => `по чек-листу операций (${label}): ${text}`,
  },
  en: {
    says: (quote: string, where: string) => `${where} "${quote}"`,
    checklist: (label: string, text: string) => `the operations checklist (${label}) says: ${text}`,
  },
};

/** The promise's kind judges it against the fact, whatever the fact's kind (a free promise may be routed to a price). */
function judge<K extends PromiseKind>(promise: ExtractedPromise<K>, fact: Fact, language: Language, general: boolean): Judgement | null {
  return KIND[promise.kind].judge?.(promise.value, fact, language, general) ?? null;
}

/**
 * A promise judged by the facts it may be about: kept when any reading keeps it (a price whose
 * words name two services' facts may be either's), else as the likeliest fact judges it.
 */
function judgeReadings(facts: Fact[], promise: ExtractedPromise, materialLanguage: Language, language: Language, ownNames: Set<string>): { fact?: Fact; judgement?: Judgement | null } {
  const judged = facts.map((fact) => {
    const general = fact.kind === 'hours' && isAboutTheBusiness(promise, materialLanguage, ownNames);
    return { fact, judgement: judge(promise, fact, language, general) };
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
      const schedule = !judgement.kept && promise.kind === 'hours' ? anotherScheduleStated(promise.value, fact, context.profile.facts ?? []) : undefined;
      if (schedule) {
        verdicts.push({ promise, status: 'kept', factId: schedule.id });
        continue;
      }
      verdicts.push({ promise, status: judgement.kept ? 'kept' : 'broken', factId: fact.id });
      if (judgement.kept) continue;
      // One sentence that breaks one fact twice ("до полуночи: с 12 до 24") is one finding; the rows
      // of a schedule run together in one sentence ("Пн–пт 9–18 Сб 9–17") are each their own.
      const key = `${fact.id} ${promise.sentence.block}:${promise.sentence.start} ${promise.kind === 'hours' ? promise.value.days?.join() : ''}`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push({
        check: 'contradiction',
        severity: judgement.severity,
        quote: promise.quote,
        location: promise.span,
        message: `${T[language].says(promise.quote, saysWhere(material.source.kind, language))}, ${language === 'ru' ? 'а' : 'but'} ${T[language].checklist(fact.label, judgement.checklist)}.`,
        ...(judgement.suggestion ? { suggestion: judgement.suggestion } : {}),
        factId: fact.id,
        material,
        promise,
      });
    }
  }
  return { findings, verdicts };
}

/** Promises that operations do not keep: each kind's judge (engine/kinds) against the facts a promise is routed to, in both languages. */
export const contradictionCheck = defineCheck({ id: 'contradiction', label: { ru: 'Противоречия с чек-листом', en: 'Contradictions with the checklist' }, inPreview: true, run });
