import { anyReading, everyReading, type Morphology, type WordParse } from '../text/morphology';
import {
  ADVERBS_APART,
  AFTER_PRONOUN_TO,
  ARRIVING_FOR_STAY,
  SUBJECT_PRONOUNS,
  COMPARATIVE_ADJECTIVE_STEMS,
  DEGREE_WORDS,
  BOTH_FEMININE,
  COUNTED_TIME,
  INSTRUMENTAL_REFLEXIVE_STEMS,
  INSTRUMENTAL_VERB_STEMS,
  BOTH_MASCULINE,
  DATIVE_PREPOSITIONS,
  DATIVE_TO_ACCUSATIVE,
  GERUND_PREPOSITIONS,
  HALF_OF,
  HEAD_OF,
  HYPHEN_PARTICLES,
  KOE,
  JOINING_WORDS,
  NUMERAL_INCREMENTS,
  ONE_N_ADJECTIVES,
  PAUCAL_NUMERALS,
  PARTNER_STEMS,
  SURE_AFTER,
  SURE_BEFORE,
  SURE_WITH_ONE_N,
  WITH_PARTNER_FORMS,
  WITH_PARTNER_STEMS,
  PAY_NOT_OBJECT,
  PAY_VERB_STEMS,
  PERSON_IN_ACCUSATIVE,
  REACHING_VERB_STEMS,
  REMAINING_WORDS,
  SAID_ONCE_ADVERBS,
  SOLID_PREPOSITIONS,
  STAY_ATTRIBUTES,
  SERVICE_BY_PERSON,
  SHORT_FORMS_FOR_NOUNS,
  SPLIT_PREFIXES,
  STAYING_ONES,
  TAKES_TO,
} from '../lexicon/ru/set-phrases';
import { words, type WordToken } from '../text/segment';
import { type AgreementHit, has, isCyrillicWord, isLower, judgeable, lower, onlySpaceBetween } from './agreement';

const isNoun = (p: WordParse) => p.pos === 'NOUN';
/** The next word, when only spaces part it from the one at `at`: a phrase, not a list or a new clause. */
const nextWord = (text: string, tokens: WordToken[], at: number) => {
  const next = tokens[at + 1];
  return next && onlySpaceBetween(text, tokens[at]!, next) ? next : undefined;
};
const hit = (first: WordToken, last: WordToken, message: { ru: string; en: string }, suggestion?: string): AgreementHit => ({
  start: first.start,
  end: last.end,
  message,
  ...(suggestion ? { suggestion } : {}),
});
const quoteOf = (text: string, first: WordToken, last: WordToken) => text.slice(first.start, last.end);

/**
 * The noun a phrase reaches past at most two adjectives ("за коммунальные услуги"): its index,
 * or -1 when a word between is no plain adjective or no lower-case noun the grammar knows follows.
 */
function nounAfter(text: string, tokens: WordToken[], at: number, morphology: Morphology): number {
  for (let k = at + 1, steps = 0; steps < 3; k++, steps++) {
    const word = tokens[k];
    if (!word || !onlySpaceBetween(text, tokens[k - 1]!, word) || !isCyrillicWord(word) || !isLower(word)) return -1;
    const parses = morphology.parse(word.text);
    if (judgeable(parses, ['NOUN'])) return k;
    // An adjective may also be read as its noun ("новых", "больных"): it is an adjective here, the noun still to come.
    if (!judgeable(parses, ['ADJF', 'PRTF', 'NOUN']) || !anyReading(parses, (p) => p.pos !== 'NOUN')) return -1;
  }
  return -1;
}

/** "согласно договора", "благодаря усилий": a noun in the genitive after a preposition of the dative. */
function dativeSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((preposition, i) => {
    const name = lower(preposition);
    const noun = nextWord(text, tokens, i);
    if (!DATIVE_PREPOSITIONS.has(name) || !noun || !isCyrillicWord(noun) || !isLower(noun)) return;
    const parses = morphology.parse(noun.text);
    if (!judgeable(parses, ['NOUN']) || anyReading(parses, has('datv')) || !anyReading(parses, has('gent'))) return;
    if (GERUND_PREPOSITIONS.has(name) && anyReading(parses, has('accs'))) return;
    const quote = quoteOf(text, preposition, noun);
    hits.push(
      hit(preposition, noun, {
        ru: `«${quote}»: «${name}» управляет дательным падежом («${name} чему?»), а не родительным`,
        en: `"${quote}": «${name}» takes the dative, not the genitive`,
      }),
    );
  });
  return hits;
}

/** "оплатить за услугу": the verb of paying takes its object with no «за» ("заплатить за" does). */
function payForSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((verb, i) => {
    const name = lower(verb);
    if (!PAY_VERB_STEMS.some((stem) => name.startsWith(stem)) || /с[яь]$/.test(name)) return;
    // "оплачиваем" is also a short passive participle, read here as the verb it is far more often.
    const readings = morphology.parse(verb.text);
    if (!everyReading(readings, (p) => ['VERB', 'INFN', 'GRND', 'PRTS'].includes(p.pos)) || !anyReading(readings, (p) => p.pos !== 'PRTS')) return;
    const za = nextWord(text, tokens, i);
    if (lower(za) !== 'за') return;
    const at = nounAfter(text, tokens, i + 1, morphology);
    if (at < 0) return;
    const noun = tokens[at]!;
    const parses = morphology.parse(noun.text);
    if (!everyReading(parses, has('inan')) || !anyReading(parses, has('accs')) || PAY_NOT_OBJECT.some((stem) => lower(noun).startsWith(stem))) return;
    const quote = quoteOf(text, verb, noun);
    const fixed = `${verb.text}${text.slice(za!.end, noun.end)}`;
    hits.push(
      hit(
        verb,
        noun,
        {
          ru: `«${quote}» → «${fixed}»: оплачивают что-то, без «за» (платят — за что-то)`,
          en: `"${quote}" → "${fixed}": «оплатить» takes its object with no «за» («заплатить за»)`,
        },
        fixed,
      ),
    );
  });
  return hits;
}

