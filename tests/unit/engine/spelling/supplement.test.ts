import { describe, expect, it } from 'vitest';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell } from '../../../../cli/spelling/node-dictionaries';
import { SUPPLEMENT_EN, SUPPLEMENT_RU } from '../../../../engine/spelling/supplement';

describe('supplement of business words', () => {
  it('holds only lower-case Russian words, no duplicates', () => {
    expect(new Set(SUPPLEMENT_RU).size).toBe(SUPPLEMENT_RU.length);
    for (const word of SUPPLEMENT_RU) expect(word).toMatch(/^[а-яё-]+$/);
  });

  it('holds only words the Russian dictionary lacks, so every entry earns its place', async () => {
    const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell);
    const known = [];
    for (const word of SUPPLEMENT_RU) if (await checker.correct(word, 'ru')) known.push(word);
    expect(known).toEqual([]);
  });

  it('holds English words, lower case, no duplicates, each missing from the English dictionary', async () => {
    expect(new Set(SUPPLEMENT_EN).size).toBe(SUPPLEMENT_EN.length);
    for (const word of SUPPLEMENT_EN) expect(word).toMatch(/^[a-z-]+$/);
    const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell);
    const known = [];
    for (const word of SUPPLEMENT_EN) if (await checker.correct(word, 'en')) known.push(word);
    expect(known).toEqual([]);
  });
});
