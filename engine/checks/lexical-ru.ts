import { anyReading, everyReading, type Morphology, type WordParse } from '../text/morphology';
import {
  ADJECTIVE_SLOTS,
  ADVERBS_BEFORE_PAUSE,
  ADVERBS_BEFORE_STOP,
  PREPOSITIONS_AFTER_ADVERB,
  ALWAYS_SOLID,
  ATTRIBUTE_PARONYMS,
  type AttributeParonym,
  DECLENSIONS,
  DEGREE_BEFORE_NE,
  DRESSED_FORMS,
  EVENT_NOUNS,
  JUMP_STEMS,
  NEGATION_STRENGTHENERS,
  NOUN_PARONYMS,
  PHRASE_SLIPS,
  PLEONASMS,
  PRICE_NOUNS,
  PRICE_VERBS,
  type VerbSlip,
  VERB_SLIPS,
  CONCESSIVE_OPENERS,
  CONCESSIVE_SUBJECTS,
} from '../lexicon/ru/lexical';
import { GARMENTS } from '../lexicon/ru/set-phrases';
import { words, type WordToken } from '../text/segment';
import { type AgreementHit, agrees, has, isCyrillicWord, judgeable, lower, onlySpaceBetween } from './agreement';
import { keepCase } from '../text/normalise';

const withoutYo = (word: string) => (word.includes('ё') ? word.replace(/ё/g, 'е') : word);

/** Whether a word is one of a list's entries: a stem ending in `*` takes an ending of up to six letters, any other entry is the whole word. */
const matchesAny = (word: string, entries: readonly string[]) =>
  entries.some((written) => {
    const entry = withoutYo(written);
    return entry.endsWith('*') ? word.startsWith(entry.slice(0, -1)) && word.length - entry.length + 1 <= 6 : word === entry;
  });
const lowerE = (token: WordToken | undefined) => lower(token).replace(/ё/g, 'е');

/** The token after the one at `at` when only spaces part them: the same phrase. */
const joined = (text: string, tokens: WordToken[], at: number) => {
  const next = tokens[at + 1];
  return next && onlySpaceBetween(text, tokens[at]!, next) ? next : undefined;
};
const span = (text: string, first: WordToken, last: WordToken) => text.slice(first.start, last.end);
const hitOf = (text: string, first: WordToken, last: WordToken, suggestion: string, why: { ru: string; en: string }): AgreementHit => {
  const quote = span(text, first, last);
  return {
    start: first.start,
    end: last.end,
    suggestion,
    message: { ru: `«${quote}» → «${suggestion}»: ${why.ru}`, en: `"${quote}" → "${suggestion}": ${why.en}` },
  };
};

/** The adjective's ending in the meant declension: the slot its written ending fills, told by the reading that agrees with the noun when one ending fills two. */
function meantEnding(paronym: AttributeParonym, ending: string, reading: WordParse): string | null {
  const slots = DECLENSIONS[paronym.writtenDeclension].flatMap((written, slot) => (written === ending ? [slot] : []));
  const fitting = slots.filter((slot) => slots.length === 1 || ADJECTIVE_SLOTS[slot]!.some((g) => reading.grammemes.has(g)));
  const endings = new Set(fitting.map((slot) => DECLENSIONS[paronym.meantDeclension][slot]!));
  return endings.size === 1 ? [...endings][0]! : null;
}

/** "близкий свет" → "ближний свет": an adjective that the noun after it (past one more adjective) shows to be its paronym. */
function attributeParonymHits(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  return tokens.flatMap((token, i) => {
    const word = lower(token);
    const paronym = ATTRIBUTE_PARONYMS.find((p) => word.startsWith(p.written) && DECLENSIONS[p.writtenDeclension].includes(word.slice(p.written.length)));
    if (!paronym || !isCyrillicWord(token)) return [];
    const readings = morphology.parse(token.text).filter((p) => p.pos === 'ADJF' || p.pos === 'PRTF');
    let noun = joined(text, tokens, i);
    if (noun && !matchesAny(lowerE(noun), paronym.nouns) && judgeable(morphology.parse(noun.text), ['ADJF', 'PRTF'])) noun = joined(text, tokens, i + 1);
    if (!noun || !matchesAny(lowerE(noun), paronym.nouns)) return [];
    const nounReadings = morphology.parse(noun.text).filter((p) => p.pos === 'NOUN');
    const reading = readings.find((a) => nounReadings.some((n) => agrees(a, n)));
    const ending = reading && meantEnding(paronym, word.slice(paronym.written.length), reading);
    if (!ending) return [];
    const fixed = keepCase(token.text, `${paronym.meant}${ending}`);
    return [hitOf(text, token, noun, `${fixed}${text.slice(token.end, noun.end)}`, paronym.why)];
  });
}

