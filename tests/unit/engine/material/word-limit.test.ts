import { describe, expect, it } from 'vitest';
import { materialFromText } from '../../../../engine/material/from-text';
import { capWords, firstWords } from '../../../../engine/material/word-limit';

const source = { id: 's1', kind: 'text' as const, location: 'a.txt' };

describe('firstWords', () => {
  it('cuts a text after its n-th word', () => {
    expect(firstWords('one two  three\nfour', 3)).toEqual({ text: 'one two  three', cut: true });
  });

  it('keeps a text of n words or fewer whole', () => {
    expect(firstWords(' one two three ', 3)).toEqual({ text: ' one two three ', cut: false });
  });
});

describe('capWords', () => {
  const material = materialFromText('First block here.\n\nSecond block has five words.\n\nThird.', source, 'en');

  it('keeps whole blocks, cuts the one the limit falls in, drops the rest, and notes it on the source', () => {
    const capped = capWords(material, 5);
    expect(capped.blocks.map((block) => block.text)).toEqual(['First block here.', 'Second block']);
    expect(capped.blocks[1]!.segments.every((segment) => segment.end <= 'Second block'.length)).toBe(true);
    expect(capped.source.notes).toEqual(['checked the first 5 words; the rest was left out']);
  });

  it('notes a cut at a block boundary too', () => {
    expect(capWords(material, 3).blocks.map((block) => block.text)).toEqual(['First block here.']);
    expect(capWords(material, 3).source.notes).toHaveLength(1);
  });

  it('leaves a material within the limit as it is', () => {
    expect(capWords(material, 9)).toBe(material);
  });
});
