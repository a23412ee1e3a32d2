import type { Morphology } from '../text/morphology';
import { DERIVED_PREPOSITIONS, NEGATIVE_PRONOUN_PARTS, PREPOSITION_CASES, PRONOUN_N_FORMS } from '../lexicon/ru/government';
import { words, type WordToken } from '../text/segment';
import { type AgreementHit, isLower, lower, onlySpaceBetween } from './agreement';
import { keepCase } from '../text/normalise';

/** The plain form of each pronoun form with «н» ("нему" → "ему"). */
const PLAIN_FORMS: Record<string, string> = Object.fromEntries(Object.entries(PRONOUN_N_FORMS).map(([plain, withN]) => [withN, plain]));
/** «его», «её», «их» are also possessives ("для его клиентов"): as pronouns they end their phrase. */
const ALSO_POSSESSIVE = new Set(['его', 'её', 'ее', 'их']);

/** The word after the pronoun at `at` does not make it the object of another word ("к ему подобным", "по ей одной известным причинам"). */
function endsPhrase(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const next = tokens[at + 1];
  if (!next) return true;
  // A possessive may be parted from its noun by a quotation mark ("за его «грехи»"): it ends its phrase only at a stop or a comma.
  if (ALSO_POSSESSIVE.has(lower(tokens[at]))) return /^\s*[.!?;:,)]/.test(text.slice(tokens[at]!.end, next.start));
  if (!onlySpaceBetween(text, tokens[at]!, next)) return true;
  return !morphology.parse(next.text).some((p) => ['ADJF', 'ADJS', 'PRTF', 'NUMR'].includes(p.pos));
}

/** A preposition in the reading of one, with only a space before the word after it. */
function prepositionAt(text: string, tokens: WordToken[], at: number, morphology: Morphology): string | null {
  const [preposition, word] = [tokens[at]!, tokens[at + 1]];
  if (!word || !onlySpaceBetween(text, preposition, word) || !morphology.parse(preposition.text).some((p) => p.pos === 'PREP')) return null;
  return lower(preposition);
}

function hit(text: string, preposition: WordToken, pronoun: WordToken, fixed: string, ru: string, en: string): AgreementHit {
  const quote = text.slice(preposition.start, pronoun.end);
  const suggestion = `${text.slice(preposition.start, pronoun.start)}${keepCase(pronoun.text, fixed)}`;
  return { start: preposition.start, end: pronoun.end, message: { ru: `«${quote}» → «${suggestion}»: ${ru}`, en: `"${quote}" → "${suggestion}": ${en}` }, suggestion };
}

/**
 * "к ему", "с ими", "для его." → "к нему", "с ними", "для него": after a preposition a third-person
 * pronoun takes «н»; "у ней", "без ней" → "у неё", "без неё": a preposition of the genitive takes
 * the genitive form. A derived preposition takes none: "благодаря нему" → "благодаря ему".
 */
function pronounFormSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((preposition, i) => {
    const name = prepositionAt(text, tokens, i, morphology);
    const pronoun = tokens[i + 1];
    if (!name || !pronoun || !PREPOSITION_CASES[name]) return;
    const word = lower(pronoun);
    if (DERIVED_PREPOSITIONS.has(name)) {
      const plain = PLAIN_FORMS[word];
      if (plain) hits.push(hit(text, preposition, pronoun, plain, `после «${name}» местоимение пишется без «н»`, `after «${name}» the pronoun takes no «н»`));
      return;
    }
    const genitiveOnly = PREPOSITION_CASES[name]!.every((c) => c === 'gent' || c === 'gen2');
    if (word === 'ней' && genitiveOnly) {
      hits.push(hit(text, preposition, pronoun, 'неё', `после «${name}» нужен родительный падеж`, `after «${name}» Russian takes the genitive`));
      return;
    }
    const withN = PRONOUN_N_FORMS[word];
    if (!withN || !endsPhrase(text, tokens, i + 1, morphology)) return;
    hits.push(hit(text, preposition, pronoun, withN, 'после предлога местоимение 3-го лица пишется с «н»', 'after a preposition a third-person pronoun takes «н»'));
  });
  return hits;
}

