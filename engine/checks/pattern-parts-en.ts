/** Pieces the English rules' patterns are written with. */

export const oneOf = (words: readonly string[]) => words.join('|');
/** No letter, apostrophe or hyphen next to the match: "can't" and "well-made" are no words of their own. */
export const START = String.raw`(?<![\p{L}\d'’-])`;
export const END = String.raw`(?![\p{L}\d'’-])`;
/** "for" or "For": a lowercase word list matched at a sentence start too. */
export const eitherCase = (words: readonly string[]) => words.map((word) => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`).join('|');
/** A sentence opens here: the text's start, or a stop and a space, past a closing quote. */
export const SENTENCE_START = String.raw`(?:^|(?<=[.!?:;•|\n]["”’)]?\s+))`;
