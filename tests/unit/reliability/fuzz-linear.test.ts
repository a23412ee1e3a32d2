import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../engine/engine';
import { createHunspellChecker } from '../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../cli/spelling/node-dictionaries';
import { FUZZ_PROFILE, FUZZ_SEED, fuzzRuns, textMaterial } from './fuzz-inputs';

const spellChecker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);

/**
 * What catastrophic regexes and quadratic loops choke on: runs of digits, spaces, dots, dashes,
 * repeated words and figures, one token thousands of letters long (an atom with no space).
 */
const ATOMS = [
  '1',
  '0',
  ' ',
  '.',
  '-',
  '—',
  ',',
  ':',
  '/',
  'a',
  'я',
  'й',
  'A',
  'Я',
  'скидка ',
  'free ',
  'the ',
  'не ',
  'с 8 до 21 ',
  'от 100 руб ',
  '$5 ',
  '₽',
  '%',
  '+7 ',
  '@',
  'http://',
  'ул. ',
  '«',
  '»',
  '(',
  '!',
  '\n',
  'Бесплатно ',
  '12:00-',
  '1 000 ',
];
const pathological = fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 3 }).map((atoms) => atoms.join(''));

/** The unit repeated to `length` characters, in a sentence. */
function repeated(unit: string, length: number): string {
  return `Цена: ${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)} конец.`;
}

/** CPU time of a whole check (all checks, with dictionaries), in microseconds: not wall time, which other processes share. */
async function cost(text: string): Promise<number> {
  const material = textMaterial(text, /[а-яё]/i.test(text) ? 'ru' : 'en');
  const before = process.cpuUsage();
  await checkMaterials([material], FUZZ_PROFILE, { spellChecker });
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

/** Size N of the smaller input; 4N is the larger. */
const N = 1_000;
/** Linear work costs 4×; this allows quadratic (16×) plus noise and fails a cubic or exponential blow-up. */
const MAX_RATIO = 40;
/** Below this the measurement is noise: a floor for the smaller cost, in microseconds. */
const NOISE_FLOOR = 10_000;

describe('fuzz: no catastrophic regex or super-linear loop', () => {
  it(`a pathological text 4× longer costs under ${MAX_RATIO}× the CPU time`, async () => {
    await cost(repeated('Приём терапевта 1 900 ₽. Open 9am-6pm. ', 400)); // dictionaries load once, outside the ratio
    await fc.assert(
      fc.asyncProperty(pathological, async (unit) => {
        const small = await cost(repeated(unit, N));
        const large = await cost(repeated(unit, 4 * N));
        expect(large, `unit ${JSON.stringify(unit)}: ${small} µs at N, ${large} µs at 4N`).toBeLessThan(MAX_RATIO * Math.max(small, NOISE_FLOOR));
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(6) },
    );
  }, 300_000);

  it('one 5,000-letter token costs under 40× a 1,250-letter one (the spelling check spent minutes looking for its slips)', async () => {
    const small = await cost(`Цена ${'я'.repeat(1_250)} конец.`);
    const large = await cost(`Цена ${'я'.repeat(5_000)} конец.`);
    expect(large).toBeLessThan(MAX_RATIO * Math.max(small, NOISE_FLOOR));
  }, 300_000);
});
