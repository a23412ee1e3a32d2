import type { Block } from '../material/types';
import type { Language } from '../profile/types';
import { ENGLISH_AGREEMENT_RULES } from './agreement-en';
import { ENGLISH_CONFUSION_RULES } from './confusions-en';
import { ENGLISH_SENTENCE_RULES } from './sentences-en';
import { ENGLISH_SOUND_ALIKE_RULES } from './sound-alikes-en';
import { ENGLISH_PRONOUN_VERB_RULES } from './pronoun-verbs-en';
import {
  CONCERNING_NOUNS,
  FALSE_HYPHENS,
  GARMENTS,
  LIST_ORDINALS,
  NE_NI_PHRASES,
  NEGATIVES_APART,
  PARONYMS,
  SET_PHRASES_RU,
  STREET_KINDS,
  STREET_NAME_OPENERS,
  SUBSCRIPTION_TERMS,
  SUBSCRIPTION_VERBS,
} from '../lexicon/ru/set-phrases';
import { AFTER_ITS_MEANING_IT_IS, BEFORE_TO_AFTER_ITS, OWNED_AFTER_ITS_VERY, PARTICIPLES_AFTER_MODAL, SUBJECT_VERBS } from '../lexicon/en/grammar';
import { looksPlural, thirdPerson } from '../text/english-forms';
import { keepCase } from '../text/normalise';
import { oneOf } from './pattern-parts-en';
import { phrasesSource } from '../lexicon/compile';

/** One real-word rule: a pattern that is wrong wherever it matches, and its correction. */
export interface GrammarRule {
  pattern: RegExp;
  fix: (match: RegExpExecArray) => string;
  /** What a pattern cannot say (a quotation open, a clause start before the match): false keeps the rule silent. */
  accept?: (match: RegExpExecArray, text: string, block?: Block) => boolean;
  why: Record<Language, string>;
}

const TIME_WORD = String.raw`(?:\d+(?:-?х)?\s+)?(?:час\p{L}*|минут\p{L}*|секунд\p{L}*|дн(?:я|ей)|суток|недел\p{L}*|месяц\p{L}*|год\p{L}*|лет|сезона|смены|рабоч\p{L}*|календарн\p{L}*|ближайш\p{L}*|последн\p{L}*|следующ\p{L}*|перв(?:ых|ого|ой)|всей|всех|всего|одного|двух|трёх|трех|четырёх|четырех|пяти|семи|десяти|нескольких|многих|долгих|длительного|получаса|ночи|периода|срока|гарантийного|учебного)`;

/** Adjectives that promo texts put before «кофе», neuter as written and masculine as the norm wants. */
const COFFEE_ADJECTIVES: Record<string, string> = {
  вкусное: 'вкусный',
  горячее: 'горячий',
  ароматное: 'ароматный',
  свежее: 'свежий',
  свежесваренное: 'свежесваренный',
  крепкое: 'крепкий',
  черное: 'черный',
  чёрное: 'чёрный',
  натуральное: 'натуральный',
  бодрящее: 'бодрящий',
  любимое: 'любимый',
  настоящее: 'настоящий',
  отличное: 'отличный',
  хорошее: 'хороший',
  лучшее: 'лучший',
  классическое: 'классический',
  зерновое: 'зерновой',
  растворимое: 'растворимый',
  холодное: 'холодный',
  одно: 'один',
};

/**
 * Verbs in «вы-» whose future and imperative differ only in an unstressed е/и: opening a request
 * ("Выберете тариф"), the imperative is meant.
 */
const IMPERATIVES_OF_FUTURE: Record<string, string> = {
  выберете: 'выберите',
  вышлете: 'вышлите',
  выпишете: 'выпишите',
  вызовете: 'вызовите',
  вынесете: 'вынесите',
  вывезете: 'вывезите',
  выйдете: 'выйдите',
  выведете: 'выведите',
};

/** Prepositions that never stand side by side ("в при следующих", "по за пределами"); "из за" has its own rule. */
const PREPOSITIONS = ['в', 'во', 'на', 'по', 'при', 'за', 'под', 'над', 'от', 'до', 'для', 'без', 'у', 'к', 'об', 'про', 'через', 'перед', 'возле', 'около'];
/** "Предоставлять" (give) is what these take; "представлять" (present) is its paronym. */
const GIVEN_THINGS = ['услуг', 'скидк', 'жиль', 'возможност', 'кредит', 'рассрочк', 'гаранти', 'номер', 'автомобил', 'доступ', 'жил'];
/** Hyphenated place names that layouts and hurry write with a space. */
const HYPHENATED_PLACES = [
  'Санкт-Петербург',
  'Ростов-на-Дону',
  'Улан-Удэ',
  'Ханты-Мансийск',
  'Йошкар-Ола',
  'Петропавловск-Камчатский',
  'Комсомольск-на-Амуре',
  'Нарьян-Мар',
  'Горно-Алтайск',
  'Усть-Илимск',
  'Южно-Сахалинск',
];
/** Each place with a space or a hyphen between its parts, whatever ending its first part ("Ростове на Дону") and its last take. */
const PLACE_SPELLINGS = HYPHENATED_PLACES.map((place) => {
  const [first, ...rest] = place.slice(0, -2).split('-');
  return String.raw`${first}\p{L}{0,2}[ -]${rest.join('[ -]')}`;
});

