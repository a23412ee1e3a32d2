import { isHoursValue, isWeekdayKey } from '../profile/clock';
import { DAY_NAMES, describeHours, formatClock, weekHours } from '../profile/normalise';
import { WEEKDAYS, type Language, type Weekday } from '../profile/types';
import { hoursExtractor, type HoursClaim } from '../promises/hours';
import type { Severity } from '../report/types';
import { isObject } from './schema';
import { broken, KEPT, type Judge, type KindModule } from './types';

/** Keys are weekdays or ranges (`mon-fri`); values `HH:MM-HH:MM`, `24h` or `closed`. */
export type HoursValue = Record<string, string>;

const HOURS_EXPECTED = 'expected "HH:MM-HH:MM", "24h" or "closed"';

const judgeHours: Judge<HoursClaim> = (claim, fact, language, general) => {
  if (fact.kind !== 'hours' || claim.byAppointment || claim.break || claim.dated) return null;
  const week = weekHours(fact.value);
  const openDays = WEEKDAYS.filter((d) => week[d].length > 0);
  const text = describeHours(week, language);
  const differs = (severity: Severity) => broken(text, text.charAt(0).toUpperCase() + text.slice(1), severity);
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
};

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

/** The days in week order, as runs of days in a row: [mon…fri], [sun]. */
function dayRuns(days: readonly Weekday[]): Weekday[][] {
  const runs: Weekday[][] = [];
  for (const day of WEEKDAYS.filter((d) => days.includes(d))) {
    const last = runs.at(-1);
    if (last && WEEKDAYS.indexOf(last.at(-1)!) === WEEKDAYS.indexOf(day) - 1) last.push(day);
    else runs.push([day]);
  }
  return runs;
}

const EVERY_DAY = { ru: 'ежедневно', en: 'every day' };

/** "пн–пт, вс", "Sat, Sun", "ежедневно"; '' when no days are named. */
function describeDays(days: Weekday[] | null, language: Language): string {
  if (days === null || days.length === 0) return '';
  if (WEEKDAYS.every((day) => days.includes(day))) return EVERY_DAY[language];
  const names = DAY_NAMES[language];
  return dayRuns(days)
    .flatMap((run) => (run.length > 2 ? [`${names[run[0]!]}–${names[run.at(-1)!]}`] : run.map((day) => names[day])))
    .join(', ');
}

/** "8:00", "21:30", "24:00": a time as a page writes it. */
const clock = (minutes: number) => formatClock(minutes).replace(/^0(?=\d)/, '');

const HOURS_WORDS = {
  ru: { allDay: 'круглосуточно', allDayOn: 'круглосуточно', closed: '— выходной', closedAlone: 'выходной', appointment: 'по записи', break: 'перерыв', from: 'с', to: 'до' },
  en: { allDay: '24/7', allDayOn: '24 hours', closed: 'closed', closedAlone: 'closed', appointment: 'by appointment', break: 'break', from: 'from', to: 'until' },
};

function describeTimes(claim: HoursClaim, language: Language): string | null {
  const words = HOURS_WORDS[language];
  if (claim.from !== null && claim.to !== null) return `${clock(claim.from)}–${clock(claim.to)}`;
  if (claim.from !== null) return `${words.from} ${clock(claim.from)}`;
  if (claim.to !== null) return `${words.to} ${clock(claim.to)}`;
  return null;
}

/** "пн–пт 8:00–21:00", "вс — выходной", "круглосуточно", "Mon–Fri 24 hours", "перерыв 13:00–14:00". */
function describeClaim(claim: HoursClaim, language: Language): string | null {
  const words = HOURS_WORDS[language];
  const days = describeDays(claim.days, language);
  const times = claim.closed ? (days ? words.closed : words.closedAlone) : claim.byAppointment ? words.appointment : claim.allDay ? (days ? words.allDayOn : words.allDay) : describeTimes(claim, language);
  if (times === null) return null;
  return [days, claim.break ? `${words.break} ${times}` : times].filter(Boolean).join(' ');
}

/** A usual schedule as the checklist writes it: { "mon-fri": "08:00-21:00" }; a break, a date, an appointment or an open end is none. */
function draftHours(claim: HoursClaim): { value: HoursValue } | null {
  if (claim.break || claim.dated || claim.byAppointment) return null;
  const hours = claim.closed ? 'closed' : claim.allDay ? '24h' : claim.from !== null && claim.to !== null ? `${formatClock(claim.from)}-${formatClock(claim.to)}` : null;
  if (hours === null) return null;
  const value: HoursValue = {};
  for (const run of dayRuns(claim.days ?? WEEKDAYS)) value[run.length > 1 ? `${run[0]}-${run.at(-1)}` : run[0]!] = hours;
  return { value };
}

export const hoursKind: KindModule<'hours', HoursClaim, { value: HoursValue }> = {
  kind: 'hours',
  name: { ru: 'Часы работы', en: 'Opening hours' },
  item: { ru: 'Часы работы', en: 'Opening hours' },
  describe: describeClaim,
  draft: draftHours,
  extractor: hoursExtractor,
  fact: {
    create: (base) => ({ ...base, kind: 'hours', value: { 'mon-fri': '09:00-18:00', 'sat-sun': 'closed' } }),
    validate(fact, path, problems) {
      if (!isObject(fact.value) || Object.keys(fact.value).length === 0) return problems.add(`${path}.value`, 'expected an object of weekdays, e.g. { "mon-fri": "09:00-21:00" }');
      for (const [day, hours] of Object.entries(fact.value)) {
        if (!isWeekdayKey(day)) problems.add(`${path}.value.${day}`, `unknown day "${day}": expected mon…sun or a range like mon-fri`);
        else if (typeof hours !== 'string' || !isHoursValue(hours)) problems.add(`${path}.value.${day}`, HOURS_EXPECTED);
      }
    },
    editor: [{ type: 'hours-grid', at: 'value' }],
  },
  judge: judgeHours,
  comparer: { conflict: hoursConflict, needsSubject: false, differs: { ru: 'Часы работы указаны по-разному', en: 'The opening hours differ' } },
};
