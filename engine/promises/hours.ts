import type { Block } from '../material/types';
import type { Language, Weekday } from '../profile/types';
import { WEEKDAYS } from '../profile/types';
import { isNegated } from '../text/negation';
import { namesCalendarDate } from '../text/dates';
import { ALL_DAY, clockTime, findTimeRanges, type TimeRange } from '../text/times';
import { findDays, type DaysClaim } from '../text/weekdays';
import { clauseAround, eachSentence, makePromise, mentionsAny, sectionHeading, states, topicScope, topicWords, withPlace, type SentenceView } from './common';
import type { ExtractContext, ExtractedPromise, Extractor } from './types';
import { wordPattern, wordsSource } from '../lexicon/compile';
import * as RU from '../lexicon/ru/promises';
import * as EN from '../lexicon/en/promises';

/** What an opening-hours promise claims: on these days (all, when unsaid), open from/to these minutes. */
export interface HoursClaim {
  days: Weekday[] | null;
  from: number | null;
  to: number | null;
  allDay: boolean;
  /** "вс — выходной", "Saturday: closed": the days are said to be closed. */
  closed?: true;
  /** "Воскресенье — по записи": the days open on request, which no schedule contradicts. */
  byAppointment?: true;
  /** "Closed Thursday: 12–1:30", "Перерыв 13–14": the times are a break inside the day, not its opening. */
  break?: true;
  /** "31 декабря — с 10 до 16", "Dec 24th: 9am–2pm": a one-off schedule for named dates, not the usual opening. */
  dated?: true;
}

/** Words that make a list of days or a time about opening: "работаем", "открыты", "приём", "open". */
/** "Hours" alone is about opening; after a count ("two hours", "extra hours") it is a length. */
const HOURS_OPEN = String.raw`(?<!(?:\d|\b${wordsSource(EN.COUNTS_BEFORE_HOURS)})[\s-]*)hours`;
const OPENING_CUE = new RegExp(String.raw`(?<!\p{L})(${wordsSource(RU.OPENING_CUES, EN.OPENING_CUES)}|${HOURS_OPEN})(?!\p{L})`, 'iu');

/**
 * Channels that answer while the doors are shut, and services of others a page points to (an
 * emergency line, the NHS out of hours): their hours are not the opening hours.
 */
const REMOTE_CHANNEL = wordPattern([RU.REMOTE_CHANNELS, EN.REMOTE_CHANNELS]);

/** A word before a clause's times that makes them a break: "Closed Thursday: 12–1:30", "обед 13–14" (not "без перерыва"). */
const BREAK_CUE = /(?<!\p{L})(?<!(?:без|no|without)\s+)(closed|lunch|break|перерыв\p{L}*|обед\p{L}*|закрыт\p{L}*)(?!\p{L})/iu;

const BY_APPOINTMENT = /(?<!\p{L})(по\s+(?:предварительной\s+)?записи|по\s+договор[её]нности|по\s+согласованию|by\s+appointment|by\s+arrangement|on\s+request)(?!\p{L})/iu;

/**
 * Activities and features that keep hours of their own, apart from the opening: delivery, a
 * kitchen, a car park, CCTV ("Время доставки с 10 до 22", "Круглосуточное видеонаблюдение").
 * Starts of words, per language.
 */
const OWN_SCHEDULE: Record<Language, readonly string[]> = {
  ru: ['доставк', 'курьер', 'кухн', 'видеонаблюден', 'видеокамер', 'камер', 'охран', 'сигнализац', 'парковк', 'стоянк', 'автостоянк'],
  en: ['deliver', 'kitchen', 'cctv', 'surveillance', 'camera', 'security', 'monitoring', 'alarm', 'parking', 'car park', 'happy hour'],
};
const OWN_SCHEDULE_CUES = Object.values(OWN_SCHEDULE).flat();

/**
 * Whether hours with these words can be the schedule of a fact so labelled: "Онлайн-запись
 * круглосуточно", "support 24/7" are a remote channel's, never the place's; delivery or CCTV
 * hours are the fact's only where its label names that activity too.
 */
export function isScheduleOf(label: string, topics: string[]): boolean {
  const text = topics.join(' ');
  if (REMOTE_CHANNEL.test(text)) return false;
  return OWN_SCHEDULE_CUES.filter((cue) => mentionsAny(text, [cue])).every((cue) => mentionsAny(label, [cue]));
}

