import type { Morphology, WordParse } from '../text/morphology';
import { ADJECTIVES_TAKING_OBJECTS, CASES, DEGREE_ADVERBS, IMPERSONAL_VERBS, KIND_GENITIVES, POSSESSIVES, PO_PLURAL_ACCUSATIVES, PREPOSITION_CASES, SAME_CASE, SIZE_WORDS } from '../lexicon/ru/government';
import { words, type WordToken } from '../text/segment';

/** Two words that cannot stand together as written: the range and what is wrong. */
export interface AgreementHit {
  start: number;
  end: number;
  message: { ru: string; en: string };
  /** The words as they should be, where there is one way to mend them. */
  suggestion?: string;
  /** One slip however often and in whatever words it shows on a material ("2х-комнатная", "3х-комнатная"): said once. */
  sameFault?: string;
}

const CASE_NAMES: Record<string, { ru: string; en: string }> = {
  gent: { ru: 'родительного', en: 'genitive' },
  datv: { ru: 'дательного', en: 'dative' },
  accs: { ru: 'винительного', en: 'accusative' },
  ablt: { ru: 'творительного', en: 'instrumental' },
  loct: { ru: 'предложного', en: 'prepositional' },
};

export const caseOf = (parse: WordParse) => {
  const found = CASES.find((c) => parse.grammemes.has(c));
  return found ? (SAME_CASE[found] ?? found) : null;
};
const numberOf = (parse: WordParse) => (parse.grammemes.has('plur') ? 'plur' : parse.grammemes.has('sing') ? 'sing' : null);
export const genderOf = (parse: WordParse) => ['masc', 'femn', 'neut'].find((g) => parse.grammemes.has(g)) ?? null;
const animacyOf = (parse: WordParse) => (parse.grammemes.has('anim') ? 'anim' : parse.grammemes.has('inan') ? 'inan' : null);

/** An adjective reading agrees with a noun reading in case, number, gender (singular) and animacy (accusative). */
export function agrees(adjective: WordParse, noun: WordParse): boolean {
  const wordCase = caseOf(adjective);
  if (!wordCase || wordCase !== caseOf(noun) || numberOf(adjective) !== numberOf(noun)) return false;
  const commonGender = noun.grammemes.has('ms-f') || noun.grammemes.has('Ms-f') || noun.grammemes.has('GNdr');
  if (numberOf(adjective) === 'sing' && !commonGender && genderOf(adjective) && genderOf(noun) && genderOf(adjective) !== genderOf(noun)) return false;
  const animacy = animacyOf(adjective);
  return wordCase !== 'accs' || !animacy || noun.grammemes.has('Inmx') || noun.grammemes.has(animacy);
}

/** Words whose every reading is certain enough to judge: no indeclinable, abbreviated or name readings. */
export const UNSURE = ['Fixd', 'Abbr', 'Init', 'Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad'];
export const judgeable = (parses: readonly WordParse[], kinds: string[]) => parses.length > 0 && parses.every((p) => kinds.includes(p.pos) && !UNSURE.some((g) => p.grammemes.has(g)));

const MIN_PHRASE_WORDS = 5;
/** Adverbial phrases whose adjective belongs to the phrase, not to the noun after it ("в общем люди довольны"). */
const IDIOMS = ['в общем', 'в целом', 'в дальнейшем', 'в основном', 'в среднем', 'в частности', 'по крайней', 'по большей', 'в конечном', 'в последнее', 'с лишним', 'что такое', 'что такой', 'что такая', 'что такие'];
const isIdiom = (tokens: WordToken[], at: number) => {
  const phrase = `${tokens[at - 1]?.text ?? ''} ${tokens[at]!.text}`.toLowerCase();
  return IDIOMS.includes(phrase);
};

/** Relative pronouns open a clause ("у которого проблемы"): the noun after them is not theirs. */
const NOT_ATTRIBUTES = /^(котор|чей|чья|чьё|чье|чьи|чьего|чьей|чьих)/iu;

export const isCyrillicWord = (token: WordToken) => /^[а-яё]+$/iu.test(token.text);
/** A word in small letters, '' for none. */
export const lower = (token: WordToken | undefined) => token?.lower ?? '';
export const isLower = (token: WordToken) => token.text === lower(token);
/** A test of one reading for a grammeme ("plur", "gent"). */
export const has = (grammeme: string) => (parse: WordParse) => parse.grammemes.has(grammeme);
export const onlySpaceBetween = (text: string, left: WordToken, right: WordToken) => /^[ \u00a0]+$/.test(text.slice(left.end, right.start));

/** The word after the one at `at` when the two are Cyrillic words of one phrase (only a space between, the second written small). */
function phraseNext(text: string, tokens: WordToken[], at: number): WordToken | undefined {
  const [word, next] = [tokens[at]!, tokens[at + 1]];
  return next && isCyrillicWord(word) && isCyrillicWord(next) && isLower(next) && onlySpaceBetween(text, word, next) ? next : undefined;
}

/** Two words whose cases do not fit together, quoted as one. */
function caseSlip(text: string, first: WordToken, last: WordToken): AgreementHit {
  const quote = text.slice(first.start, last.end);
  return { start: first.start, end: last.end, message: { ru: `«${quote}»: слова не согласованы — проверьте падеж`, en: `"${quote}": the words do not agree in case` } };
}

/** "два новых зала", "5 удобных кабинетов": after a numeral an adjective takes another case than its noun. */
function followsNumeral(tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const previous = tokens[at - 1];
  if (!previous) return false;
  if (/\d/.test(previous.text)) return true;
  return morphology.parse(previous.text).some((p) => p.pos === 'NUMR') || /^(пол|полтора|полторы|оба|обе)$/iu.test(previous.text);
}

/**
 * Words joined by "и", "или" or a comma share one noun or one adjective: "изумительные тесто и
 * начинка", "по юридическому и фактическому адресам", "на первой и на последней страницах" agree
 * as a group, not word by word.
 */
const COORDINATION = /^(?:\s*,|\s+(?:и|или|либо)\s)/u;
/** "на первой и на …": the preposition before the first adjective repeated after the conjunction ("простым языком и с …" repeats none). */
const REPEATED_PREPOSITION = /(?:^|\s)(\p{L}+)\s+\p{L}+\s+(?:и|или|либо)\s+(\p{L}+)\s*$/u;
function isCoordinated(text: string, adjective: WordToken, noun: WordToken): boolean {
  const before = text.slice(Math.max(0, adjective.start - 40), adjective.start);
  const repeated = REPEATED_PREPOSITION.exec(before);
  return COORDINATION.test(text.slice(noun.end, noun.end + 8)) || /(?:,|(?:^|\s)(?:и|или|либо))\s*$/u.test(before) || (repeated !== null && repeated[1]!.toLowerCase() === repeated[2]!.toLowerCase());
}

/** A noun known only as a plural genitive is often a word the dictionary lacks ("квест" read as of "кве́ста"). */
const onlyPluralGenitive = (parses: readonly WordParse[]) => parses.every((p) => p.grammemes.has('plur') && p.grammemes.has('gent'));

/**
 * Cases in which an adjective and a noun that share the case belong to one phrase ("основными
 * аргументом", "в новых квартире"): an adjective governs no noun in them, but a few take an
 * instrumental of respect ("довольными результатом"), and the genitive and dative are left out
 * (an adjective used as a noun: "данных клиента"; "благодарными клиенту").
 */
const SHARED_CASES = ['ablt', 'loct'];
/** Forms of «каждый» and «любой» in the genitive and dative. */
const DETERMINERS: ReadonlySet<string> = new Set(['каждого', 'каждой', 'каждому', 'каждых', 'каждым', 'любого', 'любой', 'любому', 'любых', 'любым']);
const TAKE_INSTRUMENTAL =
  /^(?:довольн|известн|знаменит|богат|славн|сильн|бедн|обильн|горд|уникальн|выгодн|привлекательн|интересн|удобн|хорош|плох|красив|примечательн|замечательн|схож|похож|отличн|особенн|ценн|полезн)/iu;
