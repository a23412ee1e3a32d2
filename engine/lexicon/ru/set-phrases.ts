/**
 * Russian set phrases whose government or spelling is fixed: what a check needs to know to tell
 * the slip ("согласно договора", "по новому" for "по-новому") from the right phrase. Lower case.
 */

/** Prepositions that take only the dative ("согласно договору"); "благодаря" is also a gerund that takes the accusative. */
export const DATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['согласно', 'вопреки', 'благодаря']);
/** Of those, the ones that are also a gerund: an accusative reading after them may be its object ("благодаря гостей за визит"). */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['благодаря']);

/** Verbs of paying whose object takes no «за» ("оплатить услугу", but "заплатить за услугу"): their stems. */
export const PAY_VERB_STEMS = ['оплат', 'оплач'];
/**
 * Nouns after "оплатить за" that are no object: a span of time, a way or a currency to pay
 * ("оплатить за минуту", "за свой счёт", "за наличный расчёт", "за рубли"). Stems.
 */
export const PAY_NOT_OBJECT = [
  'секунд',
  'минут',
  'час',
  'день',
  'дн',
  'сутк',
  'недел',
  'месяц',
  'год',
  'лет',
  'раз',
  'клик',
  'шаг',
  'счет',
  'счёт',
  'расчет',
  'расчёт',
  'наличн',
  'безнал',
  'период',
  'время',
  'срок',
  'мгновени',
  'момент',
  'вечер',
  'ночь',
  'утро',
  'сезон',
  'квартал',
  // what one pays in: "оплатить за рубли", "за бонусы"
  'рубл',
  'доллар',
  'евро',
  'валют',
  'деньг',
  'бонус',
  'балл',
  'мил',
  'токен',
  'крипт',
];

/** The stem of «заведующий», whose object stands in the instrumental ("заведующий отделением"). */
export const HEAD_OF = 'заведующ';

/** Numerals after which a noun in the nominative or accusative stands in the genitive singular ("два кабинета"). */
export const PAUCAL_NUMERALS: ReadonlySet<string> = new Set(['два', 'две', 'три', 'четыре', 'оба', 'обе', 'полтора', 'полторы']);
/** Forms of «оба» (masculine, neuter) and «обе» (feminine): each wants a noun of its gender. */
export const BOTH_MASCULINE: ReadonlySet<string> = new Set(['оба', 'обоих', 'обоим', 'обоими']);
export const BOTH_FEMININE: ReadonlySet<string> = new Set(['обе', 'обеих', 'обеим', 'обеими']);

/**
 * Prepositions written solid that hurry writes apart ("в следствие ошибки"): each with the
 * solid form and what must stand before or after for the phrase to be the preposition.
 * `next`: the words it may take (any word in the genitive when absent); `notAfterStem`: a
 * word before it that makes the phrase the noun ("имейте в виду").
 */
export const SOLID_PREPOSITIONS: Record<string, { solid: string; next?: ReadonlySet<string>; notAfterStem?: string }> = {
  'в следствие': { solid: 'вследствие' },
  'в виду': { solid: 'ввиду', notAfterStem: 'име' },
  'на подобие': { solid: 'наподобие', notAfterStem: 'вниман' },
  // A pronoun's н-form stands only right after a preposition: "в место него" can only be «вместо него».
  'в место': { solid: 'вместо', next: new Set(['того', 'этого', 'него', 'неё', 'нее', 'них']) },
};

/**
 * Adverbs that hurry writes as a preposition and a noun ("в последствии мы открыли…"): the noun
 * needs a genitive after it, so a verb or a subject pronoun right after tells the adverb. `notAfterStem`:
 * a word before that makes the noun right ("судя по началу").
 */
export const ADVERBS_APART: Record<string, { solid: string; notAfterStem?: string }> = {
  'в последствии': { solid: 'впоследствии' },
  'по началу': { solid: 'поначалу', notAfterStem: 'суд' },
};
/** Subject pronouns that may open the clause after such an adverb. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['я', 'мы', 'ты', 'вы', 'он', 'она', 'оно', 'они']);

/**
 * Pronouns and adverbs that take «-то» with a hyphen where "то" apart could only be the particle
 * ("какой то момент", "почему то"): not "что", "как", "когда", "тогда", where "то" may be the
 * pronoun ("знаю, что то письмо пришло").
 */
