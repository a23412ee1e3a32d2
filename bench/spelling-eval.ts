/**
 * Word-level recall and precision of the spelling check on the RUSpellRU test set (real typos
 * from LiveJournal; ../shared/data/ru_spelling), beside Debian's `hunspell -d ru_RU` on the same
 * lines in the same run. Run: npx tsx bench/spelling-eval.ts [LINES]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkMaterials } from '../utils/engine';
import { materialFromText } from '../utils/material/from-text';
import { createHunspellChecker } from '../utils/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../utils/spelling/node-dictionaries';

const DATA = '../shared/data/ru_spelling';
const limit = Number(process.argv[2] ?? 2000);
const sources = readFileSync(`${DATA}/ruspellru_test_sources.txt`, 'utf8').split('\n').slice(0, limit);
const corrections = readFileSync(`${DATA}/ruspellru_test_corrections.txt`, 'utf8').split('\n').slice(0, limit);
const tokens = (line: string) => (line.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []);

/** Source words not kept in the correction (by longest common subsequence): the real typos. */
function typosOf(source: string[], correction: string[]): Set<number> {
  const n = source.length;
  const m = correction.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i]![j] = source[i] === correction[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const typos = new Set<number>();
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && source[i] === correction[j]) { i++; j++; }
    else if (j < m && table[i]![j + 1]! >= table[i + 1]![j]!) j++;
    else typos.add(i++);
  }
  return typos;
}

function score(name: string, flaggedPerLine: Set<string>[]) {
  let tp = 0, fp = 0, fn = 0;
  sources.forEach((line, index) => {
    const words = tokens(line);
    const typos = typosOf(words, tokens(corrections[index] ?? ''));
    const typoWords = new Set([...typos].map((i) => words[i]!));
    for (const word of flaggedPerLine[index]!) (typoWords.has(word) ? tp++ : fp++);
    for (const word of typoWords) if (!flaggedPerLine[index]!.has(word)) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  console.log(`${name.padEnd(28)} recall ${recall.toFixed(3)}  precision ${precision.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
}

const started = performance.now();
const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
await checker.correct('проверка', 'ru');
await checker.correct('check', 'en');
console.log(`cold load of ru + en dictionaries: ${(performance.now() - started).toFixed(0)} ms`);

const ours: Set<string>[] = [];
for (const line of sources) {
  const material = materialFromText(line, { id: 's1', kind: 'text', location: 'line' }, 'ru');
  const report = await checkMaterials([material], { format: 'sverka.profile/1', name: 'eval' }, { only: ['spelling'], spellChecker: checker });
  ours.push(new Set(report.findings.map((f) => f.quote.toLowerCase().replace(/ё/g, 'е'))));
}

const piped = execFileSync('hunspell', ['-d', 'ru_RU', '-a'], { input: sources.map((l) => `^${l}`).join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28 });
const hunspell: Set<string>[] = [];
let current = new Set<string>();
for (const line of piped.split('\n').slice(1)) {
  if (line === '') {
    hunspell.push(current);
    current = new Set();
  } else if (/^[&#]/.test(line)) current.add(line.split(' ')[1]!.toLowerCase().replace(/ё/g, 'е'));
}

console.log(`${sources.length} sentences of RUSpellRU (test)`);
score('Sverka spelling check', ours);
score('hunspell -d ru_RU (Debian)', hunspell.slice(0, sources.length));
