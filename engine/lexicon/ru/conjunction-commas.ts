/**
 * Words of the Russian comma before a subordinate clause: the conjunctions that open one, and the
 * words before them that make the comma go elsewhere or not at all.
 */

/** Conjunctions of purpose: the clause they open is set off by a comma ("Звоните, чтобы узнать"). */
export const PURPOSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['чтобы', 'дабы']);

/**
 * Words right before «чтобы» after which no comma goes there: a conjunction or a particle joined
 * to it ("а чтобы", "лишь бы"), or the first part of a compound conjunction, where the comma may
 * stand before the whole ("для того чтобы", "с тем чтобы", "так чтобы").
 */
export const NO_COMMA_BEFORE_PURPOSE: ReadonlySet<string> = new Set([
  'и',
  'а',
  'но',
  'или',
  'либо',
  'да',
  'не',
  'лишь',
  'только',
  'также',
  'именно',
  'ли',
  'того',
  'тем',
  'так',
  'затем',
  'потому',
  'оттого',
  'как',
  'чем',
  'вот',
]);

/** Verbs of knowing, saying and promising whose object is a clause with «что» ("понимаете, что он"). */
export const CLAUSE_TAKING_VERBS: ReadonlySet<string> = new Set([
  'знаю',
  'знаем',
  'знаете',
  'знают',
  'знает',
  'знать',
  'знали',
  'понимаю',
  'понимаем',
  'понимаете',
  'понимают',
  'понимать',
  'поймёте',
  'поймете',
  'поняли',
  'думаю',
  'думаем',
  'думаете',
  'считаем',
  'считаю',
  'считаете',
  'уверен',
  'уверена',
  'уверены',
  'гарантируем',
  'гарантирую',
  'обещаем',
  'обещаю',
  'сообщаем',
  'напоминаем',
  'помните',
  'учтите',
  'заметьте',
  'надеемся',
  'убедитесь',
  'видите',
  'видим',
  'говорим',
  'говорят',
  'уверяем',
  'подтверждаем',
]);

/** Words after «что» that make it a pronoun, not a conjunction ("знаем что-то", "понимаем что угодно"). */
export const PRONOUN_WHAT_AFTER: ReadonlySet<string> = new Set(['угодно', 'именно', 'либо', 'нибудь', 'бы', 'же', 'ли', 'делать', 'значит']);

/** «где», «куда», «откуда» after a noun open a clause about the place ("колодца, где находится врезка"). */
export const PLACE_RELATIVES: ReadonlySet<string> = new Set(['где', 'куда', 'откуда']);

/** Words after «где» that make it part of a phrase, not the start of a clause ("где угодно", "где бы ни"). */
export const NOT_CLAUSE_AFTER_WHERE: ReadonlySet<string> = new Set(['угодно', 'бы', 'либо', 'нибудь', 'именно', 'же']);

/** Personal pronouns that open the second clause after «и» ("Оформите заявку, и мы перезвоним"). */
export const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['мы', 'вы', 'они', 'я']);

/**
 * Words that make a clause subordinate or one with shared members: two clauses under one «если»,
 * «когда», «что» are joined by «и» with no comma ("Если вы устали и мы можем помочь…").
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'если',
  'когда',
  'что',
  'чтобы',
  'который',
  'которая',
  'которое',
  'которые',
  'где',
  'куда',
  'откуда',
  'как',
  'пока',
  'хотя',
  'потому',
  'поскольку',
  'ли',
  'раз',
  'будто',
  'словно',
  'едва',
  'лишь',
  'чем',
  'кто',
  'почему',
  'зачем',
  'сколько',
]);

/** Words of need that open the main clause after a leading «Чтобы…» clause ("Чтобы записаться, нужно…"). */
export const NEED_WORDS: ReadonlySet<string> = new Set(['нужно', 'надо', 'необходимо', 'следует', 'стоит', 'достаточно', 'требуется', 'рекомендуем', 'советуем', 'предлагаем', 'важно']);

/**
 * Verbs after «как» that make a set phrase with it, no clause, after an imperative ("оставьте как
 * есть", "отдохните как следует", "делайте как придётся").
 */
export const HOW_IDIOMS: ReadonlySet<string> = new Set(['есть', 'следует', 'попало', 'придётся', 'придется', 'положено', 'полагается', 'водится', 'говорится']);

/**
 * Forms of «который» that open a relative clause right after its noun ("тариф, который вам
 * подходит"); the genitive is left out, which follows a noun as its possessive ("стоимость услуг которого").
 */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['который', 'которая', 'которое', 'которые', 'которую']);