export const TAKES_TO = new Set([
  'какой',
  'какая',
  'какое',
  'какие',
  'какого',
  'какую',
  'какому',
  'каким',
  'каких',
  'какими',
  'чей',
  'чья',
  'чьё',
  'чье',
  'чьи',
  'чьего',
  'чьей',
  'чьих',
  'чьим',
  'почему',
  'зачем',
  'откуда',
  'куда',
  'кто',
  'кого',
  'кому',
  'кем',
]);
/** Words after a detached «то» that show it is the pronoun or a correlative: "то или иное", "то же", "то есть". */
export const AFTER_PRONOUN_TO = new Set(['или', 'же', 'есть', 'ли', 'и', 'что', 'самое', 'самый', 'самая', 'самые', 'время', 'место']);

/** Particles that are written with a hyphen after any pronoun or adverb the dictionary knows in that spelling. */
export const HYPHEN_PARTICLES = ['нибудь', 'либо', 'таки'];
/** The prefix «кое-», written with a hyphen before a pronoun ("кое-что", "кое-где"). */
export const KOE = 'кое';

/**
 * Negative pronouns and adverbs that hurry writes apart ("ни кто не пришёл"): the written pair →
 * the solid word. Said only when no second «ни» shows "ни … ни" ("ни где, ни когда").
 */
export const NEGATIVES_APART: Record<string, string> = {
  'ни кто': 'никто',
  'ни что': 'ничто',
  'ни чего': 'ничего',
  'ни кого': 'никого',
  'ни кому': 'никому',
  'ни чему': 'ничему',
  'ни когда': 'никогда',
  'ни где': 'нигде',
  'ни куда': 'никуда',
  'ни откуда': 'ниоткуда',
  'ни сколько': 'нисколько',
  'ни чуть': 'ничуть',
  'ни чем': 'ничем',
  'ни кем': 'никем',
  'ни какой': 'никакой',
  'ни какая': 'никакая',
  'ни какое': 'никакое',
  'ни какие': 'никакие',
  'ни какого': 'никакого',
  'ни каких': 'никаких',
  'ни каким': 'никаким',
  'ни какую': 'никакую',
  'ни какими': 'никакими',
};

/** «Не» where the norm writes «ни» and back, in phrases of one meaning: written → meant. */
export const NE_NI_PHRASES: Record<string, string> = {
  'не при каких': 'ни при каких',
  'не под каким': 'ни под каким',
  'не в коем случае': 'ни в коем случае',
  'не разу': 'ни разу',
  'ни кто иной': 'не кто иной',
  'ни кто другой': 'не кто другой',
  'ни что иное': 'не что иное',
  'ни что другое': 'не что другое',
  'ни чем иным': 'не чем иным',
  'не зависимо от': 'независимо от',
  'в не зависимости от': 'вне зависимости от',
  // "X бы то ни было": «ни» strengthens, as in "во что бы то ни стало".
  'во что бы то не стало': 'во что бы то ни стало',
  'кто бы то не был': 'кто бы то ни был',
  'что бы то не было': 'что бы то ни было',
  'как бы то не было': 'как бы то ни было',
  'где бы то не было': 'где бы то ни было',
  'когда бы то не было': 'когда бы то ни было',
  'какой бы то не был': 'какой бы то ни был',
  'чем бы то не было': 'чем бы то ни было',
  'ни то не другое': 'ни то ни другое',
  'ни то, не другое': 'ни то ни другое',
  'не то ни другое': 'ни то ни другое',
  'не то, ни другое': 'ни то ни другое',
  'не много ни мало': 'ни много ни мало',
  'не много, ни мало': 'ни много ни мало',
  'ни много не мало': 'ни много ни мало',
  'ни много, не мало': 'ни много ни мало',
  // "не кто иной, как" names the one; «никто иной» is the subject of a negated verb.
  'никто иной, как': 'не кто иной, как',
  'никто иной как': 'не кто иной, как',
  'ничто иное, как': 'не что иное, как',
  'ничто иное как': 'не что иное, как',
  'никто другой, как': 'не кто другой, как',
  'ничем иным, как': 'не чем иным, как',
  'ничем иным как': 'не чем иным, как',
  'никем иным, как': 'не кем иным, как',
  // Before a negated verb the subject is «ничто иное»: "ничто иное не поможет".
  'нечто иное не': 'ничто иное не',
  'нечто другое не': 'ничто другое не',
  'не что иное не': 'ничто иное не',
  'не что другое не': 'ничто другое не',
};

