import type { Block } from '../material/types';
import type { Language } from '../profile/types';
import { words } from '../text/segment';
import { answerTo, blockView, eachSentence, findMoney, isQuestion, makePromise, mentionsAny, sentencePromise } from './common';
import { findProfilePhrases } from './profile-phrases';
import { selfStatementKind } from './self-statement';
import { readTimeAmount } from './time-amount';
import type { ExtractContext, ExtractedPromise, Extractor } from './types';
import { wordsSource } from '../lexicon/compile';
import * as EN from '../lexicon/en/promises';

/** The phrase that breaks a policy, and the policy fact it breaks. */
export interface PolicyClaim {
  phrase: string;
  factId: string;
}

/** A term the material states (check-in time, deposit, cancellation notice…); no fact names it. */
export interface TermClaim {
  term: string;
}

/**
 * Words that make a sentence a term of business: when, how and on what condition a client is
 * served, what is paid up front, what is allowed and what is not, and commitments without a
 * length ("мы гарантируем, что смета не изменится").
 */
const TERM_CUES: Record<Language, string[]> = {
  ru: [
    'оплат',
    'предоплат',
    'депозит',
    'залог',
    'возраст',
    'стаж',
    'запрещ',
    'разрешается',
    'допускается',
    'не допускается',
    'обязательн',
    'необходим',
    'требовани',
    'требуется',
    'не является офертой',
    'заключаем договор',
    'в договоре',
    'по договору',
    'гарантируем',
    'гарантия того',
    'скрыт',
    'фиксирован',
    'соблюдаем срок',
    'не срываем срок',
    'не увеличиваем',
    'перерасчет',
    'ндс',
    'паспорт',
    'водительское удостоверение',
    'застрахован',
    'брон',
    'лимит пробега',
    'заказы принимаются',
    'принимаем',
    'при условии',
    'только без',
    'только частное',
    'только по',
    'самостоятельно',
    'не предоставляются',
    'не даем',
    'не нужен',
    'вернем',
    'возврат денег',
    'отмен',
    'заезд',
    'выезд за пределы',
    'курение',
    'не курят',
    'третьим лицам',
    // A guarantee with no length ("Гарантия на работы и запчасти", "выдаётся гарантийный талон") is a term.
    'гаранти',
    'договор',
    'при клиенте',
    'оригинальн',
    'одноразов',
    'дезинф',
    'стерилиз',
    'по индивидуальному графику',
    'не используется',
    'без дополнительного',
    // Commitments that name no guarantee: the time kept, the price fixed, the goods kept whole.
    'строго в установленное',
    'в установленное время',
    'не изменится',
    'в целостности',
    'в сохранности',
    'не потеряется',
    'не повредится',
    'всегда предупреждаем',
    // How a price is set and paid, and how far ahead to come.
    'рассчитывается индивидуально',
    'индивидуально с каждым',
    'оговаривается',
    'наличными',
    'наличный',
    'наличные',
    'наличной',
    'безналичн',
    'не менее чем за',
    'раз в неделю',
    'раза в неделю',
    'раз в месяц',
    'раза в месяц',
    'раз в год',
    'раза в год',
    'без наркоза',
    'противопоказани',
    'входит в стоимость',
    'входят в стоимость',
    'войдет в стоимость',
    'войдёт в стоимость',
    // How the price is told and fixed, what it is counted by, what the least order is, how long a price list holds.
    'окончательн',
    'озвучива',
    'не меняется',
    'не изменяется',
    'цены указаны',
    'цена указана',
    'стоимость указана',
    'рассчитывается',
    'расчета стоимости',
    'расчёта стоимости',
    'минимальн',
    'действительн',
    'офертой',
    'к возврату',
    'возврат',
    'только при',
    'только со',
    'строго',
    // The answer a request gets: "оставьте заявку, и мы перезвоним".
    'перезвоним',
    'перезвонит',
    'свяжемся',
    'свяжется с вами',
    'ответим',
    // What the business does not answer for or give back, and whom a way of service is for.
    'не несет ответственност',
    'не несёт ответственност',
    'не возвращаются',
    'не возвращается',
    'только для',
    // What the business answers for, whom it serves, the norms it keeps, what is had on request.
    'ответственност',
    'юридическими лицами',
    'юридических лиц',
    'юридическим лицам',
    'физическими лицами',
    'физических лиц',
    'юрлиц',
    'в соответствии с',
    'по предварительн',
    'позвоним',
    'позвонит',
    'индивидуальный подход',
    'индивидуальный план',
    // What is not handed over or is kept to the business's choice, who is not let in, and latecomers.
    'не отдаю',
    'не отдаем',
    'не отдаём',
    'не передаю',
    'не передаем',
    'не передаём',
    'оставляю за собой',
    'оставляем за собой',
    'допускаются',
    'опоздавш',
    'опоздани',
    // What the price leaves out, what a rule does not cover, how long an offer or a link holds, moving a booking.
    'оплачиваются отдельно',
    'оплачивается отдельно',
    'не входят в',
    'не входит в',
    'не распространяется',
    'только в течение',
    'будет активна',
    'перенести',
    'перенос',
    // A charge on top ("выезд за город оплачивается дополнительно"), a pass that does not run out, the time left to the client.
    'оплачивается дополнительно',
    'оплачиваются дополнительно',
    'дополнительно оплачива',
    'не сгора',
    'бессрочн',
    'выбирает заказчик',
    'выбирает клиент',
    'на выбор заказчика',
    'на выбор клиента',
    // How long an offer holds, what is not done at all, what is settled case by case, a price with nothing on top.
    'действует до',
    'действуют до',
    'не осуществляется',
    'не осуществляются',
    'не осуществляем',
    'обсуждается',
    'обсуждаются',
    'без наценок',
    'без доплат',
  ],
  en: [
    'check in',
    'check-in',
    'check out',
    'check-out',
    'cancel',
    'notice',
    'minimum stay',
    'night minimum',
    'deposit',
    'prepay',
    'payment',
    'credit card',
    'required',
    'require',
    'smoke-free',
    'no smoking',
    'non-smoking',
    'responsible',
    'licensed',
    'insured',
    'policy',
    'we guarantee',
    'refund',
    'money back',
    'valid for',
    'occupancy',
    'minimum age',
    'at least',
    'must',
    'not allowed',
    'child friendly',
    'pets',
    'requirements',
    'we only use',
    'we clean',
    'warranty',
    'warranties',
    'guarantee',
    'guaranteed',
    'liable',
    'liability',
    'reserves the right',
    'vat',
    'will be accepted',
    'in writing',
    'your data',
    'card details',
    'prohibited',
    'billed',
    'direct debit',
    'minimum',
    'checking out',
    'checking in',
    'allergen',
    // What is asked of the customer, allowed or left out ("Students should be dropped off early",
    // "Doesn’t include cleaning inside appliances", "Children under 12 must be accompanied by an adult").
    'should be',
    'should not',
    'will need to',
    'need to be',
    'is allowed',
    'are allowed',
    'permitted',
    'is acceptable',
    'may not be',
    'encouraged to',
    'asked to leave',
    'appreciate it if',
    'responsibility',
    'reserve the right',
    'comply with',
    'complies with',
    'not include',
    "doesn't include",
    "don't include",
    'accompanied by',
    'under the age',
    'photo id',
    // How and when it is paid or charged ("Tuition is due at registration", "Rentals are charged on a day rate").
    'due at',
    'due on',
    'due upon',
    'due by',
    'be charged',
    'is charged',
    'are charged',
    'we accept',
    'cash only',
    'cash or',
    // Limits the business keeps, and what it does when it misses ("We only book one wedding a weekend",
    // "Missed lessons will be made up or credited").
    'will only',
    'only book',
    'only accept',
    'first-come',
    'first come',
    'capacity of',
    'child ratio',
    'staff ratio',
    'be made up',
    'be made-up',
    'be credited',
    'can be changed',
    'can be rescheduled',
    'single-use',
    'sterili',
    // What a price covers, when the business closes besides its hours, what to call about.
    'price includes',
    'prices include',
    'will be closed',
    'closings',
    'please call if',
    'please call for',
    // How a request is taken and answered: "Contact us to arrange a visit", "we will get back to you".
    'get back to you',
    'call you back',
    'contact you',
    'please contact',
    'contact us for',
    'contact us to',
    'to arrange',
    // What is not charged or signed, and when a missed visit counts as missed.
    'hidden fee',
    'hidden charge',
    'pay as you go',
    'no show',
    'no-show',
    // What the customer is asked, allowed or welcome to do, and what happens at enrolment
    // ("Please ensure bags are labelled", "You may be asked to remove your shoes", "Guests may bring their own snacks").
    'please ensure',
    'please make sure',
    'you may be asked',
    'may be requested',
    'may bring',
    'can bring',
    'welcome to bring',
    'open to the public',
    'upon registration',
    'at registration',
    'upon enrollment',
    'upon enrolment',
    'will be collected',
    'be applied to',
    // What the customer is asked not to do, how a bill comes, where to park.
    'kindly ask',
    'we ask that',
    'ask that you',
    'invoice',
    'can park',
    'park in',
    'park on',
    'parking is',
    // What the customer has to bring: "You only need to bring the food".
    'only need to',
    'need to bring',
    'needs to bring',
    // How long a pass holds, what is or is not needed, and a pass put on hold.
    'validity',
    'mandatory',
    'is necessary',
    'are necessary',
    'not necessary',
    'suspend',
    'as a trial',
    'same day request',
    'same-day request',
    // A pass that does not run out, a charge on top.
    'never expire',
    'do not expire',
    "don't expire",
    'does not expire',
    "doesn't expire",
    'no expiration',
    'no expiry',
    'additional charge',
    'additional fee',
    'surcharge',
    // A price or a schedule that is not fixed, and what the customer is asked to do ahead or on arrival.
    'may vary',
    'varies based on',
    'vary based on',
    'varies depending on',
    'vary depending on',
    'is variable',
    'are variable',
    'please arrive',
    'to book an',
    'in advance to',
    'call in advance',
    'book in advance',
    'booked in advance',
    'booking in advance',
    'order in advance',
    'ordered in advance',
    'scheduled in advance',
    'paid in advance',
    'payable in advance',
  ],
};

