/**
 * The engine measured in this process: CPU time of checkMaterials, each run interleaved with its
 * floor, an Intl.Segmenter word pass over the same blocks, so machine noise hits both alike.
 */
import { checkMaterials } from '../engine/engine';
import { materialFromText } from '../engine/material/from-text';
import type { Material } from '../engine/material/types';
import { NameIndex } from '../engine/names/index';
import type { CanonicalName, Fact } from '../engine/profile/types';
import { createHunspellChecker } from '../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../cli/spelling/node-dictionaries';
import { cpuOf } from './measure';
import { median } from './stats';
import { paragraphs, PROFILE } from './text';

export const spellChecker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);

export const materialOf = (parts: readonly string[], id = 's1'): Material => materialFromText(parts.join('\n\n'), { id, kind: 'page', location: `bench-${id}.txt` });

const segmenter = new Intl.Segmenter('ru', { granularity: 'word' });

/** The floor: every word of every block found once, block by block as the engine reads. */
function segmenterPass(materials: readonly Material[]): number {
  let words = 0;
  for (const material of materials) for (const block of material.blocks) for (const part of segmenter.segment(block.text)) if (part.isWordLike) words++;
  return words;
}

/**
 * The floor's CPU as the median of five passes: one pass is short enough for a garbage
 * collection left over from the engine's run to land in it and double it.
 */
async function floorOf(material: Material): Promise<number> {
  const passes: number[] = [];
  for (let i = 0; i < 5; i++) passes.push(await cpuOf(() => segmenterPass([material])));
  return median(passes);
}

export const check = (materials: Material[]) => checkMaterials(materials, PROFILE, { spellChecker });

/** Dictionaries and code paths loaded before anything is timed: the first check of a process is not the engine's speed. */
export async function warmUp(): Promise<void> {
  await check([materialOf(paragraphs(2000, 999_999))]);
}

export interface SizeResult {
  words: number;
  floorMs: number;
  firstMs: number;
  againMs: number;
  findings: number;
}

let nextSeed = 1;
/** Seeds never repeat within a process, so a first check never meets text it has seen. */
export const freshSeed = () => nextSeed++;

/**
 * Median CPU of `runs` first checks (text the engine has not seen) and re-checks (the same
 * material again, as the panel does after a change) of `words` words, and of their floors.
 */
export async function measureSize(words: number, runs: number, withRecheck = true): Promise<SizeResult> {
  const floor: number[] = [];
  const first: number[] = [];
  const again: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const material = materialOf(paragraphs(words, freshSeed()));
    floor.push(await floorOf(material));
    let report: Awaited<ReturnType<typeof check>> | undefined;
    first.push(await cpuOf(async () => (report = await check([material]))));
    findings = report!.findings.length;
    if (withRecheck) again.push(await cpuOf(() => check([material])));
  }
  return { words, floorMs: median(floor), firstMs: median(first), againMs: median(again), findings };
}

export interface PagesResult {
  pages: number;
  wordsPerPage: number;
  /** All the pages as materials of one call. */
  pagesMs: number;
  /** The same number of words as one material. */
  oneMs: number;
}

/** `pages` small pages in one call against one page of the same words: the difference is what a page costs as a page. */
export async function measurePages(pages: number, wordsPerPage: number, runs: number): Promise<PagesResult> {
  const many: number[] = [];
  const one: number[] = [];
  for (let i = 0; i < runs; i++) {
    const materials = Array.from({ length: pages }, (_, p) => materialOf(paragraphs(wordsPerPage, freshSeed()), `s${p + 1}`));
    const single = materialOf(Array.from({ length: pages }, () => paragraphs(wordsPerPage, freshSeed())).flat());
    // Alternate which goes first, so neither always runs on a warmer heap.
    const order = i % 2 ? [() => one, () => many] : [() => many, () => one];
    for (const samples of order) {
      const target = samples();
      target.push(await cpuOf(() => check(target === many ? materials : [single])));
    }
  }
  return { pages, wordsPerPage, pagesMs: median(many), oneMs: median(one) };
}

/** Canonical names of one kind, each a made-up clinic name: a chain's or a dealer network's list. */
const namesOf = (n: number): CanonicalName[] => Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: 'organization', canonical: `Клиника${i.toString(36)}вита` }));
const PROBES = ['Клиникаzвитa', 'Здоровье', 'Никитская', 'Клиника5вита', 'Пятницкая'];

/**
 * CPU of 20,000 look-ups against 10,000 names as a ratio to the same against 100: an index keeps
 * it near 1, a scan of every name would make it 100.
 */
export async function nameLookupRatio(runs: number): Promise<number> {
  const lookups = (index: NameIndex) =>
    cpuOf(() => {
      for (let i = 0; i < 20_000; i++) index.candidates(PROBES[i % PROBES.length]!);
    });
  const [small, large] = [new NameIndex(namesOf(100), ['organization']), new NameIndex(namesOf(10_000), ['organization'])];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) ratios.push((await lookups(large)) / (await lookups(small)));
  return median(ratios);
}

/** Price facts of a large checklist, each a service of its own with two topics. */
const factsOf = (n: number): Fact[] =>
  Array.from({ length: n }, (_, i) => ({ id: `p${i}`, kind: 'price', label: `Услуга номер ${i}`, topics: [`услуг${i}`, `процедур${i % 97}`], value: { amount: 100 + i, currency: 'RUB' } }));
const SHORT_PAGE = 'Кофейня «Зерно». Латте 250 ₽, капучино 270 ₽. Открыты с 8 до 20. Доставка за 2 дня.';

/**
 * CPU of checking a short page against a profile of 2,000 facts as a ratio to the same against
 * 500: a check whose cost grows with the facts in step keeps it near 4, one that compares every
 * fact with every other would make it 16.
 */
export async function factScalingRatio(runs: number): Promise<number> {
  const material = materialFromText(SHORT_PAGE, { id: 's1', kind: 'text', location: 'short.txt' }, 'ru');
  const cost = (facts: number) => cpuOf(() => checkMaterials([material], { ...PROFILE, facts: factsOf(facts) }, { spellChecker }));
  // Each size once first: the first check of a large checklist also compiles what the small ones never reach.
  await cost(500);
  await cost(2_000);
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) ratios.push((await cost(2_000)) / (await cost(500)));
  return median(ratios);
}
