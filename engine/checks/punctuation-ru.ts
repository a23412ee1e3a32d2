import { anyReading, everyReading, type Morphology, type WordParse } from '../text/morphology';
import {
  AMOUNT_PREPOSITIONS,
  BEFORE_PARENTHETICAL_EXCLUDED,
  BOUND_BEFORE_THAN,
  JOINING_IMPERATIVES,
  NEGATED_BOUND_BEFORE_THAN,
  CLAUSE_OPENERS,
  CLAUSE_PREDICATIVES,
  DEGREE_WORDS,
  MODAL_PREDICATIVES,
  NOMINATIVE_PRONOUNS,
  OPENING_PARENTHETICALS,
  PARENTHETICAL_PHRASES,
  PARENTHETICAL_TAILS,
  PARENTHETICALS_BEFORE_SUBJECT,
  PREDICATE_LEADS,
  QUESTION_WORDS,
  TIME_SPAN_PREPOSITIONS,
  TIME_UNITS,
} from '../lexicon/ru/punctuation';
import { words, type WordToken } from '../text/segment';
import { agrees, type AgreementHit, isCyrillicWord, isLower, judgeable, lower, onlySpaceBetween, UNSURE } from './agreement';

/** A reading that is no name, abbreviation or indeclinable word, whose grammemes can be trusted. */
const sure = (p: WordParse) => !UNSURE.some((g) => p.grammemes.has(g));
const isNominative = (p: WordParse) => p.grammemes.has('nomn');
/** A personal verb form (OpenCorpora keeps infinitives, participles and gerunds apart). */
const isVerb = (p: WordParse) => p.pos === 'VERB';
/** A gap between two words that ends a sentence or a line: the next word starts one. */
const SENTENCE_GAP = /[.!?…\n]/;
/** How many words a subject or a phrase is looked for over: bounded, so every rule stays linear. */
const REACH = 6;
/** How many words a subject before «это» may have ("создавать настроение и сделать приятное близким"). */
const SUBJECT_REACH = 10;
/** «и» joining two parts of one subject, read as no part of speech of its own. */
const AND: readonly WordParse[] = [];

/** A comma or dash missing or extra next to the word at `at`, or null. */
type Rule = (text: string, tokens: WordToken[], at: number, morphology: Morphology) => AgreementHit | null;

/** The hit for a mark put in (`mark` after `left`) or taken out (`mark` empty, the comma after `left` removed). */
export function markHit(text: string, left: WordToken, right: WordToken, mark: string, why: { ru: string; en: string }): AgreementHit {
  const quote = text.slice(left.start, right.end);
  const between = text.slice(left.end, right.start);
  const fixed = mark === '' ? `${left.text}${between.replace(/\s*,/, '')}${right.text}` : `${left.text}${mark}${between.trimStart() === '' ? ' ' : between}${right.text}`;
  return {
    start: left.start,
    end: right.end,
    suggestion: fixed,
    message: { ru: `«${quote}» → «${fixed}»: ${why.ru}`, en: `"${quote}" → "${fixed}": ${why.en}` },
  };
}

/** Words `from`…`to` stand side by side with only spaces between them. */
function joined(text: string, tokens: WordToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!onlySpaceBetween(text, tokens[k]!, tokens[k + 1]!)) return false;
  return true;
}

