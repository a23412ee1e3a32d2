import type { Language } from '../profile/types';
import { CLAIM_WORDS, type ClaimWords } from '../lexicon/claims';
import { compilePhrase, phraseEndAt, phrasesAt, stemWords, type PhrasePattern, type StemmedWord } from './stems';
import { wordsSource } from '../lexicon/compile';
import * as RU from '../lexicon/ru/statistics';
import * as EN from '../lexicon/en/statistics';

/** A block that names where a claim comes from: a rating, a survey, a footnote. */
export const SOURCE_CITED = new RegExp(String.raw`${wordsSource(RU.SOURCE_CUES, EN.SOURCE_CUES)}|\*\s*\S|¹|²`, 'iu');

/**
 * "#1" with the word it ranks by ("#1-rated", "#1 builder"), and "№ 1" or "номер один" that ranks ("№ 1 в городе", "No. 1 in town"): "номер 1 категории"
 * and "кабинет № 1" only count.
 */
const NUMBER_ONE = /(?<![\p{L}\d])(?:#\s*1(?:-\p{L}+|[ \u00a0]+\p{L}+)?|(?:(?:№|N|номер|no\.)\s*1|номер\s+один)(?=\s+(?:в|во|среди|на\s+рынке|по|in|of|among)(?!\p{L})))(?![\d\p{L}])/giu;
/** Things numbered, not ranked: "Unit #1", "Suite #1", "кабинет № 1". */
const NUMBERED_THINGS = new Set([
  'unit',
  'suite',
  'apt',
  'apartment',
  'room',
  'lot',
  'store',
  'shop',
  'building',
  'bldg',
  'gate',
  'office',
  'booth',
  'box',
  'bay',
  'dock',
  'studio',
  'hall',
  'court',
  'field',
  'lane',
  'station',
  'step',
  'tip',
  'rule',
  'item',
  'page',
  'part',
  'grade',
  'level',
  'location',
  'кабинет',
  'офис',
  'зал',
  'корпус',
  'павильон',
  'школа',
  'гимназия',
  'лицей',
  'больница',
  'поликлиника',
  'магазин',
  'склад',
  'подъезд',
  'этаж',
  'шаг',
  'пункт',
  'этап',
  'выпуск',
]);

const wordBefore = (text: string, at: number) => /(\p{L}+)[\s.:]*$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.toLowerCase() ?? '';

/** A statistic about customers with no study behind it ("80% клиентов рекомендуют нас", "9 out of 10 customers come back"). */
const CUSTOMER_STATISTIC = new RegExp(
  String.raw`(?<![\p{L}\d])(?:\d{1,3}\s?%|\d{1,2} из \d{1,3}|\d{1,2} out of \d{1,3})\s+(?:${wordsSource(RU.OUR, EN.OUR)}\s+)?${wordsSource(RU.CUSTOMERS, EN.CUSTOMERS)}\s+(?:\p{L}+\s+)?${wordsSource(RU.CUSTOMERS_APPROVE, EN.CUSTOMERS_APPROVE)}(?!\p{L})`,
  'giu',
);
/** "100 % попадание в цвет" vouches for quality; the word after the sign decides (see `amounts`). */
const HUNDRED_PERCENT = /(?<![\d.,])100\s?%[ \u00a0]+(?=\p{L})/gu;

export interface FoundClaim {
  start: number;
  end: number;
}

type Phrases = PhrasePattern[];
interface CompiledClaimWords {
  language: Language;
  rank: Phrases;
  idiomsAfterRank: Phrases;
  notRank: Set<string>;
  idiomsWithRank: Phrases;
  choosing: Phrases;
  superlativeMarkers: Set<string>;
  praise: Phrases;
  praiseWithinOffer: Phrases;
  wholePhrases: Phrases;
  first: PhrasePattern;
  firstOf: Phrases;
  rankOfBusiness: Phrases;
  only: PhrasePattern;
  notOnlyOf: Phrases;
  amounts: Phrases;
  guaranteed: Phrases;
  guaranteedOutcomes: Phrases;
  aims: Phrases;
  pastRank: Set<string>;
  ourselves: Phrases;
  oneOf: Phrases;
  nobody: Phrases;
  nobodyComparatives: Set<string>;
  likeUs: Phrases;
  notARankAfterNobody: Phrases;
}

const FIRST: Record<Language, { first: string; only: string; guaranteed: string[] }> = {
  ru: { first: 'первый', only: 'единственный', guaranteed: ['гарантированный', 'гарантируем', 'гарантирую'] },
  en: { first: 'the first', only: 'the only', guaranteed: ['guaranteed', 'we guarantee'] },
};

const compiledCache = new Map<Language, CompiledClaimWords>();

function compiled(language: Language): CompiledClaimWords {
  let found = compiledCache.get(language);
  if (found) return found;
  const words: ClaimWords = CLAIM_WORDS[language];
  const phrases = (list: string[]) => list.map((phrase) => compilePhrase(phrase, language));
  found = {
    language,
    rank: phrases(words.rank),
    idiomsAfterRank: phrases(words.idiomsAfterRank),
    notRank: new Set(words.notRank),
    idiomsWithRank: phrases(words.idiomsWithRank),
    choosing: phrases(words.choosing),
    superlativeMarkers: new Set(words.superlativeMarkers),
    praise: phrases(words.praise),
    praiseWithinOffer: phrases(words.praiseWithinOffer),
    wholePhrases: phrases(words.wholePhrases),
    first: compilePhrase(FIRST[language].first, language),
    firstOf: phrases(words.firstOf),
    rankOfBusiness: phrases(words.rankOfBusiness),
    only: compilePhrase(FIRST[language].only, language),
    notOnlyOf: phrases(words.notOnlyOf),
    amounts: phrases(words.amounts),
    guaranteed: phrases(FIRST[language].guaranteed),
    guaranteedOutcomes: phrases(words.guaranteedOutcomes),
    aims: phrases(words.aims),
    pastRank: new Set(words.pastRank),
    ourselves: phrases(words.ourselves),
    oneOf: phrases(words.oneOf),
    nobody: phrases(words.nobody),
    nobodyComparatives: new Set(words.nobodyComparatives),
    likeUs: phrases(words.likeUs),
    notARankAfterNobody: phrases(words.notARankAfterNobody),
  };
  compiledCache.set(language, found);
  return found;
}

/** The end of the first of `list` that starts at word `at`, or -1. */
function anyAt(list: Phrases, textWords: StemmedWord[], at: number): number {
  for (const { end } of phrasesAt(list, textWords, at)) return end;
  return -1;
}

/**
 * The end of the praise word at `at`, or -1. English stems join "comfortable" and "comfort": after
 * "most" only the adjective itself praises ("the most comfort" is an amount, not a rank).
 */
function praiseEndAt(words: CompiledClaimWords, textWords: StemmedWord[], at: number): number {
  for (const { pattern, end } of phrasesAt(words.praise, textWords, at)) {
    if (words.language !== 'en' || textWords[at]!.folded.startsWith(pattern.parts[0]!.folded)) return end;
  }
  return -1;
}

/** The end of a business word at `at` or one word on ("самых популярных ремонтных центров"), or -1. */
function businessAfter(words: CompiledClaimWords, textWords: StemmedWord[], at: number): number {
  return Math.max(anyAt(words.firstOf, textWords, at), anyAt(words.firstOf, textWords, at + 1));
}

/** Russian adjective endings: the one word that may stand between a rank and the business ("ведущих транспортных компаний"). */
const RUSSIAN_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ую|юю|ых|их|ыми|ими)$/u;