/** Set phrases written wrong in one way only: written → meant. */
export const SET_PHRASES_RU: Record<string, string> = {
  'в отличии от': 'в отличие от',
  'на встречу друг другу': 'навстречу друг другу',
  'в ряд ли': 'вряд ли',
  'точь в точь': 'точь-в-точь',
  // Repeats and pairs written with a hyphen: one word, not a word said twice.
  'чуть чуть': 'чуть-чуть',
  'еле еле': 'еле-еле',
  'едва едва': 'едва-едва',
  'только только': 'только-только',
  'давным давно': 'давным-давно',
  'крест на крест': 'крест-накрест',
  'что то не так': 'что-то не так',
  'тоже самое': 'то же самое',
  'тоже самый': 'то же самый',
  'тоже самая': 'та же самая',
  'в тоже время': 'в то же время',
  'одно и тоже': 'одно и то же',
  'для того что бы': 'для того чтобы',
  'для того, что бы': 'для того, чтобы',
  'вместо того что бы': 'вместо того чтобы',
  'вместо того, что бы': 'вместо того, чтобы',
  'с тем что бы': 'с тем чтобы',
  'с тем, что бы': 'с тем, чтобы',
  'чтобы ни случилось': 'что бы ни случилось',
  'чтобы ни произошло': 'что бы ни произошло',
  'играет значение': 'имеет значение',
  'играют значение': 'имеют значение',
  'играть значение': 'иметь значение',
  'играло значение': 'имело значение',
  'играет большое значение': 'имеет большое значение',
  'играет важное значение': 'имеет важное значение',
  'играют большое значение': 'имеют большое значение',
  'играют важное значение': 'имеют важное значение',
  'играет огромное значение': 'имеет огромное значение',
  'играет решающее значение': 'имеет решающее значение',
  'имеет большую роль': 'играет большую роль',
  'имеет важную роль': 'играет важную роль',
  'имеют большую роль': 'играют большую роль',
  'имеют важную роль': 'играют важную роль',
  'имеет огромную роль': 'играет огромную роль',
  'имеет ключевую роль': 'играет ключевую роль',
  'имеет решающую роль': 'играет решающую роль',
  'имеет значительную роль': 'играет значительную роль',
  'предоставляем вашему вниманию': 'представляем вашему вниманию',
  'предоставляет собой': 'представляет собой',
  'предоставляют собой': 'представляют собой',
  'предоставлял собой': 'представлял собой',
  'предоставляла собой': 'представляла собой',
  'предоставляло собой': 'представляло собой',
  'предоставляет вашему вниманию': 'представляет вашему вниманию',
  // "обращать внимание" takes «на»: a clause after it needs «на то, что»
  'обращаем ваше внимание, что': 'обращаем ваше внимание на то, что',
  'обращаем внимание, что': 'обращаем внимание на то, что',
  'обращаю ваше внимание, что': 'обращаю ваше внимание на то, что',
  'обращаю внимание, что': 'обращаю внимание на то, что',
  'как то раз': 'как-то раз',
  'во избежании': 'во избежание',
  'навсякий случай': 'на всякий случай',
  потомучто: 'потому что',
  незачто: 'не за что',
  врядли: 'вряд ли',
  'насамом деле': 'на самом деле',
  'итак далее': 'и так далее',
  какбудто: 'как будто',
  // "то же, что и" compares; «тоже» (also) takes no clause.
  'тоже, что и': 'то же, что и',
  'тоже что и': 'то же, что и',
  'также как и': 'так же, как и',
  'также, как и': 'так же, как и',
  'на счёт того, что': 'насчёт того, что',
  'на счет того, что': 'насчет того, что',
  'на счёт того, чтобы': 'насчёт того, чтобы',
  'на счет того, чтобы': 'насчет того, чтобы',
  'с верх меры': 'сверх меры',
  'с верх нормы': 'сверх нормы',
  'с верх плана': 'сверх плана',
  'с верх того': 'сверх того',
  // «Ввиду» is a preposition of cause; what one means is «иметь в виду».
  ...Object.fromEntries(['иметь', 'имел', 'имела', 'имели', 'имею', 'имеем', 'имеете', 'имейте', 'имеет', 'имеют', 'имеешь', 'имей', 'имелось', 'имеется'].map((verb) => [`${verb} ввиду`, `${verb} в виду`])),
};

