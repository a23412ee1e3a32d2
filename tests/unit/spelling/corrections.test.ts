import { describe, expect, it } from 'vitest';
import { oneEditAway, quickSuggestion } from '../../../utils/spelling/quick-suggest';

const DICTIONARY = new Set(['тренажерам', 'тренажёрам', 'ёлка', 'посмотреть', 'hello', 'world']);
const isCorrect = async (word: string) => DICTIONARY.has(word);

describe('quickSuggestion', () => {
  it.each([
    ['тренажорам', 'ru', 'тренажерам'],
    ['елка', 'ru', 'ёлка'],
    ['посомтреть', 'ru', 'посмотреть'],
    ['посмотрееть', 'ru', 'посмотреть'],
    ['посмотеть', 'ru', 'посмотреть'],
    ['Helo', 'en', 'Hello'],
    ['wrold', 'en', 'world'],
  ] as const)('%s → %s', async (word, language, expected) => {
    expect(await quickSuggestion(word, language, isCorrect)).toBe(expected);
  });

  it('gives nothing when no single edit makes a known word', async () => {
    expect(await quickSuggestion('абырвалг', 'ru', isCorrect)).toBeNull();
  });

  it('tries the likeliest edits first: ё, then swaps, then deletions', () => {
    const first = [...oneEditAway('ежа', 'ru')].slice(0, 4);
    expect(first).toEqual(['ёжа', 'жеа', 'еаж', 'жа']);
  });
});