/** "заведующий отделения": the head of something takes the instrumental ("заведующий отделением"). */
function headOfSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((head, i) => {
    if (!lower(head).startsWith(HEAD_OF)) return;
    const at = nounAfter(text, tokens, i, morphology);
    if (at < 0) return;
    const phrase = tokens.slice(i + 1, at + 1).map((word) => morphology.parse(word.text));
    if (!phrase.every((parses) => anyReading(parses, has('gent')) && !anyReading(parses, has('ablt')))) return;
    const quote = quoteOf(text, head, tokens[at]!);
    hits.push(
      hit(head, tokens[at]!, {
        ru: `«${quote}»: «заведовать» чем — нужен творительный падеж («заведующий отделением»)`,
        en: `"${quote}": «заведующий» takes the instrumental («заведующий отделением»)`,
      }),
    );
  });
  return hits;
}

/** A noun right before a numeral may be what it labels ("пункт два правил"): then the numeral counts nothing after it. */
const mayLabel = (text: string, tokens: WordToken[], at: number, morphology: Morphology) => {
  const before = tokens[at - 1];
  const label = (p: WordParse) => isNoun(p) && !p.grammemes.has('Abbr') && p.grammemes.has('sing') && ['nomn', 'accs', 'gent'].some((c) => p.grammemes.has(c));
  return !!before && onlySpaceBetween(text, before, tokens[at]!) && anyReading(morphology.parse(before.text), label);
};

/**
 * "два кабинетов", "полтора литров": after «два», «три», «четыре», «оба», «полтора» the noun
 * stands in the genitive singular. And "обоих сторон": «оба» goes with masculine and neuter nouns,
 * «обе» with feminine ones.
 */
function numeralSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((numeral, i) => {
    const name = lower(numeral);
    const counts = PAUCAL_NUMERALS.has(name);
    if ((!counts && !BOTH_MASCULINE.has(name) && !BOTH_FEMININE.has(name)) || mayLabel(text, tokens, i, morphology)) return;
    const at = nounAfter(text, tokens, i, morphology);
    if (at < 0) return;
    const noun = tokens[at]!;
    const parses = morphology.parse(noun.text);
    // "двое суток": a noun with no singular wants a collective numeral, another matter.
    if (anyReading(parses, has('Pltm')) || anyReading(parses, has('Sgtm'))) return;
    const quote = quoteOf(text, numeral, noun);
    if (counts && !anyReading(parses, (p) => p.grammemes.has('sing') && (p.grammemes.has('gent') || p.grammemes.has('gen2')))) {
      // «три» is also the imperative of «тереть»: "три кожу" has an object, not a count.
      if (name === 'три' && anyReading(parses, has('accs'))) return;
      // A noun in another case belongs elsewhere: the numeral's own noun was left out ("раздали по два детям").
      if (!anyReading(parses, (p) => p.grammemes.has('nomn') || p.grammemes.has('accs') || p.grammemes.has('gent'))) return;
      hits.push(
        hit(numeral, noun, {
          ru: `«${quote}»: после «${name}» существительное стоит в родительном падеже единственного числа`,
          en: `"${quote}": after «${name}» Russian puts the noun in the genitive singular`,
        }),
      );
      return;
    }
    const commonGender = anyReading(parses, (p) => p.grammemes.has('ms-f') || p.grammemes.has('GNdr'));
    const feminine = everyReading(parses, has('femn'));
    const notFeminine = everyReading(parses, (p) => p.grammemes.has('masc') || p.grammemes.has('neut'));
    const wrong = !commonGender && ((BOTH_MASCULINE.has(name) && feminine) || (BOTH_FEMININE.has(name) && notFeminine));
    if (!wrong) return;
    hits.push(
      hit(numeral, noun, {
        ru: `«${quote}»: «${feminine ? 'обе, обеих' : 'оба, обоих'}» — так о существительном ${feminine ? 'женского' : 'мужского и среднего'} рода`,
        en: `"${quote}": «${feminine ? 'обе' : 'оба'}» goes with a ${feminine ? 'feminine' : 'masculine or neuter'} noun`,
      }),
    );
  });
  return hits;
}

/**
 * Adverbs, pronouns and particles written with a hyphen that hurry writes with a space: "по
 * новому" (but "по новому адресу"), "кто нибудь", "кое что", "какой то". Said only when the
 * dictionary knows the hyphenated word.
 */
function hyphenSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  const known = (word: string) => morphology.parse(word).length > 0;
  tokens.forEach((first, i) => {
    const second = nextWord(text, tokens, i);
    if (!second || !isCyrillicWord(first) || !isCyrillicWord(second) || !isLower(second)) return;
    const a = lower(first);
    const b = lower(second);
    const joined = `${first.text}-${second.text}`;
    const fits =
      (a === 'по' && isAdverbApart(text, tokens, i, morphology)) ||
      (HYPHEN_PARTICLES.includes(b) && known(joined) && !(b === 'либо' && secondLibo(text, second))) ||
      (a === KOE && known(joined)) ||
      (b === 'то' && TAKES_TO.has(a) && isParticleTo(text, tokens, i + 1, morphology));
    if (!fits) return;
    const quote = quoteOf(text, first, second);
    hits.push(
      hit(
        first,
        second,
        {
          ru: `«${quote}» → «${joined}»: пишется через дефис`,
          en: `"${quote}" → "${joined}": written with a hyphen`,
        },
        joined,
      ),
    );
  });
  return hits;
}

