import { WEEKDAYS, type Weekday } from '../profile/types';
import { matcherFor } from './regex-gate';
import { wordsSource } from '../lexicon/compile';
import * as RU from '../lexicon/ru/times';
import * as EN from '../lexicon/en/times';

/** Day names by stem, Russian (any case) and English, full and abbreviated. */
const DAY_PATTERNS: [RegExp, Weekday][] = [
  [/^(понедельн\p{L}*|пн|mon(day)?s?)$/u, 'mon'],
  [/^(вторник\p{L}*|вт|tue(s|sday)?s?)$/u, 'tue'],
  [/^(сред(а|у|ы|е|ам|ами|ах)|ср|wed(nesday)?s?)$/u, 'wed'],
  [/^(четверг\p{L}*|чт|thu(r|rs|rsday)?s?)$/u, 'thu'],
  [/^(пятниц\p{L}*|пт|fri(day)?s?)$/u, 'fri'],
  [/^(суббот\p{L}*|сб|sat(urday)?s?)$/u, 'sat'],
  [/^(воскресень\p{L}*|вс|sun(day)?s?)$/u, 'sun'],
];

export function dayOf(word: string): Weekday | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [pattern, day] of DAY_PATTERNS) if (pattern.test(w)) return day;
  return null;
}

/** Days from `from` to `to` inclusive, wrapping over the week end ("пт–пн"). */
export function dayRange(from: Weekday, to: Weekday): Weekday[] {
  const start = WEEKDAYS.indexOf(from);
  const days: Weekday[] = [];
  for (let i = 0; i < 7; i++) {
    const day = WEEKDAYS[(start + i) % 7]!;
    days.push(day);
    if (day === to) break;
  }
  return days;
}

export interface DaysClaim {
  days: Weekday[];
  start: number;
  end: number;
  /** "без выходных", "7 дней в неделю": a claim of opening by itself. */
  claimsOpening: boolean;
}

const DAY_WORD = String.raw`(?:понедельн\p{L}*|вторник\p{L}*|сред(?:ам|ами|ах|[аыуе])|четверг\p{L}*|пятниц\p{L}*|суббот\p{L}*|воскресень\p{L}*|пн|вт|ср|чт|пт|сб|вс|mon(?:days?)?|tue(?:s|sdays?)?|wed(?:nesdays?)?|thu(?:r|rs|rsdays?)?|fri(?:days?)?|sat(?:urdays?)?|sun(?:days?)?)\.?`;
const DASH = String.raw`\s*[-–—‐−]\s*`;

/** "7 дней в неделю", "7/7", "7 days a week": every day, in figures. */
const EVERY_DAY_IN_FIGURES = String.raw`7\s*дней\s+в\s+неделю|7\/7|365\s+дней\s+в\s+году|7\s+days(?:\s+a\s+week)?`;

const EVERY_DAY: RegExp[] = [
  new RegExp(String.raw`(?<!\p{L})(${wordsSource(RU.NO_DAYS_OFF, EN.NO_DAYS_OFF)}|${EVERY_DAY_IN_FIGURES})(?!\p{L})`, 'giu'),
  /(?<!\p{L})(ежедневно|каждый\s+день|все\s+дни|every\s*day|every\s+night|nightly|daily|all\s+week)(?!\p{L})/giu,
];

const GROUPS: [RegExp, Weekday[]][] = [
  [/(?<!\p{L})(по\s+будням|в\s+будни(е\s+дни)?|будн\p{L}*|weekdays|on\s+weekdays)(?!\p{L})/giu, ['mon', 'tue', 'wed', 'thu', 'fri']],
  // A bare "выходные" names the days only when hours follow ("выходные 10–16"); alone it may list the days off.
  [/(?<!\p{L})(по\s+выходным|в\s+выходные(\s+дни)?|выходные\s+дни|выходные(?=\s*:?\s*(?:с\s+)?\d)|weekends?|on\s+weekends|at\s+weekends)(?!\p{L})/giu, ['sat', 'sun']],
];

const RANGE = new RegExp(String.raw`(?<!\p{L})(?:(?:с|from)\s+)?(${DAY_WORD})(?:${DASH}|\s+(?:по|to|through|till|until)\s+)(${DAY_WORD})(?!\p{L})`, 'giu');
const SINGLE = new RegExp(String.raw`(?<!\p{L})(${DAY_WORD})(?!\p{L})`, 'giu');
const DAY_PATTERNS_TO_GATE = [...EVERY_DAY, ...GROUPS.map(([pattern]) => pattern), RANGE, SINGLE];

/** Weekday claims in a clause: ranges, lists, groups, "every day". */
export function findDays(text: string): DaysClaim[] {
  const matches = matcherFor(DAY_PATTERNS_TO_GATE, text);
  const claims: DaysClaim[] = [];
  EVERY_DAY.forEach((pattern, i) => {
    for (const m of matches(pattern)) claims.push({ days: [...WEEKDAYS], start: m.index, end: m.index + m[0].length, claimsOpening: i === 0 });
  });
  for (const [pattern, days] of GROUPS) {
    for (const m of matches(pattern)) claims.push({ days, start: m.index, end: m.index + m[0].length, claimsOpening: false });
  }
  for (const m of matches(RANGE)) {
    const from = dayOf(m[1]!);
    const to = dayOf(m[2]!);
    if (from && to) claims.push({ days: dayRange(from, to), start: m.index, end: m.index + m[0].length, claimsOpening: false });
  }
  for (const m of matches(SINGLE)) {
    if (claims.some((c) => c.start <= m.index && m.index < c.end)) continue;
    const day = dayOf(m[1]!);
    if (day && isDayName(m[0], text.slice(m.index + m[0].length))) claims.push({ days: [day], start: m.index, end: m.index + m[0].length, claimsOpening: false });
  }
  return mergeAdjacent(
    text,
    claims.sort((a, b) => a.start - b.start),
  );
}

/** A lone day word counts when it cannot be another word: "sun", "sat" or "ср" alone are not days, "сб 10:00", "сб с 9" and "вс — выходной" are. */
function isDayName(word: string, after: string): boolean {
  if (/^[\u0400-\u04ff]{3,}/.test(word) || /day$/i.test(word)) return true;
  return /^[А-ЯA-Z]/.test(word) || /^\s*:?\s*(?:(?:с|from)\s+)?\d/iu.test(after) || /^\s*[:–—-]?\s*(?:выходн|закрыт|closed)/iu.test(after);
}

/** "по выходным и будням", "Mon, Wed and Fri": claims joined by "и", "and", commas. */
function mergeAdjacent(text: string, claims: DaysClaim[]): DaysClaim[] {
  const merged: DaysClaim[] = [];
  for (const claim of claims) {
    const last = merged[merged.length - 1];
    if (last && /^\s*(,|и|and|&|\/)?\s*$/iu.test(text.slice(last.end, claim.start)) && claim.start >= last.end) {
      last.days = WEEKDAYS.filter((d) => last.days.includes(d) || claim.days.includes(d));
      last.end = claim.end;
      last.claimsOpening ||= claim.claimsOpening;
    } else if (!last || claim.start >= last.end) merged.push({ ...claim });
  }
  return merged;
}
