import type { Language } from '../profile/types';

/**
 * Parts that make Russian compounds ("туроператор", "коронавирус", "общекорпоративный"): the
 * dictionary lacks most such compounds, though it knows both halves.
 */
const COMBINING_RU = [
  'авиа',
  'авто',
  'агро',
  'аэро',
  'био',
  'вело',
  'видео',
  'гидро',
  'евро',
  'кино',
  'медиа',
  'мото',
  'микро',
  'макро',
  'мини',
  'мульти',
  'нано',
  'нейро',
  'обще',
  'поли',
  'псевдо',
  'радио',
  'соц',
  'спорт',
  'стерео',
  'супер',
  'теле',
  'термо',
  'тур',
  'фото',
  'эко',
  'электро',
  'энерго',
  'корона',
  'клиенто',
  'кибер',
  'интернет',
  'онлайн',
  'гипер',
  'ультра',
  'экстра',
  'контр',
  'анти',
  'пост',
  'пред',
  'сверх',
  'меж',
  'само',
  'свето',
  'звуко',
  'водо',
  'тепло',
  'газо',
  'нефте',
  'лесо',
  'фитнес',
];

/** British spellings and the American ones the English dictionary knows. */
const BRITISH: [RegExp, string][] = [
  [/our(?=s?$|ed$|ing$|ful|ite|able)/, 'or'],
  [/tre(?=s?$|d$)/, 'ter'],
  [/is(?=e$|es$|ed$|ing$|ation)/, 'iz'],
  [/ys(?=e$|es$|ed$|ing$)/, 'yz'],
  [/ll(?=ed$|ing$|er$|ers$)/, 'l'],
  [/ogue(?=s?$)/, 'og'],
  [/mme(?=s?$)/, 'm'],
  [/ence(?=s?$)/, 'ense'],
  [/ae/, 'e'],
  [/oe/, 'e'],
];

/**
 * "unrented", "unheated": "un-" before a participle or an -able adjective makes a word the
 * dictionary seldom lists; "someone else's": a possessive of a word that takes no plural -s.
 */
