import fc from 'fast-check';
import { materialFromText } from '../../../engine/material/from-text';
import type { Material } from '../../../engine/material/types';
import type { Language, Profile } from '../../../engine/profile/types';

/**
 * The fuzz suite's inputs: text made of what business copy is made of, and real sentences
 * broken in the ways copy gets broken. Fixed seed in CI; FUZZ_RUNS=2000 (and FUZZ_SEED) locally.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261201);
export const fuzzRuns = (ciRuns: number) => Number(process.env.FUZZ_RUNS ?? ciRuns);

export const SENTENCES: Record<Language, string[]> = {
  ru: [
    'Мы работаем ежедневно с 8:00 до 21:00, в субботу с 10 до 18, воскресенье — выходной.',
    'Приём терапевта — 1 900 ₽, повторный приём от 1500 руб., анализы от 350 р.',
    'Звоните: +7 (495) 123-45-67 или 8 800 555-35-35, пишите на info@zdorovie-plus.ru.',
    'Наш адрес: г. Москва, ул. Большая Никитская, д. 17, стр. 2, офис 305.',
    'Каждый шестой кофе в подарок! Скидка 15% на весь ассортимент до 31.12.2026.',
    'Доставка за 2–3 рабочих дня, бесплатно при заказе от 3000 ₽.',
    'Гарантия на работы — 12 месяцев, на запчасти до 2 лет.',
    'Круглосуточно, без выходных и праздников; ожидание не более 15 минут.',
    'Самые низкие цены в городе и лучший сервис — только у нас!',
    'Сайт: https://zdorovie-plus.example/uslugi?utm_source=flyer, Telegram: @zdorovie_plus.',
    'Абонемент на 12 занятий — 6 500 ₽, заморозка до 14 дней, возврат в течении 7 дней.',
    'Стоимость: 1) консультация — бесплатно; 2) УЗИ — 2 200 руб; 3) ЭКГ — 900 руб.',
  ],
  en: [
    'We are open Monday to Friday 9am–6pm, Saturday 10:00-16:00, closed on Sundays.',
    'A standard cleaning costs $120, whitening from £250, consultation is free.',
    'Call us on +1 (555) 010-2030 or email hello@lakeside.example today.',
    'Visit us at 1200 Maple Place, Suite 4B, Springfield, IL 62704.',
    'Buy 5 coffees, get the 6th free! 20% off all pastries until 12/31/2026.',
    'Delivery within 2-3 business days; free shipping on orders over $50.',
    'All repairs carry a 12-month warranty, parts up to 2 years.',
    'Open 24/7, no appointment needed, average wait under 15 minutes.',
    'The best prices in town and the most experienced team guaranteed!',
    'Book online at https://lakeside.example/book?ref=flyer&utm_medium=print.',
    'Your ready for a 15 minutes grace period, their is no late fee.',
    'Rates: 1 - 15 lbs $25; 16 - 30 lbs $35; 31 lbs & up $45.',
  ],
};

/** Cyrillic and Latin letters, digits, the punctuation and symbols of prices and hours, spaces and line breaks. */
const ALPHABET = [
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ',
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...'01234567890123456789',
  ...'.,;:!?-–—()[]«»"\'/@#&*+=_%₽$€£…',
  ' ',
  ' ',
  ' ',
  ' ',
  '\u00a0',
  '\n',
  '\t',
  '\u202e',
  '\u200b',
  '\u00ad',
];

export const randomText = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 400 });

/** One way copy gets broken: a character in, a piece out, a piece twice, a digit changed, a piece moved. */
type Mutation = { kind: 'insert' | 'delete' | 'duplicate' | 'digit' | 'upper' | 'move'; at: number; length: number; char: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'duplicate', 'digit', 'upper', 'move'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
  char: fc.constantFrom(...ALPHABET),
});