/**
 * Verbs of what befalls the customer at any hour ("Termites feast 24/7", "Аварии случаются
 * круглосуточно"): the clause times the trouble, not the business's opening.
 */
const BEFALLS: Record<Language, string[]> = {
  ru: ['случаются', 'случается', 'случиться', 'возникают', 'возникает', 'возникнуть', 'происходят', 'происходит', 'ломаются', 'ломается', 'нападают'],
  en: ['happen', 'happens', 'occur', 'occurs', 'strike', 'strikes', 'feast', 'feasts', 'feed', 'feeds', 'breed', 'breeds', 'attack', 'attacks', 'break down', 'breaks down'],
};

/**
 * Our own work as the subject of such a verb ("Обработка заказов происходит без выходных",
 * "Order processing happens every day"): the clause times the work, so it is the hours of it.
 */
const OWN_WORK: Record<Language, string[]> = {
  ru: ['обработк', 'приём', 'прием', 'выдач', 'отгрузк', 'отправк', 'доставк', 'обслуживан', 'консультац'],
  en: ['processing', 'dispatch', 'delivery', 'deliveries', 'order', 'orders', 'service'],
};

/** Whether the clause times what befalls the customer rather than our own work. */
function timesWhatBefalls(clauseText: string, language: Language): boolean {
  // Russian cues are starts of words, English ones whole words.
  return mentionsAny(clauseText, BEFALLS[language], true) && !mentionsAny(clauseText, OWN_WORK[language], language === 'en');
}

/** "24/7", "24x7": every day of the week, not only the days it opens. */
function claimsEveryDay(clauseText: string): boolean {
  return /24\s*[/x×х]\s*7/iu.test(clauseText);
}

/**
 * "24 часа", "24 hours" alone are a length of time ("бронь держим 24 часа", "refunds within 24
 * hours"): they are all-day opening only with a word for opening ("работаем 24 часа").
 */
const DAY_LENGTH = /^(24\s+часа|24\s+hours|24h)$/iu;

/** The clause around [start, end) with those words left out ("24 hours" holds "hours", no cue of its own). */
function clauseWithout(text: string, start: number, end: number): string {
  const clause = clauseAround(text, start, end);
  return `${text.slice(clause.start, start)} ${text.slice(end, clause.end)}`;
}