function inSameCase(adjective: WordToken, adjectiveParses: readonly WordParse[], nounParses: readonly WordParse[]): boolean {
  const shared = caseOf(nounParses[0]!);
  // A possessive or «каждый» never stands for a noun nor governs one: "каждому клиентам", "нашего клиентов" are judged in every case.
  const cases = isPossessive(adjective) || DETERMINERS.has(lower(adjective)) ? [...SHARED_CASES, 'gent', 'datv'] : SHARED_CASES;
  if (!shared || !cases.includes(shared) || !nounParses.every((n) => caseOf(n) === shared)) return false;
  // Possessives ("нашими") are judged: only words used as nouns ("другими", "этими") stand alone.
  if (adjectiveParses.some((p) => p.grammemes.has('Subx')) || (shared === 'ablt' && TAKE_INSTRUMENTAL.test(adjective.text))) return false;
  return adjectiveParses.some((a) => caseOf(a) === shared);
}

/**
 * "точное наименования": a masculine or neuter singular adjective that can only be nominative (or
 * an inanimate accusative) before a noun read only as a genitive singular or a nominative plural, as
 * one written with the wrong ending. A feminine is left out: it is the adjective Russian most often
 * uses as a noun ("переменная окружения", "гостиная дома"). Not after a noun the adjective agrees
 * with, which it follows as a predicate or a label ("Номер двухместный категории люкс"), nor one of
 * a pair with a slash ("верхний/нижний края"), nor an adjective that takes a genitive.
 */
function singularBeforePluralForm(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const [adjective, noun] = [tokens[at]!, tokens[at + 1]!];
  const adjectiveParses = morphology.parse(adjective.text);
  const nounParses = morphology.parse(noun.text);
  if (standsAlone(adjectiveParses) || TAKE_GENITIVE.test(adjective.text)) return false;
  if (!adjectiveParses.every((a) => a.grammemes.has('sing') && !a.grammemes.has('femn') && (caseOf(a) === 'nomn' || (caseOf(a) === 'accs' && !a.grammemes.has('anim'))))) return false;
  if (!nounParses.every((n) => (n.grammemes.has('sing') && caseOf(n) === 'gent') || (n.grammemes.has('plur') && ['nomn', 'accs'].includes(caseOf(n) ?? '')))) return false;
  if (!nounParses.some((n) => n.grammemes.has('plur')) || /\/\s*$/.test(text.slice(Math.max(0, adjective.start - 3), adjective.start))) return false;
  const before = tokens[at - 1];
  return !before || !onlySpaceBetween(text, before, adjective) || !morphology.parse(before.text).some((n) => n.pos === 'NOUN' && adjectiveParses.some((a) => agrees(a, n)));
}

/** How many attributes may stand before the adjective in its group ("систематических мелких"), looked past for a numeral. */
const GROUP_BEFORE = 2;
const samePluralCase = (a: readonly WordParse[], b: readonly WordParse[]) => a.some((x) => x.grammemes.has('plur') && b.some((y) => y.grammemes.has('plur') && caseOf(x) === caseOf(y)));

/**
 * "систематических мелких нарушения": a plural adjective in an oblique case before a noun read only
 * as a genitive singular or a nominative plural, one of which its ending was meant to be. After
 * «два», «три», «четыре» the pair is right ("два мелких нарушения"), so no numeral may stand before
 * the group. The index of the group's first attribute (its attributes agree with each other), or -1.
 */
function obliquePluralGroup(text: string, tokens: WordToken[], at: number, adjectiveParses: readonly WordParse[], nounParses: readonly WordParse[], morphology: Morphology): number {
  if (standsAlone(adjectiveParses) || TAKE_GENITIVE.test(tokens[at]!.text) || !adjectiveParses.every((a) => a.grammemes.has('plur') && caseOf(a) !== 'nomn')) return -1;
  if (!nounParses.every((n) => (n.grammemes.has('sing') && caseOf(n) === 'gent') || (n.grammemes.has('plur') && DIRECT_CASES.includes(caseOf(n) ?? '')))) return -1;
  if (!nounParses.some((n) => n.grammemes.has('plur')) || !nounParses.some((n) => n.grammemes.has('sing'))) return -1;
  let first = at;
  while (first > at - GROUP_BEFORE && first > 0 && onlySpaceBetween(text, tokens[first - 1]!, tokens[first]!)) {
    const parses = morphology.parse(tokens[first - 1]!.text);
    if (!judgeable(parses, ['ADJF', 'PRTF']) || !samePluralCase(parses, adjectiveParses)) break;
    first--;
  }
  return followsNumeral(tokens, first, morphology) ? -1 : first;
}