/** Words that open a street's own name ("Малый Сухаревский переулок") and the kinds of street after it: they take a capital letter. */
export const STREET_NAME_OPENERS = ['малый', 'большой', 'средний', 'верхний', 'нижний', 'старый', 'новый', 'малая', 'большая', 'средняя', 'верхняя', 'нижняя', 'старая', 'новая'];
export const STREET_KINDS = ['переулок', 'проезд', 'проспект', 'бульвар', 'тупик', 'улица', 'шоссе', 'площадь', 'набережная', 'аллея'];

/** Conjunctions and adverbial phrases written apart that hurry joins with a hyphen ("потому-что"): written → meant. */
export const FALSE_HYPHENS: Record<string, string> = {
  'потому-что': 'потому что',
  'так-как': 'так как',
  'так-что': 'так что',
  'то-есть': 'то есть',
  'как-будто': 'как будто',
  'как-раз': 'как раз',
  'в-целом': 'в целом',
  'в-основном': 'в основном',
  'в-общем': 'в общем',
  'в-течение': 'в течение',
  'всё-равно': 'всё равно',
  'все-равно': 'все равно',
  'что-бы': 'чтобы',
  'что-бы ни': 'что бы ни',
  'до-свидания': 'до свидания',
  'тоже-самое': 'то же самое',
  'вряд-ли': 'вряд ли',
  'всё-же': 'всё же',
  'все-же': 'все же',
  'если-бы': 'если бы',
  'что-ли': 'что ли',
  'тем-более': 'тем более',
  'по-этому': 'поэтому',
};

/** Ordinal adverbs of a list ("во-первых,"): written apart before their comma. */
export const LIST_ORDINALS: Record<string, string> = {
  'во первых': 'во-первых',
  'во вторых': 'во-вторых',
  'в третьих': 'в-третьих',
  'в четвертых': 'в-четвертых',
  'в четвёртых': 'в-четвёртых',
  'в пятых': 'в-пятых',
};

/** Adjectives that are comparatives by themselves ("лучший" is "more good"): stems. «Более лучший» says "more" twice. */
export const COMPARATIVE_ADJECTIVE_STEMS = ['лучш', 'худш'];
/** Words of degree that make an analytic comparative or superlative. */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(['более', 'менее', 'наиболее', 'наименее']);

/** Nouns that «пол-» (half) joins solid: of time and of price ("полчаса", "полцены"), where «пол» cannot be the floor. */
export const HALF_OF = ['часа', 'года', 'дня', 'месяца', 'минуты', 'недели', 'суток', 'цены', 'стоимости', 'ставки', 'века'];