/**
 * The end of the business a rank word ranks, or -1: right after it, or after one word that
 * describes it ("ведущих транспортных компаний"), never after a noun ("ведущий специалист клиники").
 */
function rankedBusinessAfter(words: CompiledClaimWords, textWords: StemmedWord[], at: number): number {
  const direct = anyAt(words.firstOf, textWords, at);
  if (direct >= 0) return direct;
  const between = textWords[at]?.folded ?? '';
  return words.language === 'en' || RUSSIAN_ADJECTIVE.test(between) ? anyAt(words.firstOf, textWords, at + 1) : -1;
}

/** Indexes of the words inside a set phrase that holds a rank word and ranks nothing. */
function idiomWords(textWords: StemmedWord[], words: CompiledClaimWords): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < textWords.length; i++) {
    const end = anyAt(words.idiomsWithRank, textWords, i);
    for (let k = i; k < end; k++) inside.add(k);
  }
  return inside;
}

/** Word ranges [from, to) of the claims in one language's words. */
function claimsIn(textWords: StemmedWord[], words: CompiledClaimWords): [number, number][] {
  const found: [number, number][] = [];
  const chosenBefore = (at: number) => [1, 2, 3].some((back) => at - back >= 0 && anyAt(words.choosing, textWords, at - back) >= 0);
  const inIdiom = idiomWords(textWords, words);
  for (let i = 0; i < textWords.length; i++) {
    const word = textWords[i]!;
    const rankEnd = words.notRank.has(word.folded) || inIdiom.has(i) ? -1 : anyAt(words.rank, textWords, i);
    if (rankEnd >= 0 && anyAt(words.idiomsAfterRank, textWords, rankEnd) < 0 && !chosenBefore(i)) found.push([i, rankEnd]);
    if (words.superlativeMarkers.has(word.folded)) {
      const praiseEnd = praiseEndAt(words, textWords, i + 1);
      // «самым быстрым способом», "the quickest way to reach us" rank ways of doing a thing, not the business.
      if (praiseEnd >= 0 && !chosenBefore(i) && anyAt(words.idiomsAfterRank, textWords, praiseEnd) < 0) found.push([i, praiseEnd]);
      const withinOfferEnd = anyAt(words.praiseWithinOffer, textWords, i + 1);
      const businessEnd = withinOfferEnd >= 0 ? businessAfter(words, textWords, withinOfferEnd) : -1;
      if (businessEnd >= 0) found.push([i, businessEnd]);
    }
    const rankOfBusinessEnd = anyAt(words.rankOfBusiness, textWords, i);
    const rankedBusinessEnd = rankOfBusinessEnd >= 0 ? rankedBusinessAfter(words, textWords, rankOfBusinessEnd) : -1;
    if (rankedBusinessEnd >= 0) found.push([i, rankedBusinessEnd]);
    const wholeEnd = anyAt(words.wholePhrases, textWords, i);
    if (wholeEnd >= 0) found.push([i, wholeEnd]);
    const firstEnd = phraseEndAt(words.first, textWords, i);
    const firstOfEnd = firstEnd >= 0 ? anyAt(words.firstOf, textWords, firstEnd) : -1;
    if (firstOfEnd >= 0) found.push([i, firstOfEnd]);
    const onlyEnd = phraseEndAt(words.only, textWords, i);
    // One word may describe what is the only one ("the only humane way").
    if (onlyEnd >= 0 && anyAt(words.notOnlyOf, textWords, onlyEnd) < 0 && anyAt(words.notOnlyOf, textWords, onlyEnd + 1) < 0) found.push([i, onlyEnd]);
    const guaranteedEnd = anyAt(words.guaranteed, textWords, i);
    // One word may qualify the outcome ("гарантируем положительный результат").
    const outcomeEnd = guaranteedEnd >= 0 ? Math.max(anyAt(words.guaranteedOutcomes, textWords, guaranteedEnd), anyAt(words.guaranteedOutcomes, textWords, guaranteedEnd + 1)) : -1;
    if (outcomeEnd >= 0) found.push([i, outcomeEnd]);
    // "the Valley's only hand car wash": the only one of a place, as "the only … in the Valley" is.
    const possessiveOnly = words.language === 'en' && word.folded === 'the' && /['’"]s$/.test(textWords[i + 1]?.folded ?? '') && textWords[i + 2]?.folded === 'only';
    if (possessiveOnly && anyAt(words.notOnlyOf, textWords, i + 3) < 0) found.push([i, i + 3]);
    const guaranteedAfter = guaranteeAfterOutcome(textWords, words, i);
    if (guaranteedAfter >= 0) found.push([i, guaranteedAfter]);
  }
  return found;
}

/** How many words may stand between "no one" and its comparative ("no one in Cardiff works harder"). */
const COMPARATIVE_REACH = 4;
/** How many words may stand between "no one" and the "…that we have" that closes the comparison. */
const LIKE_US_REACH = 12;

/**
 * "No one works harder for you", "nobody has the reviews that we have", "никто не сделает дешевле":
 * a comparison with everyone, opened by "no one" and closed in the same sentence by a comparative or
 * by "like us". The word range [from, to) of each, or none when the customer is the one compared
 * ("no one likes to pay more").
 */
function nobodyComparisons(text: string, textWords: StemmedWord[], words: CompiledClaimWords): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < textWords.length; i++) {
    const nobodyEnd = anyAt(words.nobody, textWords, i);
    if (nobodyEnd < 0) continue;
    // A comma ends the reach of a comparative ("no one leaves hungry, and the more…"), not of a list before "that we have".
    let commaBefore = false;
    for (let k = nobodyEnd; k < textWords.length && k <= nobodyEnd + LIKE_US_REACH; k++) {
      const between = text.slice(textWords[k - 1]!.end, textWords[k]!.start);
      if (/[.!?;:]/.test(between) || anyAt(words.notARankAfterNobody, textWords, k) >= 0) break;
      commaBefore ||= between.includes(',');
      const likeUsEnd = anyAt(words.likeUs, textWords, k);
      if (words.nobodyComparatives.has(textWords[k]!.folded) && k <= nobodyEnd + COMPARATIVE_REACH && !commaBefore) found.push([i, k + 1]);
      else if (likeUsEnd >= 0) found.push([i, likeUsEnd]);
      else continue;
      break;
    }
  }
  return found;
}

