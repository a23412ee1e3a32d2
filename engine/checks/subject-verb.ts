import { anyReading, everyReading, type Morphology, type WordParse } from '../text/morphology';
import { SUBJECT_CLAUSE_OPENERS, IMPERSONAL_VERBS, OPENING_PARENTHESES, QUANTITY_NOUNS, TIME_NOUNS } from '../lexicon/ru/government';
import { words, type WordToken } from '../text/segment';
import { type AgreementHit, agrees, has, isCyrillicWord, isLower, judgeable, lower, onlySpaceBetween } from './agreement';

/** How many words a subject's group may have before its verb: attributes, the noun, a chain of genitives. */
const GROUP_REACH = 6;

/**
 * A short adjective or participle, the predicate that agrees like a past verb ("цены указаны",
 * "доставка бесплатна"). A short adjective in the neuter singular is also its adverb ("поют неритмично").
 */
const isShortPredicate = (p: WordParse) => p.pos === 'PRTS' || (p.pos === 'ADJS' && !(p.grammemes.has('neut') && p.grammemes.has('sing')));

/** The one number every reading of a finite verb or a short predicate has ("нравятся", "указаны": plural), or null. */
function verbNumber(parses: readonly WordParse[]): string | null {
  const finite = everyReading(parses, (p) => p.pos === 'VERB' && (p.grammemes.has('3per') || p.grammemes.has('past')));
  if (!finite && !everyReading(parses, isShortPredicate)) return null;
  if (everyReading(parses, has('plur'))) return 'plur';
  return everyReading(parses, has('sing')) ? 'sing' : null;
}

/** A noun in the nominative in every reading but the like-sounding inanimate accusative, of one number. */
function nominativeNumber(parses: readonly WordParse[]): string | null {
  if (!judgeable(parses, ['NOUN']) || !everyReading(parses, (p) => p.grammemes.has('nomn') || (p.grammemes.has('accs') && p.grammemes.has('inan')))) return null;
  if (everyReading(parses, has('plur'))) return 'plur';
  return everyReading(parses, has('sing')) ? 'sing' : null;
}

/** After an attribute a word is read as a noun only: "натяжной потолок" is no verb's past ("потолочь"). */
const nounReadings = (parses: readonly WordParse[], afterAttribute: boolean) => (afterAttribute ? parses.filter((p) => p.pos === 'NOUN') : parses);

/** Whether the word at `at` begins the text or a sentence. */
const startsSentence = (text: string, tokens: WordToken[], at: number) => at === 0 || /[.!?;:\n]/.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start));

/** The words before `at` are a sentence's opening words set off by a comma ("Кроме того, …"). */
function afterOpeningParenthesis(text: string, tokens: WordToken[], at: number): boolean {
  if (at === 0 || !/^\s*,\s*$/.test(text.slice(tokens[at - 1]!.end, tokens[at]!.start))) return false;
  return [1, 2, 3].some(
    (size) =>
      at - size >= 0 &&
      startsSentence(text, tokens, at - size) &&
      OPENING_PARENTHESES.has(
        tokens
          .slice(at - size, at)
          .map(lower)
          .join(' '),
      ),
  );
}

/** The group opens a clause: the text's or a sentence's start, after its opening words, or after a conjunction of a clause. */
function opensClause(text: string, tokens: WordToken[], at: number): boolean {
  if (startsSentence(text, tokens, at) || afterOpeningParenthesis(text, tokens, at)) return true;
  const before = tokens[at - 1]!;
  if (!SUBJECT_CLAUSE_OPENERS.has(lower(before)) || !onlySpaceBetween(text, before, tokens[at]!)) return false;
  return at < 2 || /[,.!?;:\n]/.test(text.slice(tokens[at - 2]!.end, before.start));
}

const FUNCTION_WORDS = ['CONJ', 'PREP', 'PRCL', 'INTJ'];
/** A word the dictionary lacks may be the subject ("нравятся ламинаты"), unless its ending is of an oblique case only ("зарплатными"). */
const OBLIQUE_ENDING = /^[а-яё]+(?:ыми|ими|ами|ями|ого|его|ому|ему|ую|юю)$/u;

