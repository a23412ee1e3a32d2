/**
 * What a user runs: the CLI's start-up and its many-pages call, a PDF and an image read as the
 * CLI reads them, each against a floor of the same kind measured in the same loop.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { nodeBuildOptions, PDFJS } from '../scripts/cli-libraries.mjs';
import { CommandFailed, hasGnuTime, ROOT, runNative, runNode, type Usage } from './measure';
import { median } from './stats';
import { pageHtml, paragraphs, PROFILE } from './text';

const work = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
export const PROFILE_FILE = join(work, 'profile.json');
writeFileSync(PROFILE_FILE, JSON.stringify(PROFILE));
const ONE_LINE = join(work, 'one-line.txt');
writeFileSync(ONE_LINE, 'Работаем ежедневно с 8:00 до 21:00, приём терапевта — от 1 900 ₽.\n');

const BUNDLE = join(ROOT, 'dist/cli/sverka.mjs');
const NATIVE_PDFTOTEXT = '/usr/bin/pdftotext';
const NATIVE_TESSERACT = '/usr/bin/tesseract';

export interface Median {
  cpuMs: number;
  peakMb: number;
  wallMs: number;
}
const medianOf = (samples: Usage[]): Median => ({ cpuMs: median(samples.map((s) => s.cpuMs)), peakMb: median(samples.map((s) => s.peakMb)), wallMs: median(samples.map((s) => s.wallMs)) });

/** A way to start the CLI: the label printed, and the command with the arguments before `check …`. */
export interface CliEntry {
  label: string;
  command: string;
  args: string[];
  /** The entry the budget is about: what `npm run -s sverka` runs. */
  viaNpm?: boolean;
}

/**
 * Whatever `npm run -s sverka` runs, the built bundle when there is one, and the TypeScript
 * source through tsx when a sverka or sverka:src script runs it so.
 */
export function cliEntries(): CliEntry[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string | undefined> };
  const script = scripts.sverka ?? '';
  const entries: CliEntry[] = [{ label: `npm run -s sverka (${script})`, command: 'npm', args: ['run', '-s', 'sverka', '--'], viaNpm: true }];
  if (existsSync(BUNDLE)) entries.push({ label: 'node dist/cli/sverka.mjs', command: process.execPath, args: [BUNDLE] });
  const source = [script, scripts['sverka:src']].map((s) => /^tsx (\S+\.ts)$/.exec(s?.trim() ?? '')?.[1]).find(Boolean);
  if (source) entries.push({ label: `node --import tsx ${source}`, command: process.execPath, args: ['--import', 'tsx', join(ROOT, source)] });
  return entries;
}

/** A check through one entry; an entry that prints no report has not checked anything, and its figure would lie. */
function cliCheck(entry: CliEntry, files: string[]): Usage {
  const result = runNode(entry.command, [...entry.args, 'check', ...files, '--profile', PROFILE_FILE, '--format', 'json']);
  if (!result.stdout.includes('"findings"')) throw new CommandFailed(`${entry.label}: printed no report for ${files.length} file(s)`);
  return result;
}

export interface StartupResult {
  floor: Median;
  entries: { entry: CliEntry; usage: Median }[];
}

/** A one-line check through each entry, each run next to a `node -e 0`. */
export function measureStartup(runs: number): StartupResult {
  const entries = cliEntries();
  const floor: Usage[] = [];
  const samples = entries.map(() => [] as Usage[]);
  for (let i = 0; i < runs; i++) {
    floor.push(runNode(process.execPath, ['-e', '0']));
    entries.forEach((entry, e) => samples[e]!.push(cliCheck(entry, [ONE_LINE])));
  }
  return { floor: medianOf(floor), entries: entries.map((entry, e) => ({ entry, usage: medianOf(samples[e]!) })) };
}

export interface CliPagesResult {
  pages: number;
  wordsPerPage: number;
  /** All pages as files of one call. */
  many: Median;
  /** The same words as one file. */
  one: Median;
}

let fileSeed = 10_000_000;
function writePages(pages: number, wordsPerPage: number): { files: string[]; single: string } {
  const dir = mkdtempSync(join(work, `pages-${pages}-`));
  const files = Array.from({ length: pages }, (_, p) => {
    const file = join(dir, `page-${p + 1}.html`);
    writeFileSync(file, pageHtml(paragraphs(wordsPerPage, fileSeed++), `Страница ${p + 1}`));
    return file;
  });
  const single = join(dir, 'all.html');
  writeFileSync(single, pageHtml(Array.from({ length: pages }, () => paragraphs(wordsPerPage, fileSeed++)).flat()));
  return { files, single };
}

/** Many page files in one CLI call against one file of the same words, through `npm run -s sverka`. */
export function measureCliPages(pages: number, wordsPerPage: number, runs: number): CliPagesResult {
  const entry = cliEntries()[0]!;
  const { files, single } = writePages(pages, wordsPerPage);
  const many: Usage[] = [];
  const one: Usage[] = [];
  for (let i = 0; i < runs; i++) {
    many.push(cliCheck(entry, files));
    one.push(cliCheck(entry, [single]));
  }
  return { pages, wordsPerPage, many: medianOf(many), one: medianOf(one) };
}

