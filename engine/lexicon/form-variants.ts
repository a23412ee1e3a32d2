/**
 * Words the page-level form checks read: one thing written two ways on one page (the polite «Вы»
 * and «вы», "de-matting" and "dematting", «ГОСТ Р 51870-14» and «…-2014», weight bands that share
 * a boundary where the rest of the list does not).
 */
import type { Language } from '../profile/types';

/** The polite second person in every case, in lower case: «Вы», «Вас», «Вашему»… */
export const POLITE_YOU_RU = new Set(['вы', 'вас', 'вам', 'вами', 'ваш', 'ваша', 'ваше', 'ваши', 'вашего', 'вашей', 'вашему', 'вашим', 'вашими', 'ваших', 'вашу', 'вашем', 'вашею']);

/**
 * Parts of a hyphenated compound whose spaced spelling is another word group («как-то» and «как
 * то, что…», «что-то» and «что то», «по-моему» and «по моему мнению»): no spaced variant is sought for them.
 */
export const SPACED_IS_ANOTHER_PHRASE_RU = new Set([
  'как',
  'что',
  'кто',
  'где',
  'куда',
  'когда',
  'какой',
  'какая',
  'какое',
  'какие',
  'чей',
  'чья',
  'чьё',
  'чье',
  'зачем',
  'почему',
  'либо',
  'нибудь',
  'таки',
  'так',
  'тот',
  'вот',
]);

/**
 * First parts after which joining a hyphenated word makes another word ("re-cover" and "recover",
 * "re-sign" and "resign", "co-op" and "coop").
 */
export const JOINED_IS_ANOTHER_WORD: Record<Language, Set<string>> = {
  en: new Set(['re', 'co', 'un', 'pre']),
  ru: new Set([]),
};

/**
 * Last parts of a verb-and-particle compound: dictionaries give the noun joined and its use before
 * a noun hyphenated ("curbside pickup", "pick-up times"; "checkout", "check-out desk"), so the
 * two spellings on one page are each right where they stand.
 */
export const PARTICLES_OF_PHRASAL_COMPOUNDS: Record<Language, Set<string>> = {
  en: new Set(['up', 'off', 'in', 'out', 'on', 'down', 'over', 'back', 'away', 'through', 'by']),
  ru: new Set([]),
};

/** Endings an English word takes and its other spelling may lack ("de-matting" and "dematt"). */
export const ENGLISH_ENDINGS = ['s', 'es', 'ed', 'ing', 'er', 'ers'];

/** Names of standards whose designation ends in its year: «ГОСТ Р 51870-2014», "ISO 9001:2015". */
export const STANDARD_NAMES = ['ГОСТ Р', 'ГОСТ', 'ОСТ', 'СНиП', 'СанПиН', 'СП', 'ТУ', 'ISO', 'EN', 'DIN', 'BS', 'ASTM'];

/**
 * Words that close an open top band of a list: "86 lbs & up", «от 10 шт. и более», "80 LBS +".
 * Its lower figure belongs to it.
 */
export const OPEN_BAND_TAILS: Record<Language, string[]> = {
  en: ['+', '& up', 'and up', '& over', 'and over', 'or more', '& above', 'and above', '& more', 'and more'],
  ru: ['+', 'и более', 'и выше', 'и больше', 'и свыше'],
};

/**
 * Units that make a range a time, a date or an age, not a band of a quantity: clock hours share
 * their boundary by custom (10–14, 14–18), and a child of 5 in "3–5 лет, 5–7 лет" is a common
 * wording the page explains elsewhere.
 */
