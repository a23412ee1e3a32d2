import type { Language } from '../profile/types';

const ALPHABET: Record<Language, string> = {
  ru: 'оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё',
  en: 'etaoinshrdlcumwfgypbvkjxqz',
};

/**
 * Every spelling one edit away from `word`, the likeliest first: ё for е, two letters swapped, a
 * letter too many, a letter changed, a letter missing. Letters are tried by frequency.
 */
export function* oneEditAway(word: string, language: Language): Generator<string> {
  const letters = ALPHABET[language];
  if (language === 'ru' && /е/i.test(word)) {
    for (let i = 0; i < word.length; i++) if (word[i] === 'е') yield `${word.slice(0, i)}ё${word.slice(i + 1)}`;
  }
  for (let i = 0; i + 1 < word.length; i++) yield `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
  for (let i = 0; i < word.length; i++) yield `${word.slice(0, i)}${word.slice(i + 1)}`;
  for (let i = 0; i < word.length; i++) for (const ch of letters) if (ch !== word[i]) yield `${word.slice(0, i)}${ch}${word.slice(i + 1)}`;
  for (let i = 0; i <= word.length; i++) for (const ch of letters) yield `${word.slice(0, i)}${ch}${word.slice(i)}`;
}

/** "автомобилили" → "автомобили": a syllable typed twice is one slip, though two letters long. */
function* stutterRemoved(word: string): Generator<string> {
  for (let size = 2; size <= 3; size++) {
    for (let i = 0; i + 2 * size <= word.length; i++) {
      if (word.slice(i, i + size) === word.slice(i + size, i + 2 * size)) yield word.slice(0, i) + word.slice(i + size);
    }
  }
}

const VOWELS = /[aeiouyаеёиоуыэюя]/;

/** "premesis" → "premises": two vowels of neighbouring syllables traded places. */
function* vowelsSwapped(word: string): Generator<string> {
  for (let i = 0; i + 2 < word.length; i++) {
    const [a, b] = [word[i]!, word[i + 2]!];
    if (a !== b && VOWELS.test(a) && VOWELS.test(b)) yield `${word.slice(0, i)}${b}${word[i + 1]}${a}${word.slice(i + 3)}`;
  }
}

/** Every spelling one slip away: a single edit, a swap of neighbours or of two vowels, a doubled syllable. */
export function* slipsOf(word: string, language: Language): Generator<string> {
  const seen = new Set<string>([word]);
  for (const candidate of [...oneEditAway(word, language), ...vowelsSwapped(word), ...stutterRemoved(word)]) {
    if (candidate.length < 2 || seen.has(candidate)) continue;
    seen.add(candidate);
    yield candidate;
  }
}

/**
 * Two slips in one, rarer than any single slip: two letters exchanged across the one between them
 * ("органицазий" → "организаций"), a letter moved two places ("advatange" → "advantage"), or a
 * doubling moved to another letter ("ocassion" → "occasion", "tommorow" → "tomorrow").
 */
export function* farSlipsOf(word: string): Generator<string> {
  const seen = new Set<string>([word]);
  const fresh = (candidate: string) => !seen.has(candidate) && (seen.add(candidate), true);
  for (let i = 0; i + 2 < word.length; i++) {
    const [a, b, c, rest] = [word[i]!, word[i + 1]!, word[i + 2]!, word.slice(i + 3)];
    const before = word.slice(0, i);
    for (const candidate of [`${before}${c}${b}${a}${rest}`, `${before}${b}${c}${a}${rest}`, `${before}${c}${a}${b}${rest}`]) if (fresh(candidate)) yield candidate;
  }
  for (const candidate of movedDoublings(word)) if (fresh(candidate)) yield candidate;
}

/** The word with one doubled letter made single and another single letter doubled. */
function* movedDoublings(word: string): Generator<string> {
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) continue;
    const single = word.slice(0, i) + word.slice(i + 1);
    for (let j = 0; j < single.length; j++) {
      if (j === i || single[j] === single[j + 1] || single[j] === single[j - 1]) continue;
      yield single.slice(0, j + 1) + single.slice(j);
    }
  }
}

const VOWEL_LETTERS: Record<Language, string> = { en: 'aeiouy', ru: 'аеиоуыэюя' };

/**
 * Two vowels misheard in one word ("heretige" → "heritage", "availiblity" → "availability"): two
 * vowels changed, or one changed and one left out. Vowels are where spelling by ear goes wrong.
 */
export function* twoVowelSlipsOf(word: string, language: Language): Generator<string> {
  const vowels = VOWEL_LETTERS[language];
  const seen = new Set<string>([word]);
  const fresh = (candidate: string) => !seen.has(candidate) && (seen.add(candidate), true);
  const changed = (text: string, at: number) => [...vowels].filter((v) => v !== text[at]).map((v) => `${text.slice(0, at)}${v}${text.slice(at + 1)}`);
  const positions = (text: string) => [...text].flatMap((ch, i) => (vowels.includes(ch) ? [i] : []));
  for (const first of positions(word)) {
    for (const once of changed(word, first)) {
      for (const second of positions(once)) if (second > first) for (const twice of changed(once, second)) if (fresh(twice)) yield twice;
      for (let at = 0; at <= once.length; at++) for (const v of vowels) if (fresh(`${once.slice(0, at)}${v}${once.slice(at)}`)) yield `${once.slice(0, at)}${v}${once.slice(at)}`;
    }
  }
}

/**
 * A doubling left out and a vowel misheard in one word ("accomidating" → "accommodating", "ocurence" →
 * "occurrence" needs two doublings and stays out): English spelling by ear loses both at once.
 */
export function* doublingAndVowelSlipsOf(word: string, language: Language): Generator<string> {
  const vowels = VOWEL_LETTERS[language];
  const seen = new Set<string>([word]);
  for (let at = 1; at < word.length; at++) {
    const letter = word[at]!;
    if (vowels.includes(letter) || letter === word[at - 1] || letter === word[at + 1]) continue;
    const doubled = `${word.slice(0, at)}${letter}${word.slice(at)}`;
    for (let v = 0; v < doubled.length; v++) {
      if (!vowels.includes(doubled[v]!)) continue;
      for (const vowel of vowels) {
        const candidate = `${doubled.slice(0, v)}${vowel}${doubled.slice(v + 1)}`;
        if (vowel !== doubled[v] && !seen.has(candidate)) {
          seen.add(candidate);
          yield candidate;
        }
      }
    }
  }
}

/** "пенобетоных" → "пенобетонных", "металокерамика" → "металлокерамика": a double letter written single, or the other way round. */
export function isDoubling(word: string, candidate: string): boolean {
  const [shorter, longer] = word.length < candidate.length ? [word, candidate] : [candidate, word];
  if (longer.length !== shorter.length + 1) return false;
  const at = firstDifference(shorter, longer);
  return longer[at] === longer[at - 1] || longer[at] === longer[at + 1];
}

/** Vowels that sound alike unstressed in Russian: the commonest slip ("медецинский" for "медицинский"). */
const SOUND_ALIKE = new Set(['еи', 'ие', 'ао', 'оа', 'ея', 'яе']);

/** The candidate differs from the word by one unstressed vowel heard alike. */
export function isVowelSlip(word: string, candidate: string): boolean {
  if (word.length !== candidate.length) return false;
  const at = firstDifference(word, candidate);
  return SOUND_ALIKE.has(`${word[at]}${candidate[at]}`) && word.slice(at + 1) === candidate.slice(at + 1);
}

/** Where two spellings first differ. */
export function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
