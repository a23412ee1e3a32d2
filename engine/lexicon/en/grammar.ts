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
  'accept',
  'agree',
  'aim',
  'allow',
  'apply',
  'arrange',
  'arrive',
  'ask',
  'assist',
  'attend',
  'bake',
  'believe',
  'book',
  'bring',
  'build',
  'buy',
  'call',
  'cancel',
  'care',
  'carry',
  'cater',
  'change',
  'charge',
  'check',
  'choose',
  'clean',
  'close',
  'collect',
  'come',
  'confirm',
  'consider',
  'continue',
  'cover',
  'create',
  'decide',
  'deliver',
  'design',
  'ensure',
  'expect',
  'feel',
  'find',
  'fix',
  'follow',
  'get',
  'give',
  'go',
  'guarantee',
  'handle',
  'help',
  'hire',
  'hope',
  'include',
  'install',
  'keep',
  'know',
  'like',
  'look',
  'love',
  'maintain',
  'make',
  'manage',
  'need',
  'offer',
  'open',
  'operate',
  'order',
  'paint',
  'pay',
  'prefer',
  'prepare',
  'pride',
  'promise',
  'provide',
  'purchase',
  'receive',
  'recommend',
  'remain',
  'repair',
  'replace',
  'request',
  'require',
  'reserve',
  'respond',
  'return',
  'sell',
  'send',
  'serve',
  'specialise',
  'specialize',
  'stay',
  'strive',
  'supply',
  'support',
  'take',
  'tend',
  'think',
  'try',
  'understand',
  'use',
  'visit',
  'want',
  'welcome',
  'wish',
  'work',
  'prioritise',
  'prioritize',
  'refer',
  'value',
  'enjoy',
  'teach',
  'treat',
  'groom',
  'train',
];

/** Third-person forms the spelling rule does not make, with the form a plural subject takes. */
export const IRREGULAR_THIRD_PERSON: Record<string, string> = { has: 'have', does: 'do', is: 'are', was: 'were' };

/**
 * Words after which the next word opens a clause as its subject. Elsewhere "you" is as often an
 * object ("we send you updates", "thank you notes") and stays unjudged.
 */
export const CLAUSE_OPENERS = [
  'if',
  'when',
  'whenever',
  'once',
  'unless',
  'until',
  'because',
  'since',
  'while',
  'whilst',
  'although',
  'though',
  'that',
  'before',
  'after',
  'where',
  'wherever',
  'whether',
  // Verbs whose clause often drops "that": "to ensure the cost of all items is…", "make sure you book early".
  'ensure',
  'ensures',
  'ensuring',
  'sure',
  'note',
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
  'cost',
  'price',
  'value',
  'quality',
  'condition',
  'safety',
  'use',
  'insertion',
  'addition',
  'removal',
  'delivery',
  'installation',
  'design',
  'size',
  'colour',
  'color',
  'weight',
  'length',
  'height',
  'width',
  'appearance',
  'availability',
  'absence',
  'presence',
  'purpose',
  'responsibility',
  'maintenance',
  'storage',
  'handling',
  'replacement',
  'placement',
  'arrangement',
  'freshness',
  'taste',
  'flavour',
  'texture',
  'accuracy',
  'arrival',
  'return',
  'balance',
  'total',
  'list',
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
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'there',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'while',
  'if',
  'as',
  'because',
  'since',
  'unless',
  'until',
  'than',
  'though',
  'although',
  'whether',
  'once',
  'and',
  'or',
  'nor',
  'but',
  'plus',
  ...AUXILIARIES,
];

/** Comparatives that "than" follows; "then" after them is a slip ("more then 10 years"). */
export const COMPARATIVES = [
  'more',
  'less',
  'fewer',
  'better',
  'worse',
  'greater',
  'larger',
  'bigger',
  'smaller',
  'higher',
  'lower',
  'faster',
  'quicker',
  'cheaper',
  'longer',
  'shorter',
  'older',
  'younger',
  'easier',
  'harder',
  'rather',
  'other',
];
/** Comparatives of time that "then" may follow in a sequence ("later then"): judged only before a figure. */
export const TIME_COMPARATIVES = ['later', 'earlier', 'sooner'];
/**
 * What follows "than" and never "then" in a sequence: a figure, "ever", "usual". A verb after "more
 * then" ("stir a little more then add") is a sequence and stays silent.
 */
export const THAN_FOLLOWERS = [
  'ever',
  'usual',
  'expected',
  'before',
  'anyone',
  'anybody',
  'anything',
  'anywhere',
  'any',
  'others',
  'one',
  'a',
  'an',
  'twice',
  'half',
  'double',
  // "more then our team", "better then we ever hoped": whom the comparison is with
  'our',
  'your',
  'their',
  'we',
  'they',
  'most',
];

/** Words a lowercase "an" cannot stand before although they start with a vowel letter: they sound /j/ or /w/. */
export const CONSONANT_SOUND_VOWEL_WORDS = [
  'unique',
  'university',
  'universities',
  'universal',
  'uniform',
  'uniforms',
  'unit',
  'units',
  'united',
  'union',
  'user',
  'users',
  'useful',
  'usual',
  'usually',
  'utility',
  'utilities',
  'euro',
  'euros',
  'european',
  'one',
  'once',
  'one-off',
];
/** Words with a silent "h" that take "an". Words in "h" are otherwise left alone: British "an historic" is right. */
export const SILENT_H_WORDS = ['hour', 'hours', 'hourly', 'honest', 'honestly', 'honour', 'honourable', 'honor', 'honorable', 'heir'];
/** Short vowel-initial words after which a lone "a" is a label ("plan a or b"), not the article. */
export const NOT_AFTER_ARTICLE = ['and', 'are', 'any', 'all', 'also', 'its', 'our', 'out', 'off', 'onto', 'into', 'else', 'ever', 'even', 'each', 'only', 'other', 'one', 'once', 'oneself'];
/** Words that name a lettered item ("plan a", "option a"): the letter after them is no article. */
export const LETTER_LABELS = ['plan', 'letter', 'option', 'part', 'grade', 'type', 'section', 'step', 'vitamin', 'category', 'class', 'block', 'level', 'tier', 'figure', 'item', 'point', 'schedule', 'appendix'];

/** Nouns "you're" cannot stand before: "you're order" is "your order". */
export const OWNED_AFTER_YOURE = [
  'own',
  'order',
  'orders',
  'booking',
  'bookings',
  'account',
  'details',
  'appointment',
  'appointments',
  'reservation',
  'reservations',
  'deposit',
  'payment',
  'payments',
  'email',
  'address',
  'vehicle',
  'car',
];
/** What "we … except" is followed by when "accept" was meant ("we except all major cards"). */
export const ACCEPTED_THINGS = [
  'cash',
  'cheque',
  'cheques',
  'check',
  'checks',
  'card',
  'cards',
  'credit',
  'debit',
  'payment',
  'payments',
  'all',
  'most',
  'bookings',
  'reservations',
  'returns',
  'pets',
  'dogs',
  'orders',
  'responsibility',
  'liability',
  'no',
  'any',
  'visa',
  'mastercard',
  'paypal',
];
/** Words before "advise" that show a noun was meant ("free advise"). */
export const ADVICE_MODIFIERS = [
  'free',
  'expert',
  'professional',
  'impartial',
  'friendly',
  'helpful',
  'honest',
  'sound',
  'good',
  'great',
  'best',
  'any',
  'some',
  'our',
  'my',
  'their',
  'independent',
  'specialist',
  'technical',
  'personal',
  'practical',
  'useful',
  'medical',
  'legal',
  'financial',
];
/** Words after "advise" that show it is the verb after all ("our experts advise you"). */
export const ADVISE_OBJECTS = ['you', 'us', 'them', 'him', 'her', 'people', 'customers', 'clients', 'guests', 'that', 'whether', 'against'];
/** Things offered free: "complementary breakfast" is "complimentary". */
export const COMPLIMENTARY_THINGS = [
  'breakfast',
  'wifi',
  'wi-fi',
  'parking',
  'drink',
  'drinks',
  'tea',
  'coffee',
  'toiletries',
  'shuttle',
  'consultation',
  'consultations',
  'glass',
  'bottle',
  'upgrade',
  'gift',
  'water',
  'snacks',
  'towels',
  'access',
  'delivery',
  'quote',
  'estimate',
  'session',
  'engagement',
  'fitting',
  'trial',
  'lesson',
  'assessment',
  'inspection',
  'valet',
  'champagne',
];