const DIRECT_CASES = ['nomn', 'accs'];
const DATIVE_OR_PREPOSITIONAL = ['datv', 'loct'];
const takesObject = (word: WordToken) => ADJECTIVES_TAKING_OBJECTS.some((stem) => word.text.toLowerCase().startsWith(stem));
/** The word before `at` is a noun or an adjective the adjective at `at` may follow as a postposed attribute ("Печать цветная формата А4"). */
function followsItsHead(text: string, tokens: WordToken[], at: number, adjectiveParses: readonly WordParse[], morphology: Morphology): boolean {
  const before = tokens[at - 1];
  if (!before || !onlySpaceBetween(text, before, tokens[at]!)) return false;
  return morphology.parse(before.text).some((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && adjectiveParses.some((a) => agrees(a, p)));
}

/**
 * "Вы узнаете трогательную истории": an adjective that can only be nominative or accusative before
 * a noun whose direct readings differ from it in number or gender and that may be dative or
 * prepositional (a noun oblique in every reading is judged by nominativeBeforeGenitive), no noun it agrees
 * with within reach after it. Not an ordinal ("первое мая") nor an adjective that governs such a noun ("удобная
 * клиентам"); a genitive is left alone after the adjective's own head ("Бумага глянцевая плотности 200").
 */
function directBeforeOblique(text: string, tokens: WordToken[], at: number, adjectiveParses: readonly WordParse[], nounParses: readonly WordParse[], morphology: Morphology): boolean {
  const adjective = tokens[at]!;
  if (!adjectiveParses.every((a) => DIRECT_CASES.includes(caseOf(a) ?? '') && !a.grammemes.has('Anum')) || standsAlone(adjectiveParses) || takesObject(adjective)) return false;
  // A noun that is only a genitive besides may be the attribute of an adjective used as a noun ("переменная окружения").
  if (!nounParses.some((n) => DATIVE_OR_PREPOSITIONAL.includes(caseOf(n) ?? '')) || nounParses.every(isOblique) || nounParses.some((n) => caseOf(n) === 'ablt')) return false;
  if (/\/\s*$/.test(text.slice(Math.max(0, adjective.start - 3), adjective.start))) return false;
  if (headFollows(tokens, at + 1, adjectiveParses, morphology)) return false;
  return !nounParses.some((n) => caseOf(n) === 'gent') || !followsItsHead(text, tokens, at, adjectiveParses, morphology);
}

/** A capitalised adjective inside a sentence belongs to a name ("при Ярославе Мудром"), whose words keep their own case. */
function inName(text: string, tokens: WordToken[], at: number): boolean {
  const before = tokens[at - 1];
  return !isLower(tokens[at]!) && before !== undefined && !/[.!?:;«"\n]/.test(text.slice(before.end, tokens[at]!.start));
}

/**
 * "Сама кашу заварила", "Каждый свою задачу решает": a pronoun in the nominative before a noun that
 * cannot be nominative stands for the subject, and the noun is the verb's object. Possessives are
 * judged: "наш машину" has no other reading.
 */
function standsForSubject(adjective: WordToken, adjectiveParses: readonly WordParse[], nounParses: readonly WordParse[]): boolean {
  if (!adjectiveParses.every((a) => a.grammemes.has('Apro') && caseOf(a) === 'nomn') || nounParses.some((n) => caseOf(n) === 'nomn')) return false;
  return !isPossessive(adjective);
}

const isPossessive = (word: WordToken) => POSSESSIVES.some((stem) => lower(word).startsWith(stem)) || /^(?:мой|твой|наш|ваш|свой)$/u.test(lower(word));

/** "наша директор", "опытная врач": a masculine noun of a post or trade names a woman with a feminine attribute, as speech allows. */
const namesAWoman = (adjectiveParses: readonly WordParse[], nounParses: readonly WordParse[]) =>
  nounParses.some((n) => n.grammemes.has('masc') && n.grammemes.has('anim') && n.grammemes.has('sing')) && adjectiveParses.some((a) => a.grammemes.has('femn') && nounParses.some((n) => caseOf(n) === caseOf(a)));

/**
 * "сделать доступными цены", "считаем необходимой замену": an adjective in the instrumental before a
 * noun that may be accusative is the predicate of that object after a verb of making or naming, not
 * its attribute. A possessive is no such predicate ("ценим вашему отношение" is a slip).
 */
const isPredicateInstrumental = (adjective: WordToken, adjectiveParses: readonly WordParse[], nounParses: readonly WordParse[]) =>
  !isPossessive(adjective) && adjectiveParses.some((a) => caseOf(a) === 'ablt') && nounParses.some((n) => caseOf(n) === 'accs');

/** "нашего сервис", "с кратким описание": an adjective and the noun after it that agree in no reading. */
function disagreements(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((adjective, i) => {
    const noun = phraseNext(text, tokens, i);
    if (!noun) return;
    const adjectiveParses = morphology.parse(adjective.text);
    const nounParses = morphology.parse(noun.text);
    // Participles are left out: they govern their objects ("подтверждающий полномочия") as often as they agree.
    if (!judgeable(adjectiveParses, ['ADJF']) || !judgeable(nounParses, ['NOUN']) || onlyPluralGenitive(nounParses)) return;
    if (followsNumeral(tokens, i, morphology) || isCoordinated(text, adjective, noun) || NOT_ATTRIBUTES.test(adjective.text)) return;
    if (isIdiom(tokens, i) || inName(text, tokens, i) || standsForSubject(adjective, adjectiveParses, nounParses) || namesAWoman(adjectiveParses, nounParses)) return;
    if (isPredicateInstrumental(adjective, adjectiveParses, nounParses) && !prepositionBefore(text, tokens, i, morphology)) return;
    // A noun in an oblique case may be the adjective's complement ("известный разработкой", "полный сюрпризов"):
    // only a noun left in the nominative or accusative is judged, or one in the adjective's own case that nothing governs.
    // Nor one that may be oblique in another reading ("необходимое компоненту": dative of "компонент").
    const pluralGroup = obliquePluralGroup(text, tokens, i, adjectiveParses, nounParses, morphology);
    if (
      !nounParses.every((n) => ['nomn', 'accs'].includes(caseOf(n) ?? '')) &&
      !inSameCase(adjective, adjectiveParses, nounParses) &&
      !singularBeforePluralForm(text, tokens, i, morphology) &&
      !directBeforeOblique(text, tokens, i, adjectiveParses, nounParses, morphology) &&
      pluralGroup < 0
    )
      return;
    if (adjectiveParses.some((a) => nounParses.some((n) => agrees(a, n)))) return;
    // Two attributes that agree with each other ("систематических мелких") leave the noun the odd one out.
    if (pluralGroup >= 0 && pluralGroup < i) {
      const group = text.slice(tokens[pluralGroup]!.start, adjective.end);
      hits.push({
        start: noun.start,
        end: noun.end,
        message: { ru: `«${noun.text}»: не согласовано с «${group}» — проверьте окончание существительного`, en: `"${noun.text}": does not agree with «${group}»; check the noun's ending` },
      });
      return;
    }
    const quote = text.slice(adjective.start, noun.end);
    hits.push({
      start: adjective.start,
      end: noun.end,
      message: { ru: `«${quote}»: слова не согласованы — проверьте падеж, число или род`, en: `"${quote}": the words do not agree in case, number or gender` },
    });
  });
  return hits;
}

/** An adjective's head noun may come after a word it governs ("с удобным клиентам графиком"): look a little further. */
const HEAD_REACH = 2;
const headFollows = (tokens: WordToken[], at: number, adjectiveParses: readonly WordParse[], morphology: Morphology) =>
  tokens.slice(at + 1, at + 1 + HEAD_REACH).some((word) => {
    const nouns = morphology.parse(word.text).filter((p) => p.pos === 'NOUN' && !UNSURE.some((g) => p.grammemes.has(g)));
    return nouns.some((n) => adjectiveParses.some((a) => agrees(a, n)));
  });

/** Pronouns and words used as nouns close a phrase themselves: "в один чередованием", "для всех образом". */
const standsAlone = (parses: readonly WordParse[]) => parses.some((p) => p.grammemes.has('Apro') || p.grammemes.has('Subx'));

/** The first of the attributes that end at `at`, joined by "и" or a comma: "проверенными и надёжными", "новыми, удобными". */
function firstAttribute(text: string, tokens: WordToken[], at: number, morphology: Morphology): number {
  const before = tokens[at - 1];
  if (!before) return at;
  const joinedByAnd = before.text.toLowerCase() === 'и' && onlySpaceBetween(text, before, tokens[at]!);
  const other = joinedByAnd ? at - 2 : /^\s*,\s*$/u.test(text.slice(before.end, tokens[at]!.start)) ? at - 1 : -1;
  const parses = other >= 0 ? morphology.parse(tokens[other]!.text) : [];
  return parses.length > 0 && parses.every((p) => p.pos === 'ADJF' || p.pos === 'PRTF') ? other : at;
}

/** The preposition that opens the phrase of the adjective at `at`, if one does. */
function prepositionBefore(text: string, tokens: WordToken[], at: number, morphology: Morphology): WordToken | undefined {
  let first = firstAttribute(text, tokens, at, morphology);
  // "из самых популярных", "в наиболее удобных": a word of degree stands between the preposition and its adjective.
  const degree = tokens[first - 1];
  if (degree && (SUPERLATIVE_MARKER.test(degree.text) || DEGREE_ADVERBS.has(degree.text.toLowerCase())) && onlySpaceBetween(text, degree, tokens[first]!)) first -= 1;
  const preposition = tokens[first - 1];
  if (!preposition || !PREPOSITION_CASES[preposition.text.toLowerCase()] || !onlySpaceBetween(text, preposition, tokens[first]!)) return undefined;
  return morphology.parse(preposition.text).some((p) => p.pos === 'PREP') ? preposition : undefined;
}

/**
 * "с надёжными поставщикам", "для постоянных клиентами", "с бурную рекой", "о родного доме": after a
 * preposition the adjective and its noun take the preposition's case; when one of them is in it and
 * the two agree in no reading (nor the adjective with a noun just after), the phrase is mistaken.
 */
function strayNounsAfterPreposition(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((adjective, i) => {
    const noun = phraseNext(text, tokens, i);
    if (!noun) return;
    const adjectiveParses = morphology.parse(adjective.text);
    const nounParses = morphology.parse(noun.text);
    if (!judgeable(adjectiveParses, ['ADJF']) || !judgeable(nounParses, ['NOUN']) || isIdiom(tokens, i)) return;
    // A possessive ("с нашими навыкам") is judged: it stands for its noun far less often than other pronouns.
    if (standsAlone(adjectiveParses) && !POSSESSIVES.some((stem) => adjective.text.toLowerCase().startsWith(stem))) return;
    const preposition = prepositionBefore(text, tokens, i, morphology);
    if (!preposition) return;
    const governed = PREPOSITION_CASES[preposition.text.toLowerCase()]!;
    const fits = (p: WordParse) => governed.includes(caseOf(p) ?? '');
    // One of the two in the preposition's case shows the phrase is governed: the other must agree with it.
    if (!adjectiveParses.some(fits) && !nounParses.some(fits)) return;
    // "по юридическому и фактическому адресам": attributes joined share one plural noun in the preposition's case.
    if (nounParses.some(fits) && isCoordinated(text, adjective, noun)) return;
    // "в серверную школы": an adjective used as a noun may take a genitive after it (in the plural a noun is judged: "по доступным цен").
    const bothPlural = adjectiveParses.filter(fits).every((a) => a.grammemes.has('plur')) && nounParses.every((n) => n.grammemes.has('plur'));
    if (adjectiveParses.some(fits) && nounParses.some((n) => caseOf(n) === 'gent') && !bothPlural) return;
    if (adjectiveParses.some((a) => nounParses.some((n) => agrees(a, n))) || headFollows(tokens, i + 1, adjectiveParses, morphology)) return;
    hits.push(caseSlip(text, adjective, noun));
  });
  return hits;
}

/** Adjectives that take a noun in the genitive: "полный сюрпризов", "достойный внимания". */
const TAKE_GENITIVE = /^(?:полн|достойн|лишённ|лишенн|исполненн|преисполненн|чужд)/iu;
/** Genitive or prepositional; an animate accusative plural is its genitive ("данных", "клиентов"). */
const isOblique = (parse: WordParse) => ['gent', 'loct'].includes(caseOf(parse) ?? '') || (caseOf(parse) === 'accs' && parse.grammemes.has('anim') && parse.grammemes.has('plur'));

/** Month names in the genitive: a date ("первое мая") keeps its month so after a nominative ordinal. */
const MONTHS_IN_GENITIVE = /^(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)$/iu;

/**
 * "обработка персональный данных", "новые услуг": an adjective that can only be nominative (or an
 * inanimate accusative) and, after it, a word that can only be genitive or prepositional and agrees
 * with nothing. Dates ("первое мая") keep their month in the genitive.
 */
function nominativeBeforeGenitive(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((adjective, i) => {
    const next = phraseNext(text, tokens, i);
    if (!next) return;
    const adjectiveParses = morphology.parse(adjective.text);
    if (!judgeable(adjectiveParses, ['ADJF']) || standsAlone(adjectiveParses) || TAKE_GENITIVE.test(adjective.text)) return;
    if (!adjectiveParses.every((a) => caseOf(a) === 'nomn' || (caseOf(a) === 'accs' && !a.grammemes.has('anim')))) return;
    const nextParses = morphology.parse(next.text).filter((p) => p.pos !== 'PRCL');
    if (!judgeable(nextParses, ['NOUN', 'ADJF', 'PRTF']) || !nextParses.every(isOblique)) return;
    if (MONTHS_IN_GENITIVE.test(next.text) || headFollows(tokens, i + 1, adjectiveParses, morphology)) return;
    hits.push(caseSlip(text, adjective, next));
  });
  return hits;
}

/**
 * A word whose case after a preposition can be judged: a pronoun ("у ваш", "после этот"), a full
 * adjective written small ("из натуральною кожи"), whose paradigms the dictionary lists whole, or
 * a noun written small in an oblique case only ("в диалога", "из наполнении"). A noun that may be
 * nominative is not judged: it is often the first part of a compound written apart ("для бизнес
 * клиентов", "по спец. цене"). A capitalised adjective begins a name ("в «Новый свет»"), which keeps its own case.
 */
function isGovernable(word: WordToken, parses: readonly WordParse[]): boolean {
  if (judgeable(parses, ['NOUN']) && isLower(word)) return parses.every((p) => caseOf(p) !== 'nomn' && !isLikeSecondCase(p));
  // A numeral written small: "к два" for "к двум", "при пять" for "при пяти".
  if (judgeable(parses, ['NUMR'])) return isLower(word);
  if (!judgeable(parses, ['ADJF', 'NPRO', 'PRTF'])) return false;
  return parses.every((p) => p.pos === 'NPRO' || p.grammemes.has('Apro')) || isLower(word);
}

/**
 * A masculine dative in -у/-ю looks like the second locative or genitive ("в лесу", "чашка чаю"),
 * which the dictionary lists for some nouns only ("в гофру"): it is not judged.
 */
const isLikeSecondCase = (parse: WordParse) => caseOf(parse) === 'datv' && parse.grammemes.has('masc') && parse.grammemes.has('sing');

/**
 * A noun that reads as nominative or accusative only, right after a preposition: "с точность",
 * "для клиенты"; or as a genitive besides, after a preposition that takes none of the three ("к
 * бабушки"); or after «по» a noun in no case of its but the plural's ("по встречи"). A masculine
 * singular is left out unless its phrase ends with it: it is often the first part of a compound
 * written apart ("для бизнес клиентов"). The accusative counts only where the
 * preposition takes it with a noun: «по» in the singular ("по пятницу") or a few plurals ("по
 * колени"), «с» after a word of size ("размером с ладонь").
 */
function nominativeSlip(text: string, tokens: WordToken[], at: number, parses: readonly WordParse[], morphology: Morphology): boolean {
  const [preposition, word] = [tokens[at]!.text.toLowerCase(), tokens[at + 1]!];
  const mayBeCompound = !endsPhrase(text, tokens, at + 1) && !beforePreposition(text, tokens, at + 1, morphology) && parses.some((p) => p.grammemes.has('masc') && p.grammemes.has('sing') && caseOf(p) === 'nomn');
  if (!judgeable(parses, ['NOUN']) || !isLower(word) || mayBeCompound) return false;
  if (preposition === 'по') return !PO_PLURAL_ACCUSATIVES.has(word.text.toLowerCase()) && !parses.some((p) => ['datv', 'loct'].includes(caseOf(p) ?? '') || (caseOf(p) === 'accs' && p.grammemes.has('sing')));
  const governed = PREPOSITION_CASES[preposition]!;
  // "к бабушки", "над облака": a genitive singular that is also a nominative plural, after a preposition that takes neither.
  if (!parses.every((p) => ['nomn', 'accs'].includes(caseOf(p) ?? ''))) return parses.every((p) => ['nomn', 'accs', 'gent'].includes(caseOf(p) ?? '')) && !parses.some((p) => governed.includes(caseOf(p) ?? ''));
  if (preposition === 'с' || preposition === 'со') return !SIZE_WORDS.has(tokens[at - 1]?.text.toLowerCase() ?? '');
  return !governed.includes('accs');
}

/** A preposition follows the word at `at`: no compound's head does ("к администратор по телефону"). */
function beforePreposition(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const next = tokens[at + 1];
  const parses = next && onlySpaceBetween(text, tokens[at]!, next) ? morphology.parse(next.text).filter((p) => !p.grammemes.has('Abbr')) : [];
  return parses.length > 0 && parses.every((p) => p.pos === 'PREP');
}

/** Conjunctions that join a phrase to the next one: the word before them ends its phrase ("по телефон или почте"). */
const COORDINATING: ReadonlySet<string> = new Set(['и', 'или', 'либо', 'а', 'но']);
/** The word at `at` closes its sentence or clause: no word of the same phrase follows ("подошёл к дом."), nor is it cut short ("по спец. цене"). */
const endsPhrase = (text: string, tokens: WordToken[], at: number) => {
  const next = tokens[at + 1];
  if (!next) return /^\s*[.!?;]?\s*$/.test(text.slice(tokens[at]!.end));
  if (onlySpaceBetween(text, tokens[at]!, next) && COORDINATING.has(lower(next))) return true;
  return /^\s*[.!?;,]\s*$/.test(text.slice(tokens[at]!.end, next.start)) && !(text[tokens[at]!.end] === '.' && isLower(next));
};

/** "Что за чудесный день", "что это за линия": after "что за" the nominative is right. */
const isExclamation = (tokens: WordToken[], at: number) =>
  tokens[at]!.text.toLowerCase() === 'за' && [tokens[at - 1], tokens[at - 2]].some((word, k) => word?.text.toLowerCase() === 'что' && (k === 0 || tokens[at - 1]!.text.toLowerCase() === 'это'));

/**
 * "После этот хостел переехал", "После вам нужно пересесть": a preposition that is also an adverb
 * ("afterwards"), followed by the clause's subject or a dative pronoun, is the adverb. Where another
 * subject follows ("После этот случай мы…") or the word is a bare "это", the phrase was meant governed.
 */
function opensClauseAsAdverb(tokens: WordToken[], at: number, next: readonly WordParse[], morphology: Morphology): boolean {
  // An abbreviation's reading («к.» for «как») makes no adverb of «к».
  if (!morphology.parse(tokens[at]!.text).some((p) => p.pos === 'ADVB' && !p.grammemes.has('Abbr'))) return false;
  if (next.some((p) => p.pos === 'NPRO' && caseOf(p) === 'datv')) return true;
  const isSubjectPronoun = (token: WordToken | undefined) => !!token && morphology.parse(token.text).some((p) => p.pos === 'NPRO' && caseOf(p) === 'nomn');
  const laterSubject = tokens.slice(at + 2, at + 5).some(isSubjectPronoun);
  return tokens[at + 1]!.text.toLowerCase() !== 'это' && next.some((p) => caseOf(p) === 'nomn') && !laterSubject;
}

/**
 * "за месяца четыре", "через часа два": an approximate count puts its noun before the number, and the
 * noun takes the number's genitive, not the preposition's case.
 */
function invertedCount(text: string, tokens: WordToken[], at: number, parses: readonly WordParse[], morphology: Morphology): boolean {
  const [noun, count] = [tokens[at]!, tokens[at + 1]];
  if (!count || !onlySpaceBetween(text, noun, count) || !parses.some((p) => caseOf(p) === 'gent')) return false;
  return /^\d/.test(count.text) || morphology.parse(count.text).some((p) => p.pos === 'NUMR');
}

/** A phrase from a preposition to `last` in a case the preposition never takes, with the cases it does. */
function wrongCaseAfter(text: string, preposition: WordToken, last: WordToken, governed: readonly string[]): AgreementHit {
  const quote = text.slice(preposition.start, last.end);
  const cases = governed.filter((c) => CASE_NAMES[c]);
  const word = preposition.text.toLowerCase();
  return {
    start: preposition.start,
    end: last.end,
    message: {
      ru: `«${quote}»: после «${word}» нужен падеж ${cases.map((c) => CASE_NAMES[c]!.ru).join(' или ')}`,
      en: `"${quote}": after «${word}» Russian takes the ${cases.map((c) => CASE_NAMES[c]!.en).join(' or ')} case`,
    },
  };
}

/**
 * "у ваш автомобиль": a word after a preposition in a case the preposition never takes. In a label
 * (`wordsOnly`) a noun is not judged: it may be the first part of a compound ("Для бизнес клиентов").
 */
function governmentErrors(text: string, tokens: WordToken[], morphology: Morphology, wordsOnly = false): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((preposition, i) => {
    const governed = PREPOSITION_CASES[preposition.text.toLowerCase()];
    const word = tokens[i + 1];
    if (!governed || !word || !isCyrillicWord(word) || !onlySpaceBetween(text, preposition, word)) return;
    if (!morphology.parse(preposition.text).some((p) => p.pos === 'PREP')) return;
    // Particle and gerund readings take no case and cannot follow a preposition: "после это", "в случая" are the noun's slips.
    const parses = morphology.parse(word.text).filter((p) => p.pos !== 'PRCL' && p.pos !== 'GRND');
    if (isExclamation(tokens, i) || opensClauseAsAdverb(tokens, i, parses, morphology) || invertedCount(text, tokens, i + 1, parses, morphology)) return;
    const slip = isGovernable(word, parses) ? !parses.some((p) => governed.includes(caseOf(p) ?? '')) : !wordsOnly && nominativeSlip(text, tokens, i, parses, morphology);
    if (!slip) return;
    hits.push(wrongCaseAfter(text, preposition, word, governed));
  });
  return hits;
}

/**
 * "на разного рода мероприятия", «из высокого качества стали»: a genitive of kind or quality stands
 * between the preposition and its noun, which follows in the case the preposition takes.
 */
function qualifiesTheNextWord(text: string, tokens: WordToken[], at: number, governed: readonly string[], morphology: Morphology): boolean {
  const next = phraseNext(text, tokens, at);
  if (!next || !KIND_GENITIVES.has(lower(tokens[at]))) return false;
  return morphology.parse(next.text).some((p) => ['NOUN', 'ADJF'].includes(p.pos ?? '') && governed.includes(caseOf(p) ?? ''));
}

/**
 * "за более подробной информации", "под высокой температуры": an adjective and its noun agree, but only
 * in cases the preposition before them never takes. Neither word alone tells the slip ("информации" may
 * be plural, "подробной" instrumental); the two together do. Written small both, so names keep their case.
 */
function agreedPhrasesInWrongCase(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((adjective, i) => {
    const noun = phraseNext(text, tokens, i);
    if (!noun || !isLower(adjective)) return;
    const adjectiveParses = morphology.parse(adjective.text);
    const nounParses = morphology.parse(noun.text);
    if (!judgeable(adjectiveParses, ['ADJF']) || standsAlone(adjectiveParses) || !judgeable(nounParses, ['NOUN']) || isIdiom(tokens, i)) return;
    const preposition = prepositionBefore(text, tokens, i, morphology);
    if (!preposition || isExclamation(tokens, tokens.indexOf(preposition))) return;
    const governed = PREPOSITION_CASES[preposition.text.toLowerCase()]!;
    // An adjective in no case the preposition takes is told by itself ("для постоянным"), not here.
    if (!adjectiveParses.some((a) => governed.includes(caseOf(a) ?? ''))) return;
    const agreedCases = adjectiveParses.flatMap((a) => nounParses.filter((n) => agrees(a, n)).map(caseOf));
    if (agreedCases.length === 0 || agreedCases.some((c) => governed.includes(c ?? ''))) return;
    if (qualifiesTheNextWord(text, tokens, tokens.indexOf(noun), governed, morphology)) return;
    hits.push(wrongCaseAfter(text, preposition, noun, governed));
  });
  return hits;
}

/**
 * "смет, которые позволяет", "услуга, которая помогают": a relative pronoun that can only be the
 * subject and the verb right after it disagree in number. ("Который" may be an object, "договор,
 * который подписывают клиенты", so only "которые" and "которая" are judged.)
 */
function relativeSubjectErrors(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((pronoun, i) => {
    const verb = tokens[i + 1];
    const wanted = RELATIVE_SUBJECTS[pronoun.text.toLowerCase()];
    if (!wanted || !verb || !onlySpaceBetween(text, pronoun, verb)) return;
    const parses = morphology.parse(verb.text);
    if (parses.length === 0 || !parses.every((p) => p.pos === 'VERB' && p.grammemes.has('3per'))) return;
    if (parses.some((p) => p.grammemes.has(wanted))) return;
    // "файлы, которые следует загрузить": an impersonal verb has no subject; "которые" is the infinitive's object.
    if (IMPERSONAL_VERBS.has(verb.text.toLowerCase())) return;
    // "услуги, которые оказывает наш центр": "которые" is the object when a subject follows the verb.
    if (wanted === 'plur' && hasSubjectAfter(text, tokens, i + 1, morphology)) return;
    const quote = text.slice(pronoun.start, verb.end);
    hits.push({
      start: pronoun.start,
      end: verb.end,
      message: { ru: `«${quote}»: сказуемое не согласовано с «${pronoun.text.toLowerCase()}» в числе`, en: `"${quote}": the verb does not agree in number with «${pronoun.text.toLowerCase()}»` },
    });
  });
  return hits;
}

/** A noun or pronoun that could be the singular verb's subject, between the verb at `at` and the end of its clause. */
function hasSubjectAfter(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  for (let k = at + 1; k < tokens.length; k++) {
    if (/[,.;:!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    const parses = morphology.parse(tokens[k]!.text);
    const couldBeSubject = (p: WordParse) => (p.pos === 'NOUN' || p.pos === 'NPRO') && p.grammemes.has('nomn') && p.grammemes.has('sing') && !p.grammemes.has('Abbr');
    // A word the grammar does not know ("createElement", "Chrome") may be a name: the subject, perhaps.
    if (parses.length === 0 || parses.some(couldBeSubject)) return true;
  }
  return false;
}

/** Forms of «самый», and the superlatives it may stand before ("самый лучший", "самый младший" are the norm). */
const SUPERLATIVE_MARKER = /^(сам(?:ый|ая|ое|ые|ого|ой|ую|ых|ым|ыми|ом))$/iu;
const SUPERLATIVES_WITH_MARKER = /^(лучш|худш|высш|низш|старш|младш)/iu;

/** "в самые кратчайшие сроки": «самый» before a superlative in -ейший/-айший says "most" twice. */
function doubleSuperlatives(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((marker, i) => {
    const adjective = tokens[i + 1];
    if (!adjective || !SUPERLATIVE_MARKER.test(marker.text) || !onlySpaceBetween(text, marker, adjective) || SUPERLATIVES_WITH_MARKER.test(adjective.text)) return;
    const parses = morphology.parse(adjective.text);
    if (!judgeable(parses, ['ADJF']) || !parses.every((p) => p.grammemes.has('Supr'))) return;
    const quote = text.slice(marker.start, adjective.end);
    hits.push({
      start: marker.start,
      end: adjective.end,
      message: { ru: `«${quote}»: превосходная степень дважды — достаточно «${adjective.text}»`, en: `"${quote}": the superlative is said twice; «${adjective.text}» is enough` },
      suggestion: adjective.text,
    });
  });
  return hits;
}

/**
 * "Для уточнения все дополнительных деталей": «все» before an adjective and a noun in the plural
 * genitive or prepositional agrees with neither; it is «всех». After a nominative plural «все» may
 * stand apart from its noun before a genitive of quality ("номера все разных категорий"), unless a
 * preposition governs that noun.
 */
function allBeforeOblique(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((all, i) => {
    if (all.text !== 'все' || i === 0 || !onlySpaceBetween(text, tokens[i - 1]!, all)) return;
    const adjective = phraseNext(text, tokens, i);
    const noun = adjective && phraseNext(text, tokens, i + 1);
    if (!adjective || !noun) return;
    const adjectiveParses = morphology.parse(adjective.text);
    const nounParses = morphology.parse(noun.text);
    const obliquePlural = (p: WordParse) => p.grammemes.has('plur') && isOblique(p);
    if (!judgeable(adjectiveParses, ['ADJF']) || !adjectiveParses.every(obliquePlural) || !judgeable(nounParses, ['NOUN']) || !nounParses.every((p) => obliquePlural(p) && p.grammemes.has('inan'))) return;
    if (!adjectiveParses.some((a) => nounParses.some((n) => agrees(a, n))) || mayStandApart(tokens, i, morphology)) return;
    hits.push({
      start: all.start,
      end: noun.end,
      message: {
        ru: `«${text.slice(all.start, noun.end)}»: «все» не согласовано с «${adjective.text} ${noun.text}» — нужно «всех»`,
        en: `"${text.slice(all.start, noun.end)}": «все» does not agree with the words after it; «всех» is meant`,
      },
      suggestion: `всех${text.slice(all.end, noun.end)}`,
    });
  });
  return hits;
}

/** The word before «все» at `at` may be its nominative plural noun, unless a preposition stands right before that word. */
function mayStandApart(tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const before = morphology.parse(tokens[at - 1]!.text);
  if (!before.some((p) => (p.pos === 'NOUN' || p.pos === 'NPRO') && p.grammemes.has('nomn') && p.grammemes.has('plur'))) return false;
  const preposition = tokens[at - 2];
  return !preposition || !morphology.parse(preposition.text).some((p) => p.pos === 'PREP');
}

/** The demonstrative that agrees with a noun of each gender and number («это» is the neuter's own). */
const DEMONSTRATIVES: Record<string, string> = { masc: 'этот', femn: 'эта', plur: 'эти' };
const ADJECTIVES_BEFORE_NOUN = 2;

/** The gender of a singular noun or "plur", one for every reading; null when the readings part or the noun is neuter. */
function demonstrativeKey(parses: readonly WordParse[]): string | null {
  const keys = new Set(parses.map((p) => (p.grammemes.has('plur') ? 'plur' : genderOf(p))));
  const [key] = [...keys];
  return keys.size === 1 && key && DEMONSTRATIVES[key] ? key : null;
}

/** A verb in the present or future every reading of which agrees with a subject of that number ("подойдёт", "подойдут"); a past tense tells a story, where «это» may be a particle. */
const verbAgreesWith = (parses: readonly WordParse[], key: string) => parses.length > 0 && parses.every((p) => p.pos === 'VERB' && p.grammemes.has('3per') && p.grammemes.has(key === 'plur' ? 'plur' : 'sing'));

/**
 * "Это площадка подойдёт", "Это услуги помогут": opening a sentence, «это» before a noun and that
 * noun's verb is the demonstrative, which agrees with the noun ("Эта площадка"). Only an inanimate
 * noun in the nominative before a verb in the present or future is judged: "Это мама пришла" uses «это» as a particle.
 */
function demonstrativeSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((pronoun, i) => {
    if (lower(pronoun) !== 'это' || (i > 0 && !/[.!?\n]/.test(text.slice(tokens[i - 1]!.end, pronoun.start)))) return;
    let at = i + 1;
    while (at <= i + ADJECTIVES_BEFORE_NOUN && phraseNext(text, tokens, at - 1) && judgeable(morphology.parse(tokens[at]!.text), ['ADJF'])) at++;
    const noun = phraseNext(text, tokens, at - 1);
    const nounParses = noun ? morphology.parse(noun.text) : [];
    if (!noun || !judgeable(nounParses, ['NOUN']) || !nounParses.every((p) => p.grammemes.has('inan') && (caseOf(p) === 'nomn' || caseOf(p) === 'accs')) || !nounParses.some((p) => caseOf(p) === 'nomn')) return;
    const key = demonstrativeKey(nounParses.filter((p) => caseOf(p) === 'nomn'));
    const adjectivesAgree = tokens.slice(i + 1, at).every((word) => morphology.parse(word.text).some((a) => nounParses.some((n) => agrees(a, n))));
    const verb = phraseNext(text, tokens, at);
    if (!key || !adjectivesAgree || !verb || !verbAgreesWith(morphology.parse(verb.text), key)) return;
    const demonstrative = DEMONSTRATIVES[key]!;
    const fixed = pronoun.text === 'Это' ? demonstrative.charAt(0).toUpperCase() + demonstrative.slice(1) : demonstrative;
    const quote = text.slice(pronoun.start, noun.end);
    hits.push({
      start: pronoun.start,
      end: noun.end,
      message: { ru: `«${quote}» → «${fixed}${text.slice(pronoun.end, noun.end)}»: указательное местоимение согласуется с существительным`, en: `"${quote}": the demonstrative agrees with its noun («${fixed}»)` },
      suggestion: `${fixed}${text.slice(pronoun.end, noun.end)}`,
    });
  });
  return hits;
}

/**
 * "Добраться можно пешком или рейсовом автобусе", "вы живёте соседнем доме": the prepositional
 * case stands only after a preposition, so a noun that can be nothing else (with the adjectives before
 * it) right after a verb, or after an adverb and «и»/«или», has lost its preposition. Any other word
 * before the phrase may be the first part of a compound written apart ("бизнес центре") or carry the
 * preposition over a conjunction ("о ценах и скидках"), and is left alone.
 */
function missingPrepositions(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  const locativeOnly = (parses: readonly WordParse[]) => parses.every((p) => caseOf(p) === 'loct');
  tokens.forEach((noun, i) => {
    const nounParses = morphology.parse(noun.text);
    if (!isCyrillicWord(noun) || !judgeable(nounParses, ['NOUN']) || !locativeOnly(nounParses)) return;
    let first = i;
    while (first > 0 && phraseNext(text, tokens, first - 1) && judgeable(morphology.parse(tokens[first - 1]!.text), ['ADJF']) && locativeOnly(morphology.parse(tokens[first - 1]!.text))) first--;
    const before = tokens[first - 1];
    // "Доме они думали": a sentence cannot open with the prepositional case.
    // An abbreviation in capitals ("ПАСЕ") is read as a word it only looks like.
    if (opensSentence(text, tokens, first) && /^\p{Lu}?\p{Ll}+$/u.test(tokens[first]!.text) && tokens[i + 1] && isLower(tokens[i + 1]!)) {
      hits.push({
        start: tokens[first]!.start,
        end: noun.end,
        message: {
          ru: `«${text.slice(tokens[first]!.start, noun.end)}»: перед предложным падежом пропущен предлог`,
          en: `"${text.slice(tokens[first]!.start, noun.end)}": a preposition is missing before the prepositional case`,
        },
      });
      return;
    }
    if (!before || !isCyrillicWord(before) || !onlySpaceBetween(text, before, tokens[first]!)) return;
    const afterAdverb = ['и', 'или'].includes(lower(before)) && isAdverb(text, tokens, first - 2, morphology);
    if (!afterAdverb && !isVerb(morphology.parse(before.text))) return;
    if (approximateCount(text, tokens, i, morphology) || governedFromAfar(text, tokens, first, nounParses, morphology)) return;
    const quote = text.slice(before.start, noun.end);
    hits.push({
      start: before.start,
      end: noun.end,
      message: { ru: `«${quote}»: перед предложным падежом пропущен предлог`, en: `"${quote}": a preposition is missing before the prepositional case` },
    });
  });
  return hits;
}

/** The word at `at` opens the text or a sentence. */
const opensSentence = (text: string, tokens: WordToken[], at: number) => at === 0 || /[.!?]\s*$/.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start));