/** Regions named after a city: "Московская область" takes a capital letter. */
const REGION_STEMS = [
  'московск',
  'ленинградск',
  'тверск',
  'калужск',
  'тульск',
  'рязанск',
  'владимирск',
  'ярославск',
  'нижегородск',
  'свердловск',
  'челябинск',
  'новосибирск',
  'омск',
  'томск',
  'самарск',
  'саратовск',
  'ростовск',
  'воронежск',
  'белгородск',
  'курск',
  'орловск',
  'брянск',
  'смоленск',
  'псковск',
  'новгородск',
  'вологодск',
  'архангельск',
  'мурманск',
  'калининградск',
  'кемеровск',
  'иркутск',
  'тюменск',
  'оренбургск',
  'пензенск',
  'ульяновск',
  'волгоградск',
  'астраханск',
  'кировск',
  'костромск',
  'ивановск',
  'липецк',
  'тамбовск',
  'ленинградск',
  'пермск',
  'краснодарск',
  'ставропольск',
  'красноярск',
  'хабаровск',
  'приморск',
  'амурск',
  'магаданск',
  'сахалинск',
  'камчатск',
  'курганск',
  'новгородск',
];
const REGION_WORDS = 'област\\p{L}*|кра(?:й|я|ю|ем|е)|округ\\p{L}*';

/** Plural nouns of people whose possessive lost its apostrophe ("our clients needs"). */
const PEOPLE = [
  'clients',
  'customers',
  'tenants',
  'guests',
  'patients',
  'owners',
  'members',
  'visitors',
  'students',
  'residents',
  'employees',
  'landlords',
  'buyers',
  'sellers',
  'families',
  'users',
  'pets',
  'dogs',
  'kids',
];
/** What belongs to them. */
const BELONGINGS = [
  'responsibility',
  'needs',
  'requirements',
  'expectations',
  'lease',
  'leases',
  'property',
  'properties',
  'satisfaction',
  'safety',
  'privacy',
  'comfort',
  'home',
  'homes',
  'business',
  'businesses',
  'vehicle',
  'vehicles',
  'pets',
  'budget',
  'schedule',
  'feedback',
  'belongings',
  'details',
  'actions',
  'health',
  'wellbeing',
  'well-being',
  'data',
  'information',
  'accounts',
];
/** The "-s" forms of verbs a person may do ("a guests arrives"): there the slip is of agreement, not of a possessive. */
const BASE_OF_VERB: Record<string, string> = Object.fromEntries(SUBJECT_VERBS.map((base) => [thirdPerson(base), base]));
/** "По окончании" (upon), not "по окончанию": these nouns take the prepositional after "по" in this sense. */
const UPON_NOUNS: Record<string, string> = {
  окончанию: 'окончании',
  завершению: 'завершении',
  истечению: 'истечении',
  прибытию: 'прибытии',
  приезду: 'приезде',
  прилёту: 'прилёте',
  возвращению: 'возвращении',
  получению: 'получении',
  прилету: 'прилете',
  приходу: 'приходе',
};
/** A noun right before «по» that makes it mean "concerning" ("помощь по получению визы"). */
const CONCERNING_BEFORE = new RegExp(String.raw`(?<!\p{L})(?:${CONCERNING_NOUNS.join('|')})\p{L}*\s+$`, 'iu');
/** Real words that hurry puts in place of others ("в кротчайшие сроки"): written → meant. */
const LOOKALIKES: Record<string, string> = { кротчайшие: 'кратчайшие', кротчайший: 'кратчайший', кротчайшее: 'кратчайшее', кротчайшего: 'кратчайшего', кротчайшим: 'кратчайшим', кротчайших: 'кратчайших' };
/** Compounds written with a hyphen whose halves hurry writes apart ("прайс лист", "фитнес - клуб"). */
const HYPHEN_COMPOUNDS = [
  'конференц-зал',
  'колл-центр',
  'веб-дизайн',
  'пресс-центр',
  'прайс-лист',
  'фитнес-клуб',
  'фитнес-центр',
  'бизнес-ланч',
  'бизнес-центр',
  'кофе-брейк',
  'онлайн-запись',
  'интернет-магазин',
  'спа-салон',
  'спа-процедур',
  'вип-зал',
  'экспресс-доставк',
  'шоу-рум',
  'арт-пространств',
  'бизнес-класс',
  'пресс-релиз',
  'сервис-центр',
  'тест-драйв',
  'шкаф-купе',
  'диван-кровать',
  'кресло-кровать',
];
/** First parts of compounds that Russian writes solid ("нанопокрытие", "автомойка"), never with a hyphen. */
const SOLID_PREFIXES = ['нано', 'био', 'авто', 'мото', 'вело', 'фото', 'видео', 'аудио', 'микро', 'макро', 'гидро', 'термо', 'электро', 'аэро', 'агро', 'радио', 'теле'];
/** Words that never take "a": "a various options" is "various options". */
const NO_ARTICLE = ['various', 'several', 'numerous'];
/** Real-word slips of one letter in set phrases: written → meant. */
const SET_PHRASE_SLIPS: Record<string, string> = {
  'carried our': 'carried out',
  'find our more': 'find out more',
  'fill our the': 'fill out the',
  // Sound-alikes that hurry writes in set phrases.
  'piece of mind': 'peace of mind',
  'bare with us': 'bear with us',
  'bare with me': 'bear with me',
  'sneak peak': 'sneak peek',
  'weather or not': 'whether or not',
  'free reign': 'free rein',
  'as may as': 'as many as',
  'bare in mind': 'bear in mind',
  'baited breath': 'bated breath',
  'for all intensive purposes': 'for all intents and purposes',
  'case and point': 'case in point',
  'peace of cake': 'piece of cake',
  'make due with': 'make do with',
  'without further adieu': 'without further ado',
  'wreck havoc': 'wreak havoc',
  'all of the sudden': 'all of a sudden',
  'by in large': 'by and large',
  'nip it in the butt': 'nip it in the bud',
  'statue of limitations': 'statute of limitations',
  'tongue and cheek': 'tongue in cheek',
  'whether permitting': 'weather permitting',
  'prostrate cancer': 'prostate cancer',
  'prostrate gland': 'prostate gland',
  'peaked my interest': 'piqued my interest',
  'peaked your interest': 'piqued your interest',
  'slight of hand': 'sleight of hand',
  'beckon call': 'beck and call',
  'pass mustard': 'pass muster',
  'sight for soar eyes': 'sight for sore eyes',
  'self depreciating': 'self-deprecating',
  // Look-alike words in phrases that leave one reading ("take a brake pad" and "City Brake" are left out).
  'lightening fast': 'lightning fast',
  'lightening speed': 'lightning speed',
  'lightening quick': 'lightning quick',
  'risk adverse': 'risk-averse',
  'web sight': 'website',
  'on sight parking': 'on-site parking',
  'in the passed year': 'in the past year',
  'in the passed years': 'in the past years',
  'over the passed': 'over the past',
  'quiet a few': 'quite a few',
  'coffee brake': 'coffee break',
  'lunch brake': 'lunch break',
  'tea brake': 'tea break',
  'weekend brake': 'weekend break',
  'desert menu': 'dessert menu',
  'colour pallet': 'colour palette',
  'color pallet': 'color palette',
  'in tact': 'intact',
  'seize to exist': 'cease to exist',
  // Two limits where one is meant.
  'no later than before': 'no later than',
  // "Anytime" is an adverb of its own; after "at" the noun phrase is two words.
  'at anytime': 'at any time',
  // The British shop is a noun, spelt with "c" ("licence"); America has no off-licence to spell otherwise.
  'off-license': 'off-licence',
  'off-licenses': 'off-licences',
};
/** Russian months, each stem with the endings of its forms: written small inside a sentence. */
const MONTHS = [
  'Январь',
  'Января',
  'Январю',
  'Январе',
  'Февраль',
  'Февраля',
  'Февралю',
  'Феврале',
  'Март',
  'Марта',
  'Марте',
  'Марту',
  'Апрель',
  'Апреля',
  'Апрелю',
  'Апреле',
  'Май',
  'Мая',
  'Маю',
  'Мае',
  'Июнь',
  'Июня',
  'Июню',
  'Июне',
  'Июль',
  'Июля',
  'Июлю',
  'Июле',
  'Август',
  'Августа',
  'Августе',
  'Августу',
  'Сентябрь',
  'Сентября',
  'Сентябрю',
  'Сентябре',
  'Октябрь',
  'Октября',
  'Октябрю',
  'Октябре',
  'Ноябрь',
  'Ноября',
  'Ноябрю',
  'Ноябре',
  'Декабрь',
  'Декабря',
  'Декабрю',
  'Декабре',
];
/** Words before a month that show it is the month ("в июне", "с марта", "до конца мая"). */
const BEFORE_MONTH = ['в', 'с', 'со', 'до', 'по', 'от', 'на', 'к', 'начала', 'конца', 'середины', 'начале', 'конце', 'середине'];
/** Nouns of time that "per" takes in the singular ("365 days per year"). */
const PER_UNITS: Record<string, string> = { years: 'year', months: 'month', weeks: 'week', days: 'day', hours: 'hour', nights: 'night', persons: 'person', people: 'person', guests: 'guest' };

