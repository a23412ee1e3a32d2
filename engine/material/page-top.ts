import { elementLimit, materialFromDocument, type DomReadOptions } from './from-dom';
import { withoutNote } from './source-problems';
import { describeProblem } from './problem-words';
import { DEFAULT_LIMITS } from './limits';
import type { Block, Material, Source } from './types';
import { wordCount } from './word-limit';

/** Elements read in the first try: a screenful of an ordinary page. */
const FIRST_TRY_ELEMENTS = 128;

const wordsIn = (blocks: Block[]) => blocks.reduce((sum, block) => sum + wordCount(block.text), 0);

/**
 * The top of a document, read without walking the rest of it: the first blocks, holding more than
 * `words` words in blocks read to their end, so its first `words` words are the whole page's (the
 * block a read stops inside comes last, cut short, and is not counted). A page that has no more
 * comes whole. The reader stops after a few elements and, while that is not enough, after four
 * times as many: a long page costs a few small reads, not one of all of it.
 */
export function readDocumentTop(doc: Document, source: Source, words: number, options: DomReadOptions = {}): Material {
  const limit = options.maxNodes ?? DEFAULT_LIMITS.maxNodes;
  for (let elements = Math.min(FIRST_TRY_ELEMENTS, limit); ; elements = Math.min(elements * 4, limit)) {
    const top = materialFromDocument(doc, source, undefined, { ...options, maxNodes: elements });
    const cutHere = elementLimit(elements);
    const cut = elements < limit && !!top.source.notes?.includes(describeProblem(cutHere, 'en'));
    if (!cut) return top;
    // The stop this read made for itself is not the page's: the page was not cut there.
    if (wordsIn(top.blocks.slice(0, -1)) > words) return { ...top, source: withoutNote(top.source, cutHere) };
  }
}
