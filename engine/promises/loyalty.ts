import { isNegated } from '../text/negation';
import { findNumbers } from '../text/numbers';
import { eachSentence, makePromise, type SentenceView } from './common';
import type { ExtractedPromise, Extractor } from './types';
import { wordsSource } from '../lexicon/compile';
import * as RU from '../lexicon/ru/promises';
import * as EN from '../lexicon/en/promises';

/** Buy `buy`, get `free` free; a reward for every single referral is `buy: 0`. */
export interface LoyaltyClaim {
  buy: number;
  free: number;
}

const REWARD = /^(?:\s*[\p{L}-]+){0,3}?\s*[-–—]?\s*(?:(?:is|are|будет|—)\s+)?(в\s+подарок|бесплатно|бесплатн\p{L}*|за\s+наш\s+сч[её]т|даром|free|on\s+us|on\s+the\s+house|gratis|in\s+a\s+gift|за\s+0\s*₽)(?!\p{L})/iu;
const BUY_GET = /(?<!\p{L})(купи(те)?|покупа\p{L}*|при\s+покупке|buy)\s+(\d+|[\p{L}]+)\b[^.!?]{0,40}?(получи(те)?|get|и)?\s*(\d+|[\p{L}]+)?\s*[\p{L}-]*\s*(в\s+подарок|бесплатно|free)/giu;
const N_FOR_M = /(?<![\d\p{L}])(\d)\s*\+\s*(\d)(?![\d%])|(?<![\d\p{L}])(\d)\s+(?:по\s+цене|for\s+the\s+price\s+of)\s+(\d)(?!\d)/giu;
/** "Собери 6 наклеек и получи кофе бесплатно", "collect 8 stamps for a free coffee": the reward after N. */
const COLLECT = new RegExp(
  String.raw`(?<!\p{L})${wordsSource(RU.COLLECT, EN.COLLECT)}\s+(\d+|\p{L}+)\s+${wordsSource(RU.STAMPS, EN.STAMPS)}(?!\p{L})[^.!?]{0,40}?${wordsSource(RU.AS_A_GIFT, EN.AS_A_GIFT)}(?!\p{L})`,
  'iu',
);
/** "приведи трёх друзей", "refer two friends": the reward comes with the Nth friend, as "every Nth" does. */
const COUNTED_REFERRAL = /(?<!\p{L})(?:привед(?:и|ите)|приглас(?:и|ите)|refer|bring|invite)\s+(\d+|\p{L}+)\s+(?:друз\p{L}*|друга|friends)(?!\p{L})/iu;
const REFERRAL = /(?<!\p{L})(привед(и|ите)\s+друг\p{L}*|приглас(и|ите)\s+друг\p{L}*|за\s+каждого\s+(приглашённого\s+|приглашенного\s+)?друга|refer\s+a\s+friend|bring\s+a\s+friend|invite\s+a\s+friend)(?!\p{L})/iu;

function ordinalRewards(view: SentenceView): ExtractedPromise[] {
  const { text } = view;
  return findNumbers(text).flatMap((number) => {
    if (!number.ordinal || number.value < 2 || number.value > 50) return [];
    const reward = REWARD.exec(text.slice(number.end));
    if (!reward || isNegated(text, number.start, view.context.language)) return [];
    const claim: LoyaltyClaim = { buy: number.value - 1, free: 1 };
    const every = /(кажд\p{L}*|every)\s*$/iu.exec(text.slice(0, number.start));
    const start = every ? number.start - every[0].length : number.start;
    return [makePromise(view, 'loyalty', { start, end: number.end + reward[0].length }, claim)];
  });
}

/** A count written in digits or in words: "9", "трёх", "two". */
const countIn = (word: string) => Number(word) || findNumbers(word)[0]?.value;

function explicitRules(view: SentenceView): ExtractedPromise[] {
  const { text } = view;
  const found: ExtractedPromise[] = [];
  for (const m of text.matchAll(BUY_GET)) {
    const buy = countIn(m[3]!);
    const free = m[6] ? countIn(m[6]) : 1;
    if (!buy || !free || findNumbers(m[6] ?? '')[0]?.ordinal) continue;
    found.push(makePromise(view, 'loyalty', { start: m.index, end: m.index + m[0].length }, { buy, free } satisfies LoyaltyClaim));
  }
  for (const m of text.matchAll(N_FOR_M)) {
    const [buy, free] = m[1] ? [Number(m[1]), Number(m[2])] : [Number(m[4]), Number(m[3]) - Number(m[4])];
    if (buy >= 1 && free >= 1) found.push(makePromise(view, 'loyalty', { start: m.index, end: m.index + m[0].length }, { buy, free } satisfies LoyaltyClaim));
  }
  const collect = COLLECT.exec(text);
  const stamps = collect && countIn(collect[1]!);
  if (collect && stamps) found.push(makePromise(view, 'loyalty', { start: collect.index, end: collect.index + collect[0].length }, { buy: stamps, free: 1 } satisfies LoyaltyClaim));
  const counted = COUNTED_REFERRAL.exec(text);
  const friends = counted && countIn(counted[1]!);
  const referral = counted && friends ? counted : REFERRAL.exec(text);
  if (referral && /(подар\p{L}*|бесплатн\p{L}*|получи\p{L}*|бонус\p{L}*|free|get|reward)/iu.test(text.slice(referral.index))) {
    const claim: LoyaltyClaim = { buy: referral === counted && friends ? friends - 1 : 0, free: 1 };
    found.push(makePromise(view, 'loyalty', { start: referral.index, end: referral.index + referral[0].length }, claim));
  }
  return found;
}

/** Loyalty rules: "каждый шестой кофе в подарок", "the 8th coffee is on us", "buy 9 get 1 free", "2+1". */
export const loyaltyExtractor: Extractor = {
  kind: 'loyalty',
  extract: (context) =>
    eachSentence(context).flatMap((view) => {
      const ordinal = ordinalRewards(view);
      return ordinal.length > 0 ? ordinal : explicitRules(view);
    }),
};
