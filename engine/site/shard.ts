/**
 * `crawl --shard I/N`: N machines each check their own part of one site, and every run puts a page
 * in the same part, so merged shard reports equal one unsharded run (#18).
 */
import { hash32 } from '../text/hash';
import { canonicalUrl } from './canonical';

export interface Shard {
  /** 1-based, as the user writes it: `--shard 1/4` is the first of four. */
  index: number;
  count: number;
}

/** The shard (1…count) a page belongs to; two spellings of one page share it. */
export function shardOf(url: string, count: number): number {
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`a shard count is a whole number from 1, got ${count}`);
  return (Number.parseInt(hash32(canonicalUrl(url) ?? url), 16) % count) + 1;
}

export const inShard = (url: string, shard: Shard): boolean => shardOf(url, shard.count) === shard.index;

/** `--shard I/N` read, or an error that says what was expected and what came. */
export function parseShard(text: string): Shard {
  const parts = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(parts?.[1]);
  const count = Number(parts?.[2]);
  if (!parts || !Number.isSafeInteger(count) || index < 1 || index > count) throw new Error(`--shard expects I/N with 1 ≤ I ≤ N, got ${text}`);
  return { index, count };
}
