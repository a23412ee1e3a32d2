import type { Language } from '../profile/types';
import { eachSentence, isQuestion, makePromise, sectionHeading, topicWords, type SentenceView } from '../promises/common';
import type { ExtractedPromise } from '../promises/types';
import { isNegated } from '../text/negation';
import { isObject } from './schema';
import { broken, KEPT, type Judge, type KindModule, type Wording } from './types';

/**
 * Payment methods: what a page says the business accepts ("Принимаем карты", "оплата по СБП",
 * "cash only") against the methods the checklist says it accepts. The whole kind is this file.
 */

export const PAYMENT_METHODS = ['cash', 'card', 'sbp', 'qr', 'wallet', 'invoice', 'installments'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** The checklist's side: every method the business accepts. */
export interface PaymentValue {
  accepts: PaymentMethod[];
}

/** One sentence's word on payment: the methods it says are taken, those it says are not, and whether it says "only". */
export interface PaymentClaim {
  accepted: PaymentMethod[];
  refused: PaymentMethod[];
  /** "Только наличные", "cash only": every method not accepted is refused. */
  only?: true;
}

const METHOD_NAMES: Record<PaymentMethod, Wording> = {
  cash: { ru: 'наличные', en: 'cash' },
  card: { ru: 'банковские карты', en: 'bank cards' },
  sbp: { ru: 'СБП', en: 'SBP (Faster Payments System)' },
  qr: { ru: 'QR-код', en: 'QR code' },
  wallet: { ru: 'Apple Pay, Google Pay, Mir Pay', en: 'Apple Pay, Google Pay, Mir Pay' },
  invoice: { ru: 'безналичный расчёт по счёту', en: 'invoice (bank transfer)' },
  installments: { ru: 'рассрочка', en: 'installments' },
};

/** How each method is written, as word patterns per language (letters only around them). */
const METHOD_WORDS: Record<Language, Record<PaymentMethod, string[]>> = {
  ru: {
    cash: ['наличн\\p{L}*'],
    card: ['банковск\\p{L}*\\s+карт\\p{L}{0,3}', 'карт(?:а|ы|е|у|ой|ою|ам|ами|ах)?', 'mastercard', 'maestro'],
    sbp: ['сбп', 'систем\\p{L}*\\s+быстрых\\s+платеж\\p{L}*'],
    qr: ['qr(?:[-\\s]?код\\p{L}*)?'],
    wallet: ['apple\\s?pay', 'google\\s?pay', 'mir\\s?pay', 'samsung\\s?pay'],
    invoice: ['безналичн\\p{L}*(?:\\s+расч[её]т\\p{L}*)?', 'безнал\\p{L}*', 'по\\s+сч[её]ту'],
    installments: ['рассрочк\\p{L}*'],
  },
  en: {
    cash: ['cash(?!\\s+(?:back|value|prizes?|equivalent|alternative|flow|advance|register|refunds?))'],
    card: ['(?:credit|debit|bank)\\s+cards?', 'cards?', 'mastercard', 'maestro', 'amex', 'american\\s+express'],
    sbp: ['sbp', 'faster\\s+payments?\\s+system'],
    qr: ['qr(?:\\s*codes?)?'],
    wallet: ['apple\\s?pay', 'google\\s?pay', 'mir\\s?pay', 'samsung\\s?pay'],
    invoice: ['invoices?', '(?:bank|wire)\\s+transfers?'],
    installments: ['instal{1,2}ments?', 'payment\\s+plans?'],
  },
};

/** A card that pays for nothing: a gift, loyalty or club card, a memory card, a map ("карта проезда"). */
const NOT_PAYMENT_CARD: Record<Language, { before: string[]; after: string[] }> = {
  ru: {
    before: ['подарочн', 'клубн', 'бонусн', 'скидочн', 'дисконтн', 'накопительн', 'членск', 'гостев', 'сервисн', 'визитн', 'топливн', 'транспортн', 'sim', 'сим'],
    after: ['гост', 'клиент', 'лояльност', 'постоянн', 'памят', 'проезд', 'сайт', 'москвич', 'тройк', 'покупател', 'член', 'болельщик', 'студент', 'учащ'],
  },
  en: {
    before: [
      'gift',
      'loyalty',
      'membership',
      'member',
      'club',
      'reward',
      'rewards',
      'punch',
      'stamp',
      'discount',
      'store',
      'business',
      'greeting',
      'sim',
      'report',
      'key',
      'library',
      'id',
      'memory',
      'sd',
      'season',
      'bonus',
      'game',
      'wild',
      'christmas',
      'birthday',
      'scratch',
    ],
    after: ['game', 'games', 'table', 'holder', 'reader', 'slot'],
  },
};

/** Words that make a sentence about paying: "оплата", "принимаем", "we accept", "pay by"; a sign's "Только наличные", "Cash only". */
const PAYMENT_CUE: Record<Language, RegExp> = {
  ru: /(?<!\p{L})(?:только\s+наличн\p{L}*|оплат\p{L}*|опла(?:чива|ти)\p{L}*|заплат\p{L}*|расплат\p{L}*|платеж\p{L}*|платёж\p{L}*|расч[её]т\p{L}*|рассчит\p{L}*|принима\p{L}*|принимаем)(?!\p{L})/giu,
  en: /(?<!\p{L})(?:cash\s+only|only\s+cash|pay|pays|paid|paying|payments?|accept|accepts|accepted|accepting|checkout|we\s+take|settle)(?!\p{L})/giu,
};

/** A denial after the method: "оплата картой невозможна", "карты не принимаются", "cards are not accepted". */
const DENIED_AFTER: Record<Language, RegExp> = {
  ru: /^[^,;:—–]*?(?<!\p{L})(?:не\s+принима\p{L}*|не\s+проводится|не\s+предусмотрен\p{L}*|невозможн\p{L}*|нельзя|недоступн\p{L}*)(?!\p{L})/iu,
  en: /^[^,;:—–]*?(?<!\p{L})(?:(?:are|is)?\s*not\s+(?:accepted|possible|available|taken)|(?:aren|isn)['’]t\s+(?:accepted|possible|available|taken)|unavailable)(?!\p{L})/iu,
};

/** "только наличные", "only cash", "cash only": the one method, and no other. */
const ONLY_BEFORE: Record<Language, RegExp> = { ru: /(?<!\p{L})только\s+(?:\p{L}+\s+)?$/iu, en: /(?<!\p{L})only\s+(?:\p{L}+\s+)?$/iu };
const ONLY_AFTER: Record<Language, RegExp> = { ru: /^\s+только(?!\p{L})/iu, en: /^\s+only(?!\p{L})/iu };

/** Headings of a section that lists the ways to pay ("Способы оплаты", "Payment"). */
const PAYMENT_HEADING: Record<Language, RegExp> = {
  ru: /(?<!\p{L})(?:оплат\p{L}*|способ\p{L}*\s+оплаты)(?!\p{L})/iu,
  en: /(?<!\p{L})(?:payments?|ways\s+to\s+pay|how\s+to\s+pay|we\s+accept)(?!\p{L})/iu,
};

const METHOD_PATTERNS: Record<Language, { method: PaymentMethod; pattern: RegExp }[]> = Object.fromEntries(
  (['ru', 'en'] as const).map((language) => [language, PAYMENT_METHODS.map((method) => ({ method, pattern: new RegExp(`(?<![\\p{L}\\d-])(?:${METHOD_WORDS[language][method].join('|')})(?![\\p{L}\\d])`, 'giu') }))]),
) as Record<Language, { method: PaymentMethod; pattern: RegExp }[]>;

interface Mention {
  method: PaymentMethod;
  start: number;
  end: number;
}

/** The methods a sentence names, the longer match first where two overlap ("безналичный" is not "наличный"). */
function mentionsIn(text: string, language: Language): Mention[] {
  const found = METHOD_PATTERNS[language].flatMap(({ method, pattern }) => [...text.matchAll(pattern)].map((m) => ({ method, start: m.index, end: m.index + m[0].length })));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((mention, i) => !found.slice(0, i).some((other) => other.start <= mention.start && mention.start < other.end));
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\d'’]+/gu) ?? [];

function isPaymentCard(text: string, mention: Mention, language: Language): boolean {
  const { before, after } = NOT_PAYMENT_CARD[language];
  const previous = wordsOf(text.slice(Math.max(0, mention.start - 40), mention.start)).slice(-2);
  const next = wordsOf(text.slice(mention.end, mention.end + 40))[0] ?? '';
  return !previous.some((word) => before.some((stem) => word.startsWith(stem))) && !after.some((stem) => next.startsWith(stem));
}

/** A negator among the three words before `start`, in the same clause: "не принимаем", "no cards", "don't accept", «без наличных». */
const deniedBefore = (text: string, start: number, language: Language) => isNegated(text, start, language, { window: 3, withoutNegates: true });

/** Whether the mention is said not to be accepted: a negator before it or before the payment word that governs it, or a denial after it. */
function isRefused(text: string, mention: Mention, cues: { start: number }[], language: Language): boolean {
  if (deniedBefore(text, mention.start, language) || DENIED_AFTER[language].test(text.slice(mention.end))) return true;
  const cue = cues.filter((c) => c.start < mention.start).pop();
  return cue !== undefined && !/[,;:—–]/u.test(text.slice(cue.start, mention.start)) && deniedBefore(text, cue.start, language);
}

function claimOf(view: SentenceView): ExtractedPromise<'payment'> | null {
  const { text } = view;
  const language = view.context.language;
  if (isQuestion(text)) return null;
  const cues = [...text.matchAll(PAYMENT_CUE[language])].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const heading = sectionHeading(view.context.material, view.block.index) ?? '';
  if (cues.length === 0 && !PAYMENT_HEADING[language].test(heading)) return null;
  const mentions = mentionsIn(text, language).filter((mention) => mention.method !== 'card' || isPaymentCard(text, mention, language));
  if (mentions.length === 0) return null;
  const claim: PaymentClaim = { accepted: [], refused: [] };
  for (const mention of mentions) {
    const list = isRefused(text, mention, cues, language) ? claim.refused : claim.accepted;
    if (!list.includes(mention.method)) list.push(mention.method);
    if (ONLY_BEFORE[language].test(text.slice(0, mention.start)) || ONLY_AFTER[language].test(text.slice(mention.end))) claim.only = true;
  }
  // A method both taken and refused in one sentence is a condition we cannot read ("картой — только от 500 ₽, наличными — нет").
  if (claim.accepted.some((method) => claim.refused.includes(method))) return null;
  if (claim.only && claim.accepted.length === 0) delete claim.only;
  const promise = makePromise(view, 'payment', { start: mentions[0]!.start, end: mentions[mentions.length - 1]!.end }, claim);
  return { ...promise, topics: topicWords(withoutPaymentWords(text, [...cues, ...mentions], language), view.context) };
}

/**
 * The sentence without its words of paying ("оплата", "принимаем", "только", the methods): what is
 * left says what the payment is for ("доставка", "в зале"), so two sentences on paying for the
 * same thing are compared, and one on paying for delivery is not held against one on the shop's till.
 */
function withoutPaymentWords(text: string, ranges: { start: number; end: number }[], language: Language): string {
  let masked = text;
  for (const { start, end } of ranges) masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  return masked.replace(language === 'ru' ? /(?<!\p{L})(?:только|можно|не|нет|нельзя)(?!\p{L})/giu : /(?<!\p{L})(?:only|we|can|no|not|all|major)(?!\p{L})/giu, (word) => ' '.repeat(word.length));
}

const listOf = (methods: PaymentMethod[], language: Language) => methods.map((method) => METHOD_NAMES[method][language]).join(', ');

const T = {
  ru: {
    notAccepted: (missing: string, accepted: string) => `не принимают: ${missing}; принимают: ${accepted}`,
    alsoAccepted: (also: string) => `принимают и это: ${also}`,
  },
  en: {
    notAccepted: (missing: string, accepted: string) => `not accepted: ${missing}; accepted: ${accepted}`,
    alsoAccepted: (also: string) => `these are accepted too: ${also}`,
  },
};

/** Methods the claim turns away: those it refuses, and after "only" every one it does not name. */
const refusedBy = (claim: PaymentClaim, method: PaymentMethod) => claim.refused.includes(method) || (claim.only === true && !claim.accepted.includes(method));

/**
 * A method the page promises and the checklist does not accept breaks the promise; a method the
 * page turns away ("только наличные") that the checklist accepts sends customers away: a warning.
 */
const judgePayment: Judge<PaymentClaim> = (claim, fact, language) => {
  if (fact.kind !== 'payment') return null;
  const accepts = fact.value.accepts;
  const missing = claim.accepted.filter((method) => !accepts.includes(method));
  if (missing.length > 0) return broken(T[language].notAccepted(listOf(missing, language), listOf(accepts, language) || '—'));
  const turnedAway = accepts.filter((method) => refusedBy(claim, method));
  return turnedAway.length > 0 ? broken(T[language].alsoAccepted(listOf(turnedAway, language)), undefined, 'warning') : KEPT;
};

const PAYMENT_WORDS = {
  ru: { only: (list: string) => `только ${list}`, refused: (list: string) => `не принимают: ${list}` },
  en: { only: (list: string) => `${list} only`, refused: (list: string) => `not accepted: ${list}` },
};

/** "наличные, банковские карты", "только наличные", "cash; not accepted: bank cards". */
function describeClaim(claim: PaymentClaim, language: Language): string | null {
  const words = PAYMENT_WORDS[language];
  const accepted = listOf(claim.accepted, language);
  const parts = [accepted && (claim.only ? words.only(accepted) : accepted), claim.refused.length > 0 && words.refused(listOf(claim.refused, language))].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : null;
}

/** The methods the page says are taken; a sentence that only refuses tells nothing of what is. */
const draftPayment = (claim: PaymentClaim): { value: PaymentValue } | null => (claim.accepted.length > 0 ? { value: { accepts: [...claim.accepted] } } : null);

/** "Только наличные" in one place, "принимаем карты" in another. */
const paymentConflict = (a: PaymentClaim, b: PaymentClaim) => a.accepted.some((method) => refusedBy(b, method)) || b.accepted.some((method) => refusedBy(a, method));

export const paymentKind: KindModule<'payment', PaymentClaim, { value: PaymentValue }> = {
  kind: 'payment',
  name: { ru: 'Способы оплаты', en: 'Payment methods' },
  item: { ru: 'Оплата', en: 'Payment' },
  describe: describeClaim,
  draft: draftPayment,
  extractor: { kind: 'payment', extract: (context) => eachSentence(context).flatMap((view) => claimOf(view) ?? []) },
  fact: {
    create: (base) => ({ ...base, kind: 'payment', value: { accepts: ['cash', 'card'] } }),
    validate(fact, path, problems) {
      const accepts = isObject(fact.value) ? fact.value.accepts : undefined;
      if (!Array.isArray(accepts)) return problems.add(`${path}.value`, `expected { "accepts": [ … ] } with any of ${PAYMENT_METHODS.join(', ')}`);
      accepts.forEach((method, i) => {
        if (!(PAYMENT_METHODS as readonly unknown[]).includes(method)) problems.add(`${path}.value.accepts[${i}]`, `expected one of ${PAYMENT_METHODS.join(', ')}`);
      });
    },
    editor: [
      {
        type: 'set',
        at: 'value.accepts',
        label: { ru: 'Принимаются', en: 'Accepted' },
        options: PAYMENT_METHODS.map((method) => ({ value: method, label: METHOD_NAMES[method] })),
      },
    ],
  },
  judge: judgePayment,
  comparer: { conflict: paymentConflict, needsSubject: false, differs: { ru: 'Способы оплаты указаны по-разному', en: 'The payment methods differ' } },
};
