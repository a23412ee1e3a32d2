import { describe, expect, it } from 'vitest';
import { freeExtractor } from '../../../../engine/promises/free';
import { extractPromises } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
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
    ['Bike helmets included.', true],
    ['Late pick-up until 6:30: no extra charge', true],
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
    'All taxes included',
    'Дарим скидку 10% на первый заказ',
    'Linen is not included.',
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

describe('free extractor: the order sum on the lines below', () => {
  const freeOn = (html: string) => {
    const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, /[а-я]/i.test(html) ? 'ru' : 'en');
    return extractPromises(material, undefined, [freeExtractor]).map((p) => p.value);
  };
  const from3000 = { minOrder: 3000, currency: 'RUB' };

  it('reads a sentence a line break cuts before its sum', () => {
    expect(freeOn('<p>Бесплатная доставка при заказе<br>от 3 000 ₽</p>')).toEqual([from3000]);
    expect(freeOn('<p>Free delivery on orders<br>over £40</p>')).toEqual([{ minOrder: 40, currency: 'GBP' }]);
  });

  it('gives a card title the condition of the free claim it heads', () => {
    expect(freeOn('<div><div>Бесплатная доставка</div><div>Бесплатная доставка по району при заказе <br>от 3 000 ₽.</div></div>')).toEqual([from3000, from3000]);
    expect(freeOn('<div><div>Бесплатная доставка</div><div>Доставка бесплатно от 3 000 ₽.</div></div>')).toEqual([from3000, from3000]);
  });

  it.each([
    // A title over text that says nothing of the condition, and a sentence that ended before the next line.
    ['<div><div>Бесплатная доставка</div><div>Привезём в любой район города.</div></div>', [true]],
    ['<p>Бесплатная доставка.<br>От 3 000 ₽ — скидка 5 %</p>', [true]],
    ['<p>Бесплатная парковка<br>500 ₽ за мойку</p>', [true]],
  ])('takes no sum from below in %s', (html, expected) => {
    expect(freeOn(html)).toEqual(expected);
  });
});

describe('free extractor: the items under a free lead-in', () => {
  const freeQuotes = (html: string) => {
    const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, /[а-я]/i.test(html) ? 'ru' : 'en');
    return extractPromises(material, undefined, [freeExtractor]).map((p) => [p.quote, p.subject?.length ?? 0]);
  };

  it('reads each marked line under a lead-in that names nothing itself as free', () => {
    const html = '<p>Бесплатно доступны гостям:</p><p>+ прачечная с утюгом.</p><p>+ настольные игры и книги.</p><p>Заезд после 14:00.</p>';
    expect(freeQuotes(html).map(([quote]) => quote)).toEqual(['Бесплатно доступны гостям', 'прачечная с утюгом.', 'настольные игры и книги.']);
  });

  it('reads the items of a list under an English lead-in, each with its own subject', () => {
    const html = '<p>Free for every camper:</p><ul><li>Hot showers</li><li>Firewood by the cabin</li></ul>';
    const found = freeQuotes(html);
    expect(found.map(([quote]) => quote)).toEqual(['Free for every camper', 'Hot showers', 'Firewood by the cabin']);
    expect(found.slice(1).every(([, subject]) => (subject as number) > 0)).toBe(true);
  });

  it('stays silent on the list under a lead-in that names what is free, and on priced lines', () => {
    expect(freeQuotes('<p>Бесплатная доставка:</p><ul><li>в пределах города</li><li>в пригород по будням</li></ul>').map(([quote]) => quote)).toEqual(['Бесплатная доставка']);
    expect(freeQuotes('<p>Free for members:</p><ul><li>Towel hire £2</li></ul>').map(([quote]) => quote)).toEqual(['Free for members']);
  });
});