/** The word at `at` opens a sentence: nothing before it in the block, or a full stop or line break. */
const opensSentence = (text: string, tokens: WordToken[], at: number) => (at === 0 ? /^[\s«"„]*$/u.test(text.slice(0, tokens[0]!.start)) : SENTENCE_GAP.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start)));

/** Readings a word may have after a participle as a word of its own phrase ("выполненные в технике", "изготавливающих мебель"). */
const DEPENDENT_KINDS = ['PREP', 'NOUN', 'NPRO', 'ADVB', 'NUMR', 'INFN', 'ADJF'];
/** A word that may belong to the participle: no verb of a new clause, no «и» joining the participle to something else. */
const isDependent = (parses: readonly WordParse[]) => anyReading(parses, (p) => DEPENDENT_KINDS.includes(p.pos)) && !anyReading(parses, (p) => isVerb(p) || p.pos === 'CONJ');

/** An action noun ("приведения") may take a neuter participle as its object, "what was done" ("приведения введённого к числу"). */
const ACTION_NOUN = /(?:н|т)(?:ие|ия|ию|ием|ии)$/iu;
const isSubstantivised = (noun: WordToken, participle: readonly WordParse[]) => ACTION_NOUN.test(noun.text) && participle.some((p) => p.grammemes.has('neut') && p.grammemes.has('sing'));

/**
 * "витражи выполненные в технике…" → "витражи, выполненные…": a full participle with words of its
 * own after the noun it agrees with is set off by commas. Judged only when every reading of the
 * participle is a participle (no adjective homonym: "любимый", "известный"), the noun is no
 * preposition's object, and no later noun of the phrase agrees with the participle ("для дома
 * выбранные вами шторы": the participle stands before its own noun).
 */
const unsetParticipialPhrase: Rule = (text, tokens, at, morphology) => {
  const noun = tokens[at]!;
  let next = at + 1;
  if (DEGREE_WORDS.has(lower(tokens[next]))) next++;
  const participle = tokens[next];
  const dependent = tokens[next + 1];
  if (!participle || !dependent || !joined(text, tokens, at, next + 1)) return null;
  if (!isCyrillicWord(noun) || !isCyrillicWord(participle) || !isLower(participle)) return null;
  const participleParses = morphology.parse(participle.text);
  if (!judgeable(participleParses, ['PRTF'])) return null;
  const nounParses = morphology.parse(noun.text);
  if (!everyReading(nounParses, (p) => p.pos === 'NOUN') || !anyReading(nounParses, (n) => sure(n) && participleParses.some((p) => agrees(p, n)))) return null;
  if (isSubstantivised(noun, participleParses)) return null;
  if (at > 0 && anyReading(morphology.parse(tokens[at - 1]!.text), (p) => p.pos === 'PREP') && onlySpaceBetween(text, tokens[at - 1]!, noun)) return null;
  if (lower(dependent) !== 'не' && !isDependent(morphology.parse(dependent.text))) return null;
  if (ownNounAhead(text, tokens, next, participleParses, morphology)) return null;
  return markHit(text, noun, participle, ',', {
    ru: 'причастный оборот после определяемого слова выделяется запятыми',
    en: 'a participial phrase after the noun it describes is set off by commas',
  });
};

/**
 * A noun after the participle's own words that agrees with it: the participle stands before its
 * noun ("для дома выбранные вами шторы"). A noun right after a preposition or another noun is
 * a word of the phrase ("купленные в течение недели"), not its head.
 */
function ownNounAhead(text: string, tokens: WordToken[], participle: number, participleParses: readonly WordParse[], morphology: Morphology): boolean {
  let previous = morphology.parse(tokens[participle]!.text);
  for (let k = participle + 1; k < tokens.length && k <= participle + REACH && onlySpaceBetween(text, tokens[k - 1]!, tokens[k]!); k++) {
    const parses = morphology.parse(tokens[k]!.text);
    const governed = /\d/.test(tokens[k - 1]!.text) || anyReading(previous, (p) => p.pos === 'PREP' || p.pos === 'NOUN' || p.pos === 'NUMR');
    if (!governed && anyReading(parses, (n) => n.pos === 'NOUN' && sure(n) && participleParses.some((p) => agrees(p, n)))) return true;
    previous = parses;
  }
  return false;
}

/** The words of a noun phrase in the nominative: adjectives, then a noun, then words it governs. */
function isNominativeNounPhrase(phrase: (readonly WordParse[])[]): boolean {
  let k = 0;
  while (k < phrase.length && everyReading(phrase[k]!, (p) => p.pos === 'ADJF' || p.pos === 'PRTF')) k++;
  const head = phrase[k];
  if (!head || !everyReading(head, (p) => p.pos === 'NOUN') || !anyReading(head, (p) => sure(p) && isNominative(p))) return false;
  return phrase.slice(k + 1).every((word) => word === AND || everyReading(word, (p) => ['NOUN', 'ADJF', 'PREP', 'NUMR'].includes(p.pos)));
}

/**
 * An infinitive with words of its own ("сделать приятное близким"), or two joined by «и»: «это»
 * right after a lone infinitive may be its object ("сделать это").
 */
function isInfinitivePhrase(phrase: (readonly WordParse[])[]): boolean {
  if (phrase.length < 2 || !everyReading(phrase[0]!, (p) => p.pos === 'INFN') || phrase.at(-1) === AND) return false;
  return phrase.slice(1).every((word, k) => {
    if (word === AND) return true;
    const afterAnd = phrase[k] === AND;
    return afterAnd ? everyReading(word, (p) => p.pos === 'INFN') : !anyReading(word, (p) => isVerb(p) || p.pos === 'CONJ' || p.pos === 'INFN');
  });
}

/**
 * "Покупка цветов это всегда приятный подарок" → "цветов — это": a subject and a predicate that
 * are both nouns (or an infinitive), joined by «это», take a dash before it. Judged only for a
 * sentence that opens with the subject, «это» with no mark before it, and a noun in the
 * nominative after it with no verb of its own ("Мастер это платье сошьёт": «это» a demonstrative).
 */
const missingDashBeforeEto: Rule = (text, tokens, at, morphology) => {
  const eto = tokens[at]!;
  if (eto.text !== 'это' || at === 0 || !onlySpaceBetween(text, tokens[at - 1]!, eto)) return null;
  let first = at - 1;
  while (first > 0 && at - first < SUBJECT_REACH && onlySpaceBetween(text, tokens[first - 1]!, tokens[first]!)) first--;
  if (!opensSentence(text, tokens, first)) return null;
  const subject = tokens.slice(first, at);
  if (!subject.every(isCyrillicWord)) return null;
  const subjectParses = subject.map((word) => (lower(word) === 'и' ? AND : morphology.parse(word.text)));
  if (anyReading(subjectParses.at(-1)!, (p) => p.pos === 'PREP') || subjectParses.some((word) => word !== AND && word.length === 0)) return null;
  if (!isNominativeNounPhrase(subjectParses) && !isInfinitivePhrase(subjectParses)) return null;
  if (!predicateNounFollows(text, tokens, at, morphology)) return null;
  const before = tokens[at - 1]!;
  return markHit(text, before, eto, ' —', {
    ru: 'между подлежащим и сказуемым, выраженными существительными или неопределённой формой глагола, перед «это» ставится тире',
    en: 'Russian puts a dash before «это» between a subject and a predicate that are nouns or infinitives',
  });
};

/** After «это» at `at`: a noun in the nominative, past a lead word or adjectives, and no verb in the rest of the clause. */
function predicateNounFollows(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  let k = at + 1;
  while (k < tokens.length && k <= at + 2 && PREDICATE_LEADS.has(lower(tokens[k])) && onlySpaceBetween(text, tokens[k - 1]!, tokens[k]!)) k++;
  let head = -1;
  for (; k < tokens.length && k <= at + REACH && onlySpaceBetween(text, tokens[k - 1]!, tokens[k]!); k++) {
    const parses = morphology.parse(tokens[k]!.text);
    if (anyReading(parses, (p) => isVerb(p) || ['INFN', 'PRTS', 'ADJS', 'PRED', 'GRND'].includes(p.pos))) return false;
    if (head < 0 && everyReading(parses, (p) => p.pos === 'NOUN') && anyReading(parses, (p) => sure(p) && isNominative(p))) head = k;
    else if (head < 0 && !(everyReading(parses, (p) => ['ADJF', 'PRTF', 'NOUN'].includes(p.pos)) && anyReading(parses, isNominative))) return false;
  }
  return head >= 0;
}

/**
 * "не нужно ждать пока её изготовят" → "ждать, пока": a clause opened by «пока» after a verb is
 * set off by a comma. Judged only when a nominative pronoun, «не» or a verb follows «пока» (so
 * the conjunction, not the adverb "for now": "оформите пока заявку").
 */
const missingCommaBeforePoka: Rule = (text, tokens, at, morphology) => {
  const poka = tokens[at]!;
  const verb = tokens[at - 1];
  const next = tokens[at + 1];
  if (lower(poka) !== 'пока' || !verb || !next || !joined(text, tokens, at - 1, at + 1)) return null;
  if (!everyReading(morphology.parse(verb.text), (p) => isVerb(p) || p.pos === 'INFN')) return null;
  const opensClause =
    NOMINATIVE_PRONOUNS.has(lower(next)) ||
    lower(next) === 'не' ||
    everyReading(morphology.parse(next.text), isVerb) ||
    (anyReading(morphology.parse(next.text), (p) => p.pos === 'NPRO') && tokens[at + 2] !== undefined && onlySpaceBetween(text, next, tokens[at + 2]!) && everyReading(morphology.parse(tokens[at + 2]!.text), isVerb));
  if (!opensClause) return null;
  return markHit(text, verb, poka, ',', { ru: 'придаточное предложение с «пока» отделяется запятой', en: 'a clause opened by «пока» is set off by a comma' });
};

/**
 * "видно с каким усердием" → "видно, с каким": a question word after «видно», «ясно», «понятно»
 * opens a clause, set off by a comma. Not after a verb ("объяснит понятно"), where the word is an adverb.
 */
const missingCommaAfterPredicative: Rule = (text, tokens, at, morphology) => {
  const predicative = tokens[at]!;
  if (!CLAUSE_PREDICATIVES.has(lower(predicative))) return null;
  let k = at + 1;
  if (tokens[k] && anyReading(morphology.parse(tokens[k]!.text), (p) => p.pos === 'PREP')) k++;
  const question = tokens[k];
  if (!question || !QUESTION_WORDS.has(lower(question)) || !joined(text, tokens, at, k) || text[question.end] === '-') return null;
  const previous = tokens[at - 1];
  if (previous && anyReading(morphology.parse(previous.text), (p) => isVerb(p) || p.pos === 'INFN' || p.pos === 'CONJ') && lower(previous) !== 'было') return null;
  return markHit(text, predicative, tokens[at + 1]!, ',', {
    ru: `придаточное предложение после «${lower(predicative)}» отделяется запятой`,
    en: `a clause after «${lower(predicative)}» is set off by a comma`,
  });
};

/** A verb, a duty word or a short participle that agrees with the noun `subject` as its predicate. */
function isPredicateOf(predicate: WordToken, subject: readonly WordParse[], morphology: Morphology): boolean {
  const parses = morphology.parse(predicate.text);
  const modal = MODAL_PREDICATIVES.has(lower(predicate));
  // "может" is also the parenthetical «может, …»; the caller has made sure no comma follows it.
  const predicateReading = (p: WordParse) => (isVerb(p) && !p.grammemes.has('Impe') && !p.grammemes.has('impr')) || (p.pos === 'PRTS' && p.grammemes.has('pssv')) || p.grammemes.has('Prnt');
  if (!modal && (!everyReading(parses, predicateReading) || !anyReading(parses, (p) => !p.grammemes.has('Prnt')))) return false;
  return parses.some((p) => subject.some((n) => sure(n) && isNominative(n) && agreesAsPredicate(p, n)));
}

/** Number, and gender in the singular past and short forms; the present must be in the third person. */
function agreesAsPredicate(predicate: WordParse, subject: WordParse): boolean {
  const number = (p: WordParse) => (p.grammemes.has('plur') ? 'plur' : 'sing');
  if (number(predicate) !== number(subject)) return false;
  if (predicate.pos === 'VERB' && !predicate.grammemes.has('past')) return predicate.grammemes.has('3per');
  const gender = ['masc', 'femn', 'neut'].find((g) => predicate.grammemes.has(g));
  return number(subject) === 'plur' || !gender || subject.grammemes.has(gender) || subject.grammemes.has('ms-f');
}

/**
 * A noun in the nominative after the predicate at `at`, agreeing with it and governed by no
 * preposition: the predicate's own subject, the word before the comma an address or a heading
 * ("Внимание, изменилось расписание").
 */
function subjectAfter(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const predicate = morphology.parse(tokens[at]!.text);
  let previous = predicate;
  for (let k = at + 1; k < tokens.length && k <= at + REACH && onlySpaceBetween(text, tokens[k - 1]!, tokens[k]!); k++) {
    const parses = morphology.parse(tokens[k]!.text);
    const governed = anyReading(previous, (p) => p.pos === 'PREP');
    if (!governed && anyReading(parses, (n) => n.pos === 'NOUN' && sure(n) && isNominative(n) && predicate.some((p) => agreesAsPredicate(p, n)))) return true;
    previous = parses;
  }
  return false;
}

/** An adjective, or a pronoun-adjective that is also read as a pronoun ("любая", "каждая", "вся"). */
const isAttribute = (parses: readonly WordParse[]) => judgeable(parses, ['ADJF']) || (judgeable(parses, ['ADJF', 'NPRO']) && anyReading(parses, (p) => p.pos === 'ADJF' && p.grammemes.has('Apro')));

/**
 * "что кухонная мебель, должна изготавливаться" → "мебель должна": no comma parts a subject from
 * its predicate. Judged only for a subject that opens its sentence or a clause after «что»,
 * «чтобы», a thing (a person may be addressed: "Друзья, начались продажи"), a predicate that
 * agrees with it, and no second comma soon after that would close words put in ("мебель,
 * стоит сказать, …").
 */
const commaBetweenSubjectAndPredicate: Rule = (text, tokens, at, morphology) => {
  const noun = tokens[at]!;
  const predicate = tokens[at + 1];
  if (!predicate || !/^,[ \u00a0]+$/.test(text.slice(noun.end, predicate.start)) || !isLower(predicate)) return null;
  const nounParses = morphology.parse(noun.text);
  if (!judgeable(nounParses, ['NOUN']) || !nounParses.every((p) => p.grammemes.has('inan'))) return null;
  let first = at;
  while (first > 0 && at - first < REACH && onlySpaceBetween(text, tokens[first - 1]!, tokens[first]!) && isAttribute(morphology.parse(tokens[first - 1]!.text))) first--;
  const opener = tokens[first - 1];
  const opensClause = opensSentence(text, tokens, first) || (opener !== undefined && CLAUSE_OPENERS.has(lower(opener)) && onlySpaceBetween(text, opener, tokens[first]!));
  if (!opensClause) return null;
  const adjectivesAgree = tokens.slice(first, at).every((word) => morphology.parse(word.text).some((a) => nounParses.some((n) => agrees(a, n))));
  if (!adjectivesAgree || !isPredicateOf(predicate, nounParses, morphology) || subjectAfter(text, tokens, at + 1, morphology)) return null;
  const closing = text.slice(predicate.end, tokens[Math.min(at + 4, tokens.length - 1)]!.start);
  if (closing.includes(',') || closing.includes('—')) return null;
  return markHit(text, noun, predicate, '', {
    ru: 'подлежащее и сказуемое запятой не разделяются',
    en: 'Russian puts no comma between a subject and its predicate',
  });
};

/**
 * "и как показала практика, спорных ситуаций нет" → "и, как показала практика,": a parenthetical
 * closed by a comma must be opened by one. Judged only for fixed phrases, after a word that is
 * no correlative of a comparison ("так как правило …") and no «а», «но».
 */
const unopenedParenthetical: Rule = (text, tokens, at) => {
  const previous = tokens[at - 1];
  if (lower(tokens[at]) !== 'как' || !previous || !onlySpaceBetween(text, previous, tokens[at]!) || BEFORE_PARENTHETICAL_EXCLUDED.has(lower(previous))) return null;
  const phrase = PARENTHETICAL_PHRASES.find((words) => words.every((word, k) => lower(tokens[at + k]) === word) && joined(text, tokens, at, at + words.length - 1));
  if (!phrase) return null;
  const last = tokens[at + phrase.length - 1]!;
  if (!/^\s*,/.test(text.slice(last.end, last.end + 3))) return null;
  return markHit(text, previous, tokens[at]!, ',', {
    ru: `вводный оборот «${phrase.join(' ')}» выделяется запятыми с обеих сторон`,
    en: `the parenthetical «${phrase.join(' ')}» is set off by commas on both sides`,
  });
};

/**
 * "Конечно мы поможем" → "Конечно, мы": a word that opening a sentence can only be parenthetical
 * ("Кстати", "К сожалению") is closed by a comma before the sentence goes on; so is one that may
 * also be a predicate ("Возможно продление") when a subject pronoun follows ("Возможно мы задержимся").
 */
const unclosedOpeningParenthetical: Rule = (text, tokens, at) => {
  if (!opensSentence(text, tokens, at)) return null;
  const startsWith = (words: readonly string[]) => words.every((word, k) => lower(tokens[at + k]) === word) && joined(text, tokens, at, at + words.length - 1);
  const always = OPENING_PARENTHETICALS.find(startsWith);
  const phrase = always ?? PARENTHETICALS_BEFORE_SUBJECT.find(startsWith);
  if (!phrase) return null;
  const [last, next] = [tokens[at + phrase.length - 1]!, tokens[at + phrase.length]];
  if (!next || !onlySpaceBetween(text, last, next) || !isCyrillicWord(next) || PARENTHETICAL_TAILS.has(lower(next))) return null;
  if (!always && !NOMINATIVE_PRONOUNS.has(lower(next))) return null;
  return markHit(text, last, next, ',', {
    ru: `вводное слово «${phrase.join(' ')}» в начале предложения отделяется запятой`,
    en: `the parenthetical «${phrase.join(' ')}» opening a sentence is followed by a comma`,
  });
};

/** An amount: figures or a word that may be a numeral ("2", "двух", "три", which is also an imperative). */
const isAmount = (word: WordToken | undefined, morphology: Morphology) => word !== undefined && (/^\d/.test(word.text) || anyReading(morphology.parse(word.text), (p) => p.pos === 'NUMR'));

/**
 * "В течение 30 минут, мы перезвоним" → "…минут мы": an adverbial of time that opens a sentence is
 * no parenthetical and takes no comma before its subject. Judged only for a span of time (a
 * preposition, an optional amount and a unit of time) and a personal pronoun with its verb after it.
 */
const commaAfterOpeningTimeSpan: Rule = (text, tokens, at, morphology) => {
  if (!opensSentence(text, tokens, at)) return null;
  const preposition = TIME_SPAN_PREPOSITIONS.find((words) => words.every((word, k) => lower(tokens[at + k]) === word) && joined(text, tokens, at, at + words.length - 1));
  if (!preposition) return null;
  let unitAt = at + preposition.length;
  if (isAmount(tokens[unitAt], morphology)) unitAt++;
  const [unit, pronoun, verb] = [tokens[unitAt], tokens[unitAt + 1], tokens[unitAt + 2]];
  if (!unit || !pronoun || !verb || !TIME_UNITS.test(lower(unit)) || !joined(text, tokens, at, unitAt)) return null;
  if (!/^,[ \u00a0]+$/.test(text.slice(unit.end, pronoun.start)) || !NOMINATIVE_PRONOUNS.has(lower(pronoun)) || !onlySpaceBetween(text, pronoun, verb)) return null;
  if (!anyReading(morphology.parse(verb.text), (p) => isVerb(p) || p.pos === 'ADVB')) return null;
  return markHit(text, tokens[at]!, pronoun, '', {
    ru: 'обстоятельство времени в начале предложения не отделяется запятой от подлежащего',
    en: 'Russian sets off no adverbial of time that opens a sentence from its subject with a comma',
  });
};

/**
 * "возможен не более, чем на 2 дня" → "не более чем": a bound before an amount is one phrase with
 * «чем», no comparison, and takes no comma. Judged only when figures or a numeral follow «чем»,
 * right away or after a preposition.
 */
const commaInBound: Rule = (text, tokens, at, morphology) => {
  const [bound, than] = [tokens[at - 1], tokens[at]!];
  if (lower(than) !== 'чем' || !bound || !/^[ \u00a0]*,[ \u00a0]+$/.test(text.slice(bound.end, than.start))) return null;
  const negated = at > 1 && lower(tokens[at - 2]) === 'не' && onlySpaceBetween(text, tokens[at - 2]!, bound);
  if (!(negated ? NEGATED_BOUND_BEFORE_THAN : BOUND_BEFORE_THAN).has(lower(bound))) return null;
  const amountAt = AMOUNT_PREPOSITIONS.has(lower(tokens[at + 1])) ? at + 2 : at + 1;
  if (!isAmount(tokens[amountAt], morphology) || !joined(text, tokens, at, amountAt)) return null;
  return markHit(text, bound, than, '', {
    ru: `«${negated ? 'не ' : ''}${lower(bound)} чем» перед числом — одно сочетание, запятая не ставится`,
    en: `«${negated ? 'не ' : ''}${lower(bound)} чем» before an amount is one phrase and takes no comma`,
  });
};

/**
 * "Подождите идёт загрузка" → "Подождите, идёт": an imperative opening a sentence, run on into a
 * clause whose verb is in the indicative. Judged only when the first word is a verb that may be an
 * imperative (at a sentence's start "Поторопитесь" is no future tense) and every reading of the
 * second a verb in the indicative ("Давайте обсудим" joins the two into one call).
 */
const imperativeRunOn: Rule = (text, tokens, at, morphology) => {
  const [imperative, verb] = [tokens[at]!, tokens[at + 1]];
  if (!verb || !opensSentence(text, tokens, at) || !onlySpaceBetween(text, imperative, verb) || JOINING_IMPERATIVES.has(lower(imperative))) return null;
  const imperativeParses = morphology.parse(imperative.text);
  if (!judgeable(imperativeParses, ['VERB']) || !anyReading(imperativeParses, (p) => p.grammemes.has('impr'))) return null;
  if (!everyReading(morphology.parse(verb.text), (p) => isVerb(p) && p.grammemes.has('indc'))) return null;
  return markHit(text, imperative, verb, ',', {
    ru: 'повелительное наклонение в начале предложения отделяется от следующего предложения запятой',
    en: 'an imperative opening a sentence is parted from the clause after it by a comma',
  });
};

const RULES: Rule[] = [
  commaInBound,
  commaAfterOpeningTimeSpan,
  imperativeRunOn,
  unclosedOpeningParenthetical,
  unopenedParenthetical,
  unsetParticipialPhrase,
  missingDashBeforeEto,
  missingCommaBeforePoka,
  missingCommaAfterPredicative,
  commaBetweenSubjectAndPredicate,
];

/** Commas and dashes Russian syntax requires or forbids, judged on narrow patterns only. */
export function punctuationHits(text: string, morphology: Morphology): AgreementHit[] {
  const tokens = words(text, 'ru');
  const hits: AgreementHit[] = [];
  tokens.forEach((_, at) => {
    for (const rule of RULES) {
      const hit = rule(text, tokens, at, morphology);
      if (hit) hits.push(hit);
    }
  });
  return hits;
}
