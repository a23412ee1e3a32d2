/**
 * English word lists for the grammar rules: closed, hand-picked lists rather than the dictionary's
 * flags, because a wrong guess costs a reviewer's time (the en-GB affix data marks "guy" a verb and
 * gives "cancel" no past tense).
 */

/**
 * Verbs business pages use with "we", "they" or "you" as subject, in the base form. None is also a
 * plural noun that could stand in apposition to the pronoun ("we parents", "you guys", "you folks").
 */
export const SUBJECT_VERBS = [
  'accept', 'agree', 'aim', 'allow', 'apply', 'arrange', 'arrive', 'ask', 'assist', 'attend', 'bake', 'believe', 'book',
  'bring', 'build', 'buy', 'call', 'cancel', 'care', 'carry', 'cater', 'change', 'charge', 'check', 'choose', 'clean', 'close',
  'collect', 'come', 'confirm', 'consider', 'continue', 'cover', 'create', 'decide', 'deliver', 'design', 'ensure', 'expect',
  'feel', 'find', 'fix', 'follow', 'get', 'give', 'go', 'guarantee', 'handle', 'help', 'hire', 'hope', 'include', 'install',
  'keep', 'know', 'like', 'look', 'love', 'maintain', 'make', 'manage', 'need', 'offer', 'open', 'operate', 'order', 'paint',
  'pay', 'prefer', 'prepare', 'pride', 'promise', 'provide', 'purchase', 'receive', 'recommend', 'remain', 'repair', 'replace',
  'request', 'require', 'reserve', 'respond', 'return', 'sell', 'send', 'serve', 'specialise', 'specialize', 'stay', 'strive',
  'supply', 'support', 'take', 'tend', 'think', 'try', 'understand', 'use', 'visit', 'want', 'welcome', 'wish', 'work',
];

/** Third-person forms the spelling rule does not make, with the form a plural subject takes. */
export const IRREGULAR_THIRD_PERSON: Record<string, string> = { has: 'have', does: 'do', is: 'are', was: 'were' };

/** "offer" → "offers", "carry" → "carries", "go" → "goes": the form a singular subject takes. */
export function thirdPerson(base: string): string {
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  return `${base}s`;
}

/**
 * Words after which the next word opens a clause as its subject. Elsewhere "you" is as often an
 * object ("we send you updates", "thank you notes") and stays unjudged.
 */
export const CLAUSE_OPENERS = [
  'if', 'when', 'whenever', 'once', 'unless', 'until', 'because', 'since', 'while', 'whilst', 'although', 'though', 'that', 'before',
  'after', 'where', 'wherever', 'whether',
  // Verbs whose clause often drops "that": "to ensure the cost of all items is…", "make sure you book early".
  'ensure', 'ensures', 'ensuring', 'sure', 'note',
];

/** Words that open an appositive between a pronoun and its verb: "you, the customer, cancel…". */
export const APPOSITIVE_OPENERS = ['the', 'our', 'your', 'a', 'an', 'at'];

/** Forms of "be", "have" and modals: after "we guides" one of them shows a noun in apposition, not a verb. */
export const AUXILIARIES = ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must'];

/**
 * Singular heads of "the … of <plural>" that the verb agrees with ("the cost of all items is").
 * Quantity and collective heads ("a number of", "the majority of", "a range of", "the rest of")
 * take the verb of what follows and are left out on purpose.
 */
export const SINGULAR_HEADS = [
  'cost', 'price', 'value', 'quality', 'condition', 'safety', 'use', 'insertion', 'addition', 'removal', 'delivery', 'installation',
  'design', 'size', 'colour', 'color', 'weight', 'length', 'height', 'width', 'appearance', 'availability', 'absence', 'presence',
  'purpose', 'responsibility', 'maintenance', 'storage', 'handling', 'replacement', 'placement', 'arrangement', 'freshness', 'taste',
  'flavour', 'texture', 'accuracy', 'arrival', 'return', 'balance', 'total', 'list',
];

/** Words that open "<word> of <plural>" as a singular subject on their own: "each of our rooms has". */
export const SINGULAR_PRONOUN_HEADS = ['each', 'one'];

/** The plural verb after those subjects, and the singular it should be. */
export const PLURAL_TO_SINGULAR_VERB: Record<string, string> = { are: 'is', were: 'was', have: 'has', do: 'does' };

/**
 * Words that end the noun phrase after "of": past them the verb may belong to another clause ("the
 * cost of the items you are buying") or to a joined subject ("the cake and the flowers are").
 */
export const NOUN_PHRASE_BREAKS = [
  'i', 'you', 'we', 'they', 'he', 'she', 'it', 'there', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'if',
  'as', 'because', 'since', 'unless', 'until', 'than', 'though', 'although', 'whether', 'once', 'and', 'or', 'nor', 'but', 'plus',
  ...AUXILIARIES,
];

