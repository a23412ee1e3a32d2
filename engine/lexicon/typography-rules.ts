import type { Language } from '../profile/types';
import type { TextRange } from '../text/segment';
import { NUMBERED_NOUN_STEMS } from './ru/typography';

const AFTER_NUMBERED_NOUN = new RegExp(String.raw`((?<![\p{L}\d])(?:${NUMBERED_NOUN_STEMS.join('|')})\p{L}* )([Nn]) (?=\d)`, 'giu');

/** A Typograf rule the typography check keeps: what it is told as, and the marks a block needs for it to fire. */
export interface KeptRule {
  name: string;
  /** Faults a proofreader always marks are warnings; house rules of typesetting are notes. */
  severity: 'info' | 'warning';
  message: Record<Language, string>;
  /** A block without these marks cannot be changed by the rule: it is not run there. */
  needs: RegExp;
  /** A pair of quotes is one fault. */
  pairs?: true;
  /** Changes of the rule that are a fault; the rest it makes are a typesetter's choice. */
  keep?: (text: string, edit: TextRange & { replacement: string }) => boolean;
}

/** Our own rules, for faults Typograf has none for; run the same way as its own. */
export const SVERKA_TYPOGRAF_RULES = [
  {
    // "заказ N 15": the Latin letter for the number sign, after a noun that is numbered so.
    name: 'ru/sverka/numberSign',
    handler: (text: string) => text.replace(AFTER_NUMBERED_NOUN, (whole, noun: string, letter: string) => (letter === 'N' ? `${noun}№ ` : whole)),
  },
  {
    // "10-20 рублей": a range of figures takes an en dash; "5-3" may be a score, "1-2-3" a code.
    name: 'ru/sverka/numberRange',
    handler: (text: string) =>
      text.replace(/(^|[^\p{L}\d.,:/+−–—-])(\d{1,4})-(\d{1,4})(?=$|[\s%,.;:!?)»])/gu, (whole, before: string, from: string, to: string) => (Number(from) < Number(to) ? `${before}${from}–${to}` : whole)),
  },
  {
    // "100руб", "500₽": the currency is set apart from its figure.
    name: 'ru/sverka/rubles',
    handler: (text: string) => text.replace(/(\d)(руб(?:\.|лей|ля|ль)?|р\.|₽)(?![\p{L}\d])/gu, '$1 $2'),
  },
  {
    // "Скидки!!!": one exclamation mark is enough in a business text.
    name: 'common/sverka/exclamations',
    handler: (text: string) => text.replace(/(^|[^!?])!{2,}(?![!?])/g, '$1!'),
  },
];

const between = (text: string, at: number, pattern: RegExp) => pattern.test(text[at] ?? '');

/** A mark doubled or piled up: a fault in either language. */
const PUNCTUATION_RUNS: KeptRule[] = [
  {
    name: 'common/punctuation/delDoublePunctuation',
    severity: 'warning',
    needs: /,,|::|\.\.|;;|\?\?/,
    message: { ru: 'Знак препинания повторён дважды.', en: 'A punctuation mark is doubled.' },
  },
  {
    name: 'common/sverka/exclamations',
    severity: 'info',
    needs: /!!/,
    message: { ru: 'Несколько восклицательных знаков подряд: в деловом тексте достаточно одного.', en: 'Several exclamation marks in a row: one is enough.' },
  },
];

