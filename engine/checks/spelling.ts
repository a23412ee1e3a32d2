import type { Block, Material } from '../material/types';
import { findDomains, findEmails, findPhones } from '../names/contacts';
import type { Language } from '../profile/types';
import { doublingAndVowelSlipsOf, farSlipsOf, firstDifference, isDoubling, isVowelSlip, oneEditAway, slipsOf, twoVowelSlipsOf } from '../spelling/corrections';
import { isFrequentPart, ranked } from '../spelling/ranking';
import { PAYMENT_BRANDS, PAYMENT_TERMS } from '../lexicon/en/grammar';
import { SUPPLEMENT_EN, SUPPLEMENT_RU } from '../spelling/supplement';
import { CAR_MAKES_RU } from '../spelling/trade-words-ru';
import { mixedVarietyFindings } from './spelling-variety-en';
import { createVocabulary, type Vocabulary } from '../spelling/vocabulary';
import { languageOfWord, phraseLanguage, scriptOf } from '../text/language';
import { SPLIT_PREFIXES } from '../lexicon/ru/set-phrases';
import { expandLigatures } from '../text/normalise';
import { sentences, words, wordToken, type WordToken } from '../text/segment';
import { StemSet } from '../text/stems';
import { defineCheck, type CheckContext, type DraftFinding } from './types';

const T = {
  ru: (word: string, suggestion: string) => `Возможная опечатка: «${word}» — вероятно, «${suggestion}».`,
  en: (word: string, suggestion: string) => `Possible typo: "${word}" — probably "${suggestion}".`,
};
const LATIN_T = {
  ru: (letter: string, word: string) => `«${letter}» в «${word}» — латинская буква на месте русского слова «${LATIN_ONE_LETTER_WORDS[letter]}» (выглядит так же, но поиск и проверка его не узнают).`,
  en: (letter: string, word: string) => `"${letter}" in "${word}" is a Latin letter where the Russian word «${LATIN_ONE_LETTER_WORDS[letter]}» belongs (it looks the same, but search and checks miss it).`,
};

/** Russian words of one letter and the Latin letters that look like them. */
const LATIN_ONE_LETTER_WORDS: Record<string, string> = { c: 'с', o: 'о', a: 'а', y: 'у', k: 'к', C: 'С', O: 'О', A: 'А', Y: 'У', K: 'К', B: 'В' };

/** Words never checked: the profile's, the user's, the supplement, by stem so every form passes. */
function acceptedStems(context: CheckContext): StemSet {
  const { profile } = context;
  return stemsOf(
    [...(profile.glossary?.words ?? []), ...(profile.names ?? []).flatMap((n) => [n.canonical, ...(n.variants ?? [])]), ...(profile.wrongNames ?? []).map((w) => w.text), ...(context.userWords ?? []), profile.name],
    supplementStems(),
  );
}

/** The supplement's stems, read once: every check of every page accepts them. */
let supplementStemsRead: StemSet | undefined;
const supplementStems = () => (supplementStemsRead ??= stemsOf([...SUPPLEMENT_RU, ...SUPPLEMENT_EN]));

/** Each word of the texts, by fold and by stem. */
function stemsOf(accepted: string[], base?: StemSet): StemSet {
  const stems = new StemSet(base);
  for (const text of accepted) for (const word of words(text, phraseLanguage(text))) stems.add(word.text, languageOfWord(word.text, 'ru'));
  return stems;
}

const CAR_MAKES = new Set(CAR_MAKES_RU);
const isCarMake = (token: WordToken) => CAR_MAKES.has(token.text.toLowerCase().replace(/ё/g, 'е'));
/** A car make written small ("киа") and the word right after it ("тойота королла") are names, not words to correct. */
const isCarModel = (text: string, tokens: WordToken[], i: number) => isCarMake(tokens[i]!) || (i > 0 && isCarMake(tokens[i - 1]!) && /^[ \u00a0]+$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)));

/** Ranges of a block that are not prose: URLs, e-mails, phones. */
function codeRanges(text: string): { start: number; end: number }[] {
  return [...findDomains(text), ...findEmails(text), ...findPhones(text)];
}

/** Endings of Russian surnames in their forms: "Ушаков", "Шабановой", "Аникушину", "Белецкий". */
const SURNAME = /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ову|еву|ину|овой|евой|иной|овым|евым|иным|овых|евых|иных|ский|цкий|ская|цкая|ского|цкого|ской|цкой|ович|евич|овна|евна|овны|евны)$/;

/**
 * A capitalised word that names someone or something: a surname (also at a sentence start, as in
 * reviews), a Latin brand in Russian text, an English possessive. Not a typo to correct; the wrong-name check compares
 * names with the profile's.
 */
