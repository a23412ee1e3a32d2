import { toMinutes } from '../profile/normalise';
import type { Language, TimeUnit } from '../profile/types';
import { isNegated } from '../text/negation';
import { clauseAround, eachSentence, labelTopics, makePromise, mentionsAny, topicScope, topicWords, underCardTitle, type SentenceView } from './common';
import { readTimeAmount, unitOf, type TimeAmount } from './time-amount';
import type { ExtractedPromise, Extractor } from './types';
import { wordsSource } from '../lexicon/compile';
import * as RU from '../lexicon/ru/promises';
import * as EN from '../lexicon/en/promises';

/** How long a promise says something takes (or, with `upTo`, how long the customer may have). */
export interface DurationClaim {
  amount: number;
  unit: TimeUnit;
  minutes: number;
  /** "до 60 дней", "within 15 minutes": a ceiling for every case rather than the time one takes. */
  upTo: boolean;
  /** "1 to 2 hours", "10-15 минут": the shortest the range allows, in minutes. */
  least?: number;
  /**
   * A length the material states that is not a wait for the work: a pass's validity, a course's
   * hours, a certificate's term, "from 30 minutes", a refund's deadline. An inventory row: no
   * general duration fact is about it: it is routed only to a fact of one fixed length that its
   * own words name (a semester, a notice, a tailoring time), and never compared with other durations.
   */
  stated?: true;
}

/** Whether a duration is only stated (see `DurationClaim.stated`). */
export const isStatedDuration = (value: unknown) => (value as DurationClaim | null)?.stated === true;

/**
 * Words of a clause that make a length in it a term rather than a wait ("1 week validity",
 * "сроком на 2 года", "108 часов + 2 часа экзамен", "a 45 minute session").
 */
const TERM_WORDS: Record<Language, string[]> = {
  ru: [
    'срок',
    'действ',
    'экзамен',
    'теори',
    'вождени',
    'обучени',
    'занят',
    'урок',
    'курс',
    'программ',
    'абонемент',
    'справк',
    'возврат',
    'сеанс',
    'семестр',
    'съёмк',
    'съемк',
    'продолжительн',
    'длительн',
    'экскурси',
    'поездк',
    'прогулк',
  ],
  en: [
    'validity',
    'valid',
    'session',
    'lesson',
    'class',
    'course',
    'programme',
    'program',
    'membership',
    'pass',
    'refund',
    'expires',
    'expiry',
    'term',
    'semester',
    'coverage',
    'shoot',
    'duration',
    'length',
    'trip',
    'tour',
    'float',
    'ride',
  ],
};

/** Of these, the words that make even a cued length a term: "valid for 3 months" is not how long the work takes. */
const NOT_A_WAIT: Record<Language, string[]> = {
  ru: ['срок действ', 'действител', 'действует', 'справк'],
  en: ['validity', 'valid for', 'expires', 'expiry'],
};

/**
 * "от 30 минут", "from 2 hours": a least time, which no fact's ceiling is about; "a +/- 15 minutes
 * grace period", "±10 минут": a tolerance, not how long anything takes.
 */
const FROM = /(?<![\p{L}\d])(?:(?:от|from)\s+|(?:±|\+\/-|плюс[-\s]минус|plus\s+or\s+minus)\s*)/giu;

/**
 * Words before a length that promise it: "за 15 минут", "within 2 hours", "a turnaround time of 24 hours",
 * "please allow about an hour for the visit" (the time the customer should set aside is how long it takes).
 */
const CUE = new RegExp(String.raw`(?<![\p{L}\d])(${wordsSource(RU.DURATION_CUES, EN.DURATION_CUES)})\s+(${wordsSource(RU.DURATION_HEDGES, EN.DURATION_HEDGES)}\s+)?`, 'giu');

/** What joins two whole lengths into a range: "thirty minutes to an hour", «40 минут – 1 час». */
const LENGTH_RANGE_JOIN = /^\s*(?:to|or|[-–—])\s*/iu;