/** "по новому" is the adverb "по-новому" unless a word it may govern follows ("по новому адресу", "по новому и старому тарифу"). */
function isAdverbApart(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const word = tokens[at + 1]!;
  if (!anyReading(morphology.parse(`по-${word.text}`), (p) => p.pos === 'ADVB')) return false;
  // "по-русски": no word stands apart in that form.
  if (/[сц]ки$/iu.test(word.text) && morphology.parse(word.text).every((p) => p.pos === 'ADVB')) return true;
  const after = tokens[at + 2];
  if (!after) return true;
  // A line break may part a phrase as a space does ("по новому<br>адресу").
  const gap = text.slice(word.end, after.start);
  if (/^\s+$/.test(gap) && !isCyrillicWord(after)) return false;
  if (/^\s+$/.test(gap) || /^\s*,\s*$/.test(gap)) {
    const parses = morphology.parse(after.text);
    if (parses.length === 0 || anyReading(parses, has('datv')) || /^(и|или|либо|же|а)$/iu.test(after.text)) return false;
  }
  return true;
}

/** "либо" apart may be the conjunction when another one follows in the sentence ("что либо одно, либо другое"). */
const secondLibo = (text: string, libo: WordToken) => /^[^.!?]*(?<!\p{L})либо(?!\p{L})/iu.test(text.slice(libo.end, libo.end + 200));

/** A detached «то» is the particle when no noun of its own, "или", "же" or a comma follows ("какой то момент", "почему то не работает"). */
function isParticleTo(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const after = nextWord(text, tokens, at);
  if (!after || !isCyrillicWord(after) || AFTER_PRONOUN_TO.has(lower(after))) return false;
  const parses = morphology.parse(after.text);
  // "то" as a pronoun goes with a neuter noun or adjective: "какое то решение" may be "which is that decision".
  if (parses.length === 0 || anyReading(parses, (p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && p.grammemes.has('neut') && p.grammemes.has('sing'))) return false;
  // After "кто", "куда" and the like, the particle is told by the verb that follows ("кто то позвонил").
  return !/^(кто|кого|кому|кем|почему|зачем|откуда|куда)$/.test(lower(tokens[at - 1])) || anyReading(parses, (p) => p.pos === 'VERB');
}

/** "в следствие ошибки", "в виду отсутствия", "на подобие": prepositions written solid, apart. */
function solidPrepositionSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((first, i) => {
    const second = nextWord(text, tokens, i);
    const entry = second ? SOLID_PREPOSITIONS[`${lower(first)} ${lower(second)}`] : undefined;
    const governed = second ? nextWord(text, tokens, i + 1) : undefined;
    // A capital word after it may be a name or an abbreviation ("в следствие МВД" is the noun).
    if (!entry || !governed || !isCyrillicWord(governed) || !isLower(governed)) return;
    if (entry.next ? !entry.next.has(lower(governed)) : !anyReading(morphology.parse(governed.text), (p) => p.grammemes.has('gent') && p.pos !== 'VERB')) return;
    const before = tokens.slice(Math.max(0, i - 3), i);
    if (entry.notAfterStem && before.some((word) => lower(word).startsWith(entry.notAfterStem!))) return;
    const solid = /^\p{Lu}/u.test(first.text) ? entry.solid.charAt(0).toUpperCase() + entry.solid.slice(1) : entry.solid;
    const quote = quoteOf(text, first, second!);
    hits.push(
      hit(
        first,
        second!,
        {
          ru: `«${quote}» → «${solid}»: предлог пишется слитно`,
          en: `"${quote}" → "${solid}": the preposition is one word`,
        },
        solid,
      ),
    );
  });
  return hits;
}

/** "в последствии мы", "по началу было": an adverb written as a preposition and a noun, told by the verb or subject after it. */
function adverbApartSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((first, i) => {
    const second = nextWord(text, tokens, i);
    const entry = second ? ADVERBS_APART[`${lower(first)} ${lower(second)}`] : undefined;
    const after = second ? nextWord(text, tokens, i + 1) : undefined;
    if (!entry || !after || !isCyrillicWord(after)) return;
    // "было" is also a particle, still no genitive the noun could take.
    const parses = morphology.parse(after.text);
    const opensClause = SUBJECT_PRONOUNS.has(lower(after)) || (anyReading(parses, (p) => p.pos === 'VERB') && everyReading(parses, (p) => p.pos === 'VERB' || p.pos === 'PRCL'));
    if (!opensClause || (entry.notAfterStem && lower(tokens[i - 1]).startsWith(entry.notAfterStem))) return;
    const solid = /^\p{Lu}/u.test(first.text) ? entry.solid.charAt(0).toUpperCase() + entry.solid.slice(1) : entry.solid;
    const quote = quoteOf(text, first, second!);
    hits.push(
      hit(
        first,
        second!,
        {
          ru: `«${quote}» → «${solid}»: наречие пишется слитно`,
          en: `"${quote}" → "${solid}": the adverb is one word`,
        },
        solid,
      ),
    );
  });
  return hits;
}

