import { describe, expect, it } from 'vitest';
import { isFrequentPart, ranked, rarity, slipCost } from '../../../../engine/spelling/ranking';

describe('ranking corrections by slip and frequency', () => {
  it.each([
    // An unstressed vowel heard alike outweighs a letter changed at the word's start.
    ['кстате', ['астате', 'кстати'], 'кстати'],
    // A letter left out outweighs a letter changed for one far from it on the keyboard.
    ['следущий', ['сведущий', 'следующий'], 'следующий'],
    // A soft sign added before -ся.
    ['улыбаеться', ['улыбаешься', 'улыбается'], 'улыбается'],
    // A double letter written single.
    ['класный', ['красный', 'классный'], 'классный'],
    // Two words run together, both frequent.
    ['небыло', ['небыль', 'не было'], 'не было'],
    // Equal slips: the commoner word.
    ['вемя', ['семя', 'время'], 'время'],
    // A key beside the intended one.
    ['wprk', ['perk', 'work'], 'work'],
    ['teh', ['ten', 'the', 'tea'], 'the'],
  ] as const)('"%s" → likeliest of %j is "%s"', (typed, candidates, expected) => {
    expect(ranked(typed, [...candidates], /[a-z]/.test(typed) ? 'en' : 'ru')[0]).toBe(expected);
  });

  it('prefers a correction the same text writes elsewhere', () => {
    expect(ranked('подарк', ['подарок', 'подарки'], 'ru', new Set(['подарки']))[0]).toBe('подарки');
  });

  it('costs a neighbouring key less than a distant one, and a sound-alike vowel less than either', () => {
    expect(slipCost('дом', 'лом', 'ru')).toBeLessThan(slipCost('дом', 'ром', 'ru'));
    expect(slipCost('малако', 'молоко', 'ru')).toBeLessThan(slipCost('мплоко', 'молоко', 'ru'));
    expect(slipCost('пчелка', 'пчёлка', 'ru')).toBeLessThan(slipCost('пчелка', 'пчилка', 'ru'));
  });

  it('rates a frequent word commoner than a rare one, and a split by its rarer half', () => {
    expect(rarity('время', 'ru')).toBeLessThan(rarity('семя', 'ru'));
    expect(rarity('не было', 'ru')).toBe(rarity('было', 'ru'));
  });

  it('splits only into frequent words, short ones among the very commonest', () => {
    expect(isFrequentPart('не', 'ru')).toBe(true);
    expect(isFrequentPart('шт', 'ru')).toBe(false);
    expect(isFrequentPart('work', 'en')).toBe(true);
  });
});
