import {
  APPOSITIVE_OPENERS,
  AUXILIARIES,
  BEFORE_INDEFINITE_SUBJECT,
  CLAUSE_OPENERS,
  INDEFINITE_SUBJECTS,
  IRREGULAR_THIRD_PERSON,
  NOUN_PHRASE_BREAKS,
  PLURAL_DETERMINERS,
  PLURAL_TO_SINGULAR_VERB,
  SINGULAR_HEADS,
  SINGULAR_PRONOUN_HEADS,
  SUBJECT_VERBS,
  VERBS_AFTER_INDEFINITE,
  VERBS_OF_TELLING,
  VERBS_AFTER_FAMILY,
  IRREGULAR_PLURAL_NAMES,
  PREPOSITIONS_BEFORE_PERSON,
  PLURAL_OF_PERSON,
  PLURAL_ONLY_VERBS,
  COUNTED_NOUNS,
  VERBS_OF_THINGS_SOLD,
  SINGULAR_RELATIVE_HEADS,
  BEFORE_GERUND_NOUN,
  VERBS_IN_RELATIVE_CLAUSE,
  OBJECT_STARTS,
  VERBS_NEVER_NOUNS,
  PREPOSITIONS_AFTER_A_HEAD,
} from '../lexicon/en/grammar';
import { looksPlural, thirdPerson } from '../text/english-forms';
import type { GrammarRule } from './grammar-rules';
import { keepCase } from '../text/normalise';
import { eitherCase, oneOf } from './pattern-parts-en';

/** Third-person form → base form, for every verb the pronoun rule knows. */
const BASE_OF: Record<string, string> = {
  ...Object.fromEntries(SUBJECT_VERBS.map((base) => [thirdPerson(base), base])),
  ...IRREGULAR_THIRD_PERSON,
};

/** The text of the sentence before a position: from the last sentence end on. */
/** Looked for within a bounded window: a block may be one long run of sentences. */
const sentenceBefore = (text: string, at: number) =>
  text
    .slice(Math.max(0, at - 400), at)
    .split(/[.!?;:•|\n]\s/u)
    .pop() ?? '';