/** How far after the verb its subject is looked for, bounded so a text with no stops is read in linear time. */
const CLAUSE_REACH = 12;

/** A word after the verb, before the clause ends, that could be its subject or makes it an auxiliary ("проходят занятия", "начинают монтировать"). */
function clauseAfterExplains(text: string, tokens: WordToken[], at: number, number: string, morphology: Morphology): boolean {
  for (let k = at + 1; k < tokens.length; k++) {
    // A clause too long to read to its end may hold a subject: it is not judged.
    if (k > at + CLAUSE_REACH) return true;
    if (/[,.;:!?()«»"—–\n]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
    const parses = morphology.parse(tokens[k]!.text);
    // "и", "а", "с" are also letters' names, indeclinable nouns: a word that is a function word is none here.
    if (anyReading(parses, (p) => FUNCTION_WORDS.includes(p.pos))) continue;
    // A word right after a preposition is its object, whatever it looks like ("в течение месяца").
    const afterPreposition = k > at + 1 && anyReading(morphology.parse(tokens[k - 1]!.text), (p) => p.pos === 'PREP');
    const couldBeSubject = (p: WordParse) => !afterPreposition && ['NOUN', 'NPRO', 'ADJF'].includes(p.pos) && p.grammemes.has('nomn') && p.grammemes.has(number);
    if ((parses.length === 0 && !OBLIQUE_ENDING.test(tokens[k]!.text)) || anyReading(parses, couldBeSubject) || anyReading(parses, (p) => p.pos === 'INFN')) return true;
  }
  return false;
}

/** Adverbs and particles a verb may have before it ("больше всего нравятся", "не являются"). */
const ADVERBS_BEFORE_VERB = 2;
const isAdverb = (parses: readonly WordParse[]) => anyReading(parses, (p) => p.pos === 'ADVB' || p.pos === 'PRCL') && !anyReading(parses, (p) => ['NOUN', 'VERB', 'INFN'].includes(p.pos));

/** The index of the word before the verb at `at` and the adverbs right before it. */
function skipAdverbs(text: string, tokens: WordToken[], at: number, morphology: Morphology): number {
  let last = at - 1;
  for (let skipped = 0; last >= 0 && skipped < ADVERBS_BEFORE_VERB && onlySpaceBetween(text, tokens[last]!, tokens[last + 1]!); skipped++, last--) {
    if (!isLower(tokens[last]!) || !isAdverb(morphology.parse(tokens[last]!.text))) break;
  }
  return last;
}

/**
 * The noun heading the group that ends at `last` right before a verb: attributes agreeing with it,
 * the noun, then words in the genitive ("оплата этих услуг"). Its index and readings as a noun, or null.
 */
function subjectOfGroup(text: string, tokens: WordToken[], last: number, morphology: Morphology, number?: string, genitiveNoSubject = false): { head: number; parses: readonly WordParse[] } | null {
  let first = last;
  while (first > 0 && last - first < GROUP_REACH - 1 && onlySpaceBetween(text, tokens[first - 1]!, tokens[first]!) && isCyrillicWord(tokens[first - 1]!)) {
    const parses = morphology.parse(tokens[first - 1]!.text);
    if (!judgeable(parses, ['NOUN', 'ADJF', 'PRTF'])) break;
    first--;
  }
  if (!opensClause(text, tokens, first)) return null;
  // A relative pronoun after the group tells its number: "Письма, которые…" are plural, not the genitive singular.
  // Before a masculine or feminine past the genitive is no subject ("Цены выросла": the plural, not "of the price").
  const subjectReading = (p: WordParse) => (!number || p.grammemes.has(number)) && !(genitiveNoSubject && p.grammemes.has('gent') && p.grammemes.has('sing'));
  const readingsAt = (at: number) => nounReadings(morphology.parse(tokens[at]!.text), at > first).filter(subjectReading);
  let head = first;
  while (head <= last && nominativeNumber(readingsAt(head)) === null) head++;
  if (head > last) return null;
  const headParses = readingsAt(head);
  // Words before the noun agree with it as attributes; every word after it is a genitive of the chain, and the chain ends in a noun.
  const attributes = tokens.slice(first, head).every((word) => anyReading(morphology.parse(word.text), (a) => a.pos !== 'NOUN' && headParses.some((n) => agrees(a, n))));
  const chain = tokens
    .slice(head + 1, last + 1)
    .every((word, k) => isLower(word) && anyReading(morphology.parse(word.text), has('gent')) && (k < last - head - 1 || anyReading(morphology.parse(word.text), (p) => p.pos === 'NOUN')));
  const lowerAfterStart = tokens.slice(first + 1, last + 1).every(isLower);
  return attributes && chain && lowerAfterStart ? { head, parses: headParses } : null;
}

/** How many words a relative clause between a subject and its verb may have ("Письма, которые не вручены адресату, хранятся"). */
const RELATIVE_REACH = 10;

/**
 * The index of the last word before ", который…," when the clause set off by commas ends at `last`
 * right before a verb: the subject's group ends there. Null for any other punctuation or a longer clause.
 */
function beforeRelativeClause(text: string, tokens: WordToken[], last: number, morphology: Morphology): number | null {
  if (!/^\s*,\s*$/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))) return null;
  for (let k = last; k > 0 && k > last - RELATIVE_REACH; k--) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (/^\s*,\s*$/.test(gap)) return /^котор/u.test(lower(tokens[k])) && anyReading(morphology.parse(tokens[k]!.text), (p) => p.pos === 'ADJF') ? k - 1 : null;
    if (!/^[ \u00a0]+$/.test(gap)) return null;
  }
  return null;
}

