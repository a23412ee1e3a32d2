import type { Morphology, WordParse } from '../text/morphology';
import { COLLECTIVE_TO_CARDINAL, GENDER_PAIRS, ONE_NOMINATIVE, TIME_OF_DAY } from '../lexicon/ru/numerals';
import { PAUCAL_NUMERALS } from '../lexicon/ru/set-phrases';
import { PREPOSITION_CASES } from '../lexicon/ru/government';
import { words, type WordToken } from '../text/segment';
import { type AgreementHit, caseOf, genderOf, isCyrillicWord, isLower, judgeable, lower, onlySpaceBetween } from './agreement';
import { keepCase } from '../text/normalise';

/** The place of a cardinal numeral's part in a compound: hundreds (3) before tens (2) before units (1). */
const HUNDREDS = /^(?:сто|ста|двести|триста|четыреста|\p{L}+(?:сот|стам|стами|стах))$/u;
const TENS = /^(?:\p{L}*дцат\p{L}*|\p{L}+десят\p{L}*|\p{L}+десятью|сорок|сорока|девяносто|девяноста)$/u;
const TEENS = /надцат/u;
function numeralPlace(word: string): number {
  if (HUNDREDS.test(word)) return 3;
  return TENS.test(word) && !TEENS.test(word) ? 2 : 1;
}

/** The case a noun should stand in, as the message says it: «в родительном падеже». */
const CASE_NAMES: Record<string, string> = { gent: 'родительном', datv: 'дательном', accs: 'винительном', ablt: 'творительном', loct: 'предложном', nomn: 'именительном' };

const isNumeral = (parses: readonly WordParse[]) => parses.some((p) => p.pos === 'NUMR');
/** A noun of common gender ("сирота", "коллега") or with no singular ("сутки") takes either form. */
const anyGender = (p: WordParse) => p.grammemes.has('ms-f') || p.grammemes.has('Ms-f') || p.grammemes.has('GNdr') || p.grammemes.has('Pltm');

/** The noun right after the numeral at `at`: a Cyrillic word written small, only a space between, a noun in every reading. */
function countedNoun(text: string, tokens: WordToken[], at: number, morphology: Morphology): { noun: WordToken; parses: readonly WordParse[] } | null {
  const noun = tokens[at + 1];
  if (!noun || !isCyrillicWord(noun) || !isLower(noun) || !onlySpaceBetween(text, tokens[at]!, noun) || TIME_OF_DAY.has(lower(noun))) return null;
  const parses = morphology.parse(noun.text);
  return judgeable(parses, ['NOUN']) ? { noun, parses } : null;
}

function hit(text: string, first: WordToken, last: WordToken, ru: string, en: string, suggestion?: string): AgreementHit {
  const quote = text.slice(first.start, last.end);
  return { start: first.start, end: last.end, message: { ru: `«${quote}»: ${ru}`, en: `"${quote}": ${en}` }, ...(suggestion ? { suggestion } : {}) };
}

/**
 * "две варианта", "два недели", "полторы месяца": «два» and «полтора» go with masculine and neuter
 * nouns, «две» and «полторы» with feminine ones; the noun's case is right, so the numeral's other
 * form is the fix. (A noun in the wrong case after them is judged with the set phrases.)
 */
function genderSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((numeral, i) => {
    const other = GENDER_PAIRS[lower(numeral)];
    const counted = other ? countedNoun(text, tokens, i, morphology) : null;
    if (!other || !counted || counted.parses.some(anyGender)) return;
    const numeralParses = morphology.parse(numeral.text).filter((p) => p.pos === 'NUMR');
    const genitiveSingular = counted.parses.filter((n) => caseOf(n) === 'gent' && n.grammemes.has('sing'));
    const feminine = (g: string | null) => g === 'femn';
    const fits = (n: WordParse) => numeralParses.some((p) => feminine(genderOf(p)) === feminine(genderOf(n)));
    if (genitiveSingular.length === 0 || genitiveSingular.some(fits)) return;
    const fixed = keepCase(numeral.text, other);
    const noun = counted.noun.text;
    hits.push(hit(text, numeral, counted.noun, `числительное не согласовано с существительным в роде — «${fixed} ${noun}»`, `the numeral does not agree with the noun in gender («${fixed} ${noun}»)`, `${fixed} ${noun}`));
  });
  return hits;
}

