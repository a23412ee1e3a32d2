/** Words of English addresses, as phrases for ../compile.ts. */
import type { WordList } from '../compile';

/** Street type words and their abbreviations: "Street", "St", "Blvd", "Mews". */
export const STREET_TYPES: WordList = [
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'square', 'sq', 'place', 'prospekt', 'prospect', 'boulevard', 'blvd',
  'embankment', 'way', 'drive', 'terrace', 'row', 'gardens', 'crescent', 'close', 'mews', 'court', 'ct', 'trail', 'parkway', 'pkwy',
  'highway', 'hwy', 'plaza',
];
