/**
 * npm run bench [-- --runs N] [--quick] [--only startup,engine,pages,site,pdf,ocr,extension]
 *
 * Sverka's speed as CPU time (what other processes on a shared machine cannot steal), medians of
 * N runs, each figure next to a floor measured in the same loop: `node -e 0` for start-up, an
 * Intl.Segmenter word pass over the same text for the engine, pdftotext and native Tesseract for
 * PDF and OCR. The extension is timed in wall time, the user's truth. Ends with the issues #14 and #18
 * budgets and whether each holds; a budget that does not hold is reported, never an exit status.
 * Progress goes to standard error, the tables to standard output.
 */
import { join } from 'node:path';
import {
  cliEntries,
  FLYER,
  measureCliCrawl,
  measureCliPages,
  measureRead,
  measureSiteRun,
  measureStartup,
  pdftotext,
  startSiteServer,
  tesseract,
  writePdf,
  type CliPagesResult,
  type ReadResult,
  type SiteRun,
  type StartupResult,
} from './commands';
import { factScalingRatio, measurePages, measureSize, nameLookupRatio, warmUp, type PagesResult, type SizeResult } from './engine';
import { extensionBuiltAt, extensionUnavailable, measureExtension, type ClickResult } from './extension';
import { ROOT, runNode } from './measure';
import { linearity, mb, median, ms, ratio, table, times } from './stats';
import { DEFAULT_CONCURRENCY, DEFAULT_DELAY_MS } from '../engine/site/crawl';

const SECTIONS = ['startup', 'engine', 'pages', 'site', 'pdf', 'ocr', 'extension'] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  runs: number;
  quick: boolean;
  only: Set<Section>;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { runs: 3, quick: false, only: new Set(SECTIONS) };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.includes('=') ? argv[i]!.split('=', 2) : [argv[i]!, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--quick') options.quick = true;
    else if (flag === '--runs') {
      options.runs = Number(value());
      runsGiven = true;
      if (!Number.isSafeInteger(options.runs) || options.runs < 1) throw new Error('--runs expects a whole number above 0');
    } else if (flag === '--only') {
      const names = (value() ?? '').split(',').filter(Boolean);
      const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
      if (names.length === 0 || unknown.length) throw new Error(`--only expects some of ${SECTIONS.join(', ')}${unknown.length ? `, not "${unknown.join(', ')}"` : ''}`);
      options.only = new Set(names as Section[]);
    } else throw new Error(`unknown option "${flag}": expected --runs N, --quick or --only ${SECTIONS.join(',')}`);
  }
  if (options.quick && !runsGiven) options.runs = 1;
  return options;
}

const options = parseOptions(process.argv.slice(2));
const sizes = options.quick ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000];
const pageCounts = options.quick ? [1, 100] : [1, 100, 1_000];
const extensionSizes = options.quick ? [1_000, 10_000] : [1_000, 10_000, 50_000];
const WORDS_PER_PAGE = 50;
const SITE_PAGES = 200;
const runsText = (n: number) => (n === 1 ? '1 run' : `median of ${n} runs`);
const count = (n: number) => n.toLocaleString('en-US');
const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);
const print = (text = '') => process.stdout.write(`${text}\n`);

/** One budget line: what the issue asks, what was measured, and whether it holds (null: not measured this run). */
interface Budget {
  what: string;
  limit: string;
  measured: string;
  holds: boolean | null;
}
const budgets: Budget[] = [];
const budget = (what: string, limit: string, figure: number, max: number, shown: string) =>
  budgets.push({ what, limit, measured: Number.isFinite(figure) ? shown : 'not measured', holds: Number.isFinite(figure) ? figure <= max : null });

print(`Sverka bench · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · node ${process.version} · ${runsText(options.runs)}${options.quick ? ' · --quick' : ''}`);
print('CPU time in ms (user + system, all threads and child processes); × = times the floor measured in the same loop.');

