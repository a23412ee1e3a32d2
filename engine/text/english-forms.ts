import { DOUBLING_BEFORE_ING, SINGULAR_IN_S } from '../lexicon/en/grammar';

// The regular forms of English words, made by rule from the bases the word lists hold.

/** "offer" → "offers", "carry" → "carries", "go" → "goes": the form a singular subject takes. */
export function thirdPerson(base: string): string {
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  return `${base}s`;
}

/**
 * A word in -s that reads as a plural: "classes", "options", "ideas"; not "bus", "class", "basis", "lens",
 * nor a name with no vowel ("tmpfs", "gps").
 */
export const looksPlural = (word: string) => !SINGULAR_IN_S.includes(word) && /[aeiouy]/.test(word.slice(0, -1)) && /(?:[^aiosu'’]s|eas|[^aeiou]es)$/.test(word);

/** "go" → "going", "make" → "making", "get" → "getting", "tie" → "tying". */
export function gerund(base: string): string {
  if (DOUBLING_BEFORE_ING.has(base)) return `${base}${base.slice(-1)}ing`;
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (/[^eoy]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

/** "days" → "day", "classes" → "class", "parties" → "party": the singular of a regular plural. */
export function singular(plural: string): string {
  if (/[^aeiou]ies$/.test(plural) && plural.length > 4) return `${plural.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|z)es$/.test(plural)) return plural.slice(0, -2);
  return plural.slice(0, -1);
}

/** "company" → "companies", "business" → "businesses", "tour" → "tours". */
export function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}
