import { sameSourcePiece } from '../material/pieces';
import type { Block, Material } from '../material/types';
import type { Language } from '../profile/types';
import { findDomains, findEmails } from '../names/contacts';
import { PLACEHOLDERS } from '../lexicon/placeholders';
import { matcherFor } from '../text/regex-gate';
import { SET_PHRASES_RU } from '../lexicon/ru/set-phrases';
import { NUMBER_ENDINGS } from '../lexicon/ru/typography';
import { expandLigatures, LIGATURES } from '../text/normalise';
import { isAbbreviation, sentences, type TextRange } from '../text/segment';
import type { SpellChecker } from '../spelling/types';
import type { Morphology } from '../text/morphology';
import { checkRules, defineCheck, type CheckContext, type CheckRule, type DraftFinding } from './types';
import { changesWithin, inchMarks, typografHits } from './typograf-rules';
import { wordsSource, wordsSourceEitherCase } from '../lexicon/compile';
import * as EN_TYPOGRAPHY from '../lexicon/en/typography';

const RULES = checkRules('typography', {
  'doubled-word': { ru: 'Повтор слова', en: 'A doubled word' },
  'repeated-text': { ru: 'Повтор предложения или карточки', en: 'A sentence or card repeated' },
  dashes: { ru: 'Тире и дефисы', en: 'Dashes and hyphens' },
  spaces: { ru: 'Пробелы', en: 'Spaces' },
  punctuation: { ru: 'Знаки препинания', en: 'Punctuation' },
  quotes: { ru: 'Кавычки', en: 'Quotation marks' },
  brackets: { ru: 'Скобки', en: 'Brackets' },
  capitals: { ru: 'Заглавные буквы', en: 'Capital letters' },
  'number-endings': { ru: 'Наращения числительных', en: 'Endings after figures' },
  symbols: { ru: 'Знаки и буквы', en: 'Signs and letters' },
  placeholder: { ru: 'Текст-заглушка', en: 'Placeholder text' },
});

/** The rule each Typograf rule we keep is told under, by its name. */
const TYPOGRAF_RULES_AS: [RegExp, CheckRule][] = [
  [/quote/, RULES.quotes],
  [/\/dash\/|numberRange/, RULES.dashes],
  [/\/nbsp\/|\/space\/|rubles/, RULES.spaces],
  [/punctuation|exclamations|hellip/, RULES.punctuation],
];
const typografRule = (name: string): string => (TYPOGRAF_RULES_AS.find(([pattern]) => pattern.test(name))?.[1] ?? RULES.symbols).id;

interface Hit {
  start: number;
  end: number;
  /** Which of RULES found it. */
  rule?: string;
  message: Record<Language, string>;
  suggestion?: string;
  /** Faults that cannot be a style choice are warnings; the rest are worth a look. */
  severity?: 'error' | 'warning';
  /** Repeats of this fault quoted with different words around it are still one fault. */
  sameFault?: string;
}

const DOUBLED = /(?<![\p{L}\d])([\p{L}]+)\s+\1(?![\p{L}\d])/giu;
const HYPHEN_AS_DASH = /(?<=\p{L}|[»")])\s-\s(?=\p{L}|[«"(])/gu;
const SPACE_BEFORE = /(?<=\S)[ \u00a0]+([,.;:!?…»)])(?![\p{L}\d]|-?[()])/gu;
// The patterns below match their mark first and look back after it: a look-behind that opens a
// pattern runs back over the words before it at every position of every block.
/**
 * "need.We": a sentence ends and the next begins with no space (not "т.е.", "example.Com", "ASP.NET",
 * nor a name that carries its dot, "Яндекс.Карты", "Mail.Ru": the word before it is capitalised).
 */
const NO_SPACE_AFTER_END = /([.!?])(?<=(?<![\p{L}\d])\p{Ll}[\p{L}\d]*\p{Ll}[.!?])(?=\p{Lu}\p{Ll})/gu;
/** "24 hour notice. groups must…": a sentence that begins in lower case after a word's full stop (not "approx. ten", "ул. мира"). */
const LOWER_CASE_START = /[.!?](?<=(?<![\p{L}\d.])(\p{Ll}{4,})[.!?])[ \u00a0]+(\p{Ll}{2,})(?=[\s,;.!?)]|:(?!\/)|$)/gu;
/** "structured& organized": an ampersand spaced on one side only ("R&D" and "B & B" are right). */
const LOPSIDED_AMPERSAND = /(?<=\p{L})&(?=\s)|(?<=\s)&(?=\p{L})/gu;
/**
 * "in a week- 10 days", "Куала -Лампур": a hyphen spaced on one side only. A word left hanging
 * before "и", "or" ("двух- и трёхкомнатные", "pre- and post-op") is right, and so are a minus ("-5")
 * and a command's option ("npm i -g").
 */
