import type { Block, Origin } from '../engine/material/types';

export interface DomPoint {
  node: Text;
  offset: number;
}

type DomOrigin = Extract<Origin, { kind: 'dom' }>;

/**
 * The DOM positions of a block's characters [start, end): where a highlight Range begins and
 * ends. Null when the block did not come from a DOM or the span falls outside it.
 */
export function domRangeOf(block: Block, start: number, end: number): { start: DomPoint; end: DomPoint } | null {
  if (end <= start) return null;
  const first = block.segments.find((s) => s.start <= start && start < s.end);
  const last = block.segments.find((s) => s.start < end && end <= s.end);
  if (!first || !last || first.origin.kind !== 'dom' || last.origin.kind !== 'dom') return null;
  const from = first.origin as DomOrigin;
  const to = last.origin as DomOrigin;
  return {
    start: { node: from.node, offset: from.offset + (start - first.start) },
    end: { node: to.node, offset: to.offset + (end - last.start) },
  };
}
