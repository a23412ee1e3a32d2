import {
  AUXILIARIES,
  BEFORE_ITS_OWNED,
  COMPARATIVES,
  THAN_FOLLOWERS,
  LETTER_LABELS,
  SUBJECT_VERBS,
  VERBS_NEVER_NOUNS,
  COMPARATIVES_IN_ER,
  COUNTED_NOUNS,
  EFFECT_MODIFIERS,
  OWNED_BY_IT,
  PLURAL_QUANTIFIERS,
  SUBJECT_PRONOUNS,
} from '../lexicon/en/grammar';
import { singular, thirdPerson, looksPlural, plural } from '../text/english-forms';
import {
  ADJECTIVES_IN_LY,
  ADVERBS_OF_FIT,
  PEOPLE_WHO_PRAISE,
  BEFORE_IN_PRINCIPLE,
  PREPOSITIONS_BEFORE_ADVICE,
  THINGS_COMPLEMENTED,
  AFTER_A_PREDICATE_SUPERLATIVE,
  ATTRIBUTIVE_PREDICATES,
  CLAUSE_OPENERS_BEFORE_YOURE,
  AT_ITS_SUPERLATIVES,
  BE_SAID_TWICE,
  POSSESSIVE_PRONOUNS_WITH_APOSTROPHE,
  VERBS_IN_ING_AFTER_YOURE,
  ADVERBS_BEFORE_AFFECT,
  ADVERBS_OF_AFFECTING,
  AFTER_A_THERE_PLURAL,
  AFTER_IT_IS,
  BASE_VERBS,
  CONDITION_OPENERS,
  COUNTED_NOUNS_OR_VERBS,
  DETERMINERS_NOT_DOUBLED,
  EVERYDAY_COUNTED_NOUNS,
  INTO_FORCE_VERBS,
  NEVER_AFTER_POSSESSIVE_ITS,
  OBJECTS_OF_COMPARISON,
  PLURALS_AFTER_THERE_IS,
  PREDICATE_ADJECTIVE_ENDING,
  IRREGULAR_PLURALS,
  PREDICATES_ENDING_ITS_SENTENCE,
  PREPOSITIONS_BEFORE_ITS,
  QUANTITIES_OF_IT,
  SECOND_DETERMINERS,
  STATES_BEFORE_IN_EFFECT,
  THINGS_AFFECTED,
} from '../lexicon/en/real-words';
import type { GrammarRule } from './grammar-rules';
import { END, SENTENCE_START, START, eitherCase, oneOf } from './pattern-parts-en';
import { keepCase } from '../text/normalise';

/** Where a phrase ends: a stop or the end of the text. */
const PHRASE_END = String.raw`(?=\s*[.,;:!?)]|\s*$)`;

