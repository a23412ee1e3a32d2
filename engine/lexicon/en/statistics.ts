/** English words of a statistic about customers ("9 out of 10 customers come back"), as phrases for ../compile.ts. */
import type { WordList } from '../compile';

/** Who the statistic counts. */
export const CUSTOMERS: WordList = ['customers', 'clients', 'patients', 'guests'];
/** What they are said to do: recommend, choose, come back. */
export const CUSTOMERS_APPROVE: WordList = ['recommend*', 'return*', 'come back', 'choose', 'are satisfied', 'love'];
/** "Our" before them. */
export const OUR: WordList = ['our'];

/** What says a claim has a source: "according to", "survey", "winner of" (read inside words too). */
export const SOURCE_CUES: WordList = ['according to', 'source:', 'survey', 'rated by', 'voted', 'named by', 'winner of', 'award'];