/** "пол часа", "пол-года": «пол-» (half) joins a noun of time or price solid, and the dictionary knows the word. */
function halfSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((token, i) => {
    const hyphenated = /^(пол)-(\p{L}+)$/iu.exec(token.text);
    const second = hyphenated ? undefined : nextWord(text, tokens, i);
    const [half, noun] = hyphenated ? [hyphenated[1]!, hyphenated[2]!] : [token.text, second?.text ?? ''];
    if (half.toLowerCase() !== 'пол' || !HALF_OF.includes(noun)) return;
    const solid = `${half}${noun}`;
    if (morphology.parse(solid).length === 0) return;
    const last = second ?? token;
    const quote = quoteOf(text, token, last);
    hits.push(
      hit(
        token,
        last,
        {
          ru: `«${quote}» → «${solid}»: «пол-» с существительным пишется слитно`,
          en: `"${quote}" → "${solid}": «пол-» (half) joins the noun as one word`,
        },
        solid,
      ),
    );
  });
  return hits;
}

/**
 * "более дешевле", "менее удобнее", "более лучший": a comparative says "more" by itself, and so do
 * «лучший», «худший». "тем более лучше" ("all the more it is better") is a phrase of its own.
 */
function doubleComparatives(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((degree, i) => {
    const comparative = nextWord(text, tokens, i);
    // "более менее" is "более-менее" written apart, another matter.
    if (!comparative || !DEGREE_WORDS.has(lower(degree)) || DEGREE_WORDS.has(lower(comparative)) || lower(tokens[i - 1]) === 'тем') return;
    const parses = morphology.parse(comparative.text);
    const analytic = /^(более|менее)$/.test(lower(degree)) && anyReading(parses, (p) => p.pos === 'COMP') && everyReading(parses, (p) => ['COMP', 'ADVB', 'PRCL'].includes(p.pos));
    const synthetic = COMPARATIVE_ADJECTIVE_STEMS.some((stem) => lower(comparative).startsWith(stem)) && everyReading(parses, (p) => p.pos === 'ADJF');
    if (!analytic && !synthetic) return;
    const quote = quoteOf(text, degree, comparative);
    hits.push(
      hit(
        degree,
        comparative,
        {
          ru: `«${quote}» → «${comparative.text}»: сравнительная степень дважды — «${lower(degree)}» лишнее`,
          en: `"${quote}" → "${comparative.text}": the comparative is said twice; «${lower(degree)}» is extra`,
        },
        comparative.text,
      ),
    );
  });
  return hits;
}