/** Comparatives that "than" follows; "then" after them is a slip ("more then 10 years"). */
export const COMPARATIVES = [
  'more', 'less', 'fewer', 'better', 'worse', 'greater', 'larger', 'bigger', 'smaller', 'higher', 'lower', 'faster', 'quicker',
  'cheaper', 'longer', 'shorter', 'older', 'younger', 'easier', 'harder', 'rather', 'other',
];
/** Comparatives of time that "then" may follow in a sequence ("later then"): judged only before a figure. */
export const TIME_COMPARATIVES = ['later', 'earlier', 'sooner'];
/**
 * What follows "than" and never "then" in a sequence: a figure, "ever", "usual". A verb after "more
 * then" ("stir a little more then add") is a sequence and stays silent.
 */
export const THAN_FOLLOWERS = ['ever', 'usual', 'expected', 'before', 'anyone', 'anybody', 'anything', 'anywhere', 'any', 'others', 'one', 'a', 'an', 'twice', 'half', 'double'];

/** Words a lowercase "an" cannot stand before although they start with a vowel letter: they sound /j/ or /w/. */
export const CONSONANT_SOUND_VOWEL_WORDS = [
  'unique', 'university', 'universities', 'universal', 'uniform', 'uniforms', 'unit', 'units', 'united', 'union', 'user', 'users',
  'useful', 'usual', 'usually', 'utility', 'utilities', 'euro', 'euros', 'european', 'one', 'once', 'one-off',
];
/** Words with a silent "h" that take "an". Words in "h" are otherwise left alone: British "an historic" is right. */
export const SILENT_H_WORDS = ['hour', 'hours', 'hourly', 'honest', 'honestly', 'honour', 'honourable', 'honor', 'honorable', 'heir'];
/** Short vowel-initial words after which a lone "a" is a label ("plan a or b"), not the article. */
export const NOT_AFTER_ARTICLE = ['and', 'are', 'any', 'all', 'also', 'its', 'our', 'out', 'off', 'onto', 'into', 'else', 'ever', 'even', 'each', 'only', 'other', 'one', 'once', 'oneself'];
/** Words that name a lettered item ("plan a", "option a"): the letter after them is no article. */
export const LETTER_LABELS = ['plan', 'option', 'part', 'grade', 'type', 'section', 'step', 'vitamin', 'category', 'class', 'block', 'level', 'tier', 'figure', 'item', 'point', 'schedule', 'appendix'];

/** Nouns "you're" cannot stand before: "you're order" is "your order". */
export const OWNED_AFTER_YOUR = [
  'own', 'order', 'orders', 'booking', 'bookings', 'account', 'details', 'appointment', 'appointments', 'reservation', 'reservations',
  'deposit', 'payment', 'payments', 'email', 'address', 'vehicle', 'car',
];
/** What "we … except" is followed by when "accept" was meant ("we except all major cards"). */
export const ACCEPTED_THINGS = [
  'cash', 'cheque', 'cheques', 'check', 'checks', 'card', 'cards', 'credit', 'debit', 'payment', 'payments', 'all', 'most', 'bookings',
  'reservations', 'returns', 'pets', 'dogs', 'orders', 'responsibility', 'liability', 'no', 'any', 'visa', 'mastercard', 'paypal',
];
/** Words before "advise" that show a noun was meant ("free advise"). */
export const ADVICE_MODIFIERS = [
  'free', 'expert', 'professional', 'impartial', 'friendly', 'helpful', 'honest', 'sound', 'good', 'great', 'best', 'any', 'some',
  'our', 'my', 'their', 'independent', 'specialist', 'technical', 'personal', 'practical', 'useful', 'medical', 'legal', 'financial',
];
/** Words after "advise" that show it is the verb after all ("our experts advise you"). */
export const ADVISE_OBJECTS = ['you', 'us', 'them', 'him', 'her', 'people', 'customers', 'clients', 'guests', 'that', 'whether', 'against'];
/** Things offered free: "complementary breakfast" is "complimentary". */
export const COMPLIMENTARY_THINGS = [
  'breakfast', 'wifi', 'wi-fi', 'parking', 'drink', 'drinks', 'tea', 'coffee', 'toiletries', 'shuttle', 'consultation', 'consultations',
  'glass', 'bottle', 'upgrade', 'gift', 'water', 'snacks', 'towels', 'access', 'delivery', 'quote', 'estimate',
  'session', 'engagement', 'fitting', 'trial', 'lesson', 'assessment', 'inspection', 'valet', 'champagne',
];

