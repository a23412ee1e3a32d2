import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../../../engine/site/shard';

const pages = Array.from({ length: 200 }, (_, i) => `https://a.test/page-${i}`);

describe('shardOf: a stable part of the site for each page', () => {
  it('gives each page one shard from 1 to the count, the same every time', () => {
    for (const page of pages) {
      const shard = shardOf(page, 5);
      expect(shard).toBeGreaterThanOrEqual(1);
      expect(shard).toBeLessThanOrEqual(5);
      expect(shardOf(page, 5)).toBe(shard);
    }
  });

  it('puts two spellings of one page in the same shard', () => {
    expect(shardOf('HTTPS://A.test/page-7?utm_source=x#top', 7)).toBe(shardOf('https://a.test/page-7', 7));
  });

  it('spreads pages over every shard', () => {
    expect(new Set(pages.map((page) => shardOf(page, 4)))).toEqual(new Set([1, 2, 3, 4]));
  });

  it('puts everything in the only shard of one', () => {
    expect(pages.every((page) => shardOf(page, 1) === 1)).toBe(true);
  });

  it('refuses a count that is not a whole number from 1', () => {
    expect(() => shardOf(pages[0]!, 0)).toThrow(RangeError);
    expect(() => shardOf(pages[0]!, 2.5)).toThrow(RangeError);
  });
});

describe('inShard', () => {
  it('places every page in exactly one of the shards', () => {
    for (const page of pages) {
      const holders = [1, 2, 3].filter((index) => inShard(page, { index, count: 3 }));
      expect(holders, page).toHaveLength(1);
    }
  });
});

describe('parseShard: --shard I/N', () => {
  it('reads I/N, spaces allowed', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(parseShard('5/5')).toEqual({ index: 5, count: 5 });
  });

  it('says what it expected and what it got', () => {
    expect(() => parseShard('6/5')).toThrow('--shard expects I/N with 1 ≤ I ≤ N, got 6/5');
    for (const bad of ['0/5', '2', '2/', '/5', 'a/b', '-1/5', '1.5/3', '2/5/7', '', '0/0']) {
      expect(() => parseShard(bad), bad).toThrow(`got ${bad}`);
    }
  });
});