/** How many words may stand between an outcome and its guarantee ("результат практически в каждом случае гарантирован"). */
const OUTCOME_REACH = 5;

/**
 * "Результат гарантирован", "results guaranteed": the outcome first, its guarantee a few words on;
 * the end of the claim, or -1. "Результат не гарантирован" denies it.
 */
function guaranteeAfterOutcome(textWords: StemmedWord[], words: CompiledClaimWords, at: number): number {
  const outcomeEnd = anyAt(words.guaranteedOutcomes, textWords, at);
  if (outcomeEnd < 0 || namesAPolicy(textWords, outcomeEnd)) return -1;
  for (let k = outcomeEnd; k < textWords.length && k <= outcomeEnd + OUTCOME_REACH; k++) {
    const end = anyAt(words.guaranteed, textWords, k);
    // "…is guaranteed to be sent by post" guarantees the sending, not the outcome.
    if (end >= 0) return /^(не|not|no)$/i.test(textWords[k - 1]?.folded ?? '') || textWords[end]?.folded === 'to' ? -1 : end;
  }
  return -1;
}

/** "Satisfaction Guarantee" over its terms: the noun right after the outcome names a policy, it vouches for nothing. */
const namesAPolicy = (textWords: StemmedWord[], outcomeEnd: number) => /^guarantees?$/.test(textWords[outcomeEnd]?.folded ?? '');