/** "стояли метрах в пятидесяти": an approximate count puts the noun before its preposition and number. */
function approximateCount(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const [preposition, count] = [tokens[at + 1], tokens[at + 2]];
  if (!preposition || !count || !onlySpaceBetween(text, tokens[at]!, preposition) || !['в', 'на'].includes(lower(preposition))) return false;
  return /^\d/.test(count.text) || morphology.parse(count.text).some((p) => p.pos === 'NUMR');
}

/** How far back a question word with its preposition may stand before its noun ("В каких … рамках"). */
const FRONTED_REACH = 6;

/**
 * "В каких оно должно быть рамках?": a preposition with a question or relative word that agrees with
 * the noun stands at the clause's start, the noun itself later.
 */
function governedFromAfar(text: string, tokens: WordToken[], first: number, nounParses: readonly WordParse[], morphology: Morphology): boolean {
  for (let k = first - 1; k > 0 && k >= first - FRONTED_REACH; k--) {
    if (/[.!?;:\n]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    const parses = morphology.parse(tokens[k]!.text);
    const fronted = parses.some((a) => a.grammemes.has('Apro') && caseOf(a) === 'loct' && nounParses.some((n) => agrees(a, n)));
    if (fronted && PREPOSITION_CASES[lower(tokens[k - 1])]) return true;
  }
  return false;
}

/** A place's name in the prepositional plural ("Химках", "Новых Подлипках"): the ending no other case of a noun has. */
const PLACE_IN_PREPOSITIONAL = /^\p{Lu}[а-яё]{3,}[ая]х$/u;

/**
 * "вы живёте Химках", "находимся Мытищах": a place name in the prepositional plural right after an
 * intransitive verb has lost its «в». The dictionary knows few such names: one it lacks is judged by
 * its ending, one it knows must be prepositional in every reading.
 */
function missingPrepositionsBeforePlaces(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((place, i) => {
    const verb = tokens[i - 1];
    if (!verb || !PLACE_IN_PREPOSITIONAL.test(place.text) || !onlySpaceBetween(text, verb, place) || !isCyrillicWord(verb) || !isLower(verb)) return;
    const placeParses = morphology.parse(place.text);
    if (!placeParses.every((p) => caseOf(p) === 'loct')) return;
    const verbParses = morphology.parse(verb.text);
    if (!isVerb(verbParses) || !verbParses.every((p) => p.pos !== 'VERB' || p.grammemes.has('intr'))) return;
    const quote = text.slice(verb.start, place.end);
    hits.push({
      start: verb.start,
      end: place.end,
      message: { ru: `«${quote}»: перед названием места пропущен предлог «в»`, en: `"${quote}": the preposition «в» is missing before the place name` },
    });
  });
  return hits;
}

/** A verb in every reading but an indeclinable noun's ("живете", the old name of a letter) or a short adjective's ("лежала", of «лежалый»). */
const isVerb = (parses: readonly WordParse[]) => parses.some((p) => p.pos === 'VERB' || p.pos === 'INFN') && parses.every((p) => ['VERB', 'INFN', 'ADJS'].includes(p.pos) || (p.pos === 'NOUN' && p.grammemes.has('Fixd')));
/** The word at `at` is an adverb in every reading, only a space before the next word. */
function isAdverb(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const word = tokens[at];
  if (!word || !isCyrillicWord(word) || !onlySpaceBetween(text, word, tokens[at + 1]!)) return false;
  const parses = morphology.parse(word.text);
  return parses.length > 0 && parses.every((p) => p.pos === 'ADVB');
}

/** Forms of the verbs after which an adjective may be a predicate, not an attribute ("зал стал светлый и …"): быть, стать, являться, оказаться, остаться, казаться, выглядеть, получиться, делать. */
const LINK_VERBS = /^(?:был|буд|ест|стал|стан|явля|оказ|оста|каж|выгляд|сдела|дела)|^получ\p{L}*(?:ся|сь)$/iu;

/**
 * "чистый и насыщенное звучание", "вкусный и полезная завтрак": two attributes joined by «и» or
 * «или» before a noun that is singular in every reading, one agreeing with the noun and the other with
 * no reading of it; not before another noun joined on ("изумительное тесто и начинка").
 * A plural noun takes singular attributes of its several things ("первый и второй этажи"), so it is
 * left alone; so is a first adjective that may be a predicate: after its own noun or a linking verb
 * ("Суп вкусный и горячие пирожки"), or after any word but a preposition or a verb.
 */
function coordinatedSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((first, i) => {
    const conjunction = phraseNext(text, tokens, i);
    if (!conjunction || !['и', 'или'].includes(conjunction.text)) return;
    const second = phraseNext(text, tokens, i + 1);
    const noun = second && phraseNext(text, tokens, i + 2);
    if (!second || !noun || !opensPhrase(text, tokens, i, morphology)) return;
    const [firstParses, secondParses, nounParses] = [first, second, noun].map((word) => morphology.parse(word.text));
    if (!judgeable(firstParses!, ['ADJF']) || standsAlone(firstParses!) || !judgeable(secondParses!, ['ADJF', 'PRTF']) || standsAlone(secondParses!)) return;
    if (!judgeable(nounParses!, ['NOUN']) || !nounParses!.every((n) => n.grammemes.has('sing')) || COORDINATION.test(text.slice(noun.end, noun.end + 8))) return;
    const fits = (parses: readonly WordParse[]) => parses.some((a) => nounParses!.some((n) => agrees(a, n)));
    if (fits(firstParses!) === fits(secondParses!)) return;
    const quote = text.slice(first.start, noun.end);
    hits.push({
      start: first.start,
      end: noun.end,
      message: { ru: `«${quote}»: определения при «${noun.text}» не согласованы между собой — проверьте падеж или род`, en: `"${quote}": the attributes of «${noun.text}» do not agree with each other in case or gender` },
    });
  });
  return hits;
}

