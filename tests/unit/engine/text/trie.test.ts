import { describe, expect, it } from 'vitest';
import { StringTrie } from '../../../../engine/text/trie';

describe('StringTrie: strings found where they start', () => {
  const trie = new StringTrie<string>();
  for (const word of ['до', 'доставка', 'дом', 'ставка']) trie.add(word, word);

  const startingAt = (text: string, start: number) => {
    const found: string[] = [];
    trie.someFrom(text, start, (values, end) => {
      found.push(`${values.join('+')}@${end}`);
      return false;
    });
    return found;
  };

  it('lists every added string that starts there, shortest first, with the index after it', () => {
    expect(startingAt('доставка домой', 0)).toEqual(['до@2', 'доставка@8']);
    expect(startingAt('доставка домой', 2)).toEqual(['ставка@8']);
    expect(startingAt('доставка домой', 9)).toEqual(['до@11', 'дом@12']);
  });

  it('finds nothing where no string starts, nor past the end of the text', () => {
    expect(startingAt('доставка', 1)).toEqual([]);
    expect(startingAt('дос', 0)).toEqual(['до@2']);
    expect(startingAt('', 0)).toEqual([]);
  });

  it('stops at the first string the caller accepts, and says so', () => {
    expect(trie.someFrom('доставка', 0, (_, end) => end === 8)).toBe(true);
    expect(trie.someFrom('доска', 0, (_, end) => end === 8)).toBe(false);
  });

  it('keeps every value added for one string', () => {
    const many = new StringTrie<number>();
    many.add('free', 1);
    many.add('free', 2);
    expect(many.someFrom('free', 0, (values) => values.length === 2)).toBe(true);
  });
});