/**
 * "у никого", "с нечем", "при никаких условиях" → "ни у кого", "не с чем", "ни при каких": a
 * preposition stands inside a negative pronoun, between its particle and the rest: a question word
 * ("кого", "каких"), not an adverb ("никогда") nor «которых» ("в некоторых").
 */
function negativePronounSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((preposition, i) => {
    const name = prepositionAt(text, tokens, i, morphology);
    const pronoun = tokens[i + 1]!;
    if (!name || !PREPOSITION_CASES[name] || DERIVED_PREPOSITIONS.has(name)) return;
    const word = lower(pronoun);
    const particle = Object.keys(NEGATIVE_PRONOUN_PARTS).find((p) => word.startsWith(p) && NEGATIVE_PRONOUN_PARTS[p]!.has(word.slice(p.length)));
    if (!particle || !isLower(pronoun) || !morphology.parse(word).some((p) => p.pos === 'NPRO' || p.grammemes.has('Apro'))) return;
    const rest = word.slice(particle.length);
    // "У никого" → "Ни у кого": the capital goes with the first word.
    const suggestion = `${keepCase(preposition.text, particle)} ${name}${text.slice(preposition.end, pronoun.start)}${rest}`;
    const quote = text.slice(preposition.start, pronoun.end);
    hits.push({
      start: preposition.start,
      end: pronoun.end,
      message: { ru: `«${quote}» → «${suggestion}»: предлог стоит между «${particle}» и местоимением`, en: `"${quote}" → "${suggestion}": the preposition goes between «${particle}» and the pronoun` },
      suggestion,
    });
  });
  return hits;
}

/** The word after the verb at `at` is a noun written small in a case the preposition before the verb takes. */
function displacedNoun(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const noun = tokens[at + 1];
  if (!noun || !onlySpaceBetween(text, tokens[at]!, noun) || !isLower(noun)) return false;
  const governed = PREPOSITION_CASES[lower(tokens[at - 1])]!;
  return morphology.parse(noun.text).some((p) => p.pos === 'NOUN' && [...p.grammemes].some((g) => governed.includes(g)));
}

/** Every reading but an abbreviation's is a preposition ("в", "к"; not "после", also an adverb, nor "на", also a particle). */
const onlyPreposition = (word: string, morphology: Morphology) => {
  const parses = morphology.parse(word).filter((p) => !p.grammemes.has('Abbr'));
  return parses.length > 0 && parses.every((p) => p.pos === 'PREP');
};

/**
 * "Он в пошёл лес": a preposition right before a finite verb stands in the wrong place, its noun after
 * the verb. Only a word that is a preposition in every reading, before one that is a finite verb in
 * every reading (a noun the dictionary lacks may read as one: "про кидал"), before a noun in the
 * preposition's case.
 */
function prepositionBeforeVerb(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((preposition, i) => {
    const verb = tokens[i + 1];
    if (!verb || !onlySpaceBetween(text, preposition, verb) || !isLower(verb) || !PREPOSITION_CASES[lower(preposition)] || !onlyPreposition(preposition.text, morphology)) return;
    const parses = morphology.parse(verb.text);
    if (parses.length === 0 || !parses.every((p) => p.pos === 'VERB') || !displacedNoun(text, tokens, i + 1, morphology)) return;
    const quote = text.slice(preposition.start, verb.end);
    hits.push({
      start: preposition.start,
      end: verb.end,
      message: { ru: `«${quote}»: предлог перед глаголом — он относится к существительному; проверьте порядок слов`, en: `"${quote}": a preposition before a verb belongs to a noun; check the word order` },
    });
  });
  return hits;
}

/** Pronouns and verbs after prepositions in Russian text. */
export function prepositionHits(text: string, morphology: Morphology): AgreementHit[] {
  const tokens = words(text, 'ru');
  return [...pronounFormSlips(text, tokens, morphology), ...negativePronounSlips(text, tokens, morphology), ...prepositionBeforeVerb(text, tokens, morphology)];
}