/** "просим Вам ознакомиться": «просить», «благодарить», «приглашать» take the person in the accusative ("просим Вас"). */
function personCaseSlips(text: string, tokens: WordToken[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((verb, i) => {
    const pronoun = nextWord(text, tokens, i);
    const accusative = DATIVE_TO_ACCUSATIVE[lower(pronoun)];
    if (!pronoun || !accusative || !PERSON_IN_ACCUSATIVE.has(lower(verb))) return;
    const fixed = `${verb.text} ${/^\p{Lu}/u.test(pronoun.text) ? accusative.charAt(0).toUpperCase() + accusative.slice(1) : accusative}`;
    const quote = quoteOf(text, verb, pronoun);
    hits.push(
      hit(
        verb,
        pronoun,
        {
          ru: `«${quote}» → «${fixed}»: «${lower(verb)}» кого — нужен винительный падеж`,
          en: `"${quote}" → "${fixed}": «${lower(verb)}» takes the person in the accusative`,
        },
        fixed,
      ),
    );
  });
  return hits;
}

/** "дневное прибывание", "прибывание в лагере": a stay is «пребывание»; «прибывание» is water coming in. */
function stayParonyms(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((noun, i) => {
    if (!lower(noun).startsWith(ARRIVING_FOR_STAY)) return;
    const before = tokens[i - 1];
    const attribute = before && onlySpaceBetween(text, before, noun) && STAY_ATTRIBUTES.some((stem) => lower(before).startsWith(stem)) ? before : undefined;
    const after = nextWord(text, tokens, i);
    const where = after && /^(в|на)$/.test(lower(after)) ? nextWord(text, tokens, i + 1) : undefined;
    const staysWhere = where && everyReading(morphology.parse(where.text), (p) => p.grammemes.has('loct') || p.grammemes.has('loc2'));
    const whose = after && STAYING_ONES.includes(lower(after)) ? after : undefined;
    if (!attribute && !staysWhere && !whose) return;
    const first = attribute ?? noun;
    const last = attribute ? noun : staysWhere ? where! : whose!;
    const meant = noun.text.replace(/^([Пп])ри/u, (_, p: string) => `${p}ре`);
    const quote = quoteOf(text, first, last);
    hits.push(
      hit(
        first,
        last,
        {
          ru: `«${noun.text}» → «${meant}»: пребывание — нахождение где-то, а «прибывание» — прибытие, прибавление`,
          en: `"${noun.text}" → "${meant}": a stay is «пребывание»; «прибывание» is arriving or rising`,
        },
        quote.replace(noun.text, meant),
      ),
    );
  });
  return hits;
}

/** How many words may stand between an adverb and its repeat for the two to be in one clause. */
const REPEAT_REACH = 3;

/** "уже сделано уже более": an adverb said twice in a few words of one clause, nothing joining two parts between. */
function repeatedAdverbs(text: string, tokens: WordToken[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((adverb, i) => {
    const said = SAID_ONCE_ADVERBS[lower(adverb)];
    if (!said) return;
    for (let k = i + 1; k <= i + REPEAT_REACH + 1 && k < tokens.length; k++) {
      if (!onlySpaceBetween(text, tokens[k - 1]!, tokens[k]!) || JOINING_WORDS.has(lower(tokens[k]))) return;
      if (SAID_ONCE_ADVERBS[lower(tokens[k])] !== said) continue;
      if (k === i + 1) return;
      const quote = quoteOf(text, adverb, tokens[k]!);
      hits.push(hit(adverb, tokens[k]!, { ru: `«${quote}»: «${said}» повторено дважды в одной части предложения`, en: `"${quote}": «${said}» is said twice in one clause` }));
      return;
    }
  });
  return hits;
}

/** The form a count written in figures wants: "1 место", "2 места", "5 мест" (11 to 14 as 5). */
function countForm(figure: string): 'sing' | 'paucal' | 'many' {
  const n = Number(figure.slice(-2));
  if (n % 100 >= 11 && n % 100 <= 14) return 'many';
  return n % 10 === 1 ? 'sing' : n % 10 >= 2 && n % 10 <= 4 ? 'paucal' : 'many';
}

/**
 * "Осталось 2 место", "осталось 5 место": after a word of what is left, a count in figures wants
 * its noun in the genitive ("2 места", "5 мест"), not the nominative an ordinal would take.
 */
function remainingCountSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((figure, i) => {
    const before = tokens[i - 1];
    if (!/^\d+$/.test(figure.text) || !before || !REMAINING_WORDS.has(lower(before)) || !onlySpaceBetween(text, before, figure)) return;
    const form = countForm(figure.text);
    const at = form === 'sing' ? -1 : nounAfter(text, tokens, i, morphology);
    if (at < 0) return;
    const noun = tokens[at]!;
    const parses = morphology.parse(noun.text);
    if (anyReading(parses, has('gent')) || anyReading(parses, has('Pltm')) || !everyReading(parses, (p) => p.grammemes.has('sing') && (p.grammemes.has('nomn') || p.grammemes.has('accs')))) return;
    const quote = quoteOf(text, figure, noun);
    hits.push(
      hit(figure, noun, {
        ru: `«${quote}»: после числа ${figure.text} существительное стоит в родительном падеже ${form === 'paucal' ? 'единственного' : 'множественного'} числа`,
        en: `"${quote}": after ${figure.text} Russian puts the noun in the genitive ${form === 'paucal' ? 'singular' : 'plural'}`,
      }),
    );
  });
  return hits;
}

/** How many words may part «уверены» from the person or the form of «быть» that tells its sense ("будете всегда и везде уверены"). */
const SURE_REACH = 4;

/** "мы уверенны в качестве": sure of something is «уверены» with one «н»; «уверенны» is a confident manner. */
function sureSlips(text: string, tokens: WordToken[]): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((word, i) => {
    const meant = SURE_WITH_ONE_N[lower(word)];
    if (!meant) return;
    const after = tokens[i + 1];
    const toldAfter = after && /^\s*,?\s*$/.test(text.slice(word.end, after.start)) && SURE_AFTER.has(lower(after));
    let toldBefore = false;
    for (let k = i - 1; k >= 0 && k >= i - SURE_REACH && onlySpaceBetween(text, tokens[k]!, tokens[k + 1]!); k--) if (SURE_BEFORE.has(lower(tokens[k]))) toldBefore = true;
    if (!toldAfter && !toldBefore) return;
    const fixed = /^\p{Lu}/u.test(word.text) ? meant.charAt(0).toUpperCase() + meant.slice(1) : meant;
    hits.push(
      hit(
        word,
        word,
        {
          ru: `«${word.text}» → «${fixed}»: уверен в чём-то — краткое прилагательное с одной «н»`,
          en: `"${word.text}" → "${fixed}": sure of something is written with one «н»`,
        },
        fixed,
      ),
    );
  });
  return hits;
}

/** How many attributes may stand between «с» and the partner ("с нашей новой командой"). */
const PARTNER_ATTRIBUTES = 2;

/**
 * "работы с нашей компании": after a word of working with someone «с» takes the partner in the
 * instrumental ("с нашей компанией"); the genitive says "from". Only a noun of a partner is judged.
 */
function partnerCaseSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  const genitiveOnly = (word: WordToken) => {
    const parses = morphology.parse(word.text);
    return isLower(word) && anyReading(parses, has('gent')) && !anyReading(parses, has('ablt'));
  };
  tokens.forEach((word, i) => {
    const preposition = nextWord(text, tokens, i);
    if (!(WITH_PARTNER_FORMS.has(lower(word)) || WITH_PARTNER_STEMS.some((stem) => lower(word).startsWith(stem))) || lower(preposition) !== 'с') return;
    let at = i + 2;
    const attribute = (next: WordToken | undefined) => next && isLower(next) && anyReading(morphology.parse(next.text), (p) => p.pos === 'ADJF' && p.grammemes.has('gent'));
    while (at <= i + 1 + PARTNER_ATTRIBUTES && attribute(nextWord(text, tokens, at - 1))) at++;
    const noun = nextWord(text, tokens, at - 1);
    if (!noun || !PARTNER_STEMS.some((stem) => lower(noun).startsWith(stem)) || !genitiveOnly(noun)) return;
    const quote = quoteOf(text, preposition!, noun);
    hits.push(
      hit(preposition!, noun, {
        ru: `«${quote}»: с кем работать, сотрудничать — творительный падеж («с нашей компанией»)`,
        en: `"${quote}": working with someone takes the instrumental after «с»`,
      }),
    );
  });
  return hits;
}

