import { COUNTED_NOUNS, MODALS, PARTICIPLES_AFTER_MODAL, SUBJECT_VERBS, VERBS_OF_THINGS_SOLD } from '../lexicon/en/grammar';
import { looksPlural, thirdPerson } from '../text/english-forms';
import {
  ADVERBS_BEFORE_VERB,
  AFTER_A_VERB,
  EVERYDAY_COUNTED_NOUNS,
  AFTER_QUESTION_PRONOUN,
  AUXILIARY_OF_PRONOUN,
  BASE_VERBS,
  BE_OF_PRONOUN,
  NEGATED_MODALS,
  OPENERS_BEFORE_SUBJECT,
  PLURAL_ING_WORDS,
  PLURAL_NAMES_OF_ONE_THING,
  PLURAL_SUBJECT_DETERMINERS,
  PREPOSITIONS_AFTER_SUBJECT,
  QUESTION_WORDS,
  SUBJUNCTIVE_OPENERS,
  VERBS_WITH_NO_NOUN_IN_S,
} from '../lexicon/en/real-words';
import type { GrammarRule } from './grammar-rules';
import { keepCase } from '../text/normalise';
import { END, SENTENCE_START, START, eitherCase, oneOf } from './pattern-parts-en';

const nextWord = (text: string, from: number) => /^\s+([\p{L}'’-]+)/u.exec(text.slice(from, from + 60))?.[1]?.toLowerCase() ?? '';
const previousWord = (text: string, at: number) => /([\p{L}'’-]+),?\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
/** Nothing but the start of a sentence stands before this position. */
const opensSentence = (text: string, at: number) => /(?:^|[.!?:;•|\n]["'”’)]?\s*)$/u.test(text.slice(Math.max(0, at - 5), at));
/** The subject opens a clause: a sentence starts here, or a word like "and", "because" stands before. */
const opensClause = (text: string, at: number) => opensSentence(text, at) || OPENERS_BEFORE_SUBJECT.includes(previousWord(text, at).toLowerCase());
/** "he and she walk", "you or I have": a pronoun second in a pair shares a plural verb. */
const secondOfPair = (text: string, at: number) => /(?:^|[^\p{L}])(?:\p{L}+) (?:and|or|nor) $/u.test(text.slice(Math.max(0, at - 30), at));
/** A quotation is open before this position: a slogan or a name, written as its author wished. */
const insideQuotes = (text: string, at: number) => {
  const before =
    text
      .slice(Math.max(0, at - 300), at)
      .split(/[.!?;:•|\n]\s/u)
      .pop() ?? '';
  return (before.match(/"/g) ?? []).length % 2 === 1 || (before.match(/[“«]/g) ?? []).length > (before.match(/[”»]/g) ?? []).length;
};

/** Every base verb the rules know, and its "-s" form. */
/** Pronouns and function words that cannot stand between a determiner and its noun. */
const NOT_ADJECTIVES = [
  'i',
  'he',
  'she',
  'it',
  'we',
  'they',
  'you',
  'that',
  'which',
  'who',
  'what',
  'and',
  'or',
  'but',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'is',
  'are',
  'was',
  'were',
  'be',
  'do',
  'did',
  'can',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'my',
  'your',
  'our',
  'their',
  'his',
  'her',
  'its',
  'so',
  'if',
  'when',
  'as',
  'than',
  'then',
  'there',
  'here',
  'not',
  'no',
];
const KNOWN_VERBS = [...new Set([...BASE_VERBS, ...SUBJECT_VERBS])];
const BASE_OF_S_FORM: Record<string, string> = { ...Object.fromEntries(KNOWN_VERBS.map((base) => [thirdPerson(base), base])), has: 'have', does: 'do' };
const S_FORM_OF_BASE: Record<string, string> = { ...Object.fromEntries(BASE_VERBS.map((base) => [base, thirdPerson(base)])), have: 'has', do: 'does' };

/** The verbs "be", "have" and "do" that agree with their pronoun: "I is", "he were", "Is you", "When have he". */
const PRONOUN_AND_AUXILIARY: GrammarRule[] = [
  {
    // "I is here", "She were late": "I" takes "am"/"was", "he" and "she" take "is"/"was". Only where the pronoun
    // opens its clause ("Phase I is" counts phases) and not after "if" or "wish", where "were" is the subjunctive.
    pattern: new RegExp(String.raw`${START}(I|[Hh]e|[Ss]he) (is|are|were|am)${END}`, 'gu'),
    fix: (m) => `${m[1]} ${BE_OF_PRONOUN[m[1]!.toLowerCase()]![m[2]!]}`,
    accept: (m, text) => {
      if (!BE_OF_PRONOUN[m[1]!.toLowerCase()]![m[2]!] || !opensClause(text, m.index) || secondOfPair(text, m.index) || insideQuotes(text, m.index)) return false;
      const before = text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
      return m[2] !== 'were' || !new RegExp(String.raw`(?:^|[^\p{L}])(?:${oneOf(SUBJUNCTIVE_OPENERS)})(?: only)? $`, 'u').test(before);
    },
    why: { ru: 'форма «be» не согласуется с местоимением: «I am», «he is», «she was»', en: 'the form of "be" must agree with the pronoun: "I am", "he is", "she was"' },
  },
  {
    // "Is you ready?", "What does they want?", "When have he paid?": a question's auxiliary agrees with the pronoun after it.
    pattern: new RegExp(String.raw`${SENTENCE_START}(?:(${eitherCase(QUESTION_WORDS)}) )?(Is|Has|Does|Was|Have|Do|Are|is|has|does|was|have|do|are) (I|you|we|they|he|she)(?= \p{L})`, 'gmu'),
    fix: (m) => `${m[1] ? `${m[1]} ` : ''}${keepCase(m[2]!, AUXILIARY_OF_PRONOUN[m[3]!.toLowerCase()]![m[2]!.toLowerCase()]!)} ${m[3]}`,
    accept: (m, text) => {
      const auxiliary = m[2]!.toLowerCase();
      if (!AUXILIARY_OF_PRONOUN[m[3]!.toLowerCase()]![auxiliary]) return false;
      // The auxiliary opens the question, or follows its wh-word; "What has you worried?" has "what" as subject.
      if ((m[1] === undefined) !== /^\p{Lu}/u.test(m[2]!) || (m[1] && auxiliary === 'has')) return false;
      // The word after must show a question ("Is you ready?", "Does they deliver?"), not a thing owned ("Has you roof…").
      const next = nextWord(text, m.index + m[0].length);
      const verbal = AFTER_QUESTION_PRONOUN.includes(next) || /(?:ing|ed|en)$/u.test(next) || PARTICIPLES_AFTER_MODAL.includes(next) || (auxiliary.startsWith('do') && KNOWN_VERBS.includes(next));
      return verbal && !insideQuotes(text, m.index);
    },
    why: { ru: 'вспомогательный глагол вопроса не согласуется с местоимением', en: 'the question\'s auxiliary must agree with the pronoun: "are you", "does he", "have they"' },
  },
];

/** A verb's "-s" that its subject does or does not take. */
const PRONOUN_AND_VERB: GrammarRule[] = [
  {
    // "I works here", "they always works", "we cannot offers": "I", "we", "they" take the base form, also after an
    // adverb or a modal. "You" only where it opens a clause ("we send you always…" has it as object).
    pattern: new RegExp(String.raw`${START}(I|[Ww]e|[Tt]hey|[Yy]ou)( (?:${oneOf(ADVERBS_BEFORE_VERB)}|${oneOf(MODALS)}|${oneOf(NEGATED_MODALS)}))? (${oneOf(Object.keys(BASE_OF_S_FORM))})${END}`, 'gu'),
    fix: (m) => `${m[1]}${m[2] ?? ''} ${BASE_OF_S_FORM[m[3]!]}`,
    accept: (m, text) => {
      // Without an adverb or a modal between, "we offers" is the rule of agreement-en; "I" is not there.
      if (!m[2] && m[1] !== 'I') return false;
      if (insideQuotes(text, m.index) || secondOfPair(text, m.index)) return false;
      // "World War I has", "Phase I includes": a capitalised word before "I" makes it a numeral.
      if (m[1] === 'I' && !opensSentence(text, m.index) && /^\p{Lu}/u.test(previousWord(text, m.index))) return false;
      return !/^you$/iu.test(m[1]!) || opensClause(text, m.index);
    },
    why: { ru: 'при подлежащем «I», «we», «they» глагол стоит без окончания -s', en: 'with "I", "we" or "they" as subject the verb takes no "-s"' },
  },
  {
    // "He walk to work", "Someone else always enter": "he", "she" and "someone" take the "-s" form. Only where the
    // subject opens a clause: "that he walk" and "let someone help" are a mandate and an object.
    pattern: new RegExp(
      String.raw`${START}([Hh]e|[Ss]he|[Ss]omeone|[Ss]omebody|[Ee]veryone|[Ee]verybody|[Nn]obody|[Aa]nyone|[Aa]nybody)((?: else)?(?: (?:${oneOf(ADVERBS_BEFORE_VERB.filter((adverb) => adverb !== 'all' && adverb !== 'both'))}))?) (${oneOf(Object.keys(S_FORM_OF_BASE))})${END}`,
      'gu',
    ),
    fix: (m) => `${m[1]}${m[2]} ${S_FORM_OF_BASE[m[3]!]}`,
    accept: (m, text) => {
      if (!opensClause(text, m.index) || secondOfPair(text, m.index) || insideQuotes(text, m.index)) return false;
      // "Somebody call a doctor!": a bidding to whoever hears.
      const rest = text.slice(m.index + m[0].length).split(/(?<=[.!?])/u)[0] ?? '';
      return /^[Hh]e$|^[Ss]he$/u.test(m[1]!) || !rest.endsWith('!');
    },
    why: { ru: 'при подлежащем «he», «she», «someone» глагол стоит с окончанием -s', en: 'with "he", "she" or "someone" as subject the verb takes the "-s" form' },
  },
  {
    // "The black dogs barks loudly", "Many users in Asia wants to…", "The dogs of war is released": a plural subject
    // opening the sentence, with an adjective, a short phrase or an aside, takes a plural verb. A verb in "-s" counts
    // only with an object or an adverb after it, so "the dogs toys are" (a lost apostrophe) stays out.
    pattern: new RegExp(
      String.raw`(?<=${SENTENCE_START}((?:${eitherCase(PLURAL_SUBJECT_DETERMINERS)}) (?:([a-z]+) )?([a-z]{3,}s)((?: (?:${oneOf(PREPOSITIONS_AFTER_SUBJECT)}) (?:the |a |an )?[\p{L}]+)?)((?:, [^,.;:!?]{1,80},)?) ))(is|was|has|${oneOf(Object.values(S_FORM_OF_BASE).filter((form) => form !== 'has' && form !== 'does'))})${END}`,
      'gmu',
    ),
    fix: (m) => (m[6] === 'is' ? 'are' : m[6] === 'was' ? 'were' : m[6] === 'has' ? 'have' : (BASE_OF_S_FORM[m[6]!] ?? m[6]!)),
    accept: (m, text) => {
      const [, , adjective, head, phrase, aside, verb] = m;
      if (!looksPlural(head!) || PLURAL_NAMES_OF_ONE_THING.includes(head!) || head! in BASE_OF_S_FORM) return false;
      // "All she does is eat": a pronoun or a function word is no adjective of the subject.
      if (adjective && (adjective.endsWith('s') || NOT_ADJECTIVES.includes(adjective))) return false;
      // The plain "the rooms is" is agreement-en's rule.
      if (!adjective && !phrase && !aside && ['is', 'was', 'has'].includes(verb!)) return false;
      const subjectStart = m.index - m[1]!.length;
      if (['is', 'was', 'has'].includes(verb!)) return !insideQuotes(text, subjectStart);
      const after = nextWord(text, m.index + m[0].length);
      const ends = /^\s*[.!?]/u.test(text.slice(m.index + m[0].length));
      const surelyVerb = VERBS_WITH_NO_NOUN_IN_S.includes(BASE_OF_S_FORM[verb!] ?? '');
      return (surelyVerb || ends || AFTER_A_VERB.includes(after) || /ly$/u.test(after)) && !insideQuotes(text, subjectStart);
    },
    why: { ru: 'подлежащее во множественном числе — глагол тоже', en: 'a plural subject takes a plural verb' },
  },
  {
    // "The dog eat its dinner", "Each user receive a code": a singular counted noun opening a sentence takes the
    // "-s" form. Verbs whose bare form is no noun only, so "the dog walk starts at nine" stays out.
    pattern: new RegExp(
      String.raw`(?<=${SENTENCE_START}(?:[Tt]he|[Tt]his|[Tt]hat|[Ee]ach|[Ee]very|[Oo]ur|[Yy]our|[Mm]y) (${oneOf(EVERYDAY_COUNTED_NOUNS)}|${oneOf(COUNTED_NOUNS)})(?:, [^,.;:!?]{1,60},)? )(${oneOf(VERBS_WITH_NO_NOUN_IN_S)})${END}`,
      'gmu',
    ),
    fix: (m) => thirdPerson(m[2]!),
    // "The package include" is agreement-en's rule of things sold.
    accept: (m, text) => !(COUNTED_NOUNS.includes(m[1]!) && VERBS_OF_THINGS_SOLD.includes(m[2]!)) && !insideQuotes(text, m.index),
    why: { ru: 'подлежащее в единственном числе — глагол с окончанием -s', en: 'a singular subject takes the "-s" form of the verb' },
  },
  {
    // "The marketing are good": an "-ing" noun is one activity and takes "is".
    pattern: new RegExp(String.raw`(?<=${SENTENCE_START}(?:[Tt]he|[Oo]ur|[Yy]our|[Tt]his) ([a-z]{3,}ing)(?:, [^,.;:!?]{1,60},)? )(are|were)${END}`, 'gmu'),
    fix: (m) => (m[2] === 'are' ? 'is' : 'was'),
    accept: (m, text) => !PLURAL_ING_WORDS.includes(m[1]!) && !insideQuotes(text, m.index),
    why: { ru: 'отглагольное существительное на «-ing» — единственное число', en: 'a noun in "-ing" names one activity and takes a singular verb' },
  },
];

export const ENGLISH_PRONOUN_VERB_RULES: GrammarRule[] = [...PRONOUN_AND_AUXILIARY, ...PRONOUN_AND_VERB];