function claimsIn(view: SentenceView): ExtractedPromise<'hours'>[] {
  const { text } = view;
  const days = findDays(text);
  const rows = scheduleRows(view, days);
  if (rows) return rows;
  const promises: { claim: HoursClaim; core: { start: number; end: number }; own?: boolean }[] = [];
  // "Пн-Пт 9-21": hours beside named days are opening hours even without a word for opening.
  const times = findTimeRanges(text, { bareRanges: OPENING_CUE.test(text) || days.length > 0 });
  const allDay = [...text.matchAll(ALL_DAY)].filter((m) => !DAY_LENGTH.test(m[0]) || OPENING_CUE.test(clauseWithout(text, m.index, m.index + m[0].length)));
  const used = new Set<number>();
  const anchors = [
    ...allDay.map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'allDay' as const })),
    ...times.map((t) => ({ start: t.start, end: t.end, kind: 'time' as const })),
    ...days
      .filter((d) => d.claimsOpening || besideTimes(text, d, times) || OPENING_CUE.test(text.slice(clauseAround(text, d.start, d.end).start, clauseAround(text, d.start, d.end).end)))
      .map((d) => ({ start: d.start, end: d.end, kind: 'days' as const })),
  ].sort((a, b) => a.start - b.start);
  for (const anchor of anchors) {
    const clause = clauseAround(text, anchor.start, anchor.end);
    if (used.has(clause.start)) continue;
    const inClause = <T extends { start: number }>(items: T[]) => items.filter((i) => i.start >= clause.start && i.start < clause.end);
    const clauseTimes = inClause(times);
    // Days with a colon after the clause's time label the next clause ("пн-пт: 11–20 сб-вс: 10–18").
    const ownDays = inClause(days).filter((d) => !(clauseTimes.length > 0 && d.start > clauseTimes[0]!.start && /^\s*:/.test(text.slice(d.end))));
    const clauseDays = ownDays.length > 0 || clauseTimes.length === 0 ? ownDays : daysLabelling(text, days, clause.start);
    const clauseText = text.slice(clause.start, clause.end);
    // "Open Mon-Fri 9am-5pm Emergency line answered 24/7": a clause's hours belong to its days; the
    // all-day words run into it from the next line are a claim of their own (see allDayLineAfter).
    const isAllDay = anchor.kind === 'allDay' || (clauseTimes.length === 0 && inClause(allDay.map((m) => ({ start: m.index }))).length > 0);
    const cued = isAllDay || clauseDays.some((d) => d.claimsOpening) || clauseTimes.some((t) => t.from !== null && t.to !== null) || clauseDays.some((d) => besideTimes(text, d, times)) || OPENING_CUE.test(clauseText);
    if (!cued || isNegated(text, anchor.start, view.context.language) || timesWhatBefalls(clauseText, view.context.language)) continue;
    used.add(clause.start);
    const isBreak = clauseTimes.length > 0 && breakBefore(text, times, clauseTimes[0]!) ? { break: true as const } : {};
    const isDated = namesCalendarDate(clauseText) ? { dated: true as const } : {};
    const pairs = pairDaysWithTimes(clauseDays, clauseTimes);
    if (pairs) {
      for (const [days, time] of pairs) {
        const core = { start: Math.min(days.start, time.start), end: Math.max(days.end, time.end) };
        promises.push({ claim: { days: days.days, from: time.from, to: time.to, allDay: false, ...isBreak, ...isDated }, core, own: true });
      }
      continue;
    }
    const time = clauseTimes[0];
    // "We open at 7am on weekdays and 8am on Saturdays": one time read belongs to its nearest days only.
    const timedDays = time && clauseTimes.length === 1 && clauseDays.length > 1 ? [nearest(clauseDays, time)] : clauseDays;
    const claim: HoursClaim = {
      days: timedDays.length > 0 ? WEEKDAYS.filter((d) => timedDays.some((c) => c.days.includes(d))) : claimsEveryDay(clauseText) ? [...WEEKDAYS] : null,
      from: isAllDay ? 0 : (time?.from ?? null),
      to: isAllDay ? 1440 : (time?.to ?? null),
      allDay: isAllDay,
      // "Воскресенье — по записи", "Sundays by appointment": open on request, not at set hours.
      ...(clauseTimes.length === 0 && !isAllDay && BY_APPOINTMENT.test(clauseText) ? { byAppointment: true as const } : {}),
      // "Часы работы: пн–пт с 8 до 21, вс — выходной": a day said closed, here where the schedule's rows are not read as rows.
      ...(clauseTimes.length === 0 && !isAllDay && clauseDays.length > 0 && CLOSED.test(text.slice(clauseDays.at(-1)!.end, clause.end)) ? { closed: true as const } : {}),
      ...isBreak,
      ...isDated,
    };
    const coreStart = Math.min(anchor.start, ...clauseDays.map((d) => d.start), ...clauseTimes.map((t) => t.start));
    const coreEnd = Math.max(anchor.end, ...clauseDays.map((d) => d.end), ...clauseTimes.map((t) => t.end));
    const previous = promises[promises.length - 1];
    if (previous && (completes(previous.claim, claim) || completes(claim, previous.claim)) && /^[\s,]*$/.test(text.slice(previous.core.end, coreStart))) {
      previous.claim = { ...previous.claim, days: previous.claim.days ?? claim.days, from: previous.claim.from ?? claim.from, to: previous.claim.to ?? claim.to };
      previous.core.end = coreEnd;
    } else promises.push({ claim, core: { start: coreStart, end: coreEnd } });
    if (claim.days !== null && !claim.break) promises.push(...labelledRanges(text, clauseTimes).map((range) => ({ claim: { ...claim, from: range.time.from, to: range.time.to }, core: range.core, own: true })));
  }
  const found = promises.map(({ claim, core, own }) => withTopicsToLineEnd(makePromise(view, 'hours', core, claim, { quoteCore: own }), view, core, times));
  return found.length > 0 ? [...found, ...allDayLineAfter(view, Math.max(...promises.map(({ core }) => core.end)))] : found;
}

