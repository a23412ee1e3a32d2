/**
 * English word lists for the sound-alike and pronoun-agreement rules (sound-alikes-en.ts,
 * pronoun-verbs-en.ts): closed, hand-picked lists, as in grammar-en.ts.
 */

/**
 * Prepositions that take a noun phrase and are never a particle ending a clause, so "it's" after one is
 * the possessive ("known for it's cakes"). "In", "on", "around", "above" are left out: "once you log in
 * it's easy", "as above it's free" end a clause with them.
 */
export const PREPOSITIONS_BEFORE_ITS = [
  'of', 'for', 'with', 'from', 'about', 'into', 'onto', 'amid', 'amidst', 'alongside', 'beneath', 'under', 'within', 'without', 'toward',
  'towards', 'upon', 'despite', 'among', 'amongst', 'throughout', 'via', 'at', 'by', 'across', 'against', 'during', 'regarding',
  'concerning', 'including', 'such as',
];
/**
 * Words after "it's" that show "it is" or "it has" even after a preposition: an article, an adverb, a
 * predicate ("all of it's free"). Anything else after a preposition and "it's" is what "its" owns.
 */
export const AFTER_IT_IS = [
  'a', 'an', 'the', 'not', 'been', 'so', 'very', 'too', 'all', 'also', 'just', 'really', 'still', 'going', 'gonna', 'got', 'time', 'worth',
  'like', 'only', 'because', 'about', 'over', 'up', 'down', 'out', 'off', 'here', 'there', 'now', 'free', 'fine', 'true', 'ok', 'okay',
  'easy', 'hard', 'what', 'how', 'why', 'where', 'when', 'who', 'that', 'this', 'my', 'your', 'our', 'their', 'his', 'her', 'no', 'never',
  'always', 'quite', 'more', 'less', 'much', 'pretty', 'as', 'in', 'on', 'at', 'for', 'to', 'by', 'from', 'with', 'yours', 'mine', 'ours',
  'theirs', 'important', 'essential', 'best', 'better', 'worse', 'available', 'open', 'closed', 'ready', 'done', 'simple', 'safe', 'late', 'early', 'busy', 'away', 'back', 'sure', 'right', 'wrong', 'happy',
  'sorry', 'gone', 'coming',
];
/** Quantities whose "of it" takes a verb: "most of it's free", "all of it's gone". */
export const QUANTITIES_OF_IT = ['all', 'most', 'some', 'none', 'much', 'part', 'any', 'half', 'rest', 'more', 'bit', 'lot', 'each', 'both'];

/**
 * Words that never follow a possessive "its": a pronoun, a wh-word, a verb form of "have" or "go". "Its
 * his turn", "its where we bake", "its had a refit" want "it's". Prepositions stay out ("its on site
 * parking" owns an open compound).
 */
export const NEVER_AFTER_POSSESSIVE_ITS = [
  'his', 'my', 'your', 'our', 'their', 'him', 'them', 'me', 'us', 'where', 'when', 'how', 'what', 'why', 'who', 'gonna', 'had', 'got',
  'because',
];
/** Short predicates that make a sentence of "Its" and themselves: "Its lovely!", "Its OK." */
export const PREDICATES_ENDING_ITS_SENTENCE = [
  'ok', 'okay', 'great', 'good', 'bad', 'nice', 'lovely', 'perfect', 'awesome', 'true', 'fine', 'cool', 'done', 'over', 'late', 'early',
  'gorgeous', 'brilliant', 'excellent', 'fantastic', 'wonderful', 'beautiful', 'delicious', 'yummy',
];
/** Endings of adjectives that predicate rather than name: "Its frustrating.", "Its delightful!" ("Its history." is a noun). */
export const PREDICATE_ADJECTIVE_ENDING = /(?:\p{L}{3}ing|ful|ous|able|ible|tastic)$/u;