/**
 * A noun that cannot be the instrumental object of a verb of `number`: genitive in some reading, no
 * instrumental one, and no nominative that could be the verb's subject after it ("Этим занимаются мастера").
 */
function notInstrumental(parses: readonly WordParse[], number: string): boolean {
  return !anyReading(parses, has('ablt')) && genitiveNotSubject(parses, number);
}

/** Genitive in some reading, and no nominative that could be the subject of a verb of `number`. */
const genitiveNotSubject = (parses: readonly WordParse[], number: string) => anyReading(parses, has('gent')) && !anyReading(parses, (p) => p.grammemes.has('nomn') && p.grammemes.has(number));

/**
 * The last word of the noun phrase right after the verb at `i` when every word of it `fits` (a count
 * of time, "лет десять", is no object), or -1.
 */
function objectAfter(text: string, tokens: WordToken[], i: number, morphology: Morphology, verbParses: readonly WordParse[], fits: (parses: readonly WordParse[], number: string) => boolean): number {
  const number = everyReading(verbParses, has('sing')) ? 'sing' : 'plur';
  const at = nounAfter(text, tokens, i, morphology);
  if (at < 0 || COUNTED_TIME.has(lower(tokens[at]))) return -1;
  return tokens.slice(i + 1, at + 1).every((word) => fits(morphology.parse(word.text), number)) ? at : -1;
}

/** "компания занимается ремонта": a verb that takes the instrumental, with a noun in the genitive after it. */
function instrumentalObjectSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((verb, i) => {
    const name = lower(verb);
    const takes = INSTRUMENTAL_VERB_STEMS.some((stem) => name.startsWith(stem)) || (/с[яь]$/.test(name) && INSTRUMENTAL_REFLEXIVE_STEMS.some((stem) => name.startsWith(stem)));
    if (!isCyrillicWord(verb) || !takes) return;
    const verbParses = morphology.parse(verb.text);
    if (!everyReading(verbParses, (p) => p.pos === 'VERB' || p.pos === 'INFN')) return;
    // "Этим займётся мастера": an instrumental before the verb is its object; the word after is a subject, another slip.
    const before = tokens[i - 1];
    if (before && anyReading(morphology.parse(before.text), (p) => p.grammemes.has('ablt') && p.pos !== 'PREP')) return;
    const at = objectAfter(text, tokens, i, morphology, verbParses, notInstrumental);
    if (at < 0) return;
    const quote = quoteOf(text, verb, tokens[at]!);
    hits.push(
      hit(verb, tokens[at]!, {
        ru: `«${quote}»: «${lower(verb)}» чем — нужен творительный падеж`,
        en: `"${quote}": «${lower(verb)}» takes the instrumental`,
      }),
    );
  });
  return hits;
}

/** "температура доходит отметки": a verb of reaching takes its point with «до»; a genitive right after it lost the preposition. */
function reachingWithoutDo(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((verb, i) => {
    if (!isCyrillicWord(verb) || !REACHING_VERB_STEMS.some((stem) => lower(verb).startsWith(stem))) return;
    // Intransitive in every reading: "дошли документы" is also the imperative of «дослать», which takes an object.
    const verbParses = morphology.parse(verb.text);
    if (!everyReading(verbParses, (p) => (p.pos === 'VERB' || p.pos === 'INFN') && p.grammemes.has('intr'))) return;
    const at = objectAfter(text, tokens, i, morphology, verbParses, genitiveNotSubject);
    if (at < 0) return;
    const quote = quoteOf(text, verb, tokens[at]!);
    const fixed = `${verb.text} до${text.slice(verb.end, tokens[at]!.end)}`;
    hits.push(
      hit(
        verb,
        tokens[at]!,
        {
          ru: `«${quote}» → «${fixed}»: доходят, доезжают до чего-то — пропущен предлог «до»`,
          en: `"${quote}" → "${fixed}": reaching a point takes «до»`,
        },
        fixed,
      ),
    );
  });
  return hits;
}

/**
 * "кованные ворота": «кованый», «жёваный» are adjectives with one «н» though made of verbs; two
 * are written only in a participle with words of its own ("кованные вручную", "кованные мастером").
 */
function oneNAdjectiveSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((word, i) => {
    const stem = ONE_N_ADJECTIVES.find((written) => lower(word).startsWith(written));
    const next = nextWord(text, tokens, i);
    if (!stem || !next) return;
    const parses = morphology.parse(next.text);
    if (parses.length === 0 || !parses.every((p) => (p.pos === 'NOUN' || p.pos === 'ADJF') && !p.grammemes.has('ablt'))) return;
    const fixed = `${word.text.slice(0, stem.length - 1)}${word.text.slice(stem.length)}`;
    hits.push(hit(word, word, { ru: `«${word.text}» → «${fixed}»: прилагательное «${stem.slice(0, -1)}ый» пишется с одной «н»`, en: `"${word.text}" → "${fixed}": this adjective is written with one «н»` }, fixed));
  });
  return hits;
}

/**
 * No subject can stand before the word at `at`: it opens the text, a sentence, a bracket or a
 * quotation, or follows a preposition or a verb ("ставим вело ниппель"). After a comma it may be
 * the verb of a clause put in between ("Агентство, как мы знаем, вело переговоры").
 */
