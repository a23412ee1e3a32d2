import type { Block, Material } from '../material/types';
import type { Language } from '../profile/types';
import { foldForCompare } from '../text/normalise';
import { isSomeoneElses } from '../promises/others';
import type { ExtractedPromise } from '../promises/types';
import { ENGLISH_ENDINGS, JOINED_IS_ANOTHER_WORD, PARTICLES_OF_PHRASAL_COMPOUNDS, POLITE_YOU_RU, SPACED_IS_ANOTHER_PHRASE_RU, STANDARD_NAMES, STREET_KINDS_RU } from '../lexicon/form-variants';
import { sentences, words, type WordToken } from '../text/segment';
import type { CheckContext, DraftFinding } from './types';

/** Where one written form stands. */
interface Place {
  block: number;
  start: number;
  end: number;
}

const HEADING = /^h[1-6]$/;
const quoteAt = (material: Material, place: Place) => material.blocks[place.block]!.text.slice(place.start, place.end);

/**
 * Whether a block is a customer's words (a review, a blockquote under "Отзывы"): how a customer
 * writes «вы» says nothing of how the business writes it. Asked as of a sentence spanning the block.
 */
const inCustomersWords = (material: Material, block: Block) => isSomeoneElses({ kind: 'policy', sentence: { block: block.index, start: 0, end: block.text.length } } as ExtractedPromise, material);

/** Each material's blocks in the business's voice, found once: every form check reads them. */
const OWN_BLOCKS = new WeakMap<Material, Block[]>();

export function ownBlocks(material: Material): Block[] {
  let own = OWN_BLOCKS.get(material);
  if (!own) OWN_BLOCKS.set(material, (own = material.blocks.filter((block) => !inCustomersWords(material, block))));
  return own;
}

const T = {
  ru: {
    politeMixed: (quote: string, upper: number, lower: number) => `«${quote}»: вежливое «Вы» в одной фразе написано и с прописной, и со строчной; на странице с прописной — ${upper}, со строчной — ${lower}.`,
    politePage: (upper: number, lower: number) => `Вежливое «Вы» на странице написано по-разному: с прописной — ${upper}, со строчной — ${lower}.`,
    politeSuggestion: 'Выберите одно написание — «Вы» или «вы» — и держитесь его на всей странице',
    spelling: (minority: string, majority: string, count: number) => `«${minority}»: в других местах страницы (${count}) это слово написано «${majority}».`,
    spellingSuggestion: (majority: string) => `Пишите везде одинаково: «${majority}»`,
    standard: (short: string, full: string) => `«${short}»: на той же странице тот же стандарт записан «${full}».`,
    standardSuggestion: (full: string) => `Запишите обозначение одинаково: «${full}»`,
    currency: (code: string, local: string) => `«${code}»: остальные цены на странице в «${local}».`,
    currencySuggestion: (local: string) => `Пишите валюту одинаково: «${local}»`,
    street: (quote: string, kind: string) => `«${quote}»: тип улицы назван дважды — «ул.» и «${kind}».`,
    streetSuggestion: (name: string) => `«${name}»`,
  },
  en: {
    politeMixed: (quote: string, upper: number, lower: number) => `"${quote}": the polite «Вы» is capitalised and lower-case in one sentence; on the page capitalised ${upper}, lower-case ${lower}.`,
    politePage: (upper: number, lower: number) => `The polite «Вы» is written both ways on the page: capitalised ${upper}, lower-case ${lower}.`,
    politeSuggestion: 'Choose «Вы» or «вы» and keep to it throughout the page',
    spelling: (minority: string, majority: string, count: number) => `"${minority}": elsewhere on the page (${count} times) this word is written "${majority}".`,
    spellingSuggestion: (majority: string) => `Write it one way throughout: "${majority}"`,
    standard: (short: string, full: string) => `"${short}": the same page writes this standard "${full}".`,
    standardSuggestion: (full: string) => `Write the designation one way: "${full}"`,
    currency: (code: string, local: string) => `"${code}": the page's other prices are in "${local}".`,
    currencySuggestion: (local: string) => `Write the currency one way: "${local}"`,
    street: (quote: string, kind: string) => `"${quote}": the kind of street is named twice, «ул.» and «${kind}».`,
    streetSuggestion: (name: string) => `"${name}"`,
  },
};

const finding = (material: Material, place: Place, severity: DraftFinding['severity'], message: string, suggestion: string, related: Place[] = []): DraftFinding => ({
  check: 'consistency',
  severity,
  quote: quoteAt(material, place),
  location: { ...place },
  message,
  suggestion,
  material,
  ...(related.length > 0 ? { related: related.map((other) => ({ source: material.source.id, quote: quoteAt(material, other), location: { ...other } })) } : {}),
});