function looksLikeName(word: string, material: Language): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  // "Bucky's league" at a sentence start: a capitalised possessive is the owner's name.
  return scriptOf(word) === 'latin' ? material === 'ru' || /['’]s$/u.test(word) : SURNAME.test(word);
}

const TABLE_CELL = new Set(['td', 'th']);

/** "изм.", "м.пог", "Штр", a unit in a price table ("м пог"): a cut word or a consonant cluster is an abbreviation, not a misspelling. */
function isAbbreviation(block: Block, word: WordToken): boolean {
  if (scriptOf(word.text) === 'cyrillic' && !/[аеёиоуыэюя]/i.test(word.text)) return true;
  const text = block.text;
  // A full stop that a lower-case word or a closing bracket or comma follows ends a cut word, not a
  // sentence ("натуральн. мех", "(натуральн.), м2").
  if (text[word.end] === '.' && /^\.(?:[ \u00a0]?\p{Ll}|[),;:\]/])/u.test(text.slice(word.end, word.end + 3))) return true;
  return word.text.length <= 4 && (text[word.end] === '.' || text[word.start - 1] === '.' || TABLE_CELL.has(block.tag ?? ''));
}

const HEADING_TAG = /^(?:h[1-6]|md-heading)$/;
/** "Studio Poicies": a heading of two to eight words, each capitalised (small function words aside), Latin letters only. */
function isTitleCaseHeading(block: Block): boolean {
  if (!HEADING_TAG.test(block.tag ?? '')) return false;
  const all = block.text.split(/\s+/).filter(Boolean);
  if (all.length < 2 || all.length > 8 || /[^\p{Script=Latin}\s&'’-]/u.test(block.text)) return false;
  return all.every((w) => /^\p{Lu}/u.test(w) || /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from)$/.test(w));
}

/** "ПАКЕТ КОМФРТ": a Cyrillic word of six letters or more set in capitals is a word, not an abbreviation. */
const isCapsWord = (word: string) => word.length >= 6 && /^[А-ЯЁ]+$/u.test(word);

/**
 * Letters past which a token is no word a slip could mend (the longest dictionary words have about
 * 35): a hash, a stretched shout, glued garbage. Looking for its slips costs the square of its
 * length in look-ups — a 1,000-letter token took minutes.
 */
const MAX_WORD_LENGTH = 40;

/** A word worth a dictionary look-up: prose letters of one script, not an abbreviation, a name or code. */
function isCheckable(block: Block, word: WordToken, sentenceStarts: Set<number>, material: Language): boolean {
  const w = word.text;
  if (w.length > MAX_WORD_LENGTH) return false;
  // "мото" of "мото запчасти" is a compound's part written apart: the grammar check tells that slip.
  if (material === 'ru' && Object.hasOwn(SPLIT_PREFIXES, w.toLowerCase())) return false;
  if (w.length < 3 || /\d/.test(w) || /[_@.]/.test(w) || scriptOf(w) === 'mixed' || scriptOf(w) === 'none') return false;
  if (isCapsWord(w)) return !isAbbreviation(block, word);
  if (w === w.toUpperCase() || isAbbreviation(block, word) || looksLikeName(w, material)) return false;
  // A capital letter inside a sentence marks a proper name: dictionaries do not know most of them.
  // An English heading in title case capitalises every word, so there a long one is a word after all.
  if (/^\p{Lu}/u.test(w) && !sentenceStarts.has(word.start) && !(material === 'en' && w.length >= 7 && isTitleCaseHeading(block))) return false;
  return !/\p{Lu}/u.test(w.slice(1));
}

/** Prefixes written with a hyphen that are not words of their own: "pre-order", "self-service", "экс-чемпион". */
const COMPOUND_PREFIX = /^(pre|re|co|non|self|anti|multi|post|semi|sub|mid|ex|eco|mini|micro|экс|вице|мини|макси|мульти|ультра|гипер|супер|мега|эко|медиа|пол)$/i;

const withCase = (word: string, model: string) => (model.length > 1 && model === model.toUpperCase() ? word.toUpperCase() : /^\p{Lu}/u.test(model) ? word.charAt(0).toUpperCase() + word.slice(1) : word);

/**
 * Letters a word needs before two slips in it are guessed at. Measured on the words of 42,820
 * street names that no list knows and no single slip mends: a wrong unique guess for 1.1 % of
 * such words of 7 letters, 0.35 % of 8, 0.2 % of 9 and under 0.1 % of 10 or more.
 */
const FAR_SLIP_MIN_LENGTH = 8;
/**
 * A search two vowels deep tries a thousand spellings. A page of real prose has a handful of long
 * unknown words; one with hundreds is jargon or garbage, and the search stops there so it cannot freeze the tab.
 */
const MAX_TWO_VOWEL_SEARCHES = 200;
/** Letters each of two words run together needs. */
const MIN_PART = 5;
/** Prefixes that make new words of known ones, which no dictionary lists all of. */
const WORD_PREFIXES: Record<Language, string[]> = {
  ru: ['под', 'над', 'без', 'бес', 'пере', 'пре', 'при', 'раз', 'рас', 'не', 'анти', 'пред', 'сверх', 'меж', 'пост', 'до', 'об', 'от', 'вы', 'кросс', 'супер', 'мульти'],
  en: ['un', 're', 'pre', 'non', 'sub', 'over', 'under', 'multi', 'dis', 'mis', 'out', 'inter', 'super', 'counter', 'anti'],
};

/** Clipped words that open compounds ("дезсредства", "спецодежда", "медосмотр"), and the letters the rest needs to be judged. */
const CLIPPED_PARTS: Record<Language, string[]> = { ru: ['дез', 'спец', 'мед', 'гос', 'тех', 'проф', 'хоз', 'строй', 'энерго', 'электро', 'агро', 'евро'], en: [] };
const MIN_CLIPPED_REST = 5;

/** Particles written with a hyphen before or after a word ("по-моему", "кто-то", "как-нибудь"), as [before, after]. */
const HYPHENATED_PARTICLES: Record<Language, [string, string][]> = {
  ru: [
    ['по', ''],
    ['кое', ''],
    ['', 'то'],
    ['', 'либо'],
    ['', 'нибудь'],
    ['', 'таки'],
    ['', 'ка'],
  ],
  en: [],
};

/** A misspelt word as written, and its correction; `latin`, a Latin letter written for a Russian word. */
interface Typo {
  word: WordToken;
  suggestion: string;
  latin?: string;
}

/**
 * The correction of a word, or null when it is right or when no plausible correction exists:
 * precision first, an unknown word with nothing close to offer is more likely jargon than a typo.
 */
class Speller {
  private twoVowelSearches = 0;

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly isLexiconOnly: (word: string, language: Language) => Promise<boolean>,
  ) {}

  /** Per page (its words weigh in): a word a page repeats is judged once. */
  private readonly judged = new WeakMap<Set<string>, Map<string, Promise<string | null>>>();

  correction(word: string, language: Language, onPage: Set<string>): Promise<string | null> {
    let page = this.judged.get(onPage);
    if (!page) this.judged.set(onPage, (page = new Map()));
    const key = `${language}\u0000${word}`;
    let answer = page.get(key);
    if (!answer) page.set(key, (answer = this.judge(word, language, onPage)));
    return answer;
  }

  private async judge(word: string, language: Language, onPage: Set<string>): Promise<string | null> {
    if (await this.vocabulary.isCommon(word, language)) return null;
    if (word.includes('-')) return this.hyphenated(word, language, onPage);
    const lower = word.toLowerCase();
    const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
    // "подмосковье": a name written small is the one slip the broad lexicon (all lower case) hides.
    if (word === lower && (await this.vocabulary.isCommon(capitalised, language)) && !(await this.vocabulary.isCommon(lower, language))) return capitalised;
    if (await this.vocabulary.isListed(word, language)) return this.pageVariant(word, language, onPage);
    if (await this.isFormOfKnownWord(lower, language)) return null;
    // A word known only as built of parts ("пено|блок", "не|утеплённый") is a weaker guess: only a
    // listed word a double letter away, or one the same text uses, outweighs it.
    const built = await this.vocabulary.isKnown(word, language);
    const candidates: string[] = [];
    for (const candidate of slipsOf(lower, language)) {
      if (candidate.length < 3) continue;
      const onThePage = onPage.has(candidate);
      const likely = onThePage || isDoubling(lower, candidate);
      // A built word ("мед|е|цинским") one sound-alike vowel from a common word is that word misspelt.
      const heardAlike = built && !likely && isVowelSlip(lower, candidate);
      if (built && !likely && !heardAlike) continue;
      // A doubled vowel mends a word only into a listed one: "скидочную" is no slip of a compound "скидо|очную".
      const vowelDoubled = !onThePage && likely && doubledVowel(lower, candidate);
      const fits = heardAlike ? this.vocabulary.isCommon : built ? this.vocabulary.isListed : vowelDoubled ? this.vocabulary.isListed : likely ? this.vocabulary.isKnown : this.vocabulary.isCommon;
      if (await fits(candidate, language)) candidates.push(candidate);
    }
    // English capitalises names and jargon run together ("Prerender"): only its words written small are split.
    const splits = language === 'ru' || word === lower ? await this.splitsOf(lower, language) : [];
    // A Russian word no list knows and no slip mends, that splits in exactly one place ("онибыли"), was run together.
    const runTogether = language === 'ru' && splits.length === 1 ? splits[0] : undefined;
    const found =
      candidates[0] ??
      (built
        ? undefined
        : ((await this.farCorrection(lower, language, word === lower)) ??
          (word === lower ? ((await this.runTogether(lower, language)) ?? (await this.clippedCompound(lower, language, onPage))) : undefined) ??
          runTogether));
    if (!found) return null;
    // A word found misspelt is offered the likeliest of every correction, its slips and the words it
    // splits into, by how likely each slip is and how common each word. (Hunspell's own list, merged
    // in, mended no more of RUSpellRU's typos and took 3.6 times the CPU.)
    const all = [...candidates, found, ...splits];
    return withCase(ranked(lower, all, language, onPage)[0]!, word);
  }

  /**
   * "небыло" → "не было", "както" → "как-то": a word the writer ran together, as two frequent words
   * (a rare half, or a one-letter word at the end, is likelier a slip elsewhere: "основа я"), or a
   * word and a particle hyphenated.
   */
  private async splitsOf(lower: string, language: Language): Promise<string[]> {
    const splits: string[] = [];
    for (let at = 1; at < lower.length; at++) {
      const [left, right] = [lower.slice(0, at), lower.slice(at)];
      if (HYPHENATED_PARTICLES[language].some(([before, after]) => left === before || right === after)) {
        if (await this.vocabulary.isCommon(`${left}-${right}`, language)) splits.push(`${left}-${right}`);
      } else if (right.length > 1 && isFrequentPart(left, language) && isFrequentPart(right, language)) splits.push(`${left} ${right}`);
    }
    return splits;
  }

  /**
   * An English noun made of a verb, in the plural the lexicon lacks ("weavings" of "weaving",
   * "prunings"): no typo, though one slip from another word.
   */
  private async isFormOfKnownWord(lower: string, language: Language): Promise<boolean> {
    return language === 'en' && /ings$/.test(lower) && this.vocabulary.isCommon(lower.slice(0, -1), language);
  }

  /**
   * "повыситьрезкость", "контуробласти": two common Russian words with the space between them lost,
   * when exactly one place splits the word so. English joins words into new ones too freely
   * ("bootloader", "changelog") and short Russian parts make compounds ("чек|боксы", "кросс|…").
   */
  private async runTogether(lower: string, language: Language): Promise<string | undefined> {
    if (language !== 'ru' || lower.length < 2 * MIN_PART) return undefined;
    const splits: string[] = [];
    for (let at = MIN_PART; at <= lower.length - MIN_PART; at++) {
      const [left, right] = [lower.slice(0, at), lower.slice(at)];
      if (WORD_PREFIXES[language].includes(left)) continue;
      if ((await this.vocabulary.isCommon(left, language)) && (await this.vocabulary.isCommon(right, language))) splits.push(`${left} ${right}`);
      if (splits.length > 1) return undefined;
    }
    return splits[0];
  }

  /**
   * "госуслугги" → "госуслуги": a compound of a clipped word ("дез", "спец", "мед") and a word no list
   * knows that one slip makes a common one. The lexicons list few such compounds whole, so the slip
   * hides behind the clipped part.
   */
  private async clippedCompound(lower: string, language: Language, onPage: Set<string>): Promise<string | undefined> {
    const prefix = CLIPPED_PARTS[language].find((part) => lower.startsWith(part) && lower.length - part.length >= MIN_CLIPPED_REST);
    if (!prefix) return undefined;
    const rest = lower.slice(prefix.length);
    if (await this.vocabulary.isKnown(rest, language)) return undefined;
    const candidates: string[] = [];
    for (const candidate of slipsOf(rest, language)) if (candidate.length >= MIN_CLIPPED_REST && (await this.vocabulary.isCommon(candidate, language))) candidates.push(candidate);
    const fixed = ranked(rest, candidates, language, onPage)[0];
    return fixed ? `${prefix}${fixed}` : undefined;
  }

  /**
   * A long word no list knows and no single slip mends, two slips from exactly one common word:
   * "органицазий" → "организаций". Short words have too many neighbours two slips away to guess.
   */
  private async farCorrection(lower: string, language: Language, writtenSmall: boolean): Promise<string | undefined> {
    if (lower.length < FAR_SLIP_MIN_LENGTH) return undefined;
    const found = new Set<string>();
    for (const candidate of farSlipsOf(lower)) if (await this.vocabulary.isCommon(candidate, language)) found.add(candidate);
    // A capitalised word two vowels from a common one is as likely a name ("Dentalina"), and a prefix
    // before a known word a coinage ("подшаблоны", "unbootable"): only other words written small.
    if (found.size === 0 && writtenSmall && this.twoVowelSearches++ < MAX_TWO_VOWEL_SEARCHES && !(await this.isPrefixed(lower, language))) {
      for (const candidate of twoVowelSlipsOf(lower, language)) if (await this.vocabulary.isCommon(candidate, language)) found.add(candidate);
      // English doubles consonants by etymology, not by ear: a lost doubling comes with a misheard vowel.
      if (found.size === 0 && language === 'en') for (const candidate of doublingAndVowelSlipsOf(lower, language)) if (await this.vocabulary.isCommon(candidate, language)) found.add(candidate);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  private async isPrefixed(lower: string, language: Language): Promise<boolean> {
    for (const prefix of WORD_PREFIXES[language]) if (lower.startsWith(prefix) && (await this.vocabulary.isKnown(lower.slice(prefix.length), language))) return true;
    return false;
  }

  /**
   * A rare word of the broad lexicon that the same page spells, one slip away in its stem, as a
   * common word: "ретинированного" beside "ретенированного", "отчистки" beside "очистки".
   */
  private async pageVariant(word: string, language: Language, onPage: Set<string>): Promise<string | null> {
    if (!(await this.isLexiconOnly(word, language))) return null;
    const lower = word.toLowerCase();
    for (const candidate of slipsOf(lower, language)) {
      if (!onPage.has(candidate) || firstDifference(lower, candidate) >= Math.min(lower.length, candidate.length) - 3) continue;
      if (await this.vocabulary.isCommon(candidate, language)) return withCase(candidate, word);
    }
    return null;
  }

  /** "лако-красочные" → "лакокрасочные"; "фитнесс-клубе" → "фитнес-клубе": only the misspelt part changes. */
  private async hyphenated(word: string, language: Language, onPage: Set<string>): Promise<string | null> {
    const joined = word.replace(/-/g, '');
    const parts = word.split('-');
    const fixed = await Promise.all(
      parts.map(async (part, i) => (part.length < 3 || (i === 0 && COMPOUND_PREFIX.test(part)) || (await this.vocabulary.isKnown(part, language)) ? part : this.correction(part, language, onPage))),
    );
    if (fixed.every((part, i) => part === parts[i])) return null;
    if (await this.vocabulary.isCommon(joined, language)) return joined;
    return fixed.some((part) => part === null) ? null : fixed.join('-');
  }
}

/** The letter a doubling adds or drops is a vowel ("скидоочную"), the rarer slip; "нн" for "н" is the common one. */
const doubledVowel = (word: string, candidate: string) => /[aeiouyаеёиоуыэюя]/iu.test(candidate[firstDifference(word, candidate)] ?? word[firstDifference(word, candidate)] ?? '');

/** A hyphen or dash, spaced or not, that joins the parts of a name ("Витафлор - гель"). */
const NAME_JOIN = /^[ \u00a0]*[-–—][ \u00a0]*$/u;

/**
 * "Витафлор - гель", "Дентимакс-плюс": the word a hyphen joins to a capitalised name no dictionary
 * knows (the profile's glossary may) is the name's part, not a typo.
 */
async function continuesName(text: string, tokens: WordToken[], i: number, dictionaries: Vocabulary, language: Language): Promise<boolean> {
  const name = tokens[i - 1];
  if (!name || !NAME_JOIN.test(text.slice(name.end, tokens[i]!.start)) || !/^\p{Lu}\p{Ll}{2,}$/u.test(name.text)) return false;
  return !(await dictionaries.isKnown(name.text, languageOfWord(name.text, language)));
}

/** A hashtag or a handle ("#зож", "@atlet_club") is a label, not prose. */
const isTag = (text: string, start: number) => /[#@]/.test(text[start - 1] ?? '');

/** The material's words in lower case: a correction the text itself uses is the likeliest one. */
function pageWords(material: Material): Set<string> {
  return new Set(material.blocks.flatMap((block) => words(block.text, material.language).map((w) => w.text.toLowerCase())));
}

/** Soft hyphens and zero-width characters a layout leaves inside a word ("сто\u00adимость"): the reader never sees them. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
/** A word broken at a line's end ("стои-⏎мость", the break often read as a space): when the halves make a word, the hyphen is the layout's. */
const LINE_BREAK_HYPHEN = /^-\s+$/;

/** Indices of words that are halves of one word broken at a line's end, when the whole is a word. */
async function brokenHalves(text: string, tokens: WordToken[], speller: Speller, language: Language, onPage: Set<string>): Promise<Set<number>> {
  const halves = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!LINE_BREAK_HYPHEN.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) continue;
    const whole = `${tokens[i]!.text}${tokens[i + 1]!.text}`.replace(INVISIBLE, '');
    if ((await speller.correction(whole, languageOfWord(whole, language), onPage)) === null) halves.add(i).add(i + 1);
  }
  return halves;
}

/** Where two page elements meet inside a word ("<span>мы на связи</span>с 10:00"), or -1. */
function elementSeamIn(block: Block, word: WordToken): number {
  for (let k = 1; k < block.segments.length; k++) {
    const [before, after] = [block.segments[k - 1]!, block.segments[k]!];
    const differ = before.origin.kind !== 'dom' || after.origin.kind !== 'dom' || before.origin.node !== after.origin.node;
    if (differ && word.start < after.start && after.start < word.end) return after.start - word.start;
  }
  return -1;
}

/** "связис" of "<span>мы на связи</span>с 10:00": two words a layout sets apart, each spelled right. */
async function isTwoWordsOfLayout(block: Block, word: WordToken, speller: Speller, language: Language, onPage: Set<string>): Promise<boolean> {
  const seam = elementSeamIn(block, word);
  if (seam < 0) return false;
  for (const half of [word.text.slice(0, seam), word.text.slice(seam)]) if ((await speller.correction(half, languageOfWord(half, language), onPage)) !== null) return false;
  return true;
}

async function typosOfBlock(block: Block, material: Material, speller: Speller, dictionaries: Vocabulary, onPage: Set<string>, starts: Set<number>): Promise<Typo[]> {
  const skip = codeRanges(block.text);
  const tokens = words(block.text, material.language);
  const halves = await brokenHalves(block.text, tokens, speller, material.language, onPage);
  const typos: Typo[] = [];
  for (const [i, word] of tokens.entries()) {
    if (halves.has(i) || isCarModel(block.text, tokens, i) || !isCheckable(block, word, starts, material.language) || isTag(block.text, word.start) || skip.some((r) => r.start <= word.start && word.start < r.end))
      continue;
    // A ligature is typography's to report; the letters it stands for are what is spelled.
    const visible = expandLigatures(word.text.replace(INVISIBLE, ''));
    const suggestion = await speller.correction(visible, languageOfWord(visible, material.language), onPage);
    if (suggestion && (await continuesName(block.text, tokens, i, dictionaries, material.language))) continue;
    // A capital inside a title-case heading may still be a name or jargon ("Sumners", "Prerender"): only a
    // dropped letter is mended there ("Poicies" → "Policies").
    const inHeading = /^\p{Lu}/u.test(visible) && !starts.has(word.start);
    // "azcentral's" → "azcentrals" only drops a possessive's apostrophe: the word before it is a name.
    const dropsApostrophe = suggestion === visible.replace(/['’]/u, '');
    if (suggestion && suggestion !== visible && !dropsApostrophe && (!inHeading || suggestion.length === visible.length + 1) && !(await isTwoWordsOfLayout(block, word, speller, material.language, onPage)))
      typos.push({ word, suggestion });
  }
  return typos;
}

/**
 * "c 9.00 до 20.00", "y нас": a Latin letter typed for a Russian preposition or conjunction of one
 * letter, before a Russian word or a figure. Small letters anywhere but after a figure ("10 c" may be
 * a unit); capitals only opening a sentence, since inside one they label ("класс A", "витамин C").
 */
function latinLettersOfBlock(block: Block, material: Material, sentenceStarts: Set<number>): Typo[] {
  if (material.language !== 'ru') return [];
  const tokens = words(block.text, material.language);
  return tokens.slice(0, -1).flatMap((letter, i) => {
    const next = tokens[i + 1]!;
    const previous = tokens[i - 1];
    if (!Object.hasOwn(LATIN_ONE_LETTER_WORDS, letter.text) || !/^[ \u00a0]+$/.test(block.text.slice(letter.end, next.start))) return [];
    if (!/^(?:\d|\p{Script=Cyrillic})/u.test(next.text) || (/^\p{Lu}/u.test(letter.text) && (!sentenceStarts.has(letter.start) || !/^\p{Ll}|^\d/u.test(next.text)))) return [];
    // After a figure the letter may be a unit; a Latin word before it or after its figure makes it English ("a 10% discount").
    const afterFigure = /^\d/.test(next.text) ? tokens[i + 2] : undefined;
    if ([previous, afterFigure].some((word) => word && scriptOf(word.text) === 'latin') || (previous && /\d$/.test(previous.text))) return [];
    if (/[\p{L}\d./@_-]/u.test(block.text[letter.start - 1] ?? '')) return [];
    // A time is quoted whole: "c 7:00", not "c 7".
    const end = next.end + (/^\d+$/.test(next.text) ? (/^:\d\d/.exec(block.text.slice(next.end))?.[0].length ?? 0) : 0);
    return [{ word: wordToken(block.text.slice(letter.start, end), letter.start, end), suggestion: `${LATIN_ONE_LETTER_WORDS[letter.text]}${block.text.slice(letter.end, end)}`, latin: letter.text }];
  });
}

/** A way to pay that a word in the same list stands beside: "credit card or", ", PayPal". */
const PAYMENT_WORD = `(?:${[...PAYMENT_TERMS, ...PAYMENT_BRANDS].join('|')})`;
const LIST_JOIN = String.raw`(?:\s*[,/&]\s*|\s+(?:or|and)\s+)`;
/** A capitalised word in a list of ways to pay, or after "pay by", "pay via". */
const IN_PAYMENT_LIST = new RegExp(
  String.raw`(?<=(?<![\p{L}'’-])(?:${PAYMENT_WORD}${LIST_JOIN}|(?:pay|paid|payment|payments) (?:by|via|with|through|using) ))(\p{Lu}[\p{L}]{3,11})(?![\p{L}'’-])|(?<![\p{L}'’-])(\p{Lu}[\p{L}]{3,11})(?=${LIST_JOIN}${PAYMENT_WORD}(?![\p{L}'’-]))`,
  'giu',
);
const BRANDS_BY_LOWER = new Map(PAYMENT_BRANDS.map((brand) => [brand.toLowerCase(), brand]));
/** The payment brand a word is one slip from ("Payal" → "PayPal"), unless it is the brand written in other capitals. */
function brandOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (BRANDS_BY_LOWER.has(lower)) return undefined;
  for (const candidate of oneEditAway(lower, 'en')) if (BRANDS_BY_LOWER.has(candidate)) return BRANDS_BY_LOWER.get(candidate);
  return undefined;
}

/** "credit card or Payal": a payment brand one slip away where the sentence lists ways to pay, so a person's name does not stand there. */
function brandSlipsOfBlock(text: string): Typo[] {
  return [...text.matchAll(IN_PAYMENT_LIST)].flatMap((m) => {
    const written = m[1] ?? m[2]!;
    const brand = /^\p{Lu}/u.test(written) ? brandOf(written) : undefined;
    const start = m.index + m[0].indexOf(written);
    return brand ? [{ word: wordToken(written, start, start + written.length), suggestion: brand }] : [];
  });
}

/** The page's neighbouring words in lower case, "sound system": how the page writes a pair apart. */
function pagePairs(material: Material): Set<string> {
  return new Set(
    material.blocks.flatMap((block) => {
      const tokens = words(block.text, material.language);
      return tokens.slice(1).flatMap((token, i) => (/^\s+$/u.test(block.text.slice(tokens[i]!.end, token.start)) ? [`${tokens[i]!.text} ${token.text}`.toLowerCase()] : []));
    }),
  );
}

/** Letters each half of a run-together English word needs. */
const MIN_HALF = 3;

/**
 * "a portable soundsystem" on a page that writes "Sound System" elsewhere: two words run together, which the page
 * itself writes apart. English joins words freely ("bootloader"), so only the page's own spelling decides, and only
 * for a word no list knows.
 */
async function everyHalfListed(pair: string, isListed: (word: string) => Promise<boolean>): Promise<boolean> {
  for (const half of pair.split(' ')) if (!(await isListed(half))) return false;
  return true;
}

async function runTogetherOnPage(block: Block, material: Material, pairs: Set<string>, isListed: (word: string) => Promise<boolean>): Promise<Typo[]> {
  const typos: Typo[] = [];
  const code = codeRanges(block.text);
  for (const word of words(block.text, material.language)) {
    // "mathiasbynens.be", "github.com/mathiasbynens": an address writes a name joined.
    if (!/^\p{Ll}{7,}$/u.test(word.text) || code.some((range) => range.start <= word.start && word.end <= range.end)) continue;
    const splits = [...Array(word.text.length - 2 * MIN_HALF + 1).keys()].map((i) => `${word.text.slice(0, i + MIN_HALF)} ${word.text.slice(i + MIN_HALF)}`);
    const apart = splits.find((pair) => pairs.has(pair));
    // Both halves words of the language: "jonschlinkert" beside "Jon Schlinkert" is a handle, not a slip.
    if (apart && !(await isListed(word.text)) && (await everyHalfListed(apart, isListed))) typos.push({ word, suggestion: apart });
  }
  return typos;
}

function findingsOf(material: Material, typos: { typo: Typo; block: number }[], language: Language): DraftFinding[] {
  return typos.map(({ typo, block }) => ({
    check: 'spelling',
    severity: 'warning',
    quote: typo.word.text,
    location: { block, start: typo.word.start, end: typo.word.end },
    message: typo.latin ? LATIN_T[language](typo.latin, typo.word.text) : T[language](typo.word.text, typo.suggestion),
    suggestion: typo.suggestion,
    material,
  }));
}

/** How many capitalised labels of one list or table may be unknown before they read as names. */
const NAME_LIST_SIZE = 3;

/** The list or table a block is a label of: its items share a key. */
function listOf(material: Material, index: number): string | null {
  const block = material.blocks[index]!;
  if (block.cell && block.cell.rowLabel === undefined) return `table ${block.cell.headerRow ?? ''} ${block.cell.title ?? ''}`;
  return block.tag === 'li' ? `list ${block.heading ?? ''}` : null;
}

const MATERIAL_SCRIPT: Record<Language, string> = { ru: 'cyrillic', en: 'latin' };

/**
 * The capitalised words of each list or table, in the material's script, that no dictionary knows
 * (the profile's glossary may): the products of a pest-control shop's menu, the dishes of a menu.
 */
async function unknownLabels(material: Material, vocabulary: Vocabulary): Promise<Map<string, Set<string>>> {
  const unknown = new Map<string, Set<string>>();
  for (const block of material.blocks) {
    const key = listOf(material, block.index);
    if (key === null) continue;
    for (const word of words(block.text, material.language)) {
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word.text) || scriptOf(word.text) !== MATERIAL_SCRIPT[material.language]) continue;
      if (await vocabulary.isKnown(word.text, material.language)) continue;
      unknown.set(key, (unknown.get(key) ?? new Set()).add(word.text.toLowerCase()));
    }
  }
  return unknown;
}