/** "управляющая кампания" → "компания": a noun that the attribute or verb before it shows to be its paronym. */
function nounParonymHits(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  return tokens.flatMap((token, i) => {
    const word = lower(token);
    const paronym = NOUN_PARONYMS.find((p) => word.startsWith(p.written) && word.length - p.written.length <= 3);
    if (!paronym || i === 0 || !anyReading(morphology.parse(token.text), (p) => p.pos === 'NOUN')) return [];
    const before = tokens[i - 1]!;
    if (!onlySpaceBetween(text, before, token)) return [];
    let decider: WordToken | undefined;
    if (matchesAny(lowerE(before), [...paronym.attributes, ...paronym.verbs])) decider = before;
    else if (i > 1 && onlySpaceBetween(text, tokens[i - 2]!, before) && matchesAny(lowerE(tokens[i - 2]), paronym.verbs) && judgeable(morphology.parse(before.text), ['ADJF', 'PRTF'])) decider = tokens[i - 2];
    if (!decider) return [];
    const fixed = keepCase(token.text, `${paronym.meant}${word.slice(paronym.written.length)}`);
    return [hitOf(text, decider, token, `${text.slice(decider.start, token.start)}${fixed}`, paronym.why)];
  });
}

/** Whether the words from `at` on are the phrase's words, each only a space apart: the index of its last word, or -1. */
function phraseEnd(text: string, tokens: WordToken[], at: number, phrase: readonly string[]): number {
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[at + k];
    if (!token || (k > 0 && !onlySpaceBetween(text, tokens[at + k - 1]!, token)) || !matchesAny(lowerE(token), [phrase[k]!])) return -1;
  }
  return at + phrase.length - 1;
}

const PLEONASM_WHY = { ru: 'плеоназм: одно слово уже говорит то, что другое', en: 'a pleonasm: one word already says what the other does' };

/** "свободная вакансия" → "вакансия": two words where one repeats the other's sense. */
function pleonasmHits(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  return tokens.flatMap((token, i) => {
    const word = lowerE(token);
    return PLEONASMS.flatMap((pleonasm) => {
      if (!matchesAny(word, pleonasm.first)) return [];
      const end = Math.max(...pleonasm.second.map((phrase) => phraseEnd(text, tokens, i + 1, phrase.split(' '))));
      if (end < 0 || !onlySpaceBetween(text, token, tokens[i + 1]!)) return [];
      const after = joined(text, tokens, end);
      // "собираемся вместе открыть": an infinitive after the pair gives «собираться» the sense "intend".
      if (after && (pleonasm.notBefore?.includes(lower(after)) || anyReading(morphology.parse(after.text), (p) => p.pos === 'INFN'))) return [];
      const kept = pleonasm.keep === 'first' ? token.text : keepCase(token.text, span(text, tokens[i + 1]!, tokens[end]!));
      return [hitOf(text, token, tokens[end]!, kept, PLEONASM_WHY)];
    });
  });
}

const PRICE_WHY = { ru: 'дорожает товар, а цена растёт или снижается', en: 'goods get dearer; a price rises or falls' };