function opensPhrase(text: string, tokens: WordToken[], at: number, morphology: Morphology): boolean {
  const before = tokens[at - 1];
  if (!before || /[.!?(«"/\n]/.test(text.slice(before.end, tokens[at]!.start))) return true;
  const parses = morphology.parse(before.text);
  return onlySpaceBetween(text, before, tokens[at]!) && (anyReading(parses, (p) => p.pos === 'PREP') || (parses.length > 0 && parses.every((p) => ['VERB', 'INFN', 'PRTS', 'GRND'].includes(p.pos))));
}

/**
 * "вело ниппель", "мото запчасти", "мини отель": the first part of a compound written apart from
 * its noun. «вело» is also a past tense ("агентство вело переговоры"): that one is judged only
 * where no subject can stand before it, opening its phrase.
 */
function splitPrefixSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((prefix, i) => {
    const joiner = SPLIT_PREFIXES[lower(prefix)];
    const noun = nextWord(text, tokens, i);
    if (joiner === undefined || !noun || !isCyrillicWord(noun) || !isLower(noun) || noun.text.length < 3 || text[noun.end] === '-') return;
    if (!judgeable(morphology.parse(noun.text), ['NOUN'])) return;
    const mayBeVerb = anyReading(morphology.parse(prefix.text), (p) => p.pos === 'VERB' && p.grammemes.has('indc'));
    if (mayBeVerb && !opensPhrase(text, tokens, i, morphology)) return;
    const joined = `${prefix.text}${joiner}${noun.text}`;
    const quote = quoteOf(text, prefix, noun);
    hits.push(
      hit(
        prefix,
        noun,
        {
          ru: `«${quote}» → «${joined}»: первая часть сложного слова пишется ${joiner ? 'через дефис' : 'слитно'}`,
          en: `"${quote}" → "${joined}": the first part of the compound is ${joiner ? 'hyphenated' : 'written solid'}`,
        },
        joined,
      ),
    );
  });
  return hits;
}

/**
 * "изменение длинны цепи": a short adjective before a noun in the genitive is the noun one letter
 * off ("длины"). Not after a noun it may be the predicate of ("брюки длинны сантиметров на пять").
 */
function shortFormSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((word, i) => {
    const entry = SHORT_FORMS_FOR_NOUNS[lower(word)];
    const genitive = nextWord(text, tokens, i);
    if (!entry || !genitive || !isCyrillicWord(genitive) || !isLower(genitive)) return;
    if (!anyReading(morphology.parse(genitive.text), (p) => isNoun(p) && p.grammemes.has('gent'))) return;
    const before = tokens[i - 1];
    const subjectBefore =
      before && onlySpaceBetween(text, before, word) && anyReading(morphology.parse(before.text), (p) => (isNoun(p) || p.pos === 'NPRO') && p.grammemes.has('nomn') && entry.subject.every((g) => p.grammemes.has(g)));
    if (subjectBefore) return;
    const fixed = /^\p{Lu}/u.test(word.text) ? entry.noun.charAt(0).toUpperCase() + entry.noun.slice(1) : entry.noun;
    hits.push(
      hit(
        word,
        genitive,
        {
          ru: `«${word.text}» → «${fixed}»: здесь нужно существительное, а «${lower(word)}» — краткое прилагательное`,
          en: `"${word.text}" → "${fixed}": a noun is meant; «${lower(word)}» is a short adjective`,
        },
        `${fixed}${text.slice(word.end, genitive.end)}`,
      ),
    );
  });
  return hits;
}

/** "2х-комнатная", "5ти-местный": a figure, its case ending, a hyphen and an adjective in one word. */
const FIGURE_COMPOUND = /^(\d+)-?(\p{Ll}{1,2})-(\p{Ll}{4,})$/u;

/**
 * "2х-комнатная квартира", "2-х комнатная", "5-ти местный номер" → "2-комнатная", "5-местный": a
 * compound adjective begun with a figure takes the figure and a hyphen, no case ending (or the
 * numeral in letters: "двухкомнатная"). Said only of an adjective; "2-х этажей", "на 2-х новых
 * машинах" are a numeral with its noun, and so is a plural adjective in the numeral's case after a spaced "2-х".
 */
function figureCompoundSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  const isAdjective = (word: string) => judgeable(morphology.parse(word), ['ADJF']);
  const say = (first: WordToken, last: WordToken, fixed: string) => {
    const quote = quoteOf(text, first, last);
    hits.push({
      ...hit(
        first,
        last,
        {
          ru: `«${quote}» → «${fixed}»: в сложном прилагательном после цифры наращение не пишется (или словом: «двух…», «пяти…»)`,
          en: `"${quote}" → "${fixed}": a Russian compound adjective begun with a figure takes no case ending after it`,
        },
        fixed,
      ),
      sameFault: 'case ending in a compound adjective with a figure',
    });
  };
  tokens.forEach((token, i) => {
    const solid = FIGURE_COMPOUND.exec(token.text);
    if (solid && Object.hasOwn(NUMERAL_INCREMENTS, solid[2]!) && isAdjective(solid[3]!)) return say(token, token, `${solid[1]}-${solid[3]}`);
    const [ending, adjective] = [tokens[i + 1], tokens[i + 2]];
    if (!/^\d+$/.test(token.text) || !ending || !adjective || text.slice(token.end, ending.start) !== '-' || !Object.hasOwn(NUMERAL_INCREMENTS, ending.text)) return;
    if (!onlySpaceBetween(text, ending, adjective) || !isAdjective(adjective.text)) return;
    // "на 2-х новых машинах": a plural adjective in the numeral's own case goes with the numeral's noun.
    const cases = NUMERAL_INCREMENTS[ending.text]!;
    if (anyReading(morphology.parse(adjective.text), (p) => p.grammemes.has('plur') && cases.some((c) => p.grammemes.has(c)))) return;
    say(token, adjective, `${token.text}-${adjective.text}`);
  });
  return hits;
}