/** Words before a noun that want it singular: "a particular class", never "a particular classes". */
export const SINGULAR_DETERMINER_ADJECTIVES = ['particular', 'specific', 'certain', 'single'];
/** Words in -s that are singular or have no singular: "a particular means", "a specific series". */
export const SINGULAR_IN_S = [
  'news',
  'means',
  'series',
  'species',
  'lens',
  'physics',
  'mathematics',
  'athletics',
  'economics',
  'politics',
  'ethics',
  'aesthetics',
  'graphics',
  'gymnastics',
  'mechanics',
  'logistics',
  'analytics',
  'diagnostics',
  'dynamics',
  'acoustics',
  'aerobics',
  'pilates',
  'diabetes',
  'rabies',
  'herpes',
  'scabies',
  'yes',
  'thanks',
  'odds',
  'premises',
  'whereabouts',
  'crossroads',
  'headquarters',
  'ones',
  'always',
  'perhaps',
  'sometimes',
  'besides',
  'afterwards',
  'towards',
  'various',
  'savings',
  'innings',
  'mews',
  'bellows',
  'gallows',
  'summons',
  'shambles',
  'corps',
  'statistics',
  'genetics',
  'linguistics',
  'robotics',
  'electronics',
  'ceramics',
  'optics',
  'orthodontics',
  'paediatrics',
  'pediatrics',
  'gasworks',
  'steelworks',
  'ironworks',
  'waterworks',
  'nowadays',
  'backwards',
  'forwards',
  'upwards',
  'downwards',
  'indoors',
  'outdoors',
  'overseas',
  'biceps',
  'triceps',
  'forceps',
  'blues',
  'arts',
  'sports',
  'basics',
];
/** What may follow a plural noun phrase that ends there: after "a particular classes?" nothing else makes it a compound. */
export const AFTER_NOUN_PHRASE = [
  'that',
  'which',
  'who',
  'where',
  'when',
  'for',
  'in',
  'on',
  'at',
  'of',
  'with',
  'to',
  'from',
  'is',
  'are',
  'was',
  'were',
  'will',
  'can',
  'you',
  'we',
  'they',
  'i',
  'may',
  'might',
  'should',
  'would',
  'could',
  'has',
  'have',
  'this',
  'these',
  'then',
  'because',
];
/** Compound adjectives written without their hyphen: "a hands on approach" is "a hands-on approach", not a plural. */
export const OPEN_COMPOUND_ADJECTIVES = ['hands on', 'hands off', 'hands free'];
/** Verbs "recommend" or "suggest" take as a gerund ("we recommend booking"), written with "to" by slip. */
export const GERUND_AFTER_RECOMMEND = [
  'go',
  'book',
  'arrive',
  'bring',
  'call',
  'contact',
  'wear',
  'use',
  'get',
  'make',
  'take',
  'check',
  'schedule',
  'keep',
  'avoid',
  'come',
  'try',
  'buy',
  'start',
  'leave',
  'consult',
  'apply',
  'wash',
  'reserve',
  'allow',
  'plan',
  'choose',
  'have',
  'remove',
  'select',
  'visit',
  'pay',
  'read',
  'ask',
  'give',
  'send',
  'stay',
  'clean',
  'replace',
  'drop',
  'stop',
  'put',
  'let',
  'sign',
  'register',
  'purchase',
  'upgrade',
  'wait',
  'email',
  'text',
  'double-check',
  'consider',
  'opt',
  'order',
];
/** Verbs that double their last letter before "-ing" ("get" → "getting"). */
export const DOUBLING_BEFORE_ING = new Set(['get', 'plan', 'drop', 'stop', 'put', 'let', 'sit', 'run', 'set', 'cut', 'shop', 'swim', 'begin', 'chat']);
/** What dries: "upon dying, the ink…" in a sentence about one of these is "drying". */
export const THINGS_THAT_DRY = [
  'ink',
  'inks',
  'paint',
  'paints',
  'varnish',
  'glue',
  'adhesive',
  'lacquer',
  'sealant',
  'grout',
  'plaster',
  'coat',
  'coats',
  'coating',
  'primer',
  'stain',
  'enamel',
  'polish',
  'concrete',
  'mortar',
  'resin',
  'epoxy',
  'print',
  'prints',
];
/** What dyeing is about: a sentence with one of these may mean "dyeing", not "drying". */
export const THINGS_DYED = ['dye', 'dyes', 'fabric', 'hair', 'cloth', 'yarn', 'wool', 'tie'];
/** What hair and textile dyeing colours: "hair dying", "dying your roots" mean "dyeing". */
export const THINGS_COLOURED = ['hair', 'roots', 'root', 'brows', 'eyebrows', 'eyebrow', 'lashes', 'eyelashes', 'beard', 'fabric', 'fabrics', 'cloth', 'yarn', 'wool', 'tie', 'leather', 'clothes'];
/** Words that end the possessor in "each weeks share" ("each week's share") when they follow "each" and a plural. */
export const COUNTED_PERIODS = ['days', 'weeks', 'months', 'years', 'seasons', 'nights', 'sessions'];
/**
 * Plural people and animals that own things, so a noun after them with no apostrophe is owned: "your dogs
 * coat" is "your dog's coat". "Kids", "mens", "sports" and the like stay out: they stand as modifiers too
 * ("kids classes", "sports massage").
 */
export const OWNERS_IN_PLURAL = ['dogs', 'cats', 'pets', 'puppies', 'horses', 'clients', 'customers', 'groomers', 'guests', 'patients', 'parents', 'therapists', 'tenants', 'breeds', 'owners', 'students'];
/** What such an owner has that is never a verb, so "your dogs fur" has one reading. */
export const OWNED_NOUNS_ONLY = [
  'fur',
  'hair',
  'skin',
  'teeth',
  'nails',
  'paws',
  'ears',
  'eyes',
  'health',
  'safety',
  'wellbeing',
  'well-being',
  'welfare',
  'hygiene',
  'behaviour',
  'behavior',
  'temperament',
  'personality',
  'happiness',
  'belongings',
  'privacy',
  'satisfaction',
  'vaccinations',
  'details',
  'needs',
  'appearance',
  'coats',
  'hands',
  'standards',
  'requirements',
  'expectations',
  'traits',
];
/**
 * Verbs that take a person and then a thing ("we send clients details", "give dogs treats"): after them a plural
 * owner with no determiner may be the first object, not an owner.
 */
export const VERBS_OF_GIVING = [
  'give',
  'gives',
  'gave',
  'giving',
  'send',
  'sends',
  'sent',
  'sending',
  'offer',
  'offers',
  'offered',
  'offering',
  'show',
  'shows',
  'showed',
  'bring',
  'brings',
  'brought',
  'teach',
  'teaches',
  'taught',
  'email',
  'emails',
  'emailed',
  'lend',
  'pay',
  'pays',
  'paid',
  'charge',
  'charges',
  'grant',
  'award',
  'owe',
  'promise',
  'get',
  'gets',
  'buy',
  'buys',
  'leave',
  'leaves',
  'tell',
  'tells',
  'hand',
  'hands',
  'allow',
  'allows',
];
/**
 * What such an owner has that is also a verb ("the clients deposit money"): owned only where the phrase ends
 * with it or a verb follows ("the clients deposit will be refunded").
 */
export const OWNED_NOUNS_OR_VERBS = ['coat', 'experience', 'deposit', 'comfort', 'weight', 'booking', 'appointment', 'name'];
/**
 * Prepositions whose object the owner's phrase is, so the word after the owner is its noun: "walk through your
 * dogs experience". "Of", "for" and "before" stay out: "all of your dogs experience stress" has a verb.
 */
export const PREPOSITIONS_BEFORE_OWNED = ['through', 'about', 'into', 'during', 'regarding', 'upon', 'on'];
/** Verbs after an owned noun that show it is one: "the clients deposit will be refunded". */
export const VERBS_AFTER_OWNED = ['is', 'was', 'will', 'must', 'should', 'can', 'may', 'has'];
/** What a count of periods pays or gives: "1 months notice" is "1 month's notice". */
export const THINGS_COUNTED_IN_PERIODS = ['notice', 'rent', 'pay', 'salary', 'wages', 'worth', 'warning'];
/** Verbs after "does no" where "does not" was meant: "if the driver does no show". "Do no harm" keeps its noun. */
export const VERBS_AFTER_DOES_NOT = ['show', 'arrive', 'attend', 'appear', 'respond', 'reply', 'answer', 'turn', 'come', 'cancel', 'pay'];
/** Bare verbs that a singular thing sold opening a sentence takes with "-s": "Each lesson last an hour". "Cost" is also its past. */
export const VERBS_OF_THINGS_SOLD = ['include', 'last', 'require', 'involve', 'contain'];
/**
 * Fixed phrases with "any" that a slip of one letter writes with "and": "at and time". "In any case" and "in any
 * way" stay out: "joined in and case studies followed" joins two clauses.
 */
export const PHRASES_WITH_ANY = ['at any time', 'for any reason', 'under any circumstances', 'by any chance', 'at any point'];
/** Words before "in addition" that make it the adverb with its comma left out: "and in addition a fee applies". */
export const BEFORE_IN_ADDITION_ADVERB = ['and', 'but', 'or', 'so', 'then', 'also', 'is', 'are', 'was', 'were', 'be', 'been', 'that', 'which', 'who'];
/** Materials sold by the roll: "3 roles of vinyl" is "rolls". */
export const ROLLED_MATERIALS = [
  'vinyl',
  'paper',
  'tape',
  'wallpaper',
  'fabric',
  'canvas',
  'film',
  'foil',
  'banner',
  'carpet',
  'turf',
  'sod',
  'labels',
  'stickers',
  'toilet',
  'insulation',
  'wire',
  'cable',
  'twine',
  'ribbon',
];

/** Compounds English writes as one word that hurry writes as two ("class room"): written → meant. */
export const SPLIT_COMPOUNDS: Record<string, string> = {
  'class room': 'classroom',
  'class rooms': 'classrooms',
  'bath room': 'bathroom',
  'bath rooms': 'bathrooms',
  'bed room': 'bedroom',
  'bed rooms': 'bedrooms',
  'play ground': 'playground',
  'home work': 'homework',
  'week end': 'weekend',
  'week ends': 'weekends',
  'some one': 'someone',
  'hair cut': 'haircut',
  'hair cuts': 'haircuts',
  'work shop': 'workshop',
  'work shops': 'workshops',
};

/** Words that open a clause's subject: after "that" they make it a conjunction, not a pointer ("insured that house"). */
export const CLAUSE_SUBJECT_STARTS = [
  'every',
  'each',
  'all',
  'the',
  'a',
  'an',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
  'you',
  'we',
  'they',
  'it',
  'he',
  'she',
  'i',
  'no',
  'any',
  'everyone',
  'everything',
  'nothing',
  'no-one',
  'nobody',
  'there',
];

/**
 * Words after "its" that show "it is" was meant ("its also free", "its here"). Adverbs that may
 * modify an adjective ("its really good coffee", "its often overlooked charm") stay out.
 */