/** The number of «который» in every reading, which its head shares ("оплата услуг, которые…" tells of the services); null if it has none. */
function numberOfRelative(relative: WordToken, morphology: Morphology): string | null {
  const parses = morphology.parse(relative.text);
  return ['sing', 'plur'].find((number) => everyReading(parses, has(number))) ?? null;
}

const GENDERS = ['masc', 'femn', 'neut'];
/**
 * A singular past-tense verb agrees with its noun in gender ("доставка задержалась"); a masculine
 * noun of a person takes the feminine of a woman ("врач приняла"), and a noun of common gender either.
 */
function gendersAgree(nounParses: readonly WordParse[], verbParses: readonly WordParse[]): boolean {
  if (!everyReading(verbParses, (p) => (p.grammemes.has('past') || isShortPredicate(p)) && p.grammemes.has('sing'))) return true;
  const verbGenders = GENDERS.filter((g) => anyReading(verbParses, has(g)));
  return anyReading(
    nounParses,
    (n) => verbGenders.some((g) => n.grammemes.has(g)) || ['ms-f', 'Ms-f', 'GNdr'].some((g) => n.grammemes.has(g)) || (n.grammemes.has('masc') && n.grammemes.has('anim') && verbGenders.includes('femn')),
  );
}

/**
 * "Матовое полотно нравятся", "оплата этих услуг не являются": a noun certain to be the subject
 * (nominative, opening its clause, not counted or joined with another) and a verb after it that
 * disagrees in number. Not judged where a word after the verb could be its subject or an
 * infinitive follows, nor for a noun that may be an object or an adverb of time.
 */
