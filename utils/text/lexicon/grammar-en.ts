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