const LOPSIDED_HYPHEN = /(?<=\p{L})-[ \u00a0]+(?=[\p{L}\d])(?!(?:и|или|либо|а|and|or|to|nor)(?![\p{L}\d]))|-(?<=[\p{L}\d][ \u00a0]+-)(?=\p{L})(?!\p{Script=Latin}{1,3}(?![\p{L}\d]))/gu;
/**
 * "purposes,look": a comma run into the next word, between lower-case words of prose ("1,000" and
 * "a,b" are not, nor a tag list "cakes,pies,tarts" whose every comma is written so).
 */
const NO_SPACE_AFTER_COMMA = /,(?<=(?<![\p{L}\d_,])\p{Ll}{3,},)(?=\p{Ll}{3,}(?![\p{L}\d_,]))/gu;
/** "уровне. . Возник": a full stop doubled with a space between (a spaced ellipsis ". . ." is a style; "e.g. .pdf" names a file). */
const DOUBLED_FULL_STOP = /\.(?<=(?:\p{L}{3}|[\d)»"])\.)[ \u00a0]\.(?=\s|$)/gu;
/** "Can i get": the English pronoun "I" written small, before a verb or in a contraction ("i.e.", "(i)" are no pronoun). */
const LOWER_CASE_I = new RegExp(
  String.raw`(?<![\p{L}\d'’.(\[/\\-])i(?=(?: ${wordsSource(EN_TYPOGRAPHY.VERBS_AFTER_I)}(?![\p{L}'’])|['’](?:m|ve|ll|d)(?!\p{L})))|(?<=(?:^|[\s(])${wordsSourceEitherCase(EN_TYPOGRAPHY.AUXILIARIES_BEFORE_I)} )i(?= \p{Ll})`,
  'gu',
);
/**
 * "anna @ example . co . uk", "anna (at) example.com", "anna at example . com": an e-mail spaced or
 * spelt out so that bots do not harvest it; the page asks the reader to close it up. Its spaces
 * before dots are on purpose. A spelt "at" counts only before a known top-level domain.
 */
const SPELT_DOT = String.raw`(?:[ \u00a0]*(?:\.|[([]dot[)\]])[ \u00a0]*|[ \u00a0]+dot[ \u00a0]+)`;
const SPAM_PROOF_EMAIL = new RegExp(
  String.raw`[\p{L}\d._-]+[ \u00a0]*(?:@|[([]at[)\]])[ \u00a0]*[\p{L}\d-]+(?:${SPELT_DOT}[\p{L}\d-]+)+` +
    String.raw`|[\p{L}\d._-]+[ \u00a0]+at[ \u00a0]+[\p{L}\d-]+(?:${SPELT_DOT}[\p{L}\d-]+)*${SPELT_DOT}(?:com|net|org|info|biz|co|uk|ru|de|fr|ie|au|ca|us|io|eu|рф)(?![\p{L}\d])`,
  'giu',
);
/** What every such address holds: tried first, since the address pattern retries each word of a text without one. */
const AT_SIGN = /@|[([]at[)\]]|[ \u00a0]at[ \u00a0]/i;
const spamProofEmails = (text: string): TextRange[] => (AT_SIGN.test(text) ? [...text.matchAll(SPAM_PROOF_EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : []);

/** "с 10:00-20:00": "с … до" begun, a dash finished. */
const FROM_WITH_DASH = /(?<!\p{L})([Сс]) (\d{1,2}[:.]\d{2}) ?[-–—] ?(\d{1,2}[:.]\d{2})(?!\d)/gu;
/** «ООО «Ромашка»»: a name that holds its own quotes is quoted again. */
const DOUBLE_QUOTED_NAME = /«((?:ООО|ОАО|ЗАО|ПАО|АО|ИП|НКО|АНО|ЧУ|ГБУ|МБУ)\s+«[^«»]+»)»/gu;

/** Words the grammar itself repeats ("I had had enough", "the fact that that works", "what it is is"): no fault at all. */
const DOUBLED_BY_GRAMMAR = new Set(['had', 'that', 'is']);
/** Words a writer may double on purpose ("очень очень" for "очень-очень", "ну ну"): a note, not a warning. */
const DOUBLED_ON_PURPOSE = new Set(['very', 'so', 'no', 'yes', 'bye', 'ha', 'blah', 'очень', 'ну', 'да', 'нет', 'бла', 'ха', 'ой', 'тук', 'так', 'что', 'много', 'тихо', 'долго', 'давно', 'чуть']);

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
/** Where the word that ends at `at` begins: walked back, since a regex anchored at the end would scan the whole block for each hit. */
function wordStartBefore(text: string, at: number, wordChar: RegExp): number {
  let start = at;
  while (start > 0 && wordChar.test(text[start - 1]!)) start--;
  return start;
}

/** Where the word that starts at `at` ends. */
function wordEndAfter(text: string, at: number, wordChar: RegExp): number {
  let end = at;
  while (end < text.length && wordChar.test(text[end]!)) end++;
  return end;
}

function doubledWords(block: Block): Hit[] {
  // Two links side by side ("Пользовательское соглашение" | "Соглашение об обработке данных") repeat a word on screen, not in the writing.
  const written = (m: RegExpMatchArray) => sameSourcePiece(block, m.index!, m.index! + m[0].length - 1);
  // A repeat the language writes with a hyphen ("чуть чуть") is grammar's, told with its fix there.
  const setPhrase = (m: RegExpMatchArray) => `${m[1]!.toLowerCase()} ${m[1]!.toLowerCase()}` in SET_PHRASES_RU;
  const grammatical = (m: RegExpMatchArray) => DOUBLED_BY_GRAMMAR.has(m[1]!.toLowerCase());
  return [...block.text.matchAll(DOUBLED)]
    .filter((m) => written(m) && !setPhrase(m) && !grammatical(m))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: m[1],
      ...(DOUBLED_ON_PURPOSE.has(m[1]!.toLowerCase()) ? {} : { severity: 'warning' as const }),
      message: { ru: `Слово повторено дважды: «${m[0]}».`, en: `A word is doubled: "${m[0]}".` },
    }));
}

function dashes(text: string): Hit[] {
  return [...text.matchAll(HYPHEN_AS_DASH)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    suggestion: ' — ',
    message: { ru: 'Между словами ставят тире «—», а не дефис.', en: 'Between words use a dash "—", not a hyphen.' },
  }));
}

