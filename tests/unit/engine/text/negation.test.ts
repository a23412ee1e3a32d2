import { describe, expect, it } from 'vitest';
import { isDeniedAfter, isHedgedNegation, isNegated } from '../../../../engine/text/negation';

const negated = (text: string, word: string, withoutNegates = false) => isNegated(text, text.indexOf(word), /[a-z]/i.test(word) ? 'en' : 'ru', { withoutNegates });

describe('isNegated', () => {
  it.each([
    ['Мы не выезжаем на дом', 'выезжаем'],
    ['Выезд на дом не проводим', 'проводим'],
    ['Никогда не продаём вчерашний хлеб', 'вчерашний'],
    ['Нет доставки по воскресеньям', 'доставки'],
    ['Ни скрытых платежей, ни комиссий', 'скрытых'],
    ['We never sell day-old bread', 'day-old'],
    ['We do not offer gluten-free bread', 'gluten-free'],
    ["We don't deliver on Sundays", 'deliver'],
    ['No hidden fees', 'hidden'],
    ['Оформим без предоплаты', 'предоплаты', true],
    ['Никакой живой очереди — только по записи', 'живой'],
    ['Забудьте про живую очередь', 'живую'],
    ['Forget hidden fees', 'hidden'],
    ["We don't have a pool", 'pool'],
    ['We don’t have a pool', 'pool'],
    ['A non-refundable deposit secures the date', 'refundable'],
  ])('"%s" negates "%s"', (text, word, withoutNegates = false) => {
    expect(negated(text, word, withoutNegates)).toBe(true);
  });

  it.each([
    ['Работаем без выходных', 'выходных'],
    ['Лечение во сне', 'сне'],
    ['Гарантия не более 5 лет', '5'],
    ['Не только быстро, но и бесплатно', 'бесплатно'],
    ['Нет очередей, зато есть доставка на дом', 'доставка'],
    ['У нас нет очередей — и есть выезд на дом', 'выезд'],
    ['Not just bread: we deliver too', 'deliver'],
    ['Open every day from 7am', 'Open'],
    ['A no quibble 90 day guarantee', '90'],
    ['No hassle returns within a month', 'returns'],
  ])('"%s" does not negate "%s"', (text, word) => {
    expect(negated(text, word)).toBe(false);
  });
});

describe('isDeniedAfter', () => {
  const denied = (text: string, phrase: string) => isDeniedAfter(text, text.indexOf(phrase) + phrase.length);

  it.each([
    ['Седация не проводится', 'Седация'],
    ['Живую очередь мы отменили', 'Живую очередь'],
    ['Живая очередь — в прошлом', 'Живая очередь'],
    ['Hidden fees are a thing of the past', 'Hidden fees'],
    ['Delivery is not available', 'Delivery'],
    ['Подачу автомобиля к дому мы пока не делаем', 'Подачу'],
  ])('"%s" denies "%s" after it', (text, phrase) => {
    expect(denied(text, phrase)).toBe(true);
  });

  it.each([
    ['Живая очередь с 8 утра', 'Живая очередь'],
    ['Выезд на дом не более 30 минут', 'Выезд на дом'],
    ['Выезд на дом в любой район не дороже 500 ₽', 'Выезд на дом'],
  ])('"%s" does not deny "%s"', (text, phrase) => {
    expect(denied(text, phrase)).toBe(false);
  });
});

describe('isHedgedNegation', () => {
  const hedged = (text: string, phrase: string, language: 'ru' | 'en') => isHedgedNegation(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length, language);

  it.each([
    ['Flu shots may not be required for short stays', 'shots may not be required', 'en'],
    ['A deposit is not always needed', 'deposit is not always needed', 'en'],
    ['Предоплата может не потребоваться', 'Предоплата может не потребоваться', 'ru'],
    ['Справка не всегда нужна', 'Справка не всегда нужна', 'ru'],
  ] as const)('"%s" softens "%s" to a possibility', (text, phrase, language) => {
    expect(hedged(text, phrase, language)).toBe(true);
  });

  it.each([
    ['Flu shots are not required', 'shots are not required', 'en'],
    ['Pets may not enter the kitchen', 'Pets may not enter', 'en'],
    ['Предоплата не нужна', 'Предоплата не нужна', 'ru'],
    ['Мастер может не только постричь, но и покрасить', 'Мастер может не только постричь', 'ru'],
  ] as const)('"%s" states "%s" flatly', (text, phrase, language) => {
    expect(hedged(text, phrase, language)).toBe(false);
  });
});