const ENGLISH_DERIVED: [RegExp, string][] = [
  [/^un(?=.{4,}(?:ed|ing|able|ible)$)/, ''],
  [/['’]s$/, ''],
];

/**
 * Forms a dictionary word may take that the dictionary does not list: a reflexive verb of a
 * known verb, an adverb of a known adjective, the genitive plural of a known -ие noun, a compound
 * of a combining part and a known word; in English, the British spelling of a known American
 * word, a negated participle and a possessive.
 */
export function baseFormsOf(word: string, language: Language): string[] {
  const w = word.toLowerCase();
  if (language === 'en') return [...BRITISH, ...ENGLISH_DERIVED].filter(([pattern]) => pattern.test(w)).map(([pattern, base]) => w.replace(pattern, base));
  const forms: string[] = [];
  const reflexive = /^(.{3,}[аеиоуыюяь])(ся|сь)$/.exec(w) ?? /^(.{3,}[тч]ь)(ся)$/.exec(w);
  if (reflexive) forms.push(reflexive[1]!);
  // An adverb ends in -е only after ч, щ ("певуче", "блестяще"): "хороше" is "хорошо" misspelt.
  const adverb = /^(.{3,}[^аеиоуыэюяь])о$/.exec(w) ?? /^(.{3,}[чщ])е$/.exec(w);
  if (adverb) forms.push(`${adverb[1]}ый`, `${adverb[1]}ий`, `${adverb[1]}ой`);
  const genitivePlural = /^(.{3,})ий$/.exec(w);
  if (genitivePlural) forms.push(`${genitivePlural[1]}ие`, `${genitivePlural[1]}ия`);
  for (const part of COMBINING_RU) {
    const rest = w.slice(part.length);
    if (w.startsWith(part) && rest.length >= 4) forms.push(rest);
  }
  return forms;
}

/** Verbs whose past is not -ed: "catched", "buyed", "bringed" are slips, though "catching" is listed. */
const IRREGULAR_VERBS_EN = new Set([
  'bring',
  'buy',
  'catch',
  'teach',
  'think',
  'build',
  'send',
  'spend',
  'lend',
  'lay',
  'say',
  'sell',
  'tell',
  'feel',
  'keep',
  'sleep',
  'meet',
  'leave',
  'lead',
  'read',
  'find',
  'grind',
  'hold',
  'stand',
  'understand',
  'win',
  'sit',
  'get',
  'forget',
  'begin',
  'sing',
  'drink',
  'swim',
  'ring',
  'run',
  'come',
  'become',
  'give',
  'forgive',
  'take',
  'shake',
  'drive',
  'ride',
  'rise',
  'choose',
  'speak',
  'break',
  'steal',
  'wear',
  'tear',
  'bear',
  'swear',
  'draw',
  'grow',
  'know',
  'throw',
  'blow',
  'fly',
  'go',
  'do',
  'see',
  'eat',
  'fall',
  'hide',
  'bite',
  'shoot',
  'fight',
  'dig',
  'stick',
  'strike',
  'seek',
  'sweep',
  'weep',
  'feed',
  'bleed',
  'breed',
  'flee',
  'freeze',
  'deal',
  'mean',
  'hear',
  'hit',
  'cut',
  'put',
  'shut',
  'set',
  'let',
  'cost',
  'hurt',
  'quit',
  'spread',
  'split',
  'bet',
  'burst',
  'cast',
  'wake',
  'lose',
  'shine',
  'sink',
]);

/**
 * "sheeted": the dictionary lists "sheet" and "sheeting" but not the past form of the verb. A
 * word and its -ing both listed make the -ed a form too; "stoped" stays a typo, as "stoping" is not listed.
 */
async function isPastOfListedVerb(word: string, isCorrect: (word: string) => Promise<boolean>): Promise<boolean> {
  const verb = /^(.{3,})ed$/.exec(word.toLowerCase())?.[1];
  return verb !== undefined && !IRREGULAR_VERBS_EN.has(verb) && (await isCorrect(verb)) && (await isCorrect(`${verb}ing`));
}

/**
 * "hirers", "wormer": the one who does what a listed verb says, built on the verb's -ing form, which
 * shows the doubling ("running" → "runner"). So "runer" stays a typo, as "runing" is not listed.
 */
async function isAgentOfListedVerb(word: string, isCorrect: (word: string) => Promise<boolean>): Promise<boolean> {
  const stem = /^(.{3,})ers?$/.exec(word.toLowerCase())?.[1];
  if (stem === undefined || !(await isCorrect(`${stem}ing`))) return false;
  return (await isCorrect(stem)) || (await isCorrect(`${stem}e`)) || (/(.)\1$/.test(stem) && isCorrect(stem.slice(0, -1)));
}

/**
 * "написанно", "сделанно": "нн" where the short participle ("написано") has one "н". An adverb of a
 * participle with "нн" ("организованно") is one the dictionaries list; an unlisted one is the slip.
 */
async function isShortParticipleDoubled(word: string, isCorrect: (word: string) => Promise<boolean>): Promise<boolean> {
  return /нно$/.test(word) && isCorrect(`${word.slice(0, -3)}но`);
}

/** Whether a word the dictionary rejects is one of its words in a form it does not list. */
export async function isKnownForm(word: string, language: Language, isCorrect: (word: string) => Promise<boolean>): Promise<boolean> {
  if (language === 'ru' && (await isShortParticipleDoubled(word.toLowerCase(), isCorrect))) return false;
  for (const form of baseFormsOf(word, language)) if (await isCorrect(form)) return true;
  if (language !== 'en') return false;
  return (await isPastOfListedVerb(word, isCorrect)) || isAgentOfListedVerb(word, isCorrect);
}