function startupSection(): StartupResult {
  progress('CLI start-up: a one-line check next to node -e 0');
  const result = measureStartup(Math.max(options.runs, 3));
  const floor = result.floor.cpuMs;
  print(`\nCLI start-up: a one-line check (${runsText(Math.max(options.runs, 3))})`);
  print(
    table(
      ['command', 'CPU ms', '× node -e 0', 'peak MB', 'wall ms'],
      [
        ['node -e 0 (floor)', ms(floor), times(1), mb(result.floor.peakMb), ms(result.floor.wallMs)],
        ...result.entries.map(({ entry, usage }) => [entry.label, ms(usage.cpuMs), times(ratio(usage.cpuMs, floor)), mb(usage.peakMb), ms(usage.wallMs)]),
      ],
    ),
  );
  const npm = result.entries.find(({ entry }) => entry.viaNpm)!.usage;
  budget('one-line check, npm run -s sverka: CPU', '≤ 500 ms', npm.cpuMs, 500, `${ms(npm.cpuMs)} ms`);
  // The issue's 500 ms was 7.3 × `node -e 0` on the machine it was written on: the same budget on any machine.
  budget('  the same, as a ratio to node -e 0', '≤ 7.3×', ratio(npm.cpuMs, floor), 7.3, times(ratio(npm.cpuMs, floor)));
  budget('one-line check, npm run -s sverka: memory', '≤ 150 MB', npm.peakMb, 150, `${mb(npm.peakMb)} MB`);
  return result;
}

