import { anyReading, everyReading, type Morphology, type WordParse } from '../text/morphology';
import { GENITIVE_VERB_STEMS, IMPERSONAL_VERBS, LOCATIVE_WITH_V_STEMS, MISSING_VERB_STEMS, TIME_NOUNS } from '../lexicon/ru/government';
import { BETWEEN_TAKER_AND_INFINITIVE, INFINITIVE_TAKERS } from '../lexicon/ru/verb-forms';
import { words, type WordToken } from '../text/segment';
import { type AgreementHit, agrees, has, isCyrillicWord, isLower, judgeable, lower, onlySpaceBetween } from './agreement';

const isThirdSingular = (p: WordParse) => p.pos === 'VERB' && p.grammemes.has('3per') && p.grammemes.has('sing');

/** The word that the verb at `at` depends on, past the particles and adverbs that may part them, when only spaces part them all. */
function takerBefore(text: string, tokens: WordToken[], at: number): WordToken | undefined {
  for (let k = at - 1, skipped = 0; k >= 0 && skipped <= 2; k--, skipped++) {
    if (!onlySpaceBetween(text, tokens[k]!, tokens[k + 1]!)) return undefined;
    if (!BETWEEN_TAKER_AND_INFINITIVE.has(lower(tokens[k]))) return tokens[k];
  }
  return undefined;
}

/**
 * "вы можете ознакомится", "чтобы записатся": after a word that takes an infinitive, a reflexive
 * in «-тся» is the infinitive «-ться» without its «ь». Said only when the dictionary knows the
 * written word as a verb in the third person and the mended one as its infinitive.
 */
function infinitiveSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((verb, i) => {
    if (!/тся$/u.test(verb.text) || !isCyrillicWord(verb) || !isLower(verb)) return;
    const taker = takerBefore(text, tokens, i);
    if (!taker || !INFINITIVE_TAKERS.has(lower(taker))) return;
    if (!everyReading(morphology.parse(verb.text), isThirdSingular)) return;
    const infinitive = `${verb.text.slice(0, -3)}ться`;
    if (!anyReading(morphology.parse(infinitive), (p) => p.pos === 'INFN')) return;
    hits.push({
      start: verb.start,
      end: verb.end,
      message: {
        ru: `«${verb.text}» → «${infinitive}»: после «${lower(taker)}» нужен инфинитив (что сделать?) — с мягким знаком`,
        en: `"${verb.text}" → "${infinitive}": after «${lower(taker)}» Russian wants the infinitive, written with «ь»`,
      },
      suggestion: infinitive,
    });
  });
  return hits;
}

/** "все замечания", "все новые заявки": «все» and a plural nominative after it, a subject of plural number. */
function pluralAfterAll(text: string, tokens: WordToken[], at: number, morphology: Morphology): WordToken | undefined {
  const all = tokens[at + 1];
  const next = tokens[at + 2];
  if (lower(all) !== 'все' || !next || !onlySpaceBetween(text, tokens[at]!, all!) || !onlySpaceBetween(text, all!, next) || !isCyrillicWord(next) || !isLower(next)) return undefined;
  const parses = morphology.parse(next.text);
  const plural = (p: WordParse) => ['NOUN', 'ADJF', 'PRTF'].includes(p.pos) && p.grammemes.has('plur') && (p.grammemes.has('nomn') || p.grammemes.has('accs'));
  return anyReading(parses, plural) && !anyReading(parses, (p) => p.pos === 'INFN' || p.pos === 'COMP' || p.grammemes.has('Apro')) ? next : undefined;
}

/**
 * "фиксируется все замечания": a reflexive verb takes no object, so a plural after «все» that
 * follows it is its subject, and the verb stands in the plural ("фиксируются").
 */
function singularBeforeAllPlural(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((verb, i) => {
    if (!/(?:тся|ся)$/u.test(verb.text) || !isCyrillicWord(verb) || IMPERSONAL_VERBS.has(lower(verb))) return;
    const parses = morphology.parse(verb.text);
    if (!everyReading(parses, (p) => isThirdSingular(p) && !p.grammemes.has('past'))) return;
    const subject = pluralAfterAll(text, tokens, i, morphology);
    if (!subject || !everyReading(parses, has('intr'))) return;
    const quote = text.slice(verb.start, subject.end);
    hits.push({
      start: verb.start,
      end: subject.end,
      message: {
        ru: `«${quote}»: подлежащее «все ${lower(subject)}» во множественном числе — и сказуемое во множественном`,
        en: `"${quote}": the subject «все ${lower(subject)}» is plural, so is its verb`,
      },
    });
  });
  return hits;
}

