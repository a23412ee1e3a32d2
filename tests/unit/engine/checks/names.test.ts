import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon } from '../../../../cli/spelling/node-dictionaries';
import { namesCheck } from '../../../../engine/checks/names';
import { findingsOf } from './helpers';
import { testCheck } from './rule-tester';

const clinic: Profile = {
  format: 'sverka.profile/1',
  name: 'Медицинский центр «Здоровье+»',
  languages: ['ru'],
  sites: ['https://zdorovie-plus.ru/*'],
  names: [
    { id: 'brand', kind: 'organization', canonical: 'Здоровье+', variants: ['Медицинский центр «Здоровье+»'] },
    { id: 'street', kind: 'street', canonical: 'Большая Никитская улица', variants: ['ул. Большая Никитская'] },
    { id: 'address', kind: 'address', canonical: 'Москва, ул. Большая Никитская, д. 24' },
    { id: 'phone', kind: 'phone', canonical: '+7 495 123-45-67' },
    { id: 'email', kind: 'email', canonical: 'info@zdorovie-plus.ru' },
    { id: 'doctor', kind: 'person', canonical: 'Ирина Павловна Соколова' },
  ],
  wrongNames: [{ kind: 'organization', text: 'Здоровье', note: 'клиника другой сети' }],
};

const bakery: Profile = {
  format: 'sverka.profile/1',
  name: 'Crumb & Co.',
  languages: ['en'],
  names: [
    { id: 'brand', kind: 'organization', canonical: 'Crumb & Co.' },
    { id: 'street', kind: 'street', canonical: 'Marchmont Street' },
    { id: 'phone', kind: 'phone', canonical: '+44 20 7946 0321' },
  ],
};

const family: Profile = {
  format: 'sverka.profile/1',
  name: 'Семейный доктор',
  languages: ['ru'],
  names: [{ id: 'brand', kind: 'organization', canonical: 'Семейный доктор', variants: ['Медицинский центр «Семейный доктор»'] }],
  wrongNames: [{ kind: 'organization', text: 'Семейная клиника', note: 'конкурент' }],
};

const flagged = async (profile: Profile, text: string) => (await findingsOf('wrong-name', profile, text)).map((f) => [f.quote, f.suggestion]);

// Near misses of the profile's names, and the profile's names as written: one finding each, or none.
testCheck(namesCheck, {
  language: 'ru',
  profile: clinic,
  valid: [
    'на Большой Никитской улице, д. 24',
    'В клинике «Здоровье+» на ул. Большая Никитская',
    'Медицинский центр «Здоровье+»',
    'Берегите здоровье — приходите на осмотр',
    'Звоните: +7 (495) 123-45-67',
    'Звоните: 8 495 123 45 67',
    'Звоните: +7(495)1234567',
    'Пишите на info@zdorovie-plus.ru или на сайт https://zdorovie-plus.ru/contacts',
    'Врач — Ирина Павловна Соколова, приём у Соколовой по вторникам',
    'Ленинский проспект, 5',
    'Москва, Б. Никитская, 24',
    'Ждём на Большой Никитской, дом 24',
    'Адрес: ул. Большая Никитская 24 корпус 2',
    'ул. Большая Никитская 5 минут пешком от метро',
    'Большой зал и Никитская галерея',
    'Для вашего «Здоровья+» — скидка',
    'Рекомендует Ирина Павловна Соколова; запись к Ирине Павловне Соколовой',
  ],
  invalid: [
    { text: 'Ждём вас на ул. Большая Никиткая, д. 24', quote: 'ул. Большая Никиткая', rule: 'wrong-name/street', suggestion: 'Большая Никитская улица' },
    { text: 'Ждём на Большой Никиткой улице', quote: 'Большой Никиткой улице', rule: 'wrong-name/street', suggestion: 'Большая Никитская улица' },
    { text: 'Приходите в «Здоровье» на Большой Никитской', quote: '«Здоровье»', rule: 'wrong-name/other-business', suggestion: 'Здоровье+' },
    { text: 'Звоните: 8 (495) 123-45-76', quote: '8 (495) 123-45-76', rule: 'wrong-name/contact', suggestion: '+7 495 123-45-67' },
    { text: 'Пишите на info@zdorovie-pluss.ru', quote: 'info@zdorovie-pluss.ru', rule: 'wrong-name/contact', suggestion: 'info@zdorovie-plus.ru' },
    { text: 'Сайт: zdorovie-pIus.ru', quote: 'zdorovie-pIus.ru', rule: 'wrong-name/contact', suggestion: 'zdorovie-plus.ru' },
    { text: 'Мы на ул. Большая Никитская, д. 42', quote: 'ул. Большая Никитская, д. 42', rule: 'wrong-name/street', suggestion: 'Москва, ул. Большая Никитская, д. 24' },
    { text: 'Ведёт приём Ирина Павловна Саколова', quote: 'Ирина Павловна Саколова', rule: 'wrong-name/near-name', suggestion: 'Ирина Павловна Соколова' },
    { text: 'Клиника «Здорoвье+» ждёт вас', quote: 'Здорoвье', rule: 'wrong-name/mixed-script', suggestion: 'Здоровье' },
    { text: 'Ждём вас: Большая Никитская улца, 24', quote: 'Большая Никитская улца', rule: 'wrong-name/street', suggestion: 'Большая Никитская улица' },
    { text: 'Клиника «Здоровя+» ждёт вас', quote: '«Здоровя+»', rule: 'wrong-name/near-name', suggestion: 'Здоровье+' },
    { text: 'Ждём вас на Большой Никиткой, дом 24', quote: 'Большой Никиткой', rule: 'wrong-name/street', suggestion: 'Большая Никитская улица' },
    { text: 'Москва, Б. Никиткая, 24', quote: 'Б. Никиткая', rule: 'wrong-name/street', suggestion: 'Большая Никитская улица' },
    { text: 'Мы на Большой Никитской, 42', quote: 'Большой Никитской, 42', rule: 'wrong-name/street', suggestion: 'Москва, ул. Большая Никитская, д. 24' },
    { text: 'Адрес: ул. Большая Никитская 42 корпус 2', quote: 'ул. Большая Никитская 42 корпус 2', rule: 'wrong-name/street', suggestion: 'Москва, ул. Большая Никитская, д. 24' },
  ],
});