/** A brochure of `pages` pages of English business text (pdf-lib's standard fonts have no Cyrillic). */
export async function writePdf(pages: number): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([595, 842]);
    let y = 800;
    for (const paragraph of paragraphs(330, 20_000 + p, 'en')) {
      const words = paragraph.split(' ');
      let line = '';
      for (const word of words) {
        if (font.widthOfTextAtSize(`${line} ${word}`, 10) > 500) {
          page.drawText(line, { x: 48, y, size: 10, font });
          y -= 13;
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      page.drawText(line, { x: 48, y, size: 10, font });
      y -= 20;
    }
  }
  const file = join(work, `brochure-${pages}.pdf`);
  writeFileSync(file, await pdf.save());
  return file;
}

export interface ReadResult {
  /** First read of the file in a new process whose CLI start-up is done: the reader started, the file read. */
  coldMs: number;
  /** The same file again in the same process. */
  warmMs: number;
  words: number;
  peakMb: number;
  /** The native tool on the same file, a new process each time; null when it is not installed. */
  floor: Median | null;
}

/**
 * The probe built as the CLI is built (plain JavaScript, libraries from node_modules but pdf.js,
 * built in as the CLI has it), inside the package so it finds public/: run through tsx, a first
 * PDF read also paid for transpiling. Split as the CLI is, so pdf.js loads with the first PDF
 * and its compiling counts in the first read, not in the probe's start.
 */
let builtProbe: string | undefined;
async function probe(): Promise<string> {
  if (builtProbe) return builtProbe;
  const outdir = join(ROOT, 'dist/bench');
  await build({ ...nodeBuildOptions(new Set(PDFJS)), entryPoints: { probe: join(ROOT, 'bench/probe.ts') }, outdir });
  return (builtProbe = join(outdir, 'probe.mjs'));
}

/** A file read as the CLI reads it, in a new process each run, next to a native tool on the same file. */
export async function measureRead(file: string, runs: number, native: { path: string; args: string[]; repeat: number; env?: NodeJS.ProcessEnv } | null): Promise<ReadResult> {
  const probeFile = await probe();
  const floor: Usage[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  let words = 0;
  let peakMb = 0;
  for (let i = 0; i < runs; i++) {
    if (native) floor.push(runNative(native.path, native.args, native.repeat, native.env));
    const probe = JSON.parse(runNode(process.execPath, [probeFile, 'read', file, '3']).stdout) as { coldMs: number; warmMs: number[]; words: number; peakMb: number };
    cold.push(probe.coldMs);
    warm.push(median(probe.warmMs));
    words = probe.words;
    peakMb = Math.max(peakMb, probe.peakMb);
  }
  return { coldMs: median(cold), warmMs: median(warm), words, peakMb, floor: native ? medianOf(floor) : null };
}

export const pdftotext = (file: string) => (hasGnuTime() && existsSync(NATIVE_PDFTOTEXT) ? { path: NATIVE_PDFTOTEXT, args: [file, '-'], repeat: 5 } : null);

/** Native Tesseract on one thread, as tesseract.js runs: OpenMP's spinning threads would add CPU that does no work. */
export const tesseract = (file: string) => (hasGnuTime() && existsSync(NATIVE_TESSERACT) ? { path: NATIVE_TESSERACT, args: [file, 'stdout', '-l', 'rus+eng'], repeat: 1, env: { OMP_THREAD_LIMIT: '1' } } : null);

export const FLYER = join(ROOT, 'demo/flyer.png');

/** The bench's generated site served by a process of its own (bench/site-server.ts) until `close`. */
export async function startSiteServer(pages: number, seed: number): Promise<{ origin: string; close: () => void }> {
  const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/site-server.ts'), String(pages), String(seed)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const started = new Promise<string>((resolve, reject) => {
    server.once('exit', (code) => reject(new CommandFailed(`bench/site-server.ts exited (${code}) before serving`)));
    createInterface({ input: server.stdout! }).once('line', resolve);
  });
  return { origin: await started, close: () => server.kill() };
}

export interface SiteRun {
  pages: number;
  /** Every page fetched with Node's fetch and its words found by Intl.Segmenter, in the same process. */
  floorMs: number;
  crawlMs: number;
  wallMs: number;
  findings: number;
  /** Retained memory after every 50 pages, garbage collected first. */
  samples: { pages: number; heapMb: number; rssMb: number }[];
  peakMb: number;
}

/** The site crawled and checked in a process of its own (bench/probe.ts site), without the polite delay. */
export function measureSiteRun(origin: string, pages: number): SiteRun {
  return JSON.parse(runNode(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench/probe.ts'), 'site', origin, String(pages)]).stdout) as SiteRun;
}

/**
 * `crawl` as shipped, through `npm run -s sverka`, its polite delay between requests included,
 * with a cache of Hunspell's verdicts of its own: a first crawl of the site.
 */
export function measureCliCrawl(origin: string, pages: number): Usage {
  const entry = cliEntries()[0]!;
  const cache = mkdtempSync(join(work, 'cache-'));
  const result = runNode(entry.command, [...entry.args, 'crawl', `${origin}/`, '--profile', PROFILE_FILE, '--format', 'json', '--fail-on', 'never', '--max-pages', String(pages)], { XDG_CACHE_HOME: cache });
  const checked = (JSON.parse(result.stdout) as { sources: unknown[] }).sources.length;
  if (checked !== pages) throw new CommandFailed(`${entry.label} crawl: ${checked} of ${pages} pages checked`);
  return result;
}