export const ADVERBS_AFTER_ITS = ['also', 'here', 'there'];
/** Adjectives that take a "to" clause: "its important to book" is "it's"; "its important role" stays a possessive. */
export const ADJECTIVES_BEFORE_TO = ['important', 'possible', 'essential', 'necessary', 'vital', 'crucial', 'advisable', 'impossible', 'wise'];
/**
 * Adjectives that end a clause after "it is" ("if it's not fixed, its free!", "its open daily"): after
 * a possessive "its" a noun must follow ("its free trial"), so a stop or `AFTER_PREDICATE_ITS` shows "it's".
 * Words that are also nouns ("its best", "its worth") stay out.
 */
export const PREDICATES_AFTER_ITS = ['free', 'easy', 'open', 'closed', 'simple', 'quick', 'safe', 'true', 'ready', 'available', 'included', 'fine', 'okay', 'affordable', 'cheap', 'worthwhile'];
/**
 * Holidays named by their owner, with the owner's apostrophe ("Mother's Day", "New Year's Eve"). Only
 * before "Day" or "Eve" ("mothers day"), so plurals ("new mothers", "Happy Valentines") stay silent.
 * The US "Presidents' Day" is also written "Presidents Day" and stays out.
 */
export const HOLIDAY_OWNERS = ['New Year', 'Valentine', 'Mother', 'Father', 'St Patrick', 'St. Patrick', 'Saint Patrick'];
/** Of those, the ones also named alone ("closed on New Year's"): capitalised there, so "new years of growth" stays a plural. */
export const HOLIDAYS_NAMED_ALONE = ['New Year'];
/** Words that may follow such a predicate but never a possessive's adjective: a condition, a time, "to". */
export const AFTER_PREDICATE_ITS = ['to', 'if', 'when', 'whenever', 'unless', 'until', 'because', 'for', 'daily', 'today', 'now', 'again', 'every', 'all', 'from', 'on', 'at', 'as'];
/** Verbs a business does its own way: "do there own", "run they're own" is "their own". */
export const VERBS_BEFORE_OWN = [
  'do',
  'does',
  'did',
  'doing',
  'make',
  'makes',
  'made',
  'bring',
  'brings',
  'use',
  'uses',
  'have',
  'has',
  'had',
  'run',
  'runs',
  'set',
  'sets',
  'choose',
  'chooses',
  'create',
  'creates',
  'manage',
  'manages',
  'pay',
  'pays',
  'pick',
  'picks',
  'take',
  'takes',
  'book',
  'books',
  'build',
  'builds',
  'grow',
  'grows',
  'find',
  'finds',
  'keep',
  'keeps',
  'get',
  'gets',
  'start',
  'starts',
  'design',
  'designs',
];
/** Words that open a "to" clause or an adverb after "your" where "you're" was meant ("your always welcome"). */
export const AFTER_YOURE = ['always', 'also', 'definitely', 'probably', 'interested in', 'unable to', 'more than welcome'];
/**
 * What "the … from" ends with when a web form was meant: "fill in the contact from below". "Order" and
 * "quote" stay out: "order from below", "get a quote from above" are right.
 */
export const FORM_KINDS = ['contact', 'booking', 'enquiry', 'inquiry', 'application', 'registration', 'consent', 'feedback', 'sign-up', 'signup', 'reservation', 'referral'];
/**
 * Words that "from" follows and "form" never does: "away form home", "came form Leeds". Nouns ("order
 * form", "price ranges form part of") and words a form may follow as object or verb ("a different
 * form", "prevent form submission", "recover form", "starting form") are left out.
 */
export const BEFORE_FROM = [
  'away',
  'apart',
  'aside',
  'far',
  'ranging',
  'varies',
  'vary',
  'varying',
  'suffer',
  'suffers',
  'suffering',
  'came',
  'comes',
  'arrive',
  'arrives',
  'arriving',
  'hear',
  'heard',
  'hearing',
  'graduated',
  'shipped',
  'sourced',
  'refrain',
  'differ',
  'differs',
];
/** Words before a price that "from" follows: "prices form £10". */
export const BEFORE_FROM_PRICE = ['prices', 'price', 'rates', 'starting', 'costs', 'cost', 'fees', 'packages'];
/** Weekdays, for "open form Monday to Friday". */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];

/**
 * Nouns English does not count: "an advice" is "advice". "Knowledge", "accommodation" and "training"
 * take "a" in good use ("a good knowledge of French") and stay out.
 */
export const UNCOUNTABLE_NOUNS = ['advice', 'information', 'furniture', 'equipment', 'luggage', 'baggage', 'feedback', 'homework', 'research', 'machinery', 'jewellery', 'jewelry', 'evidence'];
/** Adjectives that may stand between the article and an uncountable noun ("a useful advice"); "a little" is right and stays out. */
export const UNCOUNTABLE_ADJECTIVES = [
  'good',
  'great',
  'useful',
  'helpful',
  'valuable',
  'free',
  'professional',
  'expert',
  'detailed',
  'honest',
  'practical',
  'personal',
  'important',
  'positive',
  'quick',
  'further',
  'additional',
  'more',
];
/** What follows an uncountable noun that ends its phrase: "an advice on", "a feedback from"; "an information desk" is a compound. */
export const AFTER_UNCOUNTABLE = ['about', 'on', 'for', 'from', 'of', 'to', 'regarding', 'concerning', 'that', 'which', 'with', 'in'];

/** Adjectives and participles a modal cannot take without "be": "we will closed", "staff will happy to help". */
export const PREDICATES_AFTER_BE = [
  'available',
  'happy',
  'pleased',
  'delighted',
  'glad',
  'closed',
  'responsible',
  'unable',
  'required',
  'subject',
  'liable',
  'charged',
  'refunded',
  'contacted',
  'notified',
  'given',
  'provided',
  'included',
];
/** Adjectives that take "to" before a verb: "we are happy help" is "happy to help". */
export const ADJECTIVES_TAKING_TO = ['able', 'unable', 'happy', 'pleased', 'delighted', 'glad', 'welcome', 'eager', 'ready', 'keen', 'willing'];
/** Base forms that follow "to" after those adjectives and in "feel free to", "in order to". None is also a noun a business names ("book", "order"). */
export const VERBS_AFTER_TO = [
  'help',
  'assist',
  'answer',
  'discuss',
  'advise',
  'arrange',
  'accommodate',
  'offer',
  'provide',
  'welcome',
  'meet',
  'see',
  'hear',
  'announce',
  'contact',
  'call',
  'ask',
  'email',
  'visit',
  'come',
  'join',
  'bring',
  'make',
  'take',
  'give',
  'get',
  'send',
  'share',
  'inform',
  'confirm',
  'cancel',
  'reschedule',
  'ensure',
  'receive',
  'pay',
  'leave',
  'let',
  'keep',
  'explain',
  'recommend',
  'serve',
  'create',
  'discover',
];
/** Words after "look forward" that show a lost "to": "we look forward hearing from you". */
export const AFTER_LOOK_FORWARD = ['hearing', 'seeing', 'meeting', 'welcoming', 'working', 'serving', 'helping', 'speaking', 'having'];
/** Verbs after "going" that show a lost "to": "we are going be closed". */
export const AFTER_GOING = ['be', 'have', 'get', 'need', 'take', 'give', 'love', 'enjoy', 'receive', 'find', 'make'];

/** Base verbs that "to" stands before and "too" never does: "easy too use". Adjectives ("too clean", "too close") stay out. */
export const VERBS_AFTER_TOO = [
  'use',
  'book',
  'call',
  'contact',
  'visit',
  'help',
  'find',
  'get',
  'make',
  'take',
  'see',
  'go',
  'come',
  'ask',
  'pay',
  'buy',
  'learn',
  'choose',
  'order',
  'bring',
  'keep',
  'provide',
  'offer',
  'ensure',
  'receive',
  'create',
  'arrange',
  'enjoy',
];
/** Adjectives and quantifiers that "too" stands before: "not to late", "far to many". */
export const AFTER_TOO = ['much', 'many', 'late', 'early', 'expensive', 'busy', 'big', 'small', 'hot', 'cold', 'difficult', 'hard', 'young', 'old', 'long', 'short', 'far', 'soon', 'often', 'high', 'low'];
/** Words before "to" that show the degree word "too" was meant, with an adjective after. */
export const BEFORE_TOO = ['not', 'way', 'far', 'is', 'are', 'was', 'were', 'be', 'it’s', "it's", 'never', 'rather', 'just', 'getting', 'becomes', 'become'];
/** What ends the phrase after "not to late": so "is to many places" and "is to many of us" keep their preposition. */
export const AFTER_TOO_PHRASE = ['to', 'for', 'and', 'or', 'in', 'with', 'now', 'yet', 'though', 'either'];

/** Nouns owned by the "whose" person: "who's name is on the booking" is "whose". */
/** "Who's home?" and "who's booking?" read as "who is" and stay out. */
export const OWNED_AFTER_WHOSE = [
  'name',
  'names',
  'turn',
  'job',
  'mission',
  'goal',
  'aim',
  'passion',
  'work',
  'children',
  'kids',
  'products',
  'services',
  'business',
  'dog',
  'dogs',
  'pet',
  'pets',
  'car',
  'cars',
  'house',
  'order',
  'details',
  'parents',
  'experience',
  'skills',
];
/** What "who's" ("who is", "who has") goes on with: "whose going to" is "who's". */
/** Adverbs and adjectives are left out: "whose never-ending patience", "whose available stock". */
export const AFTER_WHOS = ['going to', 'been', 'ready to', 'ready for', 'looking for', 'interested in', 'responsible for', 'new to'];

