import { describe, expect, it } from 'vitest';
import { doublingAndVowelSlipsOf, farSlipsOf, oneEditAway, slipsOf } from '../../../../engine/spelling/corrections';
import { ranked } from '../../../../engine/spelling/ranking';

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
    expect(ranked(word, corrections(word, language), language)[0]).toBe(expected);
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

  it('ranks a lost doubling over a lost ending, a dropped letter over a changed first one, and a word the text uses first', () => {
    expect(ranked('утеплёной', ['утеплёно', 'утеплённой'], 'ru')[0]).toBe('утеплённой');
    expect(ranked('yur', ['yr', 'our', 'your'], 'en')[0]).toBe('your');
    expect(ranked('кот', ['кит', 'кто'], 'ru', new Set(['кто']))[0]).toBe('кто');
  });
});
