import type { Language } from '../profile/types';
import { foldForCompare } from './normalise';
import { words } from './segment';

const NEGATORS: Record<Language, Set<string>> = {
  ru: new Set([
    'не',
    'ни',
    'нет',
    'никогда',
    'нельзя',
    'отсутствует',
    'отсутствуют',
    'невозможно',
    'перестали',
    'нигде',
    'ничего',
    'никакой',
    'никакого',
    'никакая',
    'никакую',
    'никакие',
    'никаких',
    'никаким',
    'никакими',
    'забудьте',
    'забудь',
  ]),
  // "non" is the prefix of "non-refundable", split off when a phrase matches the word after it.
  en: new Set(['non', 'not', 'no', 'never', "don't", "doesn't", "isn't", "aren't", "won't", "can't", 'cannot', 'nor', "didn't", 'none', 'without', 'forget']),
};

// Words are compared folded, and folding turns the apostrophe of "don't" into a plain quote.
const FOLDED_NEGATORS = [...NEGATORS.ru, ...NEGATORS.en].map(foldForCompare);
/** "без"/"without" negate unless the phrase looked for is itself "без …" ("рассрочка без банка"). */
const NEGATORS_WITH_WITHOUT = new Set([...FOLDED_NEGATORS, 'без']);
const NEGATORS_BUT_WITHOUT = new Set(FOLDED_NEGATORS.filter((word) => word !== 'without'));

/** "не более 15 минут", "не только быстро" bound or widen a claim rather than deny it. */
const BOUNDS = 'более|менее|больше|меньше|дороже|дешевле|позднее|позже|дольше|раньше|только';
/** "a no-quibble guarantee", "no hassle returns": "no" before these praises what follows, it denies nothing. */
const NO_INTENSIFIED = ['quibble', 'quibbles', 'hassle', 'fuss', 'obligation', 'risk', 'nonsense', 'strings', 'questions'];
const NOT_A_DENIAL = new RegExp(`^(?:(?:не|not)\\s+(?:${BOUNDS}|просто|хуже|just|only|more|less|later)|no\\s+(?:${NO_INTENSIFIED.join('|')}))$`);

/** A clause ends at these marks or conjunctions: a negation before them does not reach past. */
const CLAUSE_BREAK = /[,;:!?()—–]|\s-\s|(?<!\p{L})(но|а|однако|зато|but|however|while)(?!\p{L})/giu;

export interface NegationOptions {
  /** How many words before the match a negator may stand. */
  window?: number;
  /** Count "без"/"without" as a negator (false when the matched phrase itself is "без …"). */
  withoutNegates?: boolean;
}

const INTENSIFYING_NO = new RegExp(String.raw`(?<!\p{L})no[\s-]+(?:${NO_INTENSIFIED.join('|')})(?!\p{L})`, 'giu');

/** The text with its praising "no"s ("no-quibble", "no hassle") blanked out, offsets kept: for tests of a clause's words. */
export const withoutIntensifyingNo = (text: string) => text.replace(INTENSIFYING_NO, (phrase) => ' '.repeat(phrase.length));

/** True when a negator in the same clause governs the range [start, end) of `text`. */
export function isNegated(text: string, start: number, language: Language, options: NegationOptions = {}): boolean {
  const window = options.window ?? 4;
  const before = clauseBefore(text, start);
  const tokens = words(before, language).map((word) => foldForCompare(word.text));
  const recent = tokens.slice(-window);
  const negators = options.withoutNegates ? NEGATORS_WITH_WITHOUT : NEGATORS_BUT_WITHOUT;
  for (let i = 0; i < recent.length; i++) {
    if (!negators.has(recent[i]!)) continue;
    if (NOT_A_DENIAL.test(`${recent[i]} ${recent[i + 1] ?? ''}`)) continue;
    return true;
  }
  return /n['’]t\s*$/i.test(before);
}

/** Whether a negator stands among the words of a text: "pets are not allowed" holds "not", "fees are non-refundable" its "non-". */
export function hasNegator(text: string, language: Language): boolean {
  return /n['’]t(?!\p{L})|(?<!\p{L})non-\p{L}/iu.test(text) || words(text, language).some((word) => NEGATORS_BUT_WITHOUT.has(foldForCompare(word.text)));
}

/** The part of the sentence before `start` that belongs to the same clause. */
function clauseBefore(text: string, start: number): string {
  const head = text.slice(0, start);
  let cut = 0;
  for (const match of head.matchAll(CLAUSE_BREAK)) cut = match.index + match[0].length;
  return head.slice(cut);
}

/**
 * A negation softened to a possibility: "may not be required", «может не потребоваться», "не
 * всегда нужна". Neither a promise nor its denial: the page leaves it open.
 */
const HEDGED_NEGATIONS: Record<Language, string[]> = {
  ru: ['может не', 'могут не', 'не всегда', 'не во всех случаях', 'не обязательно', 'необязательно'],
  en: ['may not be', 'might not be', 'may not always', 'might not always', 'not always', 'not in all cases', 'not necessarily'],
};
/** "может не только …" widens, it does not hedge. */
const hedgePattern = (phrases: string[]) => new RegExp(String.raw`(?<!\p{L})(?:${phrases.join('|')})(?!\p{L})(?!\s+(?:только|just|only))`, 'iu');
const HEDGED_NEGATION: Record<Language, RegExp> = { ru: hedgePattern(HEDGED_NEGATIONS.ru), en: hedgePattern(HEDGED_NEGATIONS.en) };

/** Whether the clause around [start, end) softens its negation to a possibility ("Flu shots may not be required"). */
export function isHedgedNegation(text: string, start: number, end: number, language: Language): boolean {
  const clause = clauseBefore(text, start) + text.slice(start, end);
  return HEDGED_NEGATION[language].test(clause.replace(/\s+/g, ' '));
}

/** A denial within five words after a phrase: "… мы пока не делаем", "… is not available". */
const DENIED_AFTER = new RegExp(
  String.raw`^\s*(?:[\p{L}-]+\s+){0,5}?(не(?!\s+(?:${BOUNDS}))|нет|никогда|отменил\p{L}*|отменен\p{L}*|отменён\p{L}*|в\s+прошлом|not|isn't|aren't|never|unavailable|недоступн\p{L}*|cancell?ed|abolished|(?:a\s+)?thing\s+of\s+the\s+past)(?!\p{L})`,
  'iu',
);

/**
 * "Седация не проводится", "рассрочки без банка у нас нет", "живую очередь мы отменили",
 * "delivery is not available", "queues are a thing of the past": denied after the words.
 */
export function isDeniedAfter(text: string, end: number): boolean {
  // A dash right after the words joins their predicate: "Живая очередь — в прошлом".
  const after =
    text
      .slice(end)
      .replace(/^\s*[—–]\s*/, ' ')
      .split(CLAUSE_BREAK)[0] ?? '';
  return DENIED_AFTER.test(after);
}