/** Objects that "affect" takes and "effect" (to bring about) never does: "will effect you". */
/** "We effect your repairs" is right in formal use: after a possessive, what is brought about (THINGS_BROUGHT_ABOUT) stays silent. */
export const AFFECTED_OBJECTS = ['you', 'us', 'them', 'me', 'him', 'how', 'whether'];
/** Words before "affect" that show the noun "effect" was meant: "a positive affect on". */
export const EFFECT_MODIFIERS = [
  'primary',
  'main',
  'overall',
  'direct',
  'indirect',
  'desired',
  'intended',
  'real',
  'combined',
  'short-term',
  'positive',
  'negative',
  'side',
  'adverse',
  'lasting',
  'knock-on',
  'significant',
  'huge',
  'big',
  'great',
  'little',
  'no',
  'any',
  'an',
  'the',
  'immediate',
  'long-term',
  'calming',
  'cooling',
  'healing',
];

/** Subjects that take a singular verb whatever they mean: "everybody understands". */
export const INDEFINITE_SUBJECTS = ['everybody', 'everyone', 'somebody', 'someone', 'nobody', 'anybody', 'anyone', 'everything', 'nothing', 'something', 'anything'];
/**
 * Words before an indefinite subject that leave the bare verb wrong: a conjunction or "to". Modals
 * ("can anyone help"), "let", "make", "help" ("let everyone know") and "that" (the subjunctive "we
 * ask that everyone arrive early") take the bare form and are not here; nor is a sentence start, where
 * "Everyone welcome" and "Everybody dance!" are right.
 */
export const BEFORE_INDEFINITE_SUBJECT = ['and', 'but', 'because', 'when', 'whenever', 'if', 'as', 'since', 'once', 'to', 'while', 'unless', 'until', 'so', 'where', 'though', 'although'];
/** Bare verbs judged after an indefinite subject: "like" (a preposition in "something like"), "welcome", "stay" are left out. */
export const VERBS_AFTER_INDEFINITE = [
  'understand',
  'know',
  'need',
  'want',
  'get',
  'make',
  'take',
  'feel',
  'think',
  'receive',
  'pay',
  'find',
  'deserve',
  'enjoy',
  'work',
  'agree',
  'leave',
  'arrive',
  'go',
  'come',
  'require',
  'seem',
  'look',
  'love',
  'wish',
];
/** Determiners before a plural head of a "that"/"who" clause: "the repairs that has been" is "have". */
export const PLURAL_DETERMINERS = ['the', 'our', 'your', 'their', 'these', 'those', 'all', 'many', 'some', 'most'];
/** Verbs that take a person and a "that" clause: "we tell our customers that is how we work" is no relative clause. */
export const VERBS_OF_TELLING = [
  'tell',
  'tells',
  'told',
  'telling',
  'show',
  'shows',
  'showed',
  'shown',
  'remind',
  'reminds',
  'reminded',
  'assure',
  'assures',
  'assured',
  'promise',
  'promises',
  'promised',
  'inform',
  'informs',
  'informed',
  'teach',
  'teaches',
  'taught',
  'warn',
  'warns',
  'warned',
  'convince',
  'convinced',
  'advise',
  'advises',
  'advised',
  'ask',
  'asks',
  'asked',
  'remind',
  'guarantee',
  'guarantees',
  'let',
  'lets',
];
/** Participles after "could of", "should of": the "of" is a heard "have". */
export const PARTICIPLES_AFTER_MODAL = [
  'been',
  'had',
  'done',
  'made',
  'got',
  'gotten',
  'seen',
  'gone',
  'known',
  'come',
  'taken',
  'given',
  'said',
  'thought',
  'bought',
  'left',
  'found',
  'told',
  'chosen',
  'won',
  'lost',
  'paid',
  'sent',
  'spent',
  'kept',
  'brought',
  'heard',
  'felt',
  'met',
  'written',
  'eaten',
  'driven',
];

/** Verbs written as one word where the noun is, and what the verb is: "we will setup your account". */
export const SPLIT_PHRASAL_VERBS: Record<string, string> = {
  setup: 'set up',
  login: 'log in',
  logon: 'log on',
  checkout: 'check out',
  backup: 'back up',
  pickup: 'pick up',
  dropoff: 'drop off',
  signup: 'sign up',
  workout: 'work out',
  cleanup: 'clean up',
  followup: 'follow up',
  lookup: 'look up',
  breakdown: 'break down',
  // The hyphenated noun is no verb either: "we will set-up your account".
  'set-up': 'set up',
  'log-in': 'log in',
  'sign-up': 'sign up',
  'check-out': 'check out',
  'pick-up': 'pick up',
  'drop-off': 'drop off',
  'back-up': 'back up',
  'clean-up': 'clean up',
  'follow-up': 'follow up',
};
/** Words before such a verb that make it a verb: "to setup", "will setup", "please checkout". */
export const BEFORE_PHRASAL_VERB = ['to', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'please', 'easily', 'quickly', 'simply', 'we', 'i', 'they', 'you'];
/** Objects after such a verb: with one, "to checkout the basket" is the verb ("go to checkout." is the noun). */
export const PHRASAL_VERB_OBJECTS = ['your', 'the', 'a', 'an', 'our', 'their', 'my', 'it', 'them', 'this', 'these', 'everything'];
/** What follows "everyday" where "every day" (each day) was meant: "open everyday from 9". */
/** "Everyday and party cakes", "from everyday to luxury" coordinate the adjective, so "and", "or", "to" stay out. */
export const AFTER_EVERY_DAY = ['from', 'until', 'till', 'between', 'at', 'except', 'including', 'of'];
/** Words before "everyday" that keep it the adjective or a noun: "for everyday", "the everyday". */
export const BEFORE_EVERYDAY_NOUN = ['for', 'the', 'an', 'of', 'our', 'your', 'their', 'this', 'my', 'his', 'her', 'its'];
/** What "stationery" (paper goods) names with a noun after it; "stationary" means not moving. */
export const STATIONERY_THINGS = ['shop', 'shops', 'store', 'stores', 'supplies', 'items', 'products', 'range', 'printing', 'design', 'designs', 'set', 'sets', 'suite', 'order', 'orders', 'cupboard'];
/** Words before "stationary" that name paper goods: "wedding stationary". */
export const STATIONERY_KINDS = ['wedding', 'office', 'business', 'school', 'personalised', 'personalized', 'bespoke', 'custom', 'printed', 'letterhead'];
/** People a firm's "principal" names; "principle" is a rule. */
export const PRINCIPAL_ROLES = [
  'dentist',
  'architect',
  'designer',
  'photographer',
  'partner',
  'partners',
  'teacher',
  'engineer',
  'solicitor',
  'surveyor',
  'consultant',
  'instructor',
  'optometrist',
  'physiotherapist',
  'owner',
  'director',
  'investigator',
  'lawyer',
  'attorney',
];
/** Quantity words that want "there are": "there is many options". */
export const PLURAL_QUANTIFIERS = ['many', 'several', 'numerous', 'various', 'few'];
/** Plural nouns "much" is used for by slip: "so much people" is "so many people". */
export const COUNTED_AFTER_MUCH = ['people', 'children', 'customers', 'clients', 'guests', 'options', 'choices', 'things', 'items', 'products', 'services', 'friends', 'years', 'visitors', 'students', 'members'];
/** Past tenses that "have" never takes, with the participle it does: "we've went" is "we've gone". */
export const PARTICIPLE_OF_PAST: Record<string, string> = {
  went: 'gone',
  did: 'done',
  saw: 'seen',
  ate: 'eaten',
  drank: 'drunk',
  began: 'begun',
  wrote: 'written',
  took: 'taken',
  gave: 'given',
  spoke: 'spoken',
  chose: 'chosen',
  drove: 'driven',
  ran: 'run',
  rode: 'ridden',
  swam: 'swum',
  sang: 'sung',
  grew: 'grown',
  knew: 'known',
  flew: 'flown',
  threw: 'thrown',
  stole: 'stolen',
  came: 'come',
  forgot: 'forgotten',
  broke: 'broken',
  became: 'become',
};
/** Adverbs between "have" and its participle that show "have" is the auxiliary: "we have already went". */
export const PERFECT_ADVERBS = ['already', 'never', 'just', 'recently', 'ever', 'always', 'now', 'also', 'since', 'finally', 'all'];
/** Verbs and adjectives after which "to here" is "to hear": "sorry to here that". */
export const BEFORE_TO_HEAR = ['sorry', 'glad', 'happy', 'pleased', 'delighted', 'love', 'like', 'great', 'nice', 'good', 'want', 'wait', 'sad'];
/** What is heard: "to here from you", "to here about". */
export const AFTER_HEAR = ['from', 'about', 'that', 'what', 'your', 'you', 'more', 'how', 'the'];
/** Words after "know" that show "no" was meant: "at know extra cost". */
export const AFTER_NO = ['extra', 'hidden', 'obligation', 'charge', 'cost', 'fee', 'fees', 'problem', 'need', 'longer', 'idea', 'doubt', 'additional'];
/** Verbs after "wont" and "cant" that show "won't", "can't" ("as is his wont." stays a noun). */
export const VERBS_AFTER_NOT = [
  'be',
  'have',
  'wait',
  'help',
  'go',
  'get',
  'make',
  'find',
  'beat',
  'miss',
  'say',
  'stop',
  'believe',
  'see',
  'take',
  'give',
  'accept',
  'charge',
  'guarantee',
  'promise',
  'work',
  'do',
  'last',
  'let',
  'open',
  'deliver',
  'refund',
  'cost',
  'fit',
  'find',
];
/** Verbs after a sentence-opening "Lets" that show "Let's": "Lets talk". "It lets you" keeps the verb. */
export const VERBS_AFTER_LETS = ['talk', 'go', 'get', 'make', 'chat', 'start', 'work', 'do', 'celebrate', 'create', 'build', 'find', 'see', 'keep', 'discuss', 'plan', 'meet', 'connect', 'begin', 'bake', 'dance', 'eat'];
/** What is worn: "please where comfortable shoes" is "wear". */
export const THINGS_WORN = [
  'comfortable',
  'suitable',
  'appropriate',
  'gloves',
  'shoes',
  'clothes',
  'clothing',
  'masks',
  'protective',
  'loose',
  'sensible',
  'trainers',
  'layers',
  'sunscreen',
  'sunglasses',
  'a mask',
  'a helmet',
  'helmets',
  'old clothes',
];

