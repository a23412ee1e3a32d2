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
const NOT_SUBJECT = new RegExp(
  String.raw`^(?:\d.*|` +
    // Russian function words and claim cues
    String.raw`и|в|во|на|с|со|по|до|от|за|для|при|без|из|к|у|о|об|а|но|же|ли|не|ни|всего|только|лишь|уже|всё|все|весь|вся|наш\p{L}*|ваш\p{L}*|мы|вы|вас|нас|это|этот|тот|так|как|или|` +
    String.raw`работ\p{L}*|откры\p{L}*|ждём|ждем|час\p{L}*|график\p{L}*|режим\p{L}*|ежедневн\p{L}*|круглосуточн\p{L}*|кругл\p{L}*|выходн\p{L}*|будн\p{L}*|без|перерыв\p{L}*|обед\p{L}*|` +
    String.raw`понедельник\p{L}*|вторник\p{L}*|сред\p{L}|четверг\p{L}*|пятниц\p{L}*|суббот\p{L}*|воскресень\p{L}*|пн|вт|ср|чт|пт|сб|вс|утр\p{L}*|вечер\p{L}*|дн\p{L}*|день|сутки|` +
    String.raw`цен\p{L}*|стоим\p{L}*|стоит|руб\p{L}*|р|₽|коп\p{L}*|скидк\p{L}*|процент\p{L}*|гаранти\p{L}*|год\p{L}*|лет|месяц\p{L}*|недел\p{L}*|минут\p{L}*|мин|ч|сек\p{L}*|течение|пределах|более|больше|дольше|менее|` +
    String.raw`кажд\p{L}*|бесплатн\p{L}*|подарок|подарк\p{L}*|купи\p{L}*|получи\p{L}*|карт\p{L}*|лояльн\p{L}*|программ\p{L}*|` +
    // words that qualify a sum ("$250 average", «в среднем 900 ₽»), not name what it is for
    String.raw`средн\p{L}*|примерн\p{L}*|около|ориентировочн\p{L}*|минимальн\p{L}*|максимальн\p{L}*|` +
    // English function words and claim cues
    String.raw`the|a|an|and|or|of|in|on|at|to|for|from|by|with|within|under|up|just|only|our|your|we|you|us|it|is|are|be|will|all|every|each|` +
    String.raw`open\p{L}*|hours?|daily|days?|weeks?|months?|years?|minutes?|mins?|round|clock|` +
    String.raw`mon\p{L}*|tue\p{L}*|wed\p{L}*|thu\p{L}*|fri\p{L}*|sat\p{L}*|sun\p{L}*|am|pm|a\.m\.?|p\.m\.?|noon|` +
    String.raw`price\p{L}*|costs?|off|discount\p{L}*|warrant\p{L}*|guarantee\p{L}*|free|buy|get|cards?|loyalty|stamps?|` +
    String.raw`average|approx\p{L}*|typical(?:ly)?|estimated?|minimum|maximum|starting|around|about|` +
    String.raw`)$`,
  'iu',
);

/** The stems of the business's own names: "Кофейня «Зерно»: раф за 240 ₽" is about the раф, not the café. */
export function ownNameStems(profile: Profile): Set<string> {
  return new Set(businessNames(profile).flatMap((name) => stemWords(name, phraseLanguage(name)).map((word) => word.stem)));
}

/** What a promise is about: its topic words' stems without the words of the claim itself or the business's name. */
export function subjectOf(promise: ExtractedPromise, language: Language, ownNames: Set<string>): string {
  const text = promise.topics.join(' ');
  const numbers = findNumbers(text);
  const words = stemWords(text, language);
  const stems = words
    .filter((word, i) => isModelNumber(word.folded, words[i - 1]?.folded, promise) || (!NOT_SUBJECT.test(word.folded) && !ownNames.has(word.stem) && !numbers.some((n) => n.start <= word.start && word.start < n.end)))
    .map((word) => word.stem);
  return [...new Set(stems)].sort().join(' ');
}

/** Latin product names that a number tells apart ("iPhone 6" and "iPhone 5s", "Galaxy S21 " and "S22"). */
const PRODUCT_WORD = /^[a-z][a-z-]*$/;

/** "6" after "iphone", "5s": a model's number is part of what is priced, unless it is the sum itself. */
function isModelNumber(word: string, previous: string | undefined, promise: ExtractedPromise): boolean {
  if (!previous || !PRODUCT_WORD.test(previous) || NOT_SUBJECT.test(previous) || !/^\d{1,3}[a-z]{0,4}$/.test(word)) return false;
  const amount = (promise.value as { amount?: number } | null)?.amount;
  return amount === undefined || Number.parseInt(word, 10) !== amount;
}

/**
 * Words that name the business itself, not a part of it: a promise whose subject is only these
 * ("The shop is open 8–5", "Салон работает с 10 до 20") is about the whole business.
 */
const THE_BUSINESS = new Set(
  [
    'shop', 'store', 'office', 'salon', 'studio', 'clinic', 'practice', 'surgery', 'cafe', 'café', 'bakery', 'gym', 'club', 'centre', 'center',
    'motel', 'hotel', 'garage', 'workshop', 'business', 'team', 'reception', 'doors', 'we', 'us',
    // the words of sections about the business as a whole
    'about', 'contact', 'location', 'find', 'visit', 'info', 'information', 'opening', 'times', 'schedule', 'through', 'until', 'closed', 'operation',
    'контакты', 'адрес', 'добраться', 'время', 'информация', 'расписание', 'прием', 'приём',
    'салон', 'клиника', 'магазин', 'офис', 'студия', 'кафе', 'кофейня', 'пекарня', 'центр', 'сервис', 'автосервис', 'клуб', 'зал',
    'гостиница', 'отель', 'хостел', 'мастерская', 'компания', 'ресепшн', 'приёмная', 'приемная', 'двери',
  ].flatMap((word) => stemWords(word, phraseLanguage(word)).map((stemmed) => stemmed.stem)),
);

/**
 * Whether a promise is about the business as a whole: its words and the heading it stands under
 * name nothing but the business ("Opening hours", "Контакты"), not a part of it ("Post Office Hours").
 */
export function isAboutTheBusiness(promise: ExtractedPromise, language: Language, ownNames: Set<string>): boolean {
  const words = { ...promise, topics: [...promise.topics, ...(promise.place ?? [])] };
  const subject = subjectOf(words, language, ownNames);
  return subject === '' || subject.split(' ').every((stem) => THE_BUSINESS.has(stem));
}
