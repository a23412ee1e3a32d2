import { describe, expect, it } from 'vitest';
import { addressExtractor } from '../../../../engine/promises/address';
import { emailExtractor } from '../../../../engine/promises/email';
import { nameExtractor } from '../../../../engine/promises/name';
import { phoneExtractor } from '../../../../engine/promises/phone';
import { urlExtractor } from '../../../../engine/promises/url';
import { extract } from './helpers';

const found = (extractor: typeof phoneExtractor, text: string) => extract(extractor, text).map((p) => [p.quote, p.value]);

describe('phone extractor', () => {
  it.each([
    ['Звоните: +7 (495) 640-55-66', '+7 (495) 640-55-66'],
    ['Телефон 8 495 640 55 66.', '8 495 640 55 66'],
    ['Тел.: 8-800-555-35-35', '8-800-555-35-35'],
    ['WhatsApp +7 912 345 67 89', '+7 912 345 67 89'],
    ['Call +44 20 7946 0321', '+44 20 7946 0321'],
    ['+7(495)6405566 — круглосуточно', '+7(495)6405566'],
    ['Горячая линия 8 (800) 555-35-35', '8 (800) 555-35-35'],
    ['Тел. +7-495-640-55-66', '+7-495-640-55-66'],
    ['Звоните: 8-495-6405566', '8-495-6405566'],
    ['Запись: +7 495 640 5566', '+7 495 640 5566'],
    ['Call +44 (0)20 7946 0321', '+44 (0)20 7946 0321'],
    ['Call 020 7946 0321 to book', '020 7946 0321'],
    ['Ring us on +1 (212) 555-0123', '+1 (212) 555-0123'],
  ])('%s', (text, quote) => {
    expect(found(phoneExtractor, text).map(([q]) => q)).toEqual([quote]);
  });

  it('reads two numbers written side by side as two', () => {
    expect(found(phoneExtractor, 'Звоните: (3812) 40-11-23 (3812) 40-11-27').map(([q]) => q)).toEqual(['(3812) 40-11-23', '(3812) 40-11-27']);
    expect(found(phoneExtractor, 'Звоните: +7 (3812) 40-11-23').map(([q]) => q)).toEqual(['+7 (3812) 40-11-23']);
    expect(found(phoneExtractor, '(3812) 40-11-23 89131234567 мы на связи').map(([q]) => q)).toEqual(['(3812) 40-11-23', '89131234567']);
    expect(found(phoneExtractor, 'Тел. 8 800 555 35 35').map(([q]) => q)).toEqual(['8 800 555 35 35']);
  });

  it('gives the same number for the same phone written three ways', () => {
    const keys = ['+7 (495) 640-55-66', '8 495 640 55 66', '+7(495)6405566'].map((t) => extract(phoneExtractor, `Тел. ${t}`)[0]!.value);
    expect(new Set(keys.map((k) => JSON.stringify(k))).size).toBe(1);
  });

  it.each(['Индекс 125009', 'Дом 102, корп. 2', 'Цена 24 900 ₽', 'ИНН 7701234567 и ОГРН', '2026-11-22'])('finds no phone in "%s"', (text) => {
    expect(found(phoneExtractor, text)).toEqual([]);
  });
});

describe('numbers spelled on the keypad and American suite lines', () => {
  it('reads a number spelled in capitals as its digits', () => {
    expect(found(phoneExtractor, 'Call us free: 855-PET-BATH')).toEqual([['855-PET-BATH', { digits: '78557382284' }]]);
    expect(found(phoneExtractor, 'Dial 1-877-CALL-NOW')).toEqual([['1-877-CALL-NOW', { digits: '18772255669' }]]);
  });

  it.each(['Part no. 400-ABC-1234', 'Flight 737-MAX-8', 'Route 66-ABCD-EFG'])('reads no phone in "%s"', (text) => {
    expect(found(phoneExtractor, text)).toEqual([]);
  });

  it('reads a line of house number, street name and suite as an address, once where the street has its type word', () => {
    expect(found(addressExtractor, '2450 West Larkspur Suite 12')).toEqual([['2450 West Larkspur Suite 12', { street: 'West Larkspur', house: '2450' }]]);
    expect(found(addressExtractor, 'Main office: 310 Birch Ste 4B')).toEqual([['310 Birch Ste 4B', { street: 'Birch', house: '310' }]]);
    expect(found(addressExtractor, '77 Harbor Road Suite 5').map(([quote]) => quote)).toEqual(['Harbor Road']);
  });

  it.each(['In 2021 Lakeside Hall Suite 3 reopened.', 'Book 2 Deluxe Suites today'])('reads no suite line in "%s"', (text) => {
    expect(found(addressExtractor, text)).toEqual([]);
  });
});

describe('e-mail, URL, address and name extractors', () => {
  it('finds e-mails and hosts, a domain inside an e-mail only once', () => {
    const text = 'Пишите на Hello@Ulybka-Dent.example или заходите на https://www.ulybka-dent.example/prices и zdorovie.ru.';
    expect(found(emailExtractor, text)).toEqual([['Hello@Ulybka-Dent.example', { address: 'hello@ulybka-dent.example' }]]);
    expect(found(urlExtractor, text)).toEqual([
      ['https://www.ulybka-dent.example/prices', { host: 'ulybka-dent.example' }],
      ['zdorovie.ru', { host: 'zdorovie.ru' }],
    ]);
  });

  it.each([
    ['Ждём вас: Москва, ул. Пятницкая, д. 12', 'ул. Пятницкая', { street: 'Пятницкая', house: '12' }],
    ['Адрес: Пятницкая улица, 5', 'Пятницкая улица', { street: 'Пятницкая', house: '5' }],
    ['Москва, пр-т Мира, д. 102, корп. 2', 'пр-т Мира', { street: 'Мира', house: '102' }],
    ['на Большой Никитской улице', 'Большой Никитской улице', { street: 'Большой Никитской' }],
    ['Visit us at 14 Marchmont Street', 'Marchmont Street', { street: 'Marchmont', house: '14' }],
    ['Nevsky Prospekt 28', 'Nevsky Prospekt', { street: 'Nevsky' }],
    ['Офис: г.Пермь, ул.Сибирская, д.14', 'ул.Сибирская', { street: 'Сибирская', house: '14' }],
    ['Пункт выдачи (пр.Ленина, 7)', 'пр.Ленина', { street: 'Ленина', house: '7' }],
  ])('address in "%s"', (text, quote, value) => {
    expect(found(addressExtractor, text)).toEqual([[quote, value]]);
  });

  it.each([
    ['Клиника «Здоровье+» ждёт вас', '«Здоровье+»'],
    ['Welcome to Crumb & Co. on Marchmont Street', 'Crumb & Co.'],
    ['Сеть «Улыбка» и «Улыбка+» — разные клиники', '«Улыбка»'],
    ['Стоматология Улыбка+ рядом с метро', 'Улыбка+'],
  ])('names in "%s"', (text, first) => {
    expect(found(nameExtractor, text)[0]![0]).toBe(first);
  });

  it.each(['Звоните в т.ч. по выходным', 'Подробнее см.Приложение 2'])('finds no street in "%s"', (text) => {
    expect(found(addressExtractor, text)).toEqual([]);
  });

  it('finds no name in plain lower-case prose', () => {
    expect(found(nameExtractor, 'берегите здоровье и приходите на осмотр')).toEqual([]);
  });
});
