import type { Block, Origin } from '../engine/material/types';
import type { Severity } from '../engine/report/types';

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

/** How a severity marks the page's words. `depth`: the underline's distance below the text, in px. */
export interface MarkStyle {
  colour: string;
  background: string;
  line: 'solid' | 'dashed' | 'dotted';
  depth: number;
}

/*
 * Each severity has its own colour and its own kind of line, so a reader who cannot tell the
 * colours apart still can, and its own depth, so a mark inside another of another severity keeps
 * both underlines (backgrounds, half transparent, add up). Plain colours: the page has none of the
 * extension's tokens, and the marks must read on its light backgrounds.
 */
export const MARK_STYLES: Record<Severity, MarkStyle> = {
  error: { colour: '#c62828', background: 'rgba(255,82,82,.35)', line: 'solid', depth: 1 },
  warning: { colour: '#b26a00', background: 'rgba(255,193,7,.35)', line: 'dashed', depth: 4 },
  info: { colour: '#1565c0', background: 'rgba(66,165,245,.25)', line: 'dotted', depth: 7 },
};

/** The style sheet of the marks (the highlights `sverka-<severity>`) and of the flash on a mark scrolled to. */
export function highlightSheet(): string {
  const marks = Object.entries(MARK_STYLES).map(
    ([severity, { colour, background, line, depth }]) => `::highlight(sverka-${severity}){background-color:${background};text-decoration:underline ${line} ${colour} 2px;text-underline-offset:${depth}px}`,
  );
  return [...marks, '::highlight(sverka-flash){background-color:rgba(124,77,255,.55)}'].join('\n');
}