function spacesBeforePunctuation(text: string, code: TextRange[]): Hit[] {
  // "уровне. ." is a doubled full stop, told as such: its second stop is no stray space of its own.
  const written = (m: RegExpMatchArray) => !(m[1] === '.' && text[m.index! - 1] === '.') && !code.some((r) => r.start <= m.index! && m.index! < r.end);
  return [...text.matchAll(SPACE_BEFORE)].filter(written).map((m) => {
    // A stray space before a mark that ends a clause cannot be a style choice: ".pdf" or "(a)" can.
    const endsClause = /[,.!?]/.test(m[1]!) && text[m.index + m[0].length] !== '.';
    // The quote starts with the word before ("ремонте ,"), so a reviewer finds the space at a glance.
    const start = wordStartBefore(text, m.index, LETTER_OR_DIGIT);
    return {
      start,
      end: m.index + m[0].length,
      suggestion: `${text.slice(start, m.index)}${m[1]}`,
      sameFault: 'space before punctuation',
      message: { ru: `Лишний пробел перед «${m[1]}».`, en: `A stray space before "${m[1]}".` },
      ...(endsClause ? { severity: 'warning' as const } : {}),
    };
  });
}

/** A mark run into the next word ("need.We", "purposes,look"): quoted with both words whole, so a reviewer finds it at a glance. */
/**
 * A mark at `at` the writer put there: outside code (a domain, an address) and inside one text. Two
 * elements side by side ("…плавания." and a link "Читать далее") meet with no space in the markup
 * but are set apart on screen.
 */
const writtenHere = (block: Block, skip: TextRange[], at: number) => !skip.some((r) => r.start <= at && at < r.end) && sameSourcePiece(block, at - 1, at + 1);

function noSpaceAfter(block: Block, skip: TextRange[], pattern: RegExp, sameFault: string, message: (mark: string) => Record<Language, string>): Hit[] {
  const text = block.text;
  return [...text.matchAll(pattern)]
    .filter((m) => writtenHere(block, skip, m.index!))
    .map((m) => {
      const start = wordStartBefore(text, m.index, LETTER);
      const end = wordEndAfter(text, m.index + 1, LETTER);
      return {
        start,
        end,
        suggestion: `${text.slice(start, m.index + 1)} ${text.slice(m.index + 1, end)}`,
        sameFault,
        severity: 'warning' as const,
        message: message(m[0]),
      };
    });
}

const missingSpacesAfterEnds = (block: Block, skip: TextRange[]) =>
  noSpaceAfter(block, skip, NO_SPACE_AFTER_END, 'no space after a full stop', (mark) => ({ ru: `Нет пробела после «${mark}».`, en: `No space after "${mark}".` }));

/** "по металл. каркасу": a word in an oblique case only goes on the phrase a clipped adjective began. */
const continuesPhrase = (word: string, morphology: Morphology | null) => {
  const parses = morphology?.parse(word) ?? [];
  return parses.length > 0 && parses.every((p) => ['NOUN', 'ADJF', 'PRTF'].includes(p.pos) && !p.grammemes.has('nomn'));
};

/**
 * Sentences begun in lower case, where the word before the stop is one the dictionary knows whole:
 * a price list's clipped words ("опалуб. работы", "пром. подшипников") end in a stop too.
 */
