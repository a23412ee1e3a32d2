import { describe, expect, it } from 'vitest';
import type { Component } from '../../../../../engine/material/image/ink';
import { inkRead, unreadInk } from '../../../../../engine/material/image/reading';

const letterAt = (x: number, y: number, area = 50): Component => ({ label: 1, x0: x, y0: y, x1: x + 8, y1: y + 12, area });
const word = (x0: number, y0: number, x1: number, y1: number, text = 'Цена', confidence = 90) => ({ text, confidence, box: { x0, y0, x1, y1 } });

describe('inkRead', () => {
  const letters = [letterAt(10, 10), letterAt(20, 10), letterAt(10, 100), letterAt(20, 100)];

  it("is the share of the letters' ink inside words read with confidence", () => {
    expect(inkRead(letters, [word(5, 5, 40, 25), word(5, 95, 40, 115)], 12)).toBe(1);
    expect(inkRead(letters, [word(5, 5, 40, 25)], 12)).toBe(0.5);
  });

  it('does not count guesses or words with no letter or digit as read', () => {
    expect(inkRead(letters, [word(5, 5, 40, 25, 'Цена', 20), word(5, 95, 40, 115, '~|', 95)], 12)).toBe(0);
  });

  it('weighs a letter by its ink, and calls a page with no letters read', () => {
    expect(inkRead([letterAt(10, 10, 300), letterAt(10, 100, 100)], [word(5, 5, 40, 25)], 12)).toBe(0.75);
    expect(inkRead([], [], 12)).toBe(1);
  });
});

describe('unreadInk', () => {
  it('is the letters no word covers, whatever its confidence', () => {
    const letters = [letterAt(10, 10), letterAt(60, 10)];
    expect(unreadInk(letters, [word(5, 5, 40, 25, 'Цена', 20)])).toEqual([letters[1]]);
  });
});