/**
 * "пять карандаша", "двадцать клиенты": after a cardinal from five on, in the nominative or
 * accusative, the noun stands in the genitive plural. A noun that has a genitive plural reading is
 * never judged, nor one that can be neither genitive nor nominative, nor the time of day after a
 * clock time ("в пять утра").
 */
function manySlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((numeral, i) => {
    const numeralParses = morphology.parse(numeral.text);
    if (PAUCAL_NUMERALS.has(lower(numeral)) || COLLECTIVE_TO_CARDINAL[lower(numeral)] || !isCyrillicWord(numeral)) return;
    if (!judgeable(numeralParses, ['NUMR']) || !numeralParses.every((p) => ['nomn', 'accs'].includes(caseOf(p) ?? '')) || ['сколько', 'столько', 'несколько'].includes(lower(numeral))) return;
    const counted = countedNoun(text, tokens, i, morphology);
    if (!counted || counted.parses.some((n) => n.grammemes.has('plur') && caseOf(n) === 'gent')) return;
    // A noun in another case belongs elsewhere ("по десять остановку"): the slip is a genitive singular or a nominative.
    if (!counted.parses.some((n) => caseOf(n) === 'gent' || caseOf(n) === 'nomn')) return;
    hits.push(hit(text, numeral, counted.noun, `после «${lower(numeral)}» существительное стоит в родительном падеже множественного числа`, `after «${lower(numeral)}» the noun takes the genitive plural`));
  });
  return hits;
}

/**
 * "о двух вариантов", "с пятью рублей": a numeral in an oblique case shares its case with the noun
 * after it, which stands in the plural. Judged only when no reading of the noun is a plural in any
 * case the numeral may have, nor a nominative.
 */
function obliqueSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((numeral, i) => {
    const numeralParses = morphology.parse(numeral.text);
    if (!judgeable(numeralParses, ['NUMR']) || numeralParses.some((p) => ['nomn', 'accs'].includes(caseOf(p) ?? '') && !p.grammemes.has('anim')) || !isCyrillicWord(numeral)) return;
    const cases = casesAfterPreposition(text, tokens, i, numeralParses, morphology);
    const counted = countedNoun(text, tokens, pastAttributes(text, tokens, i, cases, morphology), morphology);
    if (!counted) return;
    // A nominative after the numeral opens another phrase ("в пятидесяти друг от друга", "из пяти клиент выбрал").
    if (counted.parses.some((n) => ((n.grammemes.has('plur') || n.grammemes.has('Pltm')) && cases.has(caseOf(n))) || caseOf(n) === 'nomn')) return;
    const wanted = [...cases]
      .filter((c) => c && CASE_NAMES[c])
      .map((c) => CASE_NAMES[c!])
      .join(' или ');
    hits.push(hit(text, numeral, counted.noun, `существительное после числительного стоит в том же падеже (${wanted}) и во множественном числе`, 'the noun after the numeral shares its case and stands in the plural'));
  });
  return hits;
}

/** How many attributes in one of the numeral's cases may stand before its noun ("двух рабочих дней"). */
const ATTRIBUTES_REACH = 2;
/** The index of the last attribute after the numeral at `at` that is a plural in one of its cases, or `at` itself. */
function pastAttributes(text: string, tokens: WordToken[], at: number, cases: Set<string | null>, morphology: Morphology): number {
  let last = at;
  while (last < at + ATTRIBUTES_REACH && tokens[last + 1] && onlySpaceBetween(text, tokens[last]!, tokens[last + 1]!) && isLower(tokens[last + 1]!)) {
    const parses = morphology.parse(tokens[last + 1]!.text);
    if (!judgeable(parses, ['ADJF']) || !parses.some((p) => p.grammemes.has('plur') && cases.has(caseOf(p)))) break;
    last++;
  }
  return last;
}

/** The numeral's cases, narrowed to those the preposition right before it takes ("о двух": the prepositional only). */
function casesAfterPreposition(text: string, tokens: WordToken[], at: number, numeralParses: readonly WordParse[], morphology: Morphology): Set<string | null> {
  const cases = new Set(numeralParses.map(caseOf));
  const preposition = tokens[at - 1];
  const governed = preposition && onlySpaceBetween(text, preposition, tokens[at]!) && morphology.parse(preposition.text).some((p) => p.pos === 'PREP') ? PREPOSITION_CASES[lower(preposition)] : undefined;
  const narrowed = governed ? [...cases].filter((c) => c && governed.includes(c)) : [];
  return narrowed.length > 0 ? new Set(narrowed) : cases;
}

