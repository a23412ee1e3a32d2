import { describe, expect, it } from 'vitest';
import { freeExtractor } from '../../../utils/promises/free';
import { extract, values } from './helpers';

describe('free extractor', () => {
  it.each([
    ['Бесплатная консультация и смета до начала лечения', true],
    ['Пробная тренировка бесплатно', true],
    ['Полотенца и вода бесплатно для всех гостей', true],
    ['Парковка для гостей — бесплатная', true],
    ['Доставка бесплатно при заказе от 1000 ₽', { minOrder: 1000, currency: 'RUB' }],
    ['Бесплатная доставка от 1 500 руб.', { minOrder: 1500, currency: 'RUB' }],
    ['Бесплатная доставка по району от 900 ₽', { minOrder: 900, currency: 'RUB' }],
    ['Free delivery across town over £30', { minOrder: 30, currency: 'GBP' }],
    ['Бесплатная парковка, обед от 500 ₽', true],
    ['Осмотр за наш счёт', true],
    ['Диагностика — даром', true],
    ['Полотенце в подарок каждому гостю', true],
    ['Установка без доплаты', true],
    ['Бесплатный Wi-Fi в зале', true],
    ['Первичный приём — бесплатно', true],
    ['Free local delivery on orders over £20', { minOrder: 20, currency: 'GBP' }],
    ['Free Wi-Fi for guests', true],
    ['Parking is free of charge', true],
    ['Your first lesson is free', true],
    ['Complimentary coffee while you wait', true],
    ['Towels at no extra cost', true],
    ['Dessert is on the house', true],
    ['Diagnosis is on us', true],
    ['No-charge check-up for every device', true],
    ['Get a consultation for free', true],
    ['Консультация — 0 ₽', true],
    ['Подключение за 0 рублей', true],
    ['Setup fee: £0', true],
    ['Завтрак включён в стоимость номера', true],
    ['Breakfast is included in the price', true],
    ['Парковка без оплаты для клиентов', true],
    ['There is no extra charge for gift wrapping', true],
  ])('%s', (text, expected) => {
    expect(values(freeExtractor, text)).toEqual([expected]);
  });

  it.each([
    'Now baking gluten-free loaves',
    'Sugar-free syrups available',
    'Feel free to call us',
    'Мы не делаем бесплатных консультаций',
    'Каждый шестой кофе в подарок',
    'Приведи друга — и получи месяц в подарок',
    'Hands-free check-in',
    'Консультация платная',
    'Every 8th coffee is on us',
    'Цена 10 ₽ за штуку',
    'Скидка 50 ₽ на второй кофе',
  ])('finds no free promise in "%s"', (text) => {
    expect(values(freeExtractor, text)).toEqual([]);
  });

  it.each([
    ['Бесплатная замена масла для постоянных клиентов', 'замена масла'],
    ['Free gift wrapping on request', 'gift wrapping'],
    ['There is no additional fee for same-day collection', 'same-day collection'],
    ['Выезд замерщика — бесплатно', 'выезд замерщика'],
    ['Book a cut, and the blow-dry is free', 'the blow-dry is'],
    ['Мастер проверит проводку. Это совершенно бесплатно.', 'мастер проверит проводку'],
  ])('reads what is free narrowly: "%s"', (text, subject) => {
    expect(extract(freeExtractor, text).map((p) => p.subject?.join(' '))).toEqual([subject]);
  });

  it.each(['Free!', 'Check-up £40 (free within the plan)', 'Бесплатная диагностика при ремонте', 'Blow-dry free with every cut'])('names nothing free in "%s"', (text) => {
    expect(extract(freeExtractor, text).map((p) => p.subject)).toEqual([undefined]);
  });
});
