import { describe, expect, it } from 'vitest';
import { cardPlacement, markAt, severityCounts } from '../../utils/overlay';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('markAt', () => {
  const marks = [
    { id: 'a', rects: [rect(10, 10, 60, 30)] },
    // A mark that wraps onto a second line has two boxes.
    { id: 'b', rects: [rect(300, 40, 400, 60), rect(0, 60, 50, 80)] },
  ];
  it('finds the mark whose box holds the point, on any of its lines', () => {
    expect(markAt(marks, 20, 20)).toBe('a');
    expect(markAt(marks, 350, 50)).toBe('b');
    expect(markAt(marks, 25, 70)).toBe('b');
  });
  it('allows a little slack at the edges and nothing beyond it', () => {
    expect(markAt(marks, 61, 20)).toBe('a');
    expect(markAt(marks, 70, 20)).toBeNull();
    expect(markAt([], 0, 0)).toBeNull();
  });
});

describe('cardPlacement', () => {
  const viewport = { width: 800, height: 600 };
  const card = { width: 300, height: 120 };
  it('puts the card under the mark when it fits', () => {
    expect(cardPlacement(rect(100, 100, 200, 120), viewport, card)).toEqual({ left: 100, top: 126 });
  });
  it('puts it above when the mark is near the bottom', () => {
    expect(cardPlacement(rect(100, 550, 200, 570), viewport, card)).toEqual({ left: 100, top: 424 });
  });
  it('keeps it inside the viewport horizontally', () => {
    expect(cardPlacement(rect(700, 100, 790, 120), viewport, card).left).toBe(492);
    expect(cardPlacement(rect(-50, 100, 20, 120), viewport, card).left).toBe(8);
  });
  it('stays under the mark when there is no room above either', () => {
    expect(cardPlacement(rect(0, 20, 10, 40), { width: 400, height: 100 }, card).top).toBe(46);
  });
});

describe('severityCounts', () => {
  it('counts each severity, the worst first, and leaves out the absent ones', () => {
    expect(severityCounts([{ severity: 'info' }, { severity: 'error' }, { severity: 'error' }])).toEqual([
      { severity: 'error', count: 2 },
      { severity: 'info', count: 1 },
    ]);
    expect(severityCounts([])).toEqual([]);
  });
});