/**
 * "Tuesday: Juniors – 17:00–18:00 Seniors – 18:00–19:30": after a clause's first times, each
 * later range with a label of its own (not "and", no day, no break, no channel or activity with
 * hours of its own) is another session of the same days, quoted with its label.
 */
function labelledRanges(text: string, times: TimeRange[]): { time: TimeRange; core: { start: number; end: number } }[] {
  return times.slice(1).flatMap((time, k) => {
    const label = text.slice(times[k]!.end, time.start);
    const separate = /\p{L}/u.test(label) && !BETWEEN_SHIFTS.test(label) && !BREAK_CUE.test(label) && findDays(label).length === 0 && !REMOTE_CHANNEL.test(label) && !mentionsAny(label, OWN_SCHEDULE_CUES);
    if (!separate || time.from === null || time.to === null) return [];
    const start = times[k]!.end + (label.length - label.trimStart().length);
    return [{ time, core: { start, end: time.start + text.slice(time.start, time.end).trimEnd().length } }];
  });
}

/** "Closed Thursday: 12–1:30", "Mon–Fri 9–6, lunch 1–2": a break cue after the previous times and before these. */
function breakBefore(text: string, times: TimeRange[], time: TimeRange): boolean {
  const previousEnd = Math.max(0, ...times.filter((t) => t.end <= time.start).map((t) => t.end));
  return BREAK_CUE.test(text.slice(previousEnd, time.start));
}

/**
 * "Время работы: ПН - ПТ : с 10.00 до 19.00", "On Saturdays and Sundays, we are open 10–6": days set
 * off by a colon, or opening the sentence before a comma, label the hours of the clause after them.
 */
function daysLabelling(text: string, days: ReturnType<typeof findDays>, clauseStart: number): ReturnType<typeof findDays> {
  const label = days.find((d) => {
    if (d.end > clauseStart) return false;
    const between = text.slice(d.end, clauseStart);
    // "Thursday - Black Belts Only - 18:00-19:30": a day that opens the line labels it across a dash too;
    // "Saturday: Juniors (under 12) - 10:00-11:00" labels its block up to the next day.
    const opensLine = OPENING_PREPOSITION.test(text.slice(0, d.start));
    const labelsBlock = opensLine && /^\s*:/.test(between) && !days.some((other) => other.start > d.end && other.start < clauseStart);
    return /^\s*:\s*$/.test(between) || (/^\s*[,–—-]\s*$/.test(between) && opensLine) || labelsBlock;
  });
  return label ? [label] : [];
}
const OPENING_PREPOSITION = /^\s*(?:on|every|each|в|во|по)?\s*$/iu;

/** "вс — выходной", "Sunday: closed": a day of the schedule with no hours. */
const CLOSED = /^[\s:–—-]*(выходн\p{L}*|закрыт\p{L}*|не\s+работаем|closed|day\s+off)(?!\p{L})/iu;
/** What may stand between a row's days and its hours ("Пн–пт: 9–20", "Saturday — 10am–4pm"), and between rows. */
const DAYS_TO_HOURS = /^[\s:–—-]*$/u;
const BETWEEN_ROWS = /^[\s,;.|/]*$/u;
const BETWEEN_SHIFTS = /^\s*(?:,|и|and|&|\/)?\s*$/iu;

/**
 * A schedule written as rows, each day group followed by its hours: "Пн–пт: 9:00–20:00, сб:
 * 10:00–17:00, вс — выходной", "пн-чт: с 10:00 до 23:00 пт-вс: с 11:00 до 01:00", "Monday to
 * Friday 9.00am – 1.00pm and 2.00pm – 5.30pm". Each row is its own claim, a split shift one claim
 * from its first opening to its last closing; null when the sentence is not such a schedule.
 */
