import type { Block, Material, Span } from '../material/types';
import type { Language } from '../profile/types';
import { foldForCompare } from '../text/normalise';
import { words } from '../text/segment';
import { StringTrie } from '../text/trie';
import type { ClaimOf, PromiseKind } from '../kinds';
import type { ExtractContext, ExtractedPromise } from './types';
import { phrasesSource, type WordList } from '../lexicon/compile';
import * as RU from '../lexicon/ru/promises';
import * as EN from '../lexicon/en/promises';

/** One sentence of a block, with its text, ready for an extractor's patterns. */
export interface SentenceView {
  block: Block;
  span: Span;
  text: string;
  context: ExtractContext;
}

const sentenceViews = new WeakMap<ExtractContext, readonly SentenceView[]>();

/**
 * The material's sentences, cut once for every extractor: the same strings each time, so what is
 * remembered per text (its words, its folded form) is found without reading the text again.
 */
export function eachSentence(context: ExtractContext): readonly SentenceView[] {
  let views = sentenceViews.get(context);
  if (!views) {
    views = context.sentences.map((span) => {
      const block = context.material.blocks[span.block]!;
      return { block, span, text: block.text.slice(span.start, span.end), context };
    });
    sentenceViews.set(context, views);
  }
  return views;
}

/** A block read from `start` to its end as one sentence: a list item or a line that is one claim. */
export function blockView(block: Block, context: ExtractContext, start = 0): SentenceView {
  return { block, span: { block: block.index, start, end: block.text.length }, text: block.text.slice(start), context };
}

/** Clause marks: a claim and the words it is about rarely cross them; "21:00" is not one. */
const CLAUSE_BREAK = /[,;()!?]|(?<!\d):|:(?!\d)|\s[-–—]\s(?=\p{Lu})/gu;

/** The marks a line set as a list item opens with ("• Wi-Fi", "✓ Towels"). */
export const BULLET_MARKS = '•·▪◦●‣✓✔';

/** Spaces, emoji and bullets that open a line of a post ("💳 Годовой абонемент …"): not part of a quote. */
const LEADING_NOISE = /^[\s\p{Extended_Pictographic}\u200d\ufe0f\u20e3•·▪►▶✓✔*]+/u;

/** The clause of a sentence around [start, end), in sentence offsets. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  for (const mark of text.matchAll(CLAUSE_BREAK)) {
    const at = mark.index;
    if (at + mark[0].length <= start) from = at + mark[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  from = Math.min(start, from + (LEADING_NOISE.exec(text.slice(from, to))?.[0].length ?? 0));
  // "£19 *": a footnote's mark ends the clause but is no part of what it says.
  while (to > Math.max(from, end) && /[\s.…*†‡]/.test(text[to - 1]!)) to--;
  while (to > from && /[\s.…]/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/**
 * The words a claim is about: its clause, plus the heading before a colon that introduces it
 * ("Часы работы бассейна: ежедневно с 7 до 23").
 */
export function topicScope(text: string, clause: { start: number; end: number }): string {
  const before = text.slice(0, clause.start);
  const colon = before.trimEnd().endsWith(':') ? before.slice(0, before.trimEnd().length - 1) : '';
  const heading = colon ? colon.slice(Math.max(0, Math.max(colon.lastIndexOf(','), colon.lastIndexOf(';'), colon.lastIndexOf(':')) + 1)) : '';
  return `${heading} ${text.slice(clause.start, clause.end)}`.trim();
}

/** The folded words of a text, as `ExtractedPromise.topics` holds them. */
export function topicWords(text: string, context: ExtractContext): string[] {
  return words(text, context.language).map((word) => foldForCompare(word.text));
}