async function lowerCaseSentenceStarts(material: Material, language: Language, spellChecker: SpellChecker | undefined): Promise<DraftFinding[]> {
  if (!spellChecker) return [];
  const morphology = await spellChecker.morphology(material.language);
  const findings: DraftFinding[] = [];
  // A table cell is a price list's line, where clipped words are the rule; OCR's sentence ends are its guesses.
  for (const block of material.blocks.filter((b) => !b.cell && !isOcr(b))) {
    const skip = [...findDomains(block.text), ...findEmails(block.text)];
    for (const m of block.text.matchAll(LOWER_CASE_START)) {
      if (isAbbreviation(m[1]!) || !writtenHere(block, skip, m.index) || continuesPhrase(m[2]!, morphology)) continue;
      if (!(await spellChecker.correct(m[1]!, material.language))) continue;
      const word = m[2]!;
      const start = m.index + m[0].length - word.length;
      findings.push(
        typographyFinding(block, material, language, {
          start,
          end: start + word.length,
          suggestion: word.charAt(0).toUpperCase() + word.slice(1),
          rule: RULES.capitals.id,
          sameFault: 'sentence starts in lower case',
          severity: 'warning',
          message: { ru: 'Предложение начинается со строчной буквы.', en: 'The sentence starts with a lower-case letter.' },
        }),
      );
    }
  }
  return findings;
}

const commasWithNoSpace = (block: Block, skip: TextRange[]) => noSpaceAfter(block, skip, NO_SPACE_AFTER_COMMA, 'no space after a comma', () => ({ ru: 'Нет пробела после запятой.', en: 'No space after the comma.' }));

/**
 * "Agency(EPA)", "option(such as…)", "хомуты(седелки)": a bracket opened right after a word, before
 * an abbreviation, a phrase or a Russian word; "item(s)", "пользователь(ей)" mark a form, and
 * "len(list)", "obj.set(index)" are code.
 */
const NO_SPACE_BEFORE_BRACKET = /(?<=\p{L}{2})\((?=\p{Lu}{2,}\)|[\p{L}\d]+ [^()]{1,60}\)|[а-яё]{4,})/gu;
const looksLikeCode = (text: string, wordStart: number, wordEnd: number) => /[.$_]/.test(text[wordStart - 1] ?? '') || /\p{Ll}\p{Lu}/u.test(text.slice(wordStart, wordEnd));

function bracketsWithNoSpace(block: Block, skip: TextRange[]): Hit[] {
  // A table cell writes tersely ("15 000 руб(6 часов)"): only prose is held to it.
  if (block.cell) return [];
  const text = block.text;
  return [...text.matchAll(NO_SPACE_BEFORE_BRACKET)]
    .filter((m) => writtenHere(block, skip, m.index) && !looksLikeCode(text, wordStartBefore(text, m.index, LETTER), m.index))
    .map((m) => {
      const start = wordStartBefore(text, m.index, LETTER);
      const end = wordEndAfter(text, m.index + 1, LETTER);
      return {
        start,
        end,
        suggestion: `${text.slice(start, m.index)} ${text.slice(m.index, end)}`,
        sameFault: 'no space before a bracket',
        severity: 'warning' as const,
        message: { ru: 'Нет пробела перед скобкой.', en: 'No space before the bracket.' },
      };
    });
}

function doubledFullStops(text: string): Hit[] {
  return [...text.matchAll(DOUBLED_FULL_STOP)].map((m) => {
    const start = wordStartBefore(text, m.index, LETTER_OR_DIGIT);
    return {
      start,
      end: m.index + m[0].length,
      suggestion: `${text.slice(start, m.index)}.`,
      severity: 'warning' as const,
      message: { ru: 'Точка повторена дважды.', en: 'A full stop is doubled.' },
    };
  });
}