/** The word at `at` opens its phrase: the block or a sentence begins with it, or, written small, it follows a preposition or a verb other than a linking one. */
function opensPhrase(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const before = tokens[at - 1];
  if (!before || /[.!?:;(«"—–]/.test(text.slice(before.end, tokens[at]!.start))) return true;
  if (!onlySpaceBetween(text, before, tokens[at]!)) return false;
  const parses = morphology.parse(before.text);
  if (!isLower(tokens[at]!)) return false;
  if (PREPOSITION_CASES[lower(before)] && parses.some((p) => p.pos === 'PREP')) return true;
  const afterVerb = parses.some((p) => p.pos === 'VERB' || p.pos === 'INFN') && !parses.some((p) => ['NOUN', 'ADJF', 'ADJS', 'ADVB', 'PRTF'].includes(p.pos));
  return afterVerb && !LINK_VERBS.test(before.text);
}

/** Relative pronouns that can only be a subject when a verb follows, and the number that verb needs. */
const RELATIVE_SUBJECTS: Record<string, string> = { которые: 'plur', которая: 'sing' };

/**
 * "Бумага глянцевая бумаге" in a label of a few words: an adjective before a noun that can be neither
 * nominative nor accusative and agrees with it in no reading. A label's terms stand side by side in
 * the nominative ("Стрижка модельная креатив"), so only a noun no label would leave oblique is judged,
 * or a pair that opens the label.
 */
function labelSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const obliqueOnly = (word: string) => morphology.parse(word).every((p) => !DIRECT_CASES.includes(caseOf(p) ?? ''));
  // An adjective that opens the label is the attribute of the noun after it ("Железные кровать"), no term of its own.
  const opensLabel = (hit: AgreementHit) => hit.start === tokens[0]?.start;
  return disagreements(text, tokens, morphology).filter((hit) => opensLabel(hit) || obliqueOnly(tokens.find((token) => token.end === hit.end)!.text));
}

/** Agreement, government and forms that cannot stand together in Russian text, judged only where every reading of both words is known. */
export function agreementHits(text: string, morphology: Morphology): AgreementHit[] {
  const tokens = words(text, 'ru');
  const short = tokens.length < MIN_PHRASE_WORDS;
  // A label of a few words ("Стрижка модельная креатив") is a list of terms, not a phrase to parse: only slips no list makes are told.
  // A short text with a finite verb is a sentence ("Заказ прибыла вчера."), read as one.
  if (short && !tokens.some((word) => isVerb(morphology.parse(word.text)))) {
    return [...labelSlips(text, tokens, morphology), ...missingPrepositions(text, tokens, morphology), ...governmentErrors(text, tokens, morphology, true)];
  }
  const government = governmentErrors(text, tokens, morphology);
  const persons = personErrors(text, tokens, morphology);
  const missing = missingPrepositions(text, tokens, morphology);
  const apart = (hits: AgreementHit[]) => (hit: AgreementHit) => !hits.some((g) => g.start < hit.end && hit.start < g.end);
  // "из прочною ткани" is one slip, told once: by the preposition, not again by the noun.
  const agreement = disagreements(text, tokens, morphology).filter(apart(government));
  const hits = [
    ...agreement,
    ...government,
    ...strayNounsAfterPreposition(text, tokens, morphology).filter(apart([...agreement, ...government])),
    ...agreedPhrasesInWrongCase(text, tokens, morphology),
    ...nominativeBeforeGenitive(text, tokens, morphology),
    ...relativeSubjectErrors(text, tokens, morphology),
    ...persons,
    ...participleErrors(text, tokens, morphology),
    ...doubleSuperlatives(text, tokens, morphology),
    ...demonstrativeSlips(text, tokens, morphology),
    ...allBeforeOblique(text, tokens, morphology),
    ...coordinatedSlips(text, tokens, morphology),
    ...missing,
    ...missingPrepositionsBeforePlaces(text, tokens, morphology),
  ];
  // A short saying often opens with an adjective that stands for a noun ("Смелого удача любит"): there only a preposition's or a pronoun's slip is told from the first word.
  const sure = [...government, ...persons, ...missing];
  return short ? hits.filter((hit) => hit.start > tokens[0]!.start || sure.includes(hit)) : hits;
}

/** Words set off by commas that part a participle from its noun. */
const PARENTHESES = /(?:в свою очередь|в частности|в том числе|например|к тому же|кроме того|как правило|по сути|в общем)$/iu;

/**
 * How far back from a comma a participle's noun is looked for: past a chain of genitives and
 * prepositions ("лицензиат Министерства РФ по связи и информатизации, осуществляющий").
 */
const PARTICIPLE_REACH = 10;

/**
 * "к прочим событиям, требующих участия юриста": a participial phrase after a comma agrees with a
 * noun of the clause before it ("событиям, требующим"; "гости отеля, желающие" agrees with "гости").
 * Judged only when that clause has a noun and no noun, pronoun or adjective in any reading agrees.
 */
function participleErrors(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((participle, i) => {
    const before = tokens[i - 1];
    if (!before || !/^\s*,\s*$/.test(text.slice(before.end, participle.start)) || !isLower(participle)) return;
    const parses = morphology.parse(participle.text);
    if (!judgeable(parses, ['PRTF'])) return;
    // "из компонента, вычисляемых свойств": an item of a list, the participle an attribute of the noun after it.
    const next = tokens[i + 1];
    if (next && onlySpaceBetween(text, participle, next) && morphology.parse(next.text).some((n) => n.pos === 'NOUN' && parses.some((p) => agrees(p, n)))) return;
    // "…свойства, в свою очередь, зависящие от…": a parenthesis stands between the participle and its noun.
    if (PARENTHESES.test(text.slice(Math.max(0, before.end - 24), before.end))) return;
    const clause: (readonly WordParse[])[] = [];
    for (let k = i - 1; k >= 0 && k >= i - PARTICIPLE_REACH; k--) {
      if (k < i - 1 && /[,.;:!?()«»"—–]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
      clause.push(morphology.parse(tokens[k]!.text));
    }
    // A word the dictionary lacks may be the participle's noun ("чекбоксов, привязанных"): then nothing is judged.
    if (!clause.some((word) => judgeable(word, ['NOUN'])) || clause.some((word) => word.length === 0)) return;
    // An indeclinable noun agrees in every case ("меню, позволяющее"); abbreviations and single letters do not count.
    const sure = (p: WordParse) => !UNSURE.some((g) => g !== 'Fixd' && p.grammemes.has(g));
    if (clause.some((word) => word.some((p) => sure(p) && parses.some((participleParse) => agrees(participleParse, p))))) return;
    const quote = text.slice(before.start, participle.end);
    hits.push({
      start: before.start,
      end: participle.end,
      message: { ru: `«${quote}»: причастие не согласовано с определяемым словом`, en: `"${quote}": the participle does not agree with the noun it describes` },
    });
  });
  return hits;
}

/** The person and number a verb in the present or future takes after each personal pronoun. */
const PERSONAL_PRONOUNS: Record<string, [string, string]> = {
  я: ['1per', 'sing'],
  ты: ['2per', 'sing'],
  он: ['3per', 'sing'],
  она: ['3per', 'sing'],
  оно: ['3per', 'sing'],
  мы: ['1per', 'plur'],
  вы: ['2per', 'plur'],
  они: ['3per', 'plur'],
};
const PERSONS = ['1per', '2per', '3per'];

/** The gender a past-tense verb takes after «он», «она», «оно»; «я» and «ты» take either in the singular. */
const PRONOUN_GENDERS: Record<string, string> = { он: 'masc', она: 'femn', оно: 'neut' };
function agreesInPast(verb: WordParse, pronoun: string): boolean {
  if (PERSONAL_PRONOUNS[pronoun]![1] === 'plur') return verb.grammemes.has('plur');
  const gender = PRONOUN_GENDERS[pronoun];
  return verb.grammemes.has('sing') && (!gender || verb.grammemes.has(gender));
}
function pastSlip(text: string, pronoun: WordToken, verb: WordToken): AgreementHit {
  const quote = text.slice(pronoun.start, verb.end);
  return {
    start: pronoun.start,
    end: verb.end,
    message: { ru: `«${quote}»: глагол в прошедшем времени не согласован с «${lower(pronoun)}» в роде или числе`, en: `"${quote}": the past-tense verb does not agree with «${lower(pronoun)}» in gender or number` },
  };
}

/** "Мы можете", "вы можем", "она грелся": a personal pronoun and the verb right after it disagree in person, number or gender. */
function personErrors(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((pronoun, i) => {
    const wanted = PERSONAL_PRONOUNS[pronoun.text.toLowerCase()];
    const verb = tokens[i + 1];
    if (!wanted || !verb || !onlySpaceBetween(text, pronoun, verb)) return;
    const parses = morphology.parse(verb.text);
    if (parses.length === 0 || !parses.every((p) => p.pos === 'VERB')) return;
    // The past tense has no person: it agrees in gender and number ("она пришла", "мы пришли").
    if (parses.every((p) => p.grammemes.has('past'))) {
      if (!parses.some((p) => agreesInPast(p, lower(pronoun)))) hits.push(pastSlip(text, pronoun, verb));
      return;
    }
    if (!parses.every((p) => PERSONS.some((person) => p.grammemes.has(person)))) return;
    if (parses.some((p) => p.grammemes.has(wanted[0]) && p.grammemes.has(wanted[1]))) return;
    const quote = text.slice(pronoun.start, verb.end);
    hits.push({
      start: pronoun.start,
      end: verb.end,
      message: { ru: `«${quote}»: глагол не согласован с «${pronoun.text.toLowerCase()}» в лице или числе`, en: `"${quote}": the verb does not agree with «${pronoun.text.toLowerCase()}» in person or number` },
    });
  });
  return hits;
}
