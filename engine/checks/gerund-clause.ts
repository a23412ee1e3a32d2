import { anyReading, everyReading, type Morphology, type WordParse } from '../text/morphology';
import { PREPOSITIONAL_GERUNDS } from '../lexicon/ru/government';
import { sentences, words, type WordToken } from '../text/segment';
import { type AgreementHit, isCyrillicWord, isLower, onlySpaceBetween } from './agreement';
import { markHit } from './punctuation-ru';

const isGerund = (p: WordParse) => p.pos === 'GRND';
const isShortPassive = (p: WordParse) => p.pos === 'PRTS' && p.grammemes.has('pssv');
/** Someone who could be the doer of the opening gerund: a pronoun or a noun of a person in the nominative. */
const isDoer = (p: WordParse) => (p.pos === 'NPRO' || (p.pos === 'NOUN' && p.grammemes.has('anim'))) && p.grammemes.has('nomn');
const isThingSubject = (p: WordParse) => p.pos === 'NOUN' && p.grammemes.has('inan') && p.grammemes.has('nomn');

/**
 * Two slips of a sentence that opens with a gerund phrase: the phrase left open, with no comma
 * before the main clause ("Выбирая нашу компанию вы получаете"); and a gerund with no doer
 * ("Обращаясь к нам, замена экрана будет произведена"). And a gerund phrase inside a sentence
 * with no comma before it ("соберёт шкаф выбирая модули").
 */
export function gerundClauseHits(text: string, morphology: Morphology): AgreementHit[] {
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
    if (opening && opening.end <= sentence.end && GERUND_ENDING.test(opening.text) && opensWithGerund(opening, morphology)) {
      const clause = tokens.slice(first, last);
      const hit = unclosedIn(text, clause, morphology) ?? danglingIn(text, clause, morphology);
      if (hit) hits.push(hit);
    }
    first = last;
  }
  return [...hits, ...unopenedGerundPhrases(text, tokens, morphology)];
}

/**
 * "можно выбрать функциональность выбирая нужные модули" → "функциональность, выбирая": a gerund
 * phrase inside a sentence is set off by a comma. Judged only for a gerund with words of its own after
 * it, right after a noun, an adjective or a verb: after an adverb or a pronoun ("при этом сохраняя")
 * the comma may belong before them, and after «и», «не», a preposition there is none.
 */
function unopenedGerundPhrases(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((gerund, i) => {
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    if (!before || !after || !GERUND_ENDING.test(gerund.text) || !isLower(gerund) || !isLower(after)) return;
    if (!onlySpaceBetween(text, before, gerund) || !onlySpaceBetween(text, gerund, after) || !isCyrillicWord(before)) return;
    if (!opensWithGerund(gerund, morphology)) return;
    const beforeParses = morphology.parse(before.text);
    if (beforeParses.length === 0 || !everyReading(beforeParses, (p) => ['NOUN', 'ADJF', 'PRTF', 'VERB', 'INFN'].includes(p.pos))) return;
    if (!verbBefore(text, tokens, i, morphology)) return;
    hits.push(
      markHit(text, before, gerund, ',', {
        ru: 'деепричастный оборот внутри предложения выделяется запятыми',
        en: 'Russian sets off a gerund phrase inside a sentence with commas',
      }),
    );
  });
  return hits;
}

/** How far back a gerund's sentence is read for its verb. */
const VERB_REACH = 15;

/**
 * A verb between the sentence's start and the gerund at `at`: the main clause is there, so the
 * gerund opens a phrase of its own. With none, the words before may be the phrase's own ("С
 * завидной регулярностью обновляя каталог, мы…"), and the comma belongs after it.
 */
