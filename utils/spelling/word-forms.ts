import type { Language } from '../profile/types';

/**
 * Parts that make Russian compounds ("туроператор", "коронавирус", "общекорпоративный"): the
 * dictionary lacks most such compounds, though it knows both halves.
 */
const COMBINING_RU = [
  'авиа', 'авто', 'агро', 'аэро', 'био', 'вело', 'видео', 'гидро', 'евро', 'кино', 'медиа', 'мото', 'микро', 'макро', 'мини',
  'мульти', 'нано', 'нейро', 'обще', 'поли', 'псевдо', 'радио', 'соц', 'спорт', 'стерео', 'супер', 'теле', 'термо', 'тур',
  'фото', 'эко', 'электро', 'энерго', 'корона', 'клиенто', 'кибер', 'интернет', 'онлайн', 'гипер', 'ультра', 'экстра',
  'контр', 'анти', 'пост', 'пред', 'сверх', 'меж', 'само', 'свето', 'звуко', 'водо', 'тепло', 'газо', 'нефте', 'лесо', 'фитнес',
];

/** British spellings and the American ones the English dictionary knows. */
const BRITISH: [RegExp, string][] = [
  [/our(?=s?$|ed$|ing$|ful|ite|able)/, 'or'], [/tre(?=s?$|d$)/, 'ter'], [/is(?=e$|es$|ed$|ing$|ation)/, 'iz'],
  [/ys(?=e$|es$|ed$|ing$)/, 'yz'], [/ll(?=ed$|ing$|er$|ers$)/, 'l'], [/ogue(?=s?$)/, 'og'], [/mme(?=s?$)/, 'm'],
  [/ence(?=s?$)/, 'ense'], [/ae/, 'e'], [/oe/, 'e'],
];

/**
 * Forms a dictionary word may take that the dictionary does not list: a reflexive verb of a
 * known verb, an adverb of a known adjective, the genitive plural of a known -ие noun, a compound
 * of a combining part and a known word; in English, the British spelling of a known American word.
 */
export function baseFormsOf(word: string, language: Language): string[] {
  const w = word.toLowerCase();
  if (language === 'en') return BRITISH.filter(([pattern]) => pattern.test(w)).map(([pattern, us]) => w.replace(pattern, us));
  const forms: string[] = [];
  const reflexive = /^(.{3,}[аеиоуыюяь])(ся|сь)$/.exec(w) ?? /^(.{3,}[тч]ь)(ся)$/.exec(w);
  if (reflexive) forms.push(reflexive[1]!);
  const adverb = /^(.{3,}[^аеиоуыэюяь])[ое]$/.exec(w);
  if (adverb) forms.push(`${adverb[1]}ый`, `${adverb[1]}ий`, `${adverb[1]}ой`);
  const genitivePlural = /^(.{3,})ий$/.exec(w);
  if (genitivePlural) forms.push(`${genitivePlural[1]}ие`, `${genitivePlural[1]}ия`);
  for (const part of COMBINING_RU) {
    const rest = w.slice(part.length);
    if (w.startsWith(part) && rest.length >= 4) forms.push(rest);
  }
  return forms;
}

/** Whether a word the dictionary rejects is one of its words in a form it does not list. */
export async function isKnownForm(word: string, language: Language, isCorrect: (word: string) => Promise<boolean>): Promise<boolean> {
  for (const form of baseFormsOf(word, language)) if (await isCorrect(form)) return true;
  return false;
}
