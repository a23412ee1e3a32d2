import { describe, expect, it } from 'vitest';
import { phrasesSource, phraseSource, wordPattern, wordsSource, wordsSourceEitherCase, type WordList } from '../../../../engine/lexicon/compile';

const matchOf = (lists: WordList[], text: string) => wordPattern(lists).exec(text)?.[0] ?? null;

describe('wordPattern', () => {
  const cases: { lists: WordList[]; fires: [string, string][]; silent: string[] }[] = [
    {
      // a stem takes any ending, Cyrillic word boundaries hold
      lists: [['бесплатн*', 'чат']],
      fires: [
        ['Доставка бесплатная', 'бесплатная'],
        ['Бесплатно!', 'Бесплатно'],
        ['пишите в чат', 'чат'],
      ],
      silent: ['небесплатно', 'чатланин', 'пишите в чате'],
    },
    {
      // ё matches е; spaces are any run of spaces
      lists: [['за наш счёт', 'ждём']],
      fires: [
        ['за наш счет', 'за наш счет'],
        ['за  наш\u00a0счёт', 'за  наш\u00a0счёт'],
        ['Ждем вас', 'Ждем'],
      ],
      silent: ['за наш счётчик', 'за ваш счёт'],
    },
    {
      // optional words, choices, space or hyphen
      lists: [['free [of charge]', 'at no [extra|additional] cost', 'same~day']],
      fires: [
        ['free of charge', 'free of charge'],
        ['It is free.', 'free'],
        ['at no additional cost', 'at no additional cost'],
        ['at no cost', 'at no cost'],
        ['same-day repair', 'same-day'],
        ['same day', 'same day'],
      ],
      silent: ['at no other cost', 'sameday', 'carefree'],
    },
    {
      // the longest phrase is taken where several would do
      lists: [['in', 'in less than']],
      fires: [['in less than an hour', 'in less than']],
      silent: ['inside'],
    },
    {
      // exceptions: no match where one begins; other places still match
      lists: [{ phrases: ['сразу', 'free'], except: ['сразу после', 'free-'] }],
      fires: [
        ['ответим сразу', 'сразу'],
        ['free parking', 'free'],
        ['сразу после звонка, а потом сразу', 'сразу'],
      ],
      silent: ['сразу после оплаты', 'free-standing'],
    },
    {
      // dots and other marks are literal
      lists: [['i.e.', 'пр-т']],
      fires: [
        ['that is, i.e. this', 'i.e.'],
        ['Невский пр-т', 'пр-т'],
      ],
      silent: ['iXe.', 'пр т'],
    },
  ];
  for (const { lists, fires, silent } of cases) {
    it.each(fires)('finds in "%s" the phrase "%s"', (text, phrase) => expect(matchOf(lists, text)).toBe(phrase));
    it.each(silent)('finds nothing in "%s"', (text) => expect(matchOf(lists, text)).toBeNull());
  }

  it('is case-insensitive unless told', () => {
    expect(wordPattern([['open']]).test('OPEN daily')).toBe(true);
    expect(wordPattern([['open']], { flags: 'u' }).test('OPEN daily')).toBe(false);
  });

  it('takes another edge when told: no digit beside the phrase either', () => {
    expect(wordPattern([['x']], { edge: String.raw`[\p{L}\d]` }).test('2x')).toBe(false);
    expect(wordPattern([['x']]).test('2x')).toBe(true);
  });
});

describe('wordsSource', () => {
  it('joins several lists into one alternation, longest first, each phrase once', () => {
    expect(wordsSource(['за', 'через'], ['in', 'within', 'за'])).toBe('(?:within|через|за|in)');
  });

  it('gives a first letter either case for a case-sensitive pattern', () => {
    const pattern = new RegExp(`^${wordsSourceEitherCase(['can', 'should'])}$`, 'u');
    expect(['can', 'Can', 'should', 'Should'].every((word) => pattern.test(word))).toBe(true);
    expect(pattern.test('CAN')).toBe(false);
  });
});

describe('phrasesSource', () => {
  it('spells a space as told: one space for the English rules, any spaces by default', () => {
    const oneSpace = new RegExp(`^${phrasesSource([['up to', 'at no [extra] cost']], { space: ' ' })}$`, 'u');
    expect(['up to', 'at no cost', 'at no extra cost'].every((text) => oneSpace.test(text))).toBe(true);
    expect(['up  to', 'up\nto', 'at no  extra cost'].some((text) => oneSpace.test(text))).toBe(false);
    expect(new RegExp(`^${phrasesSource([['up to']])}$`, 'u').test('up\nto')).toBe(true);
  });

  it('gives a first letter either case when told, and leaves a capital as it is', () => {
    const pattern = new RegExp(`^${phrasesSource([['as well as', 'Please note']], { space: ' ', eitherCase: true })}$`, 'u');
    expect(['as well as', 'As well as', 'Please note'].every((text) => pattern.test(text))).toBe(true);
    expect(['please note', 'As  well as'].some((text) => pattern.test(text))).toBe(false);
  });
});

describe('phraseSource', () => {
  it.each([
    ['горяч* лини*', String.raw`горяч\p{L}*\s+лини\p{L}*`],
    ['turnaround [time] of', String.raw`turnaround\s+(?:time\s+)?of`],
    ['out~of~hours', String.raw`out[\s-]of[\s-]hours`],
    ["we're in", String.raw`we're\s+in`],
  ])('reads "%s"', (phrase, source) => expect(phraseSource(phrase)).toBe(source));

  it.each(['[only optional]', 'ст*ем', ''])('refuses "%s" with a message naming it', (phrase) => expect(() => phraseSource(phrase)).toThrow(/lexicon/));

  it('refuses an empty list', () => expect(() => wordsSource([])).toThrow(/empty/));
});