/** The last word of a short line that restricts who or what is served: "New students only", "Cash only". */
const RESTRICTION_TAIL: Record<Language, string[]> = {
  ru: [],
  en: ['only'],
};

const MAX_RESTRICTION_WORDS = 5;

function isRestriction(text: string, language: Language): boolean {
  const all = words(text, language);
  const last = all[all.length - 1]?.text.toLowerCase() ?? '';
  return all.length >= 2 && all.length <= MAX_RESTRICTION_WORDS && RESTRICTION_TAIL[language].includes(last);
}

const MIN_TERM_WORDS = 3;

/**
 * How many people a place or a group takes: a count of people ("12 деток", "350 guests") given as a
 * range, as a limit ("до", "up to", "seat") or in a sentence about groups or seats.
 */
const CAPACITY: Record<Language, { people: string[]; limits: string[]; context: string[] }> = {
  ru: {
    people: ['человек', 'человека', 'чел', 'детей', 'деток', 'детишек', 'ребят', 'ребенка', 'гостей', 'гостя', 'мест', 'места', 'участников', 'участника', 'учеников', 'ученика', 'персон', 'персоны'],
    limits: ['до', 'не более', 'не больше', 'максимум', 'вмещает', 'вмещают', 'вместимость'],
    context: ['групп', 'вмещ', 'вместимост', 'посадочн'],
  },
  en: {
    people: ['people', 'persons', 'guests', 'children', 'kids', 'students', 'pupils', 'participants', 'attendees', 'seats', 'adults'],
    limits: ['up to', 'maximum of', 'max', 'seat', 'seats', 'seating for', 'accommodate', 'accommodates', 'capacity of', 'no more than'],
    context: ['group', 'class size', 'capacity', 'seating', 'seats', 'accommodat'],
  },
};

