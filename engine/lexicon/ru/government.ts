/**
 * The cases each Russian preposition governs, in OpenCorpora's grammemes (gen2, loc2 and acc2 are
 * the second genitive, locative and accusative: "чашка чаю", "в лесу", "в люди"). A word right
 * after a preposition that can be none of them is an error ("у ваш автомобиль").
 */
export const PREPOSITION_CASES: Record<string, readonly string[]> = {
  без: ['gent', 'gen2'],
  безо: ['gent', 'gen2'],
  для: ['gent', 'gen2'],
  до: ['gent', 'gen2'],
  из: ['gent', 'gen2'],
  изо: ['gent', 'gen2'],
  от: ['gent', 'gen2'],
  ото: ['gent', 'gen2'],
  у: ['gent', 'gen2'],
  после: ['gent'],
  кроме: ['gent'],
  среди: ['gent'],
  вместо: ['gent'],
  // "вокруг", "мимо", "около", "напротив" are adverbs as often ("а у нас вокруг одни…") and stay out.
  к: ['datv'],
  ко: ['datv'],
  благодаря: ['datv'],
  согласно: ['datv'],
  вопреки: ['datv'],
  сообразно: ['datv'],
  по: ['datv', 'accs', 'loct'],
  в: ['accs', 'acc2', 'loct', 'loc2'],
  во: ['accs', 'acc2', 'loct', 'loc2'],
  на: ['accs', 'loct', 'loc2'],
  о: ['loct', 'accs'],
  об: ['loct', 'accs'],
  обо: ['loct', 'accs'],
  при: ['loct'],
  с: ['gent', 'gen2', 'ablt', 'accs'],
  со: ['gent', 'gen2', 'ablt', 'accs'],
  за: ['accs', 'ablt'],
  под: ['accs', 'ablt'],
  подо: ['accs', 'ablt'],
  над: ['ablt'],
  надо: ['ablt'],
  перед: ['ablt'],
  передо: ['ablt'],
  между: ['ablt', 'gent'],
  через: ['accs'],
  про: ['accs'],
  сквозь: ['accs'],
};

/** Cases as OpenCorpora tags them; the second genitive and locative count as the first. */
export const CASES = ['nomn', 'gent', 'gen2', 'datv', 'accs', 'acc2', 'ablt', 'loct', 'loc2', 'voct'] as const;
export const SAME_CASE: Record<string, string> = { gen2: 'gent', loc2: 'loct', acc2: 'accs', gen1: 'gent', loc1: 'loct' };

/** Gerunds that serve as prepositions or set phrases and need no doer ("Учитывая сроки, цена будет снижена"). */
export const PREPOSITIONAL_GERUNDS: ReadonlySet<string> = new Set([
  'благодаря',
  'включая',
  'исключая',
  'начиная',
  'несмотря',
  'невзирая',
  'судя',
  'учитывая',
  'исходя',
  'спустя',
  'погодя',
  'смотря',
  'кончая',
  'заканчивая',
  'считая',
  'говоря',
  'помимо',
  'зависимо',
  'сравнивая',
  'предполагая',
  'принимая',
]);

/** Verbs used without a subject before an infinitive ("которые следует загрузить", "которые предстоит решить"). */
export const IMPERSONAL_VERBS: ReadonlySet<string> = new Set([
  'следует',
  'следовало',
  'стоит',
  'стоило',
  'предстоит',
  'предстояло',
  'удаётся',
  'удается',
  'удалось',
  'приходится',
  'пришлось',
  'придётся',
  'придется',
  'требуется',
  'требовалось',
  'хочется',
  'хотелось',
  'остаётся',
  'остается',
  'оставалось',
  'доводится',
  'довелось',
]);

/**
 * Nouns of quantity whose verb may agree with the counted plural ("большинство клиентов выбирают"):
 * their number tells nothing about the verb's.
 */
export const QUANTITY_NOUNS: ReadonlySet<string> = new Set([
  'большинство',
  'меньшинство',
  'ряд',
  'часть',
  'множество',
  'масса',
  'половина',
  'треть',
  'четверть',
  'группа',
  'пара',
  'десяток',
  'сотня',
  'тысяча',
  'миллион',
  'сотни',
  'тысячи',
  'десятки',
  'миллионы',
  'куча',
  'уйма',
  'число',
  'количество',
  'набор',
  'комплект',
]);

