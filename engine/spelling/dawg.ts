/** A word form's place in OpenCorpora's paradigms: which paradigm, which of its forms. */
export interface FormRef {
  paradigm: number;
  form: number;
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

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The units as the file stores them (little-endian, after the count): read in place where this
 * machine's byte order and the bytes' alignment allow — no copy of the lexicon at start-up —
 * and copied number by number where they do not.
 */
function unitsOf(bytes: Uint8Array, count: number, view: DataView): Uint32Array {
  const start = bytes.byteOffset + 4;
  if (LITTLE_ENDIAN && start % 4 === 0) return new Uint32Array(bytes.buffer, start, count);
  const units = new Uint32Array(count);
  for (let i = 0; i < count; i++) units[i] = view.getUint32(4 + i * 4, true);
  return units;
}

/**
 * The dawgdic format (units, then the guide that lists each node's children, little-endian) that
 * pymorphy2 and az use for OpenCorpora's dictionary: each key is a lower-case word form, a
 * separator byte and its place in the paradigms. An "е" also tries "ё", as the dictionary spells
 * forms with ё and texts mostly do not. The walk over the guide follows az (MIT).
 */
export class Dawg {
  private readonly units: Uint32Array;
  private readonly guide: Uint8Array;

  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = view.getUint32(0, true);
    this.units = unitsOf(bytes, count, view);
    const guideOffset = 4 + count * 4;
    const guideLength = guideOffset + 4 <= bytes.byteLength ? view.getUint32(guideOffset, true) * 2 : 0;
    this.guide = bytes.subarray(guideOffset + 4, guideOffset + 4 + guideLength);
  }

  private follow(label: number, index: number): number {
    const unit = this.units[index]!;
    const offset = (unit >>> 10) << ((unit & 0x200) >>> 6);
    const next = (index ^ offset ^ label) >>> 0;
    return (this.units[next]! & 0x800000ff) >>> 0 === label ? next : MISSING;
  }

  private hasValue(index: number): boolean {
    return (this.units[index]! & 0x100) !== 0;
  }

  /** The nodes after each spelling of the word and its separator (е read as е or ё). */
  private entries(word: string, at = 0, index = 0): number[] {
    if (at === word.length) {
      const entry = this.follow(SEPARATOR, index);
      return entry === MISSING ? [] : [entry];
    }
    const char = word[at]!;
    const byte = cp1251(char);
    if (byte === MISSING) return [];
    const next = this.follow(byte, index);
    const found = next === MISSING ? [] : this.entries(word, at + 1, next);
    if (char !== 'е') return found;
    const yo = this.follow(cp1251('ё'), index);
    return yo === MISSING ? found : [...found, ...this.entries(word, at + 1, yo)];
  }

  has(word: string): boolean {
    return this.entries(word.toLowerCase()).length > 0;
  }

  /** Every place of the word form in the paradigms. */
  formsOf(word: string): FormRef[] {
    return this.entries(word.toLowerCase()).flatMap((entry) => this.payloads(entry).map(decodeFormRef));
  }

  /** The key bytes of every completion under a node, in the guide's order. */
  private payloads(start: number): number[][] {
    const results: number[][] = [];
    const stack = [start];
    const key: number[] = [];
    let first = true;
    for (;;) {
      let index = stack[stack.length - 1]!;
      if (!first) {
        let label = this.guide[index << 1]!;
        if (label) {
          index = this.follow(label, index);
          if (index === MISSING) return results;
          key.push(label);
          stack.push(index);
        } else {
          do {
            label = this.guide[(index << 1) + 1]!;
            key.pop();
            stack.pop();
            if (stack.length === 0) return results;
            index = stack[stack.length - 1]!;
            if (label) {
              index = this.follow(label, index);
              if (index === MISSING) return results;
              key.push(label);
              stack.push(index);
            }
          } while (!label);
        }
      }
      first = false;
      while (!this.hasValue(index)) {
        const label = this.guide[index << 1]!;
        index = this.follow(label, index);
        if (index === MISSING) return results;
        key.push(label);
        stack.push(index);
      }
      results.push([...key]);
    }
  }
}

/** pymorphy2 writes the two 16-bit numbers as base64-like bytes; this is az's reading of them. */
function decodeFormRef(key: number[]): FormRef {
  return { paradigm: ((key[0]! ^ 1) << 6) + (key[1]! >> 1), form: ((key[2]! ^ 1) << 6) + (key[3]! >> 1) };
}