/** "цены подорожали" → "цены выросли": a verb of dearness said of the price itself, either side of it. */
function priceVerbHits(text: string, tokens: WordToken[]): AgreementHit[] {
  return tokens.flatMap((token, i) => {
    const meant = PRICE_VERBS[lower(token)];
    if (!meant) return [];
    const fixed = keepCase(token.text, meant);
    const next = joined(text, tokens, i);
    if (next && matchesAny(lowerE(next), PRICE_NOUNS)) return [hitOf(text, token, next, `${fixed}${text.slice(token.end, next.end)}`, PRICE_WHY)];
    const before = tokens[i - 1];
    if (before && onlySpaceBetween(text, before, token) && matchesAny(lowerE(before), PRICE_NOUNS)) return [hitOf(text, before, token, `${text.slice(before.start, token.start)}${fixed}`, PRICE_WHY)];
    return [];
  });
}

/** A word whose reading is only in the accusative or the genitive (an animate object), never a subject. */
const onlyObject = (parses: readonly WordParse[]) => everyReading(parses, (p) => p.grammemes.has('accs') || p.grammemes.has('gent')) && anyReading(parses, has('accs'));
/** A person's name as an object ("одел Ивана"). */
const isNamedObject = (token: WordToken, parses: readonly WordParse[]) => /^\p{Lu}/u.test(token.text) && onlyObject(parses) && anyReading(parses, has('Name'));

/** The last word of a slip's object: one of its phrases right after the verb, or a one-word one past an adjective. */
function objectEnd(text: string, tokens: WordToken[], at: number, slip: VerbSlip, morphology: Morphology): number {
  const next = joined(text, tokens, at);
  if (!next) return -1;
  const direct = Math.max(...slip.next.map((phrase) => phraseEnd(text, tokens, at + 1, phrase.split(' '))));
  if (direct >= 0) return direct;
  if (slip.objectOnly && isNamedObject(next, morphology.parse(next.text))) return at + 1;
  const past = joined(text, tokens, at + 1);
  return past &&
    judgeable(morphology.parse(next.text), ['ADJF', 'PRTF']) &&
    matchesAny(
      lowerE(past),
      slip.next.filter((phrase) => !phrase.includes(' ')),
    )
    ? at + 2
    : -1;
}

/** "поднять тост" → "произнести тост", "надеть ребёнка" → "одеть ребёнка": a verb its object does not take. */
function verbSlipHits(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  return tokens.flatMap((token, i) =>
    VERB_SLIPS.flatMap((slip) => {
      const meant = slip.forms[lower(token)];
      const end = meant ? objectEnd(text, tokens, i, slip, morphology) : -1;
      if (!meant || end < 0) return [];
      const object = morphology.parse(tokens[end]!.text);
      if (slip.objectOnly && !onlyObject(object)) return [];
      if (slip.accusativeOnly && !everyReading(object, has('accs'))) return [];
      return [hitOf(text, token, tokens[end]!, `${keepCase(token.text, meant)}${text.slice(token.end, tokens[end]!.end)}`, slip.why)];
    }),
  );
}

const DRESSED_WHY = { ru: 'одежда «надета», а «одет» — человек', en: 'a garment is «надет»; a person is «одет»' };

/** "на нём одет костюм" → "надет": the short participle with a garment as its subject, right after it or past one adjective. */
function dressedHits(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  return tokens.flatMap((token, i) => {
    const meant = DRESSED_FORMS[lower(token)];
    if (!meant) return [];
    let garment = joined(text, tokens, i);
    if (garment && judgeable(morphology.parse(garment.text), ['ADJF'])) garment = joined(text, tokens, i + 1);
    if (!garment || !GARMENTS.some((stem) => lowerE(garment!).startsWith(stem)) || !anyReading(morphology.parse(garment.text), (p) => p.pos === 'NOUN' && p.grammemes.has('nomn'))) return [];
    return [hitOf(text, token, garment, `${keepCase(token.text, meant)}${text.slice(token.end, garment.end)}`, DRESSED_WHY)];
  });
}

const JUMP_WHY = { ru: 'прыгают «с парашютом»', en: 'one jumps «с парашютом» (with a parachute)' };

/** "прыгнуть с парашюта" → "с парашютом": one jumps with it, not off it. */
function jumpHits(text: string, tokens: WordToken[]): AgreementHit[] {
  return tokens.flatMap((token, i) => {
    const preposition = joined(text, tokens, i);
    const noun = preposition && joined(text, tokens, i + 1);
    if (!JUMP_STEMS.some((stem) => lower(token).startsWith(stem)) || lower(preposition) !== 'с' || lower(noun) !== 'парашюта' || !preposition || !noun) return [];
    return [hitOf(text, preposition, noun, `${preposition.text} парашютом`, JUMP_WHY)];
  });
}

