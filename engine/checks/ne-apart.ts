import type { Morphology, WordParse } from '../text/morphology';
import { NE_APART_BEFORE, NE_APART_CONTRAST, NE_APART_WORDS, NE_PREDICATE_BEFORE, NE_SOLID_PREDICATES } from '../lexicon/ru/ne-apart';
import { words, type WordToken } from '../text/segment';
import { agrees, type AgreementHit, isCyrillicWord, isLower, judgeable, onlySpaceBetween } from './agreement';

const lower = (token: WordToken | undefined) => token?.text.toLowerCase().replace(/ё/g, 'е') ?? '';
/** Punctuation that ends the sentence a negation belongs to. */
const SENTENCE_END = /[.!?;:]/;

/**
 * A full adjective that is no pronoun or ordinal ("такой", "первый"): one «не» may join. A
 * participle keeps a verb's sense and often its own contrast ("(не окрашенные панели)" in a
 * price list beside the painted ones), so it is left alone.
 */
function isPlainAttribute(word: WordToken, parses: readonly WordParse[]): boolean {
  if (!isCyrillicWord(word) || !isLower(word) || NE_APART_WORDS.has(lower(word))) return false;
  return judgeable(parses, ['ADJF']) && !parses.some((p) => p.grammemes.has('Apro') || p.grammemes.has('Anum'));
}

/**
 * The noun the adjective at `at` stands before, past at most two more adjectives ("не
 * оригинальные идентичные запчасти"), agreeing with it; else the adjective is a predicate or
 * has words of its own, and «не» may be meant apart.
 */
function attributedNoun(text: string, tokens: WordToken[], at: number, morphology: Morphology): WordToken | null {
  const adjective = morphology.parse(tokens[at]!.text);
  for (let k = at + 1; k <= at + 3 && k < tokens.length; k++) {
    if (!onlySpaceBetween(text, tokens[k - 1]!, tokens[k]!) || !isCyrillicWord(tokens[k]!)) return null;
    const parses = morphology.parse(tokens[k]!.text);
    if (judgeable(parses, ['NOUN'])) return adjective.some((a) => parses.some((n) => agrees(a, n))) ? tokens[k]! : null;
    if (!judgeable(parses, ['ADJF'])) return null;
  }
  return null;
}

/** The words of the sentence around the token at `at`, bounded by a full stop, a semicolon or a colon. */
function sentenceAround(text: string, tokens: WordToken[], at: number): WordToken[] {
  let first = at;
  while (first > 0 && !SENTENCE_END.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--;
  let last = at;
  while (last + 1 < tokens.length && !SENTENCE_END.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) last++;
  return tokens.slice(first, last + 1);
}

/** A negation said on purpose: an intensifier or contrast before «не», a contrast or another negation in its sentence. */
function isMeantApart(text: string, tokens: WordToken[], at: number, before: ReadonlySet<string>): boolean {
  if (before.has(lower(tokens[at - 1]))) return true;
  return sentenceAround(text, tokens, at).some((token) => token !== tokens[at] && NE_APART_CONTRAST.has(lower(token)));
}

/**
 * Whether «не» at `at` and the word after it make one word: a predicate always written solid
 * ("невозможно"), or a plain adjective before its noun whose solid form the dictionary knows.
 */
function joinsSolid(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const word = tokens[at + 1]!;
  // "это не возможно": a predicate after "это" or "было" is still written solid; "не возможно ли…?" asks, apart.
  if (NE_SOLID_PREDICATES.has(lower(word))) return isLower(word) && lower(tokens[at + 2]) !== 'ли' && !isMeantApart(text, tokens, at, NE_PREDICATE_BEFORE);
  if (!isPlainAttribute(word, morphology.parse(word.text))) return false;
  if (!morphology.parse(`${tokens[at]!.text}${word.text}`).some((p) => p.pos === 'ADJF')) return false;
  return !!attributedNoun(text, tokens, at + 1, morphology) && !isMeantApart(text, tokens, at, NE_APART_BEFORE);
}

/**
 * "не оригинальные запчасти" → "неоригинальные": «не» before a full adjective that describes the
 * noun after it is written solid when nothing contrasts with it and the solid word is in the
 * dictionary.
 */
export function neApartHits(text: string, morphology: Morphology): AgreementHit[] {
  const tokens = words(text, 'ru');
  const hits: AgreementHit[] = [];
  tokens.forEach((ne, i) => {
    const adjective = tokens[i + 1];
    if (lower(ne) !== 'не' || !adjective || !onlySpaceBetween(text, ne, adjective) || !joinsSolid(text, tokens, i, morphology)) return;
    const solid = `${ne.text}${adjective.text}`;
    const quote = text.slice(ne.start, adjective.end);
    hits.push({
      start: ne.start,
      end: adjective.end,
      suggestion: solid,
      message: {
        ru: `«${quote}» → «${solid}»: «не» с прилагательным без противопоставления пишется слитно`,
        en: `"${quote}" → "${solid}": Russian writes «не» solid with an adjective when nothing contrasts with it`,
      },
    });
  });
  return hits;
}
