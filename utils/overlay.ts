import type { Severity } from './report/types';

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The mark under the pointer: the first whose line boxes contain the point (a few pixels of slack). */
export function markAt(marks: Iterable<{ id: string; rects: Iterable<RectLike> }>, x: number, y: number, slack = 2): string | null {
  for (const mark of marks) {
    for (const rect of mark.rects) {
      if (x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack) return mark.id;
    }
  }
  return null;
}

/**
 * Where a card goes for a mark: under it when it fits in the viewport, else above it, and
 * always inside the viewport horizontally with a margin.
 */
export function cardPlacement(
  anchor: RectLike,
  viewport: { width: number; height: number },
  card: { width: number; height: number },
  gap = 6,
  margin = 8,
): { left: number; top: number } {
  const maxLeft = Math.max(margin, viewport.width - card.width - margin);
  const left = Math.min(Math.max(anchor.left, margin), maxLeft);
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - card.height;
  const top = below + card.height <= viewport.height - margin || above < margin ? below : above;
  return { left, top };
}

/** How many marks of each severity the counter shows, the worst first. */
export function severityCounts(marks: Iterable<{ severity: Severity }>): { severity: Severity; count: number }[] {
  const counts = new Map<Severity, number>([['error', 0], ['warning', 0], ['info', 0]]);
  for (const mark of marks) counts.set(mark.severity, (counts.get(mark.severity) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 0).map(([severity, count]) => ({ severity, count }));
}
