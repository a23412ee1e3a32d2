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
