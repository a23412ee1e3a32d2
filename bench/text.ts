/**
 * The bench's material: varied Russian and English business text of any length, made here so every
 * run reads the same words and no file is needed. A seed gives a page no other seed gives, so a
 * "first check" meets text the engine's caches have not seen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Profile } from '../engine/profile/types';

export const PROFILE: Profile = {
  format: 'sverka.profile/1',
  name: 'Медицинский центр «Здоровье+»',
  languages: ['ru', 'en'],
  facts: [
    { id: 'hours', kind: 'hours', label: 'Часы работы', value: { 'mon-fri': '08:00-21:00', sat: '09:00-18:00', sun: 'closed' } },
    { id: 'price', kind: 'price', label: 'Приём терапевта', topics: ['терапевт'], value: { amount: 1900, currency: 'RUB' } },
    { id: 'consult', kind: 'free', label: 'Первая консультация бесплатна', topics: ['консультация'], value: true },
    { id: 'card', kind: 'loyalty', label: 'Карта гостя', topics: ['карт'], value: { buy: 6, free: 1 } },
    { id: 'guarantee', kind: 'guarantee', label: 'Гарантия на пломбы', topics: ['пломб'], value: { amount: 1, unit: 'year' } },
    { id: 'kids', kind: 'offered', label: 'Детский приём', topics: ['детский', 'детей'], value: true },
    { id: 'installments', kind: 'policy', label: 'Рассрочка только через банк-партнёр', topics: ['рассрочка'], contradictedBy: ['рассрочка без банка'] },
  ],
  names: [
    { id: 'brand', kind: 'organization', canonical: 'Здоровье+', variants: ['медицинский центр «Здоровье+»'] },
    { id: 'street', kind: 'street', canonical: 'улица Большая Никитская', variants: ['ул. Большая Никитская'] },
    { id: 'phone', kind: 'phone', canonical: '+7 495 123-45-67' },
    { id: 'email', kind: 'email', canonical: 'hello@zdorovie.example' },
    { id: 'doctor', kind: 'person', canonical: 'Анна Сергеевна Воробьёва' },
  ],
};

const RU = [
  'Работаем ежедневно с {h}:00 до 21:00, без перерыва на обед.',
  'Приём {doctor} — от {price} ₽, анализы готовы за {days} дня.',
  'Каждый {nth} визит к гигиенисту бесплатно по карте гостя.',
  'Наш адрес: Москва, ул. Большая Никитская, д. {n}, телефон +7 (495) 123-45-67.',
  'Врачи объясняют всё простыми словами и отвечают на вопросы после приёма.',
  'Гарантия на пломбы — {years} год, на коронки — {years2} лет.',
  'Скидка {pct}% на первый приём для новых пациентов клиники «Здоровье+».',
  'Записаться к {doctor} можно по телефону, на сайте или в {messenger}.',
  'В {season} мы обновили оборудование: теперь снимок готов за {n} минут.',
  'Рассрочка на лечение оформляется через банк-партнёр на срок до {n} месяцев.',
  'Детский приём ведут педиатры с опытом работы более {years2} лет.',
  'Перед процедурой {doctor} составит смету, и цена не изменится в процессе лечения.',
  'Парковка для пациентов бесплатная, вход со стороны двора, {floor} этаж.',
  'Результаты анализов приходят на почту hello@zdorovie.example в течение {days} дней.',
  'Анна Сергеевна Воробьёва принимает по {weekday} с {h}:00 до {h2}:00.',
  'Мы работаем с ДМС и выдаём документы для налогового вычета за {days} рабочих дня.',
  'Первая консультация бесплатна, а повторный визит в течение {n} дней — со скидкой {pct}%.',
  'Сотрудники проходят обучение {n} раз в год, а стерилизация проверяется каждую смену.',
  'Подробнее о темах «{ru}», «{ru}» и «{ru}» — в разделе вопросов и ответов.',
  'Мы часто слышим вопросы про {ru} и {ru}: ответы собраны на отдельной странице.',
];

const EN = [
  'Open every day from {h}am; the first consultation is free of charge.',
  'Our team of {n} doctors speaks English, Russian and {language}.',
  'Book online or call +7 495 123-45-67; we confirm every visit within {n} minutes.',
  'Prices include the follow-up visit, and the estimate you sign is the price you pay.',
  'Children are seen by paediatricians with more than {years2} years of experience.',
  'See also our notes on {en}, {en} and {en}.',
];

/**
 * Real long pages keep meeting new words (a vocabulary that grows with the text), which is what
 * the spell checker pays for: some slots take a word from the dictionaries the checker itself
 * uses, frequent ones often and rare ones seldom.
 */
