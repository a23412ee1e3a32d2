/**
 * Word lists into regular expressions: the one way a list of phrases in engine/lexicon/ru/ or
 * engine/lexicon/en/ becomes a pattern, so a list grows by a line of data and never by another
 * lookahead. (Token-level matching of stems, for profile phrases and claims, is `compilePhrase` in
 * engine/text/stems.ts; this is for the patterns that scan raw text.)
 *
 * A phrase is written as a reader writes it, with a few marks:
 * - `стоимост*`  a stem: any letters may follow ("стоимость", "стоимости");
 * - a space      one or more spaces between words (or what `space` says: the English rules take one);
 * - `same~day`   a space or a hyphen between words ("same day", "same-day");
 * - `[extra]`    an optional word, `[extra|additional]` one of several or none ("at no [extra] cost");
 * - `ё`          also matches «е», as Russian is mostly printed.
 * Anything else stands for itself (dots, hyphens, apostrophes are escaped).
 */

/** A list of phrases, and phrases that must not match where they begin ("сразу", but not "сразу после"). */
export type WordList = readonly string[] | { readonly phrases: readonly string[]; readonly except: readonly string[] };

const phrasesOf = (list: WordList): readonly string[] => ('phrases' in list ? list.phrases : list);
const exceptionsOf = (list: WordList): readonly string[] => ('except' in list ? list.except : []);

const escapeLiteral = (text: string) =>
  text
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/ё/g, '[её]')
    .replace(/Ё/g, '[ЕЁ]');

/** One word of a phrase: letters, escaped, and `*` for any ending. */
function wordSource(word: string): string {
  if (!word) throw new Error(`lexicon: an empty word in a phrase (two spaces, or a space at an end?)`);
  const stem = word.endsWith('*');
  const letters = stem ? word.slice(0, -1) : word;
  if (letters.includes('*')) throw new Error(`lexicon: "*" may only end a word, found in "${word}"`);
  return escapeLiteral(letters) + (stem ? String.raw`\p{L}*` : '');
}

/** A word joined by `~` to the next ("out~of~hours") is one token whose joins are a space or a hyphen. */
const joinedWordSource = (word: string) => word.split('~').map(wordSource).join(String.raw`[\s-]`);

/** What a space in a phrase matches unless told: any run of white space. */
const ANY_SPACES = String.raw`\s+`;

/** The words of a phrase or of one choice of an optional part, each followed by spaces but the last. */
const wordsInOrder = (text: string, space: string) => text.trim().split(/\s+/).map(joinedWordSource).join(space);

/** "[extra|additional]" → "extra" or "additional". */
const choicesSource = (inner: string, space: string) => {
  const choices = inner.split('|').map((choice) => wordsInOrder(choice, space));
  return choices.length === 1 ? choices[0]! : `(?:${choices.join('|')})`;
};

/**
 * A phrase as a pattern source, without boundaries. A word is followed by spaces unless it ends the
 * phrase or only an optional part does; an optional part inside carries its own spaces after it.
 */
export function phraseSource(phrase: string, space = ANY_SPACES): string {
  const tokens = phrase.trim().match(/\[[^\]]*\]|[^\s[\]]+/g) ?? [];
  const isOptional = (token: string | undefined) => token?.startsWith('[') ?? false;
  if (tokens.every(isOptional)) throw new Error(`lexicon: the phrase "${phrase}" has no word that must be there`);
  return tokens
    .map((token, index) => {
      const isLast = index === tokens.length - 1;
      if (isOptional(token)) {
        const inner = choicesSource(token.slice(1, -1), space);
        return isLast ? `(?:${space}${inner})?` : `(?:${inner}${space})?`;
      }
      const endsPhrase = isLast || (index === tokens.length - 2 && isOptional(tokens[index + 1]));
      return joinedWordSource(token) + (endsPhrase ? '' : space);
    })
    .join('');
}

/** Longer phrases first, so "in less than" is taken before "in" where both would do. */
const longestFirst = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length);

function alternation(lists: readonly WordList[], sourceOf: (phrase: string) => string): string {
  const phrases = [...new Set(longestFirst(lists.flatMap(phrasesOf)).map(sourceOf))];
  if (phrases.length === 0) throw new Error('lexicon: a word list is empty');
  const exceptions = lists.flatMap(exceptionsOf).map(sourceOf);
  const guard = exceptions.length > 0 ? `(?!${exceptions.join('|')})` : '';
  return guard ? `(?:${guard}(?:${phrases.join('|')}))` : `(?:${phrases.join('|')})`;
}

/** How the phrases of a list are spelt out where a pattern's own conventions differ from the default. */
export interface SpellingOptions {
  /** What a space in a phrase matches: any run of white space unless told (`' '` for the English rules' one space). */
  space?: string;
  /** Each phrase's first letter in either case: lower-case lists in a case-sensitive pattern ("Can i", "can i"). */
  eitherCase?: boolean;
}

const firstLetterEitherCase = (source: string) => source.replace(/^\p{Ll}/u, (letter) => `[${letter.toUpperCase()}${letter}]`);

/**
 * The lists' phrases as one non-capturing alternation (longest first), with a lookahead that drops
 * a match where an exception begins, spelt as the options say. For patterns that keep their own
 * structure (numbers, punctuation, boundaries) around the words.
 */
export function phrasesSource(lists: readonly WordList[], { space = ANY_SPACES, eitherCase = false }: SpellingOptions = {}): string {
  return alternation(lists, (phrase) => (eitherCase ? firstLetterEitherCase(phraseSource(phrase, space)) : phraseSource(phrase, space)));
}

/** `phrasesSource` with the default spelling: any run of spaces between words. */
export function wordsSource(...lists: WordList[]): string {
  return phrasesSource(lists);
}

/** The same, each phrase's first letter in either case. */
export function wordsSourceEitherCase(...lists: WordList[]): string {
  return phrasesSource(lists, { eitherCase: true });
}

/** What may not stand right before or after a match: a letter by default (Cyrillic and Latin alike). */
export interface WordPatternOptions {
  /** Regex flags; case-insensitive Unicode unless told. */
  flags?: string;
  /** A character class of what may not touch the match, e.g. String.raw`[\p{L}\d]`. */
  edge?: string;
}

/** The lists as a pattern matching whole phrases only: "чат" in "чат с нами", not in "чатланин". */
export function wordPattern(lists: readonly WordList[], { flags = 'iu', edge = String.raw`\p{L}` }: WordPatternOptions = {}): RegExp {
  return new RegExp(`(?<!${edge})${wordsSource(...lists)}(?!${edge})`, flags);
}