/** Verbs in -ing that read as the verb of a "who" clause ("a landlord who looking for"). */
const ING_VERBS = ['looking', 'wanting', 'needing', 'planning', 'seeking', 'trying', 'hoping', 'going', 'wishing', 'living', 'working', 'making', 'searching'];
const AUXILIARIES = ['am', 'is', 'are', 'was', 'were'];
const MODALS = ['will', 'shall', 'can', 'must', 'should', 'would', 'could', 'may', 'might'];
/** Plural possessives written with an extra or a missing "s'" in price lists ("Mens Cut", "Girls's Cut"). */
const PLURAL_POSSESSIVES: Record<string, string> = { mens: "men's", womens: "women's", childrens: "children's", "girls's": "girls'", "boys's": "boys'", "kids's": "kids'", "ladies's": "ladies'" };

/** Phrases of whole words, any case, a space in them as any space the page has; the longest tried first ("что-бы ни" before "что-бы"). */
const phrasesPattern = (phrases: string[], after = '') => new RegExp(String.raw`(?<![\p{L}-])(${phrasesSource([phrases], { space: String.raw`[ \u00a0]+` })})(?![\p{L}-])${after}`, 'giu');
/** The meant phrase for a phrase as written, looked up whatever its case and spaces. */
const meantFor = (table: Record<string, string>, written: string) => keepCase(written, table[written.toLowerCase().replace(/[ \u00a0]+/g, ' ')]!);

/** An adjective's ending after a new stem: «-ий», «-ие» after «к», «-ый», «-ые» after «н» ("демократические" → "демократичные"). */
const adjectiveEnding = (stem: string, ending: string) => (stem.endsWith('к') ? ending.replace(/^ы/, 'и') : stem.endsWith('н') ? ending.replace(/^и(?=[йехм]|ми)/, 'ы') : ending);

