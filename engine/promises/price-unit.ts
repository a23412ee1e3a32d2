import { unitOf } from './time-amount';

/**
 * What a price is charged per, as written right after the sum: "450 руб/час", "16 руб/км",
 * "от 2 500 ₽ в сутки", "$9.99 a month", "£15 per person". A price per kilometre
 * is not the price of an hour, nor a charge per head the price of a package: the checks compare
 * prices of one unit only. Units are named as the profile's `per` names them ("hour", "day").
 * ("add $10 each over 5" is a charge on top: `EXTRA_CHARGE` in price.ts reads it.)
 */

/**
 * Words after a sum that time-amount's units do not cover, each with the unit it charges per: a
 * night, a distance, an area, a head, and the cut forms of a price list ("сут", "нед", "mth").
 */
const UNIT_WORDS: [RegExp, string][] = [
  [/^(сут|дн|ночь|ночи|night|nights|nightly)$/u, 'day'],
  [/^(нед)$/u, 'week'],
  [/^(mo|mth)$/u, 'month'],
  [/^(км|километр\p{L}*|km|kilometres?|kilometers?|miles?|mi)$/u, 'km'],
  [/^(м2|м²|кв|квадратн\p{L}*|метр\p{L}*|m2|m²|sq|sqft|square)$/u, 'area'],
  [/^(человек\p{L}*|чел|персон\p{L}*|гост\p{L}*|person|people|persons|head|guest|guests|child|children|kid|kids|pupil|student)$/u, 'person'],
];

/** "руб/час", "₽ в час", "per hour", "an hour", "за ночь", "с человека": the joint and its unit word. */
const PER_AFTER = /^\s*\.?\s*(?:\/\s*(?:1\s*)?|в\s+|за\s+(?:1\s+|один\s+|одну\s+)?|с\s+|per\s+|an?\s+)(\p{L}+\d?²?|м2|m2)\.?/iu;

/** Unit words a price list sets right after the sum with no joint ("800 руб. сутки"); in capitals ("Сутки …") they start a sentence. */
const BARE_UNIT_AFTER = /^\s*\.?\s*(сутки|сут)(?!\p{L})\.?/u;

/** The unit a price is charged per, from the text right after its sum, and how long the words that say it are. */
export function unitJointAfter(text: string): { unit: string; length: number } | undefined {
  const joint = PER_AFTER.exec(text) ?? BARE_UNIT_AFTER.exec(text);
  if (!joint) return undefined;
  const unit = unitOfWord(joint[1]!.toLowerCase());
  return unit ? { unit, length: joint[0].length } : undefined;
}

function unitOfWord(word: string): string | undefined {
  for (const [pattern, unit] of UNIT_WORDS) if (pattern.test(word)) return unit;
  // Hours, days, weeks, months and years are time-amount's own units; a price per minute is not told apart.
  const time = unitOf(word)?.unit;
  return time === 'minute' ? undefined : time;
}

/** The unit a price is charged per, from the text right after its sum; undefined when none is said. */
export const unitAfter = (text: string) => unitJointAfter(text)?.unit;

/** The unit a heading or column names anywhere in it ("Цена в час", "Rate per night", "руб/км"). */
export function unitIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  // Each place a joint may start: a slash, or a word after a non-letter.
  for (const at of text.matchAll(/\/|(?<!\p{L})\p{L}/gu)) {
    const unit = unitAfter(text.slice(at.index));
    if (unit) return unit;
  }
  return undefined;
}

/** Profiles say "night" or "day" for one stay; one name per unit makes them comparable. */
const SAME_UNIT: Record<string, string> = { night: 'day', nights: 'day', hours: 'hour', days: 'day', months: 'month' };
export const unitName = (per: string | undefined) => (per === undefined ? undefined : (SAME_UNIT[per.toLowerCase()] ?? per.toLowerCase()));

/** Units that price a different thing than a time of service: a distance, an area, a head. */
const OTHER_MEASURES = new Set(['km', 'area', 'person']);

/**
 * Whether a page's price may be held against a fact's. The fact's unit is its `per`, else the one
 * its label names ("Газель-фургон в час", "House per night"). A bare page price is compared with
 * any fact (a table's column often says "per hour" where its cells do not); a price per some unit
 * with a fact of that unit, or — when the fact names none — unless it is per kilometre, square
 * metre or head, which no unpriced fact is about.
 */
export function comparableUnits(claimPer: string | undefined, fact: { label: string; value: { per?: string } }): boolean {
  if (claimPer === undefined) return true;
  const factPer = unitName(fact.value.per) ?? unitIn(fact.label);
  return factPer === undefined ? !OTHER_MEASURES.has(claimPer) : factPer === unitName(claimPer);
}