function scheduleRows(view: SentenceView, days: DaysClaim[]): ExtractedPromise<'hours'>[] | null {
  const { text } = view;
  if (days.length === 0 || isNegated(text, days[0]!.start, view.context.language)) return null;
  const times = findTimeRanges(text, { bareRanges: true });
  if (times.length > 0 && times[0]!.start < days[0]!.start) return null;
  const rows: ExtractedPromise<'hours'>[] = [];
  let at = 0;
  for (const [i, row] of days.entries()) {
    const next = days[i + 1]?.start ?? text.length;
    const shifts = times.filter((t) => t.start >= row.end && t.start < next);
    const closed = CLOSED.exec(text.slice(row.end, next));
    if (!BETWEEN_ROWS.test(text.slice(at, row.start))) return null;
    if (shifts.length === 0) {
      if (!closed) return null;
      at = row.end + closed[0].length;
      rows.push(rowPromise(view, { start: row.start, end: at }, { days: row.days, from: null, to: null, allDay: false, closed: true }, times));
      continue;
    }
    if (!DAYS_TO_HOURS.test(text.slice(row.end, shifts[0]!.start))) return null;
    if (shifts.some((shift, k) => k > 0 && !BETWEEN_SHIFTS.test(text.slice(shifts[k - 1]!.end, shift.start)))) return null;
    const last = shifts[shifts.length - 1]!;
    const claim: HoursClaim = { days: row.days, from: shifts[0]!.from, to: last.to, allDay: false };
    const end = last.start + text.slice(last.start, last.end).trimEnd().length;
    rows.push(rowPromise(view, { start: row.start, end }, claim, times));
    at = last.end;
  }
  return rows.length > 0 && times.every((t) => t.start >= days[0]!.end) ? [...rows, ...allDayLineAfter(view, at)] : null;
}

/** The first all-day word of a text (`ALL_DAY` is global, for finding them all). */
const FIRST_ALL_DAY = new RegExp(ALL_DAY.source, 'iu');

/**
 * "Пн–пт с 9 до 18 Онлайн-заявки принимаем круглосуточно": a top bar's next line run into the
 * schedule's last hours, all day: a claim of its own, its topics its own words ("онлайн-заявки"),
 * which say whose hours these are (a remote channel's is never held against the opening).
 */
function allDayLineAfter(view: SentenceView, at: number): ExtractedPromise<'hours'>[] {
  const tail = view.text.slice(at);
  const allDay = FIRST_ALL_DAY.exec(tail);
  if (!allDay || !startsLine(tail) || isNegated(tail, allDay.index, view.context.language)) return [];
  const lead = tail.length - tail.trimStart().length;
  const core = { start: at + lead, end: at + allDay.index + allDay[0].length };
  const promise = makePromise(view, 'hours', core, { days: null, from: 0, to: 1440, allDay: true } satisfies HoursClaim, { quoteCore: true });
  return [{ ...promise, topics: topicWords(view.text.slice(core.start, core.end), view.context) }];
}

/** A schedule row, with its topics cut where a new line run into it starts. */
function rowPromise(view: SentenceView, core: { start: number; end: number }, claim: HoursClaim, times: TimeRange[]): ExtractedPromise<'hours'> {
  return withTopicsToLineEnd(makePromise(view, 'hours', core, claim, { quoteCore: true }), view, core, times);
}

/**
 * "Работаем: Пн–пт с 9 до 18 Онлайн-заявки круглосуточно": lines of a top bar run together with
 * no stop between them. A capitalised word right after a time, not a day, starts the next line,
 * whose words ("онлайн") say nothing of whose hours these are; the topics end before it.
 */
function withTopicsToLineEnd<P extends ExtractedPromise>(promise: P, view: SentenceView, core: { start: number; end: number }, times: TimeRange[]): P {
  const { text } = view;
  const clause = clauseAround(text, core.start, core.end);
  const lineEnd = times.find((t) => t.end >= core.start && t.end < clause.end && startsLine(text.slice(t.end, clause.end)))?.end;
  return lineEnd === undefined ? promise : { ...promise, topics: topicWords(topicScope(text, { start: clause.start, end: lineEnd }), view.context) };
}

function startsLine(after: string): boolean {
  const next = /^\s+(?=\p{Lu}\p{Ll})/u.exec(after);
  return next !== null && findDays(after.slice(next[0].length))[0]?.start !== 0;
}

function nearest(days: DaysClaim[], time: TimeRange): DaysClaim {
  const gap = (d: DaysClaim) => (d.end <= time.start ? time.start - d.end : d.start - time.end);
  return days.reduce((best, d) => (gap(d) < gap(best) ? d : best));
}