/** A quotation is open at this point of the sentence: a slogan or a name, written as its author wished. */
function insideQuotes(text: string, at: number): boolean {
  const before = sentenceBefore(text, at);
  const straight = (before.match(/"/g) ?? []).length;
  const opened = (before.match(/[“«]/g) ?? []).length;
  const closed = (before.match(/[”»]/g) ?? []).length;
  return straight % 2 === 1 || opened > closed;
}

const OPENS_CLAUSE = new RegExp(String.raw`(?:^|[.!?;:•|(\n]["'”’)]?\s*|(?<![\p{L}'’])(?:${oneOf(CLAUSE_OPENERS)})\s+)$`, 'iu');
/** Nothing but the start of a sentence or a word like "if" stands before: the word after opens a clause. */
const opensClause = (text: string, at: number) => OPENS_CLAUSE.test(text.slice(Math.max(0, at - 40), at));

const nextWord = (text: string, from: number) => /^\s+([\p{L}'’]+)/u.exec(text.slice(from))?.[1]?.toLowerCase() ?? '';
const previousWord = (text: string, at: number) => /([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
/** "the" or "The": a lowercase word list matched at a sentence start too. */
/** Bare verbs an indefinite subject may stand before, each with its singular form. */
const SINGULAR_OF: Record<string, string> = {
  ...Object.fromEntries(VERBS_AFTER_INDEFINITE.map((base) => [base, thirdPerson(base)])),
  have: 'has',
  do: 'does',
  are: 'is',
};

/**
 * "we offers", "they provides", "if you, the customer, cancels": a plural pronoun as subject takes
 * the base form. "you" counts only where it opens a clause; "we send you updates" has it as object.
 */
const PRONOUN_SUBJECT: GrammarRule = {
  pattern: new RegExp(String.raw`(?<![\p{L}'’-])([Ww]e|[Tt]hey|[Yy]ou)((?:, (?:${oneOf(APPOSITIVE_OPENERS)}) [^,.;:!?"“”()]{1,40},)?) (${oneOf(Object.keys(BASE_OF))})(?![\p{L}'’-])`, 'gu'),
  fix: (m) => `${m[1]}${m[2]} ${BASE_OF[m[3]!]}`,
  accept: (m, text) => {
    const end = m.index + m[0].length;
    if (insideQuotes(text, m.index)) return false;
    // "we guides will show you round": a noun in apposition, then the verb. "has", "is" are never such a noun.
    if (!(m[3]! in IRREGULAR_THIRD_PERSON) && AUXILIARIES.includes(nextWord(text, end))) return false;
    return m[1]!.toLowerCase() !== 'you' || opensClause(text, m.index);
  },
  why: { ru: 'при подлежащем «we», «they», «you» глагол стоит без окончания -s', en: 'with "we", "they" or "you" as subject the verb takes no -s' },
};

/**
 * "the cost of all items are", "each of our rooms have": the verb agrees with the singular head,
 * not with the plural noun next to it. The phrase after "of" is short and plain (no clause, no
 * "and"), and the head opens the sentence or a clause, so "details of the cost of items are" and
 * "the flowers and the cost of delivery are" stay silent.
 */
const SINGULAR_HEAD_OF_PLURAL: GrammarRule = {
  pattern: new RegExp(
    String.raw`(?<![\p{L}'’-])((?:(?:the|this|that|our|your|their|its) (?:${oneOf(SINGULAR_HEADS)})|${oneOf(SINGULAR_PRONOUN_HEADS)}) of ((?:[\p{L}\d'’-]+ ){1,4}?))(${oneOf(Object.keys(PLURAL_TO_SINGULAR_VERB))})(?![\p{L}'’-])`,
    'giu',
  ),
  fix: (m) => `${m[1]}${keepCase(m[3]!, PLURAL_TO_SINGULAR_VERB[m[3]!.toLowerCase()]!)}`,
  accept: (m, text) => {
    const gap = m[2]!.trim().toLowerCase().split(/\s+/);
    if (gap.some((word) => NOUN_PHRASE_BREAKS.includes(word))) return false;
    return opensClause(text, m.index) && !insideQuotes(text, m.index);
  },
  why: { ru: 'сказуемое согласуется с главным словом в единственном числе, а не с существительным после «of»', en: 'the verb agrees with the singular head, not with the plural after "of"' },
};

/**
 * "if anyone need help", "to everybody understand": "everyone", "nothing" and the like take a singular
 * verb. Only after a conjunction or "to": modals, "let", "make" and a subjunctive "that" take the bare form.
 */
const INDEFINITE_SUBJECT: GrammarRule = {
  pattern: new RegExp(String.raw`(?<=(?<![\p{L}'’-])(?:${eitherCase(BEFORE_INDEFINITE_SUBJECT)}) )(${oneOf(INDEFINITE_SUBJECTS)}) (${oneOf(Object.keys(SINGULAR_OF))})(?![\p{L}'’-])`, 'gu'),
  fix: (m) => `${m[1]} ${SINGULAR_OF[m[2]!]}`,
  accept: (m, text) => !insideQuotes(text, m.index),
  why: { ru: 'после «everyone», «anyone», «nothing» глагол стоит в единственном числе', en: '"everyone", "anyone" and "nothing" take a singular verb' },
};

/**
 * "the repairs that has been done", "our guests who is": the verb of a "that"/"who" clause agrees with
 * the plural noun it describes. After "one of" ("one of the shops that is open") usage is split and the
 * rule keeps silent; after "tell", "show" the "that" opens a clause of its own.
 */
const PLURAL_NOUN = String.raw`([a-z]{3,}s|people|children|men|women)`;
/** "some work/repairs that has been done": of nouns offered as alternatives the verb agrees with the nearer. */
const ALTERNATIVE_BEFORE = String.raw`(?:[a-z]+/)?`;
/** The verb of such a clause and its plural: "has" → "have", "includes" → "include" ("the services that includes"). */
const PLURAL_OF_RELATIVE_VERB: Record<string, string> = {
  ...Object.fromEntries(VERBS_NEVER_NOUNS.map((base) => [thirdPerson(base), base])),
  ...IRREGULAR_THIRD_PERSON,
};
const PLURAL_HEAD_OF_RELATIVE: GrammarRule = {
  pattern: new RegExp(String.raw`(?<![\p{L}'’-])((?:${eitherCase(PLURAL_DETERMINERS)}) ${ALTERNATIVE_BEFORE}${PLURAL_NOUN} (?:that|who) )(${oneOf(Object.keys(PLURAL_OF_RELATIVE_VERB))})(?![\p{L}'’-])`, 'gu'),
  fix: (m) => `${m[1]}${PLURAL_OF_RELATIVE_VERB[m[3]!]}`,
  accept: (m, text) => {
    if (m[2]!.endsWith('s') && !looksPlural(m[2]!)) return false;
    const before = previousWord(text, m.index);
    if (before === 'of' || VERBS_OF_TELLING.includes(before)) return false;
    // "the fee for the lessons that covers insurance": an "-s" verb may agree with the fee.
    if (!(m[3]! in IRREGULAR_THIRD_PERSON) && PREPOSITIONS_AFTER_A_HEAD.includes(before)) return false;
    return !/^\s+to\s+say\b/u.test(text.slice(m.index + m[0].length)) && !insideQuotes(text, m.index);
  },
  why: { ru: 'глагол придаточного согласуется с существительным во множественном числе', en: 'the verb of the clause agrees with the plural noun it describes' },
};

/**
 * "a package that include", "we do grooming that result in": a singular head described by a "that" clause takes
 * the "-s" form. The head is a counted noun after a singular determiner, or an "-ing" noun after a determiner or
 * "do"/"offer" (never a verb of its own: "we are finishing that work in May" has "that" as a determiner), with no
 * plural before it ("the dogs barking that keep us up" describes the dogs). A verb that is also a noun must have
 * its object or phrase after it, so "proud of that result." stays out; a plural just before the head's phrase
 * ("owners of the shop that need help") may be what the clause describes.
 */
const SINGULAR_HEAD = String.raw`(?:(?<=(?<![\p{L}'’-])(?:[Aa]n?|[Ee]ach|[Ee]very|[Tt]his|[Tt]he|[Oo]ur|[Yy]our|[Tt]heir|[Aa]ny) )(?:[a-z]+ ){0,2}?(?:${oneOf(SINGULAR_RELATIVE_HEADS)})|(?<=(?<![\p{L}'’-])(?:${oneOf(BEFORE_GERUND_NOUN)}|the|our|your|their|any|this) )(?:[a-z]*[a-rt-z] )?[a-z]{3,}ing)`;
const SINGULAR_HEAD_OF_RELATIVE: GrammarRule = {
  pattern: new RegExp(String.raw`(?<![\p{L}'’-])(${SINGULAR_HEAD} that )(?:(${oneOf(VERBS_IN_RELATIVE_CLAUSE)})(?= (?:${oneOf(OBJECT_STARTS)})(?![\p{L}'’-]))|(${oneOf(VERBS_NEVER_NOUNS)})(?= \p{Ll}))`, 'gu'),
  fix: (m) => `${m[1]}${thirdPerson(m[2] ?? m[3]!)}`,
  accept: (m, text) => {
    const owner = /(?<![\p{L}'’-])([a-z]{3,}s|people|children) (?:of|for|in|at|from|with|on) \S+ $/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    return !(owner && (!owner.endsWith('s') || looksPlural(owner))) && !insideQuotes(text, m.index);
  },
  why: { ru: 'глагол придаточного согласуется с существительным в единственном числе', en: 'the verb of the clause agrees with the singular noun it describes' },
};

/**
 * "Our prices is fair", "if the rooms has a view": a plural subject that opens a clause takes a plural
 * verb. Only a determiner and the plural noun, with nothing between, so "the price of the rooms is" and
 * "the kids menu is" stay out.
 */
const PLURAL_SUBJECT: GrammarRule = {
  pattern: new RegExp(String.raw`(?<![\p{L}'’-])((?:${eitherCase(PLURAL_DETERMINERS)}) ${PLURAL_NOUN} )(has|is|was|does)(?![\p{L}'’-])`, 'gu'),
  fix: (m) => `${m[1]}${IRREGULAR_THIRD_PERSON[m[3]!]}`,
  accept: (m, text) => (!m[2]!.endsWith('s') || looksPlural(m[2]!)) && opensClause(text, m.index) && !insideQuotes(text, m.index),
  why: { ru: 'подлежащее во множественном числе — глагол тоже', en: 'a plural subject takes a plural verb' },
};

/** Nothing but the start of the text or of a sentence stands before: a heading or a list item opens there too. */
const opensSentence = (text: string, at: number) => /(?:^|[.!?;:•|\n]["'”’)]?\s*)$/u.test(text.slice(Math.max(0, at - 5), at));

/**
 * "Each lesson last an hour", "Grooming package include:": a singular thing opening a sentence takes the
 * "-s" form. Only at a sentence start, so "does the package include" and "require that each lesson last" (a
 * subjunctive) stay silent; with a determiner or one capitalised word before the noun, so no plural is hidden.
 */
const SINGULAR_THING_SUBJECT: GrammarRule = {
  pattern: new RegExp(
    String.raw`(?<![\p{L}'’-])((?:${eitherCase(['the', 'this', 'that', 'each', 'every', 'our', 'your', 'its'])}|\p{Lu}\p{Ll}+) (${oneOf(COUNTED_NOUNS)}) )(${oneOf(VERBS_OF_THINGS_SOLD)})(?![\p{L}'’-])`,
    'gu',
  ),
  fix: (m) => `${m[1]}${thirdPerson(m[3]!)}`,
  accept: (m, text) => opensSentence(text, m.index) && !insideQuotes(text, m.index),
  why: { ru: 'подлежащее в единственном числе — глагол с окончанием -s', en: 'a singular subject takes the "-s" form of the verb' },
};

/** "Smith" → "Smiths", "Jones" → "Joneses", "Kennedy" → "Kennedys" (a name keeps its "y", unlike plural()). */
const familyPlural = (name: string) => (/(?:s|x|z|ch|sh)$/u.test(name) ? `${name}es` : `${name}s`);

/**
 * "The Holloway's give thanks": a family named as a whole is a plural with no apostrophe. Only before a verb
 * that is never a noun nor an adjective, so a possessive ("the Smith's own recipe", "the Army's trained men")
 * stays out.
 */
const FAMILY_NAME_WITH_APOSTROPHE: GrammarRule = {
  pattern: new RegExp(String.raw`(?<![\p{L}'’-])([Tt]he) (\p{Lu}\p{Ll}+)['’]s (${oneOf(VERBS_AFTER_FAMILY)})(?![\p{L}'’-])`, 'gu'),
  fix: (m) => `${m[1]} ${familyPlural(m[2]!)} ${m[3]}`,
  accept: (m, text) => !IRREGULAR_PLURAL_NAMES.includes(m[2]!.toLowerCase()) && !insideQuotes(text, m.index),
  why: { ru: 'семья во множественном числе пишется без апострофа: «the Smiths are»', en: 'a family as a whole is a plural with no apostrophe: "the Smiths are"' },
};

/**
 * "discounts for customer who need a van": a person counted, with no article, then a "who" clause with a
 * plural verb: the noun was meant plural. "With child" (pregnant) and "business" (often uncountable: "those
 * travelling for business who…") stay out of the list.
 */
const BARE_PERSON_BEFORE_WHO: GrammarRule = {
  pattern: new RegExp(String.raw`(?<![\p{L}'’-])((?:${eitherCase(PREPOSITIONS_BEFORE_PERSON)}) )(${oneOf(Object.keys(PLURAL_OF_PERSON))}) who (${oneOf(PLURAL_ONLY_VERBS)})(?![\p{L}'’-])`, 'gu'),
  fix: (m) => `${m[1]}${PLURAL_OF_PERSON[m[2]!]} who ${m[3]}`,
  accept: (m, text) => !insideQuotes(text, m.index),
  why: { ru: 'глагол во множественном числе: существительное тоже должно быть во множественном', en: 'the verb after "who" is plural, so the person it describes is too' },
};

export const ENGLISH_AGREEMENT_RULES: GrammarRule[] = [
  PRONOUN_SUBJECT,
  SINGULAR_HEAD_OF_PLURAL,
  INDEFINITE_SUBJECT,
  PLURAL_HEAD_OF_RELATIVE,
  PLURAL_SUBJECT,
  FAMILY_NAME_WITH_APOSTROPHE,
  BARE_PERSON_BEFORE_WHO,
  SINGULAR_THING_SUBJECT,
  SINGULAR_HEAD_OF_RELATIVE,
];
