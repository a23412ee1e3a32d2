/**
 * British and American spellings of one word. A page keeps to one variety; a word of the other among many of its
 * own is a slip. Only words each variety spells its own way are listed: "-ize" is British too (Oxford), "license"
 * is the British verb, "meter" a British device, "cancelled", "grey" and "catalogue" are American too.
 */

/** Stems in "-our"/"-or" and the endings their forms take: "colour", "coloured", "colourful". */
const OUR_STEMS = ['behavi', 'col', 'fav', 'hon', 'lab', 'neighb', 'flav', 'hum', 'harb', 'rum', 'od', 'vap', 'arm', 'endeav', 'parl', 'sav', 'vig', 'tum', 'cand', 'clam', 'splend', 'ferv', 'val'];
const OUR_ENDINGS = ['', 's', 'ed', 'ing', 'al', 'ally', 'ful', 'less', 'able', 'ably', 'ite', 'ites', 'hood', 'hoods', 'ist', 'ists', 'y'];

/** Other pairs, written out: British first. */
const WRITTEN_PAIRS: [string, string][] = [
  ['centre', 'center'],
  ['centres', 'centers'],
  ['centred', 'centered'],
  ['theatre', 'theater'],
  ['theatres', 'theaters'],
  ['litre', 'liter'],
  ['litres', 'liters'],
  ['fibre', 'fiber'],
  ['fibres', 'fibers'],
  ['calibre', 'caliber'],
  ['sombre', 'somber'],
  ['lustre', 'luster'],
  ['manoeuvre', 'maneuver'],
  ['defence', 'defense'],
  ['defences', 'defenses'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['pretence', 'pretense'],
  ['jewellery', 'jewelry'],
  ['jeweller', 'jeweler'],
  ['jewellers', 'jewelers'],
  ['pyjamas', 'pajamas'],
  ['travelled', 'traveled'],
  ['travelling', 'traveling'],
  ['traveller', 'traveler'],
  ['travellers', 'travelers'],
  ['labelled', 'labeled'],
  ['labelling', 'labeling'],
  ['modelling', 'modeling'],
  ['counsellor', 'counselor'],
  ['counsellors', 'counselors'],
  ['counselling', 'counseling'],
  ['fuelled', 'fueled'],
  ['enrolment', 'enrollment'],
  ['enrolments', 'enrollments'],
  ['skilful', 'skillful'],
  ['instalment', 'installment'],
  ['instalments', 'installments'],
];

/**
 * British spellings with no American twin to flag: they tell the page's variety only. Canadian English writes
 * "colour" and "centre" but "aluminum" and "analyze", so those twins are never flagged.
 */
const BRITISH_ONLY_SIGNS = [
  'licence',
  'licences',
  'aluminium',
  'analyse',
  'analysed',
  'analysing',
  'metre',
  'metres',
  'programme',
  'programmes',
  'cheque',
  'cheques',
  'tyre',
  'tyres',
  'kerb',
  'practise',
  'practised',
  'practising',
  'whilst',
];
/** Stems of verbs Americans write only with "-ize": "organised", "characterised" tell a British page. */
const ISE_STEMS = [
  'organis',
  'realis',
  'recognis',
  'specialis',
  'personalis',
  'apologis',
  'characteris',
  'prioritis',
  'customis',
  'optimis',
  'minimis',
  'maximis',
  'categoris',
  'authoris',
  'finalis',
  'utilis',
  'visualis',
  'sanitis',
  'moisturis',
  'summaris',
  'standardis',
  'memoris',
  'familiaris',
  'harmonis',
  'revitalis',
  'stabilis',
  'sterilis',
  'normalis',
  'criticis',
  'socialis',
  'modernis',
  'localis',
  'hospitalis',
  'popularis',
];
const ISE_ENDINGS = ['e', 'es', 'ed', 'ing', 'ation', 'ations', 'er', 'ers'];

/** Each British form and its American twin. */
export const BRITISH_TO_AMERICAN: Record<string, string> = Object.fromEntries([...OUR_STEMS.flatMap((stem) => OUR_ENDINGS.map((ending) => [`${stem}our${ending}`, `${stem}or${ending}`])), ...WRITTEN_PAIRS]);
/** British forms that tell the variety without a twin to flag. */
export const BRITISH_SIGNS = new Set([...BRITISH_ONLY_SIGNS, ...ISE_STEMS.flatMap((stem) => ISE_ENDINGS.map((ending) => `${stem}${ending}`))]);
