/** Words of Russian addresses, as phrases for ../compile.ts (`*` any ending). */
import type { WordList } from '../compile';

/** Street type words in every abbreviation and case: «улица», «ул», «пр-т», «набережной». */
export const STREET_TYPES: WordList = [
  'улиц*',
  'ул',
  'проспект*',
  'пр-т',
  'просп',
  'пр',
  'переул*',
  'пер',
  'шоссе',
  'ш',
  'бульвар*',
  'б-р',
  'бул',
  'набережн*',
  'наб',
  'площад*',
  'пл',
  'проезд*',
  'пр-д',
  'тупик*',
  'алле*',
  'лини*',
];
