import type { Morphology } from '../text/morphology';
import {
  CLAUSE_TAKING_VERBS, NO_COMMA_BEFORE_PURPOSE, NOT_CLAUSE_AFTER_WHERE, PLACE_RELATIVES, PRONOUN_WHAT_AFTER, PURPOSE_CONJUNCTIONS,
} from '../text/lexicon/conjunction-commas-ru';
import { words, type WordToken } from '../text/segment';
import { type AgreementHit, lower, onlySpaceBetween } from './agreement';
import { markHit } from './punctuation-ru';

const WHY = {
  purpose: { ru: 'придаточное цели отделяется запятой', en: 'a clause of purpose is set off by a comma' },
  object: { ru: 'придаточное с «что» после глагола отделяется запятой', en: 'a clause with «что» after a verb is set off by a comma' },
  place: { ru: 'придаточное места после существительного отделяется запятой', en: 'a clause of place after its noun is set off by a comma' },
};

/** Which comma, if any, the conjunction at `at` lacks after the word before it. */
function missingComma(text: string, tokens: WordToken[], at: number, morphology: Morphology): { ru: string; en: string } | null {
  const [before, word, after] = [tokens[at - 1], tokens[at]!, tokens[at + 1]];
  if (!before || !after || !onlySpaceBetween(text, before, word) || !onlySpaceBetween(text, word, after)) return null;
  const conjunction = lower(word);
  const previous = lower(before);
  if (PURPOSE_CONJUNCTIONS.has(conjunction)) return NO_COMMA_BEFORE_PURPOSE.has(previous) ? null : WHY.purpose;
  if (conjunction === 'что') return (CLAUSE_TAKING_VERBS.has(previous) || previous === 'тем') && !PRONOUN_WHAT_AFTER.has(lower(after)) ? WHY.object : null;
  if (PLACE_RELATIVES.has(conjunction) && !NOT_CLAUSE_AFTER_WHERE.has(lower(after))) {
    const parses = morphology.parse(before.text);
    return parses.length > 0 && parses.every((p) => p.pos === 'NOUN') ? WHY.place : null;
  }
  return null;
}

/**
 * A subordinate clause run on with no comma before its conjunction: "Звоните чтобы узнать",
 * "понимаете что он не протянет", "хорош тем что", "колодца где находится врезка". Only where
 * the word before leaves one reading; a hyphen ("что-то") keeps the word whole, not a conjunction.
 */
export function conjunctionCommaHits(text: string, morphology: Morphology): AgreementHit[] {
  const tokens = words(text, 'ru');
  const hits: AgreementHit[] = [];
  tokens.forEach((token, at) => {
    if (text[token.end] === '-') return;
    const why = missingComma(text, tokens, at, morphology);
    if (why) hits.push(markHit(text, tokens[at - 1]!, token, ',', why));
  });
  return hits;
}
