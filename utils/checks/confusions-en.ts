import {
  ACCEPTED_THINGS, ADVICE_MODIFIERS, CLAUSE_SUBJECT_STARTS, ADVISE_OBJECTS, AFTER_NOUN_PHRASE, COMPARATIVES, COMPLIMENTARY_THINGS, CONSONANT_SOUND_VOWEL_WORDS,
  GERUND_AFTER_RECOMMEND, gerund, LETTER_LABELS, NOT_AFTER_ARTICLE, OWNED_AFTER_YOUR, ROLLED_MATERIALS, SILENT_H_WORDS,
  SINGULAR_DETERMINER_ADJECTIVES, SINGULAR_IN_S, SPLIT_COMPOUNDS, THAN_FOLLOWERS, THINGS_DYED, THINGS_THAT_DRY, TIME_COMPARATIVES,
} from '../text/lexicon/grammar-en';
import type { GrammarRule } from './grammar-rules';

const oneOf = (words: readonly string[]) => words.join('|');
/** No letter, apostrophe or hyphen next to the match: "vis-a-vis" and "can't" are no words of their own. */
const START = String.raw`(?<![\p{L}\d'’-])`;
const END = String.raw`(?![\p{L}\d'’-])`;

const nextWord = (text: string, from: number) => /^\s+([\p{L}'’-]+)/u.exec(text.slice(from))?.[1]?.toLowerCase() ?? '';
const previousWord = (text: string, at: number) => /([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
/** A lettered label rather than an article: "(a) the date", "a) the time", "plan a". */
const isLabel = (text: string, start: number, end: number) =>
  text[start - 1] === '(' || /^[).]/.test(text.slice(end)) || LETTER_LABELS.includes(previousWord(text, start));

/**
 * "an" before a word that starts with a consonant sound. Plain lowercase English letters only, so a
 * Romanian "a eșuat" is no article slip; words of four letters or more with a vowel, so "an MOT",
 * "an sms", "an LED" (read by their letters) stay silent, as does every word in "h" ("an historic"
 * is right in British English) and in "x" ("an x-ray").
 */
const AN_BEFORE_CONSONANT: GrammarRule = {
  pattern: new RegExp(
    String.raw`${START}([Aa])n ((?=[bcdfgjklmnpqrstvwyz][a-z-]{3,}${END})(?=[a-z-]*?[aeiouy])[a-z-]+|(?:${oneOf(CONSONANT_SOUND_VOWEL_WORDS)})${END})`,
    'gu',
  ),
  fix: (m) => `${m[1]} ${m[2]}`,
  accept: (m, text) => !isLabel(text, m.index, m.index + 2),
  why: { ru: 'перед согласным звуком артикль «a», а не «an»', en: '"a", not "an", goes before a consonant sound' },
};

/** "a" before a vowel sound: "a hour", "a offer". Words in "u" and "eu" sound either way and stay out. */
const A_BEFORE_VOWEL: GrammarRule = {
  pattern: new RegExp(String.raw`${START}([Aa]) ((?:[aeio](?!u)[a-z]{2,}(?:-[a-z]+)*|${oneOf(SILENT_H_WORDS)})${END})`, 'gu'),
  fix: (m) => `${m[1]}n ${m[2]}`,
  // "a items" is a plural after an article: "an" would not fix it.
  accept: (m, text) => !isLabel(text, m.index, m.index + 1) && !NOT_AFTER_ARTICLE.includes(m[2]!.split('-')[0]!) && !/[^su]s$/.test(m[2]!),
  why: { ru: 'перед гласным звуком артикль «an»', en: '"an" goes before a vowel sound' },
};

const REFLEXIVES: Record<string, string> = { your: 'yourself', their: 'themselves', my: 'myself', him: 'himself', her: 'herself' };

/** "more then 10 years", "better then ever": "than" compares. A verb after "then" reads as a sequence and stays silent. */
const THEN_FOR_THAN: GrammarRule = {
  pattern: new RegExp(
    String.raw`${START}((?:${oneOf(COMPARATIVES)}) then(?= (?:[\d£$€]|(?:${oneOf(THAN_FOLLOWERS)})${END}))|(?:${oneOf(TIME_COMPARATIVES)}) then(?= \d))`,
    'giu',
  ),
  fix: (m) => m[1]!.replace(/then$/i, 'than'),
  accept: (m, text) => !/^other/i.test(m[1]!) || !['each', 'another'].includes(previousWord(text, m.index)),
  why: { ru: 'в сравнении — «than», а «then» значит «затем»', en: '"than" compares; "then" means "next"' },
};

/** Fixed slips with no reading in which they are right. */
const SIMPLE_CONFUSIONS: GrammarRule[] = [
  {
    // A place is "premises"; "the premise that …" is an idea. Only the noun is quoted, so its repeats are one finding.
    pattern: new RegExp(String.raw`(?<=${START}(?:on|at|off|onto|to|locating|locate|find|finding|leave|leaving|enter|entering|from) (?:the|our|your) )(premise)(?! (?:that|of|is|behind)${END})${END}`, 'giu'),
    fix: (m) => `${m[1]}s`,
    why: { ru: 'место — «premises» (всегда во множественном)', en: 'a place is "premises"; "premise" is an idea' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Tt])heir (is|are|was|were)${END}`, 'gu'),
    fix: (m) => `${m[1]}here ${m[2]}`,
    why: { ru: '«there is/are» — «есть», а «their» — «их»', en: '"there is" states that something exists; "their" is "belonging to them"' },
  },
  {
    pattern: new RegExp(String.raw`(?<=(?:${START}(?:in|on|at|to|for|of|from|by|with|into) ))(there|they're|they’re) own${END}`, 'giu'),
    fix: () => 'their own',
    why: { ru: 'притяжательное «their own»', en: 'the possessive is "their own"' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Yy])ou(?:'|’)re (${oneOf(OWNED_AFTER_YOUR)})${END}`, 'gu'),
    fix: (m) => `${m[1]}our ${m[2]}`,
    why: { ru: 'притяжательное «your» (ваш), а «you’re» — «you are»', en: 'the possessive is "your"; "you\'re" is "you are"' },
  },
  {
    // "your a la carte order" is right: "a la" is French, not the article.
    pattern: new RegExp(String.raw`${START}([Yy])our (the|a|an)(?= \p{L})(?! la )${END}`, 'gu'),
    fix: (m) => `${m[1]}ou're ${m[2]}`,
    why: { ru: '«you are» сокращается до «you’re»', en: '"you are" shortens to "you\'re"' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Ww]e|[Tt]hey|I) ((?:do not |don't |don’t |cannot |can't |can’t |will not |won't |won’t |also |only |now |gladly |happily |no longer )?)except ((?:${oneOf(ACCEPTED_THINGS)})${END})`, 'gu'),
    fix: (m) => `${m[1]} ${m[2]}accept ${m[3]}`,
    why: { ru: '«accept» — принимать, «except» — кроме', en: '"accept" is to take; "except" means "but not"' },
  },
  {
    pattern: new RegExp(String.raw`${START}(${oneOf(ADVICE_MODIFIERS)}) advise${END}`, 'giu'),
    fix: (m) => `${m[1]} advice`,
    accept: (m, text) => !ADVISE_OBJECTS.includes(nextWord(text, m.index + m[0].length)),
    why: { ru: 'существительное — «advice», глагол — «advise»', en: 'the noun is "advice"; "advise" is the verb' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Ww]e|[Pp]lease|[Tt]hey) advice${END}`, 'gu'),
    fix: (m) => `${m[1]} advise`,
    why: { ru: 'глагол — «advise», существительное — «advice»', en: 'the verb is "advise"; "advice" is the noun' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Cc])omplementary (${oneOf(COMPLIMENTARY_THINGS)})${END}`, 'giu'),
    fix: (m) => `${m[1]}omplimentary ${m[2]}`,
    why: { ru: 'бесплатное — «complimentary»; «complementary» — дополняющее', en: 'free of charge is "complimentary"; "complementary" means "completing"' },
  },
  {
    // "find your self", "be their self": the reflexive pronoun is one word ("your self-care" keeps its hyphen).
    pattern: new RegExp(String.raw`${START}([Yy]our|[Tt]heir|[Mm]y|[Hh]im|[Hh]er) self(?![\p{L}-])`, 'gu'),
    fix: (m) => `${m[1]!.charAt(0)}${REFLEXIVES[m[1]!.toLowerCase()]!.slice(1)}`,
    why: { ru: 'возвратное местоимение пишется слитно', en: 'the reflexive pronoun is one word' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Ww]e|[Tt]hey) where${END}`, 'gu'),
    fix: (m) => `${m[1]} were`,
    why: { ru: 'глагол — «were», а «where» — «где»', en: 'the verb is "were"; "where" asks for a place' },
  },
  {
    // "we insure that every bike…": making sure is "ensure"; "insure" covers against loss ("insure your car").
    pattern: new RegExp(String.raw`${START}([Ii])nsur(e|es|ed|ing) that${END}`, 'gu'),
    fix: (m) => `${m[1] === 'I' ? 'E' : 'e'}nsur${m[2]} that`,
    // A clause follows ("that every bike", "that you"); "insured that house" points at a thing.
    accept: (m, text) => CLAUSE_SUBJECT_STARTS.includes(nextWord(text, m.index + m[0].length)),
    why: { ru: '«убедиться, обеспечить» — «ensure»; «insure» — застраховать', en: 'to make sure is "ensure"; "insure" is to cover against loss' },
  },
  {
    // "can not be sold" is "cannot"; "can not only … but" keeps its "not only".
    pattern: new RegExp(String.raw`${START}([Cc])an not(?! only${END})${END}`, 'gu'),
    fix: (m) => `${m[1]}annot`,
    why: { ru: '«cannot» пишется слитно', en: '"cannot" is one word' },
  },
  {
    pattern: new RegExp(String.raw`${START}(will|to|may|might|could|would|can|not|never|n't|n’t) loose ((?:your|the|their|its|our|any|all|my|money|out)${END})`, 'giu'),
    fix: (m) => `${m[1]} lose ${m[2]}`,
    why: { ru: '«lose» — терять, «loose» — свободный', en: '"lose" is to stop having; "loose" is not tight' },
  },
];

/** The sentence around a position: from the last sentence end before it to the next one after it. */
const sentenceAround = (text: string, start: number, end: number) =>
  `${text.slice(0, start).split(/[.!?;\n]\s/u).pop() ?? ''}${text.slice(start, end)}${text.slice(end).split(/[.!?;\n](?:\s|$)/u)[0] ?? ''}`.toLowerCase();
const mentions = (sentence: string, words: readonly string[]) => new RegExp(String.raw`(?<![\p{L}'’-])(?:${oneOf(words)})(?![\p{L}'’-])`, 'u').test(sentence);
/** A word in -s that reads as a plural: "classes", "options", "ideas"; not "bus", "class", "basis", "lens". */
const looksPlural = (word: string) => !SINGULAR_IN_S.includes(word) && /(?:[^aiosu'’]s|eas|[^aeiou]es)$/.test(word);

/** Slips that need a word or two of context to be sure. */
const CONTEXT_CONFUSIONS: GrammarRule[] = [
  {
    // "This are perfect if…": at a sentence start "this"/"that" is the subject, and "are" wants "these"/"those".
    // Elsewhere "products like this are popular" is right.
    pattern: /(?:^|(?<=[.!?:;•|\n]["”’)]?\s+))([Tt]his|[Tt]hat) are(?= \p{L})/gu,
    fix: (m) => `${m[1]!.charAt(0)}${m[1]!.toLowerCase() === 'this' ? 'hese' : 'hose'} are`,
    why: { ru: '«this/that» — единственное число, с «are» — «these/those»', en: '"this" and "that" are singular: "these are" or "this is"' },
  },
  {
    // "Are you a new to the studio?": an article with no noun after its adjective.
    pattern: new RegExp(String.raw`${START}((?:[Aa]re|[Ww]ere) you|[Yy]ou are|[Yy]ou['’]re|I am|I['’]m|[Ww]e are|[Tt]hey are) an? (new) (to|at|in)(?= \p{L})${END}`, 'gu'),
    fix: (m) => `${m[1]} ${m[2]} ${m[3]}`,
    why: { ru: 'артикль без существительного: «new to» — прилагательное', en: 'an article with no noun: "new to" takes none' },
  },
  {
    // "a particular classes": the article and "particular" want one thing. Only where the plural ends the
    // phrase ("a specific needs assessment" is a compound and stays silent).
    pattern: new RegExp(String.raw`${START}([Aa]n?) ((?:${oneOf(SINGULAR_DETERMINER_ADJECTIVES)}) ([a-z]{3,}s))${END}`, 'gu'),
    fix: (m) => m[2]!,
    accept: (m, text) => {
      if (!looksPlural(m[3]!)) return false;
      const after = text.slice(m.index + m[0].length);
      return /^\s*(?:[.,;:!?)]|$)/u.test(after) || AFTER_NOUN_PHRASE.includes(nextWord(text, m.index + m[0].length));
    },
    why: { ru: 'после «a» — единственное число', en: '"a" goes with a singular noun: drop it or make the noun singular' },
  },
  {
    // "Upon dying, the inks may be discarded": what dries is paint or ink; a sentence about dye or hair may mean "dyeing".
    pattern: new RegExp(String.raw`${START}(?:((?:[Uu]pon|[Aa]fter|[Oo]nce|[Uu]ntil|[Bb]efore|[Dd]uring|[Ww]hile|[Ww]hen) )([Dd])ying(?=[ ,])|([Dd])ying (times?|process|racks?|period)${END})`, 'gu'),
    fix: (m) => (m[1] ? `${m[1]}${m[2]}rying` : `${m[3]}rying ${m[4]}`),
    accept: (m, text) => {
      const sentence = sentenceAround(text, m.index, m.index + m[0].length);
      return mentions(sentence, THINGS_THAT_DRY) && !mentions(sentence, THINGS_DYED);
    },
    why: { ru: '«drying» — высыхание, «dying» — умирание', en: '"drying" is losing moisture; "dying" is ceasing to live' },
  },
  {
    // "150\" roles", "3 roles of vinyl": a measure or a count of material comes in rolls.
    pattern: new RegExp(String.raw`(?<=\d(?:["”″']|''|-inch| inch(?:es)?| in\.?| ft\.?|-foot| feet| foot| m| meters?| metres?)\s?)roles${END}|(?<=(?:\d|${START}(?:two|three|four|five|several|many|few|multiple)) )roles(?= of (?:${oneOf(ROLLED_MATERIALS)})${END})`, 'gu'),
    fix: () => 'rolls',
    why: { ru: 'рулоны — «rolls», а «roles» — роли', en: 'material comes in "rolls"; "roles" are parts played' },
  },
  {
    // "we recommend to go with": "recommend" and "suggest" take a gerund or a "that" clause, not "to".
    pattern: new RegExp(String.raw`${START}([Rr]ecommends?|[Ss]uggests?) to (${oneOf(GERUND_AFTER_RECOMMEND)})${END}`, 'gu'),
    fix: (m) => `${m[1]} ${gerund(m[2]!)}`,
    why: { ru: 'после «recommend/suggest» — герундий: «recommend going»', en: '"recommend" and "suggest" take a gerund: "recommend going" or "recommend that you go"' },
  },
  {
    // "Whats New", "thats why": the contraction lost its apostrophe ("WhatsApp" and "Whats App" are a name).
    pattern: new RegExp(String.raw`${START}([Ww]hat|[Tt]hat|[Tt]here)s(?= (?![Aa]pp${END})\p{L}|\s*[?!.,]|\s*$)`, 'gmu'),
    fix: (m) => `${m[1]}'s`,
    why: { ru: 'в сокращении «what is» нужен апостроф', en: 'the contraction needs an apostrophe' },
  },
];

/** "Each class room has…": a compound written apart. */
const SPLIT_COMPOUND: GrammarRule = {
  pattern: new RegExp(String.raw`${START}(${Object.keys(SPLIT_COMPOUNDS).join('|')})${END}`, 'giu'),
  fix: (m) => `${m[1]!.charAt(0)}${SPLIT_COMPOUNDS[m[1]!.toLowerCase()]!.slice(1)}`,
  why: { ru: 'составное слово пишется слитно', en: 'the compound is written as one word' },
};

export const ENGLISH_CONFUSION_RULES: GrammarRule[] = [AN_BEFORE_CONSONANT, A_BEFORE_VOWEL, THEN_FOR_THAN, SPLIT_COMPOUND, ...SIMPLE_CONFUSIONS, ...CONTEXT_CONFUSIONS];