const SOLID_WHY = { ru: 'наречие пишется слитно', en: 'the adverb is one word' };
/** The end of a sentence right after a word, or a pause: nothing for a noun to govern there. */
const STOP_AFTER = /^\s*(?:[.!?;…]|$)/u;
const PAUSE_AFTER = new RegExp(String.raw`^\s*(?:[.!?;…,:)]|$|(?:${PREPOSITIONS_AFTER_ADVERB.join('|')})\s)`, 'u');

/** "будем на верху." → "наверху", "на кануне праздника" → "накануне": a preposition and a noun that can only be the adverb. */
function solidAdverbHits(text: string, tokens: WordToken[]): AgreementHit[] {
  return tokens.flatMap((token, i) => {
    const next = joined(text, tokens, i);
    if (!next) return [];
    const pair = `${lower(token)} ${lower(next)}`;
    const third = joined(text, tokens, i + 1);
    const triple = third && ALWAYS_SOLID[`${pair} ${lower(third)}`];
    if (triple && third) return [hitOf(text, token, third, keepCase(token.text, triple), SOLID_WHY)];
    const after = text.slice(next.end);
    const solid = ALWAYS_SOLID[pair] ?? (PAUSE_AFTER.test(after) ? ADVERBS_BEFORE_PAUSE[pair] : undefined) ?? (STOP_AFTER.test(after) ? ADVERBS_BEFORE_STOP[pair] : undefined);
    return solid ? [hitOf(text, token, next, keepCase(token.text, solid), SOLID_WHY)] : [];
  });
}

const DURING_WHY = { ru: 'перед существительным — предлог «во время» (когда идёт что-то)', en: 'before a noun it is the preposition «во время» (during)' };

/** "Вовремя обеда" → "Во время обеда": opening a sentence before an event in the genitive, «вовремя» (on time) is the preposition. */
function duringHits(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  return tokens.flatMap((token, i) => {
    const next = joined(text, tokens, i);
    if (token.text !== 'Вовремя' || !next || !/(?:^|[.!?…]\s+)$/u.test(text.slice(0, token.start))) return [];
    if (!matchesAny(lowerE(next), EVENT_NOUNS) || !anyReading(morphology.parse(next.text), (p) => p.pos === 'NOUN' && p.grammemes.has('gent'))) return [];
    return [hitOf(text, token, token, 'Во время', DURING_WHY)];
  });
}

const PO_APART_WHY = { ru: 'перед существительным «по» — предлог, пишется раздельно', en: 'before its noun «по» is a preposition, written apart' };

/** "по-прежнему пути" → "по прежнему пути": a hyphenated adverb that is a preposition and the adjective of a noun after it. */
function poAdjectiveHits(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  return tokens.flatMap((token, i) => {
    const match = /^(по)-(\p{L}+(?:ому|ему))$/iu.exec(token.text);
    const noun = joined(text, tokens, i);
    if (!match || !noun) return [];
    const adjectives = morphology.parse(match[2]!).filter((p) => ['ADJF', 'PRTF'].includes(p.pos) && p.grammemes.has('datv'));
    const nouns = morphology.parse(noun.text).filter((p) => p.pos === 'NOUN' && p.grammemes.has('datv'));
    if (!adjectives.some((a) => nouns.some((n) => agrees(a, n))) || !judgeable(morphology.parse(noun.text), ['NOUN'])) return [];
    return [hitOf(text, token, noun, `${match[1]} ${match[2]}${text.slice(token.end, noun.end)}`, PO_APART_WHY)];
  });
}

const NE_SOLID_WHY = { ru: 'после слова меры («крайне», «весьма») «не» со словом пишется слитно', en: 'after a word of degree Russian writes «не» solid with the word' };
const NE_APART_WHY = { ru: 'при усилении отрицания («вовсе», «никому») «не» пишется раздельно', en: 'where the negation is strengthened Russian writes «не» apart' };
const isQuality = (p: WordParse) => ['ADJF', 'ADJS', 'ADVB', 'PRTF', 'PRTS'].includes(p.pos) && !p.grammemes.has('Apro');