testCheck(namesCheck, {
  language: 'en',
  profile: bakery,
  valid: ['Marchmont is a quiet street in Bloomsbury', '14 Marchmont Street, London', 'Crumb & Co. bakes every morning', 'Call +44 20 7946 0321', 'Call +44 (0)20 7946 0321', 'Call 020 7946 0321 to book'],
  invalid: [
    { text: 'Visit us at 14 Marchmount Street', quote: 'Marchmount Street', rule: 'wrong-name/street', suggestion: 'Marchmont Street' },
    { text: 'Find us on Marchmont Streeet, London', quote: 'Marchmont Streeet', rule: 'wrong-name/street', suggestion: 'Marchmont Street' },
    { text: 'Call +44 20 7946 0312', quote: '+44 20 7946 0312', rule: 'wrong-name/contact', suggestion: '+44 20 7946 0321' },
    { text: 'Visit us at 14 Marchmount, London', quote: 'Marchmount', rule: 'wrong-name/street', suggestion: 'Marchmont Street' },
    { text: 'Call 020 7946 0312 to book', quote: '020 7946 0312', rule: 'wrong-name/contact', suggestion: '+44 20 7946 0321' },
  ],
});

describe('wrong-name check', () => {
  it('quotes a wrong house number with the street and the building part it belongs to', async () => {
    expect(await flagged(clinic, 'Адрес: Москва, ул. Большая Никитская, дом 42, строение 3.')).toEqual([['ул. Большая Никитская, дом 42, строение 3', 'Москва, ул. Большая Никитская, д. 24']]);
    expect(await flagged(clinic, 'Адрес: Москва, ул. Большая Никитская, дом 24, строение 3.')).toEqual([]);
  });

  it('flags our street written with its words joined or split, and with one word replaced in an address line', async () => {
    const suburb: Profile = {
      format: 'sverka.profile/1',
      name: 'Pine Hollow Pets',
      languages: ['en'],
      names: [
        { id: 'street', kind: 'street', canonical: 'Maple Grove Ln' },
        { id: 'address', kind: 'address', canonical: '412 Maple Grove Ln, Dayton, OH 45402' },
        { id: 'mill', kind: 'street', canonical: 'E. Stone Mill Road' },
        { id: 'ct', kind: 'street', canonical: 'Sweetbriar Ct' },
      ],
    };
    expect(await flagged(suburb, 'Find us at 412 Maplegrove Ln, Dayton.')).toEqual([['Maplegrove Ln', 'Maple Grove Ln']]);
    expect(await flagged(suburb, 'Drop-off: 7 Sweet Briar Ct')).toEqual([['Sweet Briar Ct', 'Sweetbriar Ct']]);
    expect(await flagged(suburb, 'Our barn: 98 E. Stone Forge Road')).toEqual([['Stone Forge Road', 'E. Stone Mill Road']]);
    expect(await flagged(suburb, 'Pine Hollow Pets, Stone Forge Road, Dayton, OH 45402')).toEqual([['Stone Forge Road', 'E. Stone Mill Road']]);
    // another street in running text, another type word, or another house number than the address: not ours
    expect(await flagged(suburb, 'Parking is free on Stone Forge Road. From 412 Maple Grove Ln turn left.')).toEqual([]);
    expect(await flagged(suburb, 'Our barn: 98 E. Stone Mill Lane')).toEqual([]);
    expect(await flagged(suburb, 'Our second shop: 77 Maple Ridge Ln')).toEqual([]);
  });

  it('flags our street with a part of its name lost or gained at the address’s house number, not another street', async () => {
    const yard: Profile = {
      format: 'sverka.profile/1',
      name: 'Мастерская «Рубанок»',
      languages: ['ru'],
      names: [
        { id: 'street', kind: 'street', canonical: 'улица Красная-Садовая', variants: ['ул. Красная-Садовая'] },
        { id: 'address', kind: 'address', canonical: 'Казань, ул. Красная-Садовая, д. 14' },
        { id: 'lane', kind: 'street', canonical: 'Birch Road' },
        { id: 'office', kind: 'address', canonical: '215 Birch Road, Salem, OR 97301' },
      ],
    };
    expect(await flagged(yard, 'Ждём вас: ул. Садовая, д. 14.')).toEqual([['ул. Садовая', 'улица Красная-Садовая']]);
    expect(await flagged(yard, 'Visit us at 215 Birch Hill Road, Salem.')).toEqual([['Birch Hill Road', 'Birch Road']]);
    // another house number, another type word, or no number at all: another street of the town
    expect(await flagged(yard, 'Склад: ул. Садовая, д. 3.')).toEqual([]);
    expect(await flagged(yard, 'Парковка на пр. Садовый, д. 14.')).toEqual([]);
    expect(await flagged(yard, 'Рядом с улицей Садовой есть парк.')).toEqual([]);
    expect(await flagged(yard, 'Our warehouse: 215 Birch Hill Lane.')).toEqual([]);
  });

  it('flags our street at the address’s house number under another type word, where both type words say their type', async () => {
    const shop: Profile = {
      format: 'sverka.profile/1',
      name: 'Linden Optics',
      languages: ['en'],
      names: [
        { id: 'street', kind: 'street', canonical: 'Linden Plaza' },
        { id: 'address', kind: 'address', canonical: '418 Linden Plaza Suite 12, Dayton, OH 45402' },
        { id: 'ru', kind: 'address', canonical: 'Самара, пр-т Гагарина, д. 12' },
      ],
    };
    expect(await flagged(shop, 'Visit us at 418 Linden Place Suite 12.')).toEqual([['Linden Place', 'Linden Plaza']]);
    expect(await flagged(shop, 'Приходите: ул. Гагарина, д. 12.')).toEqual([['ул. Гагарина', 'пр-т Гагарина']]);
    // the right type, another house number, or a type word that may be either of two types
    expect(await flagged(shop, 'Visit us at 418 Linden Plaza Suite 12.')).toEqual([]);
    expect(await flagged(shop, 'Our lab: 77 Linden Place.')).toEqual([]);
    expect(await flagged(shop, 'Приходите: ул. Гагарина, д. 40.')).toEqual([]);
    expect(await flagged(shop, 'Приходите: пр. Гагарина, д. 12.')).toEqual([]);
  });

  it('quotes a house number whose fraction lost its slash as written, not as its first figure', async () => {
    const shop: Profile = {
      format: 'sverka.profile/1',
      name: 'Октет',
      languages: ['ru'],
      names: [
        { id: 'street', kind: 'street', canonical: 'улица Липовая', variants: ['ул. Липовая'] },
        { id: 'address', kind: 'address', canonical: 'Пермь, ул. Липовая, д. 9/2' },
      ],
    };
    expect(await flagged(shop, 'Адрес: ул. Липовая, д. 9 2, второй этаж.')).toEqual([['ул. Липовая, д. 9 2', 'Пермь, ул. Липовая, д. 9/2']]);
    expect(await flagged(shop, 'Адрес: ул. Липовая, д. 9/2, второй этаж.')).toEqual([]);
    // another figure after the number is not the lost half of ours
    expect(await flagged(shop, 'Адрес: ул. Липовая, д. 9 3 этаж.')).toEqual([['ул. Липовая, д. 9', 'Пермь, ул. Липовая, д. 9/2']]);
  });

  it('makes one finding of a word in mixed scripts repeated on a page, and one per place of a wrong phone', async () => {
    const findings = await findingsOf('wrong-name', clinic, 'Самосвал МАN — 2000 ₽/ч. Тягач МАN — 3000 ₽/ч.');
    expect(findings.map((f) => [f.quote, f.related?.length])).toEqual([['МАN', 1]]);
    const phones = await findingsOf('wrong-name', clinic, 'Звоните: 8 (495) 123-45-76. Запись: 8 (495) 123-45-76.');
    expect(phones.map((f) => [f.quote, f.related])).toEqual([
      ['8 (495) 123-45-76', undefined],
      ['8 (495) 123-45-76', undefined],
    ]);
  });

  it("warns of a mailbox at the business's own domain that the profile does not list, not of one at a public provider", async () => {
    const findings = await findingsOf('wrong-name', clinic, 'Пишите на zakaz@zdorovie-plus.ru или на ivanova.clinic@gmail.com');
    expect(findings.map((f) => [f.quote, f.severity, f.suggestion])).toEqual([['zakaz@zdorovie-plus.ru', 'warning', 'info@zdorovie-plus.ru']]);
    expect(await findingsOf('wrong-name', clinic, 'Пишите на info@zdorovie-plus.ru или на office@another-clinic.ru')).toEqual([]);
  });

  it('reads a label in an element of its own as apart from the e-mail it meets in the markup', async () => {
    const page = (html: string) => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'ru');
    const quotes = async (html: string) => (await checkMaterials([page(html)], clinic, { only: ['wrong-name'] })).findings.map((f) => f.quote);
    expect(await quotes('<p><strong>E</strong>info@zdorovie-plus.ru</p>')).toEqual([]);
    expect(await quotes('<p><strong>E</strong>infp@zdorovie-plus.ru</p>')).toEqual(['infp@zdorovie-plus.ru']);
    expect(await quotes('<p>Почта: einfo@zdorovie-plus.ru</p>')).toEqual(['einfo@zdorovie-plus.ru']);
  });

  it('flags the profile’s mailbox at another provider or domain ending, not another mailbox', async () => {
    const withEmail = (canonical: string): Profile => ({ ...clinic, names: [{ id: 'email', kind: 'email', canonical }] });
    const flaggedIn = async (text: string, canonical: string) => (await findingsOf('wrong-name', withEmail(canonical), text)).map((f) => f.quote);
    expect(await flaggedIn('Пишите: zdorovie.klinika@gmail.com', 'zdorovie.klinika@mail.ru')).toEqual(['zdorovie.klinika@gmail.com']);
    expect(await flaggedIn('Пишите: info@zdorovie.com', 'info@zdorovie.ru')).toEqual(['info@zdorovie.com']);
    expect(await flaggedIn('Пишите: info@drugaya-klinika.ru', 'info@zdorovie.ru')).toEqual([]);
  });

  it('reads two or more near variants of the profile’s phone as the office’s other lines, not typos', async () => {
    const lines = await findingsOf('wrong-name', clinic, 'Регистратура: +7 495 123-45-67. Лаборатория: +7 495 123-45-68. Касса: +7 495 123-45-66.');
    expect(lines).toEqual([]);
    const oneTypo = await findingsOf('wrong-name', clinic, 'Звоните: +7 495 123-45-76 или 8 495 123 45 76.');
    expect(oneTypo).toHaveLength(2);
    // two neighbouring digits exchanged are a typo, however many variants the page has
    const swapped = await findingsOf('wrong-name', clinic, 'Звоните: +7 495 123-45-76. Касса: +7 495 132-45-67.');
    expect(swapped.map((f) => f.quote)).toEqual(['+7 495 123-45-76', '+7 495 132-45-67']);
    const lineAndSwap = await findingsOf('wrong-name', clinic, 'Звоните: +7 495 123-45-76. Касса: +7 495 123-45-68.');
    expect(lineAndSwap.map((f) => f.quote)).toEqual(['+7 495 123-45-76']);
  });

  it('tells our name from a wrong one that differs only by inflection', async () => {
    const rental: Profile = {
      format: 'sverka.profile/1',
      name: 'Колёса рядом',
      languages: ['ru'],
      names: [{ id: 'brand', kind: 'brand', canonical: 'Колёса рядом' }],
      wrongNames: [{ kind: 'brand', text: 'Колесо рядом', note: 'чужая марка' }],
    };
    expect(await flagged(rental, 'Прокат «Колёса рядом» и «Колесах рядом» знают все')).toEqual([]);
    expect(await flagged(rental, 'Прокат «Колесо рядом» ждёт вас')).toEqual([['«Колесо рядом»', 'Колёса рядом']]);
  });

  it('reads a national number written without its country code', async () => {
    const inn: Profile = { format: 'sverka.profile/1', name: 'Maple Inn', languages: ['en'], names: [{ id: 'phone', kind: 'phone', canonical: '+1 415 555-0134' }] };
    expect(await flagged(inn, 'Reservations: (415) 555-0134')).toEqual([]);
    expect(await flagged(inn, 'Reservations: (415) 555-0143')).toEqual([['(415) 555-0143', '+1 415 555-0134']]);
    expect(await flagged(inn, 'Reservations: 415-555-0134 or 415.555.0143')).toEqual([['415.555.0143', '+1 415 555-0134']]);
  });

  it('takes a word of the name spelt right for the name, not a near miss of its other forms', async () => {
    const school: Profile = { format: 'sverka.profile/1', name: 'Автошкола «Руль 77»', languages: ['ru'], names: [{ id: 'brand', kind: 'organization', canonical: 'Руль 77', variants: ['«Руль»', 'Руль77'] }] };
    expect(await flagged(school, 'Автошкола «Руль» ждёт вас, приказ АНО "Руль 77"')).toEqual([]);
    expect(await flagged(school, 'Автошкола «Рулль» ждёт вас')).toEqual([['«Рулль»', 'Руль 77']]);
  });

  it('finds a mailbox on our own domain a few letters off', async () => {
    const shop: Profile = { format: 'sverka.profile/1', name: 'Crumb', languages: ['en'], names: [{ id: 'mail', kind: 'email', canonical: 'orders@crumb.example' }] };
    expect(await flagged(shop, 'Write to ordering@crumb.example')).toEqual([['ordering@crumb.example', 'orders@crumb.example']]);
    expect(await flagged(shop, 'Write to hello@crumb.example or orders@crumb.example')).toEqual([]);
    const studio: Profile = { format: 'sverka.profile/1', name: 'Studio', languages: ['en'], names: [{ id: 'mail', kind: 'email', canonical: 'hello@studio.com.au' }] };
    expect(await flagged(studio, 'Email hello@studio.com today')).toEqual([['hello@studio.com', 'hello@studio.com.au']]);
  });

  it('knows a person by the case forms of both names', async () => {
    const salon: Profile = { format: 'sverka.profile/1', name: 'Студия Светланы Кравцовой', languages: ['ru'], names: [{ id: 'master', kind: 'person', canonical: 'Кравцова Светлана' }] };
    expect(await flagged(salon, 'Сайт студии мастера Кравцовой Светланы')).toEqual([]);
    expect(await flagged(salon, 'Сайт студии мастера Кравцвой Светланы')).toEqual([['Кравцвой Светланы', 'Кравцова Светлана']]);
  });

  it('quotes a misspelt name form up to its own closing quote mark', async () => {
    expect(await flagged(family, 'Медицинский центр «Семеный доктор» ждёт вас')).toEqual([['Медицинский центр «Семеный доктор»', 'Семейный доктор']]);
  });

  it('lets a text say it is not another business', async () => {
    expect(await flagged(family, 'Мы не «Семейная клиника» — у нас свой подход')).toEqual([]);
    expect(await flagged(family, 'Мы не работаем по воскресеньям. «Семейная клиника» ждёт вас')).toEqual([['«Семейная клиника»', 'Семейный доктор']]);
  });

  it("reads a dictionary word of the same root as the name's own word as naming the trade, not as a misspelt name", async () => {
    const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon);
    const named = async (profile: Profile, text: string) => (await findingsOf('wrong-name', profile, text, checker)).map((f) => f.quote);
    const bakery: Profile = { format: 'sverka.profile/1', name: 'Sunrise Bakery', languages: ['en'], names: [{ id: 'brand', kind: 'organization', canonical: 'Sunrise Bakery' }] };
    expect(await named(bakery, 'Sunrise Bakers: what we bake on Sundays')).toEqual([]);
    expect(await named(bakery, 'Order from Sunrise Bakeyr today')).toEqual(['Sunrise Bakeyr']);
    const braces: Profile = { format: 'sverka.profile/1', name: 'Hillside Orthodontics', languages: ['en'], names: [{ id: 'brand', kind: 'organization', canonical: 'Hillside Orthodontics' }] };
    expect(await named(braces, 'Meet the Hillside Orthodontists')).toEqual([]);
    const garden: Profile = { format: 'sverka.profile/1', name: 'Green Leaf Gardens', languages: ['en'], names: [{ id: 'brand', kind: 'organization', canonical: 'Green Leaf Gardens' }] };
    expect(await named(garden, 'Book Green Leap Gardens for spring')).toEqual(['Green Leap Gardens']);
    // a word inside the name is the name's own, whatever the dictionary says of it
    const tea: Profile = { format: 'sverka.profile/1', name: 'Golden Kettles Tea Room', languages: ['en'], names: [{ id: 'brand', kind: 'organization', canonical: 'Golden Kettles Tea Room' }] };
    expect(await named(tea, 'Gift cards of Golden Kettle Tea Room are sold at the till')).toEqual(['Golden Kettle Tea Room']);
    const dentist: Profile = { format: 'sverka.profile/1', name: 'Северная стоматология', languages: ['ru'], names: [{ id: 'brand', kind: 'organization', canonical: 'Северная Стоматология' }] };
    expect(await named(dentist, 'Северные Стоматологи отвечают на вопросы')).toEqual([]);
    expect(await named(dentist, 'Запишитесь в Северную Стоматологию, а не в Северную Стамотологию')).toEqual(['Северную Стамотологию']);
  });

  it('reads a street whose name goes on in small letters, as the profile writes it, with its house number', async () => {
    const shop: Profile = {
      format: 'sverka.profile/1',
      name: 'Мастерская',
      languages: ['ru'],
      names: [
        { id: 'street', kind: 'street', canonical: 'улица Красных Зорь', variants: ['ул. Красных зорь'] },
        { id: 'address', kind: 'address', canonical: 'г. Пермь, ул. Красных зорь, 14' },
      ],
    };
    expect(await flagged(shop, 'Наш адрес: г. Пермь, ул. Красных зорь, 41')).toEqual([['ул. Красных зорь, 41', 'г. Пермь, ул. Красных зорь, 14']]);
    expect(await flagged(shop, 'Наш адрес: г. Пермь, ул. Красных зорь, 14')).toEqual([]);
  });

  it('takes the house number of an address the profile writes with no type word', async () => {
    const studio: Profile = {
      format: 'sverka.profile/1',
      name: 'Студия',
      languages: ['ru'],
      names: [
        { id: 'street', kind: 'street', canonical: 'улица Лесозаводская', variants: ['Лесозаводская'] },
        { id: 'address', kind: 'address', canonical: 'Лесозаводская 12а' },
      ],
    };
    expect(await flagged(studio, 'Лесозаводская 12б')).toEqual([['Лесозаводская 12б', 'Лесозаводская 12а']]);
    expect(await flagged(studio, 'Лесозаводская 12а')).toEqual([]);
  });

  it('reads the house number after a type word cut short with its full stop', async () => {
    const cafe: Profile = {
      format: 'sverka.profile/1',
      name: 'Кафе',
      languages: ['ru'],
      names: [
        { id: 'street', kind: 'street', canonical: 'Заречная набережная', variants: ['Заречная наб.'] },
        { id: 'address', kind: 'address', canonical: 'Тула, Заречная наб., 3' },
      ],
    };
    expect(await flagged(cafe, 'Тула, Заречное ш., 3')).toEqual([['Заречное ш.', 'Заречная набережная']]);
    expect(await flagged(cafe, 'Тула, Заречное ш., 30')).toEqual([]);
  });

  it('tells a street named for a person from one named for a place after the type word, not a case form', async () => {
    const office: Profile = { format: 'sverka.profile/1', name: 'Офис', languages: ['ru'], names: [{ id: 'street', kind: 'street', canonical: 'улица Сафроново', variants: ['ул. Сафроново'] }] };
    expect(await flagged(office, 'Приезжайте: ул. Сафронова, д. 5')).toEqual([['ул. Сафронова', 'улица Сафроново']]);
    expect(await flagged(office, 'Приезжайте на улицу Сафроново, д. 5, мы живём в Сафронове давно')).toEqual([]);
  });
});
