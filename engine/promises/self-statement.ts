import { businessNames } from '../profile/own-names';
import type { Language, Profile } from '../profile/types';
import { hasNegator } from '../text/negation';
import { foldForCompare } from '../text/normalise';
import { words } from '../text/segment';
import { isQuestion, mentionsAny, type SentenceView } from './common';

/**
 * Words that make the business the subject of a sentence that opens with them: "We install…",
 * "Our technicians will…", "Мы подвезём…", "Наши мастера уберут…", "Компания имеет лицензию…".
 */
const SELF_SUBJECTS: Record<Language, string[]> = {
  ru: ['мы', 'наш', 'наша', 'наше', 'наши', 'нашим', 'нашей', 'компания', 'фирма', 'студия', 'салон', 'клиника', 'центр', 'сервис', 'команда'],
  en: ['we', "we'll", "we're", "we've", 'we’ll', 'we’re', 'we’ve', 'our'],
};

/**
 * "Ремонтируем", "Доставим", "Работаем": Russian drops "мы" before a verb whose ending says it, so a
 * sentence that opens with a verb of the first person plural is the business's. Words that end so
 * and are no such verb are listed.
 */
const OUR_VERB_ENDING: Partial<Record<Language, RegExp>> = { ru: /^\p{L}{3,}(?:ем|ём|им)$/u };
const NOT_OUR_VERBS: Partial<Record<Language, ReadonlySet<string>>> = {
  ru: new Set([
    'режим',
    'грим',
    'экстрим',
    'интим',
    'аноним',
    'вообщем',
    'прием',
    'приём',
    'объем',
    'объём',
    'подъем',
    'подъём',
    'проем',
    'проём',
    'заем',
    'заём',
    'наем',
    'наём',
    'съем',
    'съём',
    'отъем',
    'водоем',
    'водоём',
    'шлем',
    'тандем',
    'модем',
    'гарем',
    'эмблем',
    'проблем',
    'систем',
    'схем',
    'тем',
    'поэм',
    'вашим',
    'своим',
    'таким',
    'каким',
    'другим',
    'многим',
    'некоторым',
    'третьим',
    'последним',
    'летним',
    'зимним',
    'весенним',
    'осенним',
    'средним',
    'верхним',
    'нижним',
    'внутренним',
    'внешним',
    'домашним',
    'синим',
    'лишним',
    'ранним',
    'поздним',
    'крайним',
    'древним',
    'подлинным',
  ]),
};

function opensWithOurVerb(first: string, language: Language): boolean {
  const ending = OUR_VERB_ENDING[language];
  return ending?.test(first) === true && !NOT_OUR_VERBS[language]!.has(first);
}

/** Words that may open a sentence before its subject ("Also, we…", "Кроме того, мы…"). */
const OPENERS: Record<Language, string[]> = {
  ru: ['также', 'а также', 'кроме того', 'еще', 'ещё', 'и', 'а', 'при этом', 'здесь', 'у нас'],
  en: ['also', 'plus', 'and', 'here', 'at our', 'in addition', 'additionally', 'today', 'now'],
};

/**
 * What makes a statement about the business a term rather than a service: a denial, a limit, a
 * rule kept ("strictly by hand", "только ответственных"), or who the business is and how long it
 * has worked ("a family owned business", "уже более 10 лет").
 */
const TERM_MARKS: Record<Language, string[]> = {
  ru: ['только', 'строго', 'лет', 'года', 'опыт', 'ответственност', 'семейн', 'лиценз', 'с 19', 'с 20'],
  en: ['only', 'strictly', 'years', 'since', 'experience', 'family owned', 'family-owned', 'licensed', 'insured', 'in business'],
};

/** Fewer words than this say too little to be a promise ("We are here."). */
const MIN_WORDS = 4;

/** The business's own names, folded, once per profile: a sentence that opens with one is about it. */
const foldedNamesByProfile = new WeakMap<Profile, string[]>();

function ownNames(profile: Profile | undefined): string[] {
  if (!profile) return [];
  let names = foldedNamesByProfile.get(profile);
  if (!names)
    foldedNamesByProfile.set(
      profile,
      (names = businessNames(profile)
        .map(foldForCompare)
        .filter((name) => name.length > 2)),
    );
  return names;
}

/** The sentence with an opener taken off its start ("Also, we…" → "we…"), folded. */
function withoutOpener(text: string, language: Language): string {
  const folded = foldForCompare(text).replace(/^[^\p{L}]+/u, '');
  for (const opener of OPENERS[language]) {
    if (folded.startsWith(`${opener} `) || folded.startsWith(`${opener}, `)) return folded.slice(opener.length).replace(/^[,\s]+/u, '');
  }
  return folded;
}

/** Whether the sentence opens with the business as its subject: a self word or one of its names. */
function opensWithTheBusiness(view: SentenceView): boolean {
  const { language, profile } = view.context;
  const start = withoutOpener(view.text, language);
  const first = words(start, language)[0]?.text ?? '';
  return SELF_SUBJECTS[language].includes(first) || opensWithOurVerb(first, language) || ownNames(profile).some((name) => start.startsWith(name));
}

/**
 * A statement the business makes about itself — what it does or offers ("We'll put together a
 * treatment plan", "Наши мастера уберут всю грязь") or a term it keeps ("We do not board…",
 * "Работаем уже более 10 лет") — as the kind of promise it is, or null when the sentence is not one.
 */
export function selfStatementKind(view: SentenceView): 'offered' | 'policy' | null {
  const { language } = view.context;
  if (isQuestion(view.text) || /^h[1-6]$/.test(view.block.tag ?? '') || words(view.text, language).length < MIN_WORDS) return null;
  if (!opensWithTheBusiness(view)) return null;
  return hasNegator(view.text, language) || mentionsAny(view.text, TERM_MARKS[language]) ? 'policy' : 'offered';
}
