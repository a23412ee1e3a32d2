import type { Dawg } from '../spelling/dawg';

/** One reading of a Russian word form: its part of speech and grammemes, as OpenCorpora tags them. */
export interface WordParse {
  /** NOUN, ADJF (full adjective), PRTF (full participle), NPRO, NUMR, VERB, PREP, ADVB, … */
  pos: string;
  /** Case (nomn, gent, datv, accs, ablt, loct, …), number (sing, plur), gender, animacy, … */
  grammemes: ReadonlySet<string>;
}

export interface Morphology {
  /** Every dictionary reading of a word form; none for a word OpenCorpora does not know. */
  parse(word: string): readonly WordParse[];
}

/** The grammar beside the word forms: OpenCorpora as pymorphy2 compiles it (public/lexicon/). */
export interface MorphologyData {
  paradigms: Uint8Array;
  gramtab: Uint8Array;
}

/** paradigms.array: a count, then each paradigm as its length and that many 16-bit numbers. */
function readParadigms(bytes: Uint8Array): Uint16Array[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (i: number) => view.getUint16(i * 2, true);
  const paradigms: Uint16Array[] = [];
  let position = 1;
  for (let i = 0, count = at(0); i < count; i++) {
    const size = at(position++);
    const paradigm = new Uint16Array(size);
    for (let k = 0; k < size; k++) paradigm[k] = at(position + k);
    paradigms.push(paradigm);
    position += size;
  }
  return paradigms;
}

function readTag(tag: string): WordParse {
  const parts = tag.split(/[ ,]/).filter(Boolean);
  return { pos: parts[0]!, grammemes: new Set(parts.slice(1)) };
}

/** A paradigm lists its forms' suffixes, then their tags, then their prefixes. */
export function createMorphology(dawg: Dawg, data: MorphologyData): Morphology {
  const paradigms = readParadigms(data.paradigms);
  const tags = (JSON.parse(new TextDecoder().decode(data.gramtab)) as string[]).map(readTag);
  // Keyed by the word as asked, in any letters: the grammar asks of the same written words many
  // times, and lower-casing each question again cost more than the answer.
  const cache = new Map<string, readonly WordParse[]>();
  const readingsOf = (lowered: string) =>
    dawg.formsOf(lowered).flatMap(({ paradigm, form }) => {
      const forms = paradigms[paradigm];
      const tag = forms ? tags[forms[forms.length / 3 + form]!] : undefined;
      return tag ? [tag] : [];
    });
  return {
    parse(word) {
      let found = cache.get(word);
      if (!found) {
        const lowered = word.toLowerCase();
        found = cache.get(lowered) ?? readingsOf(lowered);
        if (cache.size > 50_000) cache.clear();
        cache.set(lowered, found);
        cache.set(word, found);
      }
      return found;
    },
  };
}

/** Whether a word has readings and every one passes: a judgement sure of the word. */
export const everyReading = (parses: readonly WordParse[], test: (p: WordParse) => boolean) => parses.length > 0 && parses.every(test);
/** Whether any reading of a word passes. */
export const anyReading = (parses: readonly WordParse[], test: (p: WordParse) => boolean) => parses.some(test);