/** Words before a noun that want it singular: "a particular class", never "a particular classes". */
export const SINGULAR_DETERMINER_ADJECTIVES = ['particular', 'specific', 'certain', 'single'];
/** Words in -s that are singular or have no singular: "a particular means", "a specific series". */
export const SINGULAR_IN_S = [
  'news', 'means', 'series', 'species', 'lens', 'physics', 'mathematics', 'athletics', 'economics', 'politics', 'ethics',
  'aesthetics', 'graphics', 'gymnastics', 'mechanics', 'logistics', 'analytics', 'diagnostics', 'dynamics', 'acoustics', 'aerobics',
  'pilates', 'diabetes', 'rabies', 'herpes', 'scabies', 'yes', 'thanks', 'odds', 'premises', 'whereabouts', 'crossroads', 'headquarters',
  'ones', 'always', 'perhaps', 'sometimes', 'besides', 'afterwards', 'towards', 'various',
];
/** What may follow a plural noun phrase that ends there: after "a particular classes?" nothing else makes it a compound. */
export const AFTER_NOUN_PHRASE = [
  'that', 'which', 'who', 'where', 'when', 'for', 'in', 'on', 'at', 'of', 'with', 'to', 'from', 'is', 'are', 'was', 'were', 'will',
  'can', 'you', 'we', 'they', 'i', 'may', 'might', 'should', 'would', 'could', 'has', 'have', 'this', 'these', 'then', 'because',
];
/** Verbs "recommend" or "suggest" take as a gerund ("we recommend booking"), written with "to" by slip. */
export const GERUND_AFTER_RECOMMEND = [
  'go', 'book', 'arrive', 'bring', 'call', 'contact', 'wear', 'use', 'get', 'make', 'take', 'check', 'schedule', 'keep', 'avoid',
  'come', 'try', 'buy', 'start', 'leave', 'consult', 'apply', 'wash', 'reserve', 'allow', 'plan', 'choose', 'have', 'remove',
  'select', 'visit', 'pay', 'read', 'ask', 'give', 'send', 'stay', 'clean', 'replace', 'drop', 'stop', 'put', 'let', 'sign', 'register',
  'purchase', 'upgrade', 'wait', 'email', 'text', 'double-check', 'consider', 'opt', 'order',
];
const DOUBLING = new Set(['get', 'plan', 'drop', 'stop', 'put', 'let', 'sit', 'run', 'set', 'cut', 'shop', 'swim', 'begin', 'chat']);
/** "go" → "going", "make" → "making", "get" → "getting", "tie" → "tying". */
export function gerund(base: string): string {
  if (DOUBLING.has(base)) return `${base}${base.slice(-1)}ing`;
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (/[^eoy]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}
/** What dries: "upon dying, the ink…" in a sentence about one of these is "drying". */
export const THINGS_THAT_DRY = ['ink', 'inks', 'paint', 'paints', 'varnish', 'glue', 'adhesive', 'lacquer', 'sealant', 'grout', 'plaster', 'coat', 'coats', 'coating', 'primer', 'stain', 'enamel', 'polish', 'concrete', 'mortar', 'resin', 'epoxy', 'print', 'prints'];
/** What dyeing is about: a sentence with one of these may mean "dyeing", not "drying". */
export const THINGS_DYED = ['dye', 'dyes', 'fabric', 'hair', 'cloth', 'yarn', 'wool', 'tie'];
/** Materials sold by the roll: "3 roles of vinyl" is "rolls". */
export const ROLLED_MATERIALS = ['vinyl', 'paper', 'tape', 'wallpaper', 'fabric', 'canvas', 'film', 'foil', 'banner', 'carpet', 'turf', 'sod', 'labels', 'stickers', 'toilet', 'insulation', 'wire', 'cable', 'twine', 'ribbon'];

/** Compounds English writes as one word that hurry writes as two ("class room"): written → meant. */
export const SPLIT_COMPOUNDS: Record<string, string> = {
  'class room': 'classroom', 'class rooms': 'classrooms', 'bath room': 'bathroom', 'bath rooms': 'bathrooms', 'bed room': 'bedroom',
  'bed rooms': 'bedrooms', 'play ground': 'playground', 'home work': 'homework', 'week end': 'weekend', 'week ends': 'weekends',
  'some one': 'someone', 'hair cut': 'haircut', 'hair cuts': 'haircuts', 'work shop': 'workshop', 'work shops': 'workshops',
};

/** Words that open a clause's subject: after "that" they make it a conjunction, not a pointer ("insured that house"). */
export const CLAUSE_SUBJECT_STARTS = ['every', 'each', 'all', 'the', 'a', 'an', 'our', 'your', 'their', 'his', 'her', 'its', 'you', 'we', 'they', 'it', 'he', 'she', 'i', 'no', 'any', 'everyone', 'everything', 'nothing', 'no-one', 'nobody', 'there'];