function lowerCaseI(text: string): Hit[] {
  return [...text.matchAll(LOWER_CASE_I)].map((m) => {
    // The quote takes the word after ("i get", "i'm"), so a reviewer finds a lone letter at a glance.
    const after = /^(['’]\p{L}+| \p{L}+)/u.exec(text.slice(m.index + 1, m.index + 40))?.[1] ?? '';
    return {
      start: m.index,
      end: m.index + 1 + after.length,
      suggestion: `I${after}`,
      sameFault: 'lower-case I',
      severity: 'warning' as const,
      message: { ru: 'Местоимение «I» пишется с прописной.', en: 'The pronoun "I" takes a capital letter.' },
    };
  });
}

function lopsidedAmpersands(text: string): Hit[] {
  return [...text.matchAll(LOPSIDED_AMPERSAND)].map((m) => {
    // The quote is the word the sign touches, so a reviewer finds it at a glance.
    const gluedLeft = /\p{L}/u.test(text[m.index - 1] ?? '');
    const start = gluedLeft ? wordStartBefore(text, m.index, LETTER) : m.index;
    const end = gluedLeft ? m.index + 1 : wordEndAfter(text, m.index + 1, LETTER);
    const word = gluedLeft ? text.slice(start, m.index) : text.slice(m.index + 1, end);
    return {
      start,
      end,
      suggestion: gluedLeft ? `${word} &` : `& ${word}`,
      sameFault: 'lopsided ampersand',
      severity: 'warning' as const,
      message: { ru: 'Знак «&» отбит пробелом только с одной стороны.', en: 'The "&" has a space on one side only.' },
    };
  });
}

function lopsidedHyphens(text: string): Hit[] {
  return [...text.matchAll(LOPSIDED_HYPHEN)].map((m) => {
    // The quote takes the words on both sides, so a reviewer finds a lone hyphen at a glance. No fix
    // is offered: "week- 10" may want a dash, "Куала -Лампур" a hyphen with no space.
    let before = m.index;
    while (before > 0 && /\s/u.test(text[before - 1]!)) before--;
    return {
      start: wordStartBefore(text, before, LETTER_OR_DIGIT),
      end: wordEndAfter(text, m.index + m[0].length, LETTER_OR_DIGIT),
      sameFault: 'lopsided hyphen',
      // "Куала -Лампур" breaks a word, and "a week- 10 days" stands for a range or a dash before a figure, where
      // no word can be broken at a line's end; "right- align" may be a word so broken, told as quietly as " - " is.
      ...(/^[ \u00a0]/u.test(text[m.index - 1]!) || /\d/u.test(text[m.index + m[0].length]!) ? { severity: 'warning' as const } : {}),
      message: {
        ru: 'Дефис отбит пробелом только с одной стороны: между словами ставят тире с пробелами, внутри слова — дефис без пробелов.',
        en: 'A hyphen spaced on one side only: a dash with spaces goes between words, a hyphen with none inside a word.',
      },
    };
  });
}

/** "ﬁrst", "ﬂower": a ligature pasted from a PDF, which search and screen readers do not read as its letters. */
function ligatures(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(LIGATURES)) {
    const start = wordStartBefore(text, m.index, LETTER);
    // "ﬁﬂ" in one word is one hit.
    if ((hits[hits.length - 1]?.end ?? -1) > start) continue;
    const end = wordEndAfter(text, m.index + 1, LETTER);
    hits.push({
      start,
      end,
      suggestion: expandLigatures(text.slice(start, end)),
      sameFault: 'ligature',
      severity: 'warning',
      message: {
        ru: 'В слове типографская лигатура (ﬁ, ﬂ): один знак вместо двух букв — поиск по странице и экранные дикторы слово не узнают.',
        en: 'The word holds a typographic ligature (ﬁ, ﬂ): one character for two letters, which page search and screen readers do not recognise.',
      },
    });
  }
  return hits;
}

/**
 * Units of time written as whole words, four letters or more: "48hours" wants its space. Short marks
 * ("24h", "9am", "5kg", "10мин") are written close on purpose and stay out.
 */
const UNIT_WORDS: Record<Language, string[]> = {
  en: ['seconds', 'second', 'minutes', 'minute', 'hours', 'hour', 'days', 'weeks', 'week', 'months', 'month', 'years', 'year'],
  ru: ['секунд', 'секунды', 'минут', 'минуты', 'минуту', 'часа', 'часов', 'дней', 'недели', 'недель', 'неделю', 'месяца', 'месяцев', 'года'],
};

/** A figure run into the unit word after it: after a space or a bracket only, so "site.com/3days" and "mp3player" stay out. */
const RUN_INTO_UNIT = Object.fromEntries(Object.entries(UNIT_WORDS).map(([language, units]) => [language, new RegExp(String.raw`(?<=^|[\s(])(\d+)(${units.join('|')})(?![\p{L}\d/@_-]|\.\p{L})`, 'giu')])) as Record<
  Language,
  RegExp
>;

function numbersRunIntoUnits(text: string, language: Language): Hit[] {
  return [...text.matchAll(RUN_INTO_UNIT[language])].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    suggestion: `${m[1]} ${m[2]}`,
    sameFault: 'figure run into its unit',
    severity: 'warning' as const,
    message: { ru: `Число слито со словом: «${m[1]} ${m[2]}».`, en: `The figure is run into the word after it: "${m[1]} ${m[2]}".` },
  }));
}

/** A number in figures with an ending after a hyphen, not part of a longer code ("А-2-ой", "2-ой-3") nor a range ("1-2"). */
const NUMBER_WITH_ENDING = /(?<![\p{L}\d.,/-])(\d+)-(\p{L}+)(?![\p{L}\d-])/gu;