/**
 * "по будням с 9 до 21 и по выходным с 10 до 18", "9–5 Monday to Friday and 10–4 on Saturday":
 * days and times that alternate in one clause are pairs, each its own claim; null otherwise.
 */
function pairDaysWithTimes(days: DaysClaim[], times: TimeRange[]): [DaysClaim, TimeRange][] | null {
  if (days.length < 2 || times.length !== days.length) return null;
  const items = [...days.map((d) => ({ start: d.start, days: d })), ...times.map((t) => ({ start: t.start, time: t }))].sort((a, b) => a.start - b.start);
  const pairs: [DaysClaim, TimeRange][] = [];
  for (let i = 0; i < items.length; i += 2) {
    const [a, b] = [items[i]!, items[i + 1]!];
    const day = 'days' in a ? a.days : 'days' in b ? b.days : undefined;
    const time = 'time' in a ? a.time : 'time' in b ? b.time : undefined;
    if (!day || !time) return null;
    pairs.push([day, time]);
  }
  return pairs;
}

/** Days right after or before a time range, with only a comma between: "from 9 to 5, Monday to Friday". */
function besideTimes(text: string, days: { start: number; end: number }, times: { start: number; end: number }[]): boolean {
  return times.some((t) => /^[\s,]*$/.test(t.end <= days.start ? text.slice(t.end, days.start) : text.slice(days.end, t.start)));
}

/** "open daily, 7am–7pm", "9 to 5, Monday to Friday": days in one clause and their times in the next are one claim. */
function completes(days: HoursClaim, times: HoursClaim): boolean {
  return days.days !== null && days.from === null && days.to === null && !days.allDay && times.days === null && (times.from !== null || times.to !== null);
}

/**
 * "последний сеанс – 20:00", "last entry 5pm": when the last session, entry or booking starts.
 * Its time is no closing time (a session runs on past it), but the place is open then: it is
 * read as open until at least that time, which no later closing contradicts.
 */
const LAST_START: Record<Language, RegExp> = {
  ru: /(?<!\p{L})последн(?:ий|ее|яя)\s+(?:сеанс|вход|запись|при[её]м|заезд|посадка|экскурсия|занятие)(?:\s+(?:начинается|начинаются|проводится|в))?\s*(?:в|[-–—:])?\s*(\d{1,2}[:.]\d{2})(?![\d\p{L}])/giu,
  en: /(?<!\p{L})last\s+(?:session|entry|admission|appointment|booking|seating|class|tour)(?:\s+(?:starts|begins|is))?\s*(?:at|[-–—:])?\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)(?![\d\p{L}])/giu,
};

function lastStarts(view: SentenceView): ExtractedPromise[] {
  return [...view.text.matchAll(LAST_START[view.context.language])].flatMap((found) => {
    const time = clockTime(found[1]!);
    if (time === null) return [];
    const claim: HoursClaim = { days: null, from: null, to: time, allDay: false };
    return [makePromise(view, 'hours', { start: found.index, end: found.index + found[0].length }, claim, { quoteCore: true })];
  });
}

/** Opening hours: "круглосуточно", "24/7", "без выходных", "ежедневно с 7:30 до 23:00", "Open every day from 7am". */
export const hoursExtractor: Extractor = {
  kind: 'hours',
  extract: (context) => {
    const table = tableRows(context);
    const sentences = eachSentence(context).filter((view) => !table.blocks.has(view.block.index) && states(view));
    return [...table.promises, ...sentences.flatMap((view) => claimsIn(view).map((promise) => underLabel(promise, view))), ...eachSentence(context).flatMap(lastStarts)];
  },
};

/** A short line that names a break ("Обед:", "Lunch break"): the times below it are the break, not the opening. */
function isBreakLabel(text: string | undefined): boolean {
  return text !== undefined && text.trim().length <= 24 && !/\d/.test(text) && BREAK_CUE.test(text);
}

/** A block that is nothing but days ("Monday to Friday", "Сб, вс"): the label of the hours below it. */
function dayLabel(text: string | undefined): Weekday[] | null {
  const days = text ? findDays(text) : [];
  return days.length === 1 && days[0]!.end - days[0]!.start >= text!.trim().length - 1 ? days[0]!.days : null;
}