export const NOT_A_BAND_UNIT: Record<Language, string[]> = {
  en: [
    'am',
    'pm',
    'a',
    'p',
    'h',
    'hr',
    'hrs',
    'hour',
    'hours',
    'min',
    'mins',
    'minute',
    'minutes',
    'day',
    'days',
    'week',
    'weeks',
    'month',
    'months',
    'year',
    'years',
    'yr',
    'yrs',
    'yo',
    'jan',
    'january',
    'feb',
    'february',
    'mar',
    'march',
    'apr',
    'april',
    'may',
    'jun',
    'june',
    'jul',
    'july',
    'aug',
    'august',
    'sep',
    'sept',
    'september',
    'oct',
    'october',
    'nov',
    'november',
    'dec',
    'december',
  ],
  ru: [
    'ч',
    'час',
    'часа',
    'часов',
    'мин',
    'минут',
    'минуты',
    'день',
    'дня',
    'дней',
    'сут',
    'суток',
    'недель',
    'недели',
    'нед',
    'мес',
    'месяца',
    'месяцев',
    'год',
    'года',
    'лет',
    'класс',
    'класса',
    'классов',
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
};

/**
 * Units a rule's threshold is counted in ("more than 15 minutes late", «более чем на 30 минут»):
 * the start of the word, or (for an abbreviation, which starts other words too) the whole word,
 * and the unit it means.
 */
export const RULE_UNITS: Record<Language, { starts: [string, string][]; whole: [string, string][] }> = {
  en: {
    starts: [
      ['minute', 'minute'],
      ['hour', 'hour'],
      ['day', 'day'],
      ['week', 'week'],
      ['month', 'month'],
      ['percent', 'percent'],
    ],
    whole: [
      ['min', 'minute'],
      ['mins', 'minute'],
      ['hr', 'hour'],
      ['hrs', 'hour'],
      ['%', 'percent'],
    ],
  },
  ru: {
    starts: [
      ['минут', 'minute'],
      ['час', 'hour'],
      ['дней', 'day'],
      ['дня', 'day'],
      ['день', 'day'],
      ['сут', 'day'],
      ['недел', 'week'],
      ['месяц', 'month'],
      ['процент', 'percent'],
    ],
    whole: [
      ['мин', 'minute'],
      ['ч', 'hour'],
      ['дн', 'day'],
      ['%', 'percent'],
    ],
  },
};

/** Kinds of street other than «улица»: «ул. Лазоревый проезд» names the kind twice. */
export const STREET_KINDS_RU = ['проезд', 'переулок', 'проспект', 'шоссе', 'бульвар', 'тупик', 'аллея', 'набережная', 'площадь', 'тракт', 'просек'];

/**
 * How long the business has worked, as a page says it in several places ("over 15 years of
 * experience", «работая более 15 лет»): words of the sentence that make a count of years its
 * tenure, and words that make it something else (a guarantee, a service life, a staff member's
 * record, the team's years added up).
 */
export const TENURE_CUES: Record<Language, string[]> = {
  en: ['experience', 'in business', 'in the industry', 'in the trade', 'serving'],
  ru: ['опыт', 'работа', 'работае', 'помога', 'на рынке', 'существу'],
};
export const NOT_TENURE: Record<Language, string[]> = {
  en: [
    'warranty',
    'guarantee',
    'combined',
    'collective',
    'between them',
    'old',
    'ago',
    'age',
    'lasts',
    'life',
    'each of',
    'staff',
    'team',
    'groomer',
    'therapist',
    'instructor',
    'technician',
    'teacher',
    'tutor',
    'stylist',
    'mechanic',
    'driver',
    'trainer',
    'coach',
    'doctor',
    'dentist',
    'nurse',
    'member',
    'employee',
    'owner',
    'founder',
  ],
  ru: [
    'гарант',
    'срок',
    'стаж',
    'суммарн',
    'в сумме',
    'возраст',
    'назад',
    'служ',
    'мастер',
    'специалист',
    'сотрудник',
    'врач',
    'преподават',
    'инструктор',
    'тренер',
    'водител',
    'педагог',
    'руководител',
    'основател',
    'владел',
    'стилист',
    'парикмахер',
    'механик',
  ],
};

/** The business speaking of itself ("we", «мы», «наша компания»); a person's own record ("I", "she", «он») is not its tenure. */
export const OUR_VOICE: Record<Language, RegExp> = {
  en: /(?<![\p{L}'’])(?:we|we've|we’ve|we're|we’re|us|our)(?![\p{L}'’])/iu,
  ru: /(?<!\p{L})(?:мы|нас|нам|наш\p{L}*)(?!\p{L})/iu,
};
/** "Our roofers", «наши мастера»: a plural the business owns is its people, whose years are their own. */
export const STAFF_VOICE: Record<Language, RegExp> = {
  en: /(?<![\p{L}'’])our\s+(?:\p{L}+\s+)?\p{L}+s(?!\p{L})/iu,
  ru: /(?<!\p{L})наш(?:и|их|им|ими)(?!\p{L})/iu,
};
export const PERSONAL_VOICE: Record<Language, RegExp> = {
  en: /(?<![\p{L}'’])(?:i|i've|i’ve|my|he|she|his|her|him)(?![\p{L}'’])/iu,
  ru: /(?<!\p{L})(?:я|мой|моя|мне|он|она|его|её|ее)(?!\p{L})/iu,
};

/**
 * A price table's columns of a row's total for its days or visits and of one day's or one visit's
 * rate ("Weekly" and "Daily" under "Three Days"), and the words a row label counts them with.
 */
export const TOTAL_COLUMN: Record<Language, string[]> = {
  en: ['weekly', 'per week', 'total'],
  ru: ['в неделю', 'за неделю', 'итого', 'всего'],
};
export const RATE_COLUMN: Record<Language, string[]> = {
  en: ['daily', 'per day', 'per visit', 'per class', 'per session', 'per lesson'],
  ru: ['в день', 'за день', 'за занятие', 'за посещение', 'за урок'],
};
export const COUNTED_UNITS: Record<Language, string[]> = {
  en: ['day', 'visit', 'class', 'session', 'lesson'],
  ru: ['дн', 'день', 'занят', 'посещ', 'урок'],
};

/** The words a table's total row opens with ("ИТОГО за 1 колесо", "Total"): its figures sum the rows above. */
export const TOTAL_ROW: Record<Language, string[]> = {
  en: ['total'],
  ru: ['итого'],
};

/** A label that prices one unit of what a package sells ("цена 1 занятия", "price per lesson"). */
export const UNIT_SHARE: Record<Language, RegExp> = {
  ru: /(?:цена|стоимость)\s+(?:1|одного|одной|одно)\s|(?<!\p{L})за\s+1\s/iu,
  en: /(?:price|cost)\s+(?:of\s+)?(?:1|one|a|per|each)\s|(?<!\p{L})per\s+(?:lesson|class|session|visit|hour)(?!\p{L})/iu,
};