/** Past forms that are never a base form, and their base: after a modal the base is meant ("we can built it"). */
export const PAST_TO_BASE: Record<string, string> = {
  built: 'build',
  went: 'go',
  took: 'take',
  gave: 'give',
  made: 'make',
  brought: 'bring',
  bought: 'buy',
  caught: 'catch',
  taught: 'teach',
  thought: 'think',
  sent: 'send',
  spent: 'spend',
  sold: 'sell',
  told: 'tell',
  felt: 'feel',
  kept: 'keep',
  met: 'meet',
  left: 'leave',
  held: 'hold',
  stood: 'stand',
  won: 'win',
  got: 'get',
  began: 'begin',
  came: 'come',
  became: 'become',
  drove: 'drive',
  rode: 'ride',
  chose: 'choose',
  spoke: 'speak',
  broke: 'break',
  wore: 'wear',
  drew: 'draw',
  grew: 'grow',
  knew: 'know',
  threw: 'throw',
  flew: 'fly',
  did: 'do',
  ate: 'eat',
  paid: 'pay',
  heard: 'hear',
  written: 'write',
  taken: 'take',
  given: 'give',
  eaten: 'eat',
  gone: 'go',
  chosen: 'choose',
};
/** Modal verbs, after which a verb takes its base form. */
export const MODALS = ['can', 'could', 'will', 'would', 'should', 'may', 'might', 'must', 'shall', 'cannot', "can't", 'can’t', "won't", 'won’t', "wouldn't", 'wouldn’t', "couldn't", 'couldn’t', "shouldn't", 'shouldn’t'];
/** Words before "will", "can", "must" that make it a noun: "the will made by", "a can made of tin". */
export const DETERMINERS = ['a', 'an', 'the', 'his', 'her', 'their', 'your', 'my', 'our', 'its', 'this', 'that', 'every', 'each'];
/** Verbs after "your" that show "you" was meant ("the answer your were looking for"); "your will" and "your can" may be nouns. */
export const VERBS_AFTER_YOU = ['were', 'are', 'was', 'have', 'had', 'would', 'should', 'could', 'might'];

/**
 * Things a customer owns that "you" or "there" cannot stand before as a noun of its own: "care for you
 * horse" is "your horse", "cleaning out there pool" is "their pool". People ("you guys", "you parents",
 * "you kids") stay out: "for you parents out there" is an apposition. So do nouns of time ("for you day and
 * night") and words that are mostly verbs ("order").
 */
export const OWNED_THINGS = [
  'home',
  'house',
  'property',
  'garden',
  'lawn',
  'yard',
  'pool',
  'roof',
  'car',
  'vehicle',
  'boat',
  'horse',
  'horses',
  'dog',
  'dogs',
  'cat',
  'cats',
  'pet',
  'pets',
  'business',
  'company',
  'office',
  'kitchen',
  'bathroom',
  'family',
  'wedding',
  'event',
  'account',
  'booking',
  'appointment',
  'skin',
  'hair',
  'teeth',
  'health',
  'needs',
  'budget',
  'smile',
];
/** Verbs that take one object, so a thing owned after them is the object: "protect you home", "cleaning out there pool". */
const OWNING_VERBS = [
  'protect',
  'protects',
  'protecting',
  'clean',
  'cleans',
  'cleaning',
  'insure',
  'insures',
  'insuring',
  'groom',
  'grooms',
  'grooming',
  'service',
  'servicing',
  'repair',
  'repairs',
  'repairing',
  'renovate',
  'renovating',
  'decorate',
  'decorating',
  'secure',
  'securing',
  'transform',
  'transforming',
  'upgrade',
  'upgrading',
  'maintain',
  'maintaining',
  'wash',
  'washing',
  'inspect',
  'inspecting',
  'restore',
  'restoring',
];
/**
 * Adjectives of mind and body that, after `BEFORE_YOU_ADJECTIVE`, show "you" was "your": "as well as you
 * mental ease". A verb's "you" may take them ("we give you mental clarity"), so only these words lead.
 */
export const ADJECTIVES_OF_WELLBEING = ['mental', 'physical', 'emotional', 'spiritual'];
/** Words after which "you" is an object that no second object follows: "care of you mental health" is "your". */
export const BEFORE_YOU_ADJECTIVE = ['of', 'about', 'on', 'as well as'];
/**
 * Words that open a main clause after a comma: "If you are unsure, we will call, so please…" has one, so the
 * "so" that follows joins two clauses; with none, "If you need help… – so please call" has no main clause.
 */
export const MAIN_CLAUSE_OPENERS = ['we', "we'll", "we're", 'our', 'it', "it's", 'they', 'i', 'you', "you'll", 'there', 'this', 'that', 'just', 'please', 'call', 'contact', 'feel', 'give', 'let'];
/** Words before an object "you" that make a noun after it "your": prepositions, and verbs that take one object. */
export const BEFORE_OWNED_YOU = ['for', 'with', 'to', 'from', 'in', 'into', 'inside', 'on', 'onto', 'of', 'about', 'around', 'throughout', 'under', 'at', ...OWNING_VERBS];
/**
 * Words before "there" that make a thing owned after it "their" ("care for there horse"). Prepositions of
 * place stay out: "from there home is a short walk", "in there" say where.
 */
export const BEFORE_OWNED_THERE = ['for', 'with', 'about', ...OWNING_VERBS];
/** Particles a verb may take before "their": "cleaning out there pool". */
export const VERB_PARTICLES = ['out', 'up'];
/** "Themselves" after the thing owned: "they clean out there pool them selves". */
export const REFLEXIVE_STARTS = ['themselves', 'them', 'yourself', 'yourselves'];
/** Singular auxiliaries that "you" as subject never takes: "Does you boat have…" is "your boat". */
export const SINGULAR_AUXILIARIES = ['does', 'is', 'has', 'was'];
/**
 * What may follow a noun phrase that ends there: a preposition or a verb. A noun after it makes a compound
 * or an apposition ("for you pet owners", "for you home buyers"); an object after it makes the noun a verb
 * ("manufacturers warranty their boilers").
 */
export const AFTER_NOUN_PHRASE_END = [
  'from',
  'with',
  'for',
  'in',
  'on',
  'at',
  'to',
  'into',
  'of',
  'against',
  'during',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'been',
  'as',
  'will',
  'can',
  'may',
  'might',
  'should',
  'would',
  'could',
  'need',
  'needs',
  'require',
  'requires',
  'deserve',
  'deserves',
  'and',
  'or',
];
/**
 * Nouns that also say where you are: "those of you home for the summer", "with you home all day", "the bus
 * has you home by six", "we cover you home and away". After "of", "with" or an auxiliary, or before "and"/"or",
 * they stay unjudged.
 */
export const PLACE_NOUNS = ['home'];

/**
 * Base verbs (and adverbs) a modal stands before that no noun compound with "can" or "will" ends in: "we
 * have can eliminate" has a "have" too many. Verbs that are also nouns ("can paint", "will call") stay out.
 */
export const VERBS_AFTER_MODAL = [
  'be',
  'do',
  'eliminate',
  'provide',
  'offer',
  'make',
  'take',
  'get',
  'give',
  'ensure',
  'assist',
  'arrange',
  'deliver',
  'handle',
  'install',
  'fix',
  'treat',
  'remove',
  'answer',
  'recommend',
  'accommodate',
  'guarantee',
  'see',
  'find',
  'come',
  'go',
  'send',
  'bring',
  'keep',
  'create',
  'build',
  'prepare',
  'maintain',
  'replace',
  'advise',
  'tailor',
  'meet',
  'accept',
  'help',
  'also',
  'now',
  'always',
  'only',
  'not',
  'never',
];
/**
 * Words after which a subject pronoun opens a clause of its own, so its "have" cannot end a relative clause
 * ("all we have can help"): conjunctions, and an object pronoun that ended the clause before in a run-on
 * ("we do it for you we have can…").
 */
export const CLAUSE_JOINERS = ['and', 'but', 'so', 'because', 'if', 'when', 'now', 'then', 'since', 'once', 'also', 'you', 'us', 'them', 'me', 'him', 'her'];

/** Comparisons joined by "or" that a slip joins by "of": "of equal of greater value" is "equal or greater". */
export const EITHER_OR_PAIRS: Record<string, string[]> = {
  equal: ['greater', 'higher', 'lesser', 'lower', 'better', 'more', 'less', 'larger', 'smaller', 'bigger'],
  sooner: ['later'],
  whether: ['not'],
};

/**
 * Participles that "have had" never takes: "our patients have had seen results" is "have seen". Participles
 * a causative "have had" may take ("the work we have had done", "the photos we have had taken") stay out.
 */
export const PARTICIPLES_NOT_AFTER_HAD = ['been', 'gone', 'become', 'seen'];

/** What a maker's name goes with: "manufactures warranty" is "manufacturer's warranty". */
export const MANUFACTURER_THINGS = ['warranty', 'warranties', 'guarantee', 'guarantees', 'instructions', 'recommendations', 'guidelines', 'specifications', 'specs'];

/**
 * Determiners that want a plural noun: "many service for you", "these damaging pest" want "services", "pests".
 * "Both" stays out ("both pest and weed control" coordinates modifiers).
 */
