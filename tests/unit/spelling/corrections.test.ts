import { describe, expect, it } from 'vitest';
import { doublingAndVowelSlipsOf, farSlipsOf, likeliest, oneEditAway, slipsOf } from '../../../utils/spelling/corrections';

const DICTIONARY = new Set(['тренажерам', 'тренажёрам', 'ёлка', 'посмотреть', 'hello', 'world', 'автомобили']);
const corrections = (word: string, language: 'ru' | 'en') => [...slipsOf(word, language)].filter((candidate) => DICTIONARY.has(candidate));

describe('slips and corrections', () => {
  it.each([
    ['тренажорам', 'ru', 'тренажерам'],
    ['елка', 'ru', 'ёлка'],
    ['посомтреть', 'ru', 'посмотреть'],
    ['посмотрееть', 'ru', 'посмотреть'],
    ['посмотеть', 'ru', 'посмотреть'],
    ['helo', 'en', 'hello'],
    ['wrold', 'en', 'world'],
    ['автомобилили', 'ru', 'автомобили'],
  ] as const)('%s → %s', (word, language, expected) => {
    expect(likeliest(word, corrections(word, language), new Set())).toBe(expected);
  });

  it('mends two letters exchanged across one and a letter moved two places only as far slips', () => {
    expect([...farSlipsOf('органицазий')]).toContain('организаций');
    expect([...farSlipsOf('advatange')]).toContain('advantage');
    expect([...farSlipsOf('ocassions')]).toContain('occasions');
    expect([...farSlipsOf('аппелировать')]).toContain('апеллировать');
    expect([...slipsOf('органицазий', 'ru')]).not.toContain('организаций');
  });

  it('mends a lost doubling with a misheard vowel, doubling only a consonant written once', () => {
    expect([...doublingAndVowelSlipsOf('accomidating', 'en')]).toContain('accommodating');
    expect([...doublingAndVowelSlipsOf('ocurence', 'en')]).not.toContain('occurrence');
    expect([...doublingAndVowelSlipsOf('bottel', 'en')]).not.toContain('bottle');
  });

  it('finds nothing when no slip makes a known word', () => {
    expect(corrections('абырвалг', 'ru')).toEqual([]);
  });

  it('tries the likeliest edits first: ё, then swaps, then deletions', () => {
    const first = [...oneEditAway('ежа', 'ru')].slice(0, 4);
    expect(first).toEqual(['ёжа', 'жеа', 'еаж', 'жа']);
  });

  it('prefers a word the text uses, then one that keeps the first letter and the ending', () => {
    expect(likeliest('утеплёной', ['утеплёно', 'утеплённой'], new Set())).toBe('утеплённой');
    expect(likeliest('yur', ['yr', 'our', 'your'], new Set())).toBe('your');
    expect(likeliest('кот', ['кит', 'кто'], new Set(['кто']))).toBe('кто');
  });
});
