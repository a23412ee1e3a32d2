import type { Language } from '../profile/types';
import { detectLanguage } from '../text/language';
import { BlockBuilder } from './block-builder';
import type { Material, Origin, Source } from './types';

export function advanceLine(origin: Origin, by: number): Origin {
  return origin.kind === 'line' ? { ...origin, column: origin.column + by } : origin;
}

/** A line that stands alone even without a blank line around it: a list item, a heading-like line. */
const STANDS_ALONE = /^\s*([-*•–—+]\s|\d+[.)]\s|#)/;

/**
 * Plain text: a blank line ends a block, and so does a line that ends a sentence or starts a list
 * item; a line wrapped in the middle of a sentence continues its block.
 */
export function materialFromText(text: string, source: Source, language?: Language): Material {
  const builder = new BlockBuilder();
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const previous = index > 0 ? lines[index - 1]!.trim() : '';
    const continues = previous !== '' && !/[.!?:;…]$/.test(previous) && /^\s*\p{Ll}/u.test(line) && !STANDS_ALONE.test(line);
    if (!continues) builder.flush();
    if (line.trim() === '') return;
    builder.append(`${line}\n`, { kind: 'line', line: index + 1, column: 1 }, advanceLine);
  });
  builder.flush();
  return {
    source,
    language: language ?? detectLanguage(text),
    blocks: builder.blocks,
  };
}