export const PLURAL_ONLY_DETERMINERS = ['these', 'those', 'several', 'many', 'various', 'numerous', 'multiple', 'few'];
/**
 * Of those, the ones that are never a pronoun, so a word between them and the noun is an adjective: "these
 * damaging pest". "Many seeking treatment for…" and "those needing service" are pronouns with a participle.
 */
export const DETERMINERS_BEFORE_ADJECTIVE = ['these', 'various', 'numerous', 'multiple'];
/**
 * Endings that make a word between such a determiner and its noun an adjective: "these damaging pest", "these
 * expensive treatment". A verb after a pronoun "these" ("these include treatment", "these receive service")
 * has none of them; short words in "-ing" ("bring") and "-ive" ("give") are verbs and stay out.
 */
export const ADJECTIVE_ENDING = /(?:\p{L}{3}ing|tive|sive|ous|ful|less|able|ible|ic)$/u;
/** Countable nouns whose plural adds "-s", as a business names them. "Type", "kind" and "sort" stay out: "these kind of" is a common idiom. */
export const COUNTED_NOUNS = [
  'pest',
  'product',
  'service',
  'option',
  'item',
  'customer',
  'client',
  'guest',
  'patient',
  'student',
  'visitor',
  'member',
  'vehicle',
  'treatment',
  'package',
  'tour',
  'lesson',
  'room',
  'year',
  'month',
  'hour',
  'week',
  'appointment',
  'project',
  'event',
  'trip',
  'cabin',
];

/** Pronouns of quantity that an "of" follows after "enjoy to" rightly: "cakes to enjoy, to all of you". */
export const QUANTITIES_BEFORE_OF = ['all', 'some', 'any', 'most', 'many', 'both', 'each', 'one', 'none', 'either', 'neither', 'few', 'several', 'much', 'half', 'lots', 'plenty', 'rest', 'part'];
/** Endings of nouns that are never verbs: after "enjoy to" such a word wanted "the" ("enjoy to serenity"). */
export const NOUN_ENDING = /(?:ity|ness|dom|ship|hood)$/u;

/**
 * Superlatives in -est that a "best" or "most" before them doubles ("best cheapest", "most newest"); words in
 * -iest are superlatives by their ending ("spookiest"), save "priest".
 */
export const SUPERLATIVES_IN_EST = [
  'biggest',
  'largest',
  'greatest',
  'finest',
  'highest',
  'lowest',
  'newest',
  'oldest',
  'latest',
  'cheapest',
  'fastest',
  'strongest',
  'warmest',
  'coolest',
  'freshest',
  'cleanest',
  'longest',
  'smallest',
  'closest',
  'nearest',
  'widest',
  'deepest',
  'brightest',
  'kindest',
  'quickest',
  'nicest',
  'safest',
  'smartest',
  'tallest',
  'shortest',
  'sweetest',
  'hardest',
  'softest',
  'richest',
  'darkest',
  'loudest',
  'proudest',
  'boldest',
  'bravest',
  'fairest',
  'fullest',
  'grandest',
  'purest',
  'rarest',
  'sharpest',
  'slowest',
  'smoothest',
  'toughest',
  'wildest',
  'wisest',
  'youngest',
  'coldest',
  'hottest',
  'wettest',
  'fattest',
  'thinnest',
  'simplest',
  'truest',
  'ripest',
  'tastiest',
];
/** Words in -iest that are no superlatives. */
export const NOT_SUPERLATIVES_IN_IEST = ['priest'];

/**
 * Bare verbs that a "be" before them leaves with no reading: "will be come back" lost its "we". None is also a
 * noun or an adjective ("will be open", "there will be help", "all systems will be go" stay out).
 */
export const BARE_VERBS_AFTER_BE = ['come', 'take', 'give', 'see', 'bring', 'send', 'find', 'receive', 'provide', 'choose', 'begin', 'become', 'get', 'arrive'];

/**
 * Nouns of a place to be in that "spacious" describes and "specious" (misleading) never does: "a specious
 * lounge" was meant "spacious".
 */
/** Function words that end a phrase: "specious to home buyers" has no room in it. */
export const NOT_BEFORE_SPACIOUS_THING = ['to', 'as', 'in', 'on', 'at', 'for', 'of', 'about', 'and', 'or', 'but', 'the', 'a', 'an', 'than', 'from', 'with', 'by', 'is', 'are', 'was', 'were'];
export const SPACIOUS_THINGS = [
  'room',
  'rooms',
  'bedroom',
  'bedrooms',
  'bathroom',
  'bathrooms',
  'kitchen',
  'kitchens',
  'lounge',
  'lounges',
  'bar',
  'bars',
  'hall',
  'halls',
  'suite',
  'suites',
  'lobby',
  'office',
  'offices',
  'parking',
  'garden',
  'gardens',
  'patio',
  'patios',
  'deck',
  'decks',
  'area',
  'areas',
  'space',
  'spaces',
  'interior',
  'interiors',
  'cabin',
  'cabins',
  'apartment',
  'apartments',
  'house',
  'houses',
  'home',
  'homes',
  'layout',
  'venue',
  'dining',
  'accommodation',
  'studio',
  'studios',
  'yard',
  'backyard',
  'balcony',
  'terrace',
  'cottage',
  'cottages',
  'villa',
  'villas',
  'seating',
  'shower',
  'showers',
  'storage',
  'premises',
  'grounds',
  'showroom',
  'warehouse',
  'unit',
  'units',
  'atmosphere',
  'car',
  'cars',
  'boot',
  'trunk',
  'campsite',
  'campsites',
];