/**
 * "thirty minutes to an hour": a range whose ends name their own units is as long as its longer
 * end, in minutes, with the shorter as its least; a lone length is kept as read.
 */
function widenedToRange(text: string, amount: TimeAmount | null): TimeAmount | null {
  if (!amount) return null;
  const join = LENGTH_RANGE_JOIN.exec(text.slice(amount.length));
  const upper = join ? readTimeAmount(text.slice(amount.length + join[0].length)) : null;
  if (!join || !upper) return amount;
  const [from, to] = [toMinutes(amount.amount, amount.unit), toMinutes(upper.amount, upper.unit)];
  return to > from ? { amount: to, unit: 'minute', least: from, length: amount.length + join[0].length + upper.length } : amount;
}

/** Words that promise no wait at all. */
/** «Ждать вам не придётся»: a few words may stand between. */
const NO_NEED_TO_WAIT = String.raw`ждать(?:\s+\p{L}+){0,3}\s+не\s+${wordsSource(RU.NO_NEED)}`;
const INSTANT = new RegExp(String.raw`(?<!\p{L})(${wordsSource(RU.NO_WAIT, EN.NO_WAIT)}|${NO_NEED_TO_WAIT})(?!\p{L})`, 'giu');

const INSTANT_MINUTES = (phrase: string) => (/день|same|day/i.test(phrase) ? 1440 : /считанные|minutes|while\s+you\s+wait/i.test(phrase) ? 5 : 1);

/**
 * Words that promise a result by the next day: a day at most; «сегодня заявка — завтра доставка»,
 * "today the order, tomorrow the delivery" sets one step a day after the other ("today and tomorrow" does not).
 */
const TODAY_THEN_TOMORROW = String.raw`${wordsSource(RU.TODAY, EN.TODAY)}\s+\p{L}[\p{L}\s]{0,30}?\s*[,—–-]\s*${wordsSource(RU.TOMORROW, EN.TOMORROW)}\s+\p{L}+`;
const NEXT_DAY = new RegExp(String.raw`(?<!\p{L})(${wordsSource(RU.NEXT_DAY, EN.NEXT_DAY)}|${TODAY_THEN_TOMORROW})(?!\p{L})`, 'giu');