function subjectVerbErrors(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((verb, i) => {
    if (i === 0 || !isCyrillicWord(verb) || !isLower(verb) || IMPERSONAL_VERBS.has(lower(verb))) return;
    const verbParses = morphology.parse(verb.text);
    const number = verbNumber(verbParses);
    if (!number) return;
    const last = skipAdverbs(text, tokens, i, morphology);
    if (last < 0) return;
    const end = onlySpaceBetween(text, tokens[last]!, tokens[last + 1]!) ? last : beforeRelativeClause(text, tokens, last, morphology);
    const relativeNumber = end !== null && end !== last ? numberOfRelative(tokens[end + 1]!, morphology) : undefined;
    if (end === null || relativeNumber === null) return;
    const genitiveNoSubject = everyReading(verbParses, (p) => p.grammemes.has('past') && p.grammemes.has('sing') && !p.grammemes.has('neut'));
    const group = subjectOfGroup(text, tokens, end, morphology, relativeNumber, genitiveNoSubject);
    if (!group) return;
    const { head, parses } = group;
    const subject = tokens[head]!;
    const numberAgrees = nominativeNumber(parses) === number;
    if ((numberAgrees && gendersAgree(parses, verbParses)) || QUANTITY_NOUNS.has(lower(subject)) || TIME_NOUNS.has(lower(subject))) return;
    // An inanimate accusative may be the object of a verb whose subject is left out ("Полотно натягивают за час"); a short form takes no object.
    if (anyReading(parses, has('accs')) && !everyReading(verbParses, (p) => p.grammemes.has('intr') || isShortPredicate(p))) return;
    // A plural of the chain may be taken for the subject by a verb of its number: the chain is judged only when its words cannot be nominative so.
    if (tokens.slice(head + 1, end + 1).some((word) => anyReading(morphology.parse(word.text), (p) => p.grammemes.has('nomn') && p.grammemes.has(number)))) return;
    if (clauseAfterExplains(text, tokens, i, number, morphology)) return;
    const quote = text.slice(subject.start, verb.end);
    hits.push({
      start: subject.start,
      end: verb.end,
      message: numberAgrees
        ? { ru: `«${quote}»: сказуемое не согласовано с подлежащим «${lower(subject)}» в роде`, en: `"${quote}": the verb does not agree in gender with its subject «${lower(subject)}»` }
        : { ru: `«${quote}»: сказуемое не согласовано с подлежащим «${lower(subject)}» в числе`, en: `"${quote}": the verb does not agree in number with its subject «${lower(subject)}»` },
    });
  });
  return hits;
}

/** How many genitives may follow the subject's noun before «— это» ("преимущество нашей компании — это"). */
const CHAIN_BEFORE_DASH = 3;
const isShortForm = (parses: readonly WordParse[]) => anyReading(parses, (p) => p.pos === 'ADJS') && everyReading(parses, (p) => ['ADJS', 'ADVB', 'PRED'].includes(p.pos));

/**
 * "Важно преимущество компании — это срочность": before «— это» stands a subject, so a short
 * adjective opening it is an attribute written short ("Важное преимущество"). Judged only for a
 * sentence that opens with the short form, its noun agreeing with it in number and gender, a few
 * genitives after it and then the dash and «это».
 */
function shortFormAttributes(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((adjective, i) => {
    const noun = tokens[i + 1];
    if (!noun || !startsSentence(text, tokens, i) || !onlySpaceBetween(text, adjective, noun) || !isLower(noun)) return;
    const adjectiveParses = morphology.parse(adjective.text);
    const nounParses = morphology.parse(noun.text);
    if (!isShortForm(adjectiveParses) || !judgeable(nounParses, ['NOUN'])) return;
    const fits = (a: WordParse, n: WordParse) =>
      a.pos === 'ADJS' && n.grammemes.has('nomn') && (a.grammemes.has('plur') ? n.grammemes.has('plur') : ['masc', 'femn', 'neut'].some((g) => a.grammemes.has(g) && n.grammemes.has(g) && n.grammemes.has('sing')));
    if (!adjectiveParses.some((a) => nounParses.some((n) => fits(a, n)))) return;
    let last = i + 1;
    while (
      last < i + 1 + CHAIN_BEFORE_DASH &&
      tokens[last + 1] &&
      onlySpaceBetween(text, tokens[last]!, tokens[last + 1]!) &&
      isLower(tokens[last + 1]!) &&
      anyReading(morphology.parse(tokens[last + 1]!.text), has('gent'))
    )
      last++;
    const eto = tokens[last + 1];
    if (!eto || lower(eto) !== 'это' || !/^\s*[–—-]\s*$/u.test(text.slice(tokens[last]!.end, eto.start))) return;
    const quote = text.slice(adjective.start, noun.end);
    hits.push({
      start: adjective.start,
      end: noun.end,
      message: {
        ru: `«${quote}»: перед «— это» стоит подлежащее, и прилагательное при нём нужно в полной форме, а не в краткой`,
        en: `"${quote}": before «— это» stands a subject: its adjective takes the full form, not the short one`,
      },
    });
  });
  return hits;
}

