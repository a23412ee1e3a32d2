import type { Fact } from '../kinds';
import { guaranteeMonths } from '../kinds/guarantee';
import { durationMinutes, weekHours } from '../profile/normalise';
import { WEEKDAYS, type Weekday } from '../profile/types';
import { sameCurrency } from '../promises/common';
import { isPercent } from '../promises/discount';
import type { HoursClaim } from '../promises/hours';
import { isNegotiable } from '../promises/price';
import { comparableUnits } from '../promises/price-unit';
import type { ExtractedPromise } from '../promises/types';

/** Who keeps the better promise on one topic: "unknown" when only one side states it. */
export type Ahead = 'ours' | 'theirs' | 'tie' | 'unknown';

/** Who is ahead where more is better for the customer: a longer guarantee, a bigger discount. */
const byMore = (ours: number, theirs: number): Ahead => (ours === theirs ? 'tie' : ours > theirs ? 'ours' : 'theirs');
/** Where less is better: a shorter wait, a lower price, fewer purchases before a free one. */
const byLess = (ours: number, theirs: number): Ahead => byMore(theirs, ours);

/**
 * A competitor's statement set beside the checklist fact it was routed to, like with like; null
 * when the two cannot be compared (another currency or unit, a charge beside a price, a length
 * that is not a wait): silence rather than a guess.
 */
export function aheadOf(fact: Fact, promise: ExtractedPromise): Ahead | null {
  switch (promise.kind) {
    case 'price': {
      const claim = promise.value;
      if (fact.kind !== 'price' || isNegotiable(claim) || claim.surcharge || claim.promotion || claim.deposit || claim.fee) return null;
      if (!sameCurrency(claim.currency, fact.value.currency) || !comparableUnits(claim.per, fact)) return null;
      return byLess(fact.value.amount, claim.amount);
    }
    case 'free':
      return freeAhead(fact, promise.value);
    case 'duration': {
      const claim = promise.value;
      if (fact.kind !== 'duration' || claim.stated) return null;
      // A period the customer is allowed (to return, to cancel) is better longer; a wait, shorter.
      const ours = durationMinutes(fact.value).max;
      return fact.allowance ? byMore(ours, claim.minutes) : byLess(ours, claim.minutes);
    }
    case 'discount':
      return fact.kind === 'discount' && isPercent(promise.value) ? byMore(fact.value.maxPercent, promise.value.percent) : null;
    case 'loyalty': {
      const claim = promise.value;
      if (fact.kind !== 'loyalty' || claim.buy < 1 || claim.free < 1) return null;
      return byLess(fact.value.buy / fact.value.free, claim.buy / claim.free);
    }
    case 'guarantee': {
      const claim = promise.value;
      if (fact.kind !== 'guarantee') return null;
      return byMore(guaranteeMonths(fact.value), guaranteeMonths(claim));
    }
    case 'offered':
      // Only an offer the page asserts is read: a mere mention of the service says nothing of it.
      return fact.kind === 'offered' && 'asserted' in promise.value && promise.value.asserted ? byMore(Number(fact.value), 1) : null;
    default:
      return null;
  }
}

/** Free over paid: a free promise against our price, our free rule, or a service we do not offer. */
function freeAhead(fact: Fact, claim: ExtractedPromise<'free'>['value']): Ahead | null {
  if (fact.kind === 'price') return claim === true ? byLess(fact.value.amount, 0) : null;
  if (fact.kind === 'offered') return fact.value ? null : 'theirs';
  if (fact.kind !== 'free') return null;
  const ours = fact.value;
  if (ours === false) return 'theirs';
  if (ours === true) return claim === true ? 'tie' : 'ours';
  if (claim === true) return 'theirs';
  return sameCurrency(ours.currency, claim.currency) ? byLess(ours.minOrder, claim.minOrder) : null;
}

/** Minutes open on each weekday a competitor's schedule states; a day it leaves unsaid is absent. */
export type StatedWeek = Partial<Record<Weekday, number>>;

/**
 * A competitor's usual week from its hours statements: a break, a date, "by appointment" or an
 * open end say nothing of how long the doors are open. Statements without days hold for the whole
 * week only when none names days.
 */
export function statedWeek(claims: HoursClaim[]): StatedWeek {
  const usual = claims.filter((claim) => !claim.break && !claim.dated && !claim.byAppointment && openMinutes(claim) !== null);
  const withDays = usual.filter((claim) => claim.days !== null);
  const week: StatedWeek = {};
  for (const claim of withDays.length > 0 ? withDays : usual) for (const day of claim.days ?? WEEKDAYS) week[day] = openMinutes(claim)!;
  return week;
}

function openMinutes(claim: HoursClaim): number | null {
  if (claim.closed) return 0;
  if (claim.allDay) return 1440;
  if (claim.from === null || claim.to === null) return null;
  return claim.to > claim.from ? claim.to - claim.from : claim.to + 1440 - claim.from;
}

/** Longer hours, summed over the days the competitor states; null when it states none. */
export function hoursAhead(fact: Fact, week: StatedWeek): Ahead | null {
  if (fact.kind !== 'hours') return null;
  const ours = weekHours(fact.value);
  const days = WEEKDAYS.filter((day) => week[day] !== undefined);
  if (days.length === 0) return null;
  const sum = (minutes: (day: Weekday) => number) => days.reduce((total, day) => total + minutes(day), 0);
  return byMore(
    sum((day) => ours[day].reduce((total, [open, close]) => total + close - open, 0)),
    sum((day) => week[day]!),
  );
}
