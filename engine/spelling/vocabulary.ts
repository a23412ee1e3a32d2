import type { Language } from '../profile/types';
import { inflectedForms } from './inflection';
import { TRADE_WORDS_EN } from './trade-words-en';
import { TRADE_WORDS_RU } from './trade-words-ru';
import type { SpellChecker } from './types';
import { isKnownForm } from './word-forms';

/** What the spelling check knows of a word, from every source it has. */
export interface Vocabulary {
  /** A word fit to offer as a correction: Hunspell's (curated, so common), the trade lists', the user's. */
  isCommon(word: string, language: Language): Promise<boolean>;
  /** A word some list holds, in some form: a common one, or a rare one of the broad lexicon. */
  isListed(word: string, language: Language): Promise<boolean>;
  /** A word at all: a listed one, or one built of listed parts (a prefix, two stems). */
  isKnown(word: string, language: Language): Promise<boolean>;
}

const TRADE: Record<Language, Set<string>> = { ru: new Set(TRADE_WORDS_RU), en: new Set(TRADE_WORDS_EN) };

/** English trade words are listed in the singular: "balayages", "daycares", "tinted", "rewired", "waxing". */
const ENGLISH_ENDINGS = ["'s", 's', 'es', 'ed', 'd', 'ing'];

/** Every form of the Russian trade words, made at the first word asked. */
let tradeFormsRu: Set<string> | undefined;

function isTradeWord(word: string, language: Language): boolean {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  const list = TRADE[language];
  if (list.has(lower)) return true;
  if (language === 'en') return ENGLISH_ENDINGS.some((ending) => lower.endsWith(ending) && list.has(lower.slice(0, -ending.length))) || list.has(lower.replace(/ies$/, 'y'));
  tradeFormsRu ??= inflectedForms(TRADE_WORDS_RU);
  return tradeFormsRu.has(lower);
}

/** Numeral and quantity prefixes written solid before any word: "одноуровневый", "двухкомнатный", "многоразовый". */
const QUANTITY_PREFIX =
  /^(?:одно|двух|трех|трёх|четырех|четырёх|пяти|шести|семи|восьми|девяти|десяти|много|мало|полу|само|разно|сверх|обще|низко|высоко|широко|узко|быстро|долго|крупно|мелко|средне|легко|тяжело)(?=.{4})/;

/** Endings of adjectives, participles and adverbs: "не" before them is written solid ("некратный"); before a verb it is not ("немогу"). */
const NE_SOLID = /^не(?=.{4,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ыми|ими|ую|юю|о)$)/;

/** Forms a compound's first stem takes as a word of its own: "пено" of "пена", "бетоно" of "бетон", "полотенце". */
const STEM_ENDINGS = ['', 'а', 'я', 'о', 'е', 'ь', 'ы', 'ый', 'ий', 'ой', 'ия'];

export function createVocabulary(checker: SpellChecker, isAccepted: (word: string, language: Language) => boolean): Vocabulary {
  const isCommon = async (word: string, language: Language): Promise<boolean> => {
    if (isAccepted(word, language) || isTradeWord(word, language) || (await checker.correct(word, language))) return true;
    const lower = word.toLowerCase();
    return lower !== word && (await checker.correct(lower, language));
  };

  /** One lexicon look-up, no rules: for the parts of a compound. */
  const isWord = async (word: string, language: Language) => (await isCommon(word, language)) || (await checker.inLexicon(word, language));

  /** "пеноблок", "бетоноконтакт", "полотенцесушитель", "снегозадержатель": two known stems joined by о/е. */
  const isLinkedCompound = async (word: string): Promise<boolean> => {
    const w = word.toLowerCase();
    for (let i = 3; i < w.length - 4; i++) {
      if (w[i] !== 'о' && w[i] !== 'е') continue;
      const left = w.slice(0, i);
      if (!(await isWord(w.slice(i + 1), 'ru'))) continue;
      for (const ending of STEM_ENDINGS) if (await isWord(left + ending, 'ru')) return true;
    }
    return false;
  };

  const isPrefixed = async (word: string): Promise<boolean> => {
    const w = word.toLowerCase();
    const prefix = QUANTITY_PREFIX.exec(w) ?? NE_SOLID.exec(w);
    return prefix !== null && isKnown(w.slice(prefix[0].length), 'ru');
  };

  /** "café", "crème brûlée", "naïve": the dictionary spells the loanwords without their accents. */
  const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

  const isListed = async (word: string, language: Language): Promise<boolean> => {
    if ((await isWord(word, language)) || (await isKnownForm(word, language, (form) => isWord(form, language)))) return true;
    return language === 'en' && withoutAccents(word) !== word && isCommon(withoutAccents(word), language);
  };

  const isKnown = async (word: string, language: Language): Promise<boolean> => (await isListed(word, language)) || (language === 'ru' && ((await isPrefixed(word)) || isLinkedCompound(word)));

  return { isCommon, isListed, isKnown };
}
