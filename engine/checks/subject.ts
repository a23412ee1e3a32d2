import { businessNames } from '../profile/own-names';
import type { Language, Profile } from '../profile/types';
import type { ExtractedPromise } from '../promises/types';
import { phraseLanguage } from '../text/language';
import { findNumbers } from '../text/numbers';
import { stemWords } from '../text/stems';

/**
 * Words that say how a promise is made rather than what it is about: claim cues, units,
 * prepositions, days and times. What remains of a promise's topic words is its subject.
 */
const NOT_SUBJECT_WORDS = new Set([
  '',
  // Russian function words and claim cues
  ...'и в во на с со по до от за для при без из к у о об а но же ли не ни всего только лишь уже всё все весь вся мы вы вас нас это этот тот так как или'.split(' '),
  ...'ждём ждем пн вт ср чт пт сб вс день сутки стоит р ₽ лет мин ч течение пределах более больше дольше менее подарок около'.split(' '),
  // English function words and claim cues
  ...'the a an and or of in on at to for from by with within under up just only our your we you us it is are be will all every each'.split(' '),
  ...'hour hours daily day days week weeks month months year years minute minutes min mins round clock am pm a.m a.m. p.m p.m. noon'.split(' '),
  ...'cost costs off free buy get card cards loyalty stamp stamps average typical typically estimate estimated minimum maximum starting around about'.split(' '),
]);

/** Stems every form of which is a claim word or a function word: the stem and any letters after it ("работаем", "opening"). */
const NOT_SUBJECT_STEMS = [
  ...'наш ваш работ откры час график режим ежедневн круглосуточн кругл выходн будн перерыв обед'.split(' '),
  ...'понедельник вторник четверг пятниц суббот воскресень утр вечер дн'.split(' '),
  ...'цен стоим руб коп скидк процент гаранти год месяц недел минут сек кажд бесплатн подарк купи получи карт лояльн программ'.split(' '),
  // words that qualify a sum ("$250 average", «в среднем 900 ₽»), not name what it is for
  ...'средн примерн ориентировочн минимальн максимальн'.split(' '),
  ...'open mon tue wed thu fri sat sun price discount warrant guarantee approx'.split(' '),
];

const LETTERS = /^\p{L}*$/u;
/** «среда» and its forms (and the preposition «среди»), not «средство». */
const WEDNESDAY = /^сред\p{L}$/u;

/**
 * Whether a folded word says nothing of what a promise is about: a figure, a function word, a word
 * of the claim itself. Lists, not one pattern: a pattern of sixty "stem + letters" alternatives took
 * ~130 ms to compile, paid by every one-line check.
 */
export function isNotSubject(folded: string): boolean {
  if (/^\d/.test(folded) || NOT_SUBJECT_WORDS.has(folded) || WEDNESDAY.test(folded)) return true;
  return NOT_SUBJECT_STEMS.some((stem) => folded.startsWith(stem) && LETTERS.test(folded.slice(stem.length)));
}

/** The stems of the business's own names: "Кофейня «Зерно»: раф за 240 ₽" is about the раф, not the café. */
export function ownNameStems(profile: Profile): Set<string> {
  return new Set(businessNames(profile).flatMap((name) => stemWords(name, phraseLanguage(name)).map((word) => word.stem)));
}

/** The words a subject is read from: a promise's topics, or a reported promise's quote (engine/site/consistency.ts). */
type Worded = Pick<ExtractedPromise, 'topics' | 'value' | 'place'>;

/** What a promise is about: its topic words' stems without the words of the claim itself or the business's name. */
export function subjectOf(promise: Worded, language: Language, ownNames: Set<string>): string {
  const text = promise.topics.join(' ');
  const numbers = findNumbers(text);
  const words = stemWords(text, language);
  const stems = words
    .filter((word, i) => isModelNumber(word.folded, words[i - 1]?.folded, promise) || (!isNotSubject(word.folded) && !ownNames.has(word.stem) && !numbers.some((n) => n.start <= word.start && word.start < n.end)))
    .map((word) => word.stem);
  return [...new Set(stems)].sort().join(' ');
}

/** Latin product names that a number tells apart ("iPhone 6" and "iPhone 5s", "Galaxy S21 " and "S22"). */
const PRODUCT_WORD = /^[a-z][a-z-]*$/;

/** "6" after "iphone", "5s": a model's number is part of what is priced, unless it is the sum itself. */
function isModelNumber(word: string, previous: string | undefined, promise: Worded): boolean {
  if (!previous || !PRODUCT_WORD.test(previous) || isNotSubject(previous) || !/^\d{1,3}[a-z]{0,4}$/.test(word)) return false;
  const amount = (promise.value as { amount?: number } | null)?.amount;
  return amount === undefined || Number.parseInt(word, 10) !== amount;
}

/**
 * Words that name the business itself, not a part of it: a promise whose subject is only these
 * ("The shop is open 8–5", "Салон работает с 10 до 20") is about the whole business.
 */
const THE_BUSINESS = new Set(
  [
    'shop',
    'store',
    'office',
    'salon',
    'studio',
    'clinic',
    'practice',
    'surgery',
    'cafe',
    'café',
    'bakery',
    'gym',
    'club',
    'centre',
    'center',
    'motel',
    'hotel',
    'garage',
    'workshop',
    'business',
    'team',
    'reception',
    'doors',
    'we',
    'us',
    // the words of sections about the business as a whole
    'about',
    'contact',
    'location',
    'find',
    'visit',
    'info',
    'information',
    'opening',
    'times',
    'schedule',
    'through',
    'until',
    'closed',
    'operation',
    'контакты',
    'адрес',
    'добраться',
    'время',
    'информация',
    'расписание',
    'прием',
    'приём',
    'салон',
    'клиника',
    'магазин',
    'офис',
    'студия',
    'кафе',
    'кофейня',
    'пекарня',
    'центр',
    'сервис',
    'автосервис',
    'клуб',
    'зал',
    'гостиница',
    'отель',
    'хостел',
    'мастерская',
    'компания',
    'ресепшн',
    'приёмная',
    'приемная',
    'двери',
  ].flatMap((word) => stemWords(word, phraseLanguage(word)).map((stemmed) => stemmed.stem)),
);

/**
 * Whether a promise is about the business as a whole: its words and the heading it stands under
 * name nothing but the business ("Opening hours", "Контакты"), not a part of it ("Post Office Hours").
 */
export function isAboutTheBusiness(promise: Worded, language: Language, ownNames: Set<string>): boolean {
  const words = { ...promise, topics: [...promise.topics, ...(promise.place ?? [])] };
  const subject = subjectOf(words, language, ownNames);
  return subject === '' || subject.split(' ').every((stem) => THE_BUSINESS.has(stem));
}
