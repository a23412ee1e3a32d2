/** Pieces the English rules' patterns are written with. */
import { phrasesSource, type WordList } from '../lexicon/compile';

/** A word list as the English rules spell it (engine/lexicon/compile.ts): a space in a phrase is one space. */
export const oneOf = (words: WordList) => phrasesSource([words], { space: ' ' });
/** No letter, apostrophe or hyphen next to the match: "can't" and "well-made" are no words of their own. */
export const START = String.raw`(?<![\p{L}\d'’-])`;
export const END = String.raw`(?![\p{L}\d'’-])`;
/** "for" or "For": a lowercase word list matched at a sentence start too. */
export const eitherCase = (words: WordList) => phrasesSource([words], { space: ' ', eitherCase: true });
/** A sentence opens here: the text's start, or a stop and a space, past a closing quote. */
export const SENTENCE_START = String.raw`(?:^|(?<=[.!?:;•|\n]["”’)]?\s+))`;
