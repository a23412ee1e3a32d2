import type { Morphology, WordParse } from '../text/morphology';
import {
  ADVERBIAL_CONJUNCTIONS,
  CLAUSE_SUBJECTS,
  DEGREE_BEFORE_SO,
  MANNER_AFTER_SO_AS,
  NO_COMMA_BEFORE_ADVERBIAL,
  NOT_CLAUSE_AFTER,
  CLAUSE_TAKING_VERBS,
  HOW_IDIOMS,
  NEED_WORDS,
  NO_COMMA_BEFORE_PURPOSE,
  NOT_CLAUSE_AFTER_WHERE,
  PART_NOUNS,
  PLACE_RELATIVES,
  PREPOSITION_NOUNS,
  PRONOUN_WHAT_AFTER,
  PURPOSE_CONJUNCTIONS,
  RELATIVE_OPENERS,
  SUBORDINATORS,
} from '../lexicon/ru/conjunction-commas';
import { NOMINATIVE_PRONOUNS } from '../lexicon/ru/punctuation';
import { words, type WordToken } from '../text/segment';
import { type AgreementHit, isLower, lower, onlySpaceBetween } from './agreement';
import { markHit } from './punctuation-ru';

const WHY = {
  purpose: { ru: 'придаточное цели отделяется запятой', en: 'a clause of purpose is set off by a comma' },
  object: { ru: 'придаточное с «что» после глагола отделяется запятой', en: 'a clause with «что» after a verb is set off by a comma' },
  place: { ru: 'придаточное места после существительного отделяется запятой', en: 'a clause of place after its noun is set off by a comma' },
  clauses: { ru: 'запятая ставится перед «и», соединяющим два предложения', en: 'a comma goes before «и» joining two clauses' },
  relative: { ru: 'придаточное с «который» отделяется запятой', en: 'a clause with «который» is set off by a comma' },
  how: { ru: 'придаточное с «как» после глагола отделяется запятой', en: 'a clause with «как» after a verb is set off by a comma' },
  mannerPurpose: { ru: '«так» относится к главному предложению: запятая ставится перед «чтобы»', en: '«так» belongs to the main clause: the comma goes before «чтобы»' },
  leadingPurpose: { ru: 'придаточное цели в начале предложения отделяется запятой', en: 'a clause of purpose opening the sentence is set off by a comma' },
};