/**
 * "сто двадцать пятью", "ста двадцать пять": every part of a compound cardinal takes the same case.
 * The parts are numerals side by side, hundreds before tens before units ("пятью пять" is a product).
 */
function compoundSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let last = i;
    while (
      isCardinal(tokens[last]!, morphology) &&
      tokens[last + 1] &&
      onlySpaceBetween(text, tokens[last]!, tokens[last + 1]!) &&
      isCardinal(tokens[last + 1]!, morphology) &&
      numeralPlace(lower(tokens[last + 1])) < numeralPlace(lower(tokens[last]))
    )
      last++;
    if (last > i && !sharesCase(tokens.slice(i, last + 1), morphology)) {
      hits.push(hit(text, tokens[i]!, tokens[last]!, 'части составного числительного стоят в разных падежах — склоняется каждая часть', 'the parts of a compound numeral stand in different cases; each part is declined'));
    }
    i = last + 1;
  }
  return hits;
}

const isCardinal = (word: WordToken, morphology: Morphology) => isCyrillicWord(word) && morphology.parse(word.text).some((p) => p.pos === 'NUMR' && !p.grammemes.has('Coll'));
function sharesCase(parts: WordToken[], morphology: Morphology): boolean {
  const casesOf = (word: WordToken) =>
    new Set(
      morphology
        .parse(word.text)
        .filter((p) => p.pos === 'NUMR')
        .map(caseOf),
    );
  const [first, ...rest] = parts.map(casesOf);
  return [...first!].some((c) => rest.every((cases) => cases.has(c)));
}

/**
 * "двое подруг", "трое окон": a collective numeral counts people of male or common gender, young
 * animals and nouns with no singular ("двое суток"); with a feminine noun or a thing it is the
 * cardinal's place ("две подруги"). Masculine animate nouns (people or animals) are left alone.
 */
function collectiveSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((numeral, i) => {
    const cardinal = COLLECTIVE_TO_CARDINAL[lower(numeral)];
    const counted = cardinal ? countedNoun(text, tokens, i, morphology) : null;
    if (!counted || counted.parses.some(anyGender)) return;
    const wrong = (n: WordParse) => n.grammemes.has('femn') || (n.grammemes.has('inan') && !n.grammemes.has('Pltm'));
    if (!counted.parses.every(wrong)) return;
    hits.push(hit(text, numeral, counted.noun, `собирательное числительное не сочетается с этим существительным — нужно «${cardinal}»`, `the collective numeral does not go with this noun; use «${cardinal}»`));
  });
  return hits;
}

/**
 * "один карандаша", "двадцать один учеников": «один» agrees with its noun like an adjective, so in
 * the nominative it takes no noun that can only be genitive or only plural.
 */
function oneSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((one, i) => {
    if (!ONE_NOMINATIVE.has(lower(one))) return;
    const counted = countedNoun(text, tokens, i, morphology);
    // «один» is singular: a noun plural in every reading ("один учеников") or genitive in every reading ("один карандаша") is not its.
    if (!counted || !(counted.parses.every((n) => caseOf(n) === 'gent') || counted.parses.every((n) => n.grammemes.has('plur') && !n.grammemes.has('Pltm')))) return;
    hits.push(
      hit(
        text,
        one,
        counted.noun,
        `«${lower(one)}» согласуется с существительным в падеже — оно стоит в именительном или винительном`,
        `«${lower(one)}» agrees with its noun in case: the noun stands in the nominative or accusative`,
      ),
    );
  });
  return hits;
}

/** Numerals and the nouns they count in Russian text, judged only where every reading of the noun is known. */
export function numeralHits(text: string, morphology: Morphology): AgreementHit[] {
  const tokens = words(text, 'ru');
  if (!tokens.some((word) => ONE_NOMINATIVE.has(lower(word)) || isNumeral(morphology.parse(word.text)))) return [];
  return [
    ...genderSlips(text, tokens, morphology),
    ...manySlips(text, tokens, morphology),
    ...obliqueSlips(text, tokens, morphology),
    ...compoundSlips(text, tokens, morphology),
    ...collectiveSlips(text, tokens, morphology),
    ...oneSlips(text, tokens, morphology),
  ];
}
