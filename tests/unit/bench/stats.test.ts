import { describe, expect, it } from 'vitest';
import { linearity, median, ratio, table } from '../../../bench/stats';

describe('bench statistics', () => {
  it('takes the middle sample, or the mean of the two middle ones, whatever the order', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('is not moved by one outlier, as a mean or a minimum would be', () => {
    expect(median([100, 101, 99, 5000, 102])).toBe(101);
  });

  it('gives a ratio only when both figures are known and the floor is above zero', () => {
    expect(ratio(300, 100)).toBe(3);
    expect(ratio(300, 0)).toBeNaN();
    expect(ratio(NaN, 100)).toBeNaN();
    expect(ratio(300, NaN)).toBeNaN();
  });

  it('measures cost per word at the largest size against the smallest: 1 is linear', () => {
    expect(
      linearity([
        { words: 10_000, ms: 100 },
        { words: 1_000_000, ms: 10_000 },
      ]),
    ).toBe(1);
    expect(
      linearity([
        { words: 10_000, ms: 100 },
        { words: 1_000_000, ms: 20_000 },
      ]),
    ).toBe(2);
    expect(linearity([{ words: 10_000, ms: 100 }])).toBeNaN();
  });

  it('pads a table to its widest cells: names left, figures right', () => {
    expect(
      table(
        ['words', 'ms'],
        [
          ['1,000', '5.0'],
          ['100,000', '480'],
        ],
      ).split('\n'),
    ).toEqual(['words     ms', '1,000    5.0', '100,000  480']);
  });
});