/**
 * The labels of one table or list ("Хаски", "Шарпей", "Бордер-колли" in a groomer's price table;
 * dishes, models, a shop's products): when three or more of them look like typos or are words no
 * list knows, the list is of names the dictionaries lack, and none of its capitalised words is
 * reported (a product "Гигиенол" among "Вермитокс" and "Дезолан" is no «Гигиеной»). A typo is a slip
 * among known words, not a run of unknown ones.
 */
function withoutNameLists(material: Material, typos: { typo: Typo; block: number }[], unknown: Map<string, Set<string>>): { typo: Typo; block: number }[] {
  const keyOf = (entry: { typo: Typo; block: number }) => (/^\p{Lu}/u.test(entry.typo.word.text) ? listOf(material, entry.block) : null);
  const names = new Map<string, number>();
  const typoWords = new Map<string, Set<string>>();
  for (const entry of typos) {
    const key = keyOf(entry);
    if (key === null) continue;
    names.set(key, (names.get(key) ?? 0) + 1);
    typoWords.set(key, (typoWords.get(key) ?? new Set()).add(entry.typo.word.text.toLowerCase()));
  }
  // Unknown words that are not typos themselves count beside the typos.
  for (const [key, found] of unknown) if (names.has(key)) names.set(key, names.get(key)! + [...found].filter((word) => !typoWords.get(key)!.has(word)).length);
  return typos.filter((entry) => {
    const key = keyOf(entry);
    return key === null || (names.get(key) ?? 0) < NAME_LIST_SIZE;
  });
}