/** How many words after «ты» and its verb a series is followed to its next comma. */
const SERIES_REACH = 8;
const isSecondSingular = (p: WordParse) => p.pos === 'VERB' && p.grammemes.has('2per') && p.grammemes.has('sing');

/**
 * "ты отдохнёшь от дел, научиться плавать" → "научишься": a reflexive infinitive that goes on a
 * series of verbs after «ты» is the second person «-шься» mistyped. Said only when «ты» and its
 * verb stand together, no infinitive follows that verb before the comma (a verb that takes
 * infinitives, "сможешь отдохнуть, научиться", would govern the series), and the dictionary knows
 * the mended word as the second person.
 */
function secondPersonInSeries(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((verb, i) => {
    if (lower(verb) !== 'ты' || !tokens[i + 1] || !onlySpaceBetween(text, verb, tokens[i + 1]!) || !everyReading(morphology.parse(tokens[i + 1]!.text), isSecondSingular)) return;
    for (let k = i + 2; k < tokens.length && k <= i + 2 + SERIES_REACH; k++) {
      const [before, word] = [tokens[k - 1]!, tokens[k]!];
      const gap = text.slice(before.end, word.start);
      if (/[.!?;:—]/.test(gap)) return;
      const parses = morphology.parse(word.text);
      if (!gap.includes(',')) {
        if (anyReading(parses, (p) => p.pos === 'INFN')) return;
        continue;
      }
      if (!/ться$/u.test(word.text) || !everyReading(parses, (p) => p.pos === 'INFN')) return;
      const second = `${word.text.slice(0, -4)}шься`;
      if (!everyReading(morphology.parse(second), isSecondSingular)) return;
      hits.push({
        start: word.start,
        end: word.end,
        message: { ru: `«${word.text}» → «${second}»: глагол продолжает ряд после «ты» — второе лицо, «-шься»`, en: `"${word.text}" → "${second}": the verb goes on a series after «ты», so the second person «-шься»` },
        suggestion: second,
      });
      return;
    }
  });
  return hits;
}
const isGenitiveVerb = (word: WordToken, parses: readonly WordParse[]) => GENITIVE_VERB_STEMS.some((stem) => lower(word).startsWith(stem)) && everyReading(parses, (p) => ['VERB', 'INFN', 'GRND'].includes(p.pos));

/**
 * Whether the noun after the verb may be its subject ("Этого добился наш мастер"): the verb is
 * finite in the third person or the past, and agrees with a nominative reading of the noun.
 */
function maySubject(verbParses: readonly WordParse[], nounParses: readonly WordParse[]): boolean {
  return nounParses.some(
    (n) =>
      n.grammemes.has('nomn') &&
      verbParses.some((v) => {
        if (v.pos !== 'VERB' || v.grammemes.has('1per') || v.grammemes.has('2per') || v.grammemes.has('impr')) return false;
        const number = n.grammemes.has('plur') ? 'plur' : 'sing';
        if (!v.grammemes.has(number)) return false;
        return !v.grammemes.has('past') || number === 'plur' || ['masc', 'femn', 'neut'].some((g) => v.grammemes.has(g) && n.grammemes.has(g));
      }),
  );
}

/**
 * "заслуживать доверие", "не дождались решение", "добиться результат": these verbs take their object
 * in the genitive. Judged when the noun right after the verb (past one agreeing adjective) is an
 * inanimate accusative with no genitive reading and cannot be the verb's subject.
 */
function genitiveObjectSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((verb, i) => {
    if (!isCyrillicWord(verb)) return;
    const verbParses = morphology.parse(verb.text);
    if (!isGenitiveVerb(verb, verbParses)) return;
    let at = i + 1;
    const attribute = tokens[at] && morphology.parse(tokens[at]!.text);
    if (attribute && judgeable(attribute, ['ADJF']) && tokens[at + 1] && onlySpaceBetween(text, tokens[at]!, tokens[at + 1]!)) at++;
    const noun = tokens[at];
    if (!noun || !isCyrillicWord(noun) || !isLower(noun) || !tokens.slice(i, at).every((word, k) => onlySpaceBetween(text, word, tokens[i + k + 1]!))) return;
    const nounParses = morphology.parse(noun.text);
    if (!judgeable(nounParses, ['NOUN']) || !everyReading(nounParses, (n) => n.grammemes.has('inan') && (n.grammemes.has('accs') || n.grammemes.has('nomn')))) return;
    if (anyReading(nounParses, (n) => n.grammemes.has('gent') || n.grammemes.has('gen2')) || maySubject(verbParses, nounParses)) return;
    if (at > i + 1 && !anyReading(morphology.parse(tokens[i + 1]!.text), (a) => nounParses.some((n) => agrees(a, n)))) return;
    const quote = text.slice(verb.start, noun.end);
    hits.push({
      start: verb.start,
      end: noun.end,
      message: { ru: `«${quote}»: после «${lower(verb)}» дополнение стоит в родительном падеже (чего?)`, en: `"${quote}": after «${lower(verb)}» the object takes the genitive` },
    });
  });
  return hits;
}

/** The word after the one at `at`, only a space between, written small. */
const nextInPhrase = (text: string, tokens: WordToken[], at: number) => {
  const next = tokens[at + 1];
  return next && onlySpaceBetween(text, tokens[at]!, next) && isLower(next) ? next : undefined;
};

/**
 * "уверенность в силы", "нуждаемся в помощь": these words take «в» with the prepositional. Judged
 * when the noun right after «в» has no prepositional reading and is not a word of time ("участвуем в
 * выходные").
 */
function locativeWithVSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((word, i) => {
    if (!LOCATIVE_WITH_V_STEMS.some((stem) => lower(word).startsWith(stem))) return;
    const v = nextInPhrase(text, tokens, i);
    const noun = v && ['в', 'во'].includes(lower(v)) ? nextInPhrase(text, tokens, i + 1) : undefined;
    if (!noun || TIME_NOUNS.has(lower(noun))) return;
    const parses = morphology.parse(noun.text);
    if (!judgeable(parses, ['NOUN']) || anyReading(parses, (p) => p.grammemes.has('loct') || p.grammemes.has('loc2') || p.grammemes.has('loc1'))) return;
    const quote = text.slice(word.start, noun.end);
    hits.push({
      start: word.start,
      end: noun.end,
      message: { ru: `«${quote}»: после «${lower(word)} в» нужен предложный падеж (в чём?)`, en: `"${quote}": after «${lower(word)} в» Russian takes the prepositional` },
    });
  });
  return hits;
}

/** "скучаю за домом": what one misses takes «по» ("скучаю по дому"), not «за» with the instrumental. */
function missingForSlips(text: string, tokens: WordToken[], morphology: Morphology): AgreementHit[] {
  const hits: AgreementHit[] = [];
  tokens.forEach((verb, i) => {
    if (!MISSING_VERB_STEMS.some((stem) => lower(verb).startsWith(stem)) || !everyReading(morphology.parse(verb.text), (p) => ['VERB', 'INFN', 'GRND'].includes(p.pos))) return;
    const za = nextInPhrase(text, tokens, i);
    const object = za && lower(za) === 'за' ? tokens[i + 2] : undefined;
    if (!object || !onlySpaceBetween(text, za!, object) || !anyReading(morphology.parse(object.text), (p) => p.grammemes.has('ablt') && ['NOUN', 'NPRO', 'ADJF'].includes(p.pos))) return;
    const quote = text.slice(verb.start, za!.end);
    hits.push({
      start: verb.start,
      end: za!.end,
      message: { ru: `«${quote}» → «${lower(verb)} по»: скучают по кому-чему, а не за кем`, en: `"${quote}": Russian misses «по» someone, not «за»` },
    });
  });
  return hits;
}

/** Verb forms that their neighbours rule out: an infinitive written as the third person, a singular before its plural subject. */
export function verbFormHits(text: string, morphology: Morphology): AgreementHit[] {
  const tokens = words(text, 'ru');
  return [
    ...infinitiveSlips(text, tokens, morphology),
    ...singularBeforeAllPlural(text, tokens, morphology),
    ...secondPersonInSeries(text, tokens, morphology),
    ...genitiveObjectSlips(text, tokens, morphology),
    ...locativeWithVSlips(text, tokens, morphology),
    ...missingForSlips(text, tokens, morphology),
  ];
}
