import type { Morphology, WordParse } from '../text/morphology';
import { PREPOSITIONAL_GERUNDS } from '../text/lexicon/government-ru';
import { sentences, words, type WordToken } from '../text/segment';
import type { AgreementHit } from './agreement';

const every = (parses: readonly WordParse[], test: (p: WordParse) => boolean) => parses.length > 0 && parses.every(test);
const some = (parses: readonly WordParse[], test: (p: WordParse) => boolean) => parses.some(test);

const isGerund = (p: WordParse) => p.pos === 'GRND';
const isShortPassive = (p: WordParse) => p.pos === 'PRTS' && p.grammemes.has('pssv');
/** Someone who could be the doer of the opening gerund: a pronoun or a noun of a person in the nominative. */
const isDoer = (p: WordParse) => (p.pos === 'NPRO' || (p.pos === 'NOUN' && p.grammemes.has('anim'))) && p.grammemes.has('nomn');
const isThingSubject = (p: WordParse) => p.pos === 'NOUN' && p.grammemes.has('inan') && p.grammemes.has('nomn');

/**
 * "Обращаясь к нам, замена экрана будет произведена": a sentence that opens with a gerund must go
 * on with its doer; here a thing is done instead (a short passive participle with a thing for its
 * subject). Judged only when no person or pronoun stands in the main clause to be the doer, and the
 * gerund is not one used as a preposition ("Учитывая сроки, цена будет снижена").
 */
export function danglingGerundHits(text: string, morphology: Morphology): AgreementHit[] {
  const tokens = words(text, 'ru');
  const hits: AgreementHit[] = [];
  // One walk over the words for all sentences: a block may hold a hundred thousand of them.
  let first = 0;
  for (const sentence of sentences(text, 'ru')) {
    while (first < tokens.length && tokens[first]!.start < sentence.start) first++;
    let last = first;
    while (last < tokens.length && tokens[last]!.end <= sentence.end) last++;
    // Only a sentence whose first word is a gerund is read further.
    const opening = tokens[first];
    if (opening && opening.end <= sentence.end && GERUND_ENDING.test(opening.text)) {
      const hit = danglingIn(text, tokens.slice(first, last), morphology);
      if (hit) hits.push(hit);
    }
    first = last;
  }
  return hits;
}

/** Russian gerunds end so ("обращаясь", "оплатив", "приехав", "записавшись"): a cheap test before the grammar. */
const GERUND_ENDING = /(?:а|я|в|вши|вшись|ясь|ась)$/iu;

function danglingIn(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit | null {
  const opening = tokens[0];
  if (!opening || PREPOSITIONAL_GERUNDS.has(opening.text.toLowerCase()) || !every(morphology.parse(opening.text), isGerund)) return null;
  const comma = text.indexOf(',', opening.end);
  if (comma < 0) return null;
  const main = tokens.filter((t) => t.start > comma);
  const parses = main.map((t) => morphology.parse(t.text));
  const passive = parses.findIndex((p) => every(p, isShortPassive));
  if (passive < 0 || parses.some((p) => some(p, isDoer)) || !parses.slice(0, passive + 1).some((p) => some(p, isThingSubject))) return null;
  const quote = text.slice(opening.start, main[passive]!.end);
  return {
    start: opening.start,
    end: main[passive]!.end,
    message: {
      ru: `«${quote}»: деепричастный оборот должен относиться к тому, кто действует, а здесь действие совершается над предметом — например, «${opening.text}…, вы получите…»`,
      en: `"${quote}": the opening gerund phrase has no doer in the sentence — the main clause is passive, about a thing`,
    },
  };
}