/** How a guest is meant to feel; no one says it of feet, so "feet" before it was "feel": "you will feet welcome". */
export const FEELINGS_OF_PEOPLE = ['welcome', 'valued', 'appreciated', 'pampered', 'relaxed', 'confident', 'special', 'included', 'refreshed', 'reassured', 'at home', 'at ease'];
/** How feet may be as well as people ("keep your feet comfortable"): judged only after a word that wants a verb. */
export const FEELINGS_OF_BOTH = ['comfortable', 'safe', 'secure', 'better', 'good', 'great'];
/** Words after which a verb must come, so "feet" there was "feel": "we truly feet", "you will feet". */
export const BEFORE_A_VERB = ['we', 'they', 'i', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', "'ll", '’ll', 'truly', 'really', 'always', 'instantly', 'immediately', 'certainly', 'surely'];

/** Verbs that follow a family named as a whole ("The Smith's are") and are never a noun or an adjective after a possessive. */
export const VERBS_AFTER_FAMILY = ['are', 'were', 'have', 'had', 'do', 'did', 'give', 'gave', 'would', 'could', 'should', 'thank', 'took', 'began'];
/** Capitalised words in 's that are plurals already: "The Children's are…" is elliptical for a shop or a ward. */
export const IRREGULAR_PLURAL_NAMES = ['children', 'men', 'women', 'people'];
/** Parts of a land that "northern" describes: "the norther suburbs" lost an "n". */
export const PARTS_OF_A_REGION = ['part', 'parts', 'region', 'regions', 'side', 'coast', 'border', 'suburbs', 'hemisphere', 'lights', 'shore', 'end', 'half', 'area', 'areas', 'counties', 'states', 'towns'];

/** Verbs whose "-s" form is no plural noun ("offers", "calls", "makes" are left out): "will provides" is a slip. */
export const VERBS_NEVER_NOUNS = [
  'provide',
  'ensure',
  'receive',
  'include',
  'deliver',
  'arrange',
  'confirm',
  'respond',
  'get',
  'give',
  'bring',
  'send',
  'come',
  'go',
  'help',
  'assist',
  'allow',
  'require',
  'contain',
  'become',
  'remain',
  'keep',
  'know',
  'understand',
  'try',
  'do',
  'refer',
  'apply',
  'prioritise',
  'prioritize',
  'accept',
  'agree',
  'arrive',
  'believe',
  'choose',
  'decide',
  'expect',
  'explain',
  'depend',
  'involve',
  'enjoy',
  'prefer',
  'happen',
];
/** Verbs a business looks forward to doing, written bare after "to": "we look forward to see you". "Work" and "help" are nouns too. */
export const VERBS_AFTER_LOOK_FORWARD_TO = [
  'see',
  'meet',
  'hear',
  'welcome',
  'serve',
  'speak',
  'receive',
  'talk',
  'chat',
  'show',
  'assist',
  'discuss',
  'host',
  'greet',
  'provide',
  'create',
  'celebrate',
  'give',
  'make',
  'get',
];
/** Verbs that take "a part of" as their complement: "proud to be apart of" meant "a part of". */
export const BEFORE_A_PART_OF = ['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being', 'become', 'becomes', 'became', 'feel', 'feels', "'re", '’re', "'m", '’m'];
/** Words before the noun "will" ("free will gives us a choice"), where it is no modal. */
export const ADJECTIVES_OF_WILL = ['free', 'good', 'ill', 'own', 'last', 'divine', 'political', 'strong', 'iron', "god's", 'god’s', "people's", 'people’s'];

/** Prepositions before a person counted with no article: "for customer who need" wants "customers". */
export const PREPOSITIONS_BEFORE_PERSON = ['for', 'to', 'from', 'with', 'among'];
/** People a business counts, singular → plural. */
export const PLURAL_OF_PERSON: Record<string, string> = Object.fromEntries(
  [
    'customer',
    'client',
    'patient',
    'student',
    'guest',
    'visitor',
    'member',
    'user',
    'buyer',
    'tenant',
    'landlord',
    'employee',
    'resident',
    'traveller',
    'traveler',
    'homeowner',
    'owner',
    'individual',
    'parent',
    'driver',
    'rider',
    'beginner',
    'senior',
    'adult',
  ]
    .map((person) => [person, `${person}s`])
    .concat([['person', 'people']]),
);
/** Verb forms that only a plural (or "I", "you") takes: "who need", "who are". */
export const PLURAL_ONLY_VERBS = [
  'are',
  'were',
  'have',
  'do',
  'need',
  'require',
  'want',
  'wish',
  'live',
  'own',
  'prefer',
  'like',
  'love',
  'enjoy',
  'seek',
  'value',
  'struggle',
  'suffer',
  'plan',
  'use',
  'travel',
  'come',
  'book',
  'visit',
  'work',
];

/** Comparatives in -er that "more" before them doubles; "later", "sooner" ("tell you more later") and nouns ("lighter", "cooler", "warmer") stay out. */
export const COMPARATIVES_IN_ER = [
  'better',
  'worse',
  'cheaper',
  'easier',
  'faster',
  'bigger',
  'larger',
  'greater',
  'higher',
  'lower',
  'newer',
  'older',
  'quicker',
  'safer',
  'stronger',
  'fresher',
  'cleaner',
  'longer',
  'smaller',
  'closer',
  'wider',
  'deeper',
  'brighter',
  'nicer',
  'simpler',
  'happier',
  'healthier',
  'busier',
  'tastier',
  'friendlier',
  'prettier',
  'heavier',
  'softer',
  'harder',
  'smarter',
];
/** Verbs that never modify a noun ("we are repair specialists" is right), so "we are" before one is a slip. */
export const BARE_VERBS_AFTER_ARE = ['specialize', 'specialise', 'provide', 'deliver', 'strive', 'ensure', 'offer', 'serve', 'aim', 'believe'];
/** Businesses and places counted like "COUNTED_NOUNS": "one of the best restaurant" wants "restaurants". "Team" and "family" stay out ("one of the team"). */
export const COUNTED_PLACES = ['company', 'business', 'restaurant', 'shop', 'store', 'hotel', 'provider', 'supplier', 'brand', 'firm', 'destination', 'venue'];
/** Adjectives without a telling ending that stand between "one of the" and its noun: "one of the most popular". */
export const ADJECTIVES_IN_ONE_OF = ['most', 'top', 'leading', 'main', 'major', 'popular', 'new', 'local', 'favourite', 'favorite', 'first', 'best', 'few', 'many', 'great', 'good', 'old', 'very', 'finest', 'premier'];

/** Verbs written with a preposition they never take, each form with the phrase meant: "discuss about" is "discuss". */
export const EXTRA_PREPOSITIONS: Record<string, string> = {
  'discuss about': 'discuss',
  'discusses about': 'discusses',
  'discussed about': 'discussed',
  'discussing about': 'discussing',
  'cope up with': 'cope with',
  'copes up with': 'copes with',
  'coped up with': 'coped with',
  'coping up with': 'coping with',
  'emphasise on': 'emphasise',
  'emphasises on': 'emphasises',
  'emphasised on': 'emphasised',
  'emphasising on': 'emphasising',
  'emphasize on': 'emphasize',
  'emphasizes on': 'emphasizes',
  'emphasized on': 'emphasized',
  'emphasizing on': 'emphasizing',
  'look forward for': 'look forward to',
  'looks forward for': 'looks forward to',
  'looking forward for': 'looking forward to',
};
/** "contact to us", "reach to you": the verb takes its object directly. Only after a word that wants a verb, since "a point of contact to you" is a noun. */
export const VERBS_WITHOUT_TO = ['contact', 'reach'];
export const BEFORE_VERB_WITHOUT_TO = ['please', 'kindly', 'to', 'can', 'could', 'will', 'would', 'should', 'may', 'must', 'you', 'we', 'i', 'simply', 'just'];
/**
 * Predicates that follow "you're" in a clause of condition or care: "if your ready.", "make sure your satisfied with".
 * Each may stand before a noun too ("your new home"), so the rule asks that the phrase end or a preposition follow.
 */
export const PREDICATES_AFTER_YOURE = [
  'ready',
  'satisfied',
  'happy',
  'unhappy',
  'eligible',
  'new',
  'unsure',
  'sure',
  'worried',
  'concerned',
  'comfortable',
  'free',
  'busy',
  'late',
  'done',
  'finished',
  'looking',
  'planning',
];
/** Words that open such a clause before "your". "Interested in", "able to", "ready to" have a rule of their own. */
export const BEFORE_YOURE_CLAUSE = ['if', 'when', 'once', 'sure', 'until', 'unless', 'because', 'whether', 'whenever'];
/** What follows the predicate when it is one: a preposition or "to" ("if your looking for", "when your ready to"). */
export const AFTER_YOURE_PREDICATE = ['to', 'for', 'with', 'about', 'in', 'at', 'on'];
/** Things a thing has, after a preposition and "it's": "known by it's name" is the possessive "its". */
export const OWNED_BY_IT = [
  'name',
  'original',
  'size',
  'shape',
  'colour',
  'color',
  'quality',
  'history',
  'staff',
  'customers',
  'clients',
  'team',
  'products',
  'services',
  'price',
  'prices',
  'value',
  'location',
  'website',
  'design',
  'features',
  'members',
  'owner',
  'owners',
  'id',
  'ID',
  'way',
];
/** Prepositions after which "it's" with a thing owned is the possessive. */
export const BEFORE_ITS_OWNED = ['by', 'from', 'of', 'for', 'with', 'in', 'into', 'on', 'about', 'under', 'through', 'within', 'to', 'at'];
/** What one "effects" (brings about): "we will effect your transfer" is right, so these stay silent after "effect your". */
export const THINGS_BROUGHT_ABOUT = [
  'change',
  'changes',
  'transfer',
  'transfers',
  'repair',
  'repairs',
  'release',
  'payment',
  'payments',
  'purchase',
  'entry',
  'escape',
  'cure',
  'settlement',
  'delivery',
  'sale',
  'recovery',
  'return',
  'plan',
  'plans',
  'wishes',
  'instructions',
];
/** Adjectives of willingness after "more then … to": "more then happy to help" compares ("more than happy"). */
export const WILLING_AFTER_MORE = ['happy', 'willing', 'glad', 'pleased', 'delighted'];
/** Subjects that open a clause after a sentence-initial "Than", which is "Then" ("Than we pack your order"). */
export const SUBJECT_PRONOUNS = ['we', 'you', 'they', 'I', 'he', 'she', 'it'];
/** Plurals one counts, never measures: "the amount of days" is "the number of days". */
export const COUNTED_AFTER_AMOUNT = [
  'days',
  'weeks',
  'months',
  'years',
  'hours',
  'minutes',
  'nights',
  'times',
  'people',
  'persons',
  'guests',
  'children',
  'kids',
  'students',
  'customers',
  'clients',
  'visitors',
  'members',
  'employees',
  'participants',
  'attendees',
  'patients',
  'dogs',
  'cats',
  'pets',
  'items',
  'visits',
  'sessions',
  'classes',
  'lessons',
  'rooms',
  'bookings',
  'orders',
  'questions',
  'cars',
  'vehicles',
  'trips',
  'appointments',
];
/** Units of a length of time or way that, before a noun, make a hyphenated adjective in the singular: "a 15-minute walk". */
export const UNITS_BEFORE_NOUN: Record<string, string> = {
  minutes: 'minute',
  mins: 'min',
  hours: 'hour',
  hrs: 'hr',
  days: 'day',
  weeks: 'week',
  months: 'month',
  years: 'year',
  nights: 'night',
  miles: 'mile',
};
/** Nouns such a unit measures: "a 15 minutes grace period", "a 30 days trial". */
export const MEASURED_NOUNS = [
  'grace',
  'notice',
  'period',
  'walk',
  'drive',
  'ride',
  'wait',
  'session',
  'course',
  'class',
  'lesson',
  'appointment',
  'stay',
  'trip',
  'tour',
  'break',
  'delay',
  'window',
  'guarantee',
  'warranty',
  'trial',
  'programme',
  'program',
  'package',
  'interval',
  'cancellation',
  'hike',
  'journey',
  'flight',
  'treatment',
  'massage',
  'consultation',
  'visit',
  'rental',
  'hire',
  'commitment',
  'contract',
  'membership',
  'radius',
];
/** Verbs in their base form that follow "lie back", "lie down": "lay back and relax" is "lie back". */
export const VERBS_AFTER_LYING_BACK = ['relax', 'enjoy', 'unwind', 'rest', 'let', 'listen', 'breathe'];
/** Words that open a sentence and take a comma; the word after the comma is not a sentence's first and is written small. */
export const OPENERS_BEFORE_COMMA = [
  'However',
  'Therefore',
  'Also',
  'Additionally',
  'Unfortunately',
  'Alternatively',
  'Furthermore',
  'Moreover',
  'Otherwise',
  'Instead',
  'Please note',
  'In addition',
  'Of course',
  'For example',
  'As well',
];
/** Words a slip writes capital after such an opener's comma: "However, You can call us". "I" and names stay capital. */
export const CAPITALISED_AFTER_OPENER = ['You', 'We', 'They', 'It', 'Our', 'Your', 'Their', 'The', 'This', 'There', 'If', 'Please', 'All'];
/** Full names of the weekdays: "$5 Tuesday's!" is a plural written with an apostrophe. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/**
 * Means of paying, contacting or travelling that a list after "by" names: "pay by cash or card". "By or card" is
 * that list with its first item lost.
 */
export const MEANS_AFTER_BY = [
  'cash',
  'card',
  'cards',
  'credit',
  'debit',
  'check',
  'cheque',
  'cheques',
  'checks',
  'paypal',
  'venmo',
  'zelle',
  'bank',
  'transfer',
  'phone',
  'telephone',
  'email',
  'e-mail',
  'mail',
  'post',
  'text',
  'sms',
  'fax',
  'appointment',
  'car',
  'bus',
  'train',
  'bike',
  'taxi',
  'boat',
  'foot',
];
/** Words after which "by" is an adverb, so "stop by or call" and "close by and easy to reach" are right. */
export const BEFORE_BY_ADVERB = [
  'stop',
  'stops',
  'stopped',
  'stopping',
  'drop',
  'drops',
  'dropped',
  'dropping',
  'come',
  'comes',
  'came',
  'coming',
  'swing',
  'swinging',
  'pop',
  'pops',
  'popping',
  'pass',
  'passes',
  'passed',
  'passing',
  'go',
  'goes',
  'went',
  'gone',
  'going',
  'walk',
  'walking',
  'drive',
  'driving',
  'run',
  'stand',
  'standing',
  'get',
  'getting',
  'call',
  'close',
  'near',
  'nearby',
  'right',
  'sit',
  'zip',
  'fly',
  'flew',
  'roll',
];
/** Participles that a present "is" or "have" takes before "… ago": "if the booking is made 2 hours ago" wants the past. */
export const PARTICIPLES_BEFORE_AGO = [
  'made',
  'done',
  'paid',
  'sent',
  'built',
  'taken',
  'given',
  'held',
  'bought',
  'sold',
  'written',
  'seen',
  'found',
  'told',
  'put',
  'set',
  'left',
  'brought',
  'begun',
  'started',
  'opened',
  'founded',
  'established',
  'booked',
  'placed',
  'received',
  'cancelled',
  'canceled',
  'scheduled',
  'created',
  'renovated',
  'completed',
  'purchased',
  'ordered',
  'requested',
  'submitted',
  'confirmed',
  'changed',
  'moved',
];
/** Heads a "that" clause may describe in the singular, so its verb takes "-s": "a package that include" is "includes". */
export const SINGULAR_RELATIVE_HEADS = [...COUNTED_NOUNS, 'session', 'class', 'course', 'programme', 'program', 'plan', 'process', 'procedure', 'experience', 'environment', 'approach'];
/** Verbs that make an "-ing" word after them a noun: "we do grooming that…". */
export const BEFORE_GERUND_NOUN = ['do', 'does', 'did', 'offer', 'offers', 'provide', 'provides', 'perform', 'performs', 'deliver', 'delivers'];
/**
 * Base verbs that may open a "that" clause about such a head; the word after those that are also nouns must start
 * an object or a prepositional phrase, so "that result" as a noun ("proud of that result.") stays out.
 */
export const VERBS_IN_RELATIVE_CLAUSE = [
  'result',
  'include',
  'provide',
  'require',
  'help',
  'make',
  'take',
  'leave',
  'give',
  'offer',
  'cover',
  'suit',
  'fit',
  'meet',
  'match',
  'cost',
  'last',
  'lead',
  'cause',
  'allow',
  'keep',
  'bring',
  'ensure',
  'reduce',
  'improve',
  'protect',
  'prevent',
  'promote',
  'contain',
  'involve',
  'focus',
  'combine',
  'work',
  'deliver',
  'create',
  'remove',
  'restore',
];
/** Words that open the object or phrase after such a verb: "that result in", "that include a". */
export const OBJECT_STARTS = [
  'in',
  'to',
  'for',
  'with',
  'on',
  'from',
  'into',
  'a',
  'an',
  'the',
  'your',
  'our',
  'their',
  'you',
  'us',
  'them',
  'it',
  'his',
  'her',
  'its',
  'every',
  'each',
  'all',
  'any',
  'both',
  'more',
  'less',
  'everything',
  'everyone',
  'over',
  'about',
  'at',
  'up',
  'around',
  'through',
  'until',
];
/** Payment brands of five letters or more, as their owners write them: a word one slip away in a list of ways to pay is a typo. */
export const PAYMENT_BRANDS = ['PayPal', 'Venmo', 'Zelle', 'Mastercard', 'Maestro', 'Klarna', 'Afterpay', 'Interac', 'Alipay'];
/** Ways to pay that a brand stands beside in a list: "cash, card or PayPal". */
export const PAYMENT_TERMS = ['cash', 'card', 'cards', 'check', 'checks', 'cheque', 'cheques', 'transfer', 'Visa', 'Amex', 'Discover', 'Apple Pay', 'Google Pay', 'Cash App'];
/** What a price or a time varies with: "fees are variable on the size of the dog" is "vary with the size". */
export const WHAT_PRICES_VARY_WITH = ['size', 'weight', 'breed', 'length', 'type', 'condition', 'coat', 'number', 'amount', 'complexity', 'scope', 'age', 'distance', 'duration'];
/** Words of a sentence about fur or hair, where "matts" is the tangles, "mats": "brush out matts and tangles". */
export const WORDS_ABOUT_FUR = [
  'brush',
  'brushing',
  'brushed',
  'comb',
  'combing',
  'combed',
  'coat',
  'coats',
  'fur',
  'hair',
  'tangles',
  'tangled',
  'knots',
  'dematt',
  'dematting',
  'shave',
  'shaved',
  'shaving',
  'groom',
  'grooming',
  'groomer',
  'clip',
  'clipped',
  'dog',
  'dogs',
  'cat',
  'cats',
  'pet',
  'pets',
];
/** Verbs of a plan made together: "we will work you to develop a schedule" lost its "with". */
export const VERBS_OF_PLANNING = ['develop', 'create', 'design', 'plan', 'find', 'build', 'achieve', 'choose', 'agree', 'set', 'tailor', 'make', 'arrange', 'schedule'];
/**
 * Prepositions that may tie a plural to a singular before it: "the fee for the lessons that covers insurance"
 * describes the fee. A "that" clause after them is left alone when its verb could agree with that singular.
 */
export const PREPOSITIONS_AFTER_A_HEAD = [
  'for',
  'with',
  'in',
  'on',
  'at',
  'from',
  'to',
  'by',
  'about',
  'over',
  'under',
  'into',
  'through',
  'during',
  'after',
  'before',
  'without',
  'within',
  'between',
  'among',
  'across',
  'around',
  'per',
];

// Words lost from a sentence and a sentence that runs on (engine/checks/sentences-en.ts).
/** Verbs that "make" takes with an object before them: "help you make look" lost its "you" or "it". */
export const VERBS_AFTER_MAKE_OBJECT = ['look', 'feel', 'seem', 'sound', 'appear', 'taste', 'smell'];
/** Words before "make" that show it is the verb ("to make", "we make", "will make"), never a car's or a brand's make. */
export const BEFORE_VERB_MAKE = ['to', 'we', 'you', 'they', 'i', 'will', 'can', 'could', 'would', 'should', 'may', 'might', 'must', 'help', 'helps', 'let', "let's", 'let’s', 'and', 'always', 'really', 'truly'];
/** Nouns "same" qualifies only with "the" before it: "enjoy same level of quality" lost its article. */
export const NOUNS_AFTER_THE_SAME = [
  'level',
  'quality',
  'standard',
  'standards',
  'care',
  'attention',
  'way',
  'price',
  'prices',
  'rate',
  'rates',
  'results',
  'treatment',
  'experience',
  'team',
  'staff',
  'location',
  'address',
  'person',
  'people',
];
/** Verbs and prepositions that take a noun phrase, so "same" after them wants "the" ("with same care"; "same day service" is a compound). */
export const BEFORE_THE_SAME = [
  'enjoy',
  'enjoys',
  'get',
  'gets',
  'receive',
  'receives',
  'offer',
  'offers',
  'provide',
  'provides',
  'keep',
  'keeps',
  'maintain',
  'maintains',
  'deliver',
  'delivers',
  'give',
  'gives',
  'expect',
  'with',
  'at',
  'in',
  'of',
  'for',
  'from',
  'by',
  'on',
];
/** Verbs before a colon and a list: "carriers are: A, B and C are all accepted" says its verb twice. */
export const LIST_OPENING_VERBS = ['are', 'include', 'includes', 'were'];
/** Last parts of compound adjectives that say what kind a thing is ("perc-free", "plant-based"): after "which a" they describe, with no verb. */
export const KIND_COMPOUND_ENDINGS = ['free', 'friendly', 'based', 'safe', 'proof', 'resistant', 'certified', 'approved', 'owned', 'run'];
/** Prepositions that open a sentence before "which": "In which a gluten-free diet helps" has "a" open the clause's own subject. */
export const PREPOSITIONS_BEFORE_WHICH = ['in', 'on', 'at', 'for', 'by', 'with', 'from', 'to', 'of', 'during', 'after', 'before', 'through', 'under', 'over', 'upon', 'into', 'within', 'without', 'about'];

/** What "it is" leads to, so "Its a…" stands for "It's a…". */
export const AFTER_ITS_MEANING_IT_IS = ['a', 'an', 'the', 'not', 'been', 'never', 'always', 'so'];
/** "its very own", "its very first": a possessive goes on after "very". */
export const OWNED_AFTER_ITS_VERY = ['own', 'first', 'last', 'best', 'beginning', 'nature', 'existence', 'heart', 'core', 'essence', 'name'];
/** "Its time to", "its easy for": "it is" before "to" or "for". */
export const BEFORE_TO_AFTER_ITS = ['time', 'easy', 'hard'];

/** What "we are" is followed by at a sentence start, so "Were happy to help" stands for "We're". */
export const AFTER_WERE_MEANING_WE_ARE = ['happy', 'proud', 'excited', 'delighted', 'pleased', 'thrilled', 'committed', 'dedicated', 'passionate', 'here', 'open', 'closed', 'located', 'based'];
/** What may follow such a predicate: "Were open until 6", "Were based in Leeds". */
export const AFTER_WE_ARE_PREDICATE = ['to', 'in', 'on', 'at', 'for', 'from', 'with', 'and', 'until', 'till', 'every', 'daily', 'today', 'now'];
