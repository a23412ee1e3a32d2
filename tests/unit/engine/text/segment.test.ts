import { describe, expect, it } from 'vitest';
import { cachedPerText, forgetTextsOfOlderChecks, sentences, words } from '../../../../engine/text/segment';

const split = (text: string, language: 'ru' | 'en') => sentences(text, language).map((r) => text.slice(r.start, r.end));

describe('sentences', () => {
  it('does not end a sentence at an address abbreviation', () => {
    expect(split('Ждём вас: Москва, ул. Пятницкая, д. 8, корп. 2. Звоните!', 'ru')).toEqual(['Ждём вас: Москва, ул. Пятницкая, д. 8, корп. 2.', 'Звоните!']);
  });
  it('does not end a sentence at a currency or unit abbreviation', () => {
    expect(split('Абонемент от 1 500 руб. в месяц. Пробное занятие бесплатно.', 'ru')).toEqual(['Абонемент от 1 500 руб. в месяц.', 'Пробное занятие бесплатно.']);
  });
  it('splits English sentences and keeps Mr. together', () => {
    expect(split('Open every day from 7am. Ask Mr. Brown about the card!', 'en')).toEqual(['Open every day from 7am.', 'Ask Mr. Brown about the card!']);
  });
  it('returns no sentence for blank text', () => {
    expect(split('   ', 'ru')).toEqual([]);
  });
});

describe('words', () => {
  it('keeps hyphenated words whole and drops punctuation', () => {
    expect(words('Фитнес-клуб «Атлет», gluten-free, 24/7!', 'ru').map((w) => w.text)).toEqual(['Фитнес-клуб', 'Атлет', 'gluten-free', '24', '7']);
  });
  it('keeps a word whole across a zero-width space a layout left inside it', () => {
    expect(words('Зву\u200bчит отлично, за\u2060пишитесь', 'ru').map((w) => w.text)).toEqual(['Зву\u200bчит', 'отлично', 'за\u2060пишитесь']);
  });
  it('gives offsets into the original text', () => {
    const text = 'Тренируйтесь круглосуточно';
    const [, second] = words(text, 'ru');
    expect(text.slice(second!.start, second!.end)).toBe('круглосуточно');
  });
});

describe('texts remembered across checks', () => {
  /** A per-text computation that counts how often it really ran. */
  function counted() {
    const runs: string[] = [];
    const lengthOf = cachedPerText((text: string) => {
      runs.push(text);
      return text.length;
    });
    return { lengthOf, runs };
  }

  it('computes a text once within a check', () => {
    const { lengthOf, runs } = counted();
    forgetTextsOfOlderChecks();
    lengthOf('Приём терапевта', 'ru');
    lengthOf('Приём терапевта', 'ru');
    expect(runs).toEqual(['Приём терапевта']);
  });

  it('keeps the texts of the check before: a page checked again finds its blocks', () => {
    const { lengthOf, runs } = counted();
    forgetTextsOfOlderChecks();
    lengthOf('Приём терапевта', 'ru');
    forgetTextsOfOlderChecks();
    lengthOf('Приём терапевта', 'ru');
    forgetTextsOfOlderChecks();
    lengthOf('Приём терапевта', 'ru');
    expect(runs).toEqual(['Приём терапевта']);
  });

  it('forgets a text no check asked about since the one before: a crawl does not keep every page', () => {
    const { lengthOf, runs } = counted();
    forgetTextsOfOlderChecks();
    lengthOf('Страница 1', 'ru');
    forgetTextsOfOlderChecks();
    lengthOf('Страница 2', 'ru');
    forgetTextsOfOlderChecks();
    lengthOf('Страница 1', 'ru');
    expect(runs).toEqual(['Страница 1', 'Страница 2', 'Страница 1']);
  });

  it('keeps languages apart', () => {
    const { lengthOf, runs } = counted();
    lengthOf('bank', 'en');
    lengthOf('bank', 'ru');
    expect(runs).toEqual(['bank', 'bank']);
  });
});