/** Words before "then" that compare only when "than" follows: "bigger then mine", "other then that". */
export const OBJECTS_OF_COMPARISON = ["it'd", 'it’d', "we'd", 'we’d', "you'd", 'you’d', "they'd", 'they’d', "I'd", 'I’d', 'us', 'them', 'me', 'mine', 'yours', 'ours', 'theirs', 'hers', 'that', 'you', 'he', 'she', 'i', 'anticipated', 'planned', 'needed', 'necessary', 'normal', 'average', 'advertised', 'quoted'];
/** Clause openers after which a comma and "than" start the main clause: "If you book early, than you save" wants "then". */
export const CONDITION_OPENERS = ['if', 'once', 'when', 'after', 'before', 'as soon as', 'first'];

/**
 * Adverbs of harm and degree that go with "affect" and never with "effect" (to bring about): "badly
 * effected", "might adversely effect" want "affect". "Positively" stays out: one may "positively effect change".
 */
export const ADVERBS_OF_AFFECTING = [
  'badly', 'adversely', 'negatively', 'severely', 'seriously', 'greatly', 'deeply', 'heavily', 'significantly', 'strongly', 'profoundly',
  'dramatically', 'drastically', 'most', 'worst', 'least',
];
/** Adverbs that may stand between a modal and its verb without telling which verb: "might also effect the price". */
export const ADVERBS_BEFORE_AFFECT = ['really', 'also', 'not', 'even', 'still', 'directly', 'certainly', 'definitely', 'likely', 'probably'];
/** What a modal's "effect" reaches after "the", "a", "this": a person or a measure one influences, never brings about. */
export const THINGS_AFFECTED = [
  'baby', 'child', 'children', 'kids', 'people', 'patient', 'patients', 'customer', 'customers', 'client', 'clients', 'bottom', 'price',
  'prices', 'cost', 'costs', 'quality', 'outcome', 'result', 'results', 'health', 'performance', 'value', 'weather', 'environment',
  'schedule', 'timing', 'booking', 'bookings', 'warranty', 'way', 'rest', 'taste', 'flavour', 'flavor', 'skin', 'service', 'services',
  'economy', 'market', 'business', 'amount', 'speed', 'safety', 'mood', 'appearance', 'delivery', 'availability', 'sleep', 'treatment',
];
/** Verbs of coming into force: "took affect", "come into affect". */
export const INTO_FORCE_VERBS = ['take', 'takes', 'took', 'taken', 'taking', 'come into', 'comes into', 'came into', 'coming into', 'go into', 'goes into', 'went into', 'put into', 'puts into', 'putting into', 'bring into', 'brought into'];
/** Forms of "be" and "remain" before "in effect": "the rules are in affect". */
export const STATES_BEFORE_IN_EFFECT = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'stay', 'stays', 'still', 'currently', 'now'];

