import { describeDuration, durationMinutes, formatAmount, toMinutes } from '../profile/normalise';
import type { Language, TimeUnit } from '../profile/types';
import { durationExtractor, type DurationClaim } from '../promises/duration';
import { checkAmount, checkUnit, isNumber, isObject } from './schema';
import { broken, KEPT, type Judge, type KindModule } from './types';

export interface DurationValue {
  min?: number;
  max: number;
  unit: TimeUnit;
}

const T = {
  ru: { allowance: (text: string) => `разрешено ${text}`, takes: (text: string) => `на это уходит ${text}`, sometimes: 'не всегда успевают' },
  en: { allowance: (text: string) => `allowed ${text}`, takes: (text: string) => `it takes ${text}`, sometimes: 'not always met' },
};

const judgeDuration: Judge<DurationClaim> = (claim, fact, language) => {
  if (fact.kind !== 'duration') return null;
  const { min, max } = durationMinutes(fact.value);
  const text = describeDuration(fact.value, language);
  if (fact.allowance) return claim.minutes > max ? broken(T[language].allowance(text), text) : KEPT;
  // "Between 1 to 2 hours" of a 2–3 hour job promises it may be done sooner than it can.
  if ((claim.least ?? claim.minutes) < (min ?? 0)) return broken(T[language].takes(text), text);
  // "This class is an hour in length" of a 45-minute class: a stated length of a thing of one fixed
  // length is that length, so too long breaks it as well; beside a range ("Сроки: 1–30 дней") it may be another job's.
  if (claim.stated && min === max && claim.minutes > max) return broken(T[language].takes(text), text);
  // "Within 15 minutes" vouches for every case, so it must cover the slowest; "монтаж за 2 часа" of a
  // 2–6 hour job tells how long one takes, and any time in the range is kept.
  if (claim.upTo && claim.minutes < max) return broken(`${T[language].takes(text)} — ${T[language].sometimes}`, text, 'warning');
  return KEPT;
};

function durationConflict(a: DurationClaim, b: DurationClaim): boolean {
  // Stated terms (a validity, a course's hours) are lengths of different things.
  if (a.stated || b.stated) return false;
  if (a.upTo && b.upTo) return a.minutes !== b.minutes;
  if (a.upTo || b.upTo) return false;
  return a.minutes !== b.minutes;
}

/** "до 60 дней", "10–15 минут", "2 hours", "up to 15 minutes". */
function describeClaim(claim: DurationClaim, language: Language): string {
  const least = claim.least === undefined ? undefined : claim.least / toMinutes(1, claim.unit);
  const amount = formatAmount(claim.amount, claim.unit, language);
  if (least !== undefined && least < claim.amount) return `${least}–${amount}`;
  return claim.upTo ? `${language === 'ru' ? 'до' : 'up to'} ${amount}` : amount;
}

/** The time the promise gives: a range as said, one length as its own range, a ceiling as "up to". */
function draftDuration(claim: DurationClaim): { value: DurationValue } {
  const least = claim.least === undefined ? undefined : claim.least / toMinutes(1, claim.unit);
  const min = claim.upTo ? undefined : (least ?? claim.amount);
  return { value: { ...(min === undefined ? {} : { min }), max: claim.amount, unit: claim.unit } };
}

export const durationKind: KindModule<'duration', DurationClaim, { value: DurationValue; allowance?: boolean }> = {
  kind: 'duration',
  name: { ru: 'Сроки', en: 'Durations' },
  item: { ru: 'Срок', en: 'Time' },
  describe: describeClaim,
  draft: draftDuration,
  extractor: durationExtractor,
  fact: {
    create: (base) => ({ ...base, kind: 'duration', value: { min: 10, max: 30, unit: 'minute' } }),
    validate(fact, path, problems) {
      const at = `${path}.value`;
      if (!isObject(fact.value)) return problems.add(at, 'expected { "min"?, "max", "unit" }');
      checkAmount(fact.value, 'max', at, problems);
      if (fact.value.min !== undefined) checkAmount(fact.value, 'min', at, problems);
      if (isNumber(fact.value.min) && isNumber(fact.value.max) && fact.value.min > fact.value.max) problems.add(`${at}.min`, 'expected min not above max');
      checkUnit(fact.value, at, problems);
      if (fact.allowance !== undefined && typeof fact.allowance !== 'boolean') problems.add(`${path}.allowance`, 'expected true or false');
    },
    editor: [
      { type: 'number', at: 'value.min', label: { ru: 'От', en: 'Min' } },
      { type: 'number', at: 'value.max', label: { ru: 'До', en: 'Max' }, empty: 0 },
      { type: 'unit', at: 'value.unit' },
      { type: 'flag', at: 'allowance', label: { ru: 'Срок, который даётся клиенту', en: 'A period the customer is allowed' }, cleared: undefined },
    ],
  },
  judge: judgeDuration,
  comparer: { conflict: durationConflict, needsSubject: true, differs: { ru: 'Срок указан по-разному', en: 'The time it takes differs' } },
};