/** The possessive a contraction was written for: "it's" → "its", "they're" → "their". */
const POSSESSIVE_OF_CONTRACTION: Record<string, string> = { "it'": 'its', 'it’': 'its', the: 'their', you: 'your' };
/** An adjective before a noun, not a predicate: "about it's happy childhood" has a noun after "happy", "it's happy to help" none. */
const ownsNounAfter = (text: string, at: number) => {
  const next = nextWord(text, at).toLowerCase();
  return /^\p{Ll}{3,}$/u.test(next) && !AFTER_IT_IS.includes(next) && !NOT_AFTER_AN_ARTICLE.includes(next) && !/(?:ly|ed)$/u.test(next);
};
/** Words no article stands before: after "the a" they show a letter named ("the a and b values"). */
const NOT_AFTER_AN_ARTICLE = ['and', 'or', 'but', 'is', 'are', 'was', 'were', 'has', 'have', 'can', 'will', 'that', 'which', 'to', 'of', 'in', 'on'];
/** "includes" → "include", "is" → "are": the plural of a verb's "-s" form. */
const PLURAL_OF_THIRD_PERSON: Record<string, string> = { ...Object.fromEntries(VERBS_NEVER_NOUNS.map((base) => [thirdPerson(base), base])), is: 'are', was: 'were', has: 'have', does: 'do' };
/** Every "-s" form of a verb the rules know: "gets", "needs". */
const BASE_OF_THIRD_PERSON_ANY: Record<string, string> = Object.fromEntries([...BASE_VERBS, ...SUBJECT_VERBS, ...VERBS_NEVER_NOUNS].map((base) => [thirdPerson(base), base]));
const nextWord = (text: string, from: number) => /^\s+([\p{L}'’-]+)/u.exec(text.slice(from, from + 60))?.[1] ?? '';
const previousWord = (text: string, at: number) => /([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';

/** "it's" and "its": what stands before and after decides between the possessive and "it is". */
const ITS_AND_IT_IS: GrammarRule[] = [
  {
    // "known for it's cakes", "judge a book by it's cover": a preposition takes a noun phrase, so "it's" after it owns
    // what follows. What "it is" leads to ("all of it's free", "for it's not…") stays silent.
    pattern: new RegExp(String.raw`(?<=${START}(${eitherCase(PREPOSITIONS_BEFORE_ITS)}) (?:(?<!(?:of|at) )all )?|${SENTENCE_START}(?:In|On) )([Ii]t)['’]s(?= \p{Ll})`, 'gmu'),
    fix: (m) => `${m[2]}s`,
    accept: (m, text) => {
      const after = nextWord(text, m.index + m[0].length).toLowerCase();
      if (m[1]?.toLowerCase() === 'at' && AT_ITS_SUPERLATIVES.includes(after)) return true;
      if (ATTRIBUTIVE_PREDICATES.includes(after)) return ownsNounAfter(text, m.index + m[0].length + after.length + 1);
      if (AFTER_IT_IS.includes(after) || /(?:ing|ed)$/u.test(after) || (after.endsWith('ly') && !ADJECTIVES_IN_LY.includes(after))) return false;
      // "by it's name" is confusions-en's rule of owned things.
      if (BEFORE_ITS_OWNED.includes(m[1]?.toLowerCase() ?? '') && OWNED_BY_IT.includes(after)) return false;
      const quantity = /([\p{L}]+) of (?:all )?$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1]?.toLowerCase();
      // "some of it's clauses": after a quantity only a plural noun, which no "it is" leads to.
      return m[1]?.toLowerCase() !== 'of' || !quantity || !QUANTITIES_OF_IT.includes(quantity) || looksPlural(after);
    },
    why: { ru: 'притяжательное «its» пишется без апострофа; «it’s» — «it is»', en: 'the possessive is "its"; "it\'s" is "it is"' },
  },
  {
    // "That's it's bowl", "He's it's keeper": after a contracted "is" the possessive was meant.
    pattern: new RegExp(String.raw`(?<=${START}(?:[Hh]e|[Ss]he|[Tt]hat|[Ww]ho|[Ww]hat)['’]s )(it['’]s|they['’]re|you['’]re)(?= \p{Ll})`, 'gu'),
    fix: (m) => POSSESSIVE_OF_CONTRACTION[m[1]!.slice(0, 3).toLowerCase()]!,
    accept: (m, text) => {
      const after = nextWord(text, m.index + m[0].length).toLowerCase();
      return !AFTER_IT_IS.includes(after) && !/(?:ing|ed|ly)$/u.test(after);
    },
    why: { ru: 'притяжательное местоимение пишется без апострофа: «its», «their», «your»', en: 'the possessive is "its", "their" or "your", with no apostrophe' },
  },
  {
    // "worried about they're prices", "the best of you're options", "they're own": the possessive.
    pattern: new RegExp(String.raw`(?:(?<=${START}(?:${eitherCase(PREPOSITIONS_BEFORE_ITS)}) )|${START})([Tt]hey|[Yy]ou)['’]re(?= \p{Ll})`, 'gu'),
    fix: (m) => keepCase(m[1]!, POSSESSIVE_OF_CONTRACTION[m[1]!.slice(0, 3).toLowerCase()]!),
    accept: (m, text) => {
      const after = nextWord(text, m.index + m[0].length).toLowerCase();
      if (after === 'own') return true;
      const afterPreposition = PREPOSITIONS_BEFORE_ITS.includes(previousWord(text, m.index)) || /such as $/iu.test(text.slice(Math.max(0, m.index - 8), m.index));
      return afterPreposition && !AFTER_IT_IS.includes(after) && !/(?:ing|ed|ly)$/u.test(after);
    },
    why: { ru: 'притяжательное местоимение — «their», «your»; «they’re», «you’re» — «they are», «you are»', en: 'the possessive is "their" or "your"; "they\'re" and "you\'re" are "they are" and "you are"' },
  },
  {
    // "buy you're greenest apples", "it was they're oddest idea": a superlative with its noun after it is owned.
    pattern: new RegExp(String.raw`${START}([Tt]hey|[Yy]ou)['’]re ([a-z]{2,}est)(?= [a-z]{3,}${END})`, 'gu'),
    fix: (m) => `${keepCase(m[1]!, POSSESSIVE_OF_CONTRACTION[m[1]!.slice(0, 3).toLowerCase()]!)} ${m[2]}`,
    accept: (m, text) => {
      const after = nextWord(text, m.index + m[0].length).toLowerCase();
      return !AFTER_A_PREDICATE_SUPERLATIVE.includes(after) && !/(?:ed|ly)$/u.test(after) && !['interest', 'honest', 'modest', 'west', 'east', 'rest', 'best'].includes(m[2]!);
    },
    why: { ru: 'притяжательное местоимение — «their», «your»', en: 'the possessive is "their" or "your"' },
  },
  {
    // "if your using", "your so kind": a verb in "-ing" or a degree word after "your" wants "you're". Only where "your"
    // opens a clause: "thank you for your looking into it" owns a gerund.
    pattern: new RegExp(String.raw`(?:${SENTENCE_START}|(?<=${START}(?:${eitherCase(CLAUSE_OPENERS_BEFORE_YOURE)}) ))([Yy])our (${oneOf(VERBS_IN_ING_AFTER_YOURE)}|so|too)${END}`, 'gmu'),
    fix: (m) => `${m[1]}ou're ${m[2]}`,
    // "your going to" is grammar-rules' own phrase.
    accept: (m, text) => m[2] !== 'going' || nextWord(text, m.index + m[0].length).toLowerCase() !== 'to',
    why: { ru: '«you are» сокращается до «you’re»', en: '"you are" shortens to "you\'re"' },
  },
  {
    // "your's", "theirs'": a possessive pronoun takes no apostrophe.
    pattern: new RegExp(String.raw`${START}(${oneOf(Object.keys(POSSESSIVE_PRONOUNS_WITH_APOSTROPHE))})(?![\p{L}\d-])`, 'giu'),
    fix: (m) => keepCase(m[1]!, POSSESSIVE_PRONOUNS_WITH_APOSTROPHE[m[1]!.toLowerCase()]!),
    why: { ru: 'притяжательное местоимение пишется без апострофа: «yours», «theirs»', en: 'a possessive pronoun takes no apostrophe: "yours", "theirs"' },
  },
  {
    // "She's is the owner", "We're are open": the verb said twice, contracted and in full.
    pattern: new RegExp(String.raw`${START}((?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Tt]here|[Ww]e|[Tt]hey|[Yy]ou|I)['’](s|re|m)) (is|are|am|was|were)${END}`, 'gu'),
    fix: (m) => `${m[1]!.replace(/['’].*/u, '')} ${m[3]}`,
    accept: (m) => new RegExp(`^(?:${BE_SAID_TWICE[m[2]!]})$`, 'u').test(m[3]!),
    why: { ru: 'глагол «be» повторён: в сокращении и полностью', en: '"be" is said twice, contracted and in full' },
  },
  {
    // "Its his turn", "its where we bake", "its had a refit": no possessive stands before a pronoun, a wh-word or "had".
    pattern: new RegExp(String.raw`${START}([Ii])ts (${oneOf(NEVER_AFTER_POSSESSIVE_ITS)}|going to|gonna)${END}`, 'gu'),
    fix: (m) => `${m[1]}t's ${m[2]}`,
    why: { ru: '«it is» и «it has» сокращаются до «it’s»; «its» — притяжательное', en: '"it is" and "it has" shorten to "it\'s"; "its" is the possessive' },
  },
  {
    // "Its lovely!", "Its frustrating.": a sentence of "its" and a predicate alone has no noun to own.
    pattern: new RegExp(String.raw`${SENTENCE_START}(I)ts ([\p{L}]+)(?=\s*[.!]|\s*$)`, 'gmu'),
    fix: (m) => `${m[1]}t's ${m[2]}`,
    accept: (m) => PREDICATES_ENDING_ITS_SENTENCE.includes(m[2]!.toLowerCase()) || (/^\p{Ll}/u.test(m[2]!) && PREDICATE_ADJECTIVE_ENDING.test(m[2]!)),
    why: { ru: '«it is» сокращается до «it’s»; «its» — притяжательное', en: '"it is" shortens to "it\'s"; "its" is the possessive' },
  },
];

/** "effect" the result, "affect" the verb: the words around tell the noun from the verb. */
const AFFECT_AND_EFFECT: GrammarRule[] = [
  {
    // "had an immediate affect.", "to no affect", "with lasting affects": a noun ends the phrase after its modifier.
    pattern: new RegExp(String.raw`${START}((?:${eitherCase(EFFECT_MODIFIERS)}) )affect(s?)${PHRASE_END}`, 'gu'),
    fix: (m) => `${m[1]}effect${m[2]}`,
    why: { ru: 'существительное «результат, влияние» — «effect»; «affect» — глагол', en: 'the noun is "effect"; "affect" is the verb' },
  },
  {
    // "the ban took affect", "comes into affect", "cause and affect", "a side-affect": set phrases of the noun.
    pattern: new RegExp(String.raw`${START}((?:${eitherCase(INTO_FORCE_VERBS)}|[Cc]ause and) )affect${END}|${START}([Ss]ide)-affect(s?)${END}`, 'gu'),
    fix: (m) => (m[2] ? `${m[2]} effect${m[3]}` : `${m[1]}effect`),
    why: { ru: 'в обороте — существительное «effect»: «take effect», «cause and effect»', en: 'the phrase takes the noun "effect": "take effect", "cause and effect"' },
  },
  {
    // "parking fees are in affect": in force is "in effect". A stop or a time phrase after it, so "changes in affect" (mood) stays out.
    pattern: new RegExp(String.raw`${START}((?:${oneOf(STATES_BEFORE_IN_EFFECT)}) )in affect(?=\s*[.,;:!?)]|\s*$| (?:from|until|since|for|at|on|in|today|now|immediately|during|across|throughout)${END})`, 'giu'),
    fix: (m) => `${m[1]}in effect`,
    why: { ru: '«в силе» — «in effect»', en: 'in force is "in effect"' },
  },
  {
    // "might adversely effect", "badly effected": harm and degree go with the verb "affect".
    pattern: new RegExp(String.raw`${START}((?:${oneOf(ADVERBS_OF_AFFECTING)}) )effect(s|ed|ing)?${END}`, 'giu'),
    fix: (m) => `${m[1]}affect${m[2] ?? ''}`,
    why: { ru: '«влиять» — «affect»; «effect» как глагол значит «осуществить»', en: 'to influence is "affect"; the verb "effect" means to bring about' },
  },
  {
    // "the weather may effect the price", "shouldn't effect the baby": after a modal, with a person or a measure as object.
    pattern: new RegExp(
      String.raw`((?:${START}(?:will|would|can|could|may|might|must|should|shall|to)|n['’]t|['’]ve|${START}(?:have|has|had)) (?:(?:${oneOf(ADVERBS_BEFORE_AFFECT)}) )?)effect(s|ed)? ((?:the|a|an|this|that|these|those|its|his|her|my) (?:${oneOf(THINGS_AFFECTED)}))${END}`,
      'giu',
    ),
    fix: (m) => `${m[1]}affect${m[2] ?? ''} ${m[3]}`,
    why: { ru: '«влиять» — «affect»; «effect» как глагол значит «осуществить»', en: 'to influence is "affect"; the verb "effect" means to bring about' },
  },
];

/** What follows "than" in a comparison and never a "then" of sequence: "mine", "us", "you would think". */
const OBJECT_OF_COMPARISON = String.raw`(?:${oneOf(OBJECTS_OF_COMPARISON.filter((word) => !SUBJECT_PRONOUNS.includes(word) && word !== 'i'))}|(?:I|you|we|they|he|she|it|one) (?:would|could|might|can|expected|expect|thought|think|imagined|imagine|realise|realize|ever|had expected|first thought)|ever|usual|expected|before|anyone|anybody|anything|others)${END}`;

/** "than" compares, "then" orders in time. */
const THAN_AND_THEN: GrammarRule[] = [
  {
    // "worst than before", "different then the rest": the comparative "worse", and "different from".
    pattern: new RegExp(String.raw`${START}(?:([Ww])orst than|([Dd])ifferent then)${END}`, 'gu'),
    fix: (m) => (m[1] ? `${m[1]}orse than` : `${m[2]}ifferent from`),
    why: { ru: 'в сравнении — «worse than», «different from»', en: 'a comparison takes "worse than" and "different from"' },
  },
  {
    // "bigger then mine", "other then us", "less controversial then one would think": a comparative and what it is compared with.
    pattern: new RegExp(String.raw`${START}((?:${oneOf(COMPARATIVES)}|${oneOf(COMPARATIVES_IN_ER)}|[a-z]{3,}er|(?:more|less|fewer) [a-z]{3,}(?: [a-z]{3,})?) )then(?= ${OBJECT_OF_COMPARISON})`, 'giu'),
    fix: (m) => `${m[1]}than`,
    // "each other then us", "every other then …" and a noun in "-er" ("the owner then you") are no comparison.
    accept: (m, text) => {
      const compared = m[1]!.trim().toLowerCase();
      // "more then ever", "better then we": confusions-en's rule of comparatives says so already.
      const next = nextWord(text, m.index + m[0].length).toLowerCase();
      if (COMPARATIVES.includes(compared) && THAN_FOLLOWERS.includes(next)) return false;
      if (compared === 'other') return !['each', 'another', 'every'].includes(previousWord(text, m.index));
      return !/^[a-z]+er$/u.test(compared) || COMPARATIVES_IN_ER.includes(compared) || COMPARATIVES.includes(compared) || /(?:tt|dd|gg|nn|pp)er$|ier$/u.test(compared);
    },
    why: { ru: 'в сравнении — «than», а «then» значит «затем»', en: '"than" compares; "then" means "next"' },
  },
  {
    // "from than on", "and than we bake": a point or a step in time.
    pattern: new RegExp(String.raw`${START}([Ff]rom )than( on)${END}|${START}(and )than(?= (?:${oneOf(SUBJECT_PRONOUNS)}|${oneOf(BASE_VERBS)}|add|replace|remove|click|select|press|repeat|move|let)${END})`, 'gu'),
    fix: (m) => (m[1] ? `${m[1]}then${m[2]}` : `${m[3]}then`),
    why: { ru: '«then» — «затем, тогда»; «than» сравнивает', en: '"then" means "next" or "at that time"; "than" compares' },
  },
  {
    // "If you book early, than you save": after a condition the main clause opens with "then".
    pattern: new RegExp(String.raw`(?<=${SENTENCE_START}(?:${eitherCase(CONDITION_OPENERS)})${END}[^.!?;:\n]{1,120}), than(?= (?:${oneOf(SUBJECT_PRONOUNS)}|the|it's|it’s|we'll|we’ll|you'll|you’ll)${END})`, 'gmu'),
    fix: () => ', then',
    why: { ru: 'после условия главное предложение начинается с «then»', en: 'after a condition the main clause opens with "then"' },
  },
];

/** Words that sound alike or nearly, told apart by a word beside them. */
const NEAR_HOMOPHONES: GrammarRule[] = [
  {
    // "the wine compliments the meal", "perfectly compliments": going well with is "complement".
    pattern: new RegExp(
      String.raw`${START}(?:((?:${oneOf(ADVERBS_OF_FIT)}) )compliment(s|ed|ing)?${END}|compliment(s|ed|ing)?((?: (?:the|your|our|any|every|each|a|its|their))? (?:${oneOf(THINGS_COMPLEMENTED)}))${END})`,
      'giu',
    ),
    fix: (m) => (m[1] !== undefined ? `${m[1]}complement${m[2] ?? ''}` : `complement${m[3] ?? ''}${m[4]}`),
    accept: (m, text) => m[1] !== undefined || !PEOPLE_WHO_PRAISE.includes(previousWord(text, m.index)),
    why: { ru: '«дополнять» — «complement»; «compliment» — комплимент', en: 'to go well with is "complement"; a "compliment" is praise' },
  },
  {
    // "In principal, yes", "agreed in principal": the rule or the idea is a "principle".
    pattern: new RegExp(String.raw`(?:${SENTENCE_START}(I)n|${START}((?:${oneOf(BEFORE_IN_PRINCIPLE)}) i)n) principal${END}`, 'gmu'),
    fix: (m) => `${m[1] ?? m[2]}n principle`,
    why: { ru: '«в принципе» — «in principle»; «principal» — главный, основная сумма', en: '"in principle" is about a rule; "principal" is chief, or a sum lent' },
  },
  {
    // "call us for advise": after a preposition, the noun "advice".
    pattern: new RegExp(String.raw`(?<=${START}(?:${oneOf(PREPOSITIONS_BEFORE_ADVICE)}) )advise(?=\s*[.,;:!?)]|\s*$| (?:on|about|from|and|or|before|when|if)${END})`, 'gu'),
    fix: () => 'advice',
    why: { ru: 'существительное — «advice», глагол — «advise»', en: 'the noun is "advice"; "advise" is the verb' },
  },
  {
    // "They're is a car park": a form of "be" after "they're" — "there is" was meant.
    pattern: new RegExp(String.raw`${START}([Tt])hey['’]re (is|are|was|were|will be|has been|have been)${END}`, 'gu'),
    fix: (m) => `${m[1]}here ${m[2]}`,
    why: { ru: '«there is/are» — «есть»; «they’re» — «they are»', en: '"there is" states that something exists; "they\'re" is "they are"' },
  },
];

/** Counted nouns by the article or the verb around them. */
const COUNTED_NOUN_SLIPS: GrammarRule[] = [
  {
    // "This images are", "That shoes were": a plural subject takes "these" or "those".
    pattern: new RegExp(String.raw`${SENTENCE_START}([Tt]his|[Tt]hat) ([a-z]{3,}s)(?= (?:are|were|have)${END})`, 'gmu'),
    fix: (m) => `${m[1]!.charAt(0)}${m[1]!.toLowerCase() === 'this' ? 'hese' : 'hose'} ${m[2]}`,
    accept: (m) => looksPlural(m[2]!),
    why: { ru: 'перед множественным числом — «these», «those»', en: 'a plural noun takes "these" or "those"' },
  },
  {
    // "These includes", "Those costs is": "these" as subject takes a plural verb. Verbs that are never nouns only, so
    // "these costs" (a noun) stays out.
    pattern: new RegExp(String.raw`${SENTENCE_START}([Tt]hese|[Tt]hose) (${oneOf(VERBS_NEVER_NOUNS.map(thirdPerson))}|is|was|has|does)${END}`, 'gmu'),
    fix: (m) => `${m[1]} ${PLURAL_OF_THIRD_PERSON[m[2]!]}`,
    why: { ru: 'при подлежащем «these/those» глагол во множественном числе', en: '"these" and "those" take a plural verb' },
  },
  {
    // "each customers", "each rooms": "each" counts one. Nouns that are never verbs, so "each costs £5" stays out.
    pattern: new RegExp(String.raw`${START}([Ee]ach) (${[...COUNTED_NOUNS, ...EVERYDAY_COUNTED_NOUNS].map(plural).join('|')})${END}`, 'gu'),
    fix: (m) => `${m[1]} ${singular(m[2]!)}`,
    // "each guests' room" owns what follows.
    accept: (m, text) => !/^['’]/u.test(text.slice(m.index + m[0].length)),
    why: { ru: 'после «each» — единственное число', en: '"each" takes a singular noun' },
  },
  {
    // "each children", "a women", "one feet": an irregular plural after a word that counts one.
    pattern: new RegExp(String.raw`${START}([Ee]ach|[Ee]very|[Aa]|[Oo]ne) (${oneOf(Object.keys(IRREGULAR_PLURALS))})${END}`, 'gu'),
    fix: (m) => `${m[1]} ${IRREGULAR_PLURALS[m[2]!]}`,
    // The plural ends its phrase: "a women's team" and "each children services" make it a modifier.
    accept: (m, text) => {
      const end = m.index + m[0].length;
      const next = nextWord(text, end).toLowerCase();
      return /^\s*[.,;:!?]/u.test(text.slice(end)) || AFTER_A_THERE_PLURAL.includes(next) || AUXILIARIES.includes(next) || next in BASE_OF_THIRD_PERSON_ANY || BASE_VERBS.includes(next);
    },
    why: { ru: 'после «each», «a», «one» — единственное число', en: '"each", "a" and "one" take a singular noun' },
  },
  {
    // "the a booking", "a this offer": two determiners, one too many. Small letters only, so "the A-Z" and "the A
    // Team" (a name) stay out, and "the a la carte menu" keeps its French.
    pattern: new RegExp(
      String.raw`(?<![\p{L}\d'’.-])(${oneOf(DETERMINERS_NOT_DOUBLED)}|${SENTENCE_START}(?:${oneOf(DETERMINERS_NOT_DOUBLED.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`))})) (${oneOf(SECOND_DETERMINERS)})(?= \p{Ll})(?! la )${END}`,
      'gmu',
    ),
    fix: (m) => (/^\p{Lu}/u.test(m[1]!) ? `${m[2]!.charAt(0).toUpperCase()}${m[2]!.slice(1)}` : m[2]!),
    // "a a" is a doubled word, the typography check's to tell.
    accept: (m, text) =>
      m[1]!.toLowerCase() !== m[2] &&
      text[m.index - 1] !== '(' &&
      !/^[).]/.test(text.slice(m.index + m[1]!.length)) &&
      !LETTER_LABELS.includes(previousWord(text, m.index)) &&
      // "the a and b arguments": a letter named, not an article.
      !NOT_AFTER_AN_ARTICLE.includes(nextWord(text, m.index + m[0].length).toLowerCase()),
    why: { ru: 'два определителя подряд: один лишний', en: 'two determiners in a row: one is extra' },
  },
  {
    // "there's many options", "there is problems with": a plural takes "there are". Lots, news, sales and the like stay out.
    pattern: new RegExp(String.raw`${START}([Tt]here)(?:['’]s| is) ((?:${oneOf(PLURAL_QUANTIFIERS)})${END}|[a-z]{3,}s(?=\s*[.,;:!?]| (?:${oneOf(AFTER_A_THERE_PLURAL)})${END}))`, 'gu'),
    fix: (m) => `${m[1]} are ${m[2]}`,
    accept: (m) => PLURAL_QUANTIFIERS.includes(m[2]!) || (looksPlural(m[2]!) && !PLURALS_AFTER_THERE_IS.includes(m[2]!)),
    why: { ru: 'перед множественным числом — «there are»', en: 'a plural takes "there are"' },
  },
  {
    // "there are many problem in", "there're a lot issue": after "there are" a counted noun is plural. The noun must
    // end its phrase, so "there are time slots" stays out.
    pattern: new RegExp(
      String.raw`${START}([Tt]here(?: are| were|['’]re) (?:(?:many|several|a lot of|a lot|lots of|numerous|various|no|some) )?)(${oneOf(EVERYDAY_COUNTED_NOUNS)}|${oneOf(COUNTED_NOUNS_OR_VERBS)}|${oneOf(COUNTED_NOUNS)})(?=\s*[.,;:!?]| (?:${oneOf(AFTER_A_THERE_PLURAL)})${END})`,
      'gu',
    ),
    fix: (m) => `${m[1]}${plural(m[2]!)}`,
    why: { ru: 'после «there are» — множественное число', en: '"there are" takes a plural noun' },
  },
];

/** Letters whose names open with a vowel sound: "an F", "an MP", "an SMS". "H" stays out: "aitch" and "haitch" both are said. */
const VOWEL_SOUND_LETTERS = 'AEFILMNORSX';
/** Consonants read by their names as a consonant sound: "a CV", "a PDF". */
const CONSONANT_SOUND_LETTERS = 'BCDGJKPQTVWZ';
/** A run of capitals with no vowel is read letter by letter ("SMS", "NHS"); one with vowels may be a word ("NASA", "SIM"). */
const LETTERS_READ_ONE_BY_ONE = '[B-DF-HJ-NP-TV-XZ]{1,4}';
/** Figures read with a vowel first: 8…, 11 and 18 (alone, as a year's hundreds "1850s" or as thousands "18,000"). */
const FIGURE_WITH_VOWEL = String.raw`(?:8[\d,.]*|1[18](?:\d\d)?(?![\d,.]\d)|1[18],\d{3})`;

/** "a" and "an" before figures and letters read one by one: the sound decides, not the letter. */
const ARTICLE_BY_SOUND: GrammarRule[] = [
  {
    // "a 8-hour shift", "a 11-year-old", "a SMS", "a ATM": the figure or the letter opens with a vowel sound.
    pattern: new RegExp(
      String.raw`(?:${START}(a)|${SENTENCE_START}(A)) (${FIGURE_WITH_VOWEL}(?![\d])|[${VOWEL_SOUND_LETTERS.replace(/[AEIO]/g, '')}]${LETTERS_READ_ONE_BY_ONE}${END}|[AIO][A-Z]{1,4}${END}|E(?!U)[A-Z]{1,4}${END})`,
      'gmu',
    ),
    fix: (m) => `${m[1] ?? m[2]}n ${m[3]}`,
    accept: (m, text) =>
      text[m.index - 1] !== '(' &&
      m[3] !== 'ONE' &&
      !/^[A-Z]+$/u.test(
        text
          .slice(Math.max(0, m.index - 12), m.index)
          .trim()
          .split(/\s+/)
          .pop() ?? '',
      ),
    why: { ru: 'перед гласным звуком артикль «an»: «an 8-hour shift», «an SMS»', en: '"an" goes before a vowel sound: "an 8-hour shift", "an SMS"' },
  },
  {
    // "an 5-star hotel", "an PDF", "an URL": a consonant sound after "an".
    pattern: new RegExp(String.raw`${START}([Aa])n ((?!${FIGURE_WITH_VOWEL})[1-79]\d*(?:[.,]\d+)*(?![\d])|[${CONSONANT_SOUND_LETTERS}]${LETTERS_READ_ONE_BY_ONE}${END}|U[A-Z]{1,3}${END})`, 'gu'),
    fix: (m) => `${m[1]} ${m[2]}`,
    accept: (m, text) => text[m.index - 1] !== '(',
    why: { ru: 'перед согласным звуком артикль «a»: «a 5-star hotel», «a PDF»', en: '"a" goes before a consonant sound: "a 5-star hotel", "a PDF"' },
  },
];

export const ENGLISH_SOUND_ALIKE_RULES: GrammarRule[] = [...ARTICLE_BY_SOUND, ...NEAR_HOMOPHONES, ...ITS_AND_IT_IS, ...AFFECT_AND_EFFECT, ...THAN_AND_THEN, ...COUNTED_NOUN_SLIPS];
