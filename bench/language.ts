/**
 * The language benchmark (`npm run bench:language`): spelling against public sets of real typos
 * (../shared/data, read from there, never copied into the repository) beside Debian's Hunspell, the
 * false alarms of the spelling and grammar checks on the repository's own clean prose, and the
 * share of our language fixtures that pass. Not part of CI: a missing data file is reported and skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkMaterials } from '../engine/engine';
import { materialFromText } from '../engine/material/from-text';
import type { Language } from '../engine/profile/types';
import { createHunspellChecker } from '../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../cli/spelling/node-dictionaries';
import { words } from '../engine/text/segment';
import { languageFixtures } from '../tests/fixtures/language/read';
import { fold, hunspellFlags, score, sverkaFlags, type Flags, type Score } from './spelling-eval';

const DATA = new URL('../../shared/data/', import.meta.url).pathname;
const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);

function readData(path: string): string | null {
  if (existsSync(DATA + path)) return readFileSync(DATA + path, 'utf8');
  console.log(`  MISSING ${DATA + path}: skipped`);
  return null;
}

const percent = (share: number) => `${(100 * share).toFixed(1)} %`;
const row = (name: string, s: Score) => console.log(`  ${name.padEnd(34)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  top-1 ${s.top1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);

async function ruSpellRu() {
  console.log('\nRUSpellRU test (2,000 LiveJournal sentences): detection and top-1 correction of the typos flagged');
  const [sources, corrections] = [readData('ru_spelling/ruspellru_test_sources.txt'), readData('ru_spelling/ruspellru_test_corrections.txt')];
  if (!sources || !corrections) return;
  const [lines, fixed] = [sources.split('\n').slice(0, 2000), corrections.split('\n').slice(0, 2000)];
  const started = performance.now();
  const ours: Flags[] = [];
  for (const line of lines) ours.push(await sverkaFlags(line, 'ru', checker));
  const cpu = performance.now() - started;
  const hunspell = hunspellFlags(lines, 'ru_RU');
  for (const [name, from, to] of [
    ['lines 1–1000 (development)', 0, 1000],
    ['lines 1001–2000 (held out)', 1000, 2000],
    ['all 2,000', 0, 2000],
  ] as const) {
    console.log(` ${name}`);
    row('Sverka', score(lines.slice(from, to), fixed.slice(from, to), ours.slice(from, to)));
    if (hunspell) row('hunspell -d ru_RU (Debian)', score(lines.slice(from, to), fixed.slice(from, to), hunspell.slice(from, to)));
  }
  if (!hunspell) console.log('  hunspell is not installed (apt-get install -y hunspell hunspell-ru): its column is skipped');
  console.log(`  Sverka: ${(cpu / lines.length).toFixed(1)} ms a sentence`);
}

/** Top-1 over single misspelt words: of those the check flags, the share whose first suggestion is right. */
async function wordPairs(title: string, pairs: [string, string][], language: Language) {
  let [flagged, right] = [0, 0];
  for (const [wrong, correct] of pairs) {
    const suggestion = (await sverkaFlags(wrong, language, checker)).get(fold(wrong));
    if (suggestion === undefined) continue;
    flagged++;
    if (suggestion === fold(correct)) right++;
  }
  console.log(`  ${title.padEnd(34)} ${pairs.length} pairs, flagged ${percent(flagged / pairs.length)}, top-1 of flagged ${percent(right / Math.max(1, flagged))}, top-1 of all ${percent(right / pairs.length)}`);
}

async function kozievPairs() {
  console.log("\nKoziev's Russian typo pairs (single words)");
  const text = readData('ru_spelling/koziev_replaces.txt');
  if (!text) return;
  const pairs = text
    .trim()
    .split(/\n\s*\n/)
    .map((pair) => pair.split('\n') as [string, string])
    .filter(([wrong, right]) => wrong && right && !/\s/.test(wrong) && fold(wrong) !== fold(right));
  await wordPairs('koziev_replaces', pairs, 'ru');
}