function dictionaryWords(language: 'ru' | 'en'): string[] {
  const dic = readFileSync(join(import.meta.dirname, `../node_modules/dictionary-${language}/index.dic`), 'utf8');
  return dic
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0]!.trim())
    .filter((word) => /^\p{Ll}{4,}$/u.test(word));
}
const vocabulary: Partial<Record<'ru' | 'en', string[]>> = {};
function someWord(language: 'ru' | 'en', r: () => number): string {
  const words = (vocabulary[language] ??= dictionaryWords(language));
  // A Zipf-like draw over a fixed shuffle of the dictionary: low ranks are drawn far more often.
  const rank = Math.floor(words.length ** r()) - 1;
  return words[(rank * 2654435761) % words.length]!;
}

const SLOTS: Record<string, (r: () => number) => string> = {
  h: (r) => String(7 + Math.floor(r() * 3)),
  h2: (r) => String(17 + Math.floor(r() * 4)),
  price: (r) => `${1 + Math.floor(r() * 4)} ${Math.floor(r() * 10)}00`,
  days: (r) => String(1 + Math.floor(r() * 4)),
  n: (r) => String(2 + Math.floor(r() * 60)),
  pct: (r) => String(5 + 5 * Math.floor(r() * 4)),
  years: () => 'один',
  years2: (r) => String(5 + Math.floor(r() * 10)),
  nth: (r) => ['пятый', 'шестой', 'седьмой', 'десятый'][Math.floor(r() * 4)]!,
  doctor: (r) => ['терапевта', 'стоматолога', 'кардиолога', 'невролога', 'гинеколога', 'офтальмолога'][Math.floor(r() * 6)]!,
  messenger: (r) => ['Телеграме', 'WhatsApp', 'приложении клиники'][Math.floor(r() * 3)]!,
  season: (r) => ['январе', 'марте', 'мае', 'сентябре', 'ноябре'][Math.floor(r() * 5)]!,
  floor: (r) => ['первый', 'второй', 'третий'][Math.floor(r() * 3)]!,
  weekday: (r) => ['понедельникам', 'вторникам', 'средам', 'четвергам', 'пятницам'][Math.floor(r() * 5)]!,
  ru: (r) => someWord('ru', r),
  en: (r) => someWord('en', r),
  language: (r) => ['German', 'French', 'Spanish', 'Turkish'][Math.floor(r() * 4)]!,
};

/** A small fast PRNG (mulberry32): the same seed gives the same text on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Paragraphs of about `words` words, one in five English (or all of one language, `only`). Each paragraph is two to five sentences
 * and ends with a numbered section mark, so no two paragraphs of a run are the same block.
 */
export function paragraphs(words: number, seed: number, only?: 'ru' | 'en'): string[] {
  const r = random(seed);
  const result: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const pool = only ? { ru: RU, en: EN }[only] : r() < 0.2 ? EN : RU;
    const sentences = Array.from({ length: 2 + Math.floor(r() * 4) }, () => pool[Math.floor(r() * pool.length)]!.replace(/\{(\w+)\}/g, (_, slot: string) => SLOTS[slot]!(r)));
    const paragraph = `${sentences.join(' ')} ${pool === EN ? 'Section' : 'Раздел'} ${seed}.${i + 1}.`;
    result.push(paragraph);
    count += wordCount(paragraph);
  }
  return result;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A web page of the paragraphs, with a heading every ten paragraphs as real pages have. */
export function pageHtml(parts: readonly string[], title = 'Медицинский центр «Здоровье+»'): string {
  const body = parts.map((p, i) => `${i % 10 === 0 ? `<h2>Раздел ${i / 10 + 1}</h2>\n` : ''}<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>\n${body}\n</body></html>`;
}
