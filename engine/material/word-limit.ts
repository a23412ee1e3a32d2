import { describeProblem } from './problem-words';
import { withNote } from './source-problems';
import type { Block, Material } from './types';

const WORD = /\S+/g;

/** How many words a text has, as the word limit counts them. */
export const wordCount = (text: string) => text.match(WORD)?.length ?? 0;

/** What a source says, in English, when only its first `maxWords` words were checked. */
export const wordLimitNote = (maxWords: number) => describeProblem({ code: 'word-limit', words: maxWords }, 'en');

/** Where the `maxWords`-th word of `text` ends, or null when the text has no more words than that. */
function endOfWord(text: string, maxWords: number): number | null {
  WORD.lastIndex = 0;
  let count = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    if (++count === maxWords) {
      const end = match.index + match[0].length;
      return WORD.exec(text) ? end : null;
    }
  }
  return null;
}

/** The first `maxWords` words of a text file, cut before it is read into blocks: reading all of a huge one costs minutes. */
export function firstWords(text: string, maxWords: number): { text: string; cut: boolean } {
  const end = endOfWord(text, maxWords);
  return end === null ? { text, cut: false } : { text: text.slice(0, end), cut: true };
}

/** A block cut after `end` characters: its segments end there too. */
function cutBlock(block: Block, end: number): Block {
  const segments = block.segments.filter((segment) => segment.start < end).map((segment) => ({ ...segment, end: Math.min(segment.end, end) }));
  return { ...block, text: block.text.slice(0, end), segments };
}

/** The material's first `maxWords` words, with a note on its source when some were left out. */
export function capWords(material: Material, maxWords: number): Material {
  let left = maxWords;
  const blocks: Block[] = [];
  for (const block of material.blocks) {
    if (left === 0) return cutTo(material, blocks, maxWords);
    const end = endOfWord(block.text, left);
    if (end !== null) return cutTo(material, [...blocks, cutBlock(block, end)], maxWords);
    blocks.push(block);
    left -= wordCount(block.text);
  }
  return material;
}

function cutTo(material: Material, blocks: Block[], maxWords: number): Material {
  return { ...material, blocks, source: withNote(material.source, { code: 'word-limit', words: maxWords }) };
}