/** Determiners no second determiner follows: "the a booking", "a this offer". */
export const DETERMINERS_NOT_DOUBLED = ['the', 'a', 'an'];
export const SECOND_DETERMINERS = ['the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'their'];

/** Plurals that "there is" takes in speech or as a mass ("there's lots to do", "there's news"), left alone. */
export const PLURALS_AFTER_THERE_IS = ['lots', 'loads', 'tons', 'plenty', 'news', 'series', 'means', 'species', 'sales', 'thanks', 'odds', 'ways', 'times', 'pros'];
/** Words that show a plural after "there is" ended its noun phrase: "there is problems with the boiler". */
export const AFTER_A_THERE_PLURAL = ['in', 'on', 'at', 'with', 'for', 'to', 'that', 'which', 'who', 'but', 'and', 'or', 'here', 'there', 'everywhere', 'available', 'left', 'waiting'];

/** Countable nouns of everyday prose, singular, never verbs, whose plural adds "-s": "many way" and "there are many problem" want the plural. */
export const EVERYDAY_COUNTED_NOUNS = [
  'problem', 'reason', 'thing', 'way', 'car', 'house', 'dog', 'cat', 'friend', 'job', 'idea', 'day', 'night', 'example', 'difference',
  'mistake', 'user', 'page', 'chair', 'window', 'door', 'bed', 'choice', 'benefit', 'feature', 'tree', 'flower', 'animal', 'bird', 'road',
  'street', 'city', 'town', 'village', 'country', 'school', 'teacher', 'child', 'parent', 'girl', 'boy', 'minute', 'second', 'photo',
  'picture', 'song', 'movie', 'film', 'game', 'computer', 'phone', 'website', 'app', 'book', 'towel', 'ticket', 'bottle', 'cup', 'plate',
  'seat', 'bike', 'boat', 'key', 'receipt', 'voucher', 'gift', 'meal', 'cake', 'sandwich', 'apartment', 'flat', 'villa', 'suite', 'bedroom',
];
/** Countable nouns that are verbs too ("these change over time"): judged only after "there are", where no verb can stand. */
export const COUNTED_NOUNS_OR_VERBS = ['issue', 'question', 'change', 'offer', 'deal', 'plan', 'rule', 'step', 'file', 'tool', 'table', 'box', 'bag', 'error', 'place', 'shop', 'store', 'word', 'class'];

/** Adverbs that stand between a subject and its verb: "they always works", "I rarely has". */
export const ADVERBS_BEFORE_VERB = [
  'always', 'never', 'often', 'usually', 'rarely', 'seldom', 'sometimes', 'also', 'only', 'all', 'still', 'just', 'really', 'now', 'generally',
  'normally', 'typically', 'both', 'certainly', 'actually', 'already', 'simply', 'truly', 'regularly', 'frequently', 'occasionally',
];
/** Modals a bare verb follows, with the negative forms a list of modals elsewhere lacks. */
export const NEGATED_MODALS = ['cannot', "can't", 'can’t', "won't", 'won’t', "don't", 'don’t', "didn't", 'didn’t', "mustn't", 'mustn’t', "shouldn't", 'shouldn’t', "wouldn't", 'wouldn’t', "couldn't", 'couldn’t'];
/**
 * Base verbs a singular pronoun ("he", "she", "someone") takes with "-s". None is an adverb, an adjective
 * or its own past ("he put", "she read", "he cut" are past tenses), and none is "need" or "dare" ("he
 * need not worry" is right).
 */
export const BASE_VERBS = [
  'walk', 'enter', 'eat', 'run', 'live', 'play', 'write', 'speak', 'say', 'seem', 'want', 'like', 'love', 'know', 'think', 'go', 'come',
  'work', 'make', 'take', 'give', 'get', 'have', 'do', 'mean', 'look', 'feel', 'see', 'hear', 'believe', 'understand', 'agree', 'bring',
  'buy', 'sell', 'call', 'ask', 'tell', 'try', 'use', 'leave', 'stay', 'start', 'finish', 'open', 'drive', 'offer', 'provide', 'include',
  'require', 'help', 'teach', 'learn', 'pay', 'spend', 'send', 'receive', 'keep', 'hold', 'sit', 'stand', 'sleep', 'wait', 'drink',
  'cook', 'clean', 'bake', 'cost', 'charge', 'deliver', 'arrive', 'visit', 'answer', 'plan', 'own', 'manage', 'serve', 'book', 'order',
  'enjoy', 'prefer', 'wish', 'hope', 'expect', 'decide', 'choose', 'find', 'lose', 'win', 'grow', 'fly', 'travel', 'swim', 'sing',
  'dance', 'laugh', 'cry', 'smile', 'bark', 'patrol', 'happen', 'belong', 'depend', 'exist', 'remain', 'contain', 'follow', 'lead',
];
/** Forms of "be" a pronoun subject takes, by pronoun and tense. */
export const BE_OF_PRONOUN: Record<string, Record<string, string>> = {
  i: { is: 'am', are: 'am', were: 'was' },
  he: { were: 'was', are: 'is', am: 'is' },
  she: { were: 'was', are: 'is', am: 'is' },
};
/** Words before a subject after which no subjunctive follows: "and he walk" is a slip, "that he walk" a mandate. */
export const OPENERS_BEFORE_SUBJECT = ['and', 'but', 'so', 'because', 'when', 'while', 'whilst', 'although', 'though', 'since', 'then', 'once', 'where', 'now', 'today', 'usually', 'also'];
/** Openers after which "were" is the subjunctive: "if I were", "as though she were", "I wish he were". */
export const SUBJUNCTIVE_OPENERS = ['if', 'though', 'wish', 'wished', 'whether', 'unless', 'suppose', 'supposing', 'imagine', 'as', 'even'];
/** Words that open a question before an auxiliary: "What is you doing?", "When have he…". */
export const QUESTION_WORDS = ['what', 'why', 'when', 'where', 'how'];
/** The auxiliary a question with this pronoun takes, for the wrong one written. */
export const AUXILIARY_OF_PRONOUN: Record<string, Record<string, string>> = {
  i: { is: 'am', has: 'have', does: 'do' },
  you: { is: 'are', has: 'have', does: 'do', was: 'were' },
  we: { is: 'are', has: 'have', does: 'do', was: 'were' },
  they: { is: 'are', has: 'have', does: 'do', was: 'were' },
  he: { have: 'has', do: 'does', are: 'is', were: 'was' },
  she: { have: 'has', do: 'does', are: 'is', were: 'was' },
};
/** Determiners before a plural subject that opens a sentence: "The dogs barks". */
export const PLURAL_SUBJECT_DETERMINERS = ['the', 'our', 'your', 'their', 'these', 'those', 'many', 'most', 'some', 'all', 'my', 'his', 'her', 'both', 'several'];
/** Prepositions of a short phrase after a plural subject: "the dogs of war", "many users in Asia". */
export const PREPOSITIONS_AFTER_SUBJECT = ['of', 'in', 'from', 'at', 'on', 'with'];
/** What follows a verb in "-s" and never a plural noun it would be: "barks loudly", "wants to", "patrols the". */
export const AFTER_A_VERB = ['to', 'a', 'an', 'the', 'our', 'your', 'their', 'his', 'her', 'its', 'it', 'them', 'us', 'me', 'him', 'you', 'this', 'that', 'every', 'all', 'here', 'there', 'well'];
/** Plurals that name one thing and may take "is": "the terms of use is", "the sales team", "the minutes of the meeting is". */
export const PLURAL_NAMES_OF_ONE_THING = ['terms', 'sales', 'minutes', 'news', 'series', 'means', 'statistics', 'economics', 'physics', 'politics', 'ethics', 'headquarters', 'graphics', 'species', 'works', 'thanks', 'lyrics', 'premises'];
/** Words in "-ing" that name people or things in the plural: "the following are", "the remaining are". */
export const PLURAL_ING_WORDS = ['following', 'remaining', 'living', 'missing', 'dying', 'suffering', 'offspring', 'upcoming', 'outstanding'];
/** Adjectives in "-ly" that a possessive may stand before: "with it's friendly staff". Other "-ly" words are adverbs. */
export const ADJECTIVES_IN_LY = ['friendly', 'lovely', 'lively', 'daily', 'weekly', 'monthly', 'yearly', 'costly', 'elderly', 'homely', 'curly', 'ugly', 'holy', 'timely', 'orderly', 'stately'];
/** Superlatives "at its" takes as a set phrase: "the town at it's best" wants "its". */
export const AT_ITS_SUPERLATIVES = ['best', 'worst', 'finest', 'peak', 'height', 'busiest', 'quietest', 'liveliest'];
/** Words after "you're"/"they're" + "-est" that show the superlative is a predicate: "you're best placed to", "they're safest with us". */
export const AFTER_A_PREDICATE_SUPERLATIVE = ['to', 'at', 'with', 'for', 'in', 'on', 'of', 'off', 'when', 'if', 'and', 'or', 'but', 'as', 'by', 'from', 'than', 'placed', 'suited', 'left', 'kept', 'served', 'advised', 'off'];
/** Words in "-ing" that only a verb is ("if your using", "your going to"), never a noun that "your" could own. */
export const VERBS_IN_ING_AFTER_YOURE = ['using', 'going', 'looking', 'trying', 'wondering', 'struggling', 'considering', 'hoping', 'searching', 'wanting', 'getting', 'coming', 'doing', 'thinking'];
/** Possessive pronouns written with an apostrophe they never take: "your's" is "yours". */
export const POSSESSIVE_PRONOUNS_WITH_APOSTROPHE: Record<string, string> = {
  "your's": 'yours', 'your’s': 'yours', "yours'": 'yours', 'yours’': 'yours', "our's": 'ours', 'our’s': 'ours', "ours'": 'ours', 'ours’': 'ours',
  "their's": 'theirs', 'their’s': 'theirs', "theirs'": 'theirs', 'theirs’': 'theirs', "her's": 'hers', 'her’s': 'hers', "hers'": 'hers', 'hers’': 'hers',
};
/** Contractions of "be" after which the full verb is said again: "she's is", "we're are". */
export const BE_SAID_TWICE: Record<string, string> = { s: 'is|was', re: 'are|were', m: 'am|was' };
/** Nouns whose plural does not end in "-s", and which no article or "each" takes in the plural. "People" stays out: "a people" is a nation. */
export const IRREGULAR_PLURALS: Record<string, string> = { children: 'child', men: 'man', women: 'woman', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose' };
/** Words after which "your" opens a clause as "you're": "if your using", "hope your well". */
export const CLAUSE_OPENERS_BEFORE_YOURE = ['if', 'when', 'while', 'whilst', 'because', 'as', 'since', 'that', 'unless', 'once', 'until', 'and', 'but', 'so', 'whether', 'hope', 'think', 'sure', 'know', 'see'];
/** What follows the pronoun of a question and never a noun it would own: "Is you ready?" is a question, "Has you roof…" a lost "r". */
export const AFTER_QUESTION_PRONOUN = [
  'a', 'an', 'the', 'this', 'that', 'not', 'also', 'still', 'really', 'all', 'ever', 'always', 'never', 'already', 'just', 'here', 'there',
  'ready', 'sure', 'able', 'free', 'happy', 'ok', 'okay', 'crazy', 'aware', 'right', 'wrong', 'done', 'been', 'got', 'in', 'on', 'at', 'with',
];
/**
 * Base verbs whose "-s" form is never a plural noun: after a plural subject "says", "eats" can only be the verb.
 * "Offers", "needs", "means", "cooks" are nouns too ("our customers needs" lost an apostrophe) and stay out.
 */
export const VERBS_WITH_NO_NOUN_IN_S = [
  'enter', 'eat', 'say', 'seem', 'know', 'think', 'go', 'come', 'give', 'get', 'see', 'hear', 'believe', 'understand', 'agree',
  'bring', 'tell', 'arrive', 'prefer', 'expect', 'decide', 'choose', 'lose', 'grow', 'sing', 'happen', 'belong', 'depend', 'exist',
  'remain', 'contain', 'teach', 'learn', 'spend', 'send', 'receive', 'sit', 'include', 'require', 'provide', 'deliver', 'enjoy',
];
/** Predicates after "it's" that also stand before a noun: "for it's free delivery" owns it, "for it's free." is "it is". */
export const ATTRIBUTIVE_PREDICATES = ['happy', 'late', 'early', 'busy', 'free', 'open', 'simple', 'safe', 'easy', 'hard', 'important', 'best', 'better', 'worse', 'available', 'true', 'fine'];
/** What one thing "complements" (goes well with): "the wine compliments the meal" wants "complements". */
export const THINGS_COMPLEMENTED = [
  'meal', 'meals', 'dish', 'dishes', 'menu', 'wine', 'flavour', 'flavours', 'flavor', 'flavors', 'decor', 'décor', 'interior', 'furniture',
  'setting', 'colour scheme', 'color scheme',
];
/** Who praises: "guests compliment the menu" is right. */
export const PEOPLE_WHO_PRAISE = ['he', 'she', 'they', 'we', 'i', 'you', 'people', 'guests', 'customers', 'clients', 'everyone', 'visitors', 'diners', 'critics', 'reviewers', 'always', 'often'];
/** Adverbs of fit before "complement": "perfectly compliments" goes with, never praises. */
export const ADVERBS_OF_FIT = ['perfectly', 'nicely', 'beautifully', 'ideally', 'wonderfully'];
/** Words before "in principle": "agreed in principal" is the rule, not the sum. */
export const BEFORE_IN_PRINCIPLE = ['agree', 'agrees', 'agreed', 'approve', 'approves', 'approved', 'approval', 'accept', 'accepts', 'accepted', 'possible', 'fine', 'yes'];
/** Prepositions before a noun "advice": "call us for advise". */
export const PREPOSITIONS_BEFORE_ADVICE = ['for', 'of', 'with'];
