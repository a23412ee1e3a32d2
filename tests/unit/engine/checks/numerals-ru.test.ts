import { describe, expect, it } from 'vitest';
import { numeralHits } from '../../../../engine/checks/numerals-ru';
import { russianHits } from './helpers';

const hits = russianHits(numeralHits);

describe('Russian numerals and the nouns they count', () => {
  it.each([
    ['Мастер предложит две варианта ремонта.', 'две варианта', 'два варианта'],
    ['Срок изготовления — два недели.', 'два недели', 'две недели'],
    ['Полторы месяца гарантии на работу.', 'Полторы месяца', 'Полтора месяца'],
    ['В наборе семь предмета для маникюра.', 'семь предмета', null],
    ['Склад вмещает двадцать коробки.', 'двадцать коробки', null],
    ['Мы рассказали о двух тарифов подробно.', 'двух тарифов', null],
    ['Расчёт с тремя поставщиков ведём ежемесячно.', 'тремя поставщиков', null],
    ['Скидка от ста двадцать рублей за заказ.', 'ста двадцать', null],
    ['Оплата двести тридцатью пятью рублями.', 'двести тридцатью пятью', null],
    ['В офисе работают четверо девушек.', 'четверо девушек', null],
    ['Мастер заменит трое окон за день.', 'трое окон', null],
    ['На складе остался один ящика.', 'один ящика', null],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await hits(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    ['the right gender', 'Мастер предложит два варианта ремонта и две скидки.'],
    ['the genitive plural', 'В наборе семь предметов, на складе двадцать коробок.'],
    ['the time of day after a clock time', 'Работаем с восьми утра до девяти вечера.'],
    ['a declined numeral and its noun in one case', 'Мы рассказали о двух тарифах и о трёх скидках.'],
    ['a nominative that opens another phrase', 'Пункты стоят в пятидесяти шагах, в двадцати друг от друга.'],
    ['a compound numeral in one case', 'Скидка от ста двадцати рублей, доставка за сто двадцать пять.'],
    ['a product, not a compound', 'Пятью пять — двадцать пять.'],
    ['a collective numeral of people', 'В офисе работают четверо мастеров и двое стажёров.'],
    ['a noun with no singular', 'Доставка занимает трое суток.'],
    ['«один» with its noun', 'На складе остался один ящик и одна коробка.'],
  ])('stays silent on %s', async (_case, text) => {
    expect(await hits(text)).toEqual([]);
  });
});
