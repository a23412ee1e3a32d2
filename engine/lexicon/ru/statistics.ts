/** Russian words of a statistic about customers («80% клиентов рекомендуют нас»), as phrases for ../compile.ts. */
import type { WordList } from '../compile';

/** Who the statistic counts. */
export const CUSTOMERS: WordList = ['клиент*', 'пациент*', 'гост*', 'покупател*', 'посетител*'];
/** What they are said to do: recommend, choose, come back. */
export const CUSTOMERS_APPROVE: WordList = ['рекоменд*', 'выбира*', 'доволь*', 'довол*', 'возвраща*', 'приход* снова'];
/** "Our" before them. */
export const OUR: WordList = ['наших'];

/** What says a claim has a source: «по данным», «согласно», «рейтинг», «лауреат» (read inside words too). */
export const SOURCE_CUES: WordList = [
  'по данным',
  'по версии',
  'по результатам',
  'по итогам',
  'по мнению',
  'согласно',
  'источник',
  'исследовани*',
  'рейтинг*',
  'опрос*',
  'премия',
  'премии',
  'призна*',
  'победител*',
  'лауреат*',
];
