/** English words the typography check reads, as phrases for ../compile.ts. */
import type { WordList } from '../compile';

/** Verbs after which a small "i" is the pronoun: "can i get", "i have". */
export const VERBS_AFTER_I: WordList = [
  'am',
  'have',
  'had',
  'was',
  'will',
  'would',
  'can',
  'could',
  'do',
  'did',
  'get',
  'need',
  'want',
  'think',
  'know',
  'love',
  'like',
  'hope',
  'just',
  'really',
  'also',
  'should',
  'must',
  'may',
  'might',
  'bought',
  'got',
  'went',
  'called',
  'found',
  'recommend',
  'tried',
];

/** Auxiliaries that ask a question before a small "i": "Can i", "should i". Written in lower case; a capital first letter also counts. */
export const AUXILIARIES_BEFORE_I: WordList = ['can', 'could', 'may', 'should', 'do', 'did', 'will', 'would', 'shall', 'am', 'have'];