/** A count or a range of a count, and the word after it: "от 3 до 7 человек", "20 to 50 people". */
const COUNT = /(?<![\p{L}\d,.])(\d{1,4})(?:\s*(?:[-–—]|до|to)\s*(\d{1,4}))?\s+(\p{L}+)/giu;

function endsWithCue(before: string, cues: string[]): boolean {
  const tail = before.trimEnd();
  return cues.some((cue) => tail.endsWith(cue) && !/\p{L}/u.test(tail[tail.length - cue.length - 1] ?? ''));
}

/** A capacity term; a price "for 2 people" is a price, and ages ("1–2,5 года") count no people. */
function isCapacity(text: string, language: Language): boolean {
  const cues = CAPACITY[language];
  if (findMoney(text).length > 0) return false;
  const grouped = mentionsAny(text, cues.context);
  return [...text.matchAll(COUNT)].some((m) => {
    if (!cues.people.includes(m[3]!.toLowerCase().replace(/ё/g, 'е'))) return false;
    const range = m[2] !== undefined && Number(m[2]) > Number(m[1]);
    return range || grouped || endsWithCue(text.slice(Math.max(0, m.index - 20), m.index).toLowerCase(), cues.limits);
  });
}

const AGE = wordsSource(EN.AGE_WORDS);
const AGE_SPAN = String.raw`\d{1,2}\s*(?:[-–—]|to)\s*\d{1,2}`;
/** "for 5–12 years", "ages 4–7", "ages 3 and up", "over the age of 18". */
const AGES_EN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:for|${AGE})\s+${AGE_SPAN}\s*${wordsSource(EN.AGE_UNITS)}|${AGE}\s+${AGE_SPAN}|${AGE}\s+\d{1,2}\s*(?:\+|and\s+${wordsSource(EN.OPEN_AGE_ENDS)})|(?:over|under)\s+(?:the\s+age\s+of\s+)?\d{1,2}(?=\s*(?:$|[.,;)]|years?\b|yrs?\b|and\s)))(?![\p{L}\d])`,
  'iu',
);
/**
 * Who a group or a class is for by age: "the teen group is for 12-18 years", "ages 4 and up",
 * "the adult group is over 18", «группа для детей 7–10 лет», «принимаем с 5 лет»: a range or a bound
 * of years in a sentence about a group or its people. A bare "over 18" must end its phrase: "over 18 guests" counts people.
 */
const AGE_RULE: Record<Language, { ages: RegExp; groups: string[] }> = {
  ru: {
    ages: /(?<![\p{L}\d])(?:\d{1,2}\s*[-–—]\s*\d{1,2}|(?:от|с|до|старше|младше)\s+\d{1,2}(?:-?(?:х|ти|и|ми))?)\s+(?:лет|года?)(?!\p{L})/iu,
    groups: ['групп', 'дет', 'ребен', 'ребён', 'подрост', 'взросл', 'школьник', 'ученик', 'принимаем'],
  },
  en: {
    ages: AGES_EN,
    groups: ['group', 'groups', 'squad', 'squads', 'class', 'classes', 'students', 'children', 'kids', 'teens', 'teenagers', 'adults', 'swimmers', 'players', 'participants', 'campers', 'program', 'programs'],
  },
};

const isAgeRule = (text: string, language: Language) => AGE_RULE[language].ages.test(text) && mentionsAny(text, AGE_RULE[language].groups);

/** Words of a lead-in over house rules: what a guest may, must and must not do ("Гость обязан:", "В хостеле запрещается:"). */
const RULE_INTRO: Record<Language, string[]> = {
  ru: ['обязан', 'запрещ', 'вправе', 'имеет право', 'имеют право', 'разрешается', 'не допускается', 'не разрешается', 'нельзя'],
  en: ['not allowed', 'not permitted', 'prohibited', 'forbidden'],
};

/** Words of a lead-in over a list of what the customer must have or keep to ("Vaccine Requirements:", «Необходимые документы:»). */
const REQUIREMENTS_INTRO: Record<Language, string[]> = {
  ru: ['требовани', 'необходим', 'документ', 'понадоб', 'потребует', 'что взять', 'нужно взять', 'взять с собой', 'возьмите', 'принести', 'принесите', 'условия', 'правила', 'обязательн', ...RULE_INTRO.ru],
  en: ['requirement', 'required', 'bring', 'you will need', "you'll need", 'you need', 'documents', 'terms', 'conditions', 'rules', 'policies', ...RULE_INTRO.en],
};

/** Words of a question about what the customer must do or have: "Нужен ли залог?", "Do I need to book?". */
const REQUIRED_ASKED: Record<Language, string[]> = {
  ru: ['нужно', 'надо', 'нужен', 'нужна', 'нужны', 'обязательно', 'необходимо', 'требуется', 'требуются', 'должен', 'должна', 'должны', 'обязан'],
  en: ['need', 'needs', 'have to', 'has to', 'must', 'required', 'require', 'requires', 'necessary', 'mandatory', 'obligatory'],
};

export const asksWhatIsRequired = (question: string, language: Language) => mentionsAny(question, REQUIRED_ASKED[language]);

export const introducesRequirements = (text: string, language: Language) => mentionsAny(text, REQUIREMENTS_INTRO[language]);

const MAX_REQUIREMENT_WORDS = 20;

/** The items of a list under a heading or a "…:" line that introduces requirements: each item is a term. */
function requiredItems(context: ExtractContext): ExtractedPromise[] {
  const { blocks } = context.material;
  const { language } = context;
  return blocks.flatMap((intro, i) => {
    const leadsIn = /^h[1-6]$/.test(intro.tag ?? '') || /:\s*$/.test(intro.text);
    if (!leadsIn || intro.tag === 'li' || blocks[i + 1]?.tag !== 'li' || !introducesRequirements(intro.text, language)) return [];
    const items: Block[] = [];
    for (let j = i + 1; blocks[j]?.tag === 'li'; j++) items.push(blocks[j]!);
    return items.filter((item) => words(item.text, language).length <= MAX_REQUIREMENT_WORDS).map((item) => sentencePromise(blockView(item, context), 'policy', { term: item.text.trim() } satisfies TermClaim));
  });
}

/** A Russian infinitive: the form house rules are listed in ("Курить в номерах", "Соблюдать тишину"). */
const INFINITIVE_RU = /^\p{L}{2,}(?:ать|ять|еть|ить|уть|ыть|оть|ться|тись|чь|чься|сти|зти|йти|дти)$/iu;

/** Nouns that end as infinitives do ("Кровать застелена", "Печать документов"). */
const NOUNS_LIKE_INFINITIVES_RU: ReadonlySet<string> = new Set(['кровать', 'печать', 'благодать', 'знать', 'рукоять', 'опять']);

const isInfinitiveRu = (word: string) => INFINITIVE_RU.test(word) && !NOUNS_LIKE_INFINITIVES_RU.has(word);

/** A line that opens with an infinitive, or with an adverb of manner before one ("Бережно относиться к имуществу"). */
function opensWithInfinitive(text: string, language: Language): boolean {
  if (language !== 'ru') return false;
  const [first = '', second = ''] = words(text, language).map((word) => word.text.toLowerCase());
  return isInfinitiveRu(first) || (/о$/u.test(first) && isInfinitiveRu(second));
}

/** How far below its lead-in a rule still stands; a numbered line ("3. Ответственность:") starts the next part. */
const MAX_RULE_RUN = 15;
const NUMBERED_PART = /^\s*\d{1,2}[.)]\s/u;

const isRuleLeadIn = (block: Block, language: Language) => /:\s*$/.test(block.text) && mentionsAny(block.text, RULE_INTRO[language]);

/**
 * House rules set out line by line under a lead-in ("Проживающий обязан:", then "Соблюдать тишину
 * после 23:00.", "Курить только на улице."): each line that opens with an infinitive is a term.
 * Other lines between them (a sub-list, a note) are passed over; a heading, the next lead-in or
 * the next numbered part ends the rules.
 */
function ruleLines(context: ExtractContext): ExtractedPromise[] {
  const { blocks } = context.material;
  const { language } = context;
  return blocks.flatMap((intro, i) => {
    if (!isRuleLeadIn(intro, language)) return [];
    const rules: Block[] = [];
    for (let j = i + 1; j < Math.min(blocks.length, i + 1 + MAX_RULE_RUN); j++) {
      const block = blocks[j]!;
      if (/^h[1-6]$/.test(block.tag ?? '') || isRuleLeadIn(block, language) || NUMBERED_PART.test(block.text)) break;
      if (!/:\s*$/.test(block.text) && opensWithInfinitive(block.text, language)) rules.push(block);
    }
    return rules.map((rule) => sentencePromise(blockView(rule, context), 'policy', { term: rule.text.trim() } satisfies TermClaim));
  });
}

/**
 * Ways to pay, as whole words: a line that names two of them ("Cash, Zelle and Venmo", "МИР /
 * VISA / Mastercard") says how the business takes payment.
 */
const PAYMENT_METHODS: Record<Language, string[]> = {
  ru: ['наличными', 'наличные', 'наличных', 'наличкой', 'картой', 'картами', 'безналичный', 'безналичным', 'безналичная', 'visa', 'mastercard', 'мир', 'unionpay', 'сбп', 'apple pay', 'google pay', 'qr-код', 'qr-коду'],
  // "check" alone is also a verb ("check our prices"): it counts only where it reads as a way to pay.
  en: [
    'cash',
    'checks',
    'by check',
    'via check',
    'personal check',
    'or check',
    'and check',
    'check or',
    'cheque',
    'cheques',
    'credit card',
    'credit cards',
    'debit card',
    'debit cards',
    'visa',
    'mastercard',
    'amex',
    'american express',
    'paypal',
    'venmo',
    'zelle',
    'apple pay',
    'google pay',
    'electronically',
    'bank transfer',
    'e-transfer',
  ],
};

const MIN_PAYMENT_METHODS = 2;

const namesPaymentMethods = (text: string, language: Language) => PAYMENT_METHODS[language].filter((method) => mentionsAny(text, [method], true)).length >= MIN_PAYMENT_METHODS;

/** "No personal checks accepted", "No outside food allowed": a ban put as "no … allowed". */
const BANNED: Partial<Record<Language, RegExp>> = {
  en: /^\s*no\s+[\p{L}\s'’-]+?\s(?:accepted|allowed|permitted|tolerated)\b/iu,
};

const isBan = (text: string, language: Language) => BANNED[language]?.test(text) ?? false;

/**
 * What a customer may hand back, exchange, refuse or complain about: with a window to do it in
 * («товар можно обменять в течение 14 дней», «претензии принимаются в течение суток», "returns are
 * accepted within 30 days"), the sentence states a term, not how long the work takes.
 */
const CLAIM_ACTS: Record<Language, string[]> = {
  ru: ['вернуть', 'обменять', 'обмену', 'обмен товар', 'претензи', 'рекламаци', 'жалоб', 'отказаться от', 'принимаются'],
  en: ['returns', 'be returned', 'exchanges', 'be exchanged', 'claims', 'complaints', 'be reported'],
};

/** A window to act in: "в течение 7 дней", "within 48 hours", "не позднее 3 дней". */
const WINDOW_CUE = /(?<!\p{L})(?:в\s+течени[еи]|в\s+пределах|не\s+позднее|within|no\s+later\s+than)\s+/giu;

const namesWindow = (text: string) => [...text.matchAll(WINDOW_CUE)].some((cue) => readTimeAmount(text.slice(cue.index + cue[0].length)) !== null);

const statesClaimWindow = (text: string, language: Language) => mentionsAny(text, CLAIM_ACTS[language]) && namesWindow(text);

/** Words that make the infinitive after them an obligation: «нужно снять обувь», «следует прийти заранее». */
const OBLIGATION_RU = /(?<!\p{L})(?:нужно|надо|следует)\s+(\p{L}+)/giu;

/** «На приём нужно приходить заранее»: an obligation put on the client, a Russian modal word and an infinitive. */
const statesObligation = (text: string, language: Language) => language === 'ru' && [...text.matchAll(OBLIGATION_RU)].some((found) => isInfinitiveRu(found[1]!.toLowerCase()));

/**
 * "No win, no fee", "No Fix. No Fee.", «Нет результата — нет оплаты»: a slogan that nothing is paid
 * unless the work succeeds, said with no verb. The second half names the payment.
 */
const NO_RESULT_NO_PAY: Record<Language, RegExp> = {
  ru: /(?<!\p{L})нет\s+\p{L}+\s*[-–—.,]?\s*нет\s+(?:оплаты|денег|платы)(?!\p{L})/giu,
  en: /(?<!\p{L})no\s+\p{L}+\s*[-–—.,]?\s*no\s+(?:fee|fees|pay|payment|charge)(?!\p{L})/giu,
};

/** The no-result-no-pay slogans of a material, found in whole blocks, for a slogan's halves may read as two sentences. */
function noResultNoPay(context: ExtractContext): ExtractedPromise[] {
  return context.material.blocks.flatMap((block) =>
    [...block.text.matchAll(NO_RESULT_NO_PAY[context.language])].map((found) => {
      const view = blockView(block, context);
      const term = found[0];
      return { ...makePromise(view, 'policy', { start: found.index, end: found.index + term.length }, { term } satisfies TermClaim, { quoteCore: true }), topicIsOwn: true as const };
    }),
  );
}

/** Whether one promise's quote holds another's: a sentence already stated as a term holds its slogan. */
const covers = (outer: ExtractedPromise, inner: ExtractedPromise) => outer.span.block === inner.span.block && outer.span.start <= inner.span.start && outer.span.end >= inner.span.end;

/** Sentences that state a term: quoted whole, since a term reads only as its sentence. */
function termsIn(context: ExtractContext): ExtractedPromise[] {
  return eachSentence(context).flatMap((view) => {
    // "Способы оплаты", "Privacy Policy": a heading names a subject, it states no term — unless it
    // exclaims, as a slogan does ("Гарантия соблюдения сроков!").
    if (isQuestion(view.text)) return answerTo(view) === 'yes' && asksWhatIsRequired(view.text, context.language) ? [sentencePromise(view, 'policy', { term: view.text.trim() } satisfies TermClaim)] : [];
    // A heading that names how to pay ("Наличными при получении") states that term.
    const payment = namesPaymentMethods(view.text, context.language);
    if (/^h[1-6]$/.test(view.block.tag ?? '') && !/!\s*$/.test(view.text) && !mentionsAny(view.text, PAYMENT_METHODS[context.language], true)) return [];
    const cued = mentionsAny(view.text, TERM_CUES[context.language]) && words(view.text, context.language).length >= MIN_TERM_WORDS;
    if (
      !cued &&
      !payment &&
      !statesObligation(view.text, context.language) &&
      !isBan(view.text, context.language) &&
      !isRestriction(view.text, context.language) &&
      !isCapacity(view.text, context.language) &&
      !isAgeRule(view.text, context.language) &&
      !statesClaimWindow(view.text, context.language) &&
      selfStatementKind(view) !== 'policy'
    )
      return [];
    return [sentencePromise(view, 'policy', { term: view.text.trim() } satisfies TermClaim)];
  });
}

function breakersIn(context: ExtractContext): ExtractedPromise[] {
  return findProfilePhrases(
    context,
    'policy',
    (context.profile?.facts ?? []).flatMap((fact) => (fact.kind === 'policy' ? fact.contradictedBy.map((phrase) => ({ phrase, value: { phrase, factId: fact.id } satisfies PolicyClaim })) : [])),
    1,
  );
}

/**
 * Policies: the `contradictedBy` phrases of the profile's policies, in any inflection (the checks
 * judge these), and the terms the material states in other sentences (an inventory: they name no fact).
 */
export const policyExtractor: Extractor = {
  kind: 'policy',
  extract: (context) => {
    const breakers = breakersIn(context);
    const judged = new Set(breakers.map((p) => `${p.sentence.block}:${p.sentence.start}`));
    const terms = [...termsIn(context), ...requiredItems(context), ...ruleLines(context)];
    const stated = [...terms, ...noResultNoPay(context).filter((slogan) => !terms.some((term) => covers(term, slogan)))].filter((p) => !judged.has(`${p.sentence.block}:${p.sentence.start}`));
    const seen = new Set<string>();
    return [...breakers, ...stated.filter((p) => !seen.has(`${p.span.block}:${p.span.start}`) && seen.add(`${p.span.block}:${p.span.start}`))];
  },
};