/** The singular forms of «являться», the link verb whose predicate noun stands before it in the instrumental. */
const LINK_SINGULAR = new Set(['является', 'являлся', 'являлась', 'являлось']);
const pluralInstrumental = (parses: readonly WordParse[]) => parses.length > 0 && everyReading(parses, (p) => p.grammemes.has('plur') && p.grammemes.has('ablt'));

/**
 * "Приоритетами клиники является слаженная работа": a sentence that opens with its predicate noun
 * in the plural takes «являются» (or the noun in the singular: "Приоритетом … является"). Only a
 * thing is judged: people may be named by one collective ("Партнёрами является группа компаний").
 */
function predicateNumberSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((first, i) => {
    if (!startsSentence(text, tokens, i)) return;
    let head = i;
    while (
      head < i + 2 &&
      tokens[head + 1] &&
      onlySpaceBetween(text, tokens[head]!, tokens[head + 1]!) &&
      judgeable(morphology.parse(tokens[head]!.text), ['ADJF']) &&
      pluralInstrumental(morphology.parse(tokens[head]!.text))
    )
      head++;
    const headParses = morphology.parse(tokens[head]!.text);
    if (!judgeable(headParses, ['NOUN']) || !pluralInstrumental(headParses) || !everyReading(headParses, has('inan'))) return;
    let last = head;
    while (
      last < head + CHAIN_BEFORE_DASH &&
      tokens[last + 1] &&
      onlySpaceBetween(text, tokens[last]!, tokens[last + 1]!) &&
      isLower(tokens[last + 1]!) &&
      !LINK_SINGULAR.has(lower(tokens[last + 1])) &&
      anyReading(morphology.parse(tokens[last + 1]!.text), has('gent'))
    )
      last++;
    const verb = tokens[last + 1];
    if (!verb || !LINK_SINGULAR.has(lower(verb)) || !onlySpaceBetween(text, tokens[last]!, verb)) return;
    const quote = text.slice(first.start, verb.end);
    hits.push({
      start: first.start,
      end: verb.end,
      message: {
        ru: `«${quote}»: именная часть стоит во множественном числе, а связка — в единственном: нужно «являются» или именная часть в единственном числе`,
        en: `"${quote}": the predicate noun is plural but the link verb singular`,
      },
    });
  });
  return hits;
}

/** How many words before «является» a «кто» may stand and take it for many ("те, кто является …"). */
const WHO_REACH = 3;

/**
 * "Шкафы и комоды является корпусными": a singular «является» right before a plural predicate in
 * the instrumental — one of the two has the wrong number, whichever way the subject goes.
 */
function pluralAfterSingularLink(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((verb, i) => {
    const predicate = tokens[i + 1];
    if (!LINK_SINGULAR.has(lower(verb)) || !predicate || !onlySpaceBetween(text, verb, predicate) || !isLower(predicate)) return;
    // "те, кто является постоянными клиентами": «кто» takes a singular verb for many.
    if (tokens.slice(Math.max(0, i - WHO_REACH), i).some((word) => lower(word) === 'кто')) return;
    const parses = morphology.parse(predicate.text);
    if (!judgeable(parses, ['ADJF', 'NOUN']) || !pluralInstrumental(parses)) return;
    const quote = text.slice(verb.start, predicate.end);
    hits.push({
      start: verb.start,
      end: predicate.end,
      message: {
        ru: `«${quote}»: связка в единственном числе, а именная часть — во множественном: нужно «являются» или именная часть в единственном числе`,
        en: `"${quote}": the link verb is singular but the predicate plural`,
      },
    });
  });
  return hits;
}