/**
 * "крайне не удобно" → "неудобно", "вовсе неинтересная" → "вовсе не интересная": a word of degree
 * joins «не» to the word, a word that strengthens the negation parts them.
 */
function negationHits(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  return tokens.flatMap((token, i) => {
    const next = joined(text, tokens, i);
    if (!next || !isCyrillicWord(next)) return [];
    const word = joined(text, tokens, i + 1);
    const contrastFollows = /^\s*,?\s*(?:а|но)(?!\p{L})/u.test(text.slice((word ?? next).end));
    if (DEGREE_BEFORE_NE.has(lower(token)) && lower(next) === 'не' && word && isCyrillicWord(word) && !contrastFollows) {
      const solid = `не${word.text}`;
      if (anyReading(morphology.parse(solid), isQuality) && !anyReading(morphology.parse(word.text), (p) => p.pos === 'VERB' || p.pos === 'INFN')) return [hitOf(text, next, word, solid, NE_SOLID_WHY)];
    }
    if (NEGATION_STRENGTHENERS.has(lower(token)) && /^не\p{L}{3,}$/u.test(lower(next))) {
      const rest = next.text.slice(2);
      if (anyReading(morphology.parse(next.text), isQuality) && everyReading(morphology.parse(rest), isQuality)) return [hitOf(text, next, next, `${next.text.slice(0, 2)} ${rest}`, NE_APART_WHY)];
    }
    return [];
  });
}

const AS_AS_WHY = { ru: 'оборот «так же как и», выделенный целиком, запятой внутри не разделяется', en: 'a whole «так же как и» set off by commas takes no comma inside' };

/** ", так же, как и …" → ", так же как и": the comparison set off as a whole keeps no comma before «как». */
function asAsHits(text: string): AgreementHit[] {
  return [...text.matchAll(/(?<=,\s*)([Тт]ак же), как и(?!\p{L})/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    suggestion: `${m[1]} как и`,
    message: { ru: `«${m[0]}» → «${m[1]} как и»: ${AS_AS_WHY.ru}`, en: `"${m[0]}" → "${m[1]} как и": ${AS_AS_WHY.en}` },
  }));
}

const PHRASE_SLIP_ENTRIES = Object.entries(PHRASE_SLIPS).map(([written, slip], order) => ({ order, words: written.split(' '), slip }));
type PhraseSlipEntry = (typeof PHRASE_SLIP_ENTRIES)[number];
const isStem = (entry: PhraseSlipEntry) => entry.words[0]!.endsWith('*');
/** Slips by their first word, so each word of a text is tried against its own few, not all four hundred. */
const SLIPS_BY_FIRST_WORD = new Map<string, PhraseSlipEntry[]>();
for (const entry of PHRASE_SLIP_ENTRIES.filter((e) => !isStem(e))) {
  const first = withoutYo(entry.words[0]!);
  SLIPS_BY_FIRST_WORD.set(first, [...(SLIPS_BY_FIRST_WORD.get(first) ?? []), entry]);
}
const SLIPS_OPENED_BY_STEM = PHRASE_SLIP_ENTRIES.filter(isStem);
/** The slips whose first word a word may be, in the order the list gives them. */
const slipsOpenedBy = (word: string) => [...(SLIPS_BY_FIRST_WORD.get(word) ?? []), ...SLIPS_OPENED_BY_STEM.filter((entry) => matchesAny(word, [entry.words[0]!]))].sort((a, b) => a.order - b.order);

/** "ихний" → "их", "разрешите преставиться" → "представиться": a word or phrase the norm has not, or that says another thing. */
function phraseSlipHits(text: string, tokens: WordToken[]): AgreementHit[] {
  return tokens.flatMap((token, i) =>
    slipsOpenedBy(lowerE(token)).flatMap(({ words: phrase, slip }) => {
      const end = phraseEnd(text, tokens, i, phrase);
      return end >= 0 ? [hitOf(text, token, tokens[end]!, keepCase(token.text, slip.meant), slip.why)] : [];
    }),
  );
}

