import { describe, expect, it } from 'vitest';
import { compilePhrase, findPhrase, phrasesAt, stem, stemWords, StemSet } from '../../../../engine/text/stems';

const find = (phrase: string, text: string, maxGap = 0) => {
  const language = /[a-z]/i.test(phrase) ? 'en' : 'ru';
  return findPhrase(compilePhrase(phrase, language), stemWords(text, language), { maxGap }).map((r) => text.slice(r.start, r.end));
};

describe('stem', () => {
  it('gives every inflection one stem, ignoring case and ё', () => {
    expect(new Set(['абонемент', 'абонемента', 'абонементом', 'Абонементы'].map((w) => stem(w, 'ru'))).size).toBe(1);
    expect(stem('Тренажёрам', 'ru')).toBe(stem('тренажерами', 'ru'));
    expect(stem('deliveries', 'en')).toBe(stem('delivery', 'en'));
  });
});

describe('findPhrase', () => {
  it.each([
    ['годовой абонемент', 'Цена годового абонемента снижена', ['годового абонемента']],
    ['рассрочка без банка', 'Оформим рассрочку без банка за 5 минут', ['рассрочку без банка']],
    ['бассейн', 'бассейн — тоже круглосуточно', ['бассейн']],
    ['пробн', 'Пробная тренировка бесплатно', ['Пробная']],
    ['заморозк', 'Заморозка абонемента до 60 дней', ['Заморозка']],
    ['delivery', 'Free deliveries on weekends', ['deliveries']],
    ['gluten-free', 'Now baking gluten-free loaves', ['gluten-free']],
    ['годовой абонемент', 'Абонемент на год', []],
    // The stemmer joins a word and its derivation: another word, not a form.
    ['express', 'Anal gland expression on request', []],
    ['organization', 'Organ music at weddings', []],
    ['express', 'Express trims in 20 minutes', ['Express']],
    ['booking', 'Bookings open in May', ['Bookings']],
  ])('%s in "%s"', (phrase, text, expected) => {
    expect(find(phrase, text)).toEqual(expected);
  });

  it('allows other words in between when asked', () => {
    expect(find('стоимость уточняйте', 'Стоимость протезирования уточняйте у администратора', 2)).toEqual(['Стоимость протезирования уточняйте']);
    expect(find('стоимость уточняйте', 'Стоимость протезирования уточняйте у администратора', 0)).toEqual([]);
  });

  it('does not match a short stem as a prefix of an unrelated word', () => {
    expect(find('кофе', 'Кофейня на углу')).toEqual([]);
  });
});

describe('hyphenated compounds', () => {
  it('match the same words written apart, both ways', () => {
    const hyphenated = compilePhrase('gluten-free', 'en');
    expect(findPhrase(hyphenated, stemWords('Try our gluten free bread', 'en'))).toEqual([{ start: 8, end: 19 }]);
    expect(findPhrase(compilePhrase('gluten free', 'en'), stemWords('Gluten-free loaves', 'en'))).toEqual([{ start: 0, end: 11 }]);
    expect(findPhrase(compilePhrase('интернет-магазин', 'ru'), stemWords('в нашем интернет магазине', 'ru'))).toHaveLength(1);
  });
});

describe('StemSet', () => {
  const held = new StemSet();
  for (const word of ['Никитская', 'пломбирование', 'ок', 'Dentists']) held.add(word, /[a-z]/i.test(word) ? 'en' : 'ru');

  it.each([
    ['никитской', 'ru'],
    ['Пломбированию', 'ru'],
    ['ОК', 'ru'],
    ['dentist', 'en'],
    ['DENTIST', 'en'],
  ] as const)('holds %s, a form of a word added', (word, language) => {
    expect(held.has(word, language)).toBe(true);
  });

  it.each([
    ['никитин', 'ru'],
    ['пломба', 'ru'],
    ['окно', 'ru'],
    ['dental', 'en'],
    ['стоматолог', 'ru'],
  ] as const)('does not hold %s', (word, language) => {
    expect(held.has(word, language)).toBe(false);
  });

  it('holds what its base holds, and the base does not grow with it', () => {
    const more = new StemSet(held);
    more.add('стоматолог', 'ru');
    expect([more.has('никитской', 'ru'), more.has('стоматологи', 'ru'), held.has('стоматологи', 'ru')]).toEqual([true, true, false]);
  });
});

describe('phrasesAt: phrases indexed by their first word', () => {
  const list = ['лучший сервис', 'лучшая цена', 'самый', 'пробн'].map((phrase) => compilePhrase(phrase, 'ru'));
  const endsAt = (text: string, at: number) => [...phrasesAt(list, stemWords(text, 'ru'), at)].map(({ pattern, end }) => [pattern.phrase, end]);

  it('finds every phrase that starts at the word, in the list order, by form, stem or bare-stem opening', () => {
    expect(endsAt('Лучшие сервисы города', 0)).toEqual([['лучший сервис', 2]]);
    expect(endsAt('по лучшей цене', 1)).toEqual([['лучшая цена', 3]]);
    expect(endsAt('Пробная неделя', 0)).toEqual([['пробн', 1]]);
  });

  it('finds none where no phrase starts, or past the last word', () => {
    expect(endsAt('лучший мастер', 0)).toEqual([]);
    expect(endsAt('самый', 1)).toEqual([]);
  });
});