/** Paronyms that a noun after them decides: the written stem, the nouns it cannot describe (stems, each with an ending of up to three letters), the stem meant, and why. */
export const PARONYMS: { written: string; before: string[]; meant: string; why: { ru: string; en: string } }[] = [
  {
    written: 'эффектн',
    before: ['лечени', 'терапи', 'препарат', 'лекарств', 'вакцин', 'методик лечения'],
    meant: 'эффективн',
    why: { ru: '«эффектный» — яркий, производящий впечатление; действенное лечение — «эффективное»', en: '«эффектный» is striking; a treatment that works is «эффективный»' },
  },
  {
    written: 'эффективн',
    before: ['внешност', 'причёск', 'прическ', 'макияж', 'маникюр', 'наряд', 'платье', 'платья'],
    meant: 'эффектн',
    why: { ru: 'внешность и наряд бывают «эффектными» (яркими), а «эффективный» — действенный', en: 'looks are «эффектный» (striking); «эффективный» means effective' },
  },
  {
    written: 'командировочн',
    before: ['сотрудник', 'работник', 'специалист', 'инженер', 'персонал', 'рабоч'],
    meant: 'командированн',
    why: { ru: 'сотрудник, посланный в командировку, — «командированный»; «командировочные» — расходы', en: 'a worker sent away is «командированный»; «командировочные» are the expenses' },
  },
  {
    written: 'командированн',
    before: ['расход', 'удостоверени', 'выплат', 'деньг', 'издержк'],
    meant: 'командировочн',
    why: { ru: 'расходы на командировку — «командировочные»; «командированный» — посланный сотрудник', en: 'travel expenses are «командировочные»; «командированный» is the worker sent' },
  },
  {
    written: 'гарантийн',
    before: ['результат', 'доход'],
    meant: 'гарантированн',
    why: { ru: 'обещанный наверняка результат — «гарантированный»; «гарантийный» — относящийся к гарантии (талон, срок)', en: 'a result assured is «гарантированный»; «гарантийный» belongs to a warranty' },
  },
  {
    written: 'гарантированн',
    before: ['талон', 'случа', 'письм', 'мастерск'],
    meant: 'гарантийн',
    why: { ru: 'талон, случай, письмо по гарантии — «гарантийные»; «гарантированный» — обеспеченный наверняка', en: 'warranty papers and cases are «гарантийный»; «гарантированный» means assured' },
  },
  {
    written: 'демократическ',
    before: ['цен', 'стоимост', 'тариф'],
    meant: 'демократичн',
    why: { ru: 'доступные цены — «демократичные»; «демократический» — о политическом строе', en: 'affordable prices are «демократичные»; «демократический» is political' },
  },
  {
    written: 'представительн',
    before: ['класс'],
    meant: 'представительск',
    why: { ru: 'класс автомобиля — «представительский»; «представительный» — видный, солидный', en: 'the car class is «представительский»; «представительный» means imposing' },
  },
  {
    written: 'предостав',
    before: ['интересы', 'интересов', 'интересам', 'интересами', 'интересах'],
    meant: 'представ',
    why: { ru: 'интересы «представляют» (выступают от чьего-то имени), а «предоставляют» — дают', en: 'interests are «представлять» (represented); «предоставлять» is to give' },
  },
  {
    written: 'свершени',
    before: ['операци', 'сделк', 'покупк', 'платеж', 'платёж', 'оплат', 'заказ', 'перевод', 'преступлени', 'правонарушени', 'ошибк', 'поездк', 'звонк', 'действи'],
    meant: 'совершени',
    why: { ru: 'сделки и операции «совершают»; «свершение» — великое дело, достижение', en: 'a deal or an operation is «совершение»; «свершение» is a great achievement' },
  },
];

/** An «абонент» is who subscribes; what is bought, renewed or lasts a month is an «абонемент». */
export const SUBSCRIPTION_VERBS = ['купить', 'купите', 'приобрести', 'приобретите', 'оформить', 'оформите', 'продлить', 'продлите', 'заморозить', 'подарите', 'подарить'];
export const SUBSCRIPTION_TERMS = ['посещени', 'заняти', 'тренировк', 'месяц', 'полгода', 'год', 'бассейн', 'фитнес', 'тренажёрн', 'тренажерн', 'спортзал'];

/** Garments that one «надевает»; «одеть» is for people ("одеть ребёнка"). Stems after the verb. */
export const GARMENTS = [
  'куртк',
  'шапк',
  'маск',
  'перчатк',
  'бахил',
  'халат',
  'очки',
  'шлем',
  'обувь',
  'пальто',
  'костюм',
  'чехл',
  'чехол',
  'платье',
  'кольц',
  'сапог',
  'ботинк',
  'рубашк',
  'футболк',
  'брюк',
  'джинс',
  'комбинезон',
  'фартук',
  'шорт',
  'купальник',
  'шапочк',
  'респиратор',
];

/** Nouns before "по получению", "по завершению" that make «по» mean "concerning" ("помощь по получению визы"), where the dative is right. Stems. */
export const CONCERNING_NOUNS = [
  'услуг',
  'помощ',
  'работ',
  'консультац',
  'инструкц',
  'рекомендац',
  'мероприят',
  'мер',
  'вопрос',
  'документ',
  'содейств',
  'сопровожден',
  'специалист',
  'менеджер',
  'отдел',
  'курс',
  'заняти',
  'комисси',
  'действи',
  'обязательств',
  'расход',
  'затрат',
  'план',
  'порядок',
  'правил',
];

