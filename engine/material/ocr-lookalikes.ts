import { CYRILLIC_LOOKALIKES, SHORT_WORDS_RU } from '../lexicon/ru/ocr-lookalikes';
import type { OcrWord } from './ocr-columns';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** Where a word's letters end and its stops and brackets begin. */
const WORD_AND_STOPS = /^(.*?)([.,:;!?)»]*)$/su;

/** The word in Cyrillic when each of its characters is Cyrillic or a lookalike, one is Latin or a digit ("C6", "С6"), and it then is a short Russian word. */
function inCyrillic(text: string): string | null {
  const [, core = '', stops = ''] = WORD_AND_STOPS.exec(text) ?? [];
  const letters = [...core];
  const misread = letters.some((letter) => LATIN.test(letter) || /\d/.test(letter));
  const aWord = letters.some((letter) => /\p{L}/u.test(letter));
  if (!misread || !aWord || !letters.every((letter) => letter in CYRILLIC_LOOKALIKES || CYRILLIC.test(letter))) return null;
  const cyrillic = letters.map((letter) => CYRILLIC_LOOKALIKES[letter] ?? letter).join('');
  return SHORT_WORDS_RU.has(cyrillic.toLowerCase()) ? cyrillic + stops : null;
}

/**
 * The words of a Russian line with the short words OCR read in Latin lookalikes put back in
 * Cyrillic ("C6: 09:00–18:00" → «Сб: 09:00–18:00», "Ha первый приём" → «На первый приём»).
 * `lineWords`: the whole printed line, whose Cyrillic says it is Russian.
 */
export function cyrillicLookalikes(words: OcrWord[], lineWords: readonly OcrWord[] = words): OcrWord[] {
  if (!lineWords.some((word) => CYRILLIC.test(word.text))) return words;
  return words.map((word) => {
    const text = inCyrillic(word.text);
    return text === null ? word : { ...word, text };
  });
}