/**
 * "Время работы — ТЦ «Глобо»:" before rows of days and hours, in the rows' block or a line above
 * them: the words that introduce a schedule name whose hours they are (a branch, a service), so
 * they join each row's topics.
 */
function withScheduleTitle<P extends ExtractedPromise>(promise: P, view: SentenceView): P {
  const blocks = view.context.material.blocks;
  for (let at = view.block.index; at >= 0 && at > view.block.index - 8; at--) {
    const block = blocks[at]!;
    const title = scheduleTitle(block, at === view.block.index ? promise.span.start : block.text.length);
    if (title) return { ...promise, topics: [...promise.topics, ...topicWords(title, view.context)] };
    if (at < view.block.index && firstDayOf(block) === null) break;
  }
  return promise;
}

/** How long a schedule's title may be: "Время работы — ТЦ «Глобо»:". */
const MAX_TITLE_CHARS = 100;

/** The words before a block's first day, up to `upTo`, that end with a colon: "Время работы — ТЦ «Глобо»:". */
function scheduleTitle(block: Block, upTo: number): string | null {
  const firstDay = firstDayOf(block);
  const headEnd = firstDay && firstDay.start < upTo ? firstDay.start : upTo;
  // A long head is no title: checked before it is cut, as a block may hold a hundred thousand sentences.
  if (headEnd > MAX_TITLE_CHARS * 2) return null;
  const head = block.text.slice(0, headEnd).trim();
  return head.endsWith(':') && head.length > 1 && head.length <= MAX_TITLE_CHARS ? head : null;
}

/** Each block's first day, found once: every promise of a long block asks for it. */
const firstDays = new WeakMap<Block, DaysClaim | null>();
function firstDayOf(block: Block): DaysClaim | null {
  let found = firstDays.get(block);
  if (found === undefined) firstDays.set(block, (found = findDays(block.text)[0] ?? null));
  return found;
}

/**
 * Hours laid out as label and value ("Monday to Friday" above "09:00–13:45"): a time with no days
 * takes the days of the line above it, and stands under the section's heading, not the day label.
 */
function underLabel(promise: ExtractedPromise<'hours'>, view: SentenceView): ExtractedPromise<'hours'> {
  const claim = promise.value;
  const label = view.context.material.blocks[view.block.index - 1]?.text;
  const labelDays = claim.days === null ? dayLabel(label) : null;
  const placed = withScheduleTitle(withPlace(promise, view), view);
  if (claim.days === null && isBreakLabel(label)) return { ...placed, value: { ...claim, break: true } };
  if (!labelDays && !dayLabel(view.block.heading)) return placed;
  const section = sectionHeading(view.context.material, view.block.index);
  const place = section ? topicWords(section, view.context) : undefined;
  return { ...placed, ...(labelDays ? { value: { ...claim, days: labelDays } } : {}), ...(place ? { place } : {}) };
}

/** A table row: the cells that share one row label, in the order they stand. */
interface TableRow {
  label: string;
  cells: Block[];
}

/** The tables of a material, each as its rows: consecutive cell blocks, a row per run of one row label. */
function tablesOf(blocks: readonly Block[]): TableRow[][] {
  const tables: TableRow[][] = [];
  let table: TableRow[] = [];
  for (const block of blocks) {
    if (!block.cell) {
      if (table.length > 0) tables.push(table);
      table = [];
      continue;
    }
    const label = block.cell.rowLabel;
    if (label === undefined) continue;
    const last = table[table.length - 1];
    if (last && last.label === label && last.cells[last.cells.length - 1]!.index === block.index - 1) last.cells.push(block);
    else table.push({ label, cells: [block] });
  }
  if (table.length > 0) tables.push(table);
  return tables;
}

/** What a weekday may be written as down a table's first column: "M", "Tu", "Th"… */
const INITIALS: Record<Weekday, readonly string[]> = {
  mon: ['m', 'mo'],
  tue: ['t', 'tu'],
  wed: ['w', 'we'],
  thu: ['t', 'th'],
  fri: ['f', 'fr'],
  sat: ['s', 'sa'],
  sun: ['s', 'su'],
};
const MIN_INITIAL_ROWS = 3;

/**
 * "M, T, W, T, F" down a table's first column: the days of a week told apart by their order,
 * starting on Monday or on Sunday. Any other sequence names no days.
 */
