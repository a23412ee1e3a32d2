import {
  ACCEPTED_THINGS,
  ADJECTIVES_BEFORE_TO,
  ADJECTIVES_TAKING_TO,
  ADVERBS_AFTER_ITS,
  ADVICE_MODIFIERS,
  ADVISE_OBJECTS,
  AFFECTED_OBJECTS,
  AFTER_GOING,
  AFTER_LOOK_FORWARD,
  AFTER_NOUN_PHRASE,
  OPEN_COMPOUND_ADJECTIVES,
  AFTER_TOO,
  AFTER_TOO_PHRASE,
  AFTER_UNCOUNTABLE,
  AFTER_WHOS,
  AFTER_YOURE,
  BEFORE_FROM,
  BEFORE_FROM_PRICE,
  BEFORE_TOO,
  CLAUSE_SUBJECT_STARTS,
  COMPARATIVES,
  COMPLIMENTARY_THINGS,
  CONSONANT_SOUND_VOWEL_WORDS,
  EFFECT_MODIFIERS,
  FORM_KINDS,
  GERUND_AFTER_RECOMMEND,
  LETTER_LABELS,
  NOT_AFTER_ARTICLE,
  OWNED_AFTER_WHOSE,
  OWNED_AFTER_YOURE,
  PREDICATES_AFTER_BE,
  ROLLED_MATERIALS,
  SILENT_H_WORDS,
  SINGULAR_DETERMINER_ADJECTIVES,
  SPLIT_COMPOUNDS,
  THAN_FOLLOWERS,
  THINGS_DYED,
  THINGS_THAT_DRY,
  TIME_COMPARATIVES,
  UNCOUNTABLE_ADJECTIVES,
  UNCOUNTABLE_NOUNS,
  VERBS_AFTER_TO,
  VERBS_AFTER_TOO,
  VERBS_BEFORE_OWN,
  WEEKDAYS,
  AFTER_EVERY_DAY,
  AFTER_HEAR,
  AFTER_NO,
  BEFORE_EVERYDAY_NOUN,
  BEFORE_PHRASAL_VERB,
  BEFORE_TO_HEAR,
  COUNTED_AFTER_MUCH,
  PARTICIPLE_OF_PAST,
  PERFECT_ADVERBS,
  PHRASAL_VERB_OBJECTS,
  PLURAL_QUANTIFIERS,
  PRINCIPAL_ROLES,
  SPLIT_PHRASAL_VERBS,
  STATIONERY_KINDS,
  STATIONERY_THINGS,
  THINGS_WORN,
  VERBS_AFTER_LETS,
  VERBS_AFTER_NOT,
  PAST_TO_BASE,
  MODALS,
  DETERMINERS,
  VERBS_AFTER_YOU,
  AFTER_NOUN_PHRASE_END,
  BEFORE_OWNED_YOU,
  CLAUSE_JOINERS,
  EITHER_OR_PAIRS,
  MANUFACTURER_THINGS,
  OWNED_THINGS,
  PARTICIPLES_NOT_AFTER_HAD,
  PLACE_NOUNS,
  SINGULAR_AUXILIARIES,
  VERBS_AFTER_MODAL,
  BEFORE_OWNED_THERE,
  REFLEXIVE_STARTS,
  VERB_PARTICLES,
  COUNTED_NOUNS,
  DETERMINERS_BEFORE_ADJECTIVE,
  PLURAL_ONLY_DETERMINERS,
  ADJECTIVE_ENDING,
  QUANTITIES_BEFORE_OF,
  NOUN_ENDING,
  SUPERLATIVES_IN_EST,
  NOT_SUPERLATIVES_IN_IEST,
  BARE_VERBS_AFTER_BE,
  SPACIOUS_THINGS,
  NOT_BEFORE_SPACIOUS_THING,
  FEELINGS_OF_PEOPLE,
  FEELINGS_OF_BOTH,
  BEFORE_A_VERB,
  PARTS_OF_A_REGION,
  VERBS_NEVER_NOUNS,
  VERBS_AFTER_LOOK_FORWARD_TO,
  BEFORE_A_PART_OF,
  ADJECTIVES_OF_WILL,
  COMPARATIVES_IN_ER,
  BARE_VERBS_AFTER_ARE,
  COUNTED_PLACES,
  ADJECTIVES_IN_ONE_OF,
  EXTRA_PREPOSITIONS,
  VERBS_WITHOUT_TO,
  BEFORE_VERB_WITHOUT_TO,
  PREDICATES_AFTER_YOURE,
  BEFORE_YOURE_CLAUSE,
  AFTER_YOURE_PREDICATE,
  OWNED_BY_IT,
  BEFORE_ITS_OWNED,
  THINGS_BROUGHT_ABOUT,
  WILLING_AFTER_MORE,
  SUBJECT_PRONOUNS,
  THINGS_COLOURED,
  COUNTED_PERIODS,
  COUNTED_AFTER_AMOUNT,
  UNITS_BEFORE_NOUN,
  MEASURED_NOUNS,
  VERBS_AFTER_LYING_BACK,
  OPENERS_BEFORE_COMMA,
  CAPITALISED_AFTER_OPENER,
  WEEKDAY_NAMES,
  OWNERS_IN_PLURAL,
  OWNED_NOUNS_ONLY,
  OWNED_NOUNS_OR_VERBS,
  THINGS_COUNTED_IN_PERIODS,
  VERBS_AFTER_DOES_NOT,
  VERBS_AFTER_OWNED,
  PHRASES_WITH_ANY,
  PREPOSITIONS_BEFORE_OWNED,
  BEFORE_IN_ADDITION_ADVERB,
  PREDICATES_AFTER_ITS,
  AFTER_PREDICATE_ITS,
  MAIN_CLAUSE_OPENERS,
  ADJECTIVES_OF_WELLBEING,
  BEFORE_YOU_ADJECTIVE,
  HOLIDAY_OWNERS,
  HOLIDAYS_NAMED_ALONE,
  VERBS_OF_GIVING,
  WHAT_PRICES_VARY_WITH,
  WORDS_ABOUT_FUR,
  VERBS_OF_PLANNING,
  MEANS_AFTER_BY,
  BEFORE_BY_ADVERB,
  PARTICIPLES_BEFORE_AGO,
  AFTER_WERE_MEANING_WE_ARE,
  AFTER_WE_ARE_PREDICATE,
} from '../lexicon/en/grammar';
import { gerund, looksPlural, singular, thirdPerson, plural } from '../text/english-forms';
import { EVERYDAY_COUNTED_NOUNS } from '../lexicon/en/real-words';
import type { GrammarRule } from './grammar-rules';
import { keepCase } from '../text/normalise';
import { END, SENTENCE_START, START, eitherCase, oneOf } from './pattern-parts-en';

/** No letter, apostrophe or hyphen next to the match: "vis-a-vis" and "can't" are no words of their own. */

const ENDS_NOUN_PHRASE = new RegExp(String.raw`^(?:\s*[.,;:!?)]|\s*$| (?:${oneOf(AFTER_NOUN_PHRASE_END)})${END})`, 'u');
/** The phrase ends at this position: a stop, the end of the text, or a word that may follow a finished noun phrase. */
const endsNounPhrase = (text: string, at: number) => ENDS_NOUN_PHRASE.test(text.slice(at, at + 40));