/** A heading that capitalises its words ("Ваш Дом — Наша Забота"): its capitals are the heading's style. */
const isTitleCase = (text: string) => {
  const long = words(text, 'ru').filter((word) => word.text.length >= 4);
  return long.length >= 2 && long.every((word) => /^\p{Lu}/u.test(word.text));
};

/** A "sentence" of more capitalised words than small ones: menu entries run together, whose capitals are labels'. */
function isRunOfLabels(text: string, sentence: { start: number; end: number }): boolean {
  const inside = words(text.slice(sentence.start, sentence.end), 'ru')
    .slice(1)
    .filter((word) => /^\p{L}/u.test(word.text));
  const capitalised = inside.filter((word) => /^\p{Lu}/u.test(word.text)).length;
  return capitalised > inside.length - capitalised;
}

/** A word that opens its sentence, follows a colon, a quotation mark or a bracket: its capital says nothing. */
function opensPhrase(text: string, sentenceStart: number, word: WordToken): boolean {
  const before = text.slice(sentenceStart, word.start);
  return !/[\p{L}\d]/u.test(before) || /[:«"“„(\n]\s*$/u.test(before);
}

/**
 * The polite «Вы» capitalised in some places and not in others, mid-sentence, in the business's
 * own words. Both forms in one sentence are a slip to correct there (a warning); a page that
 * leans one way with a few of the other is a note with the count of each, at its first odd one.
 */
function politeYou(material: Material, language: Language): DraftFinding[] {
  if (material.language !== 'ru') return [];
  const upper: Place[] = [];
  const lower: Place[] = [];
  let mixed: Place | undefined;
  for (const block of ownBlocks(material)) {
    if (HEADING.test(block.tag ?? '') && isTitleCase(block.text)) continue;
    const pronouns = words(block.text, 'ru').filter((word) => POLITE_YOU_RU.has(foldForCompare(word.text)));
    if (pronouns.length === 0) continue;
    let next = 0;
    for (const sentence of sentences(block.text, 'ru')) {
      const from = next;
      while (next < pronouns.length && pronouns[next]!.start < sentence.end) next++;
      const found = pronouns.slice(from, next).filter((word) => word.start >= sentence.start && !opensPhrase(block.text, sentence.start, word));
      const capital = found.filter((word) => /^\p{Lu}\p{Ll}+$/u.test(word.text));
      const small = found.filter((word) => /^\p{Ll}+$/u.test(word.text));
      upper.push(...capital.map((word) => ({ block: block.index, start: word.start, end: word.end })));
      lower.push(...small.map((word) => ({ block: block.index, start: word.start, end: word.end })));
      const both = [...capital, ...small].sort((a, b) => a.start - b.start);
      if (!mixed && capital.length > 0 && small.length > 0 && !isRunOfLabels(block.text, sentence)) mixed = { block: block.index, start: both[0]!.start, end: both[both.length - 1]!.end };
    }
  }
  const t = T[language];
  if (mixed) return [finding(material, mixed, 'warning', t.politeMixed(quoteAt(material, mixed), upper.length, lower.length), t.politeSuggestion)];
  const [majority, minority] = upper.length > lower.length ? [upper, lower] : [lower, upper];
  if (minority.length === 0 || majority.length < 2 || majority.length === minority.length) return [];
  return [finding(material, minority[0]!, 'info', t.politePage(upper.length, lower.length), t.politeSuggestion, minority.slice(1))];
}

type Spelling = 'hyphen' | 'joined' | 'spaced';

/** One word's spellings on a page: "de-matting", "dematting"… */
interface WordForms {
  parts: string[];
  letters: string;
  places: Record<Spelling, Place[]>;
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/**
 * Whether two runs of letters are one word: equal, or (Russian) apart only in the last three
 * letters of an ending ("дизайн-проекта", «дизайн проектом»), or (English) by an ending ("dematt", "dematting").
 * The shared part reaches past the hyphen's first part, so "e-mail" is not "east".
 */
function sameWord(a: string, b: string, firstPart: string, language: Language): boolean {
  if (a === b) return true;
  const shared = commonPrefix(a, b);
  if (shared < firstPart.length + 3) return false;
  if (language === 'ru') return shared >= Math.max(a.length, b.length) - 3;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return shared === short.length && ENGLISH_ENDINGS.includes(long.slice(short.length));
}

/** A token inside an address, a file name or an e-mail ("my-site.com"): not a word of the text. */
const inAddress = (text: string, word: WordToken) => /[@./_\d]/.test(text[word.start - 1] ?? '') || /[@_\d]|\.\p{L}/u.test(text.slice(word.end, word.end + 2));
/** "borderColor", "iPhone", "CSSselect": a capital inside a word makes it a name or code, written as its owner writes it. */
const isCamelCase = (text: string) => /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(text);

/**
 * One word written hyphenated and joined ("de-matting" and "dematting", «он-лайн» and «онлайн»),
 * or in Russian hyphenated and spaced («дизайн-проект» and «дизайн проект»), on one page: the
 * rarer spelling is a warning where the page writes the other at least twice. English spaced
 * forms are left alone: "drop off" is a verb where "drop-off" is a noun.
 */
function spellingVariants(material: Material, language: Language): DraftFinding[] {
  const lang = material.language;
  const forms: WordForms[] = [];
  const byStart = new Map<string, WordForms[]>();
  const formsOf = (letters: string) => byStart.get(letters.slice(0, 3)) ?? [];
  const blocks = ownBlocks(material).map((block) => ({ block, tokens: words(block.text, lang).filter((word) => !inAddress(block.text, word) && !isCamelCase(word.text)) }));
  for (const { block, tokens } of blocks) {
    for (const word of tokens) {
      if (!/^\p{L}+(?:-\p{L}+)+$/u.test(word.text)) continue;
      const parts = foldForCompare(word.text).split('-');
      if (JOINED_IS_ANOTHER_WORD[lang].has(parts[0]!) || PARTICLES_OF_PHRASAL_COMPOUNDS[lang].has(parts.at(-1)!)) continue;
      const letters = parts.join('');
      let entry = formsOf(letters).find((other) => other.parts[0] === parts[0] && sameWord(other.letters, letters, parts[0]!, lang));
      if (!entry) {
        entry = { parts, letters, places: { hyphen: [], joined: [], spaced: [] } };
        forms.push(entry);
        byStart.set(letters.slice(0, 3), [...formsOf(letters), entry]);
      }
      entry.places.hyphen.push({ block: block.index, start: word.start, end: word.end });
    }
  }
  if (forms.length === 0) return [];
  const otherSpelling = (letters: string, parts?: [string, string]) =>
    formsOf(letters).find((entry) => (parts ? entry.parts.length === 2 && entry.parts[0] === parts[0] : letters.startsWith(entry.parts[0]!)) && sameWord(entry.letters, letters, entry.parts[0]!, lang));
  for (const { block, tokens } of blocks) {
    tokens.forEach((word, i) => {
      if (!/^\p{L}+$/u.test(word.text)) return;
      const letters = foldForCompare(word.text);
      const joined = otherSpelling(letters);
      if (joined) joined.places.joined.push({ block: block.index, start: word.start, end: word.end });
      const next = tokens[i + 1];
      if (lang !== 'ru' || !next || block.text.slice(word.end, next.start) !== ' ' || !/^\p{L}+$/u.test(next.text)) return;
      const pair: [string, string] = [letters, foldForCompare(next.text)];
      if (pair.some((part) => part.length < 3 || SPACED_IS_ANOTHER_PHRASE_RU.has(part))) return;
      const spaced = otherSpelling(pair.join(''), pair);
      if (spaced) spaced.places.spaced.push({ block: block.index, start: word.start, end: next.end });
    });
  }
  return forms.flatMap((entry) => oddSpelling(material, language, entry));
}

/** A place in a sentence of running text, not a short label. */
const inProse = (material: Material, place: Place) => {
  const text = material.blocks[place.block]!.text;
  return words(text, material.language).length >= PROSE_WORDS;
};
const PROSE_WORDS = 6;

/** The rarer spelling of a word the page writes two ways, at its first place, against the usual one. */
function oddSpelling(material: Material, language: Language, entry: WordForms): DraftFinding[] {
  const used = (Object.entries(entry.places) as [Spelling, Place[]][]).filter(([, places]) => places.length > 0).sort((a, b) => b[1].length - a[1].length);
  if (used.length < 2 || used[0]![1].length < 2 || used[0]![1].length === used[1]![1].length) return [];
  const usual = used[0]![1];
  const odd = used
    .slice(1)
    .flatMap(([, places]) => places)
    .sort((a, b) => a.block - b.block || a.start - b.start);
  // Quoted where it stands in running text if anywhere: a menu entry or a card's label repeats on every page.
  const shown = odd.find((place) => inProse(material, place)) ?? odd[0]!;
  const t = T[language];
  const majority = quoteAt(material, usual[0]!);
  return [
    finding(
      material,
      shown,
      'warning',
      t.spelling(quoteAt(material, shown), majority, usual.length),
      t.spellingSuggestion(majority),
      odd.filter((place) => place !== shown),
    ),
  ];
}

const STANDARD = new RegExp(String.raw`(?<![\p{L}\d])(${STANDARD_NAMES.join('|')})\s*(\d+(?:\.\d+)*)\s*[-–:]\s*(\d{4}|\d{2})(?![\d\p{L}])`, 'gu');

/**
 * One standard with its year written short and in full («ГОСТ Р 51870-14» and «ГОСТ Р 51870-2014»):
 * the rarer form (the short one when even) is a warning.
 */
function standardYears(material: Material, language: Language): DraftFinding[] {
  const years = new Map<string, { short: Place[]; full: Place[] }>();
  for (const block of ownBlocks(material)) {
    for (const match of block.text.matchAll(STANDARD)) {
      const key = `${match[1]!.replace(/\s+/g, ' ')}|${match[2]}|${match[3]!.slice(-2)}`;
      const entry = years.get(key) ?? { short: [], full: [] };
      (match[3]!.length === 2 ? entry.short : entry.full).push({ block: block.index, start: match.index, end: match.index + match[0].length });
      years.set(key, entry);
    }
  }
  const t = T[language];
  return [...years.values()].flatMap(({ short, full }) => {
    if (short.length === 0 || full.length === 0) return [];
    const [odd, usual] = full.length < short.length ? [full, short] : [short, full];
    const [oddQuote, usualQuote] = [quoteAt(material, odd[0]!), quoteAt(material, usual[0]!)];
    return [finding(material, odd[0]!, 'warning', t.standard(oddQuote, usualQuote), t.standardSuggestion(usualQuote), odd.slice(1))];
  });
}

const RUBLES = /(?<=\d\s?)(?:руб(?![\p{L}])\.?|рубл\p{L}*|₽)/gu;
const RUBLE_CODE = /\d[\d\s\u00a0]*\s?(?:RUB|RUR)(?![\p{L}])/gu;

/**
 * Prices in a Russian text written «руб» or «₽» with a few in the Latin code ("8000 RUB"): the
 * code is the odd form, a warning at its first place where the page writes roubles in Russian at least twice.
 */
function rubleCode(material: Material, language: Language): DraftFinding[] {
  if (material.language !== 'ru') return [];
  const codes: Place[] = [];
  const local: { place: Place; written: string }[] = [];
  for (const block of ownBlocks(material)) {
    for (const match of block.text.matchAll(RUBLE_CODE)) codes.push({ block: block.index, start: match.index, end: match.index + match[0].length });
    for (const match of block.text.matchAll(RUBLES)) local.push({ place: { block: block.index, start: match.index, end: match.index + match[0].length }, written: match[0] });
  }
  if (codes.length === 0 || local.length < 2 || codes.length >= local.length) return [];
  const t = T[language];
  const usual = local[0]!.written;
  return [finding(material, codes[0]!, 'warning', t.currency(quoteAt(material, codes[0]!), usual), t.currencySuggestion(usual), codes.slice(1))];
}

const STREET_KIND_TWICE = new RegExp(String.raw`(?<!\p{L})(?:ул\.|улица)\s*((?:\p{Lu}[\p{Ll}-]*\s+){1,2}(${STREET_KINDS_RU.join('|')}))(?!\p{L})`, 'gu');

/**
 * «ул. Лазоревый проезд», «улица Чистопрудный бульвар»: «улица» before a name that is already a
 * lane, an avenue or a boulevard. A street named by a kind word of its own («ул. Набережная») has
 * no second kind after its name and is left alone. Said once per address.
 */
function streetKindTwice(material: Material, language: Language): DraftFinding[] {
  if (material.language !== 'ru') return [];
  const t = T[language];
  return ownBlocks(material).flatMap((block) =>
    [...block.text.matchAll(STREET_KIND_TWICE)].map((match) => {
      const place = { block: block.index, start: match.index, end: match.index + match[0].length };
      return { ...finding(material, place, 'warning', t.street(match[0], match[2]!), t.streetSuggestion(match[1]!)), sameFault: `street|${foldForCompare(match[0])}` };
    }),
  );
}

/** One thing written two ways on one page: the polite «Вы», a word's spelling, a standard's year, the rouble, a street's kind. */
export function formVariantFindings(context: CheckContext): DraftFinding[] {
  return context.materials.flatMap(({ material }) => [
    ...politeYou(material, context.language),
    ...spellingVariants(material, context.language),
    ...standardYears(material, context.language),
    ...rubleCode(material, context.language),
    ...streetKindTwice(material, context.language),
  ]);
}
