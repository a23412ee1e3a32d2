import { sameSourcePiece } from '../material/pieces';
import { BEFORE_THE_SAME, BEFORE_VERB_MAKE, KIND_COMPOUND_ENDINGS, LIST_OPENING_VERBS, NOUNS_AFTER_THE_SAME, PREPOSITIONS_BEFORE_WHICH, VERBS_AFTER_MAKE_OBJECT } from '../lexicon/en/grammar';
import type { GrammarRule } from './grammar-rules';
import { END, START, oneOf } from './pattern-parts-en';

/** The word before a position, past a comma: "SystemK4" in "SystemK4, which". */
const wordBefore = (text: string, at: number) => /([\p{L}\d]+),? $/u.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase() ?? '';

/** The text of the sentence before a position, within a bounded window: a block may be one long run of sentences. */
const sentenceBefore = (text: string, at: number) =>
  text
    .slice(Math.max(0, at - 300), at)
    .split(/[.!?;:•|\n]\s/u)
    .pop() ?? '';
/** A quotation is open at this point of the sentence: a slogan or a title, written as its author wished. */
function insideQuotes(text: string, at: number): boolean {
  const before = sentenceBefore(text, at);
  return (before.match(/"/g) ?? []).length % 2 === 1 || (before.match(/[“«]/g) ?? []).length > (before.match(/[”»]/g) ?? []).length;
}

/**
 * Words a sentence lost and sentences run into each other: "help you make look perfect" (the object of
 * "make"), "enjoy same level of quality" (the article of "same"), "with us We will" (a full stop or a
 * comma), "carriers are: A, B and C are all accepted" (one verb said twice around its list).
 */
export const ENGLISH_SENTENCE_RULES: GrammarRule[] = [
  {
    // "we make feel at home", "help you make look your best": "make" in this sense takes its object before
    // the verb ("make you feel", "make it look"). "Making" is the verb wherever it stands but after "the"; "make"
    // only where the word before shows it is one, so a car's "make" ("most makes look alike") and "a custom made
    // look" stay out.
    pattern: new RegExp(String.raw`(?:(?<=${START}(?:${oneOf(BEFORE_VERB_MAKE)}) )(make|makes)|(?<![Tt]he )${START}(making)) (${oneOf(VERBS_AFTER_MAKE_OBJECT)})${END}`, 'giu'),
    fix: (m) => `${m[1] ?? m[2]} … ${m[3]}`,
    accept: (m, text) => !insideQuotes(text, m.index),
    why: { ru: 'после «make» в этом значении нужно дополнение: «make you feel», «make it look»', en: '"make" in this sense takes its object before the verb: "make you feel", "make it look"' },
  },
  {
    // "enjoy same level of quality", "with same care": "same" before a noun takes "the". After a verb or a
    // preposition only, and before a noun that is no part of a compound ("same day service", "same-day").
    pattern: new RegExp(String.raw`(?<=${START}(?:${oneOf(BEFORE_THE_SAME)}) )same (${oneOf(NOUNS_AFTER_THE_SAME)})${END}`, 'gu'),
    fix: (m) => `the ${m[0]}`,
    accept: (m, text) => !insideQuotes(text, m.index),
    why: { ru: 'перед «same» с существительным нужен артикль «the»', en: '"same" before a noun takes "the": "the same level"' },
  },
  {
    // "we use EcoSol which a plant-based solvent": "which a" after a product's name and before a compound
    // adjective of kind describes the product and lost its "is". Only after a capitalised name, so "the bowl which
    // a dog-friendly host fills" (an object clause) stays out, and not after a preposition opening a sentence ("In which a").
    pattern: new RegExp(String.raw`(?<=\p{Lu}[\p{L}\d]*,? )(which) (an?) ([\p{L}\d/]+-(?:${oneOf(KIND_COMPOUND_ENDINGS)}))${END}`, 'gu'),
    fix: (m) => `${m[1]} is ${m[2]} ${m[3]}`,
    accept: (m, text) => !PREPOSITIONS_BEFORE_WHICH.includes(wordBefore(text, m.index)) && !insideQuotes(text, m.index),
    why: { ru: 'после «which» пропущен глагол: «which is a …»', en: 'the verb after "which" is missing: "which is a …"' },
  },
  {
    // "Once you drop it off with us We will call": a capital "We" right after a word in small letters, with no
    // stop or comma between, shows two sentences run together. Within one piece of the source only, so a
    // caption that meets the next line ("about us" + "We bake") is two pieces, and not in a quoted title.
    pattern: /(?<![\p{L}\d'’.-])(\p{Ll}{2,}) W(e(?:['’](?:ll|re|ve|d))?)(?= \p{Ll})/gu,
    fix: (m) => `${m[1]}, w${m[2]}`,
    accept: (m, text, block) => (!block || sameSourcePiece(block, m.index, m.index + m[0].length - 1)) && !insideQuotes(text, m.index),
    why: { ru: '«We» с заглавной буквы посреди предложения: пропущена точка или запятая перед ним', en: 'a capital "We" in mid-sentence: a full stop or a comma before it is missing' },
  },
  {
    // "the carriers we take are: A, B, and C are all accepted": the verb before the colon and the list is said
    // again after it. Only with "are all" closing the list, which takes the whole list as its subject, so a
    // list whose last item has its own verb ("…, and seniors are free") stays out.
    pattern: new RegExp(String.raw`${START}(${oneOf(LIST_OPENING_VERBS)}): ((?:[^.!?:;,\n]{1,40}, )+(?:and |or )?[^.!?:;,\n]{1,40}?) are all(?= \p{Ll})`, 'gu'),
    fix: (m) => `: ${m[2]} are all`,
    accept: (m, text) => /(?:^|, )(?:and|or) |(?<![\p{L}'’])(?:and|or) [^,]+$/u.test(m[2]!) && !insideQuotes(text, m.index),
    why: { ru: 'глагол сказан дважды: перед списком с двоеточием и после него', en: 'the verb is said twice, before the list and its colon and again after the list' },
  },
];