async function norvig() {
  console.log("\nNorvig's English test sets (right: wrong wrong …)");
  for (const name of ['norvig_spell-testset1.txt', 'norvig_spell-testset2.txt']) {
    const text = readData(`en_spelling/${name}`);
    if (!text) continue;
    const pairs = text.split('\n').flatMap((line) => {
      const [right, wrongs] = line.split(':');
      return right && wrongs
        ? wrongs
            .trim()
            .split(/\s+/)
            .map((wrong) => [wrong, right.trim()] as [string, string])
        : [];
    });
    await wordPairs(name, pairs, 'en');
  }
}

/** The repository's own clean prose: the extension's interface messages, and README paragraphs of English prose. */
function cleanProse(): { name: string; language: Language; texts: string[] }[] {
  const messages = (language: Language) =>
    Object.values(JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>).map((m) => m.message.replace(/\$\w+\$/g, ''));
  const readme = readFileSync('README.md', 'utf8')
    .split(/```[\s\S]*?```/)
    .join('\n')
    .split(/\n\s*\n/)
    // Prose only: no Cyrillic (its examples show slips on purpose), no tables, headings, code or quoted examples.
    .filter((paragraph) => !/[\u0400-\u04ff|`#"“]/.test(paragraph) && /^[A-Z]/.test(paragraph.trim()));
  return [
    { name: 'ru interface messages (public/_locales/ru)', language: 'ru', texts: messages('ru') },
    { name: 'en interface messages (public/_locales/en)', language: 'en', texts: messages('en') },
    { name: 'en README prose paragraphs', language: 'en', texts: readme },
  ];
}

async function falseAlarms() {
  console.log('\nFalse alarms on clean prose (findings per 1,000 words)');
  for (const { name, language, texts } of cleanProse()) {
    const wordCount = texts.reduce((sum, text) => sum + words(text, language).length, 0);
    const counts = { spelling: 0, grammar: 0 };
    for (const text of texts) {
      const material = materialFromText(text, { id: 's1', kind: 'text', location: 'prose' }, language);
      const report = await checkMaterials([material], { format: 'sverka.profile/1', name: 'Sverka', languages: [language] }, { only: ['spelling', 'grammar'], spellChecker: checker });
      for (const finding of report.findings) if (finding.check === 'spelling' || finding.check === 'grammar') counts[finding.check]++;
    }
    const rate = (n: number) => ((1000 * n) / Math.max(1, wordCount)).toFixed(2);
    console.log(`  ${name.padEnd(44)} ${wordCount} words: spelling ${counts.spelling} (${rate(counts.spelling)}), grammar ${counts.grammar} (${rate(counts.grammar)})`);
  }
}

async function fixtures() {
  console.log('\nLanguage fixtures (tests/fixtures/language/*.tsv): lines that pass');
  const byFile = new Map<string, [number, number]>();
  for (const fixture of languageFixtures()) {
    const material = materialFromText(fixture.text, { id: 's1', kind: 'text', location: 't.txt' }, fixture.language);
    const report = await checkMaterials([material], { format: 'sverka.profile/1', name: 'Fixture', languages: [fixture.language] }, { only: [fixture.check], spellChecker: checker });
    const hit = fixture.span && report.findings.find((f) => (f.location?.start ?? -1) < fixture.span!.end && (f.location?.end ?? -1) > fixture.span!.start);
    const passes = fixture.expect === 'silent' ? report.findings.length === 0 : hit !== undefined && (!fixture.fix || hit.suggestion === fixture.fix);
    const [pass, all] = byFile.get(fixture.file) ?? [0, 0];
    byFile.set(fixture.file, [pass + (passes ? 1 : 0), all + 1]);
  }
  for (const [file, [pass, all]] of byFile) console.log(`  ${file.padEnd(30)} ${pass}/${all} (${percent(pass / all)})`);
}

/** Sections by name; `npm run bench:language -- ruspellru norvig` runs only those. */
const SECTIONS: Record<string, () => Promise<void>> = { ruspellru: ruSpellRu, koziev: kozievPairs, norvig, prose: falseAlarms, fixtures };
const chosen = process.argv.slice(2).filter((name) => Object.hasOwn(SECTIONS, name));
for (const [name, section] of Object.entries(SECTIONS)) if (chosen.length === 0 || chosen.includes(name)) await section();
