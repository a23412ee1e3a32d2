import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Dawg } from '../../../../engine/spelling/dawg';

const FILE = readFileSync('public/lexicon/ru-opencorpora.dawg');
const WORDS = ['работаем', 'Ежедневно', 'ёлка', 'елка', 'полотенце', 'кофе', 'прииём', 'hello', 'по-русски', ''];

describe('the OpenCorpora lexicon', () => {
  it('answers the same whether its bytes are read in place or, unaligned, copied', () => {
    const unaligned = new Uint8Array(FILE.byteLength + 1).subarray(1);
    unaligned.set(FILE);
    const inPlace = new Dawg(FILE);
    const copied = new Dawg(unaligned);
    expect(WORDS.map((word) => inPlace.has(word))).toEqual([true, true, true, true, true, true, false, false, true, false]);
    expect(WORDS.map((word) => copied.has(word))).toEqual(WORDS.map((word) => inPlace.has(word)));
    expect(copied.formsOf('работаем')).toEqual(inPlace.formsOf('работаем'));
  });
});
