/** Latin and Cyrillic letters that look alike: a word that mixes them is a typo no eye catches. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  с: 'c',
  е: 'e',
  о: 'o',
  р: 'p',
  х: 'x',
  у: 'y',
  к: 'k',
  і: 'i',
  ј: 'j',
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Т: 'T',
  Х: 'X',
  У: 'Y',
};

const LATIN_LETTER = /[a-z]/i;
const CYRILLIC_LETTER = /[\u0400-\u04ff]/;
const isCyrillic = (ch: string) => CYRILLIC_LETTER.test(ch);
const isLatin = (ch: string) => LATIN_LETTER.test(ch);

export interface MixedWord {
  /** The word written in one script: the majority's, with look-alikes swapped. */
  fixed: string;
  /** Offsets in the word of the letters from the other script. */
  foreign: number[];
}

/**
 * A word that mixes Cyrillic and Latin letters, and how it reads in its majority script. The
 * parts of a compound are read apart: "IP-телефония", "SPA-салон" and a name with a domain,
 * "Максим.Ru", are not mixed.
 */
export function mixedScript(word: string): MixedWord | null {
  // Nearly every word is in one script: two quick tests settle it before any per-letter work.
  if (!LATIN_LETTER.test(word) || !CYRILLIC_LETTER.test(word)) return null;
  if (!/[-.]/.test(word)) return mixedPart(word);
  const parts = word.split(/([-.])/);
  const mixed = parts.map((part, i) => mixedPart(part) ?? strayLetter(part, parts[i + 2]));
  if (mixed.every((m) => m === null)) return null;
  let offset = 0;
  const foreign: number[] = [];
  parts.forEach((part, i) => {
    foreign.push(...(mixed[i]?.foreign ?? []).map((at) => at + offset));
    offset += [...part].length;
  });
  return { fixed: parts.map((part, i) => mixed[i]?.fixed ?? part).join(''), foreign };
}

/**
 * "е-mail": one Cyrillic look-alike letter before a Latin word is a Latin letter typed on the wrong
 * layout. A Latin letter before a Cyrillic word is written so on purpose ("B-класс", "S-образный").
 */
function strayLetter(part: string, next: string | undefined): MixedWord | null {
  const fixed = CYRILLIC_TO_LATIN[part];
  if (!fixed || !next || next.length < 2 || ![...next].every(isLatin)) return null;
  return { fixed, foreign: [0] };
}

function mixedPart(word: string): MixedWord | null {
  const letters = [...word];
  const cyrillic = letters.filter(isCyrillic).length;
  const latin = letters.filter(isLatin).length;
  if (cyrillic === 0 || latin === 0) return null;
  const toCyrillic = cyrillic >= latin;
  const foreign: number[] = [];
  const fixed = letters
    .map((ch, i) => {
      if (toCyrillic ? isLatin(ch) : isCyrillic(ch)) {
        foreign.push(i);
        return (toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN)[ch] ?? ch;
      }
      return ch;
    })
    .join('');
  return { fixed, foreign };
}

/** Folds look-alikes to Cyrillic so "Ленинa" and "Ленина" compare equal. */
export function foldHomoglyphs(text: string): string {
  const mixed = mixedScript(text);
  return mixed ? mixed.fixed : text;
}