/**
 * Words of time that stand in the accusative as adverbs ("каждый день проходят", "все выходные
 * работает"): a noun of them before a verb need not be its subject.
 */
export const TIME_NOUNS: ReadonlySet<string> = new Set([
  'день',
  'дни',
  'неделю',
  'недели',
  'месяц',
  'месяцы',
  'год',
  'годы',
  'час',
  'часы',
  'минуту',
  'минуты',
  'секунду',
  'утро',
  'вечер',
  'вечера',
  'ночь',
  'ночи',
  'сутки',
  'раз',
  'лето',
  'зиму',
  'осень',
  'весну',
  'сезон',
  'период',
  'срок',
  'время',
  'выходные',
  'праздники',
  'понедельник',
  'вторник',
  'среду',
  'четверг',
  'пятницу',
  'субботу',
  'воскресенье',
  'будни',
  'полчаса',
  'полгода',
]);

/** Words that open a clause whose subject comes next ("…, если матовое полотно…"). */
export const SUBJECT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['что', 'если', 'когда', 'где', 'пока', 'хотя', 'поскольку', 'ведь', 'чтобы']);

/** Plurals «по» takes in the accusative: a limit ("по колени") or a purpose ("по грибы"); other plurals after it want the dative. */
export const PO_PLURAL_ACCUSATIVES: ReadonlySet<string> = new Set(['уши', 'колени', 'плечи', 'локти', 'щиколотки', 'грибы', 'ягоды', 'дрова', 'воду']);

/**
 * Nouns of kind and quality whose genitive phrase may stand between a preposition and its noun
 * ("на разного рода мероприятия", «из высокого качества стали»), in their genitive forms.
 */
export const KIND_GENITIVES: ReadonlySet<string> = new Set(['рода', 'вида', 'типа', 'сорта', 'класса', 'качества', 'уровня', 'формата', 'толка', 'пошиба']);

/** Words of size before «с» with the accusative ("размером с ладонь", "ростом с дверь"). */
export const SIZE_WORDS: ReadonlySet<string> = new Set([
  'размером',
  'величиной',
  'ростом',
  'длиной',
  'высотой',
  'шириной',
  'толщиной',
  'весом',
  'объёмом',
  'объемом',
  'диаметром',
  'площадью',
  'глубиной',
  'размер',
  'величину',
]);

/** Words that open a sentence set off by a comma, after which the clause's subject comes ("Кроме того, оплата…"). */
export const OPENING_PARENTHESES: ReadonlySet<string> = new Set([
  'кроме того',
  'например',
  'однако',
  'впрочем',
  'при этом',
  'к тому же',
  'в частности',
  'конечно',
  'безусловно',
  'разумеется',
  'в первую очередь',
  'во-первых',
  'во-вторых',
  'в-третьих',
  'таким образом',
  'соответственно',
  'как правило',
  'обычно',
  'также',
]);

/**
 * Stems of adjectives that take a dative or genitive complement ("удобная клиентам", "полная
 * сюрпризов"): before such a noun they may govern it, not disagree with it.
 */
export const ADJECTIVES_TAKING_OBJECTS: readonly string[] = [
  'известн',
  'нужн',
  'необходим',
  'полезн',
  'вредн',
  'удобн',
  'доступн',
  'понятн',
  'знаком',
  'близк',
  'подобн',
  'равн',
  'верн',
  'благодарн',
  'свойственн',
  'присущ',
  'любезн',
  'интересн',
  'приятн',
  'послушн',
  'враждебн',
  'дружелюбн',
  'открыт',
  'памятн',
  'дорог',
  'родн',
  'чужд',
  'соразмерн',
  'пропорциональн',
  'эквивалентн',
  'идентичн',
  'аналогичн',
  'тождественн',
  'адекватн',
  'параллельн',
  'перпендикулярн',
  'противоположн',
  'созвучн',
  'сродн',
  'комфортн',
  'безопасн',
  'опасн',
  'угодн',
  'ненавистн',
  'противн',
  'симпатичн',
  'подконтрольн',
  'подотчётн',
  'подотчетн',
  'подвластн',
  'посильн',
  'непосильн',
  'ясн',
  'очевидн',
  'заметн',
  'привычн',
  'характерн',
  'типичн',
  'лояльн',
  'преданн',
  'обязательн',
  'желательн',
  'полн',
  'достойн',
  'лишённ',
  'лишенн',
  'исполненн',
  'чуждые',
  'способн',
  'готов',
  'рад',
  'родственн',
  'соседн',
  'смежн',
  'сопутствующ',
  'предшествующ',
];