/** Nouns of part or count that a relative clause opens with ("мастера, часть из которых…"): the comma stands before them. */
export const PART_NOUNS: ReadonlySet<string> = new Set(['часть', 'части', 'половина', 'половину', 'большинство', 'меньшинство', 'треть', 'четверть', 'ряд', 'число', 'многие', 'сотни', 'десятки', 'тысячи', 'некоторые']);

/** Nouns of compound prepositions ("в обмен на", "в связи с"): the comma before «который» stands before the whole ("…, в обмен на которые"). */
export const PREPOSITION_NOUNS: ReadonlySet<string> = new Set(['обмен', 'связи', 'отличие', 'зависимости', 'сравнению', 'соответствии', 'ответ', 'отношению', 'отношении', 'дополнение', 'противовес', 'пользу', 'честь']);

/**
 * Conjunctions of cause, condition, concession, time and purpose that open a clause in mid-sentence,
 * set off by a comma before the whole ("не отдаём макеты, так как…", "звоните, если…", "снимите
 * мерки, прежде чем…"; a compound one may take it before its last word instead).
 */
export const ADVERBIAL_CONJUNCTIONS: readonly (readonly string[])[] = [
  ['если'],
  ['хотя'],
  ['ибо'],
  ['так', 'как'],
  ['поскольку'],
  ['потому', 'что'],
  ['оттого', 'что'],
  ['благодаря', 'тому', 'что'],
  ['несмотря', 'на', 'то', 'что'],
  ['в', 'то', 'время', 'как'],
  ['в', 'связи', 'с', 'тем', 'что'],
  ['для', 'того', 'чтобы'],
  ['вместо', 'того', 'чтобы'],
  ['после', 'того', 'как'],
  ['до', 'того', 'как'],
  ['перед', 'тем', 'как'],
  ['прежде', 'чем'],
  ['с', 'тех', 'пор', 'как'],
  ['по', 'мере', 'того', 'как'],
];

/**
 * Words right before such a conjunction after which the comma goes before them or not at all: a
 * conjunction or a particle that leans on it ("и потому что", "лишь потому что", "поэтому если",
 * "то есть если", "сразу после того как", "хотя бы потому что"), «не» that splits the conjunction
 * ("не потому, что"), a word that stresses it as part of the main clause ("это потому, что", "всё
 * потому, что"), "постольку поскольку".
 */
export const NO_COMMA_BEFORE_ADVERBIAL: ReadonlySet<string> = new Set([
  'и',
  'а',
  'но',
  'или',
  'либо',
  'да',
  'не',
  'ни',
  'именно',
  'только',
  'лишь',
  'особенно',
  'бы',
  'хотя',
  'даже',
  'просто',
  'также',
  'тоже',
  'ещё',
  'еще',
  'задолго',
  'незадолго',
  'сразу',
  'вскоре',
  'же',
  'поэтому',
  'однако',
  'зато',
  'причём',
  'причем',
  'притом',
  'итак',
  'значит',
  'следовательно',
  'есть',
  'что',
  'более',
  'это',
  'всё',
  'все',
  'то',
  'вот',
  'ведь',
  'уже',
  'скорее',
  'исключительно',
  'частично',
  'отчасти',
  'постольку',
  'как',
  'раз',
  'чем',
  'всего',
  'образом',
  'основном',
]);

/** Words before «так как» that make «так» compare ("совсем так, как", "точно так, как"): the comma goes after «так». */
export const DEGREE_BEFORE_SO: ReadonlySet<string> = new Set(['совсем', 'совершенно', 'точно', 'почти', 'ровно', 'вовсе', 'примерно', 'приблизительно', 'именно', 'иначе']);

/**
 * Words after a conjunction's last word that make it no conjunction: "как раз", "как правило", "так
 * как и другие"; "хотя бы" (at least).
 */
export const NOT_CLAUSE_AFTER: Record<string, ReadonlySet<string>> = {
  как: new Set(['раз', 'правило', 'можно', 'будто', 'бы', 'и', 'нельзя', 'никогда']),
  хотя: new Set(['бы']),
};

/** Words after «так как» that make it a comparison of manner ("сделано так, как надо", "так, как принято"). */
export const MANNER_AFTER_SO_AS: ReadonlySet<string> = new Set(['надо', 'нужно', 'положено', 'принято', 'следует', 'должно', 'привыкли', 'хочется', 'захочется', 'полагается', 'велено']);