async function engineSection(): Promise<void> {
  progress('engine: loading the dictionaries');
  await warmUp();
  const rows: SizeResult[] = [];
  for (const words of sizes.filter((w) => w < 1_000_000)) {
    progress(`engine: ${count(words)} words`);
    rows.push(await measureSize(words, options.runs));
  }
  let million: (SizeResult & { peakMb: number }) | null = null;
  if (sizes.includes(1_000_000)) {
    progress('engine: 1,000,000 words in a process of its own (one run: minutes on a slow engine)');
    million = JSON.parse(runNode(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/probe.ts'), 'engine', '1000000']).stdout);
  }
  print(`\nEngine: checkMaterials in one process (${runsText(options.runs)}; 1M words: 1 run in a new process, for its peak memory)`);
  print('floor: an Intl.Segmenter word pass over the same blocks; first check: text the engine has not seen; re-check: the same material again');
  print(
    table(
      ['words', 'floor ms', 'first check ms', '× floor', 're-check ms', '× floor', 'ms per 1k words', 'findings', 'peak MB'],
      [...rows, ...(million ? [million] : [])].map((r) => [
        count(r.words),
        ms(r.floorMs),
        ms(r.firstMs),
        times(ratio(r.firstMs, r.floorMs)),
        ms(r.againMs),
        times(ratio(r.againMs, r.floorMs)),
        ms((r.firstMs / r.words) * 1000),
        count(r.findings),
        r === million ? mb(million.peakMb) : '—',
      ]),
    ),
  );
  const reference = rows.find((r) => r.words === 10_000);
  const line =
    million && reference
      ? linearity([
          { words: reference.words, ms: reference.firstMs },
          { words: million.words, ms: million.firstMs },
        ])
      : NaN;
  if (million) print(`linearity: CPU per word at 1M ÷ at 10k = ${Number.isFinite(line) ? line.toFixed(2) : '—'} (1.00 is linear)`);
  print(`name look-ups, 10,000 names ÷ 100 names: ${(await nameLookupRatio(options.runs)).toFixed(2)} (100 would be a scan of every name)`);
  print(`a short page against 2,000 facts ÷ against 500: ${(await factScalingRatio(options.runs)).toFixed(2)} (4 grows with the facts, 16 compares each with each)`);
  const at100k = rows.find((r) => r.words === 100_000);
  budget('engine on 100k words', '≤ 4× segmenter', at100k ? ratio(at100k.firstMs, at100k.floorMs) : NaN, 4, at100k ? times(ratio(at100k.firstMs, at100k.floorMs)) : '');
  budget('engine on 1M words: linear (per word ÷ at 10k)', '≤ 1.25', line, 1.25, line.toFixed(2));
  budget('engine on 1M words: peak memory', '≤ 500 MB', million?.peakMb ?? NaN, 500, `${mb(million?.peakMb ?? NaN)} MB`);
}

async function pagesSection(): Promise<void> {
  if (!options.only.has('engine')) {
    progress('pages: loading the dictionaries');
    await warmUp();
  }
  const engine: PagesResult[] = [];
  const cli: CliPagesResult[] = [];
  for (const pages of pageCounts) {
    const some = `${count(pages)} page${pages === 1 ? '' : 's'}`;
    progress(`pages: ${some} of ${WORDS_PER_PAGE} words, engine API`);
    engine.push(await measurePages(pages, WORDS_PER_PAGE, options.runs));
    progress(`pages: ${some} of ${WORDS_PER_PAGE} words as files of one CLI call`);
    cli.push(measureCliPages(pages, WORDS_PER_PAGE, options.runs));
  }
  // One page against one page of the same words has no overhead to find, only noise.
  const overhead = (manyMs: number, oneMs: number, pages: number) => (pages > 1 ? (manyMs - oneMs) / pages : NaN);
  print(`\nMany small pages in one call (${WORDS_PER_PAGE} words each, ${runsText(options.runs)})`);
  print('overhead per page: (CPU of the pages − CPU of one page holding all their words) ÷ pages; CLI: npm run -s sverka with every file in one call');
  print(
    table(
      ['pages', 'engine CPU ms', 'engine per-page overhead ms', 'CLI CPU ms', 'CLI per-page overhead ms', 'CLI peak MB'],
      pageCounts.map((pages, i) => [
        count(pages),
        ms(engine[i]!.pagesMs),
        ms(overhead(engine[i]!.pagesMs, engine[i]!.oneMs, pages)),
        ms(cli[i]!.many.cpuMs),
        ms(overhead(cli[i]!.many.cpuMs, cli[i]!.one.cpuMs, pages)),
        mb(cli[i]!.many.peakMb),
      ]),
    ),
  );
  const single = cli[0]!;
  const largest = cli[cli.length - 1]!;
  print(`${count(largest.pages)} pages as ${count(largest.pages)} calls ≈ ${((largest.pages * single.many.cpuMs) / 1000).toFixed(0)} s CPU; in one call ${(largest.many.cpuMs / 1000).toFixed(1)} s`);
  const thousand = cli.find((r) => r.pages === 1_000);
  budget('1,000 small pages in one CLI call: CPU', '≤ 10 s', thousand?.many.cpuMs ?? NaN, 10_000, `${((thousand?.many.cpuMs ?? NaN) / 1000).toFixed(1)} s`);
  const perPage = thousand ? overhead(thousand.many.cpuMs, thousand.one.cpuMs, thousand.pages) : NaN;
  budget('  per-page overhead', '≤ 5 ms', perPage, 5, `${ms(perPage)} ms`);
}

async function siteSection(): Promise<void> {
  progress(`site: a ${SITE_PAGES}-page local site crawled and checked, ${runsText(options.runs)}${options.quick ? '' : ', then once by the CLI as shipped (about a minute)'}`);
  const site = await startSiteServer(SITE_PAGES, 1);
  let runs: SiteRun[];
  let cli: ReturnType<typeof measureCliCrawl> | null = null;
  try {
    runs = Array.from({ length: options.runs }, () => measureSiteRun(site.origin, SITE_PAGES));
    if (!options.quick) cli = measureCliCrawl(site.origin, SITE_PAGES);
  } finally {
    site.close();
  }
  const of = (figure: (run: SiteRun) => number) => median(runs.map(figure));
  const [floor, crawl, wall] = [of((r) => r.floorMs), of((r) => r.crawlMs), of((r) => r.wallMs)];
  print(`\nWhole site: ${count(SITE_PAGES)} generated pages (300–600 words of Russian each in one template: menu, footer with address, phone and hours) from 127.0.0.1 (${runsText(options.runs)})`);
  print("in-process: engine/site/site-check.ts with Node's fetch and readers, as crawl runs it, in a process of its own, without the polite delay between requests");
  print("floor: every page fetched once with Node's fetch and its words found by Intl.Segmenter, in the same process");
  print(
    table(
      ['pages', 'floor CPU ms', 'crawl CPU ms', '× floor', 'CPU ms per page', 'floor per page', 'wall s', 'findings', 'peak MB'],
      [[count(SITE_PAGES), ms(floor), ms(crawl), times(ratio(crawl, floor)), ms(crawl / SITE_PAGES), ms(floor / SITE_PAGES), (wall / 1000).toFixed(1), count(of((r) => r.findings)), mb(of((r) => r.peakMb))]],
    ),
  );
  const points = runs[0]!.samples.map((sample, i) => ({ pages: sample.pages, heapMb: of((r) => r.samples[i]!.heapMb), rssMb: of((r) => r.samples[i]!.rssMb) }));
  print('memory as the pages are checked: retained after a garbage collection (median of the runs at each point)');
  print(
    table(
      ['after pages', 'heap MB', 'RSS MB'],
      points.map((point) => [count(point.pages), mb(point.heapMb), mb(point.rssMb)]),
    ),
  );
  const [at50, last] = [points.find((point) => point.pages === 50), points[points.length - 1]!];
  const growth = at50 ? (last.heapMb - at50.heapMb) / (last.pages - at50.pages) : NaN;
  print(`heap growth per page after the first 50: ${growth.toFixed(2)} MB`);
  if (cli) {
    print(`crawl as shipped: npm run -s sverka -- crawl, ${DEFAULT_DELAY_MS} ms between requests, ${DEFAULT_CONCURRENCY} at a time (1 run; the delay alone is ${((SITE_PAGES * DEFAULT_DELAY_MS) / 1000).toFixed(0)} s)`);
    print(table(['pages', 'CPU ms', 'CPU ms per page', 'wall s', 'peak MB'], [[count(SITE_PAGES), ms(cli.cpuMs), ms(cli.cpuMs / SITE_PAGES), (cli.wallMs / 1000).toFixed(1), mb(cli.peakMb)]]));
  }
  budget(`${count(SITE_PAGES)}-page local site crawled and checked: wall time`, '≤ 60 s', wall / 1000, 60, `${(wall / 1000).toFixed(1)} s`);
  budget('  the same by the CLI as shipped, its polite delay included', '≤ 60 s', (cli?.wallMs ?? NaN) / 1000, 60, `${((cli?.wallMs ?? NaN) / 1000).toFixed(1)} s`);
  budget(`  memory flat: heap after ${count(SITE_PAGES)} pages ÷ after 50`, '≤ 1.25', ratio(last.heapMb, at50?.heapMb ?? NaN), 1.25, ratio(last.heapMb, at50?.heapMb ?? NaN).toFixed(2));
}

function readRow(label: string, result: ReadResult, floorName: string): string[] {
  const floor = result.floor?.cpuMs ?? NaN;
  return [label, ms(result.coldMs), ms(result.warmMs), result.floor ? `${floorName} ${ms(floor)}` : 'floor not installed', times(ratio(result.warmMs, floor)), times(ratio(result.coldMs, floor)), mb(result.peakMb)];
}

const READ_HEADER = ['material', 'first read ms', 'again ms', 'native tool CPU ms', 'again × native', 'first × native', 'peak MB'];

async function pdfSection(): Promise<void> {
  progress('PDF: a 24-page brochure, first read in a new process and again, next to pdftotext');
  const file = await writePdf(24);
  const floor = pdftotext(file);
  if (!floor) print('\npdftotext: floor not installed (apt-get install poppler-utils time); the PDF is measured without its ratio');
  const result = await measureRead(file, options.runs, floor);
  print(`\nPDF: 24 pages, ${count(result.words)} words, read as the CLI reads it (${runsText(options.runs)})`);
  print("first read: in a new process after the CLI's own start-up (a one-line text read first), so it is what a PDF adds; again: the same file in the same process");
  print(table(READ_HEADER, [readRow('PDF, 24 pages', result, 'pdftotext')]));
  budget('PDF of 24 pages, warm', '≤ 3× pdftotext', ratio(result.warmMs, result.floor?.cpuMs ?? NaN), 3, times(ratio(result.warmMs, result.floor?.cpuMs ?? NaN)));
  budget('PDF of 24 pages, cold load (first read)', '≤ 500 ms', result.coldMs, 500, `${ms(result.coldMs)} ms`);
}

async function ocrSection(): Promise<void> {
  progress('OCR: demo/flyer.png, first read in a new process and again, next to native tesseract');
  const floor = tesseract(FLYER);
  if (!floor) print('\ntesseract: floor not installed (apt-get install tesseract-ocr tesseract-ocr-rus time); OCR is measured without its ratio');
  const result = await measureRead(FLYER, options.runs, floor);
  print(`\nOCR: demo/flyer.png, rus+eng (${runsText(options.runs)}; native tesseract on one thread as tesseract.js runs, its start-up included)`);
  print("first read: in a new process after the CLI's own start-up, so it starts the OCR engine; again: after start-up, the budget's figure");
  print(table(READ_HEADER, [readRow('flyer.png', result, 'tesseract')]));
  budget('OCR of the flyer after start-up', '≤ 2× tesseract', ratio(result.warmMs, result.floor?.cpuMs ?? NaN), 2, times(ratio(result.warmMs, result.floor?.cpuMs ?? NaN)));
}

async function extensionSection(): Promise<void> {
  const missing = extensionUnavailable();
  if (missing) {
    print(`\nExtension: skipped, ${missing}`);
    budget('extension, click to first findings shown at 10,000 words', '≤ 300 ms', NaN, 300, '');
    budget('extension, click to first findings shown at 50,000 words', '≤ 1 s', NaN, 1000, '');
    return;
  }
  progress(`extension: click to findings at ${extensionSizes.map(count).join(' / ')} words in headless Chromium`);
  const results: ClickResult[] = await measureExtension(extensionSizes, options.runs);
  print(`\nExtension: "Check this page" to findings shown, wall time in the panel (${runsText(options.runs)}; build of ${extensionBuiltAt().toISOString().slice(0, 16).replace('T', ' ')})`);
  print('new panel: the panel just opened (its spell checker starts with this check); warm panel: one earlier check of a selection, the page still new to it');
  const cell = (value: number, timedOut: number) => `${ms(value)}${timedOut ? ` (${timedOut} timed out)` : ''}`;
  print(
    table(
      ['words', 'new panel: first findings shown ms', 'new panel: all shown ms', 'warm panel: first findings shown ms', 'warm panel: all shown ms', 'findings shown'],
      results.map((r) => [count(r.words), ms(r.newPanel.firstMs), cell(r.newPanel.doneMs, r.newPanel.timedOut), ms(r.warmPanel.firstMs), cell(r.warmPanel.doneMs, r.warmPanel.timedOut), count(r.findings)]),
    ),
  );
  // The budget is judged on the first findings shown, the moment the user has something to read;
  // all findings shown is printed beside it, so neither hides behind the other.
  const warm = (words: number) => results.find((r) => r.words === words)?.warmPanel;
  for (const [words, limit, limitText] of [
    [10_000, 300, '≤ 300 ms'],
    [50_000, 1000, '≤ 1 s'],
  ] as const) {
    const timing = warm(words);
    const first = timing?.firstMs ?? NaN;
    budget(`extension, click to first findings shown at ${count(words)} words (warm panel)`, limitText, first, limit, `${ms(first)} ms (all shown: ${ms(timing?.doneMs ?? NaN)} ms)`);
  }
}

const started = performance.now();
if (options.only.has('startup')) startupSection();
if (options.only.has('engine')) await engineSection();
if (options.only.has('pages')) await pagesSection();
if (options.only.has('site')) await siteSection();
if (options.only.has('pdf')) await pdfSection();
if (options.only.has('ocr')) await ocrSection();
if (options.only.has('extension')) await extensionSection();

if (budgets.length) {
  print('\nBudgets (issues #14 and #18): a benchmark, not a test; a budget that does not hold is reported here, not as an exit status');
  print(
    table(
      ['budget', 'limit', 'measured', 'holds'],
      budgets.map((b) => [b.what, b.limit, b.measured, b.holds === null ? '—' : b.holds ? 'yes' : 'NO']),
    ),
  );
}
print(
  `\n(${((performance.now() - started) / 60_000).toFixed(1)} min; CLI entries measured: ${cliEntries()
    .map((e) => e.label)
    .join('; ')})`,
);
