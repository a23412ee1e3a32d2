import { describe, expect, it } from 'vitest';
import { baseFormsOf, isKnownForm } from '../../../../engine/spelling/word-forms';

/** A tiny dictionary standing in for Hunspell: only these words are "correct". */
const DICTIONARY = new Set([
  'светлый',
  'певучий',
  'сложенный',
  'сложено',
  'масштабировать',
  'списание',
  'системный',
  'операторов',
  'вируса',
  'корпоративного',
  'center',
  'programs',
  'color',
  'organized',
  'analyze',
  'traveled',
  'catalog',
  'license',
  'sheet',
  'sheeting',
  'stop',
  'stopping',
  'catch',
  'catching',
  'hire',
  'hiring',
  'run',
  'running',
  'runner',
]);
const known = (word: string, language: 'ru' | 'en') => isKnownForm(word, language, async (form) => DICTIONARY.has(form));

describe('word forms the dictionary does not list', () => {
  it.each([
    ['масштабироваться', 'ru'],
    ['списаний', 'ru'],
    ['системно', 'ru'],
    ['светло', 'ru'],
    ['певуче', 'ru'],
    ['туроператоров', 'ru'],
    ['коронавируса', 'ru'],
    ['общекорпоративного', 'ru'],
    ['centre', 'en'],
    ['programmes', 'en'],
    ['colour', 'en'],
    ['organised', 'en'],
    ['analyse', 'en'],
    ['travelled', 'en'],
    ['catalogue', 'en'],
    ['licence', 'en'],
    ['sheeted', 'en'],
    ['hirers', 'en'],
    ['hirer', 'en'],
    ['runners', 'en'],
  ] as const)('"%s" is a known word in another form', async (word, language) => {
    expect(await known(word, language)).toBe(true);
  });

  it.each([
    ['тренажорам', 'ru'],
    ['туропираторов', 'ru'],
    ['сдесь', 'ru'],
    ['colr', 'en'],
    ['teh', 'en'],
    ['stoped', 'en'],
    ['catched', 'en'],
    ['runer', 'en'],
    ['stoper', 'en'],
  ] as const)('"%s" stays unknown', async (word, language) => {
    expect(await known(word, language)).toBe(false);
  });

  it.each(['светле', 'сложенно'])('"%s" (an adverb in -е after a hard consonant; "нн" where the short participle has one) stays unknown', async (word) => {
    expect(await known(word, 'ru')).toBe(false);
  });

  it('offers no base form for a short compound tail', () => {
    expect(baseFormsOf('автобуз', 'ru')).not.toContain('буз');
  });
});