/** Where a label's qualifier starts: a bracket, a dash, a comma or colon, an English preposition ("Cut for men"). */
const QUALIFIER_START: Record<Language, RegExp> = {
  ru: /\s*[([,:;]|\s[-–—]\s/u,
  en: /\s*[([,:;]|\s[-–—]\s|\s(?:for|per|within|with|without|up to|from|over|under|incl\.?|including|excluding|after|before)(?![\p{L}])/iu,
};

/**
 * A label's words as topics ("Hourly Rate – 8am to 6pm", "Выезд мастера (в пределах города)"), with
 * how many of them name the thing before its qualifier: the router looks for the name's head there.
 */
export function labelTopics(label: string, context: ExtractContext): Pick<ExtractedPromise, 'topics' | 'label'> {
  const topics = topicWords(label, context);
  const cut = QUALIFIER_START[context.language].exec(label);
  const nameWords = cut && cut.index > 0 ? topicWords(label.slice(0, cut.index), context).length : topics.length;
  return { topics, label: { nameWords: Math.max(1, nameWords) } };
}

const HEADING_TAG = /^h[1-6]$/;
const HEADING_REACH = 12;

/** The last h1–h6 above a block: "Post Office Hours" above "Monday to Friday" above "09:00–13:45". */
export function sectionHeading(material: Material, index: number): string | undefined {
  for (let i = index - 1; i >= Math.max(0, index - HEADING_REACH); i--) {
    if (HEADING_TAG.test(material.blocks[i]!.tag ?? '')) return material.blocks[i]!.text;
  }
  return undefined;
}

/**
 * The heading a promise stands under, as its place: it tells two cards of a tariff grid apart
 * and says when hours are those of a part of the business ("Post Office Hours").
 */
export function withPlace<P extends ExtractedPromise>(promise: P, view: SentenceView): P {
  return view.block.heading ? { ...promise, place: topicWords(view.block.heading, view.context) } : promise;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\d]/u.test(ch);

/** Each list of cues folded into a trie once, not once per sentence it is looked for in. */
const CUE_TRIES = new WeakMap<readonly string[], StringTrie<true>>();

function cueTrieOf(cues: readonly string[]): StringTrie<true> {
  let trie = CUE_TRIES.get(cues);
  if (!trie) {
    trie = new StringTrie();
    for (const cue of cues) trie.add(foldForCompare(cue), true);
    CUE_TRIES.set(cues, trie);
  }
  return trie;
}

/** Whether one cue starts at a word's start in the folded text (and, with `wholeWords`, ends at a word's end). */
function mentionsCue(folded: string, cue: string, wholeWords: boolean): boolean {
  for (let at = folded.indexOf(cue); at >= 0; at = folded.indexOf(cue, at + 1)) {
    if (!isWordChar(folded[at - 1]) && (!wholeWords || !isWordChar(folded[at + cue.length]))) return true;
  }
  return false;
}

/**
 * Whether a text holds one of the cues: each is the start of a word or phrase ("оплат" finds
 * "Оплату", "check in" finds "Check in is at 4"), or with `wholeWords` a word or phrase as it
 * stands ("предлагаем" but not "предлагаемых"); case, ё and the shape of an apostrophe
 * ("doesn’t include") do not matter. A list is looked for in one walk over the text, not one
 * search per cue: extractors ask it of every sentence.
 */
export function mentionsAny(text: string, cues: readonly string[], wholeWords = false): boolean {
  const folded = foldForCompare(text);
  // A one-cue list is mostly built for the call ("[method]"): a trie of it would only burden the collector.
  if (cues.length === 1) return mentionsCue(folded, foldForCompare(cues[0]!), wholeWords);
  const trie = cueTrieOf(cues);
  let start = 0;
  const atWordStart = (_: unknown, end: number) => !isWordChar(folded[start - 1]) && (!wholeWords || !isWordChar(folded[end]));
  for (; start < folded.length; start++) if (trie.someFrom(folded, start, atWordStart)) return true;
  return false;
}

/** A question asks, it does not promise: "Делаете ли вы выезд на дом?" — unless the next sentence says yes. */
export const isQuestion = (sentence: string) => /\?\s*$/.test(sentence);

/** The words a short answer opens with (lexicon ANSWER_YES, ANSWER_NO) as one pattern per language, made once: a pattern made per call is compiled again after each garbage collection. */
const openingOf = (phrases: WordList) => new RegExp(`^${phrasesSource([phrases], { space: ' ' })}(?![\\p{L}\\d])`, 'u');
const ANSWER_OPENINGS: Record<Language, { yes: RegExp; no: RegExp }> = {
  ru: { yes: openingOf(RU.ANSWER_YES), no: openingOf(RU.ANSWER_NO) },
  en: { yes: openingOf(EN.ANSWER_YES), no: openingOf(EN.ANSWER_NO) },
};
/** An answer may be labelled first ("A:", "Ответ:"). */
const ANSWER_LABEL = /^[\s\p{Extended_Pictographic}•–—-]*(?:(?:a|answer|о|ответ)\s*[:.)]\s*)?/iu;

/** Each sentence's place in its material, found once: several extractors ask what follows a question. */
const sentencePositions = new WeakMap<Span[], Map<Span, number>>();

function positionOf(sentences: Span[], span: Span): number {
  let positions = sentencePositions.get(sentences);
  if (!positions) sentencePositions.set(sentences, (positions = new Map(sentences.map((s, i) => [s, i]))));
  return positions.get(span) ?? -1;
}

/** The text of the sentence right after a sentence: a question's answer. */
export function nextSentenceText(view: SentenceView): string | null {
  const sentences = view.context.sentences;
  const next = sentences[positionOf(sentences, view.span) + 1];
  return next ? view.context.material.blocks[next.block]!.text.slice(next.start, next.end) : null;
}

/** The answer a question gets from the sentence right after it ("Можно ли оплатить картой? Да."), if it opens with yes or no. */
export function answerTo(view: SentenceView): 'yes' | 'no' | null {
  if (!isQuestion(view.text)) return null;
  const text = nextSentenceText(view);
  if (text === null) return null;
  const opening = foldForCompare(text.replace(ANSWER_LABEL, '')).slice(0, 20);
  const { yes, no } = ANSWER_OPENINGS[view.context.language];
  return yes.test(opening) ? 'yes' : no.test(opening) ? 'no' : null;
}

/** A sentence that states what it says: not a question, or one the next sentence answers yes. */
export const states = (view: SentenceView) => !isQuestion(view.text) || answerTo(view) === 'yes';

/** How long a line above a claim may be and still be its card's title. */
const MAX_TITLE_CHARS = 120;

/** A line that ends as a sentence does: a card's description, not its title. */
const PROSE_END = /[.!?…]["»”)]?$/u;

/**
 * The short line above the block a claim opens: its card's title ("Full day (7 hrs) morning trip"
 * above "Price: 1 to 4 people $700", "Скидка пенсионерам" above "…дарим скидку 15%"), right above it
 * or above a description of the card. A line that `isAnotherItem` (a priced line above a price) is
 * another card's; a heading is the claim's place, read apart; table cells have their own labels.
 */
function cardTitle(view: SentenceView, isAnotherItem: (text: string) => boolean): string | null {
  if (view.span.start !== 0 || view.block.cell) return null;
  const { blocks } = view.context.material;
  for (const back of [1, 2]) {
    const above = blocks[view.block.index - back];
    if (!above || above.cell || /^h[1-6]$/.test(above.tag ?? '')) return null;
    const text = above.text.trim();
    if (isAnotherItem(text)) return null;
    if (PROSE_END.test(text)) continue;
    return text !== '' && text.length <= MAX_TITLE_CHARS ? text : null;
  }
  return null;
}

/**
 * The promise under its card's title: the title's words tell it from other cards' claims, and when
 * `names` says the claim is the card's one, they name what it is about.
 */
export function underCardTitle<P extends ExtractedPromise>(promise: P, view: SentenceView, isAnotherItem: (text: string) => boolean, names: () => boolean): P {
  const title = cardTitle(view, isAnotherItem);
  return title === null ? promise : { ...promise, title: { words: topicWords(title, view.context), names: names() } };
}

/** A promise that is a whole sentence: a rule or a service the sentence states. */
export function sentencePromise<K extends PromiseKind>(view: SentenceView, kind: K, value: ClaimOf<K>): ExtractedPromise<K> {
  const lead = LEADING_NOISE.exec(view.text)?.[0].length ?? 0;
  const trimmed = view.text.trimEnd();
  const start = view.span.start + Math.min(lead, trimmed.length);
  const end = view.span.start + trimmed.length;
  return {
    kind,
    quote: view.block.text.slice(start, end),
    span: { block: view.block.index, start, end },
    value,
    topics: topicWords(view.text, view.context),
    sentence: view.span,
  };
}

const MAX_QUOTE = 90;

/**
 * A promise whose quote is its clause when that reads well on its own (short enough) and holds
 * no other promise of its kind (`quoteCore`), else the matched words themselves; `core` is in
 * sentence offsets.
 */
export function makePromise<K extends PromiseKind>(view: SentenceView, kind: K, core: { start: number; end: number }, value: ClaimOf<K>, options: { quoteCore?: boolean } = {}): ExtractedPromise<K> {
  const clause = clauseAround(view.text, core.start, core.end);
  const quoteRange = clause.end - clause.start <= MAX_QUOTE && !options.quoteCore ? clause : core;
  const start = view.span.start + quoteRange.start;
  const end = view.span.start + quoteRange.end;
  return {
    kind,
    quote: view.block.text.slice(start, end),
    span: { block: view.block.index, start, end },
    value,
    topics: topicWords(topicScope(view.text, clause), view.context),
    sentence: view.span,
  };
}

/** Money as written: "2 900 ₽", "2.900 ₽", "от 1 500 руб.", "£20", "$9.99", "24 900 рублей", "9 000 тг". */
/** "24 900", "24.900", "3'250" (an apostrophe between thousands), "9.99", "1,5". */
export const AMOUNT = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d{1,3}(?:['’]\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d,])|\d+(?:[.,]\d{1,2})?`;
export const CURRENCY_AFTER = String.raw`(₽|руб(?:л(?:ей|я|ь))?\.?|р\.|р(?![\p{L}\d])|rub\b|евро|€|eur\b|usd\b|cad\b|aud\b|nzd\b|долл\p{L}*|\$|£|gbp\b|фунт\p{L}*|₸|тг(?!\p{L})\.?|тенге|kzt\b|₴|грн(?!\p{L})\.?|гривн\p{L}*|гривен|uah\b)`;
/** "5 тыс. ₽", "2 тысячи рублей", "1,5 млн руб.": the amount times a thousand or a million. */
const MULTIPLIER = String.raw`(тыс\.?|тысяч\p{L}*|млн\.?|миллион\p{L}*)`;
const multiplierOf = (word: string | undefined) => (!word ? 1 : /^(млн|миллион)/i.test(word) ? 1_000_000 : 1000);
export const amountOf = (written: string) => Number((/^\d{1,3}(?:\.\d{3})+$/.test(written) ? written.replace(/\./g, '') : written).replace(/[ \u00a0\u202f'’]/g, '').replace(',', '.'));
export const CURRENCY_BEFORE = String.raw`(£|\$|€|₸|₴)`;

const CURRENCY_CODES: [RegExp, string][] = [
  [/^(₽|руб|р\.|rub)/i, 'RUB'],
  [/^(€|eur|евро)/i, 'EUR'],
  [/^(\$|usd|долл)/i, 'USD'],
  [/^(£|gbp|фунт)/i, 'GBP'],
  [/^(₸|тг|тенге|kzt)/i, 'KZT'],
  [/^(₴|грн|гривн|гривен|uah)/i, 'UAH'],
  [/^cad/i, 'CAD'],
  [/^aud/i, 'AUD'],
  [/^nzd/i, 'NZD'],
];

/** Currencies a bare "$" may stand for: a page in Canada or Australia writes its dollars so. */
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD']);

/** Whether two sums are in one currency, a "$" read as USD matching any dollar. */
export function sameCurrency(a: string, b: string): boolean {
  return a === b || (DOLLARS.has(a) && DOLLARS.has(b));
}

export function currencyCode(symbol: string): string {
  for (const [pattern, code] of CURRENCY_CODES) if (pattern.test(symbol)) return code;
  return 'RUB';
}

export interface FoundMoney {
  amount: number;
  currency: string;
  start: number;
  end: number;
}

/** A space, or two where a non-breaking one stands beside a plain one ("300 &nbsp;рублей"). */
const GAP = String.raw`(?:[ \u00a0\u202f]{1,2}|\s)?`;
const MONEY_AFTER = new RegExp(String.raw`(?<![\d\p{L}]|\d[.,])(${AMOUNT})${GAP}(?:${MULTIPLIER}${GAP})?${CURRENCY_AFTER}`, 'giu');
const MONEY_BEFORE = new RegExp(String.raw`${CURRENCY_BEFORE}${GAP}(${AMOUNT})(?!\d)`, 'giu');

export function findMoney(text: string): FoundMoney[] {
  const found: FoundMoney[] = [];
  for (const m of text.matchAll(MONEY_AFTER)) {
    found.push({ amount: amountOf(m[1]!) * multiplierOf(m[2]), currency: currencyCode(m[3]!), start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(MONEY_BEFORE)) {
    if (found.some((f) => f.start <= m.index && m.index < f.end)) continue;
    found.push({ amount: amountOf(m[2]!), currency: currencyCode(m[1]!), start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A threshold for something else ("заказ от 1000 ₽", "orders over £20"), not a price. */
export function isOrderThreshold(text: string, start: number): boolean {
  return /(заказ\p{L}*|покупк\p{L}*|покупке|сумм\p{L}*|чек\p{L}*|orders?|purchases?|spend\p{L}*)\s*(от|свыше|более|на сумму|over|above|from|of|more than)?\s*$/iu.test(text.slice(Math.max(0, start - 40), start));
}