/** Whether the sentence a word is in ends in a question or an exclamation: a rhetorical «кто бы не хотел…?» keeps its «не». */
const asksOrExclaims = (text: string, from: number) => /^[^.!?…]*[?!]/u.test(text.slice(from));
/** Whether a word opens its sentence or clause. */
const opensClause = (text: string, token: WordToken) => /(?:^|[.!?…,—–-]\s*)$/u.test(text.slice(0, token.start));

const CONCESSIVE_WHY = { ru: 'в уступительном обороте «где бы ни», «что бы ни» — частица «ни»', en: 'a concessive clause («где бы ни», «что бы ни») takes «ни»' };
const IN_ORDER_WHY = { ru: 'союз цели «чтобы» пишется слитно', en: 'the conjunction of purpose «чтобы» is one word' };

/**
 * "Где бы вы не находились, …" → "ни": a clause of «бы» that a comma closes before the main one is
 * concessive. "Что бы записаться, …" → "Чтобы": «что бы» before an infinitive opening a sentence is the conjunction.
 */
function byClauseHits(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  return tokens.flatMap((token, i) => {
    const by = joined(text, tokens, i);
    if (!CONCESSIVE_OPENERS.has(lower(token)) || lower(by) !== 'бы' || !opensClause(text, token) || asksOrExclaims(text, token.end)) return [];
    const verb = joined(text, tokens, i + 1);
    // "Что бы посмотреть: …" asks what; a purpose clause is closed by a comma before the main one.
    const purpose = verb && anyReading(morphology.parse(verb.text), (p) => p.pos === 'INFN') && /^[^.!?…:]{0,60}?,\s*\p{L}/u.test(text.slice(verb.end));
    if (/^[Чч]то$/u.test(token.text) && purpose && /(?:^|[.!?…]\s*)$/u.test(text.slice(0, token.start))) {
      return [hitOf(text, token, by!, keepCase(token.text, 'чтобы'), IN_ORDER_WHY)];
    }
    const withSubject = CONCESSIVE_SUBJECTS.has(lower(verb));
    const neAt = withSubject ? i + 3 : i + 2;
    const ne = tokens[neAt];
    if (lower(ne) !== 'не' || !joined(text, tokens, neAt - 1) || (!withSubject && lower(token) === 'как')) return [];
    const predicate = joined(text, tokens, neAt);
    if (!predicate || !anyReading(morphology.parse(predicate.text), (p) => p.pos === 'VERB')) return [];
    // Concessive when a comma closes the clause before the main one, or, with its own subject, when it closes the sentence after a comma.
    const mainFollows = /^[^.!?…]{0,60}?,\s*\p{L}/u.test(text.slice(predicate.end));
    const endsSentence = withSubject && !['кто', 'что'].includes(lower(token)) && /,\s*$/u.test(text.slice(0, token.start)) && /^[^,.!?…]{0,60}(?:[.…]|$)/u.test(text.slice(predicate.end));
    if (!mainFollows && !endsSentence) return [];
    return [hitOf(text, token, ne!, `${text.slice(token.start, ne!.start)}ни`, CONCESSIVE_WHY)];
  });
}

/** Paronyms, pleonasms and the spelling of particles and adverbs that the words around decide. */
export function lexicalHits(text: string, morphology: Morphology): AgreementHit[] {
  const tokens = words(text, 'ru');
  return [
    ...attributeParonymHits(text, tokens, morphology),
    ...nounParonymHits(text, tokens, morphology),
    ...pleonasmHits(text, tokens, morphology),
    ...priceVerbHits(text, tokens),
    ...verbSlipHits(text, tokens, morphology),
    ...dressedHits(text, tokens, morphology),
    ...jumpHits(text, tokens),
    ...solidAdverbHits(text, tokens),
    ...duringHits(text, tokens, morphology),
    ...poAdjectiveHits(text, tokens, morphology),
    ...negationHits(text, tokens, morphology),
    ...phraseSlipHits(text, tokens),
    ...byClauseHits(text, tokens, morphology),
    ...asAsHits(text),
  ];
}
