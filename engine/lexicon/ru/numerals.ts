/**
 * Russian numerals as the agreement rules need them: which form wants which noun, and the parts of a
 * compound numeral by their place ("сто двадцать пять": hundreds, tens, units).
 */

/**
 * Numerals of one gender, each with the form of the other: the noun after them has their gender
 * ("две недели", "два дня"), and the other form is the fix. «Оба», «обе» are judged with the set phrases.
 */
export const GENDER_PAIRS: Record<string, string> = { два: 'две', две: 'два', полтора: 'полторы', полторы: 'полтора' };

/**
 * Nouns of the time of day that stand in the genitive singular after a clock time ("в пять утра",
 * "до семи вечера"): the number is the hour's, not theirs.
 */
export const TIME_OF_DAY: ReadonlySet<string> = new Set(['утра', 'дня', 'вечера', 'ночи', 'пополудни']);

/** Collective numerals ("двое", "трое"): they count people, young animals and nouns with no singular only. */
export const COLLECTIVE_TO_CARDINAL: Record<string, string> = {
  двое: 'два/две',
  трое: 'три',
  четверо: 'четыре',
  пятеро: 'пять',
  шестеро: 'шесть',
  семеро: 'семь',
  восьмеро: 'восемь',
  девятеро: 'девять',
  десятеро: 'десять',
};

/** The nominative forms of «один». */
export const ONE_NOMINATIVE: ReadonlySet<string> = new Set(['один', 'одна', 'одно']);