/** Dictionary spelling in the language of each word's script; the profile's own words always pass. */
async function run(context: CheckContext): Promise<{ findings: DraftFinding[] }> {
  if (!context.spellChecker) return { findings: [] };
  const checker = context.spellChecker;
  const accepted = acceptedStems(context);
  const isAccepted = (word: string, language: Language) => accepted.has(word, language);
  const vocabulary = createVocabulary(checker, isAccepted);
  // The dictionaries without the profile's words: a product the glossary names is still a name they lack.
  const supplement = supplementStems();
  const dictionaries = createVocabulary(checker, (word, language) => supplement.has(word, language));
  const isLexiconOnly = async (word: string, language: Language) => !(await vocabulary.isCommon(word, language)) && checker.inLexicon(word, language);
  const speller = new Speller(vocabulary, isLexiconOnly);
  const findings: DraftFinding[] = [];
  for (const { material } of context.materials) {
    const onPage = pageWords(material);
    const pairs = material.language === 'en' ? pagePairs(material) : new Set<string>();
    const typos: { typo: Typo; block: number }[] = [];
    for (const block of material.blocks) {
      const starts = new Set(sentences(block.text, material.language).map((s) => s.start));
      const found = await typosOfBlock(block, material, speller, dictionaries, onPage, starts);
      // Slips of the language that the dictionary passes: brand misspellings and run-together words in English, Latin look-alike letters in Russian.
      const slips =
        material.language === 'en' ? [...brandSlipsOfBlock(block.text), ...(await runTogetherOnPage(block, material, pairs, (word) => vocabulary.isListed(word, 'en')))] : latinLettersOfBlock(block, material, starts);
      for (const typo of [...found, ...slips.filter((slip) => !found.some((typo) => typo.word.start === slip.word.start))]) typos.push({ typo, block: block.index });
    }
    findings.push(...findingsOf(material, withoutNameLists(material, typos, await unknownLabels(material, dictionaries)), context.language));
    if (material.language === 'en') findings.push(...mixedVarietyFindings(material, context.language));
  }
  return { findings };
}

export const spellingCheck = defineCheck({ id: 'spelling', label: { ru: 'Орфография', en: 'Spelling' }, ofWords: true, saidOncePerMaterial: true, inPreview: true, run });