/** "в 2-ух салонах", "5-ти дней", "2-ой этаж": a cardinal in figures takes no ending; an ordinal, only its last one or two letters. */
/**
 * "от 3х дней", "в 2ух салонах", "5ти минут": an ending run into the figure with no hyphen, before
 * the word it counts. A Cyrillic "х" between figures is a "by" ("3х4 м") and stays out, as does a
 * unit ("10мин"), since only the endings the norm table knows, and "х", count.
 */
const NUMBER_WITH_SOLID_ENDING = /(?<![\p{L}\d.,/-])(\d+)(\p{Script=Cyrillic}{1,3})(?=[ \u00a0]+(\p{Ll}+))/gu;

function solidNumberEndings(text: string): Hit[] {
  return [...text.matchAll(NUMBER_WITH_SOLID_ENDING)].flatMap((m) => {
    const [written, figure, ending, counted] = m as unknown as [string, string, string, string];
    if (ending !== 'х' && !Object.hasOwn(NUMBER_ENDINGS, ending)) return [];
    if (!/^\p{Script=Cyrillic}+$/u.test(counted)) return [];
    // "х" alone is «трёх» or «третьих»: no one fix, as with the table's null.
    const kept = ending === 'х' ? null : NUMBER_ENDINGS[ending];
    const fixed = kept === '' ? figure : kept ? `${figure}-${kept}` : undefined;
    const place = { start: m.index, end: m.index + written.length + 1 + counted.length, severity: 'warning' as const };
    if (fixed === undefined) {
      return [
        {
          ...place,
          message: {
            ru: `«${written}»: окончание слито с цифрой; его пишут через дефис («${figure}-${ending}») или опускают («${figure} ${counted}»)`,
            en: `"${written}": an ending run into the figure; it takes a hyphen («${figure}-${ending}») or is left out («${figure} ${counted}»)`,
          },
        },
      ];
    }
    return [{ ...place, suggestion: `${fixed} ${counted}`, message: { ru: `«${written}» → «${fixed}»: окончание слито с цифрой`, en: `"${written}" → "${fixed}": an ending run into the figure` } }];
  });
}

function numberEndings(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(NUMBER_WITH_ENDING)) {
    const [written, figure, ending] = match as unknown as [string, string, string];
    const kept = NUMBER_ENDINGS[ending];
    if (kept === undefined) continue;
    const start = match.index!;
    // A house style rather than a slip a reader trips on (proofreaders mark it optional): a note, the default severity.
    const place = { start, end: start + written.length };
    if (kept === null) {
      hits.push({
        ...place,
        message: {
          ru: `«${written}»: число цифрами пишут без окончания («${figure}») или, если оно порядковое, с одной буквой («${figure}-м»)`,
          en: `"${written}": a number in figures takes no ending («${figure}»), or one letter when ordinal («${figure}-м»)`,
        },
      });
      continue;
    }
    const fixed = kept ? `${figure}-${kept}` : figure;
    hits.push({
      ...place,
      message: kept
        ? { ru: `«${written}» → «${fixed}»: у порядкового числа цифрами пишут одну-две последние буквы окончания`, en: `"${written}" → "${fixed}": an ordinal in figures keeps only the last letter or two of its ending` }
        : { ru: `«${written}» → «${fixed}»: количественное число цифрами пишут без окончания (или словом)`, en: `"${written}" → "${fixed}": a cardinal in figures takes no ending (or write it as a word)` },
      suggestion: fixed,
    });
  }
  return hits;
}

function fromWithDash(text: string): Hit[] {
  return [...text.matchAll(FROM_WITH_DASH)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    suggestion: `${m[1]} ${m[2]} до ${m[3]}`,
    severity: 'warning' as const,
    message: { ru: 'Смешаны «с … до» и тире: «с 10:00 до 20:00» или «10:00–20:00».', en: 'Mixed «с … до» and a dash in a Russian time range.' },
  }));
}

function doubleQuotedNames(text: string): Hit[] {
  return [...text.matchAll(DOUBLE_QUOTED_NAME)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    suggestion: m[1],
    severity: 'warning' as const,
    message: { ru: 'Название уже в кавычках: вторые не нужны.', en: 'The name already has its quotes.' },
  }));
}

/** Unbalanced «» or (): the block as a whole tells, so the hit covers the first unmatched mark. */
/**
 * Brackets that pair with nothing by design: list markers ("1)", "б)", "iv)") and emoticons (":)", ";-(", "букет)))").
 * They are set aside only when nothing pairs with them: "(under 10) - 9:00" closes its bracket.
 */
const UNPAIRED_BY_DESIGN = /(?<=^|[\s(;,.:])(?:\d{1,2}|[a-zа-я]|[ivx]{1,4})\)(?=\s)|[:;]-?[()]+(?![\p{L}\d])|(?<=\p{L})(?:\){2,}|\({2,})/giu;

function unpairedByDesign(text: string): Set<number> {
  const positions = new Set<number>();
  for (const m of text.matchAll(UNPAIRED_BY_DESIGN)) for (let i = 0; i < m[0].length; i++) positions.add(m.index + i);
  return positions;
}