/** The sentence around a match, a few hundred characters at most either way. */
function sentenceAround(text: string, start: number, end: number): string {
  const before =
    text
      .slice(Math.max(0, start - 300), start)
      .split(/[.!?…]\s/u)
      .pop() ?? '';
  const after = text.slice(end, end + 300).split(/[.!?…](?:\s|$)/u)[0] ?? '';
  return `${before}${text.slice(start, end)}${after}`;
}

/**
 * Precision first: each rule fires only where the wrong form cannot be right ("в течении реки"
 * is right, "в течении часа" is not).
 */
export const GRAMMAR_RULES: GrammarRule[] = [
  {
    pattern: new RegExp(String.raw`(?<!\p{L})([Вв]) течении(?=\s+${TIME_WORD}(?!\p{L}))`, 'gu'),
    fix: (m) => `${m[1]} течение`,
    why: { ru: 'о времени пишется «в течение»', en: 'about time, Russian writes «в течение»' },
  },
  {
    pattern: /(?<!\p{L})([Нн])е смотря на(?!\p{L})/gu,
    fix: (m) => `${m[1]}есмотря на`,
    why: { ru: '«несмотря на» — предлог, пишется слитно', en: '«несмотря на» is a preposition written as one word' },
  },
  {
    // "Так же, как…" compares and stays; opening a sentence or after "а", "и" with no "как" to follow, it means "also".
    pattern: /([Тт])(?<=(?:^|[.!?;…]\s+|(?<!\p{L})[АаИи]\s)[Тт])ак же(?=\s+\p{L})(?![^.!?]*(?<!\p{L})как(?!\p{L}))/gu,
    fix: (m) => `${m[1]}акже`,
    why: { ru: 'в значении «тоже, кроме того» пишется слитно: «также»', en: 'meaning "also", Russian writes «также» as one word' },
  },
  {
    // With a hyphen it is neither: "так же" when "как" follows in the sentence, "также" (also) otherwise.
    pattern: /(?<![\p{L}-])([Тт])ак-же(?![\p{L}-])(?=([^.!?]*(?<!\p{L})как(?!\p{L}))?)/gu,
    fix: (m) => (m[2] ? `${m[1]}ак же` : `${m[1]}акже`),
    why: { ru: '«также» (тоже) пишется слитно, «так же, как» — раздельно, но не через дефис', en: 'Russian writes «также» (also) solid and «так же, как» apart, never with a hyphen' },
  },
  {
    // "малый Сухаревский переулок": a size or age word before a capitalised adjective and the kind of street is part of the name.
    pattern: new RegExp(String.raw`(?<![\p{L}-])(${oneOf(STREET_NAME_OPENERS)}) (\p{Lu}\p{Ll}+(?:ий|ый|ой|ая|ое|ее)) (${oneOf(STREET_KINDS)})(?!\p{L})`, 'gu'),
    fix: (m) => `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1)} ${m[2]} ${m[3]}`,
    why: { ru: 'первое слово названия улицы пишется с прописной буквы', en: 'the first word of a street name takes a capital letter' },
  },
  {
    // "от 3-7 человек" mixes two ways of a range; a time ("от 9-00"), a date or a phone goes on with a zero or another hyphen.
    pattern: /(?<![\p{L}\d])([Оо]т) (\d{1,4})[-–—](\d{1,4})(?![\d:.,–—-])(?!\s*до(?!\p{L}))/gu,
    fix: (m) => `${m[1]} ${m[2]} до ${m[3]}`,
    accept: (m) => !m[3]!.startsWith('0') && Number(m[3]) > Number(m[2]),
    why: { ru: 'диапазон пишется либо «от 3 до 7», либо «3–7», но не «от 3-7»', en: 'a Russian range is «от 3 до 7» or «3–7», not «от 3-7»' },
  },
  {
    // Only before a lower-case Russian word: "авто-Москва" or "фото-ID" may be names.
    pattern: new RegExp(String.raw`(?<![\p{L}-])(${oneOf(SOLID_PREFIXES.flatMap((prefix) => [prefix, keepCase('А', prefix)]))})-([а-яё]{2,})(?![\p{L}-])`, 'gu'),
    fix: (m) => `${m[1]}${m[2]}`,
    why: { ru: 'сложные слова с первой частью «нано-», «авто-», «фото-» пишутся слитно', en: 'Russian writes compounds of «нано-», «авто-», «фото-» as one word' },
  },
  {
    pattern: /(?<!\p{L})([Вв]) зависимости(?= (?!от(?!\p{L}))\p{L})/gu,
    fix: (m) => `${m[1]} зависимости от`,
    why: { ru: 'пропущен предлог: «в зависимости от»', en: 'a preposition is missing: «в зависимости от»' },
  },
  {
    pattern: /(?<!\p{L})([Вв]) целостности и сохранности(?!\p{L})/gu,
    fix: (m) => `${m[1]} целости и сохранности`,
    why: { ru: 'устойчивое выражение — «в целости и сохранности»', en: 'the set phrase is «в целости и сохранности»' },
  },
  {
    // Only opening a sentence that asks nothing: "Когда выберете, позвоните" and "Выберете ли вы…?" keep the future.
    pattern: new RegExp(String.raw`(?<=^|[.!:…]\s+)(${oneOf(Object.keys(IMPERATIVES_OF_FUTURE).flatMap((verb) => [verb, keepCase('В', verb)]))})(?= \p{L})(?! ли(?!\p{L}))`, 'gu'),
    fix: (m) => keepCase(m[1]!, IMPERATIVES_OF_FUTURE[m[1]!.toLowerCase()]!),
    accept: (m, text) => !/^[^.!?]*\?/.test(text.slice(m.index)),
    why: { ru: 'в просьбе — повелительное наклонение на «-ите»: «выберите», а «выберете» — будущее время', en: 'a request takes the imperative in «-ите» («выберите»); «выберете» is the future tense' },
  },
  {
    pattern: /(?<!\p{L})([Вв])следствии(?!\p{L})/gu,
    fix: (m) => `${m[1]}следствие`,
    why: { ru: 'слитное «вследствие» (по причине) пишется с «е» на конце', en: '«вследствие» (because of) ends in «е»' },
  },
  {
    pattern: new RegExp(String.raw`(?<!\p{L})([Оо]де(?:ть|нь|ньте|л|ла|ли|вать|ваете|вайте|ваем|вает|вают))(?= (?:${oneOf(GARMENTS)})\p{L}*)`, 'gu'),
    fix: (m) => m[1]!.replace(/^([Оо])де/, (_, o: string) => (o === 'О' ? 'Наде' : 'наде')),
    why: { ru: 'одежду надевают, а одевают кого-то', en: 'in Russian clothes are «надеть», people are «одеть»' },
  },
  {
    pattern: /(?<!\p{L})([Ии]з) (за|под)(?!\p{L})/gu,
    fix: (m) => `${m[1]}-${m[2]}`,
    why: { ru: '«из-за» и «из-под» пишутся через дефис', en: '«из-за» and «из-под» take a hyphen' },
  },
  {
    pattern: /(?<!\p{L})([Нн])е взирая на(?!\p{L})/gu,
    fix: (m) => `${m[1]}евзирая на`,
    why: { ru: '«невзирая на» — предлог, пишется слитно', en: '«невзирая на» is a preposition written as one word' },
  },
  {
    pattern: new RegExp(String.raw`(?<!\p{L})(${oneOf(Object.keys(COFFEE_ADJECTIVES))}) кофе(?!\p{L})`, 'giu'),
    fix: (m) => `${keepCase(m[1]!, COFFEE_ADJECTIVES[m[1]!.toLowerCase()]!)} кофе`,
    why: { ru: 'в литературной норме «кофе» — мужского рода', en: 'in standard Russian «кофе» is masculine' },
  },
  {
    // "your welcome drink" is right: only the phrase that ends or goes on with "to" is "you're welcome".
    pattern: /(?<![\p{L}'])([Yy])our welcome(?=\s*(?:[.!,;]|$|to\s))/gu,
    fix: (m) => `${m[1]}ou're welcome`,
    why: { ru: '«you are welcome» сокращается до «you’re welcome»', en: '"you are welcome" shortens to "you\'re welcome"' },
  },
  {
    // Before a participle only: "could, of course" and "would of course" keep their "of". Words in "-eed" ("need") are no participles.
    pattern: new RegExp(String.raw`(?<![\p{L}'])([Cc]ould|[Ww]ould|[Ss]hould|[Mm]ight|[Mm]ust) of(?= (?:${oneOf(PARTICIPLES_AFTER_MODAL)}|[a-z]{2,}(?<!e)ed)(?!\p{L}))`, 'gu'),
    fix: (m) => `${m[1]} have`,
    why: { ru: 'после модального глагола — «have», а не «of»', en: 'after a modal verb it is "have", not "of"' },
  },
  {
    pattern: /(?<![\p{L}'])([Ll])oose (weight|a few pounds|the extra)(?!\p{L})/gu,
    fix: (m) => `${m[1]}ose ${m[2]}`,
    why: { ru: '«lose» — терять, «loose» — свободный', en: '"lose" is to shed, "loose" is not tight' },
  },
  {
    // Only what a business has and a cleft sentence never follows with ("it's customers who decide" is right).
    pattern: /(?<![\p{L}'])([Ii])t['’]s (own|Own|doors|name|website|logo|founder|owner|owners)(?!\p{L})/gu,
    fix: (m) => `${m[1]}ts ${m[2]}`,
    why: { ru: 'possessive «its» пишется без апострофа', en: 'the possessive is "its", without an apostrophe' },
  },
  {
    // "of its time", "its hard shell", "its very own" are possessives: those words only with what "it is" leads to.
    pattern: new RegExp(
      String.raw`(?<![\p{L}'])([Ii])ts (${oneOf(AFTER_ITS_MEANING_IT_IS)}|very(?! (?:${oneOf(OWNED_AFTER_ITS_VERY)})(?!\p{L}))|(?:${oneOf(BEFORE_TO_AFTER_ITS)})(?= (?:to|for)(?!\p{L})))(?!\p{L})`,
      'gu',
    ),
    fix: (m) => `${m[1]}t's ${m[2]}`,
    why: { ru: '«it is» сокращается до «it’s»', en: '"it is" shortens to "it\'s"' },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}\d-])(${oneOf(PREPOSITIONS)}) (${oneOf(PREPOSITIONS.filter((p) => p !== 'за' && p !== 'под'))}|за|под)(?= \p{L})(?![\p{L}-])`, 'giu'),
    fix: (m) => m[2]!,
    // "ПО для бухгалтерии": a word in capitals is an abbreviation (программное обеспечение), not a preposition.
    accept: (m) => ![m[1]!, m[2]!].some((word) => word.length > 1 && word === word.toUpperCase()),
    why: { ru: 'два предлога подряд: один лишний', en: 'two prepositions in a row: one is extra' },
  },
  {
    // "во" goes before в/ф or two consonants ("во время", "во сне", "во Пскове"); before one consonant and a vowel it is "в".
    // "во первых" is "во-первых" written apart, another slip.
    pattern: /(?<![\p{L}-])([Вв])о (?=[бгджзклмнпрстхцчшщ][аеёиоуыэюя])(?!(?:первых|вторых)(?!\p{L}))(\p{L}+)/giu,
    fix: (m) => `${m[1]} ${m[2]}`,
    why: { ru: '«во» пишут перед сочетанием согласных и перед «в», «ф»; здесь — «в»', en: 'Russian writes «во» only before consonant clusters and в/ф; here it is «в»' },
  },
  {
    pattern: new RegExp(String.raw`(?<!\p{L})([Пп])редстав(ля\p{L}*|и\p{L}*)(?= (?:\p{L}+ )?(?:${oneOf(GIVEN_THINGS)})\p{L}*)`, 'gu'),
    fix: (m) => `${m[1]}редостав${m[2]}`,
    // "если представится возможность": a chance that arises is «представляется».
    accept: (m, text) => !(/с[яь]$/.test(m[2]!) && /^\s+(?:\p{L}+ )?возможност/u.test(text.slice(m.index + m[0].length))),
    why: { ru: 'услуги и жильё «предоставляют», а «представляют» — показывают', en: 'paronyms: «предоставлять» gives, «представлять» presents' },
  },
  {
    // "отдыхать заграницей" is where, the adverb «за границей»; "торговля с заграницей" is the noun.
    pattern: /(?<!\p{L}|(?:[Вв]|[Нн]а|[Пп]ро|[Сс]|[Зз]а|[Пп]од|[Пп]еред|[Нн]ад) )([Зз])аграниц(у|ей)(?!\p{L})/gu,
    fix: (m) => `${m[1]}а границ${m[2]}`,
    why: { ru: 'наречия «за границу» (куда?) и «за границей» (где?) пишутся раздельно', en: '«за границу», «за границей» (abroad) are two words' },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}-])((?:${PLACE_SPELLINGS.join('|')})\p{L}*)`, 'gu'),
    fix: (m) => m[1]!.replace(/ /g, '-'),
    accept: (m) => m[1]!.includes(' '),
    why: { ru: 'название пишется через дефис', en: 'the place name takes a hyphen' },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}.])(${oneOf(REGION_STEMS)})(\p{L}+ (?:${REGION_WORDS}))(?!\p{L})`, 'gu'),
    fix: (m) => `${m[1]!.charAt(0).toUpperCase()}${m[1]!.slice(1)}${m[2]}`,
    why: { ru: 'название области или края пишется с прописной', en: 'a region’s name takes a capital letter' },
  },
  {
    pattern: /(?<![\p{L}'/])([Aa])nd or(?![\p{L}'])/gu,
    fix: (m) => `${m[1]}nd/or`,
    why: { ru: 'пишется «and/or»', en: 'written "and/or"' },
  },
  {
    pattern: /(?<![\p{L}'])([Aa]bid(?:e|es|ing|ed)) with(?= (?:these|the|our|all|any|this|house)\s+(?:\p{L}+\s+)?(?:policies|policy|rules|terms|regulations|conditions)(?!\p{L}))/gu,
    fix: (m) => `${m[1]} by`,
    why: { ru: 'правилам следуют: «abide by»', en: 'rules are abided by, not with' },
  },
  {
    pattern: /(?<![\p{L}'])([Yy])our (ready (?:for|to)|not |going to|sure to|able to|invited)/gu,
    fix: (m) => `${m[1]}ou're ${m[2]}`,
    why: { ru: '«you are» сокращается до «you’re»', en: '"you are" shortens to "you\'re"' },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}'])(${oneOf(AUXILIARIES)}) use to(?!\p{L})`, 'giu'),
    fix: (m) => `${m[1]} used to`,
    why: { ru: 'оборот «be used to» (привыкнуть)', en: 'the phrase is "be used to"' },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}'])(${oneOf(AUXILIARIES)}) (${oneOf(MODALS)})(?= \p{L})(?!\p{L})`, 'giu'),
    fix: (m) => m[2]!,
    why: { ru: 'два сказуемых подряд: «are» лишнее', en: 'two verbs in a row: the form of "be" is extra' },
  },
  {
    pattern: new RegExp(String.raw`(?<!,\s?)(?<![\p{L}'])(who) (${oneOf(ING_VERBS)})(?!\p{L})`, 'giu'),
    fix: (m) => `${m[1]} is ${m[2]}`,
    why: { ru: 'не хватает глагола: «who is looking»', en: 'a verb is missing: "who is looking"' },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}'])(our|your|their|the|all|a|every|each) (${oneOf(PEOPLE)}) (${oneOf(BELONGINGS)})(?![\p{L}'])`, 'giu'),
    fix: (m) => (/^(a|every|each)$/i.test(m[1]!) ? `${m[1]} ${m[2]!.replace(/ies$/, 'y').replace(/s$/, '')}'s ${m[3]}` : `${m[1]} ${m[2]}' ${m[3]}`),
    why: { ru: 'притяжательная форма пишется с апострофом', en: 'the possessive needs an apostrophe' },
  },
  {
    // "a clients reviews": "a" never stands before a plural, so a plural after the person is what they own.
    pattern: new RegExp(String.raw`(?<![\p{L}'’])([Aa]) (${oneOf(PEOPLE)}) ([a-z]+s)(?![\p{L}'’])`, 'gu'),
    fix: (m) => `${m[1]} ${m[2]!.replace(/ies$/, 'y').replace(/s$/, '')}'s ${m[3]}`,
    // A capital "A" inside a sentence is a grade or a label ("Grade A students").
    accept: (m, text) => (m[1] === 'a' || /(?:^|[.!?]\s+)$/u.test(text.slice(0, m.index))) && looksPlural(m[3]!) && !BELONGINGS.includes(m[3]!) && !(m[3]! in BASE_OF_VERB),
    why: { ru: 'притяжательная форма пишется с апострофом', en: 'the possessive needs an apostrophe' },
  },
  {
    pattern: /(?<![\p{L}'])([Bb]est) suitable(?!\p{L})/gu,
    fix: (m) => `${m[1]} suited`,
    why: { ru: '«best suited» или «most suitable»', en: '"best suited" or "most suitable"' },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}'])(${oneOf(Object.keys(PLURAL_POSSESSIVES))})(?![\p{L}'])`, 'giu'),
    fix: (m) => keepCase(m[1]!, PLURAL_POSSESSIVES[m[1]!.toLowerCase()]!),
    why: { ru: 'притяжательная форма множественного числа', en: 'a plural possessive' },
  },
  {
    // The quote takes the next word along: "al" alone is too short to show a reviewer where it is.
    pattern: /(?<![\p{L}'.]|et )al (times|the|of|our|your|day|year|kinds|types|sizes|ages)(?!\p{L})/gu,
    fix: (m) => `all ${m[1]}`,
    why: { ru: 'опечатка: «all»', en: 'a typo for "all"' },
  },
  {
    pattern: new RegExp(String.raw`(?<!\p{L})([Пп]о) (${oneOf(Object.keys(UPON_NOUNS))})(?= \p{L})(?!\p{L})`, 'gu'),
    fix: (m) => `${m[1]} ${UPON_NOUNS[m[2]!]}`,
    // "помощь по получению визы": after such a noun «по» means "concerning" and takes the dative.
    accept: (m, text) => !CONCERNING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)),
    why: { ru: 'в значении «после чего-то» — «по окончании», «по прибытии»', en: 'in the sense "upon", Russian writes «по окончании», «по прибытии»' },
  },
  {
    pattern: new RegExp(String.raw`(?<!\p{L})(${oneOf(Object.keys(LOOKALIKES))})(?!\p{L})`, 'giu'),
    fix: (m) => keepCase(m[1]!, LOOKALIKES[m[1]!.toLowerCase()]!),
    why: { ru: 'слово спутано с похожим по звучанию', en: 'a word confused with one that sounds alike' },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}-])(${HYPHEN_COMPOUNDS.map((c) => c.replace('-', '(?: [-–—] ?|[-–—] | )')).join('|')})(\p{L}*)`, 'giu'),
    fix: (m) => `${m[1]!.replace(/ ?[-–—] ?| /u, '-')}${m[2]}`,
    why: { ru: 'сложное слово пишется через дефис, без пробелов', en: 'the compound takes a hyphen with no spaces' },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}'])([Pp]er) (${oneOf(Object.keys(PER_UNITS))})(?!\p{L})`, 'gu'),
    fix: (m) => `${m[1]} ${PER_UNITS[m[2]!]}`,
    why: { ru: 'после «per» — единственное число', en: '"per" takes the singular' },
  },
  {
    pattern: /(?<![\p{L}'])([Hh]as|[Hh]ave|[Hh]ad) be(?!\p{L})/gu,
    fix: (m) => `${m[1]} been`,
    why: { ru: 'после «has/have» — «been»', en: 'after "has" or "have" it is "been"' },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}'])([Aa]n?) (${oneOf(NO_ARTICLE)})(?= \p{L})(?!\p{L})`, 'gu'),
    fix: (m) => keepCase(m[1]!, m[2]!),
    why: { ru: 'с этим словом артикль «a» не ставят', en: 'this word takes no "a"' },
  },
  {
    pattern: new RegExp(String.raw`(?<![\p{L}'])(${oneOf(Object.keys(SET_PHRASE_SLIPS))})(?![\p{L}'])`, 'giu'),
    fix: (m) => keepCase(m[1]!, SET_PHRASE_SLIPS[m[1]!.toLowerCase()]!),
    why: { ru: 'опечатка в устойчивом выражении', en: 'a slip in a set phrase' },
  },
  {
    // "to which the order is delivered to": the preposition stands twice, before "which" and at the end.
    pattern: /(?<![\p{L}'])(to|for|from|with|in|on|at) which ([^.,;:!?]{1,60}) \1(?=\s*[.,;:!?)]|\s*$)/giu,
    fix: (m) => `${m[1]} which ${m[2]}`,
    why: { ru: 'предлог повторён: в начале и в конце оборота', en: 'the preposition stands twice, before "which" and at the end' },
  },
  {
    // "пр представлении": "при" lost a letter; "пр." with its dot is an avenue.
    pattern: /(?<!\p{L})([Пп])р (\p{Ll}{3,})/gu,
    fix: (m) => `${m[1]}ри ${m[2]}`,
    why: { ru: 'пропущена буква: «при»', en: 'a letter is missing: «при»' },
  },
  {
    // "скидка в Июне": a month is written small in Russian. A capital preposition shows a title-cased
    // heading unless it opens the sentence; «Марте» after «к»/«по» is the name Марта; quotes hold a title.
    pattern: new RegExp(String.raw`(?<![\p{L}-])(${oneOf(BEFORE_MONTH.flatMap((word) => [word, keepCase('А', word)]))}) (${oneOf(MONTHS)})(?![\p{L}-])`, 'gu'),
    fix: (m) => `${m[1]} ${m[2]!.toLowerCase()}`,
    accept: (m, text) => {
      const before = text.slice(0, m.index);
      if (/^\p{Lu}/u.test(m[1]!) && !/(?:^|[.!?…]\s+)$/u.test(before)) return false;
      if (/^Март/.test(m[2]!) && /^(?:к|по)$/i.test(m[1]!)) return false;
      const sentence = before.split(/[.!?…]\s/u).pop() ?? '';
      return (sentence.match(/«/g) ?? []).length <= (sentence.match(/»/g) ?? []).length && (sentence.match(/"/g) ?? []).length % 2 === 0;
    },
    why: { ru: 'названия месяцев пишутся со строчной буквы', en: 'Russian writes the names of months small' },
  },
  {
    pattern: phrasesPattern(Object.keys(SET_PHRASES_RU)),
    fix: (m) => meantFor(SET_PHRASES_RU, m[1]!),
    why: { ru: 'устойчивое выражение пишется иначе', en: 'the set phrase is written otherwise' },
  },
  {
    pattern: phrasesPattern(Object.keys(FALSE_HYPHENS)),
    fix: (m) => meantFor(FALSE_HYPHENS, m[1]!),
    why: { ru: 'пишется раздельно, без дефиса', en: 'written as separate words, with no hyphen' },
  },
  {
    pattern: phrasesPattern(Object.keys(NE_NI_PHRASES)),
    fix: (m) => meantFor(NE_NI_PHRASES, m[1]!),
    why: { ru: 'в этом обороте пишется так: «ни при каких», «не кто иной, как», «независимо от»', en: 'this phrase is written with the other particle or as one word' },
  },
  {
    // "ни кто не пришёл": a negative pronoun written apart. "ни где, ни когда" pairs two «ни» and stays.
    pattern: phrasesPattern(Object.keys(NEGATIVES_APART), String.raw`(?!\s+(?:иной|иное|иным|другой|другое)(?!\p{L}))`),
    fix: (m) => meantFor(NEGATIVES_APART, m[1]!),
    accept: (m, text) => (sentenceAround(text, m.index, m.index + m[0].length).match(/(?<![\p{L}-])ни(?![\p{L}-])/giu) ?? []).length === 1,
    why: { ru: 'отрицательное местоимение или наречие пишется слитно', en: 'the negative pronoun or adverb is one word' },
  },
  {
    pattern: phrasesPattern(Object.keys(LIST_ORDINALS), String.raw`(?=\s*,)`),
    fix: (m) => meantFor(LIST_ORDINALS, m[1]!),
    why: { ru: 'вводное слово пишется через дефис', en: 'the parenthetical word takes a hyphen' },
  },
  {
    pattern: new RegExp(String.raw`(?<!\p{L})([Вв]) продолжении(?=\s+${TIME_WORD}(?!\p{L}))`, 'gu'),
    fix: (m) => `${m[1]} продолжение`,
    why: { ru: 'о времени пишется «в продолжение»', en: 'about time, Russian writes «в продолжение»' },
  },
  {
    // "В заключении врача" is the report; opening a sentence before a comma it is the adverb "finally".
    pattern: /(?<=^|[.!?…]\s+)В заключении(?=\s*,)/gu,
    fix: () => 'В заключение',
    why: { ru: 'в значении «в конце» пишется «в заключение»', en: 'meaning "finally", Russian writes «в заключение»' },
  },
  ...PARONYMS.map(
    ({ written, before, meant, why }): GrammarRule => ({
      // The noun's ending is short: "цены", not "ценности"; "интересы", not "интересные".
      pattern: new RegExp(String.raw`(?<!\p{L})(${written})(\p{L}*)(?= (?:\p{L}+ )?(?:${oneOf(before)})\p{L}{0,3}(?!\p{L}))`, 'giu'),
      fix: (m) => keepCase(m[1]!, `${meant}${adjectiveEnding(meant, m[2]!)}`),
      why,
    }),
  ),
  {
    pattern: new RegExp(String.raw`(?<!\p{L})(?:(?:${oneOf(SUBSCRIPTION_VERBS)})\s+абонент(?!\p{L})|абонент(?:а|ы|ов)?(?=\s+(?:на|в)\s+(?:\d+\s+)?(?:${oneOf(SUBSCRIPTION_TERMS)})))`, 'giu'),
    fix: (m) => m[0].replace(/бонент/iu, 'бонемент'),
    why: { ru: 'покупают и продлевают «абонемент», а «абонент» — тот, кто им пользуется', en: 'a season ticket is «абонемент»; «абонент» is a subscriber' },
  },
  ...ENGLISH_AGREEMENT_RULES,
  ...ENGLISH_CONFUSION_RULES,
  ...ENGLISH_SENTENCE_RULES,
  ...ENGLISH_SOUND_ALIKE_RULES,
  ...ENGLISH_PRONOUN_VERB_RULES,
];