/** A noun of an activity ("строительство", "производство") as the first part of a hyphenated adjective. */
const ACTIVITY_NOUN_PART = /^(\p{L}{3,})ство$/u;

/**
 * "строительство-отделочные работы" → "строительно-отделочные": the first part of a compound adjective is
 * the adjective's stem with «о» ("строительн-о"), not the noun of the activity. Said only when the
 * dictionary knows the adjective the stem makes ("строительный", "производственный").
 */
function nounPartSlips(tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  for (const token of tokens) {
    const [first, second, ...more] = token.text.split('-');
    const activity = first && ACTIVITY_NOUN_PART.exec(first.toLowerCase());
    if (!activity || !second || more.length > 0 || !judgeable(morphology.parse(second), ['ADJF']) || !judgeable(morphology.parse(first!), ['NOUN'])) continue;
    const stem = [`${activity[1]}ственн`, `${activity[1]}н`].find((candidate) => judgeable(morphology.parse(`${candidate}ый`), ['ADJF']));
    if (!stem) continue;
    const fixed = `${first!.charAt(0)}${stem.slice(1)}о-${second}`;
    hits.push(
      hit(
        token,
        token,
        {
          ru: `«${token.text}» → «${fixed}»: первая часть сложного прилагательного — основа прилагательного с «о», а не существительное`,
          en: `"${token.text}" → "${fixed}": the first part of a Russian compound adjective is an adjective's stem with «о», not a noun`,
        },
        fixed,
      ),
    );
  }
  return hits;
}

/** Genitive endings of a person noun made from its nominative: "мастер" → "мастера", "судья" → "судьи". */
const GENITIVE_OF = (noun: string) => [`${noun}а`, `${noun.slice(0, -1)}я`, `${noun.slice(0, -1)}ы`, `${noun.slice(0, -1)}и`];

/**
 * "Консультация юрист," → "Консультация юриста": a service a person gives, opening a label or a sentence, with
 * the person after it left in the nominative. Said only when that phrase ends there (a comma, a full
 * stop, the line's end), since "Выезд курьер согласует" has the person as its subject, and when the
 * person noun can be nothing but a nominative.
 */
function doerInNominativeSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((service, i) => {
    const person = nextWord(text, tokens, i);
    if (!person || !SERVICE_BY_PERSON.has(lower(service)) || !isLower(person) || !isCyrillicWord(person)) return;
    const opens = i === 0 ? /^[\s«"]*$/u.test(text.slice(0, service.start)) : /[.!?:\n]\s*$/.test(text.slice(tokens[i - 1]!.end, service.start));
    const next = tokens[i + 2];
    if (!opens || (next && !/[,.;!\n]/.test(text.slice(person.end, next.start)))) return;
    const parses = morphology.parse(person.text);
    if (!judgeable(parses, ['NOUN']) || !everyReading(parses, (p) => has('anim')(p) && has('nomn')(p) && has('sing')(p))) return;
    const genitive = GENITIVE_OF(lower(person)).find((form) => anyReading(morphology.parse(form), (p) => isNoun(p) && has('gent')(p) && has('sing')(p) && has('anim')(p)));
    if (!genitive) return;
    const quote = quoteOf(text, service, person);
    const fixed = `${service.text} ${genitive}`;
    hits.push(
      hit(
        service,
        person,
        {
          ru: `«${quote}» → «${fixed}»: того, кто оказывает услугу, называют в родительном падеже («${lower(service)} кого?»)`,
          en: `"${quote}" → "${fixed}": the person who gives the service stands in the genitive`,
        },
        fixed,
      ),
    );
  });
  return hits;
}

/** Fixed phrases of Russian whose government, hyphen or numeral form is wrong, judged with the grammar of every word. */
export function setPhraseHits(text: string, morphology: Morphology): AgreementHit[] {
  const tokens = words(text, 'ru');
  return [
    ...dativeSlips(text, tokens, morphology),
    ...payForSlips(text, tokens, morphology),
    ...headOfSlips(text, tokens, morphology),
    ...numeralSlips(text, tokens, morphology),
    ...hyphenSlips(text, tokens, morphology),
    ...solidPrepositionSlips(text, tokens, morphology),
    ...adverbApartSlips(text, tokens, morphology),
    ...halfSlips(text, tokens, morphology),
    ...doubleComparatives(text, tokens, morphology),
    ...personCaseSlips(text, tokens),
    ...stayParonyms(text, tokens, morphology),
    ...repeatedAdverbs(text, tokens),
    ...remainingCountSlips(text, tokens, morphology),
    ...sureSlips(text, tokens),
    ...partnerCaseSlips(text, tokens, morphology),
    ...instrumentalObjectSlips(text, tokens, morphology),
    ...reachingWithoutDo(text, tokens, morphology),
    ...oneNAdjectiveSlips(text, tokens, morphology),
    ...splitPrefixSlips(text, tokens, morphology),
    ...shortFormSlips(text, tokens, morphology),
    ...figureCompoundSlips(text, tokens, morphology),
    ...doerInNominativeSlips(text, tokens, morphology),
    ...nounPartSlips(tokens, morphology),
  ];
}
