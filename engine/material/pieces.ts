import type { Block } from './types';

/**
 * Whether two offsets of a block come from one piece of the source (one text node, one line): two
 * elements side by side or a line break part what the writer wrote as one run of text.
 */
export function sameSourcePiece(block: Block, a: number, b: number): boolean {
  const pieceOf = (at: number) => block.segments.findIndex((segment) => segment.start <= at && at < segment.end);
  return pieceOf(a) === pieceOf(b);
}