const isFiniteVerb = (parses: readonly WordParse[]) => parses.length > 0 && parses.every((p) => ['VERB', 'ADJS', 'PRTS', 'PRED'].includes(p.pos));
/** The words of the clause before `at`: back to the sentence's start or the nearest mark. */
function clauseBefore(text: string, tokens: WordToken[], at: number): WordToken[] {
  let first = at;
  while (first > 0 && /^[ \u00a0]+$/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first -= 1;
  return tokens.slice(first, at);
}

/**
 * "Оформите заявку и мы перезвоним": «и» before a personal pronoun and its verb joins a second
 * clause to a first that has a verb of its own. Not after a word that may be nominative (then «и»
 * may join two subjects: "врачи и мы готовы"), nor in a clause opened by a subordinating word, whose
 * two clauses «и» joins without a comma ("если вы устали и мы можем помочь").
 */
function joinsTwoClauses(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const subject = tokens[at + 1];
  if (!subject || !CLAUSE_SUBJECTS.has(lower(subject))) return false;
  // One pronoun or adverb may stand before the verb: "и мы вам перезвоним", "и вы обязательно получите".
  const verbAt = [at + 2, at + 3].find((k) => tokens[k] && isFiniteVerb(morphology.parse(tokens[k]!.text)));
  if (verbAt === undefined || !tokens.slice(at + 1, verbAt).every((word, k, run) => !run[k + 1] || onlySpaceBetween(text, word, run[k + 1]!))) return false;
  if (!onlySpaceBetween(text, tokens[verbAt - 1]!, tokens[verbAt]!)) return false;
  if (verbAt === at + 3 && !morphology.parse(tokens[at + 2]!.text).some((p) => p.pos === 'NPRO' || p.pos === 'ADVB')) return false;
  const clause = clauseBefore(text, tokens, at);
  if (clause.length < 2 || clause.some((word) => SUBORDINATORS.has(lower(word)))) return false;
  const beforeParses = morphology.parse(tokens[at - 1]!.text);
  if (beforeParses.length === 0 || beforeParses.some((p) => p.grammemes.has('nomn') || p.pos === 'CONJ' || p.pos === 'PRCL')) return false;
  return clause.some((word) => isFiniteVerb(morphology.parse(word.text)));
}

/** "Чтобы записаться нужно…": a sentence opened by «Чтобы» and run on with no comma into its main clause's word of need. */
function runsOnFromPurpose(text: string, tokens: WordToken[], at: number): boolean {
  const clause = clauseBefore(text, tokens, at);
  const opener = clause[0];
  if (!opener || lower(opener) !== 'чтобы' || clause.length < 3 || !NEED_WORDS.has(lower(tokens[at]))) return false;
  return /(?:^|[.!?…]\s*)$/u.test(text.slice(Math.max(0, opener.start - 3), opener.start)) && lower(tokens[at - 1]) !== 'не';
}

const isIndicative = (parses: readonly WordParse[]) => parses.length > 0 && parses.every((p) => p.pos === 'VERB') && parses.some((p) => p.grammemes.has('indc'));

/**
 * "Напишите как будет удобно", "узнайте как мы работаем", "знаем как добраться": «как» after an
 * imperative or a verb of knowing opens a clause when a verb, a subject pronoun and its verb, or an
 * infinitive follows. "как можно скорее", "как наличными, так и картой", "оставьте как есть" are no clauses.
 */
function opensHowClause(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const before = morphology.parse(tokens[at - 1]!.text);
  const afterVerb = CLAUSE_TAKING_VERBS.has(lower(tokens[at - 1])) || (before.length > 0 && before.every((p) => p.pos === 'VERB') && before.some((p) => p.grammemes.has('impr')));
  const next = tokens[at + 1]!;
  if (!afterVerb || HOW_IDIOMS.has(lower(next))) return false;
  const nextParses = morphology.parse(next.text);
  if (isIndicative(nextParses) || (nextParses.length > 0 && nextParses.every((p) => p.pos === 'INFN'))) return true;
  const verb = tokens[at + 2];
  return NOMINATIVE_PRONOUNS.has(lower(next)) && verb !== undefined && onlySpaceBetween(text, next, verb) && isIndicative(morphology.parse(verb.text));
}

const isPlainNoun = (word: WordToken, morphology: Morphology) => {
  const parses = morphology.parse(word.text);
  return parses.length > 0 && parses.every((p) => p.pos === 'NOUN') && !PART_NOUNS.has(lower(word));
};

/**
 * "Выберите тариф который вам подходит", "дом в котором мы работаем": a relative clause right after
 * its noun, with no comma before «который» or its preposition. The word that lacks the comma after
 * it, or -1.
 */
function beforeRelativeClause(text: string, tokens: WordToken[], at: number, morphology: Morphology): number {
  const [noun, word] = [tokens[at - 1], tokens[at]!];
  if (!noun || !onlySpaceBetween(text, noun, word)) return -1;
  if (RELATIVE_OPENERS.has(lower(word))) return isPlainNoun(noun, morphology) ? at - 1 : -1;
  const relative = tokens[at + 1];
  const preposition = morphology.parse(word.text);
  if (!relative || !/^котор/u.test(lower(relative)) || !onlySpaceBetween(text, word, relative) || !preposition.some((p) => p.pos === 'PREP')) return -1;
  // «для пород, шерсть у которых длинная»: a noun right after a comma may open the clause itself.
  const opensClause = /,\s*$/u.test(text.slice(0, noun.start));
  return isPlainNoun(noun, morphology) && !PREPOSITION_NOUNS.has(lower(noun)) && !opensClause ? at - 1 : -1;
}

const VERB_KINDS = ['VERB', 'INFN'];
/** With short participles and gerunds, the verb forms «так» may tell the manner of ("сделано так", "делая так"). */
const MANNER_KINDS = [...VERB_KINDS, 'PRTS', 'GRND'];

/** The word at `at` comes right after a verb form of `kinds` ("сделать так", "устроим так"). */
function followsVerb(text: string, tokens: WordToken[], at: number, morphology: Morphology, kinds = VERB_KINDS): boolean {
  const verb = tokens[at - 1];
  if (!verb || !onlySpaceBetween(text, verb, tokens[at]!)) return false;
  const parses = morphology.parse(verb.text);
  return parses.length > 0 && parses.every((p) => kinds.includes(p.pos));
}

/** The conjunction of an adverbial clause that starts at `at`, its words joined by spaces only, or undefined. */
function adverbialConjunctionAt(text: string, tokens: WordToken[], at: number): readonly string[] | undefined {
  return ADVERBIAL_CONJUNCTIONS.find((phrase) => phrase.every((word, k) => lower(tokens[at + k]) === word && (k === 0 || onlySpaceBetween(text, tokens[at + k - 1]!, tokens[at + k]!))));
}

/**
 * "Исходники не отдаём так как это чужой труд", "закрыто поскольку идёт ремонт", "звоните если
 * возникнут вопросы": a clause of cause, condition, concession or time in mid-sentence with no
 * comma before its lower-case conjunction; why the comma goes there, or null. Not at a sentence's
 * start or after a mark (the word before is joined by spaces), nor after a word that leans on the
 * conjunction.
 * «так как» after a verb may compare ("делаем так, как вам удобно"): judged there only when «не»
 * denies the verb, and never before a word of manner ("так, как надо").
 */
function adverbialClauseWhy(text: string, tokens: WordToken[], at: number, morphology: Morphology): { ru: string; en: string } | null {
  const before = tokens[at - 1];
  if (!before || !isLower(tokens[at]!) || !onlySpaceBetween(text, before, tokens[at]!) || NO_COMMA_BEFORE_ADVERBIAL.has(lower(before))) return null;
  const phrase = adverbialConjunctionAt(text, tokens, at);
  const next = phrase && tokens[at + phrase.length];
  if (!phrase || !next || !onlySpaceBetween(text, tokens[at + phrase.length - 1]!, next)) return null;
  if (NOT_CLAUSE_AFTER[phrase.at(-1)!]?.has(lower(next))) return null;
  const why = { ru: `придаточное с союзом «${phrase.join(' ')}» отделяется запятой`, en: `a clause opened by «${phrase.join(' ')}» is set off by a comma` };
  if (phrase[0] !== 'так') return why;
  if (DEGREE_BEFORE_SO.has(lower(before)) || MANNER_AFTER_SO_AS.has(lower(next))) return null;
  return !followsVerb(text, tokens, at, morphology, MANNER_KINDS) || lower(tokens[at - 2]) === 'не' ? why : null;
}

/** Which comma, if any, the conjunction at `at` lacks after the word before it. */
function missingComma(text: string, tokens: WordToken[], at: number, morphology: Morphology): { ru: string; en: string } | null {
  const [before, word, after] = [tokens[at - 1], tokens[at]!, tokens[at + 1]];
  if (!before || !after || !onlySpaceBetween(text, before, word) || !onlySpaceBetween(text, word, after)) return null;
  const conjunction = lower(word);
  const previous = lower(before);
  if (PURPOSE_CONJUNCTIONS.has(conjunction)) {
    if (previous === 'так' && followsVerb(text, tokens, at - 1, morphology)) return WHY.mannerPurpose;
    return NO_COMMA_BEFORE_PURPOSE.has(previous) ? null : WHY.purpose;
  }
  if (conjunction === 'что') return (CLAUSE_TAKING_VERBS.has(previous) || previous === 'тем') && !PRONOUN_WHAT_AFTER.has(lower(after)) ? WHY.object : null;
  if (conjunction === 'как') return opensHowClause(text, tokens, at, morphology) ? WHY.how : null;
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
    const why =
      missingComma(text, tokens, at, morphology) ??
      (lower(token) === 'и' && at > 0 && onlySpaceBetween(text, tokens[at - 1]!, token) && joinsTwoClauses(text, tokens, at, morphology) ? WHY.clauses : null) ??
      adverbialClauseWhy(text, tokens, at, morphology) ??
      (at > 0 && runsOnFromPurpose(text, tokens, at) ? WHY.leadingPurpose : null) ??
      (beforeRelativeClause(text, tokens, at, morphology) >= 0 ? WHY.relative : null);
    if (why) hits.push(markHit(text, tokens[at - 1]!, token, ',', why));
  });
  return hits;
}