function mutate(text: string, m: Mutation): string {
  if (text.length === 0) return m.char;
  const at = m.at % text.length;
  const end = Math.min(text.length, at + m.length);
  const piece = text.slice(at, end);
  switch (m.kind) {
    case 'insert':
      return text.slice(0, at) + m.char + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(end);
    case 'duplicate':
      return text.slice(0, end) + piece + text.slice(end);
    case 'digit':
      return text.slice(0, at) + piece.replace(/\d/g, (d) => String((Number(d) + m.length) % 10)) + text.slice(end);
    case 'upper':
      return text.slice(0, at) + piece.toUpperCase() + text.slice(end);
    case 'move':
      return text.slice(0, at) + text.slice(end) + piece;
  }
}

/** A few real sentences of one language, joined as a paragraph or as lines, then broken a few times. */
export const mutatedCopy = fc
  .constantFrom<Language>('ru', 'en')
  .chain((language) =>
    fc.record({
      language: fc.constant(language),
      sentences: fc.array(fc.constantFrom(...SENTENCES[language]), { minLength: 1, maxLength: 6 }),
      separator: fc.constantFrom(' ', '\n', '\n\n', ' • ', ' | '),
      mutations: fc.array(mutation, { maxLength: 8 }),
    }),
  )
  .map(({ language, sentences, separator, mutations }) => ({ language, text: mutations.reduce(mutate, sentences.join(separator)) }));

export function textMaterial(text: string, language?: Language): Material {
  return materialFromText(text, { id: 's1', kind: 'text', location: 'fuzz.txt' }, language);
}

/** A profile with a fact of every kind and names of every kind: every check has something to hold text against. */
export const FUZZ_PROFILE: Profile = {
  format: 'sverka.profile/1',
  name: 'Медицинский центр «Здоровье+»',
  languages: ['ru', 'en'],
  concept: {
    statement: 'Быстро и бережно',
    what: 'приём врачей',
    how: 'без очередей',
    forWhom: 'семьи',
    why: 'здоровье',
    pillars: [{ id: 'on-time', label: 'Вовремя', keywords: ['без очередей', 'on time'], antiKeywords: ['живая очередь'], targets: [{ fact: 'wait', max: 15 }] }],
  },
  facts: [
    { id: 'hours', kind: 'hours', label: 'Часы работы', value: { 'mon-fri': '08:00-21:00', sat: '09:00-18:00', sun: 'closed' } },
    { id: 'wait', kind: 'duration', label: 'Ожидание', topics: ['ожидани', 'wait'], value: { min: 10, max: 30, unit: 'minute' } },
    { id: 'delivery', kind: 'duration', label: 'Доставка', topics: ['доставк', 'delivery'], value: { min: 1, max: 2, unit: 'day' } },
    { id: 'price', kind: 'price', label: 'Приём терапевта', topics: ['терапевт', 'consultation'], value: { amount: 1900, currency: 'RUB' } },
    { id: 'free', kind: 'free', label: 'Бесплатная доставка', topics: ['доставк', 'shipping'], value: { minOrder: 5000, currency: 'RUB' } },
    { id: 'discount', kind: 'discount', label: 'Скидка', value: { maxPercent: 10 } },
    { id: 'card', kind: 'loyalty', label: 'Карта гостя', topics: ['кофе', 'coffee'], value: { buy: 6, free: 1 } },
    { id: 'warranty', kind: 'guarantee', label: 'Гарантия', value: { amount: 6, unit: 'month' } },
    { id: 'xray', kind: 'offered', label: 'Рентген', topics: ['рентген', 'x-ray'], value: false },
    { id: 'refund', kind: 'policy', label: 'Возврат', contradictedBy: ['без возврата', 'no refunds'] },
  ],
  names: [
    { id: 'org', kind: 'organization', canonical: 'Здоровье+' },
    { id: 'street', kind: 'street', canonical: 'улица Большая Никитская' },
    { id: 'phone', kind: 'phone', canonical: '+7 495 123-45-67' },
    { id: 'mail', kind: 'email', canonical: 'info@zdorovie-plus.ru' },
    { id: 'site', kind: 'url', canonical: 'https://zdorovie-plus.example' },
  ],
  wrongNames: [{ kind: 'organization', text: 'Здоровье', note: 'другая клиника' }],
  glossary: { words: ['чекап'], forbidden: [{ phrase: 'дешёвый', use: 'доступный' }] },
};