const RU: KeptRule[] = [
  {
    name: 'common/punctuation/quote',
    severity: 'info',
    pairs: true,
    needs: /"/,
    message: { ru: 'Прямые кавычки: в русском тексте ставят «ёлочки».', en: 'Straight quotes: Russian text takes «guillemets».' },
  },
  {
    name: 'common/punctuation/hellip',
    severity: 'info',
    needs: /\.\.\./,
    // "?..." is told by its own rule ("?..").
    keep: (text, edit) => !between(text, edit.start - 1, /[?!]/),
    message: { ru: 'Три точки вместо многоточия «…».', en: 'Three full stops instead of an ellipsis "…".' },
  },
  {
    name: 'ru/punctuation/hellipQuestion',
    severity: 'info',
    needs: /[?!](?:…|\.\.\.)|…,/,
    message: { ru: 'После «?» и «!» многоточие пишут двумя точками: «?..», «!..».', en: 'After "?" or "!" an ellipsis is two full stops: "?..".' },
  },
  ...PUNCTUATION_RUNS,
  {
    name: 'ru/nbsp/year',
    severity: 'warning',
    needs: /\d{4}г/,
    message: { ru: 'Год и «г.» пишут через пробел: «2024 г.».', en: 'A year and «г.» take a space between them.' },
  },
  {
    name: 'ru/space/year',
    severity: 'warning',
    needs: /\dгод/,
    message: { ru: 'Число и слово «год» пишут через пробел.', en: 'A figure and the word «год» take a space between them.' },
  },
  {
    name: 'ru/nbsp/m',
    severity: 'info',
    needs: /\d(?:мм?|см|км|дм)/,
    // Only a missing space is a fault; "м2" for "м²" is a typesetter's choice.
    keep: (_, edit) => edit.start === edit.end && edit.replacement === ' ',
    message: { ru: 'Число и единицу измерения пишут через пробел.', en: 'A figure and its unit take a space between them.' },
  },
  {
    name: 'ru/sverka/rubles',
    severity: 'info',
    needs: /\d(?:р|₽)/,
    message: { ru: 'Сумму и знак валюты пишут через пробел.', en: 'An amount and its currency take a space between them.' },
  },
  {
    name: 'ru/nbsp/abbr',
    severity: 'info',
    needs: /[а-яё]\.[а-яё]{1,3}\./,
    message: { ru: 'В сокращении из двух слов ставят пробел: «т. д.», «т. е.».', en: 'A Russian two-word abbreviation takes a space: «т. д.».' },
  },
  {
    name: 'ru/sverka/numberSign',
    severity: 'warning',
    needs: /N \d/,
    message: { ru: 'Латинская «N» вместо знака номера «№».', en: 'A Latin "N" for the number sign «№».' },
  },
  {
    name: 'ru/sverka/numberRange',
    severity: 'info',
    needs: /\d-\d/,
    message: { ru: 'В диапазоне чисел ставят короткое тире без пробелов: «10–20».', en: 'A range of figures takes an en dash: "10–20".' },
  },
  {
    name: 'ru/dash/time',
    severity: 'info',
    needs: /\d\d[-‒—]\d/,
    message: { ru: 'В интервале времени ставят короткое тире: «10:00–20:00».', en: 'A time range takes an en dash: "10:00–20:00".' },
  },
  {
    name: 'ru/dash/month',
    severity: 'info',
    needs: /(?:янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)[а-яё]* ?[-‒—]/i,
    message: { ru: 'Между месяцами ставят короткое тире: «январь–март».', en: 'A range of months takes an en dash.' },
  },
  {
    name: 'ru/dash/weekday',
    severity: 'info',
    needs: /(?:пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|сред[аы]|четверг|пятниц[аы]|суббот[аы]|воскресень[ея]) ?[-‒—]/i,
    message: { ru: 'Между днями недели ставят короткое тире: «пн–пт».', en: 'A range of weekdays takes an en dash.' },
  },
  {
    name: 'ru/dash/main',
    severity: 'info',
    needs: /\s--?\s/,
    // A hyphen only: an en dash with spaces ("дом – крепость") is a dash many style guides take.
    // "10 - 20", "9:00 - 18:00" are ranges of figures, whose dash goes without spaces.
    keep: (text, edit) => /^--?$/.test(text.slice(edit.start, edit.end)) && !(between(text, edit.start - 2, /\d/) && between(text, edit.end + 1, /\d/)),
    message: { ru: 'Между словами ставят тире «—» с пробелами, а не дефис.', en: 'Between words use a dash "—" with spaces, not a hyphen.' },
  },
  {
    name: 'common/space/afterColon',
    severity: 'info',
    needs: /\D:[^\s)",:.?/\\]/,
    message: { ru: 'Нет пробела после двоеточия.', en: 'No space after the colon.' },
  },
  {
    name: 'ru/punctuation/ano',
    severity: 'warning',
    needs: /[^\s,] (?:а|но) /,
    // "чисел а и б": a letter named, not the conjunction.
    keep: (text, edit) => !/^ а (?:и|или|либо)(?![\p{L}\d])/u.test(text.slice(edit.end, edit.end + 8)),
    message: { ru: 'Перед союзом «а» или «но» ставят запятую.', en: 'A comma goes before the Russian «а» or «но».' },
  },
  {
    name: 'ru/typo/switchingKeyboardLayout',
    severity: 'warning',
    needs: /\p{Script=Latin}\p{Script=Cyrillic}/u,
    message: { ru: 'Латинские буквы в русском слове: раскладка клавиатуры не переключена.', en: 'Latin letters in a Russian word: the keyboard layout was not switched.' },
  },
  {
    name: 'ru/symbols/NN',
    severity: 'info',
    needs: /№№/,
    message: { ru: 'Знак номера не удваивают: «№ 5, 6».', en: 'The number sign is not doubled.' },
  },
];

const EN: KeptRule[] = PUNCTUATION_RUNS;

/**
 * The Typograf rules the check runs per language: Russian text takes the Russian and English rules,
 * English text the English ones only. Where two rules change one place, the first told is the fault:
 * the narrower rules (a range of months) come before the broad ones (a dash between words).
 */
export const TYPOGRAF_RULES: Record<Language, KeptRule[]> = { ru: RU, en: EN };