function verbBefore(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  for (let k = at - 1; k >= 0 && k >= at - VERB_REACH; k--) {
    const parses = morphology.parse(tokens[k]!.text);
    if (parses.length > 0 && everyReading(parses, (p) => p.pos === 'VERB' || p.pos === 'INFN')) return true;
    if (k === 0 || /[.!?…\n]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  }
  return false;
}

const opensWithGerund = (opening: WordToken, morphology: Morphology) =>
  !PREPOSITIONAL_GERUNDS.has(opening.text.toLowerCase()) && !ADVERBIAL_GERUNDS.has(opening.text.toLowerCase()) && everyReading(morphology.parse(opening.text), isGerund);

/** Gerunds that have become adverbs or idioms and take no comma: "Молча мы слушали", "работаем сломя голову". */
const ADVERBIAL_GERUNDS: ReadonlySet<string> = new Set([
  'молча',
  'стоя',
  'сидя',
  'лежа',
  'лёжа',
  'шутя',
  'нехотя',
  'играючи',
  'крадучись',
  'умеючи',
  'сломя',
  'очертя',
  'затаив',
  'засучив',
  'сложа',
  'скрепя',
  'разинув',
  'высунув',
  'спустя',
]);

/** Personal pronouns that open a main clause as its subject. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['я', 'ты', 'мы', 'вы', 'он', 'она', 'оно', 'они']);

/** Words that open a clause inside the phrase ("Тестируя, как они работают"): a pronoun after one is that clause's. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'как',
  'что',
  'чтобы',
  'когда',
  'где',
  'куда',
  'если',
  'пока',
  'почему',
  'зачем',
  'сколько',
  'какой',
  'какая',
  'какое',
  'какие',
  'который',
  'которая',
  'которое',
  'которые',
  'ли',
  'чем',
]);

/** How many words a gerund phrase may run before its main clause is looked for. */
const GERUND_PHRASE_REACH = 8;

/**
 * "Выбирая нашу компанию вы приобретаете": a gerund phrase with a word of its own, then a subject
 * pronoun and its verb with no mark between — the comma that closes the phrase is missing.
 */
function unclosedIn(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit | null {
  for (let k = 2; k < tokens.length - 1 && k <= GERUND_PHRASE_REACH; k++) {
    if (/[^\p{L}\d\s«»"-]/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) || CLAUSE_OPENERS.has(tokens[k - 1]!.text.toLowerCase())) return null;
    if (!SUBJECT_PRONOUNS.has(tokens[k]!.text.toLowerCase()) || !anyReading(morphology.parse(tokens[k + 1]!.text), (p) => p.pos === 'VERB')) continue;
    const before = tokens[k - 1]!;
    return {
      start: before.start,
      end: tokens[k]!.end,
      message: {
        ru: `«${text.slice(before.start, tokens[k]!.end)}»: деепричастный оборот в начале предложения отделяется запятой`,
        en: `"${text.slice(before.start, tokens[k]!.end)}": Russian closes an opening gerund phrase with a comma`,
      },
      suggestion: `${before.text}, ${tokens[k]!.text}`,
    };
  }
  return null;
}

/** Russian gerunds end so ("обращаясь", "оплатив", "приехав", "записавшись"): a cheap test before the grammar. */
const GERUND_ENDING = /(?:а|я|в|вши|вшись|ясь|ась)$/iu;

/**
 * "Обращаясь к нам, замена экрана будет произведена": the main clause must go on with the gerund's
 * doer; here a thing is done instead (a short passive participle with a thing for its subject).
 * Judged only when no person or pronoun stands in the main clause to be the doer, and the gerund is
 * not one used as a preposition ("Учитывая сроки, цена будет снижена").
 */
function danglingIn(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit | null {
  const opening = tokens[0]!;
  const comma = text.indexOf(',', opening.end);
  if (comma < 0) return null;
  const main = tokens.filter((t) => t.start > comma);
  const parses = main.map((t) => morphology.parse(t.text));
  const passive = parses.findIndex((p) => everyReading(p, isShortPassive));
  if (passive < 0 || parses.some((p) => anyReading(p, isDoer)) || !parses.slice(0, passive + 1).some((p) => anyReading(p, isThingSubject))) return null;
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
