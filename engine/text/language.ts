import type { Language } from '../profile/types';

/** Letters of each script in a text, counted without building a list of them (a page has hundreds of thousands). */
function letterCounts(text: string): { cyrillic: number; latin: number } {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0400 && code <= 0x04ff) cyrillic++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
  }
  return { cyrillic, latin };
}

/** The language of a text by the script most of its letters are in (Russian unless Latin wins). */
export function detectLanguage(text: string): Language {
  const { cyrillic, latin } = letterCounts(text);
  return latin > cyrillic ? 'en' : 'ru';
}

/** Of the letters of a text, the share that must be in the other script before a page's declared language gives way. */
const CLEAR_MAJORITY = 2 / 3;

/**
 * A page's language: the one its markup declares (`<html lang>`), unless a clear majority of its
 * letters is in the other script — a template's `lang="en"` left on a Russian page.
 */
export function pageLanguage(declared: string | undefined, text: string): Language {
  const detected = detectLanguage(text);
  if (declared !== 'ru' && declared !== 'en') return detected;
  if (declared === detected) return declared;
  const { cyrillic, latin } = letterCounts(text);
  const other = detected === 'ru' ? cyrillic : latin;
  return other >= CLEAR_MAJORITY * (cyrillic + latin) ? detected : declared;
}

export type Script = 'cyrillic' | 'latin' | 'mixed' | 'none';

export function scriptOf(word: string): Script {
  const hasCyrillic = /[\u0400-\u04ff]/.test(word);
  const hasLatin = /[a-z]/i.test(word);
  if (hasCyrillic && hasLatin) return 'mixed';
  if (hasCyrillic) return 'cyrillic';
  return hasLatin ? 'latin' : 'none';
}

/** The language a word is checked in: its script decides, whatever the page's language. */
export function languageOfWord(word: string, fallback: Language): Language {
  const script = scriptOf(word);
  if (script === 'cyrillic') return 'ru';
  if (script === 'latin') return 'en';
  return fallback;
}

/**
 * The language of a phrase of the profile or a name, for stemming and segmenting it: Russian if it
 * has any Cyrillic letter ("Кофейня «Зерно»", "Grand Nevа" with one), English if Latin, else `fallback`.
 */
export function phraseLanguage(phrase: string, fallback: Language = 'en'): Language {
  return /[\u0400-\u04ff]/.test(phrase) ? 'ru' : /[a-z]/i.test(phrase) ? 'en' : fallback;
}