/** "two minutes' walk away", «в пяти минутах ходьбы от метро»: a time that measures a distance. */
const DISTANCE_AFTER = /^\s*['’]?s?\s*(?:walk|drive|ride|away|from\s+the|пешком|ходьбы|езды|от\s+метро|на\s+машине)(?!\p{L})/iu;

/** "до 1 февраля 2021 года", "in 2019 year": a calendar year is a date, not a length. */
const isCalendarYear = (amount: TimeAmount) => amount.unit === 'year' && amount.amount >= 1000;

function claimsIn(view: SentenceView): ExtractedPromise[] {
  const { text } = view;
  const promises: ExtractedPromise[] = [];
  for (const cue of text.matchAll(CUE)) {
    const after = cue.index + cue[0].length;
    const amount = widenedToRange(text.slice(after), readTimeAmount(text.slice(after)));
    // "за 10 лет работы", "детям до 10 лет": years after these words are a history or an age, not a wait.
    if (!amount || isCalendarYear(amount) || (amount.unit === 'year' && /^(за|до|через|in|just|в\s+ближайш\p{L}*|составля\p{L}*|составит)$/iu.test(cue[1]!))) continue;
    if (isNegated(text, cue.index, view.context.language) || DISTANCE_AFTER.test(text.slice(after + amount.length, after + amount.length + 24))) continue;
    const least = /at\s+least/iu.test(cue[2] ?? '');
    const stated = least || mentionsAny(text.slice(0, after + amount.length + 40), NOT_A_WAIT[view.context.language]) ? ({ stated: true } as const) : {};
    const upTo = /^(до|up to|не более|не больше|не дольше|в пределах|в течени[еи]|under|within|менее чем за|меньше чем за|in less than|less than|no longer than|no more than)$/iu.test(cue[1]!.replace(/\s+/g, ' '));
    const claim = claimOf(amount, upTo, stated);
    promises.push(asLeadTime(makePromise(view, 'duration', { start: cue.index, end: after + amount.length }, claim), view, cue.index, after + amount.length));
  }
  const phrases = [...[...text.matchAll(INSTANT)].map((m) => ({ m, minutes: INSTANT_MINUTES(m[0]) })), ...[...text.matchAll(NEXT_DAY)].map((m) => ({ m, minutes: 1440 }))];
  for (const { m, minutes } of phrases) {
    if (promises.some((p) => p.span.start - view.span.start <= m.index && m.index < p.span.end - view.span.start)) continue;
    if (isNegated(text, m.index, view.context.language)) continue;
    const claim: DurationClaim = { amount: minutes >= 1440 ? 1 : minutes, unit: minutes >= 1440 ? 'day' : 'minute', minutes, upTo: false };
    promises.push(makePromise(view, 'duration', { start: m.index, end: m.index + m[0].length }, claim));
  }
  return [...promises, ...statedIn(view, promises)];
}

/** Words right after a length that make it a lead time: "за 10 минут до начала", "48 hours in advance". */
const LEAD_AFTER: Record<Language, RegExp> = {
  ru: /^\s*(?:до(?!\p{L})(?!\s*\d)|заранее(?!\p{L}))/iu,
  en: /^\s*(?:before|prior\s+to|in\s+advance|ahead|beforehand)(?!\p{L})/iu,
};

/**
 * "Приходите за 10 минут до начала сеанса": a lead time is no length of the session it precedes. It
 * is a stated term about what the words before it name (arriving, cancelling), not the event after.
 */
function asLeadTime(promise: ExtractedPromise<'duration'>, view: SentenceView, start: number, end: number): ExtractedPromise<'duration'> {
  if (!LEAD_AFTER[view.context.language].test(view.text.slice(end))) return promise;
  const clause = clauseAround(view.text, start, end);
  return { ...promise, value: { ...promise.value, stated: true }, topics: topicWords(view.text.slice(clause.start, start), view.context) };
}

/** The claim of a time amount the text states. */
function claimOf(amount: TimeAmount, upTo: boolean, stated: { stated?: true } = {}): DurationClaim {
  const least = amount.least === undefined ? {} : { least: toMinutes(amount.least, amount.unit) };
  return { amount: amount.amount, unit: amount.unit, minutes: toMinutes(amount.amount, amount.unit), upTo, ...least, ...stated };
}

const covered = (view: SentenceView, found: ExtractedPromise[], at: number) => found.some((p) => p.span.start - view.span.start <= at && at < p.span.end - view.span.start);

/** Words right after a length that say it is how long a thing lasts: "an hour in length", "two hours long". */
const LENGTH_SAID: Partial<Record<Language, RegExp>> = {
  en: /\s+(?:in\s+length|in\s+duration|long)(?!\p{L})/giu,
};

/** How many words back a length said in words may start: "one and a half hours". */
const LENGTH_WORDS_BACK = 5;

/**
 * The length that ends at `end` ("This class is an hour in length"), its figures or number words
 * included; a unit alone ("all day long") counts nothing and is no length.
 */
function lengthBefore(text: string, end: number): (TimeAmount & { start: number }) | null {
  const starts = [...text.slice(0, end).matchAll(/(?<![\p{L}\d'’])[\p{L}\d]/gu)].map((m) => m.index).slice(-LENGTH_WORDS_BACK);
  for (const start of starts) {
    const amount = readTimeAmount(text.slice(start, end));
    if (amount && amount.length === end - start && !/^\p{L}+$/u.test(text.slice(start, end))) return { ...amount, start };
  }
  return null;
}

/** Words before a count of years that make it an age: "детям до 10 лет", "students aged 12". */
const AGE_BEFORE = /(?<![\p{L}])(?:до|от|с|старше|младше|under|over|aged?|ages)\s+$/iu;

/** "Дети до 10 лет могут посещать сеансы…": years after an age word are whom a rule is for, not a length. */
const isAge = (text: string, at: number, amount: TimeAmount) => amount.unit === 'year' && AGE_BEFORE.test(text.slice(Math.max(0, at - 12), at));

/** Lengths with no cue that a term word or "от"/"from" makes a stated term. */
function statedIn(view: SentenceView, found: ExtractedPromise[]): ExtractedPromise[] {
  const { text } = view;
  const language = view.context.language;
  const stated: ExtractedPromise[] = [];
  for (const from of text.matchAll(FROM)) {
    const after = from.index + from[0].length;
    const amount = readTimeAmount(text.slice(after));
    // "от 18 лет", "from 5 years' experience": an age or a history.
    if (!amount || amount.unit === 'year' || covered(view, found, after)) continue;
    const claim = claimOf(amount, false, { stated: true });
    stated.push(makePromise(view, 'duration', { start: from.index, end: after + amount.length }, claim));
  }
  for (const length of LENGTH_SAID[language] ? text.matchAll(LENGTH_SAID[language]) : []) {
    const amount = lengthBefore(text, length.index);
    if (!amount || covered(view, [...found, ...stated], amount.start)) continue;
    stated.push(makePromise(view, 'duration', { start: amount.start, end: length.index + length[0].length }, claimOf(amount, false, { stated: true })));
  }
  for (const number of text.matchAll(/(?<![\p{L}\d.,])\d+(?:[.,]\d+)?/gu)) {
    const amount = readTimeAmount(text.slice(number.index));
    if (!amount || isCalendarYear(amount) || isAge(text, number.index, amount) || covered(view, [...found, ...stated], number.index)) continue;
    const clause = clauseAround(text, number.index, number.index + amount.length);
    // "Сроки: 20-50 дней": the label before a colon names the term.
    if (!mentionsAny(topicScope(text, clause), TERM_WORDS[language])) continue;
    const claim = claimOf(amount, false, { stated: true });
    const promise = asLeadTime(makePromise(view, 'duration', { start: number.index, end: number.index + amount.length }, claim), view, number.index, number.index + amount.length);
    // "108 часов + 2 часа экзамен": one clause, one row.
    if (!stated.some((p) => p.span.start === promise.span.start && p.span.end === promise.span.end)) stated.push(promise);
  }
  return stated;
}

/** A cell holds a length and a word or two of what it is ("3 час + 1 час подача"), not a sentence. */
const MAX_CELL_WORDS = 6;

/** Every figure of a text starts a length ("+ 1 час подача"): a price or a count would make the cell something else. */
const figuresAreLengths = (text: string) => [...text.matchAll(/(?<![\d.,])\d/g)].every((figure) => readTimeAmount(text.slice(figure.index)) !== null);

/** A label that ends in a colon ("Автобус:", "Duration:"): the line under it is its value. */
const isLabel = (heading: string | undefined) => heading !== undefined && /\p{L}\s*:\s*$/u.test(heading);

/**
 * A block whose layout says what it is about, so a bare length in it needs no cue word: a table
 * cell of a row or a column (a length beside a service, or the row's own label "30 minutes" in a
 * "Length" column), or the value under a card's label ("Автобус:" over "5 часов").
 */
const isLaidOutValue = (view: SentenceView) =>
  view.text === view.block.text && (view.block.cell?.rowLabel !== undefined || view.block.cell?.columnHeader !== undefined || (!view.block.cell && isLabel(view.block.heading)));

/**
 * A table cell or a card's value that is a length and no more ("5 часов" beside a service,
 * "3 час + 1 час подача"): a stated length of its row or label, with no cue word, since the
 * layout says what it is about.
 */
function cellLength(view: SentenceView, found: ExtractedPromise[]): ExtractedPromise[] {
  const text = view.text.trimEnd();
  if (!isLaidOutValue(view) || found.length > 0) return [];
  const lead = text.length - text.trimStart().length;
  const amount = /^\d/.test(text.slice(lead)) ? readTimeAmount(text.slice(lead)) : null;
  if (!amount || !figuresAreLengths(text.slice(lead + amount.length)) || text.split(/\s+/).length > MAX_CELL_WORDS) return [];
  const claim = claimOf(amount, false, { stated: true });
  const promise = makePromise(view, 'duration', { start: lead, end: text.length }, claim, { quoteCore: true });
  const label = view.block.cell ? undefined : view.block.heading?.replace(/\s*:\s*$/u, '');
  return [label ? { ...promise, ...labelTopics(label, view.context) } : promise];
}

/** A column header that gives its cells' unit of time: "Avg. Time Hours", "Duration (min)", «Длительность, ч». */
const LENGTH_HEADER_WORDS: Record<Language, string[]> = {
  ru: ['время', 'продолжительн', 'длительн'],
  en: ['time', 'duration', 'length'],
};

/** Headers of opening times, whose "9-5" is a time of day, not a length. */
const OPENING_HEADER_WORDS: Record<Language, string[]> = {
  ru: ['работ', 'открыт', 'приём', 'прием', 'график', 'режим'],
  en: ['open', 'opening', 'closing', 'office', 'business', 'schedule'],
};

/** A bare figure or range of figures: "16", "2-3", "1,5". */
const BARE_FIGURES = /^\s*\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*$/u;

/** The unit of time a column header names as its cells' unit, if it is a header of lengths. */
function headerUnit(header: string, language: Language): string | null {
  if (!mentionsAny(header, LENGTH_HEADER_WORDS[language]) || mentionsAny(header, OPENING_HEADER_WORDS[language])) return null;
  const unit = header
    .split(/[\s,()./]+/u)
    .reverse()
    .find((word) => word !== '' && unitOf(word) !== null);
  return unit ?? null;
}

/** A cell of bare figures ("2-3") under a header of lengths ("Avg. Time Hours"): a stated length of its row. */
function columnLength(view: SentenceView, found: ExtractedPromise[]): ExtractedPromise[] {
  const header = view.block.cell?.columnHeader;
  if (!header || view.text !== view.block.text || found.length > 0 || !BARE_FIGURES.test(view.text)) return [];
  const unit = headerUnit(header, view.context.language);
  const amount = unit ? readTimeAmount(`${view.text.trim()} ${unit}`) : null;
  if (!amount) return [];
  const lead = view.text.length - view.text.trimStart().length;
  const claim = claimOf(amount, false, { stated: true });
  return [makePromise(view, 'duration', { start: lead, end: view.text.trimEnd().length }, claim, { quoteCore: true })];
}

/** A length that is a whole table cell ("от 15 дн.") is about its row's label, as a price cell is. */
function aboutRow(promise: ExtractedPromise, view: SentenceView): ExtractedPromise {
  const label = view.block.cell?.rowLabel;
  return label && view.text === view.block.text ? { ...promise, ...labelTopics(label, view.context) } : promise;
}

/**
 * "Общий массаж" over its description and "Массаж длится около часа": the card's title tells which
 * service lasts so. A line above with figures of its own is another card's.
 */
const hasFigures = (line: string) => /\d/.test(line);

/** Durations: "ключи за 15 минут", "в течение часа", "мгновенно", "same day", "на следующий день", "заморозка до 60 дней". */
export const durationExtractor: Extractor = {
  kind: 'duration',
  extract: (context) =>
    eachSentence(context).flatMap((view) => {
      const found = claimsIn(view);
      return [...found.map((promise) => underCardTitle(promise, view, hasFigures, () => found.length === 1)), ...cellLength(view, found), ...columnLength(view, found)].map((promise) => aboutRow(promise, view));
    }),
};