function unbalanced(text: string): Hit[] {
  const byDesign = unpairedByDesign(text);
  const hits: Hit[] = [];
  for (const [open, close] of [
    ['«', '»'],
    ['(', ')'],
  ] as const) {
    const stack: number[] = [];
    const stray: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open && !(byDesign.has(i) && open === '(')) stack.push(i);
      else if (text[i] === close) {
        if (stack.length > 0) stack.pop();
        else if (!byDesign.has(i)) stray.push(i);
      }
    }
    const at = [...stack, ...stray].sort((a, b) => a - b)[0];
    if (at !== undefined) hits.push({ start: at, end: at + 1, rule: (open === '«' ? RULES.quotes : RULES.brackets).id, message: { ru: `Непарная кавычка или скобка «${text[at]}».`, en: `An unbalanced "${text[at]}".` } });
  }
  // An inch mark ("14\"") pairs with nothing.
  const inches = new Set(inchMarks(text));
  const quotes = [...text.matchAll(/"/g)].map((m) => m.index).filter((at) => !inches.has(at));
  if (quotes.length % 2 === 1) {
    const at = quotes[quotes.length - 1]!;
    hits.push({ start: at, end: at + 1, rule: RULES.quotes.id, message: { ru: 'Непарная кавычка «"».', en: 'An unbalanced quotation mark.' } });
  }
  return hits;
}

/** Sentences shorter than this repeat on purpose ("Звоните! Звоните!"); longer ones twice in a row are pasted twice. */
const MIN_REPEATED_WORDS = 8;

/** A statement of enough words, ended as one: a title or a label may stand twice (a contents line, then its heading). */
const isRepeatableStatement = (text: string) => /[.!]$/.test(text) && (text.match(/\p{L}+/gu)?.length ?? 0) >= MIN_REPEATED_WORDS;

/**
 * "Диспетчер задаст вопросы… Диспетчер задаст вопросы…": a sentence said again right after itself,
 * in one paragraph or as the next paragraph of the same kind, is text pasted twice.
 */
function repeatedSentences(block: Block, previous: Block | undefined, language: Language): Hit[] {
  const said = sentences(block.text, language).map((range) => ({ ...range, text: block.text.slice(range.start, range.end).trim() }));
  const hits: Hit[] = [];
  const message = { ru: 'Одно и то же предложение повторено дважды подряд.', en: 'The same sentence is repeated twice in a row.' };
  said.forEach((sentence, i) => {
    if (i > 0 && sentence.text === said[i - 1]!.text && isRepeatableStatement(sentence.text)) hits.push({ start: sentence.start, end: sentence.end, severity: 'warning', message });
  });
  // A list item pasted twice is a slip as a paragraph is; a title or a table cell may stand twice.
  const prose = !/^(?:h[1-6]|td|th)$/.test(block.tag ?? '') && !block.cell;
  if (prose && previous !== undefined && previous.tag === block.tag && previous.text === block.text && isRepeatableStatement(block.text)) hits.push({ start: 0, end: block.text.length, severity: 'warning', message });
  return hits;
}

/**
 * "Fast turnaround / We are fast! …" then the same title and text again: a card (a title and the
 * statement under it) pasted twice in a row; quoted at its second title. A whole section shown twice
 * (a menu for phones) repeats more than two blocks and stays silent.
 */
function repeatedCards(block: Block, blocks: Block[]): Hit[] {
  const [firstTitle, firstText, secondText] = [blocks[block.index - 2], blocks[block.index - 1], blocks[block.index + 1]];
  if (!firstTitle || !firstText || !secondText || blocks[block.index - 3]?.text === secondText.text) return [];
  const same = (a: Block, b: Block) => a.text === b.text && a.tag === b.tag;
  const isTitle = !isRepeatableStatement(block.text) && firstTitle.text !== firstText.text;
  if (!isTitle || !same(firstTitle, block) || !same(firstText, secondText) || !isRepeatableStatement(secondText.text)) return [];
  return [
    { start: 0, end: block.text.length, severity: 'warning', message: { ru: 'Один и тот же пункт (заголовок и текст) повторён дважды подряд.', en: 'The same item (its title and text) is repeated twice in a row.' } },
  ];
}

/**
 * Text read off an image by OCR: its words are the print's, its glyphs and spaces OCR's guesses —
 * an en dash comes out a hyphen, a thin space none or a full one, a line end a space, a quote
 * mark any of them. Only the faults made of words (a doubled word, a repeated item, a template
 * placeholder) are the print's own.
 */
const isOcr = (block: Block) => block.tag === 'ocr-line';

function wordFaults(block: Block, material: Material): Hit[] {
  return [
    ...byRule(RULES['doubled-word'], doubledWords(block)),
    ...byRule(RULES['repeated-text'], [...repeatedSentences(block, material.blocks[block.index - 1], material.language), ...repeatedCards(block, material.blocks)]),
    ...byRule(RULES.placeholder, placeholders(block.text)),
  ];
}

const byRule = (rule: CheckRule, hits: Hit[]): Hit[] => hits.map((hit) => ({ ...hit, rule: rule.id }));

function blockFindings(block: Block, material: Material, language: Language): DraftFinding[] {
  if (isOcr(block)) return wordFaults(block, material).map((hit) => typographyFinding(block, material, language, hit));
  const text = block.text;
  const code = [...findDomains(text), ...findEmails(text), ...spamProofEmails(text)];
  const own = [
    ...byRule(RULES['doubled-word'], doubledWords(block)),
    ...byRule(RULES['repeated-text'], [...repeatedSentences(block, material.blocks[block.index - 1], material.language), ...repeatedCards(block, material.blocks)]),
    ...byRule(RULES.dashes, material.language === 'en' ? dashes(text) : []),
    ...byRule(RULES.spaces, [...spacesBeforePunctuation(text, code), ...missingSpacesAfterEnds(block, code), ...commasWithNoSpace(block, code), ...bracketsWithNoSpace(block, code)]),
    ...byRule(RULES.punctuation, doubledFullStops(text)),
    ...byRule(RULES.capitals, material.language === 'en' ? lowerCaseI(text) : []),
    ...byRule(RULES['number-endings'], material.language === 'ru' ? [...numberEndings(text), ...solidNumberEndings(text)] : []),
    ...byRule(RULES.spaces, [...numbersRunIntoUnits(text, material.language), ...lopsidedAmpersands(text)]),
    ...byRule(RULES.dashes, lopsidedHyphens(text)),
    ...byRule(RULES.symbols, ligatures(text)),
    ...byRule(RULES.dashes, fromWithDash(text)),
    ...byRule(RULES.quotes, doubleQuotedNames(text)),
    ...unbalanced(text),
    ...byRule(RULES.placeholder, placeholders(text)),
  ];
  // A fault our own rules tell (with their own words on it) is told once.
  const typograf = typografHits(text, material.language, code)
    .filter((hit) => !own.some((o) => changesWithin(hit.spots, o)))
    .map((hit) => ({ ...hit, rule: typografRule(hit.sameFault) }));
  return [...own, ...typograf].map((hit) => typographyFinding(block, material, language, hit));
}

function typographyFinding(block: Block, material: Material, language: Language, hit: Hit): DraftFinding {
  return {
    check: 'typography',
    ...(hit.rule ? { rule: hit.rule } : {}),
    severity: hit.severity ?? 'info',
    quote: block.text.slice(hit.start, hit.end),
    location: { block: block.index, start: hit.start, end: hit.end },
    message: hit.message[language],
    ...(hit.suggestion ? { suggestion: hit.suggestion } : {}),
    ...(hit.sameFault ? { sameFault: hit.sameFault } : {}),
    material,
  };
}

/** Template text left on a live page ("Lorem ipsum", "<<PUT IN NAMES HERE>>", a block that is only "Второй заголовок"). */
function placeholders(text: string): Hit[] {
  const hits: Hit[] = [];
  const matches = matcherFor(PLACEHOLDERS.anywhere, text);
  for (const pattern of PLACEHOLDERS.anywhere) {
    for (const m of matches(pattern)) {
      if (!hits.some((hit) => m.index < hit.end && hit.start < m.index + m[0].length)) hits.push(placeholderHit(m.index, m.index + m[0].length));
    }
  }
  const whole = text.trim();
  if (PLACEHOLDERS.wholeBlock.some((pattern) => pattern.test(whole))) hits.push(placeholderHit(text.indexOf(whole), text.indexOf(whole) + whole.length));
  return hits;
}

function placeholderHit(start: number, end: number): Hit {
  // Template text is one fault wherever it shows: the page lists the other places under the first.
  return { start, end, severity: 'error', sameFault: 'template placeholder', message: { ru: 'Текст-заглушка шаблона остался на странице.', en: 'Template placeholder text is left on the page.' } };
}

/** Typography: doubled words, unbalanced quotes or brackets, hyphens for dashes, stray spaces. */
async function run(context: CheckContext): Promise<{ findings: DraftFinding[] }> {
  const findings: DraftFinding[] = [];
  for (const { material } of context.materials) {
    findings.push(...material.blocks.flatMap((block) => blockFindings(block, material, context.language)));
    findings.push(...(await lowerCaseSentenceStarts(material, context.language, context.spellChecker)));
  }
  return { findings };
}

export const typographyCheck = defineCheck({ id: 'typography', label: { ru: 'Типографика', en: 'Typography' }, rules: Object.values(RULES), ofWords: true, saidOncePerMaterial: true, inPreview: true, run });