/**
 * Verbs that take the person they address in the accusative ("просим вас", "благодарим вас"),
 * which hurry writes in the dative ("просим вам"), and the dative pronouns with their accusatives.
 */
export const PERSON_IN_ACCUSATIVE = new Set([
  'прошу',
  'просим',
  'просит',
  'просят',
  'просил',
  'просила',
  'просили',
  'попрошу',
  'попросим',
  'попросил',
  'попросили',
  'благодарю',
  'благодарим',
  'благодарит',
  'благодарят',
  'поблагодарим',
  'поздравляю',
  'поздравляем',
  'поздравим',
  'приглашаю',
  'приглашаем',
  'приглашает',
  'приглашают',
  'пригласим',
  'уведомляем',
  'уведомим',
  'извещаем',
  'известим',
]);
export const DATIVE_TO_ACCUSATIVE: Record<string, string> = { вам: 'вас', тебе: 'тебя' };

/**
 * «Прибывание» (coming in, as water rises) is a paronym of «пребывание» (a stay): what tells the
 * stay is an attribute before it (stems) or whose stay follows it.
 */
export const ARRIVING_FOR_STAY = 'прибывани';
export const STAY_ATTRIBUTES = [
  'дневн',
  'круглосуточн',
  'комфортн',
  'приятн',
  'длительн',
  'кратковременн',
  'краткосрочн',
  'долгосрочн',
  'временн',
  'постоянн',
  'совместн',
  'безопасн',
  'уютн',
  'беззаботн',
  'полноценн',
  'ваш',
  'наш',
  'ночн',
  'дальнейш',
  'весь',
  'всё',
  'все',
  'всего',
  'всём',
  'всем',
  'незабываем',
];
export const STAYING_ONES = ['детей', 'ребёнка', 'ребенка', 'гостей', 'гостя', 'пациентов', 'пациента', 'клиентов', 'туристов', 'животных', 'питомцев', 'питомца', 'собак', 'собаки', 'воспитанников'];

/** Adverbs said once in a clause: "уже сделано уже более ста заказов" repeats one. «Ещё» and «еще» are one word. */
export const SAID_ONCE_ADVERBS: Record<string, string> = { уже: 'уже', также: 'также', тоже: 'тоже', ещё: 'ещё', еще: 'ещё' };
/** Words that join two parts of a clause, each of which may have the adverb ("уже сегодня и уже завтра"). */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['и', 'или', 'а', 'но', 'да', 'либо', 'не', 'ни', 'как', 'так', 'чем', 'если', 'что', 'когда', 'раз']);

/** Words of what is left, before a count of places or items ("осталось 2 места"); «только 3 место» may be an ordinal. */
export const REMAINING_WORDS: ReadonlySet<string> = new Set(['осталось', 'остался', 'осталась', 'остались', 'оставалось', 'останется', 'свободно', 'свободны', 'доступно']);

/**
 * Short forms of «уверенный» with «нн» that mean a confident manner ("движения уверенны"); sure of
 * something is «уверены», «уверена». Written → meant, and the words that tell "sure": a person
 * before it, a form of «быть», or «в», «что» after it.
 */
export const SURE_WITH_ONE_N: Record<string, string> = { уверенны: 'уверены', уверенна: 'уверена' };
export const SURE_BEFORE: ReadonlySet<string> = new Set([
  'я',
  'мы',
  'вы',
  'они',
  'она',
  'быть',
  'будьте',
  'будь',
  'будете',
  'будем',
  'будут',
  'буду',
  'была',
  'были',
  'абсолютно',
  'полностью',
  'совершенно',
  'твёрдо',
  'твердо',
]);
export const SURE_AFTER: ReadonlySet<string> = new Set(['в', 'во', 'что']);

/**
 * Nouns and verbs of working with someone: «с» after them takes the partner in the instrumental
 * ("работа с нашей компанией"), the genitive being "from". Forms of «работа» whole ("работники с фирмы" come from it), the rest stems.
 */
