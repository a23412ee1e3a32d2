/**
 * npm run bench: speed and memory as ratios against a baseline measured in the same run, so the
 * numbers mean the same on any machine. Baseline: one Intl.Segmenter word pass over the same text.
 */
import { checkMaterials } from '../utils/engine';
import { materialFromDocument } from '../utils/material/from-dom';
import { parseHtmlDocument } from '../utils/material/parse-html';
import { NameIndex } from '../utils/names/index';
import type { CanonicalName, Profile } from '../utils/profile/types';
import { createHunspellChecker } from '../utils/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../utils/spelling/node-dictionaries';

const SENTENCES = [
  'Работаем ежедневно с 8:00 до 21:00, без перерыва на обед.',
  'Приём терапевта — от 1 900 ₽, анализы готовы за один день.',
  'Каждый седьмой визит к гигиенисту бесплатно по карте гостя.',
  'Наш адрес: Москва, ул. Большая Никитская, д. 24, телефон +7 (495) 123-45-67.',
  'Врачи объясняют всё простыми словами и отвечают на вопросы после приёма.',
  'Гарантия на пломбы — один год, на коронки — пять лет.',
  'Open every day from 8am; the first consultation is free of charge.',
  'Скидка 10% на первый приём для новых пациентов клиники «Здоровье+».',
];

const profile: Profile = {
  format: 'sverka.profile/1',
  name: 'Медицинский центр «Здоровье+»',
  languages: ['ru'],
  facts: [
    { id: 'hours', kind: 'hours', label: 'Часы', value: { 'mon-fri': '08:00-21:00', sat: '09:00-18:00', sun: 'closed' } },
    { id: 'price', kind: 'price', label: 'Терапевт', topics: ['терапевт'], value: { amount: 1900, currency: 'RUB' } },
    { id: 'card', kind: 'loyalty', label: 'Карта', topics: ['карт'], value: { buy: 6, free: 1 } },
  ],
  names: [
    { id: 'brand', kind: 'organization', canonical: 'Здоровье+' },
    { id: 'street', kind: 'street', canonical: 'улица Большая Никитская', variants: ['ул. Большая Никитская'] },
    { id: 'phone', kind: 'phone', canonical: '+7 495 123-45-67' },
  ],
};

/** Realistic pages rarely repeat a sentence: each paragraph gets its own numbers. */
function page(words: number, seed = 0): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = `${SENTENCES[i % SENTENCES.length]!.replace(/\d+/g, (d) => String((Number(d) + i) % 97))} Раздел ${i + seed * 1_000_000}.`;
    paragraphs.push(`<p>${sentence}</p>`);
    count += sentence.split(/\s+/).length;
  }
  return `<!doctype html><html lang="ru"><body>${paragraphs.join('\n')}</body></html>`;
}

function time(run: () => unknown, repeat = 3): number {
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return Math.min(...samples);
}

async function timeAsync(run: () => Promise<unknown>, repeat = 3): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return Math.min(...samples);
}

const segmenter = new Intl.Segmenter('ru', { granularity: 'word' });
/** Paragraph by paragraph, as the engine reads: one long string makes Intl.Segmenter superlinear. */
const baselineOf = (paragraphs: string[]) => time(() => {
  let n = 0;
  for (const paragraph of paragraphs) for (const part of segmenter.segment(paragraph)) if (part.isWordLike) n++;
  return n;
});

const coldStart = performance.now();
const spellChecker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
await spellChecker.correct('проверка', 'ru');
await spellChecker.correct('check', 'en');
const coldMs = performance.now() - coldStart;

const materialOf = (words: number, seed: number) => materialFromDocument(parseHtmlDocument(page(words, seed)), { id: 's1', kind: 'page', location: 'bench' });

// "first check": a page the engine has not seen (every block new to its caches), as when a page
// is opened; "re-check": the same page again, as when the panel checks it after a change.
console.log('words    baseline ms   first check ms   ratio   re-check ms   ratio   ms per 1k words (first)');
const perWord: number[] = [];
let seed = 1;
for (const words of [5_000, 50_000]) {
  const materials = [0, 1, 2, 3].map(() => materialOf(words, seed++));
  const baseline = baselineOf(materials[0]!.blocks.map((b) => b.text));
  await checkMaterials([materials[3]!], profile, { spellChecker });
  let next = 0;
  const first = await timeAsync(() => checkMaterials([materials[next++]!], profile, { spellChecker }));
  const again = await timeAsync(() => checkMaterials([materials[0]!], profile, { spellChecker }));
  perWord.push(first / words);
  console.log(
    `${String(words).padEnd(8)} ${baseline.toFixed(1).padStart(11)} ${first.toFixed(1).padStart(16)} ${(first / baseline).toFixed(1).padStart(7)} ${again.toFixed(1).padStart(13)} ${(again / baseline).toFixed(1).padStart(7)} ${(first / words * 1000).toFixed(2).padStart(13)}`,
  );
}
console.log(`linearity (per-word time at 50k ÷ at 5k): ${(perWord[1]! / perWord[0]!).toFixed(2)} (1.00 is linear)`);
console.log(`cold start of ru+en dictionaries: ${coldMs.toFixed(0)} ms (budget 500 ms)`);

/** Name look-ups against 100 and 10,000 canonical names: an index keeps the cost flat. */
const names = (n: number): CanonicalName[] => Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: 'organization', canonical: `Клиника${i.toString(36)}вита` }));
const probe = ['Клиникаzвитa', 'Здоровье', 'Никитская', 'Клиника5вита', 'Пятницкая'];
const lookup = (index: NameIndex) => time(() => { for (let i = 0; i < 2000; i++) index.candidates(probe[i % probe.length]!); });
const small = lookup(new NameIndex(names(100), ['organization']));
const large = lookup(new NameIndex(names(10_000), ['organization']));
console.log(`name look-up, 10,000 names ÷ 100 names: ${(large / small).toFixed(2)} (100 would be a scan of all names)`);
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`);
