/** Word lists for the Russian punctuation rules (engine/checks/punctuation-ru.ts). */

/** Degree words that may stand between a noun and its participle ("цвет наиболее подходящий для вас"). */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(['наиболее', 'наименее', 'особенно', 'специально', 'заранее', 'ранее']);

/** Words after «это» that go with a predicate noun ("это всегда приятный подарок", "это не роскошь"). */
export const PREDICATE_LEADS: ReadonlySet<string> = new Set(['всегда', 'не', 'просто', 'именно', 'лишь', 'прежде', 'всего', 'только', 'уже', 'действительно', 'самый', 'самая', 'самое', 'самые']);

/** Predicatives that open a clause with a question word ("видно, с каким усердием"; "ясно, где"). */
export const CLAUSE_PREDICATIVES: ReadonlySet<string> = new Set(['видно', 'ясно', 'понятно', 'неясно', 'непонятно', 'заметно', 'известно', 'неизвестно']);

/**
 * Question words that open such a clause. «Как» stays out: "ясно как день", "понятно как никогда"
 * are comparisons with no comma.
 */
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'что',
  'кто',
  'где',
  'куда',
  'откуда',
  'почему',
  'зачем',
  'отчего',
  'сколько',
  'когда',
  'насколько',
  'какой',
  'какая',
  'какое',
  'какие',
  'какого',
  'какую',
  'каким',
  'каком',
  'какими',
  'каких',
  'какому',
  'какой',
  'чем',
  'чего',
  'кому',
  'кого',
  'чему',
]);

/** Personal pronouns in the nominative: after «пока» they open a clause ("ждём, пока вы решите"). */
export const NOMINATIVE_PRONOUNS: ReadonlySet<string> = new Set(['я', 'ты', 'он', 'она', 'оно', 'мы', 'вы', 'они']);

/** Predicatives of duty that agree with their subject ("мебель должна"): a comma never parts them from it. */
export const MODAL_PREDICATIVES: ReadonlySet<string> = new Set(['должен', 'должна', 'должно', 'должны']);

/** Words that open a clause whose subject may come next ("что кухонная мебель должна…"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['что', 'чтобы']);

/** Parenthetical phrases opened by «как», set off by commas on both sides ("и, как показала практика, …"). */
export const PARENTHETICAL_PHRASES: readonly (readonly string[])[] = [
  ['как', 'показывает', 'практика'],
  ['как', 'показала', 'практика'],
  ['как', 'показывает', 'опыт'],
  ['как', 'показал', 'опыт'],
  ['как', 'правило'],
  ['как', 'известно'],
  ['как', 'ни', 'странно'],
  ['как', 'говорится'],
  ['как', 'водится'],
];

/**
 * Words before which a parenthetical «как …» is no comparison's or conjunction's part left open:
 * after "так", "такой", "то" the «как» compares ("так как правило требует"); after «а», «но»
 * the comma is often left out on purpose.
 */
export const BEFORE_PARENTHETICAL_EXCLUDED: ReadonlySet<string> = new Set(['так', 'такой', 'такая', 'такое', 'такие', 'то', 'тот', 'та', 'те', 'а', 'но', 'да', 'или', 'либо', 'же', 'именно']);

/**
 * Words that, opening a sentence, can only be parenthetical and are closed by a comma ("Конечно,
 * мы поможем"; "К сожалению, мест нет"). «Вероятно», «возможно», «безусловно» stay out: they are also
 * predicates ("Возможно продление договора") or adverbs ("Безусловно лучший выбор").
 */
export const OPENING_PARENTHETICALS: readonly (readonly string[])[] = [
  ['конечно'],
  ['разумеется'],
  ['кстати'],
  ['например'],
  ['наверное'],
  ['во-первых'],
  ['во-вторых'],
  ['в-третьих'],
  ['по-моему'],
  ['по-видимому'],
  ['к', 'сожалению'],
  ['к', 'счастью'],
  ['к', 'несчастью'],
];

/**
 * Words that opening a sentence may be a predicate ("Возможно продление договора") but are
 * parenthetical before a subject pronoun ("Возможно, мы задержимся").
 */
export const PARENTHETICALS_BEFORE_SUBJECT: readonly (readonly string[])[] = [['вероятно'], ['возможно'], ['безусловно'], ['несомненно'], ['очевидно'], ['естественно'], ['пожалуй']];

/** Words right after such an opening word that belong to it ("Конечно же,", "Кстати говоря,"): the comma goes after them. */
export const PARENTHETICAL_TAILS: ReadonlySet<string> = new Set(['же', 'говоря', 'сказать', 'ли']);

/**
 * Words of a bound that make one phrase with «чем» before an amount, with no comma ("не более чем
 * на 2 дня", "менее чем за 3 часа"). «Больше», «меньше» alone stay out: they are true comparisons
 * ("стоит больше, чем 100 рублей" is also written).
 */
export const BOUND_BEFORE_THAN: ReadonlySet<string> = new Set(['более', 'менее']);
/** The same after «не» ("не больше чем 3 человека"). */
export const NEGATED_BOUND_BEFORE_THAN: ReadonlySet<string> = new Set(['более', 'менее', 'больше', 'меньше']);
/** Prepositions that may stand between «чем» and the amount ("чем на 2 дня", "чем за час", "чем в 3 раза"). */
export const AMOUNT_PREPOSITIONS: ReadonlySet<string> = new Set(['на', 'в', 'во', 'за', 'до', 'через', 'по', 'с']);

/** Imperatives that join the next verb into one call, with no comma ("Давайте обсудим", "Пусть будет"). */
export const JOINING_IMPERATIVES: ReadonlySet<string> = new Set(['давай', 'давайте', 'пусть', 'пускай']);

/** Prepositions that open an adverbial of a span of time ("В течение 30 минут", "Через 2 дня"). */
export const TIME_SPAN_PREPOSITIONS: readonly (readonly string[])[] = [['в', 'течение'], ['на', 'протяжении'], ['через'], ['спустя'], ['за']];

/** Words of a span of time in the genitive or accusative such a preposition takes ("минут", "часа", "дня", "суток"). */
export const TIME_UNITS = /^(?:секунд[уы]?|минут[уы]?|час|часа|часов|день|дня|дней|сутки|суток|недел[июь]|недель|месяц|месяца|месяцев|год|года|лет)$/u;