const nextWord = (text: string, from: number) => /^\s+([\p{L}'’-]+)/u.exec(text.slice(from, from + 60))?.[1]?.toLowerCase() ?? '';
const previousWord = (text: string, at: number) => /([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
/** A lettered label rather than an article: "(a) the date", "a) the time", "plan a". */
const isLabel = (text: string, start: number, end: number) => text[start - 1] === '(' || /^[).]/.test(text.slice(end)) || LETTER_LABELS.includes(previousWord(text, start));

/**
 * "an" before a word that starts with a consonant sound. Plain lowercase English letters only, so a
 * Romanian "a eșuat" is no article slip; words of four letters or more with a vowel, so "an MOT",
 * "an sms", "an LED" (read by their letters) stay silent, as does every word in "h" ("an historic"
 * is right in British English) and in "x" ("an x-ray").
 */
const AN_BEFORE_CONSONANT: GrammarRule = {
  pattern: new RegExp(String.raw`${START}([Aa])n ((?=[bcdfgjklmnpqrstvwyz][a-z-]{3,}${END})(?=[a-z-]*?[aeiouy])[a-z-]+|(?:${oneOf(CONSONANT_SOUND_VOWEL_WORDS)})${END})`, 'gu'),
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

/** The reflexive pronoun written as two words ("your self", "them selves"), by its two halves. */
const REFLEXIVES: Record<string, string> = {
  'your self': 'yourself',
  'my self': 'myself',
  'him self': 'himself',
  'her self': 'herself',
  'it self': 'itself',
  'their self': 'themselves',
  'them self': 'themselves',
  'their selves': 'themselves',
  'them selves': 'themselves',
  'your selves': 'yourselves',
  'our selves': 'ourselves',
};

/** "more then 10 years", "better then ever": "than" compares. A verb after "then" reads as a sequence and stays silent. */
const THEN_FOR_THAN: GrammarRule = {
  pattern: new RegExp(
    String.raw`${START}((?:${oneOf(COMPARATIVES)}) then(?= (?:[\d£$€]|(?:${oneOf(THAN_FOLLOWERS)})${END}))|(?:${oneOf(TIME_COMPARATIVES)}) then(?= \d)|more then(?= (?:${oneOf(WILLING_AFTER_MORE)}) to${END}))`,
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
    // "allot of" is "a lot of": the verb "allot" takes its object directly.
    pattern: new RegExp(String.raw`${START}([Aa])llot of${END}`, 'gu'),
    fix: (m) => `${m[1]} lot of`,
    why: { ru: '«много» — «a lot of»; «allot» — распределять', en: '"a lot of" is two words; "allot" means to share out' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Tt])heir (is|are|was|were)${END}`, 'gu'),
    fix: (m) => `${m[1]}here ${m[2]}`,
    why: { ru: '«there is/are» — «есть», а «their» — «их»', en: '"there is" states that something exists; "their" is "belonging to them"' },
  },
  {
    // After a preposition or a verb of doing ("do there own"); "is there own parking?" asks whether there is any.
    pattern: new RegExp(String.raw`(?<=(?:${START}(?:in|on|at|to|for|of|from|by|with|into|${oneOf(VERBS_BEFORE_OWN)}) ))(there|they're|they’re) own${END}`, 'giu'),
    fix: () => 'their own',
    why: { ru: 'притяжательное «their own»', en: 'the possessive is "their own"' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Yy])ou(?:'|’)re (${oneOf(OWNED_AFTER_YOURE)})${END}`, 'gu'),
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
    pattern: new RegExp(
      String.raw`${START}([Ww]e|[Tt]hey|I) ((?:do not |don't |don’t |cannot |can't |can’t |will not |won't |won’t |also |only |now |gladly |happily |no longer )?)except ((?:${oneOf(ACCEPTED_THINGS)})${END})`,
      'gu',
    ),
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
    // "find your self", "clean it them selves": the reflexive pronoun is one word ("your self-care" keeps its hyphen).
    pattern: new RegExp(String.raw`${START}(${oneOf(Object.keys(REFLEXIVES))})(?![\p{L}-])`, 'giu'),
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
    // "proud to be apart of the team": "apart" is "separately"; belonging is "a part of".
    pattern: new RegExp(String.raw`${START}((?:${oneOf(BEFORE_A_PART_OF)}) )apart of${END}`, 'giu'),
    fix: (m) => `${m[1]}a part of`,
    why: { ru: '«частью» — «a part of»; «apart» — «отдельно»', en: 'belonging is "a part of"; "apart" means separately' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Ee])very since${END}`, 'gu'),
    fix: (m) => `${m[1]}ver since`,
    why: { ru: '«с тех пор» — «ever since»', en: 'the phrase is "ever since"' },
  },
  {
    // "can not be sold" is "cannot"; "can not only … but" keeps its "not only".
    pattern: new RegExp(String.raw`${START}([Cc])an not(?! only${END})${END}`, 'gu'),
    fix: (m) => `${m[1]}annot`,
    why: { ru: '«cannot» пишется слитно', en: '"cannot" is one word' },
  },
  {
    // "cancel at and time", "refused for and reason": "any" lost its letter. An object after ("look at and time
    // the run", "argue for and reason with") makes "and" join two verbs, so no object may follow.
    pattern: new RegExp(String.raw`${START}(${PHRASES_WITH_ANY.map((phrase) => phrase.replace(' any ', ' and ')).join('|')})${END}`, 'giu'),
    fix: (m) => m[1]!.replace(/ and /i, ' any '),
    accept: (m, text) => !/^ (?:the|a|an|our|your|their|my|his|her|its|it|them|with)(?![\p{L}'’-])/iu.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)),
    why: { ru: 'в обороте — «any»: «at any time», «for any reason»', en: 'the phrase takes "any": "at any time", "for any reason"' },
  },
  {
    // "n't" follows its verb with no break: "don't loose your keys". "You" stays out: "let you loose the…" is rare but right.
    pattern: new RegExp(String.raw`((?:${START}(?:will|to|may|might|could|would|can|not|never|we|they|I))|n't|n’t) loose ((?:your|the|their|its|our|any|all|my|money|out)${END})`, 'giu'),
    fix: (m) => `${m[1]} lose ${m[2]}`,
    why: { ru: '«lose» — терять, «loose» — свободный', en: '"lose" is to stop having; "loose" is not tight' },
  },
];

/** The sentence around a position: from the last sentence end before it to the next one after it. */
const sentenceAround = (text: string, start: number, end: number) =>
  `${
    text
      .slice(0, start)
      .split(/[.!?;\n]\s/u)
      .pop() ?? ''
  }${text.slice(start, end)}${text.slice(end).split(/[.!?;\n](?:\s|$)/u)[0] ?? ''}`.toLowerCase();
/** The next word is a noun the plural before it owns ("each weeks share"), not a word that starts a clause or a phrase. */
const ownsNextWord = (text: string, at: number) => {
  const next = nextWord(text, at);
  return /^[a-z]{3,}$/.test(next) && !SUBJECT_PRONOUNS.includes(next) && !DETERMINERS.includes(next) && !AFTER_NOUN_PHRASE_END.includes(next);
};
const mentions = (sentence: string, words: readonly string[]) => new RegExp(String.raw`(?<![\p{L}'’-])(?:${oneOf(words)})(?![\p{L}'’-])`, 'u').test(sentence);

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
    // "a particular classes", "a items for": the article wants one thing. Only where the plural ends the
    // phrase ("a specific needs assessment", "a kids menu" are compounds and stay silent). With no adjective
    // a capital "A" may be a grade ("three A levels") and a short word a foreign one, so both stay out.
    pattern: new RegExp(String.raw`${START}([Aa]n?) ((?:(${oneOf(SINGULAR_DETERMINER_ADJECTIVES)}) )?([a-z]{3,}s))${END}`, 'gu'),
    fix: (m) => m[2]!,
    accept: (m, text) => {
      if (!looksPlural(m[4]!)) return false;
      if (!m[3] && (m[1] === 'A' || m[4]!.length < 4 || isLabel(text, m.index, m.index + m[1]!.length))) return false;
      const after = text.slice(m.index + m[0].length);
      const next = nextWord(text, m.index + m[0].length);
      if (OPEN_COMPOUND_ADJECTIVES.includes(`${m[4]} ${next}`)) return false;
      return /^\s*(?:[.,;:!?)]|$)/u.test(after) || AFTER_NOUN_PHRASE.includes(next);
    },
    why: { ru: 'после «a» — единственное число', en: '"a" goes with a singular noun: drop it or make the noun singular' },
  },
  {
    // "open every days", "every customers": "every" goes with one thing. "Each" is left out: it is also a
    // pronoun that a verb may follow ("each costs £5"). A name in code ("every bytes_per_sep") is no noun.
    pattern: new RegExp(String.raw`${START}([Ee]very) ([a-z]{3,}s)${END}(?!_)`, 'gu'),
    fix: (m) => `${m[1]} ${singular(m[2]!)}`,
    accept: (m) => looksPlural(m[2]!),
    why: { ru: 'после «every» — единственное число', en: '"every" takes a singular noun' },
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
    // "hair dying", "dying your roots": colour is "dyeing"; "a dying plant" keeps its meaning.
    pattern: new RegExp(String.raw`${START}(?:((?:${oneOf(THINGS_COLOURED)})[- ])([Dd])ying|([Dd])ying((?: (?:your|my|her|his|their|the|our))? (?:${oneOf(THINGS_COLOURED)})${END}))`, 'gu'),
    fix: (m) => (m[1] ? `${m[1]}${m[2]}yeing` : `${m[3]}yeing${m[4]}`),
    why: { ru: 'окрашивание — «dyeing», а «dying» — умирание', en: 'colouring is "dyeing"; "dying" is ceasing to live' },
  },
  {
    // "each weeks share": the plural after "each" is a possessive that lost its apostrophe, or a singular.
    pattern: new RegExp(String.raw`${START}([Ee]ach) (${oneOf(COUNTED_PERIODS)})${END}`, 'gu'),
    fix: (m) => `${m[1]} ${singular(m[2]!)}${ownsNextWord(m.input, m.index + m[0].length) ? "'s" : ''}`,
    why: { ru: 'после «each» — единственное число; притяжательное — с апострофом', en: '"each" takes a singular noun; a possessive needs its apostrophe' },
  },
  {
    // "your dogs coat", "the clients deposit will be refunded": a plural owner before what it owns lost its
    // apostrophe. A word that is also a verb counts only where the phrase ends with it, a verb follows, or a
    // preposition before makes the phrase its object, so "the clients deposit money" stays silent.
    pattern: new RegExp(String.raw`${START}(${eitherCase(['your', 'our', 'their', 'my', 'his', 'her', 'the'])}) (${oneOf(OWNERS_IN_PLURAL)}) (${oneOf(OWNED_NOUNS_ONLY)}|${oneOf(OWNED_NOUNS_OR_VERBS)})${END}`, 'gu'),
    fix: (m) => `${m[1]} ${singular(m[2]!)}'s ${m[3]}`,
    accept: (m, text) => {
      if (OWNED_NOUNS_ONLY.includes(m[3]!) || PREPOSITIONS_BEFORE_OWNED.includes(previousWord(text, m.index))) return true;
      const end = m.index + m[0].length;
      return /^\s*(?:[.,;:!?)]|$)/u.test(text.slice(end, end + 5)) || VERBS_AFTER_OWNED.includes(nextWord(text, end));
    },
    why: { ru: "притяжательный падеж пишется с апострофом: «your dog's coat»", en: 'a possessive needs its apostrophe: "your dog\'s coat"' },
  },
  {
    // "under the gentlest of groomers hands", "cuts that meet breeds standards": with no determiner, a plural owner
    // before a plural it owns lost its apostrophe; the plural after it is never that owner's verb. After a verb of
    // giving ("we send clients details") the owner may be the first of two objects and stays out.
    pattern: new RegExp(String.raw`${START}(${oneOf(OWNERS_IN_PLURAL)}) (${oneOf(OWNED_NOUNS_ONLY.filter((noun) => /s$/u.test(noun)))})${END}`, 'gu'),
    fix: (m) => `${m[1]}' ${m[2]}`,
    accept: (m, text) => {
      const before = previousWord(text, m.index);
      return !DETERMINERS.includes(before) && !VERBS_OF_GIVING.includes(before);
    },
    why: { ru: "притяжательный падеж пишется с апострофом: «groomers' hands»", en: 'a possessive needs its apostrophe: "groomers\' hands"' },
  },
  {
    // "closed on New Years Day", "Mothers Day brunch": a holiday named by its owner keeps the owner's apostrophe.
    pattern: new RegExp(String.raw`${START}(?:(${oneOf(HOLIDAY_OWNERS)})s(?= (?:[Dd]ay|[Ee]ve)${END})|(${oneOf(HOLIDAYS_NAMED_ALONE)})s(?! (?:[Dd]ay|[Ee]ve)${END}))${END}`, 'giu'),
    fix: (m) => `${m[1] ?? m[2]}'s`,
    // Lower case names a holiday only before "Day"/"Eve": "new years of growth" counts years.
    accept: (m) => m[1] !== undefined || /^[A-Z]/.test(m[2]!),
    why: { ru: "в названии праздника притяжательный падеж с апострофом: «New Year's», «Mother's Day»", en: 'a holiday named by its owner takes the apostrophe: "New Year\'s", "Mother\'s Day"' },
  },
  {
    // "1 months notice", "two weeks pay": what a count of periods gives is owned by it ("a month's notice",
    // "two weeks' pay").
    pattern: new RegExp(String.raw`${START}(\d+|[Aa]|[Oo]ne|two|three|four|six|twelve) (${oneOf(COUNTED_PERIODS)}) (${oneOf(THINGS_COUNTED_IN_PERIODS)})${END}`, 'gu'),
    fix: (m) => (/^(?:1|a|one)$/i.test(m[1]!) ? `${m[1]} ${singular(m[2]!)}'s ${m[3]}` : `${m[1]} ${m[2]}' ${m[3]}`),
    why: { ru: "притяжательный падеж пишется с апострофом: «a month's notice»", en: 'a possessive needs its apostrophe: "a month\'s notice"' },
  },
  {
    // "All booking are final": "all" with a plural verb counts things, so the noun is plural. "All booking is
    // done online" speaks of the activity and stays silent.
    pattern: new RegExp(String.raw`${START}([Aa]ll) (${oneOf(COUNTED_NOUNS)}|booking|order|reservation) (are|were)${END}`, 'gu'),
    fix: (m) => `${m[1]} ${plural(m[2]!)} ${m[3]}`,
    why: { ru: '«all» с глаголом во множественном числе — существительное тоже во множественном', en: '"all" with a plural verb counts things: the noun is plural' },
  },
  {
    // "if the driver does no show": "not" lost a letter; "do no harm" keeps its noun.
    pattern: new RegExp(String.raw`${START}((?:[Dd]oes|[Dd]id|[Dd]o) )no (${oneOf(VERBS_AFTER_DOES_NOT)})${END}`, 'gu'),
    fix: (m) => `${m[1]}not ${m[2]}`,
    why: { ru: 'отрицание при глаголе — «not»: «does not show»', en: 'a verb is negated by "not": "does not show"' },
  },
  {
    // "150\" roles", "3 roles of vinyl": a measure or a count of material comes in rolls.
    pattern: new RegExp(
      String.raw`(?<=\d(?:["”″']|''|-inch| inch(?:es)?| in\.?| ft\.?|-foot| feet| foot| m| meters?| metres?)\s?)roles${END}|(?<=(?:\d|${START}(?:two|three|four|five|several|many|few|multiple)) )roles(?= of (?:${oneOf(ROLLED_MATERIALS)})${END})`,
      'gu',
    ),
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

/** A word before another that wants it in another form, or no word there at all. */
const FORM_AFTER_FUNCTION_WORD: GrammarRule[] = [
  {
    // "best spookiest campsite", "most happiest": a superlative already says "most".
    pattern: new RegExp(String.raw`${START}(?:best|most|worst|Best|Most|Worst) ((?:${oneOf(SUPERLATIVES_IN_EST)})|[a-z]{2,}iest)${END}`, 'gu'),
    fix: (m) => m[1]!,
    accept: (m) => !NOT_SUPERLATIVES_IN_IEST.includes(m[1]!),
    why: { ru: 'двойная превосходная степень: достаточно одной', en: 'a double superlative: the "-est" form already says "most"' },
  },
  {
    // "more cheaper than", "is more better.": a comparative already says "more". Only where the phrase ends or
    // "than" follows: "more cheaper options" may mean "further cheap options".
    pattern: new RegExp(String.raw`${START}(?:more|less|More|Less) (${oneOf(COMPARATIVES_IN_ER)})(?= than${END}|\s*[.,;:!?)]|\s*$)`, 'gu'),
    fix: (m) => m[1]!,
    why: { ru: 'двойная сравнительная степень: достаточно одной', en: 'a double comparative: the "-er" form already says "more"' },
  },
  {
    // "enjoy to serenity of the river": "enjoy" takes an object, never "to"; before a noun "the" was meant.
    // Only a word that is surely a noun: one with an "of" phrase after it, or a noun ending ("-ity", "-ness").
    pattern: new RegExp(String.raw`${START}([Ee]njoy(?:s|ed|ing)?) to ([a-z]+)${END}`, 'gu'),
    fix: (m) => `${m[1]} the ${m[2]}`,
    accept: (m, text) => {
      if (QUANTITIES_BEFORE_OF.includes(m[2]!)) return false;
      return NOUN_ENDING.test(m[2]!) || / of$/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    },
    why: { ru: '«enjoy» не управляет «to»: «enjoy the …»', en: '"enjoy" takes its object directly: "enjoy the …"' },
  },
];

/** Sound-alike words swapped where the words around leave one reading. */
const SOUND_ALIKES: GrammarRule[] = [
  {
    // "its also free", "its important to book": no possessive stands before these.
    pattern: new RegExp(String.raw`${START}([Ii])ts ((?:${oneOf(ADVERBS_AFTER_ITS)})|(?:${oneOf(ADJECTIVES_BEFORE_TO)}) to)${END}`, 'gu'),
    fix: (m) => `${m[1]}t's ${m[2]}`,
    why: { ru: '«it is» сокращается до «it’s»; «its» — притяжательное', en: '"it is" shortens to "it\'s"; "its" is the possessive' },
  },
  {
    // "if it isn't fixed its free!", "its open daily": a predicate that ends its clause; "its free trial" owns a noun.
    // "its easy to/for", "its time to" have a rule of their own (grammar-rules).
    pattern: new RegExp(String.raw`${START}([Ii])ts (?!easy (?:to|for)${END})(${oneOf(PREDICATES_AFTER_ITS)})(?=\s*[.,;:!?)]|\s*$| (?:${oneOf(AFTER_PREDICATE_ITS)})${END})`, 'gu'),
    fix: (m) => `${m[1]}t's ${m[2]}`,
    why: { ru: '«it is» сокращается до «it’s»; «its» — притяжательное', en: '"it is" shortens to "it\'s"; "its" is the possessive' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Tt])heir ((?:will|would|should|may|might|could|must|can) be|(?:has|have|had) been)${END}`, 'gu'),
    fix: (m) => `${m[1]}here ${m[2]}`,
    // "let their will be done" has the noun "will".
    accept: (m, text) => previousWord(text, m.index) !== 'let',
    why: { ru: '«there will be» — «будет», а «their» — «их»', en: '"there will be" states that something will exist; "their" is "belonging to them"' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Yy])our (${oneOf(AFTER_YOURE)})${END}`, 'gu'),
    fix: (m) => `${m[1]}ou're ${m[2]}`,
    why: { ru: '«you are» сокращается до «you’re»', en: '"you are" shortens to "you\'re"' },
  },
  {
    // "Were happy to help": at a sentence start, with no subject after it, "were" asks nothing. "Were happy
    // endings real…" inverts a condition and goes on with its noun, so a preposition or a stop must follow.
    pattern: new RegExp(String.raw`${SENTENCE_START}(W)ere (${oneOf(AFTER_WERE_MEANING_WE_ARE)})(?=\s*[.,!;]|\s*$| (?:${oneOf(AFTER_WE_ARE_PREDICATE)})(?![\p{L}'’-]))`, 'gmu'),
    fix: (m) => `${m[1]}e're ${m[2]}`,
    why: { ru: '«we are» сокращается до «we’re»; «were» — прошедшее время', en: '"we are" shortens to "we\'re"; "were" is the past tense' },
  },
  {
    pattern: /(?:^|(?<=[.!?:;•|\n]["”’)]?\s+))(W)ere (is|are)(?= \p{L})/gmu,
    fix: (m) => `${m[1]}here ${m[2]}`,
    why: { ru: '«where» — «где»; «were» — глагол', en: '"where" asks for a place; "were" is a verb' },
  },
  {
    // "Than we pack your order": opening a sentence, with a subject after it, "than" compares nothing.
    pattern: new RegExp(String.raw`(?:^|(?<=[.!?:;•|\n]["”’)]?\s+))(T)han (${oneOf(SUBJECT_PRONOUNS)})${END}`, 'gmu'),
    fix: (m) => `${m[1]}hen ${m[2]}`,
    why: { ru: '«then» — «затем»; «than» сравнивает', en: '"then" means "next"; "than" compares' },
  },
  {
    // "since than", "back than,": a point in time is "then".
    pattern: new RegExp(String.raw`${START}((?:[Ss]ince|[Uu]ntil|[Tt]ill) than${END}|(?:[Bb]ack|[Bb]y) than(?=\s*[,.;:!?]|\s*$))`, 'gu'),
    fix: (m) => m[1]!.replace(/than$/, 'then'),
    why: { ru: '«then» — «тогда», а «than» сравнивает', en: '"then" is a point in time; "than" compares' },
  },
  {
    // "a positive affect on", "side affects": the result is the noun "effect".
    pattern: new RegExp(String.raw`${START}((?:${eitherCase(EFFECT_MODIFIERS)}) )affect(s?)(?= (?:on|of|upon)${END})|${START}([Ss]ide )affect(s?)${END}`, 'gu'),
    fix: (m) => `${m[1] ?? m[3]}effect${m[2] ?? m[4]}`,
    why: { ru: 'существительное «результат, влияние» — «effect»; «affect» — глагол', en: 'the noun is "effect"; "affect" is the verb' },
  },
  {
    // "will effect your plans": with a possessive, only where what follows is no thing one brings about ("effect your transfer").
    pattern: new RegExp(String.raw`${START}(will|would|can|could|may|might|does|do|did|not|won't|won’t|n't|n’t) effect ((?:${oneOf(AFFECTED_OBJECTS)}|your|our|their)${END})`, 'giu'),
    fix: (m) => `${m[1]} affect ${m[2]}`,
    accept: (m, text) => AFFECTED_OBJECTS.includes(m[2]!.toLowerCase()) || !THINGS_BROUGHT_ABOUT.includes(nextWord(text, m.index + m[0].length)),
    why: { ru: '«влиять» — «affect»; «effect» как глагол значит «осуществить»', en: 'to influence is "affect"; the verb "effect" means to bring about' },
  },
  {
    // "comes lose", "lose-fitting": not tight is "loose".
    pattern: new RegExp(String.raw`${START}(?:((?:comes|came|come|coming|broke|break|breaks|worked|working|works) )lose(?=\s*[.,;:!?]|\s*$)|([Ll])ose-fitting${END})`, 'gu'),
    fix: (m) => (m[1] ? `${m[1]}loose` : `${m[2]}oose-fitting`),
    why: { ru: '«loose» — свободный, «lose» — терять', en: '"loose" is not tight; "lose" is to stop having' },
  },
  {
    // "away form home", "ranging form £5", "open form Monday to Friday": the preposition is "from".
    pattern: new RegExp(
      String.raw`${START}(?:((?:${oneOf(BEFORE_FROM)}) )form${END}|((?:${oneOf(BEFORE_FROM_PRICE)}) )form(?= [£$€]?\d)|([Ff])orm(?= (?:${oneOf(WEEKDAYS)})\.? ?(?:(?:to|until|till|through)${END}| ?[-–])| time to time${END}))`,
      'giu',
    ),
    fix: (m) => (m[3] ? `${m[3] === 'F' ? 'F' : 'f'}rom` : `${m[1] ?? m[2]}from`),
    why: { ru: 'предлог «from» (от, из); «form» — форма', en: 'the preposition is "from"; a "form" is a document or a shape' },
  },
  {
    // "fill in the contact from below": the document is a "form".
    pattern: new RegExp(
      String.raw`${START}(?:((?:fill|filling|filled) (?:in|out) (?:the|our|this|a|an) (?:(?:${oneOf(FORM_KINDS)}) )?)from${END}|((?:${oneOf(FORM_KINDS)}) )from(?= (?:below|above)${END}|\s*[.,;:!?]|\s*$))`,
      'giu',
    ),
    fix: (m) => `${m[1] ?? m[2]}form`,
    why: { ru: 'документ — «form»; «from» — предлог', en: 'the document is a "form"; "from" is a preposition' },
  },
  {
    // "easy too use": a verb wants "to"; "too" is "also" or "excessively".
    pattern: new RegExp(String.raw`${START}(too) (${oneOf(VERBS_AFTER_TOO)})${END}`, 'gu'),
    fix: (m) => `to ${m[2]}`,
    why: { ru: 'перед глаголом — частица «to»; «too» — «тоже, слишком»', en: 'a verb takes "to"; "too" means "also" or "excessively"' },
  },
  {
    // "it's not to late", "far to many": before a degree word "too" was meant. The phrase must end after it,
    // so "the key is to many of…" has its preposition.
    pattern: new RegExp(String.raw`(?<=${START}(?:${oneOf(BEFORE_TOO)}) )to (${oneOf(AFTER_TOO)})(?=\s*[.,;:!?)]|\s*$| (?:${oneOf(AFTER_TOO_PHRASE)})${END})`, 'giu'),
    fix: (m) => `too ${m[1]}`,
    why: { ru: '«слишком» — «too»; «to» — предлог', en: '"too" means "excessively"; "to" is a preposition' },
  },
  {
    // "if your ready.", "make sure your satisfied with": a predicate with no noun after it wants "you're".
    pattern: new RegExp(
      String.raw`(?<=${START}(?:${eitherCase(BEFORE_YOURE_CLAUSE)}) )([Yy])our (?!ready (?:for|to)${END}|sure to${END})(${oneOf(PREDICATES_AFTER_YOURE)})(?=\s*[.,;:!?)]|\s*$| (?:${oneOf(AFTER_YOURE_PREDICATE)})${END})`,
      'gu',
    ),
    fix: (m) => `${m[1]}ou're ${m[2]}`,
    why: { ru: '«you are» сокращается до «you’re»', en: '"you are" shortens to "you\'re"' },
  },
  {
    // "known by it's name": after a preposition, with a thing owned after it, "it's" is the possessive.
    pattern: new RegExp(String.raw`(?<=${START}(?:${eitherCase(BEFORE_ITS_OWNED)}) )(it)['’]s (${oneOf(OWNED_BY_IT)})${END}`, 'gu'),
    fix: (m) => `${m[1]}s ${m[2]}`,
    why: { ru: 'притяжательное «its» пишется без апострофа', en: 'the possessive is "its", without an apostrophe' },
  },
  {
    // "There going to love it", "Their going to": opening a clause with no verb, "they're" was meant; "is there going to be" asks.
    pattern: new RegExp(String.raw`(?:(?:^|(?<=[.!?:;•|\n]["”’)]?\s+))(T)|(?<=${START}(?:if|because|when|and|but|so) )(t))(?:here|heir) going to(?! be${END})${END}`, 'gmu'),
    fix: (m) => `${m[1] ?? m[2]}hey're going to`,
    why: { ru: '«they are» сокращается до «they’re»', en: '"they are" shortens to "they\'re"' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Ww])ho['’]s (${oneOf(OWNED_AFTER_WHOSE)})${END}`, 'gu'),
    fix: (m) => `${m[1]}hose ${m[2]}`,
    why: { ru: 'притяжательное — «whose»; «who’s» — «who is»', en: 'the possessive is "whose"; "who\'s" is "who is"' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Ww])hose (${oneOf(AFTER_WHOS)})${END}`, 'gu'),
    fix: (m) => `${m[1]}ho's ${m[2]}`,
    why: { ru: '«who is» сокращается до «who’s»; «whose» — «чей»', en: '"who is" shortens to "who\'s"; "whose" asks who owns' },
  },
];

/** Words one letter away from the meant one, told apart by the word they stand next to. */
const NEAR_MISSES: GrammarRule[] = [
  {
    // "a specious lounge": "specious" is misleading (an argument, a claim); a room is "spacious". One word may
    // stand between ("specious guest lounge"), but no function word: "specious to home buyers" ends the phrase.
    pattern: new RegExp(String.raw`${START}([Ss])pecious((?: ([a-z-]+))? (?:${oneOf(SPACIOUS_THINGS)}))${END}`, 'gu'),
    fix: (m) => `${m[1]}pacious${m[2]}`,
    accept: (m) => !m[3] || !NOT_BEFORE_SPACIOUS_THING.includes(m[3]),
    why: { ru: '«просторный» — «spacious»; «specious» — «обманчивый»', en: 'roomy is "spacious"; "specious" means misleading' },
  },
  {
    // "brush out matts": tangled fur is "mats"; "matt" is a dull finish and has no plural. A sentence about
    // fur or hair only, so a paint's "matt" finishes stay out.
    pattern: new RegExp(String.raw`${START}matts${END}`, 'gu'),
    fix: () => 'mats',
    accept: (m, text) => mentions(sentenceAround(text, m.index, m.index + m[0].length), WORDS_ABOUT_FUR),
    why: { ru: 'колтуны — «mats»; «matt» — матовый', en: 'tangled fur is "mats"; "matt" is a dull finish' },
  },
  {
    // "so you truly feet comfortable", "you will feet welcome": after a subject, modal or adverb a verb is due.
    pattern: new RegExp(String.raw`${START}feet (${oneOf(FEELINGS_OF_PEOPLE)}|${oneOf(FEELINGS_OF_BOTH)})${END}`, 'giu'),
    fix: (m) => `feel ${m[1]}`,
    accept: (m, text) => {
      const before = previousWord(text, m.index);
      return BEFORE_A_VERB.includes(before) || (before === 'you' && FEELINGS_OF_PEOPLE.includes(m[1]!.toLowerCase()));
    },
    why: { ru: '«чувствовать себя» — «feel»; «feet» — ступни', en: 'the verb is "feel"; "feet" are what you stand on' },
  },
  {
    // "in Norther California", "the norther suburbs": "northern" lost its last letter. A "norther" (a wind) is
    // no word before a place name or a part of a region.
    pattern: new RegExp(String.raw`${START}([Nn]orther|NORTHER)(?= (?:\p{Lu}|(?:${oneOf(PARTS_OF_A_REGION)})${END}))`, 'gu'),
    fix: (m) => `${m[1]}${m[1] === 'NORTHER' ? 'N' : 'n'}`,
    why: { ru: '«северный» — «northern»', en: 'the adjective is "northern"' },
  },
  {
    // "If you like the plan, we being.": a subject with "being" alone is no clause; "begin" was meant.
    pattern: new RegExp(String.raw`${START}([Ww]e|[Tt]hey|I) being(?=\s*[.!?]|\s*$)`, 'gu'),
    fix: (m) => `${m[1]} begin`,
    accept: (m, text) => /(?:^|[.!?,;:•|\n]\s*|(?<![\p{L}'’-])(?:and|so|then) )$/u.test(text.slice(Math.max(0, m.index - 10), m.index)),
    why: { ru: '«we being» — не предложение; вероятно, «we begin»', en: 'a subject with "being" alone is no clause: "we begin"?' },
  },
  {
    // "we are specialise in roofs", "they are provide": "are" with a bare verb, one of the two is extra.
    pattern: new RegExp(String.raw`${START}([Ww]e|[Tt]hey|I|[Yy]ou) (?:are|am|['’]re|['’]m) (${oneOf(BARE_VERBS_AFTER_ARE)})${END}`, 'gu'),
    fix: (m) => `${m[1]} ${m[2]}`,
    why: { ru: '«are» и глагол в начальной форме не сочетаются', en: '"are" and a bare verb do not go together: "we specialise" or "we are specialised"' },
  },
  {
    // "What time will be come back?": "be" and a bare verb have no reading together; "we" or nothing was meant.
    // "There will be give and take" makes the verb a noun, so "there" before stays out.
    pattern: new RegExp(String.raw`${START}(will|would|can|could|should|must|may|might|shall) be (${oneOf(BARE_VERBS_AFTER_BE)})${END}`, 'giu'),
    fix: (m) => `${m[1]} ${m[2]}`,
    accept: (m, text) => previousWord(text, m.index) !== 'there',
    why: { ru: '«be» и глагол в начальной форме не сочетаются', en: '"be" and a bare verb do not go together: "will come" or "will we come"' },
  },
];

/**
 * Whether the match's first word stands as a modal: "the will made by", "a can made of tin" are nouns after a
 * determiner; "May" in the middle of a sentence is the month.
 */
const standsAsModal = (m: RegExpExecArray, text: string) => !DETERMINERS.includes(previousWord(text, m.index)) && !(m[1] === 'May' && !/(?:^|[.!?]\s+)$/u.test(text.slice(Math.max(0, m.index - 10), m.index)));
/** "provides" → "provide": verbs whose "-s" form is never a plural noun, so after a modal it is a slip. */
const BASE_OF_THIRD_PERSON: Record<string, string> = Object.fromEntries(VERBS_NEVER_NOUNS.map((base) => [thirdPerson(base), base]));

/** One-word nouns used as verbs, and words that look alike but differ in meaning. */
const WORD_CHOICES: GrammarRule[] = [
  {
    // "we can built it", "you will took": after a modal the verb is in its base form.
    pattern: new RegExp(String.raw`${START}(${oneOf(MODALS)}) (${oneOf(Object.keys(PAST_TO_BASE))})${END}`, 'giu'),
    fix: (m) => `${m[1]} ${PAST_TO_BASE[m[2]!.toLowerCase()]}`,
    accept: standsAsModal,
    why: { ru: 'после модального глагола — начальная форма: «can build»', en: 'after a modal verb the base form: "can build"' },
  },
  {
    // "a baker will gets back to you", "we can provides": after a modal no "-s" either.
    pattern: new RegExp(String.raw`${START}(${oneOf(MODALS)}) (${oneOf(Object.keys(BASE_OF_THIRD_PERSON))})${END}`, 'giu'),
    fix: (m) => `${m[1]} ${keepCase(m[2]!, BASE_OF_THIRD_PERSON[m[2]!.toLowerCase()]!)}`,
    // "May brings sun", "free will gives us a choice": the month and the noun do take "-s".
    accept: (m, text) => m[1] !== 'May' && !(m[1]!.toLowerCase() === 'will' && ADJECTIVES_OF_WILL.includes(previousWord(text, m.index))) && standsAsModal(m, text),
    why: { ru: 'после модального глагола — начальная форма, без -s', en: 'after a modal verb the base form, with no "-s"' },
  },
  {
    // "the price does not includes VAT", "it doesn't requires tools": "do" carries the "-s", the verb after it is bare.
    pattern: new RegExp(String.raw`${START}((?:do|does|did)(?: not|n['’]t)) (${oneOf(Object.keys(BASE_OF_THIRD_PERSON))})${END}`, 'giu'),
    fix: (m) => `${m[1]} ${keepCase(m[2]!, BASE_OF_THIRD_PERSON[m[2]!.toLowerCase()]!)}`,
    why: { ru: 'после «does not» — начальная форма, без -s', en: 'after "does not" the verb is bare, with no "-s"' },
  },
  {
    // "the answer your were looking for": "you" with a verb after it.
    pattern: new RegExp(String.raw`${START}([Yy])our (${oneOf(VERBS_AFTER_YOU)})${END}`, 'gu'),
    fix: (m) => `${m[1]}ou ${m[2]}`,
    why: { ru: 'перед глаголом — «you», а «your» — «ваш»', en: 'before a verb it is "you"; "your" is "belonging to you"' },
  },
  {
    // "Checkout our services": an imperative opening a sentence is the verb, two words.
    pattern: new RegExp(String.raw`(?:^|(?<=[.!?]\s+))(${oneOf(Object.keys(SPLIT_PHRASAL_VERBS))})(?= (?:${oneOf(PHRASAL_VERB_OBJECTS)})${END})`, 'gimu'),
    fix: (m) => keepCase(m[1]!, SPLIT_PHRASAL_VERBS[m[1]!.toLowerCase()]!),
    why: { ru: 'глагол пишется раздельно: «check out»', en: 'the verb is two words; written as one it is the noun' },
  },
  {
    // "we will setup your account", "please login to your account": the verb is two words ("a quick setup" is the noun).
    pattern: new RegExp(String.raw`(?<=${START}(?:${oneOf(BEFORE_PHRASAL_VERB)}) )(${oneOf(Object.keys(SPLIT_PHRASAL_VERBS))})(?= (?:(?:to|into|in|on) )?(?:${oneOf(PHRASAL_VERB_OBJECTS)})${END})`, 'giu'),
    fix: (m) => keepCase(m[1]!, SPLIT_PHRASAL_VERBS[m[1]!.toLowerCase()]!),
    why: { ru: 'глагол пишется раздельно: «set up», а «setup» — существительное', en: 'the verb is two words; written as one it is the noun' },
  },
  {
    // "open everyday from 9": each day is "every day"; "everyday prices" and "for everyday" are the adjective.
    pattern: new RegExp(String.raw`${START}([Ee]very)day(?=\s*[.,;:!?)]|\s*$| (?:${oneOf(AFTER_EVERY_DAY)})${END}| \d)`, 'gu'),
    fix: (m) => `${m[1]} day`,
    accept: (m, text) => !BEFORE_EVERYDAY_NOUN.includes(previousWord(text, m.index)),
    why: { ru: '«каждый день» — «every day»; «everyday» — «повседневный»', en: 'each day is "every day"; "everyday" means "ordinary"' },
  },
  {
    pattern: new RegExp(String.raw`${START}(?:((?:${oneOf(STATIONERY_KINDS)}) )([Ss])tationary${END}|([Ss])tationary(?= (?:${oneOf(STATIONERY_THINGS)})${END}))`, 'gu'),
    fix: (m) => `${m[1] ?? ''}${m[2] ?? m[3]}tationery`,
    why: { ru: 'канцтовары — «stationery»; «stationary» — неподвижный', en: 'paper goods are "stationery"; "stationary" means not moving' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Pp])rinciple (${oneOf(PRINCIPAL_ROLES)})${END}`, 'gu'),
    fix: (m) => `${m[1]}rincipal ${m[2]}`,
    why: { ru: 'главный (о человеке) — «principal»; «principle» — принцип', en: 'the chief person is the "principal"; a "principle" is a rule' },
  },
  {
    pattern: new RegExp(String.raw`${START}((?:[Ss]o|[Tt]oo|[Hh]ow|[Aa]s) )much (${oneOf(COUNTED_AFTER_MUCH)})${END}`, 'gu'),
    fix: (m) => `${m[1]}many ${m[2]}`,
    why: { ru: 'с исчисляемыми — «many», а не «much»', en: 'what can be counted takes "many", not "much"' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Tt]here) (is|was) (${oneOf(PLURAL_QUANTIFIERS)})${END}`, 'gu'),
    fix: (m) => `${m[1]} ${m[2] === 'is' ? 'are' : 'were'} ${m[3]}`,
    why: { ru: 'перед множественным числом — «there are»', en: 'a plural takes "there are"' },
  },
  {
    // "we've went", "they have already went": after "have" the past participle.
    pattern: new RegExp(String.raw`(${START}(?:I|[Ww]e|[Yy]ou|[Tt]hey)['’]ve|${START}(?:has|have|had) (?:${oneOf(PERFECT_ADVERBS)})) (${oneOf(Object.keys(PARTICIPLE_OF_PAST))})${END}`, 'gu'),
    fix: (m) => `${m[1]} ${PARTICIPLE_OF_PAST[m[2]!]}`,
    why: { ru: 'после «have» — причастие: «have gone»', en: '"have" takes the past participle: "have gone"' },
  },
  {
    pattern: new RegExp(String.raw`${START}((?:${oneOf(BEFORE_TO_HEAR)}) to )here(?= (?:${oneOf(AFTER_HEAR)})${END})`, 'giu'),
    fix: (m) => `${m[1]}hear`,
    why: { ru: '«слышать» — «hear»; «here» — «здесь»', en: 'to listen is "hear"; "here" is a place' },
  },
  {
    pattern: new RegExp(
      String.raw`${START}([Ll]et (?:us|me|them|him|her)) no(?=\s*[.,;:!?]|\s*$| (?:if|when|what|how|about|by|before|your|the|that|asap|as soon|which|whether)${END})|${START}((?:at|with|of|there is|there are|there's|there’s|have|has|had|is|are) )know (${oneOf(AFTER_NO)})${END}`,
      'gu',
    ),
    fix: (m) => (m[1] ? `${m[1]} know` : `${m[2]}no ${m[3]}`),
    why: { ru: '«know» — знать, «no» — нет', en: '"know" is to be aware; "no" is "none"' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Hh]e|[Ss]he|[Ii]t|[Tt]his) don['’]t${END}|${START}(I|[Ww]e|[Yy]ou|[Tt]hey) doesn['’]t${END}`, 'gu'),
    fix: (m) => (m[1] ? `${m[1]} doesn't` : `${m[2]} don't`),
    why: { ru: 'с «he/she/it» — «doesn’t», с «we/you/they» — «don’t»', en: '"he", "she" and "it" take "doesn\'t"; "we", "you" and "they" take "don\'t"' },
  },
  {
    // "we wont be long", "you cant beat it": a contraction lost its apostrophe and became another word.
    pattern: new RegExp(String.raw`${START}([Ww]o|[Cc]a)nt (${oneOf(VERBS_AFTER_NOT)})${END}`, 'gu'),
    fix: (m) => `${m[1]}n't ${m[2]}`,
    why: { ru: 'в сокращении нужен апостроф: «won’t», «can’t»', en: 'the contraction needs an apostrophe' },
  },
  {
    // Opening a sentence or after "so"; "the app lets you book" keeps the verb.
    pattern: new RegExp(String.raw`(?:^|(?<=[.!?:;•|\n]["”’)]?\s+))(L)ets (${oneOf(VERBS_AFTER_LETS)})${END}|${START}(so )lets (${oneOf(VERBS_AFTER_LETS)})${END}`, 'gmu'),
    fix: (m) => (m[1] ? `${m[1]}et's ${m[2]}` : `${m[3]}let's ${m[4]}`),
    why: { ru: '«let us» сокращается до «let’s»', en: '"let us" shortens to "let\'s"' },
  },
  {
    // "the class is lead by", "this has lead to": the past of "lead" is "led".
    pattern: new RegExp(String.raw`${START}((?:has|have|had|was|were|been|is|are|being) )lead (to|by)${END}`, 'giu'),
    fix: (m) => `${m[1]}led ${m[2]}`,
    why: { ru: 'прошедшее время и причастие от «lead» — «led»', en: 'the past of "lead" is "led"' },
  },
  {
    pattern: new RegExp(String.raw`${START}((?:[Pp]lease|should|must|to|always) )where (${oneOf(THINGS_WORN)})${END}`, 'gu'),
    fix: (m) => `${m[1]}wear ${m[2]}`,
    why: { ru: '«носить» — «wear»; «where» — «где»', en: 'to have on is "wear"; "where" asks for a place' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Ii])t(?:['’]s)? self${END}`, 'gu'),
    fix: (m) => `${m[1]}tself`,
    why: { ru: 'возвратное местоимение пишется слитно', en: 'the reflexive pronoun is one word' },
  },
];

/** Slips of one letter or one word that leave a pronoun, a verb or a conjunction in the wrong place. */
const WRONG_FUNCTION_WORDS: GrammarRule[] = [
  {
    // "care for you horse", "protect you home from pests", "Does you boat have…": after a preposition, a verb
    // that takes one object, or a singular auxiliary, "you" with a thing owned after it is "your".
    pattern: new RegExp(String.raw`(?<=${START}(${eitherCase(BEFORE_OWNED_YOU)}|${eitherCase(SINGULAR_AUXILIARIES)}) )you (${oneOf(OWNED_THINGS)})${END}`, 'gu'),
    fix: (m) => `your ${m[2]}`,
    accept: (m, text) => {
      const before = m[1]!.toLowerCase();
      const afterAuxiliary = SINGULAR_AUXILIARIES.includes(before);
      // "those of you home for the summer", "the bus has you home by six", "we cover you home and away": where you are.
      const where = afterAuxiliary || ['of', 'with'].includes(before) || ['and', 'or'].includes(nextWord(text, m.index + m[0].length));
      if (PLACE_NOUNS.includes(m[2]!) && where) return false;
      // A noun after ("for you pet owners", "it is you business owners who") makes "you" an apposition.
      return endsNounPhrase(text, m.index + m[0].length);
    },
    why: { ru: 'притяжательное «your» (ваш), а «you» — «вы»', en: 'the possessive is "your"; "you" is the person' },
  },
  {
    // "as well as you mental ease", "take care of you physical health": an adjective of mind or body and its
    // noun after a "you" that no verb governs.
    pattern: new RegExp(String.raw`(?<=${START}(?:${eitherCase(BEFORE_YOU_ADJECTIVE)}) )you ((?:${oneOf(ADJECTIVES_OF_WELLBEING)}) \p{L}+)${END}`, 'gu'),
    fix: (m) => `your ${m[1]}`,
    accept: (m) => !['and', 'or'].includes(m[1]!.split(' ')[1]!),
    why: { ru: 'притяжательное «your» (ваш), а «you» — «вы»', en: 'the possessive is "your"; "you" is the person' },
  },
  {
    // "care for there horse", "cleaning out there pool": after a preposition or a verb that takes one object,
    // "there" with a thing owned after it is "their". "Out there" alone is a phrase; the noun must end its phrase.
    pattern: new RegExp(String.raw`(?<=${START}(?:${eitherCase(BEFORE_OWNED_THERE)}) (?:(?:${oneOf(VERB_PARTICLES)}) )?)there (${oneOf(OWNED_THINGS)})${END}`, 'gu'),
    fix: (m) => `their ${m[1]}`,
    accept: (m, text) => {
      const end = m.index + m[0].length;
      if (PLACE_NOUNS.includes(m[1]!) && ['and', 'or'].includes(nextWord(text, end))) return false;
      return endsNounPhrase(text, end) || REFLEXIVE_STARTS.includes(nextWord(text, end));
    },
    why: { ru: 'притяжательное «their» (их), а «there» — «там»', en: 'the possessive is "their"; "there" is a place' },
  },
  {
    // "many service for you", "these damaging pest from": a plural determiner wants a plural noun. The noun must
    // end its phrase ("these service areas" and "many product lines" are compounds), and not before "and"/"or"
    // ("these pest and weed problems" coordinates two modifiers).
    pattern: new RegExp(String.raw`${START}(${eitherCase(PLURAL_ONLY_DETERMINERS)}) (?:([a-z]+) )?(${oneOf(COUNTED_NOUNS)}|${oneOf(EVERYDAY_COUNTED_NOUNS)})${END}`, 'gu'),
    fix: (m) => `${m[1]} ${m[2] ? `${m[2]} ` : ''}${m[3]}s`,
    accept: (m, text) => {
      const end = m.index + m[0].length;
      if (m[2] && (!DETERMINERS_BEFORE_ADJECTIVE.includes(m[1]!.toLowerCase()) || !ADJECTIVE_ENDING.test(m[2]))) return false;
      return endsNounPhrase(text, end) && !['and', 'or'].includes(nextWord(text, end));
    },
    why: { ru: 'после «these», «many», «several» — множественное число', en: '"these", "many" and "several" take a plural noun' },
  },
  {
    // "one of the best company in town", "one of our customer said": "one of" picks from a plural. Words
    // between must read as adjectives ("most popular", "leading"), and the noun must end its phrase, so
    // "one of our customer reviews" and "one of the things our client needs" stay silent.
    pattern: new RegExp(String.raw`${START}([Oo]ne of (?:the|our|your|their|these|those|my|his|her) )((?:[a-z]+ ){0,2}?)(${oneOf(COUNTED_NOUNS)}|${oneOf(COUNTED_PLACES)})${END}`, 'gu'),
    fix: (m) => `${m[1]}${m[2]}${plural(m[3]!)}`,
    accept: (m, text) => {
      const between = m[2]!.trim().split(' ').filter(Boolean);
      if (!between.every((word) => ADJECTIVES_IN_ONE_OF.includes(word) || /est$/u.test(word) || ADJECTIVE_ENDING.test(word))) return false;
      const end = m.index + m[0].length;
      return endsNounPhrase(text, end) && !['and', 'or'].includes(nextWord(text, end));
    },
    why: { ru: 'после «one of the» — множественное число', en: '"one of the" picks one from many: the noun is plural' },
  },
  {
    // "we have can eliminate", "it has will be": a modal after "have" — one of the two verbs is too many. The
    // pronoun opens its clause: "all we have can help" ends a relative clause with "have" and is right.
    pattern: new RegExp(String.raw`${START}(we|they|I|you|he|she|it|We|They|You|He|She|It) +(?:have|has|had) +(can|will|could|should|would|must|might|may|shall)(?= +(?:${oneOf(VERBS_AFTER_MODAL)})${END})`, 'gu'),
    fix: (m) => `${m[1]} ${m[2]}`,
    accept: (m, text) => /(?:^|[.!?:;,•|(\n]["”’)]?\s*)$/u.test(text.slice(Math.max(0, m.index - 10), m.index)) || CLAUSE_JOINERS.includes(previousWord(text, m.index)),
    why: { ru: 'два глагола подряд: «have» и модальный — лишний «have»', en: '"have" and a modal verb together: one of them is extra' },
  },
  {
    // "of equal of greater value", "sooner of later": two choices are joined by "or". "The equal of" is a noun.
    pattern: new RegExp(
      String.raw`${START}(${Object.entries(EITHER_OR_PAIRS)
        .map(([first, seconds]) => `${first} of (?:${oneOf(seconds)})`)
        .join('|')})${END}(?! than${END})`,
      'giu',
    ),
    fix: (m) => m[1]!.replace(/ of /i, ' or '),
    accept: (m, text) => !['the', 'an', 'its', 'their', 'his', 'her', 'no'].includes(previousWord(text, m.index)),
    why: { ru: 'два варианта соединяет «or», а не «of»', en: 'two choices are joined by "or", not "of"' },
  },
  {
    // "our patients have had seen results": two perfect forms; "been", "gone" and "become" take no object, so
    // no causative "have had … done" is meant, and "seen" is judged only with its object after it.
    pattern: new RegExp(String.raw`${START}((?:[Hh]ave|[Hh]as|(?:I|[Ww]e|[Tt]hey|[Yy]ou)['’]ve) )had (${oneOf(PARTICIPLES_NOT_AFTER_HAD)})${END}`, 'gu'),
    fix: (m) => `${m[1]}${m[2]}`,
    accept: (m, text) => m[2] !== 'seen' || /^ (?!(?:by|to|in|at|on|as)(?![\p{L}'’-]))\p{L}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)),
    why: { ru: 'два перфекта подряд: нужен «have» или «had», не оба', en: 'two perfect forms at once: "have" or "had", not both' },
  },
  {
    // "Manufactures warranty for the boiler": the maker's warranty, a possessive noun, not the verb "manufactures".
    pattern: new RegExp(String.raw`${START}([Mm]anufactur)(?:es|ers) (${oneOf(MANUFACTURER_THINGS)})${END}`, 'gu'),
    fix: (m) => `${m[1]}er's ${m[2]}`,
    // "Most manufacturers warranty their boilers": an object after makes "warranty" the verb.
    accept: (m, text) => endsNounPhrase(text, m.index + m[0].length),
    why: { ru: 'гарантия производителя — «manufacturer’s warranty»; «manufactures» — глагол', en: 'what the maker gives is the "manufacturer\'s"; "manufactures" is the verb' },
  },
];

/** A count of time before "ago": "2 hours", "less than a week", "a few days". */
const TIME_BEFORE_AGO = String.raw`(?:(?:less|more|fewer) than |at least |over |under |about |up to |just |only )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|few|several) (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|decades?) ago`;
/** The past of a present "be" or "have been": what "ago" wants. */
const PAST_OF_PRESENT: Record<string, string> = { is: 'was', are: 'were', am: 'was', 'has been': 'was', 'have been': 'were' };
/** Each form of "rid" and the phrase that takes "of" without an object before it. */
const RID_WITH_OF: Record<string, string> = { rid: 'get rid', rids: 'gets rid', ridding: 'getting rid' };

/**
 * A list with its first item lost or a word doubled around it, and a word or a tense that the words around it
 * decide: "rid" with no object, "variable on", a present verb with "ago".
 */
const COORDINATION_SLIPS: GrammarRule[] = [
  {
    // "Whether it's a walk, a cuddle, or a treat.": a list opened by "whether" whose "or" item runs to the full
    // stop leaves the sentence with no main clause. One comma before the "or" at least, so "Whether you are new
    // or a regular." (a slogan) stays silent, and no comma or dash after it ("…or a treat, we do it all" and
    // "…or a treat — we do it all" have their clause).
    pattern: /(?:^|(?<=[.!?]\s+))(Whether [^.!?;:\n]*, (?:[^,.!?;:\n]* )?or [^,.!?;:\n–—]+)\./gmu,
    fix: (m) => `${m[1]}, …`,
    // "Whether it's a repaint or a new build, no job is too big or too small.": the clause holds its own "or"
    // before its first comma, so the comma closes it and the "or" after belongs to the main clause.
    accept: (m) => !/(?<![\p{L}'’])or(?![\p{L}'’])/u.test(m[1]!.split(',')[0]!),
    why: { ru: 'придаточное с «whether» без главного предложения: предложение не закончено', en: 'a "whether" clause with no main clause: the sentence is a fragment' },
  },
  {
    // "If you need advice on backups, security and so on – so please call": an if-clause runs straight into "so
    // please" with no main clause between, so the "so" is stray. A main clause after a comma ("If you are unsure,
    // we call you back, so please answer") makes the "so" join two clauses.
    pattern: /(?<=(?:^|[.!?]\s+)(If [^.!?;:\n]*)(?:,|\s[–—-])\s)so (please)(?!\p{L})/gmu,
    fix: (m) => m[2]!,
    accept: (m) => !new RegExp(String.raw`,\s(?:${oneOf(MAIN_CLAUSE_OPENERS)})(?![\p{L}'’])`, 'iu').test(m[1]!.replace(/’/g, "'")),
    why: { ru: 'после придаточного с «if» лишнее «so»: главного предложения нет', en: 'an "if" clause followed by "so please": the "so" is stray, the request is the main clause' },
  },
  {
    // "pay by or credit card", "contact us via or email": a preposition cannot open a list with "or"; its first
    // item was lost. Means of paying or contacting only, and not after a verb that makes "by" an adverb
    // ("stop by or call", "the beach is close by and quiet").
    pattern: new RegExp(String.raw`${START}([Bb]y|[Vv]ia) (or|and) (${oneOf(MEANS_AFTER_BY)})${END}`, 'giu'),
    fix: (m) => `${m[1]} … ${m[2]} ${m[3]}`,
    accept: (m, text) => !BEFORE_BY_ADVERB.includes(previousWord(text, m.index)),
    why: { ru: 'после предлога сразу «or»: пропущен первый вариант', en: 'a preposition followed by "or" or "and": the first item of the list is missing' },
  },
  {
    // "we offer camping both modern and rustic camping": the noun stands before "both … and" and again after it.
    pattern: /(?<![\p{L}\d'’-])([a-z]{4,}) ((?:both|either) [a-z]+(?: [a-z]+)? (?:and|or) [a-z]+(?: [a-z]+)? \1)(?![\p{L}\d'’-])/gu,
    fix: (m) => m[2]!,
    why: { ru: 'слово повторено до и после «both … and»', en: 'the word stands both before and after "both … and": once is enough' },
  },
  {
    // "ridding and preventing pests": "rid" takes its object and "of" ("rid your pet of fleas", "get rid of").
    pattern: new RegExp(String.raw`${START}(rid|rids|ridding|Ridding) (and|or)${END}`, 'gu'),
    fix: (m) => `${keepCase(m[1]!, RID_WITH_OF[m[1]!.toLowerCase()]!)} of ${m[2]}`,
    why: { ru: '«rid» требует «of»: «getting rid of»', en: '"rid" needs "of": "getting rid of" or "ridding … of"' },
  },
  {
    // "fees are variable on the size of the dog": "variable" takes no "on"; the price varies with, or depends on,
    // a measure. Only before a measure, so "the weather is variable on the coast" stays silent.
    pattern: new RegExp(String.raw`${START}(is|are) variable on ((?:the|your|their|its|each) (?:${oneOf(WHAT_PRICES_VARY_WITH)}))${END}`, 'gu'),
    fix: (m) => `${m[1] === 'is' ? 'varies' : 'vary'} with ${m[2]}`,
    why: { ru: '«variable» не управляет «on»: «vary with» или «depend on»', en: '"variable" takes no "on": "vary with" or "depend on"' },
  },
  {
    // "if the appointment is made less than 2 hours ago": "ago" counts back from now, so the verb is in the past.
    pattern: new RegExp(String.raw`${START}(is|are|am|has been|have been) ((?:${oneOf(PARTICIPLES_BEFORE_AGO)}) ${TIME_BEFORE_AGO})${END}`, 'gu'),
    fix: (m) => `${PAST_OF_PRESENT[m[1]!]} ${m[2]}`,
    why: { ru: '«ago» отсчитывает от настоящего: глагол в прошедшем времени', en: '"ago" counts back from now: the verb is in the past tense' },
  },
];

/** A figure, with its currency or hour mark if any: "1", "$40.00", "9:30am". */
const FIGURE = String.raw`[$£€]?\d+(?:[.,:]\d+)?(?: ?(?:am|pm))?`;

/** A word and the forms a defined term takes with it: "You" is also written "Your", "Yours". */
const definedTermForms = (word: string) => (word.startsWith('You') ? 'Your?s?' : word);

/** Ranges, counts and measures written in the form of another construction. */
const RANGES_AND_MEASURES: GrammarRule[] = [
  {
    // "between 1 to 2 hours": "between" pairs with "and", "from" with "to". "Between 1 to 1 coaching and group
    // classes" is a one-to-one session: the same figure on both sides stays silent.
    pattern: new RegExp(String.raw`${START}([Bb]etween (${FIGURE})) to (${FIGURE})(?![\d\p{L}'’-])`, 'gu'),
    fix: (m) => `${m[1]} and ${m[3]}`,
    accept: (m) => m[2] !== m[3],
    why: { ru: '«between» сочетается с «and»: «between 1 and 2» или «from 1 to 2»', en: '"between" goes with "and": "between 1 and 2" or "from 1 to 2"' },
  },
  {
    // "the amount of days": what is counted takes "number"; "amount" measures ("the amount of time").
    pattern: new RegExp(String.raw`${START}([Aa]mount)(s?) of (${oneOf(COUNTED_AFTER_AMOUNT)})${END}`, 'gu'),
    fix: (m) => `${m[1] === 'Amount' ? 'Number' : 'number'}${m[2]} of ${m[3]}`,
    why: { ru: 'исчисляемое считают: «number of days», а «amount» — для неисчисляемого', en: 'what is counted takes "number of"; "amount of" is for what is measured' },
  },
  {
    // "a 15 minutes grace period", "a 30 days free trial": a measure before a noun is a hyphenated singular.
    pattern: new RegExp(String.raw`${START}([Aa]n? (?:(?:\+/-|±|~) ?)?\d+(?:[.,]\d+)?) (${oneOf(Object.keys(UNITS_BEFORE_NOUN))}) ((?:[a-z]+ )?(?:${oneOf(MEASURED_NOUNS)}))${END}`, 'gu'),
    fix: (m) => `${m[1]}-${UNITS_BEFORE_NOUN[m[2]!]} ${m[3]}`,
    why: { ru: 'мера перед существительным — через дефис и в единственном числе: «a 15-minute walk»', en: 'a measure before a noun is hyphenated and singular: "a 15-minute walk"' },
  },
  {
    // "Lay back and relax": to recline is "lie"; "lay" wants an object. The past "lay back and relaxed" is right.
    pattern: new RegExp(String.raw`${START}([Ll])ay (back|down) and (${oneOf(VERBS_AFTER_LYING_BACK)})${END}`, 'gu'),
    fix: (m) => `${m[1]}ie ${m[2]} and ${m[3]}`,
    why: { ru: 'откинуться, прилечь — «lie back», а «lay» требует дополнения', en: 'to recline is "lie back"; "lay" takes an object' },
  },
  {
    // "However, You can call us": after an opening word and its comma the sentence goes on in small letters.
    // A name after it ("However, The Ivy is open") keeps its capitals: the next word must be small.
    pattern: new RegExp(String.raw`(?<=(?:^|[.!?]\s+))(${oneOf(OPENERS_BEFORE_COMMA)}), (${oneOf(CAPITALISED_AFTER_OPENER)})(?= \p{Ll})`, 'gu'),
    fix: (m) => `${m[1]}, ${m[2]!.toLowerCase()}`,
    // Terms and conditions define "You" and "Your" as terms and capitalise them everywhere ("on Your own behalf").
    accept: (m, text) => !new RegExp(String.raw`\p{Ll}[,;]? ${definedTermForms(m[2]!)}(?= \p{Ll})`, 'u').test(`${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`),
    why: { ru: 'после запятой предложение продолжается со строчной буквы', en: 'after the comma the sentence goes on in small letters' },
  },
  {
    // "$5 Tuesday's!", "Closed Sunday's.": a weekday that ends its phrase is a plural, with no apostrophe.
    // A possessive has its noun after it ("Tuesday's class", "Monday's and Friday's sessions").
    pattern: new RegExp(String.raw`${START}(${oneOf(WEEKDAY_NAMES)})['’]s(?=\s*[!.;)]|\s*$)`, 'gu'),
    fix: (m) => `${m[1]}s`,
    why: { ru: 'множественное число пишется без апострофа: «Tuesdays»', en: 'a plural takes no apostrophe: "Tuesdays"' },
  },
];

/** Words that are never left out of a fixed phrase. */
const MISSING_WORDS: GrammarRule[] = [
  {
    // "we will happy to help", "the shop will closed": a modal takes "be" before an adjective.
    // Lowercase only: "Would happy customers…" opens a question.
    pattern: new RegExp(String.raw`${START}(will|would|should|must|may|might|can|could|shall) (${oneOf(PREDICATES_AFTER_BE)})${END}`, 'gu'),
    fix: (m) => `${m[1]} be ${m[2]}`,
    why: { ru: 'пропущено «be»', en: '"be" is missing' },
  },
  {
    pattern: new RegExp(String.raw`(${START}(?:am|is|are|be|been|being|was|were|not)|['’](?:re|m)) (${oneOf(ADJECTIVES_TAKING_TO)}) (${oneOf(VERBS_AFTER_TO)})${END}`, 'giu'),
    fix: (m) => `${m[1]} ${m[2]} to ${m[3]}`,
    why: { ru: 'пропущено «to» перед глаголом', en: '"to" is missing before the verb' },
  },
  {
    // "15% off the first child in addition a 10% discount on the second": within a clause, with a noun phrase
    // after it, "in addition" adds that phrase and takes "to". After a stop, a comma or "and" it is the adverb.
    pattern: new RegExp(String.raw`(?<=[\p{L}\d%] )in addition(?= (?:a|an|the|our|your|their)${END})`, 'gu'),
    fix: () => 'in addition to',
    accept: (m, text) => !BEFORE_IN_ADDITION_ADVERB.includes(previousWord(text, m.index)),
    why: { ru: 'пропущено «to»: «in addition to»', en: '"to" is missing: "in addition to"' },
  },
  {
    // "contractors getting in the way customers or slowing down work": the idiom takes "of" before what is
    // obstructed. A conjunction or a stop after the plural shows no clause ("in the way customers shop") follows.
    pattern: new RegExp(String.raw`${START}((?:get|gets|getting|got|be|is|are) in the way) ((?:(?:your|our|their|the) )?([a-z]{3,}s))(?= (?:or|and)${END}|\s*[.,;!?])`, 'gu'),
    fix: (m) => `${m[1]} of ${m[2]}`,
    accept: (m) => looksPlural(m[3]!),
    why: { ru: 'оборот «get in the way of»: пропущено «of»', en: 'the phrase is "get in the way of"' },
  },
  {
    // "we will work you to develop a plan": working together takes "with". "Work you to the bone" has a noun after "to".
    pattern: new RegExp(String.raw`${START}(work|works|working|worked) (you|them) to (${oneOf(VERBS_OF_PLANNING)})${END}`, 'gu'),
    fix: (m) => `${m[1]} with ${m[2]} to ${m[3]}`,
    why: { ru: 'пропущено «with»: «work with you to …»', en: '"with" is missing: "work with you to …"' },
  },
  {
    pattern: new RegExp(String.raw`${START}([Ff]eel free|[Ii]n order) (${oneOf(VERBS_AFTER_TO)})${END}`, 'gu'),
    fix: (m) => `${m[1]} to ${m[2]}`,
    why: { ru: 'пропущено «to» перед глаголом', en: '"to" is missing before the verb' },
  },
  {
    pattern: new RegExp(String.raw`${START}((?:[Ll]ook|[Ll]ooks|[Ll]ooking|[Ll]ooked) forward) (${oneOf(AFTER_LOOK_FORWARD)})${END}`, 'gu'),
    fix: (m) => `${m[1]} to ${m[2]}`,
    why: { ru: 'оборот «look forward to»', en: 'the phrase is "look forward to"' },
  },
  {
    // "we look forward to see you": "to" here is a preposition and takes the gerund.
    pattern: new RegExp(String.raw`${START}((?:[Ll]ook|[Ll]ooks|[Ll]ooking|[Ll]ooked) forward to) (${oneOf(VERBS_AFTER_LOOK_FORWARD_TO)})${END}`, 'gu'),
    fix: (m) => `${m[1]} ${gerund(m[2]!)}`,
    why: { ru: 'после «look forward to» — герундий: «look forward to seeing»', en: 'after "look forward to" the gerund: "look forward to seeing"' },
  },
  {
    pattern: new RegExp(String.raw`(${START}(?:am|is|are|was|were)|['’](?:re|m)) going (${oneOf(AFTER_GOING)})${END}`, 'giu'),
    fix: (m) => `${m[1]} going to ${m[2]}`,
    why: { ru: 'оборот «going to»', en: 'the phrase is "going to"' },
  },
];

/** Prepositions that a verb never takes: "we discuss about your plans", "please contact to us". */
const EXTRA_PREPOSITION: GrammarRule[] = [
  {
    pattern: new RegExp(String.raw`${START}(${oneOf(Object.keys(EXTRA_PREPOSITIONS))})${END}`, 'giu'),
    fix: (m) => keepCase(m[1]!, EXTRA_PREPOSITIONS[m[1]!.toLowerCase()]!),
    why: { ru: 'лишний предлог: глагол управляет дополнением напрямую', en: 'the verb takes no such preposition' },
  },
  {
    pattern: new RegExp(String.raw`${START}(${oneOf(VERBS_WITHOUT_TO)}) to (us|me|you|them)${END}`, 'gu'),
    fix: (m) => `${m[1]} ${m[2]}`,
    accept: (m, text) => BEFORE_VERB_WITHOUT_TO.includes(previousWord(text, m.index)),
    why: { ru: 'лишний предлог: «contact us», «reach us»', en: 'the verb takes its object directly: "contact us"' },
  },
];

/** "an advice", "a useful information": a noun English does not count takes no "a". */
const ARTICLE_BEFORE_UNCOUNTABLE: GrammarRule = {
  pattern: new RegExp(String.raw`${START}([Aa]n?) ((?:(?:${oneOf(UNCOUNTABLE_ADJECTIVES)}) )?(?:${oneOf(UNCOUNTABLE_NOUNS)}))(?=\s*[.,;:!?)]|\s*$| (?:${oneOf(AFTER_UNCOUNTABLE)})${END})`, 'gu'),
  fix: (m) => m[2]!,
  accept: (m, text) => !isLabel(text, m.index, m.index + m[1]!.length),
  why: { ru: 'это существительное неисчисляемое: без «a»', en: 'this noun is uncountable: it takes no "a"' },
};

/** "Each class room has…": a compound written apart. */
const SPLIT_COMPOUND: GrammarRule = {
  pattern: new RegExp(String.raw`${START}(${oneOf(Object.keys(SPLIT_COMPOUNDS))})${END}`, 'giu'),
  fix: (m) => `${m[1]!.charAt(0)}${SPLIT_COMPOUNDS[m[1]!.toLowerCase()]!.slice(1)}`,
  why: { ru: 'составное слово пишется слитно', en: 'the compound is written as one word' },
};

export const ENGLISH_CONFUSION_RULES: GrammarRule[] = [
  AN_BEFORE_CONSONANT,
  A_BEFORE_VOWEL,
  THEN_FOR_THAN,
  SPLIT_COMPOUND,
  ARTICLE_BEFORE_UNCOUNTABLE,
  ...SIMPLE_CONFUSIONS,
  ...CONTEXT_CONFUSIONS,
  ...SOUND_ALIKES,
  ...MISSING_WORDS,
  ...COORDINATION_SLIPS,
  ...RANGES_AND_MEASURES,
  ...EXTRA_PREPOSITION,
  ...WORD_CHOICES,
  ...WRONG_FUNCTION_WORDS,
  ...FORM_AFTER_FUNCTION_WORD,
  ...NEAR_MISSES,
];