/** Stems of the possessives "наш", "ваш", "свой", "мой", "твой" in their forms of more than one syllable. */
export const POSSESSIVES: readonly string[] = ['наш', 'ваш', 'сво', 'мои', 'моих', 'моим', 'моей', 'моего', 'моему', 'моё', 'мое', 'мою', 'твои', 'твоих', 'твоим', 'твоей', 'твоего', 'твоему', 'твою'];

/** Adverbs of degree that stand between a preposition and its adjective ("в наиболее удобное время"). */
export const DEGREE_ADVERBS: ReadonlySet<string> = new Set(['наиболее', 'наименее', 'более', 'менее', 'очень']);

/**
 * Third-person pronouns and their forms with «н», which they take after a preposition ("к нему",
 * "с ними"): the plain form → the form with «н».
 */
export const PRONOUN_N_FORMS: Record<string, string> = { его: 'него', её: 'неё', ее: 'нее', ему: 'нему', ей: 'ней', ею: 'нею', им: 'ним', ими: 'ними', их: 'них' };

/**
 * Prepositions made of other words (a gerund, an adverb) take the pronoun without «н» ("благодаря
 * ему", "согласно им", "навстречу ей").
 */
export const DERIVED_PREPOSITIONS: ReadonlySet<string> = new Set(['благодаря', 'согласно', 'вопреки', 'сообразно', 'навстречу', 'подобно', 'вслед']);

/**
 * Stems of verbs whose object stands in the genitive ("заслуживать доверия", "добиться результата",
 * "не дождались ответа"): an inanimate accusative after them is a slip.
 */
export const GENITIVE_VERB_STEMS: readonly string[] = [
  'заслужива',
  'дожда',
  'дожида',
  'достиг',
  'достич',
  'добива',
  'добилс',
  'добиться',
  'добьё',
  'добье',
  'добью',
  'избега',
  'избежа',
  'избеж',
  'опаса',
  'боя',
  'бои',
  'бою',
  'каса',
  'косну',
  'придержива',
  'остерега',
  'сторони',
  'стесня',
];

/**
 * Negative pronouns split by a preposition ("ни у кого", "не с чем"): each particle with the question
 * words that follow it ("некоторых", "немногих" are no negative pronouns).
 */
const WHO_WHAT = ['кого', 'кому', 'кем', 'ком', 'чего', 'чему', 'чем', 'чём'];
const WHICH_WHOSE = ['какого', 'какому', 'каким', 'каком', 'какой', 'какую', 'какое', 'какая', 'какие', 'каких', 'какими', 'чьего', 'чьему', 'чьим', 'чьём', 'чьей', 'чью', 'чьи', 'чьих', 'чьими'];
export const NEGATIVE_PRONOUN_PARTS: Record<string, ReadonlySet<string>> = { ни: new Set([...WHO_WHAT, ...WHICH_WHOSE]), не: new Set(WHO_WHAT) };

/**
 * Stems of words whose object with «в» stands in the prepositional ("уверенность в силах",
 * "нуждаемся в помощи", "участвовать в конкурсе"); reflexive «разбираться» is listed by its forms,
 * as «разбирать в коробки» takes the accusative.
 */
export const LOCATIVE_WITH_V_STEMS: readonly string[] = [
  'уверен',
  'убеждён',
  'убежден',
  'нужда',
  'участв',
  'участие',
  'участия',
  'участии',
  'сомнева',
  'сомнени',
  'потребност',
  'заинтересован',
  'разбираться',
  'разбирается',
  'разбираются',
  'разбираюсь',
  'разбираемся',
  'разбираетесь',
  'разбирался',
  'разбиралась',
  'разбирались',
];

/** Stems of «скучать»: what one misses takes «по» ("скучаю по дому"), not «за» with the instrumental. */
export const MISSING_VERB_STEMS: readonly string[] = ['скуча', 'соскуч'];