/** "Один из лучших": the quote starts at "один из" when it stands right before the claim. */
function withOneOf(textWords: StemmedWord[], words: CompiledClaimWords, from: number): number {
  for (const back of [2, 3]) {
    if (from - back >= 0 && anyAt(words.oneOf, textWords, from - back) === from) return from - back;
  }
  return from;
}

/** "Наша цель — безупречное качество": a claim after an aim word is a goal, not a fact. */
function isAim(textWords: StemmedWord[], words: CompiledClaimWords, from: number): boolean {
  for (let i = 0; i < from; i++) if (anyAt(words.aims, textWords, i) >= 0) return true;
  return false;
}

/** "Театр считался одним из лучших в Москве": a past rank of something the sentence does not say is ours. */
function ranksThePast(textWords: StemmedWord[], words: CompiledClaimWords, from: number): boolean {
  const past = textWords.slice(0, from).some((word) => words.pastRank.has(word.folded));
  return past && !textWords.some((_, i) => anyAt(words.ourselves, textWords, i) >= 0);
}

function hundredPercentClaims(text: string, textWords: StemmedWord[]): FoundClaim[] {
  const found: FoundClaim[] = [];
  for (const match of text.matchAll(HUNDRED_PERCENT)) {
    const after = match.index + match[0].length;
    const next = textWords.findIndex((word) => word.start >= after);
    if (next < 0 || textWords[next]!.start !== after) continue;
    const isAmount = (['ru', 'en'] as Language[]).some((language) => anyAt(compiled(language).amounts, textWords, next) >= 0);
    if (!isAmount) found.push({ start: match.index, end: textWords[next]!.end });
  }
  return found;
}

/** Every unbacked superlative or absolute claim in a text, in either language's words. */
export function findSuperlatives(text: string): FoundClaim[] {
  const textWords = stemWords(text, 'ru');
  const found: FoundClaim[] = [...hundredPercentClaims(text, textWords)];
  for (const m of text.matchAll(NUMBER_ONE)) if (!NUMBERED_THINGS.has(wordBefore(text, m.index))) found.push({ start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(CUSTOMER_STATISTIC)) found.push({ start: m.index, end: m.index + m[0].length });
  for (const language of ['ru', 'en'] as Language[]) {
    const words = compiled(language);
    for (const [from, to] of [...claimsIn(textWords, words), ...nobodyComparisons(text, textWords, words)]) {
      if (isAim(textWords, words, from) || ranksThePast(textWords, words, from)) continue;
      found.push({ start: textWords[withOneOf(textWords, words, from)]!.start, end: textWords[to - 1]!.end });
    }
  }
  return joinedWhenClose(text, withoutOverlaps(found));
}

/** "the best service for the best price": claims a few words apart in one clause are one claim to back. */
function joinedWhenClose(text: string, claims: FoundClaim[]): FoundClaim[] {
  const joined: FoundClaim[] = [];
  for (const claim of claims) {
    const last = joined[joined.length - 1];
    const between = last ? text.slice(last.end, claim.start) : '';
    if (last && between.length <= 30 && !/[.!?;:,()]/.test(between)) last.end = claim.end;
    else joined.push({ ...claim });
  }
  return joined;
}

/** The longest of overlapping claims, in text order. */
function withoutOverlaps(found: FoundClaim[]): FoundClaim[] {
  const kept: FoundClaim[] = [];
  for (const claim of [...found].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!kept.some((k) => claim.start < k.end && k.start < claim.end)) kept.push(claim);
  }
  return kept.sort((a, b) => a.start - b.start);
}
