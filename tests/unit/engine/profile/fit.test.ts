import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileFit } from '../../../../engine/profile/fit';
import type { Profile } from '../../../../engine/profile/types';

const dental = JSON.parse(readFileSync('tests/fixtures/profiles/dental.json', 'utf8')) as Profile;

const bakery: Profile = {
  format: 'sverka.profile/1',
  name: 'Crumb & Co. Bakery',
  languages: ['en'],
  sites: ['https://crumb.example/*'],
  names: [
    { id: 'brand', kind: 'brand', canonical: 'Crumb', variants: ['Crumb & Co.'] },
    { id: 'street', kind: 'street', canonical: 'Elm Street' },
    { id: 'phone', kind: 'phone', canonical: '+44 20 7946 0321' },
    { id: 'email', kind: 'email', canonical: 'hello@crumb.example' },
  ],
};

const page = (text: string, bound = false) => ({ text, bound });

describe('profileFit: the page is the profile’s', () => {
  it('fits a page of a bound site whatever it says', () => {
    expect(profileFit(dental, page('Страница в разработке', true))).toEqual({ fits: true, because: 'bound', found: [] });
  });

  it('finds the business’s name in another case form (ru) and in quotes', () => {
    expect(profileFit(dental, page('Приходите в клинику «Улыбка» на Садовой.'))).toMatchObject({ fits: true, because: 'names', found: ['клинику «Улыбка»'] });
    expect(profileFit(dental, page('Врачи стоматологии «Улыбка» работают без выходных.'))).toMatchObject({ fits: true, because: 'names' });
    expect(profileFit(dental, page('Отзывы о нашей Улыбке собраны здесь.'))).toMatchObject({ fits: true, because: 'names', found: ['Улыбке'] });
  });

  it('finds the business’s name (en), one word capitalised inside a sentence', () => {
    expect(profileFit(bakery, page('Fresh bread every morning at Crumb & Co. near the station.'))).toMatchObject({ fits: true, because: 'names' });
    expect(profileFit(bakery, page('Order a cake from Crumb today.'))).toMatchObject({ fits: true, because: 'names', found: ['Crumb'] });
    expect(profileFit(dental, page('Улыбка\nЛечим без боли, смета заранее.'))).toMatchObject({ fits: true, because: 'names', found: ['Улыбка'] });
    expect(profileFit(bakery, page('Crumb & Co. Bakery opens at seven; Crumb also delivers.'))).toMatchObject({ found: ['Crumb & Co. Bakery'] });
  });

  it('finds a phone written another way, an e-mail, a site or a street (ru)', () => {
    expect(profileFit(dental, page('Запись по телефону 8 (812) 310-20-20.'))).toMatchObject({ fits: true, because: 'contacts', found: ['8 (812) 310-20-20'] });
    expect(profileFit(dental, page('Пишите: HELLO@ulybka-dent.example'))).toMatchObject({ fits: true, because: 'contacts', found: ['HELLO@ulybka-dent.example'] });
    expect(profileFit(dental, page('Подробнее на ulybka-dent.example/prices'))).toMatchObject({ fits: true, because: 'contacts' });
    expect(profileFit(dental, page('Мы находимся на Малой Садовой, дом 8.'))).toMatchObject({ fits: true, because: 'contacts', found: ['Малой Садовой'] });
  });

  it('finds a phone in its national form, an e-mail and a street (en)', () => {
    expect(profileFit(bakery, page('Call us on 020 7946 0321.'))).toMatchObject({ fits: true, because: 'contacts', found: ['020 7946 0321'] });
    expect(profileFit(bakery, page('Write to hello@crumb.example'))).toMatchObject({ fits: true, because: 'contacts' });
    expect(profileFit(bakery, page('Find us at 12 Elm St, open daily.'))).toMatchObject({ fits: true, because: 'contacts', found: ['Elm'] });
  });
});

describe('profileFit: the page is someone else’s', () => {
  it('does not fit another clinic’s page (ru), its contacts and its name', () => {
    const other = 'Клиника «Жемчуг». Гарантия на импланты — 10 лет. Телефон +7 495 555-01-01, почта info@zhemchug.example, ул. Большая Никитская, 24.';
    expect(profileFit(dental, page(other))).toEqual({ fits: false, because: 'none', found: [] });
  });

  it('does not take the common word for the name: small letters, or capitalised only as a sentence starts', () => {
    expect(profileFit(dental, page('Подарим вам красивую улыбку и здоровые зубы.'))).toMatchObject({ fits: false });
    expect(profileFit(dental, page('Улыбка — лучшее украшение. Запишитесь к нам.'))).toMatchObject({ fits: false });
    expect(profileFit(dental, page('Улыбка — лучшее украшение\nЗапишитесь к нам.'))).toMatchObject({ fits: false });
    expect(profileFit(dental, page('Улыбка\u00a0и здоровье.'))).toMatchObject({ fits: false });
    expect(profileFit(bakery, page('Crumb toppings are back. We bake every crumb with care.'))).toMatchObject({ fits: false });
  });

  it('does not fit another bakery’s page (en): another phone, e-mail, street and site', () => {
    const other = 'Loaf & Ladle — call 020 7946 0999, write to hi@loaf.example, visit loaf.example or 3 Oak Street.';
    expect(profileFit(bakery, page(other))).toEqual({ fits: false, because: 'none', found: [] });
  });

  it('judges a long page by its header and footer, where a business names itself and gives its contacts', () => {
    const body = 'Лечение зубов без боли. '.repeat(20_000);
    expect(profileFit(dental, page(`${body}Телефон: +7 812 310-20-20`))).toMatchObject({ fits: true, because: 'contacts' });
    expect(profileFit(dental, page(`Клиника «Улыбка». ${body}`))).toMatchObject({ fits: true, because: 'names' });
    expect(profileFit(dental, page(`${body}Клиника «Улыбка» упомянута в середине. ${body}`))).toMatchObject({ fits: false });
  });

  it('does not fit an empty page', () => {
    expect(profileFit(bakery, page(''))).toEqual({ fits: false, because: 'none', found: [] });
  });
});
