/** A set of word forms that answers "is this a word?" without holding millions of strings. */
export interface Lexicon {
  has(word: string): boolean;
}

const SEPARATOR = 1;
const MISSING = -1;

/** pymorphy2 stores keys in cp1251: Russian lower-case letters and ё map to single bytes. */
function cp1251(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0x430 && code <= 0x44f) return code - 0x430 + 0xe0;
  if (code === 0x451) return 0xb8;
  if (char === '-') return 0x2d;
  return MISSING;
}

/**
 * The dawgdic format (units after a length word, little-endian) that pymorphy2 and az use for
 * OpenCorpora's dictionary: each key is a lower-case word form, a separator byte and its grammar.
 * A form is known when its letters and then the separator can be followed from the root. An "е"
 * also tries "ё", as the dictionary spells forms with ё and texts mostly do not.
 */
export function dawgLexicon(bytes: Uint8Array): Lexicon {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  const units = new Uint32Array(count);
  for (let i = 0; i < count; i++) units[i] = view.getUint32(4 + i * 4, true);

  const follow = (label: number, index: number): number => {
    const unit = units[index]!;
    const offset = (unit >>> 10) << ((unit & 0x200) >>> 6);
    const next = (index ^ offset ^ label) >>> 0;
    return (units[next]! & 0x800000ff) >>> 0 === label ? next : MISSING;
  };

  const walk = (word: string, at: number, index: number): boolean => {
    if (at === word.length) return follow(SEPARATOR, index) !== MISSING;
    const char = word[at]!;
    const byte = cp1251(char);
    if (byte === MISSING) return false;
    const next = follow(byte, index);
    if (next !== MISSING && walk(word, at + 1, next)) return true;
    if (char !== 'е') return false;
    const yo = follow(cp1251('ё'), index);
    return yo !== MISSING && walk(word, at + 1, yo);
  };

  return { has: (word) => walk(word.toLowerCase(), 0, 0) };
}
