import type { Block } from '../material/types';
import type { Finding } from './types';

export interface Piece {
  text: string;
  finding?: Finding;
}

/** A block's text cut into plain and marked pieces, in order; overlapping findings keep the first. */
export function markedPieces(block: Block, findings: Finding[]): Piece[] {
  const marks = findings.filter((f) => f.location?.block === block.index).sort((a, b) => a.location!.start - b.location!.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const finding of marks) {
    const { start, end } = finding.location!;
    if (start < at) continue;
    if (start > at) pieces.push({ text: block.text.slice(at, start) });
    pieces.push({ text: block.text.slice(start, end), finding });
    at = end;
  }
  if (at < block.text.length) pieces.push({ text: block.text.slice(at) });
  return pieces;
}