const nominativeOnly = (parses: readonly WordParse[]) => judgeable(parses, ['NOUN']) && everyReading(parses, has('nomn'));
const transitiveVerb = (parses: readonly WordParse[]) => parses.length > 0 && everyReading(parses, (p) => p.pos === 'VERB' && p.grammemes.has('tran') && p.grammemes.has('indc'));

/**
 * The index of the word after a sentence's opening object group at `at`: a noun that can only be
 * nominative, or two joined by «и», then up to three genitives ("Закупка и доставка материалов"). -1 if none.
 */
function nominativeGroupEnd(text: string, tokens: WordToken[], at: number, morphology: Morphology): number {
  if (!nominativeOnly(morphology.parse(tokens[at]!.text))) return -1;
  let next = at + 1;
  const joined = (k: number) => tokens[k] !== undefined && onlySpaceBetween(text, tokens[k - 1]!, tokens[k]!) && isLower(tokens[k]!);
  if (joined(next) && lower(tokens[next]) === 'и' && joined(next + 1) && nominativeOnly(morphology.parse(tokens[next + 1]!.text))) next += 2;
  for (let chain = 0; chain < CHAIN_BEFORE_DASH && joined(next) && !transitiveVerb(morphology.parse(tokens[next]!.text)) && anyReading(morphology.parse(tokens[next]!.text), has('gent')); chain++) next++;
  return joined(next) ? next : -1;
}

/**
 * "Закупка и доставка материалов осуществляет наша компания", "Бригада выполняет работа": a
 * transitive verb between two nouns that can only be nominative has two subjects and no object — one
 * of them was meant in the accusative. The noun after the verb must agree with it in number, past
 * attributes agreeing with that noun.
 */
function nominativeObjects(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((first, i) => {
    if (!startsSentence(text, tokens, i)) return;
    const at = nominativeGroupEnd(text, tokens, i, morphology);
    const verbParses = at < 0 ? [] : morphology.parse(tokens[at]!.text);
    if (!transitiveVerb(verbParses)) return;
    let k = at + 1;
    while (k < at + 3 && tokens[k] && onlySpaceBetween(text, tokens[k - 1]!, tokens[k]!) && judgeable(morphology.parse(tokens[k]!.text), ['ADJF'])) k++;
    const subject = tokens[k];
    if (!subject || !onlySpaceBetween(text, tokens[k - 1]!, subject) || !isLower(subject)) return;
    const subjectParses = morphology.parse(subject.text);
    if (!nominativeOnly(subjectParses) || nominativeNumber(subjectParses) !== verbNumber(verbParses)) return;
    const attributesAgree = tokens.slice(at + 1, k).every((word) => anyReading(morphology.parse(word.text), (a) => subjectParses.some((n) => agrees(a, n))));
    if (!attributesAgree) return;
    const quote = text.slice(first.start, subject.end);
    hits.push({
      start: first.start,
      end: subject.end,
      message: {
        ru: `«${quote}»: у глагола «${lower(tokens[at])}» два существительных в именительном падеже — одно из них дополнение и стоит в винительном («${lower(first)}» или «${lower(subject)}»)`,
        en: `"${quote}": the verb «${lower(tokens[at])}» has two nominatives; one of them is its object and takes the accusative`,
      },
    });
  });
  return hits;
}

/** Subjects and their verbs in Russian text, judged only where the subject is certain. */
export function subjectVerbHits(text: string, morphology: Morphology): AgreementHit[] {
  const tokens = words(text, 'ru');
  return [
    ...subjectVerbErrors(text, tokens, morphology),
    ...shortFormAttributes(text, tokens, morphology),
    ...predicateNumberSlips(text, tokens, morphology),
    ...nominativeObjects(text, tokens, morphology),
    ...pluralAfterSingularLink(text, tokens, morphology),
  ];
}