export const WITH_PARTNER_FORMS: ReadonlySet<string> = new Set(['работа', 'работы', 'работе', 'работу', 'работой', 'работать', 'работаем', 'работает', 'работаете', 'работают', 'работали', 'работая']);
export const WITH_PARTNER_STEMS = ['сотрудничеств', 'сотруднича', 'взаимодейств', 'партнёрств', 'партнерств', 'связаться', 'свяжитесь'];
/** The partners one works with, which a time ("с утра") or a place to take from ("со склада") never is. Stems. */
export const PARTNER_STEMS = [
  'компани',
  'фирм',
  'организаци',
  'агентств',
  'студи',
  'клиник',
  'команд',
  'специалист',
  'мастер',
  'менеджер',
  'юрист',
  'партнёр',
  'партнер',
  'клиент',
  'заказчик',
  'поставщик',
  'подрядчик',
  'банк',
];

/**
 * Verbs that take their object in the instrumental ("занимается ремонтом", "пользуется спросом"),
 * which hurry writes in the genitive ("занимается ремонта"). Stems of the verb's forms.
 */
export const INSTRUMENTAL_VERB_STEMS = ['руковод', 'владе', 'облада'];
/** The same for verbs that take the instrumental only as reflexives: "занимает место" (occupies) takes the accusative, "занимается" the instrumental. */
export const INSTRUMENTAL_REFLEXIVE_STEMS = ['занима', 'займ', 'пользу', 'воспольз', 'увлека', 'интересу'];
/** Genitives of time and count a verb may have instead of an object ("занимаемся лет десять"). */
export const COUNTED_TIME = new Set(['лет', 'года', 'годов', 'месяцев', 'месяца', 'дней', 'дня', 'недель', 'недели', 'часов', 'часа', 'минут', 'раз', 'раза']);

/** Verbs of reaching a point that take it with «до» ("доходит до отметки", "доедем до центра"): stems of their forms. */
export const REACHING_VERB_STEMS = ['доход', 'дойд', 'дош', 'доезжа', 'доед', 'доех', 'добира', 'доберё', 'доберу', 'доберем', 'добрал', 'добрат'];

/** Adjectives made of verbs that keep one «н» ("кованый", "жёваный"), as written wrongly with two. */
export const ONE_N_ADJECTIVES: readonly string[] = ['кованн', 'жёванн', 'жеванн'];

/**
 * First parts of compounds that are no words of their own, which hurry writes apart from the noun
 * ("вело ниппель", "мото запчасти"): the part → what joins it to the noun ('' solid, '-' a hyphen).
 * «авто», «фото», «видео» are left out: as indeclinable nouns they stand apart ("фото мастера").
 */
export const SPLIT_PREFIXES: Record<string, string> = {
  вело: '',
  мото: '',
  авиа: '',
  аэро: '',
  гидро: '',
  электро: '',
  термо: '',
  нано: '',
  био: '',
  агро: '',
  микро: '',
  макро: '',
  стерео: '',
  мини: '-',
};

/**
 * Short adjectives one letter from a noun ("длинны" for «длины»): before a genitive ("изменение
 * длинны цепи") the noun is meant. The written form → the noun, and the grammemes a subject the
 * short form could be the predicate of has ("брюки длинны").
 */
export const SHORT_FORMS_FOR_NOUNS: Record<string, { noun: string; subject: string[] }> = {
  длинны: { noun: 'длины', subject: ['plur'] },
  длинна: { noun: 'длина', subject: ['femn', 'sing'] },
};

/**
 * Case endings written after a figure ("2-х", "5-ти", "3-ми"), with the cases of the numeral they
 * stand for: in a compound adjective with a figure they have no place ("2-комнатная").
 */
export const NUMERAL_INCREMENTS: Readonly<Record<string, readonly string[]>> = {
  х: ['gent', 'loct'],
  ух: ['gent', 'loct'],
  ех: ['gent', 'loct'],
  ёх: ['gent', 'loct'],
  ти: ['gent', 'datv', 'loct'],
  ми: ['ablt'],
};

/**
 * Nouns of a service a person comes to give, whose doer follows in the genitive ("выезд мастера",
 * "консультация юриста", "приём врача"): a doer left in the nominative is a slip.
 */
export const SERVICE_BY_PERSON: ReadonlySet<string> = new Set([
  'выезд',
  'приезд',
  'вызов',
  'визит',
  'консультация',
  'консультации',
  'приём',
  'прием',
  'осмотр',
  'услуги',
  'услуга',
  'помощь',
  'заключение',
  'сопровождение',
]);