function daysByInitials(labels: string[]): Weekday[][] | null {
  if (labels.length < MIN_INITIAL_ROWS || labels.length > WEEKDAYS.length) return null;
  const written = labels.map((label) => label.trim().toLowerCase().replace(/\.$/u, ''));
  for (const first of [0, WEEKDAYS.length - 1]) {
    const order = written.map((_, k) => WEEKDAYS[(first + k) % WEEKDAYS.length]!);
    if (written.every((label, k) => INITIALS[order[k]!].includes(label))) return order.map((day) => [day]);
  }
  return null;
}

/** Each row's days: a day in its label ("Monday", "Пн–Пт"), or its place in a column of day initials. */
function rowDays(table: TableRow[]): (Weekday[] | null)[] {
  const short = table.filter((row) => row.label.trim().length <= 3);
  const initials = daysByInitials(short.map((row) => row.label));
  return table.map((row) => dayLabel(row.label) ?? (initials ? (initials[short.indexOf(row)] ?? null) : null));
}

/**
 * Opening hours laid out as a table, a row a day: "Monday | 8:30 | 18:00", "Пн | 9:00–20:00",
 * "Saturday | Closed | Closed", "W | 8:00 - 12:00 | 2:00 - 6:00". Each row is one claim, quoted at
 * its first time (or "closed") cell; the cells it reads are left out of the sentence-by-sentence reading.
 */
function tableRows(context: ExtractContext): { promises: ExtractedPromise[]; blocks: Set<number> } {
  const promises: ExtractedPromise[] = [];
  const blocks = new Set<number>();
  for (const table of tablesOf(context.material.blocks)) {
    const days = rowDays(table);
    table.forEach(({ cells }, k) => {
      const claim = days[k] ? rowClaim(cells, days[k]!) : null;
      const first =
        cells.find((block) => clockTime(block.text) !== null || findTimeRanges(block.text, { bareRanges: true }).length > 0 || CLOSED.test(block.text)) ??
        (claim?.closed ? cells.find((block) => block.text.trim() !== '') : undefined);
      if (!claim || !first) return;
      for (const block of cells) blocks.add(block.index);
      const view = { block: first, span: { block: first.index, start: 0, end: first.text.length }, text: first.text, context };
      promises.push(withPlace(makePromise(view, 'hours', { start: 0, end: first.text.trimEnd().length }, claim, { quoteCore: true }), view));
    });
  }
  return { promises, blocks };
}

/** "-------" or "—" in a schedule's cell: no hours in that part of the day. */
const NO_HOURS = /^[\s–—-]*$/u;
const HALF_DAY = 720;

/**
 * A row's times read forward through the day: "8:00 - 12:00 | 2:00 - 6:00" with no am or pm is a
 * morning and an afternoon, so a time earlier than the one before it is read twelve hours on.
 */
function forwardInDay(times: { from: number; to: number }[]): { from: number; to: number }[] {
  const read: { from: number; to: number }[] = [];
  for (const time of times) {
    const before = read[read.length - 1];
    const later = before && time.from < before.to && time.from < HALF_DAY && time.to <= HALF_DAY && time.from + HALF_DAY >= before.to;
    read.push(later ? { from: time.from + HALF_DAY, to: time.to + HALF_DAY } : time);
  }
  return read;
}

/** The hours a table row's cells state: its first opening and last closing, or closed. */
function rowClaim(row: { text: string }[], days: Weekday[]): HoursClaim | null {
  if (row.every((cell) => CLOSED.test(cell.text) || NO_HOURS.test(cell.text))) {
    return row.some((cell) => CLOSED.test(cell.text) || cell.text.trim() !== '') ? { days, from: null, to: null, allDay: false, closed: true } : null;
  }
  const times = forwardInDay(
    row.flatMap((cell) => {
      const clock = clockTime(cell.text);
      if (clock !== null) return [{ from: clock, to: clock }];
      return findTimeRanges(cell.text, { bareRanges: true }).flatMap((range) => (range.from !== null && range.to !== null ? [{ from: range.from, to: range.to }] : []));
    }),
  );
  if (times.length === 0) return null;
  const from = times[0]!.from;
  const to = times[times.length - 1]!.to;
  return times.length > 1 || from !== to ? { days, from, to, allDay: false } : null;
}
