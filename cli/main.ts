import { readFile, stat } from 'node:fs/promises';
import { errorDetail, problemOf, type MaterialProblem } from '../engine/material/errors';
import { explanationLines } from '../engine/material/problem-words';
import { unreadableMaterial } from '../engine/material/load';
import { explainSourceError, sourceNotes, withError } from '../engine/material/source-problems';
import { readingWarning } from '../engine/material/reading-quality';
import type { Material } from '../engine/material/types';
import { rememberedVerdicts } from './spelling/node-verdicts';
import { locationChoiceProblem } from '../engine/profile/locations';
import { formatProblems, parseProfileBytes, profileTooLarge, withKnownRules } from '../engine/profile/validate';
import type { Language, Profile } from '../engine/profile/types';
import type { Report } from '../engine/report/types';
import { parseReport, ReportRefusal } from '../engine/report/parse';
import type { BaselineComparison } from '../engine/report/baseline';
import { HELP, parseArgs, UsageError, type Command, type FailOn, type Format } from './args';
import type { CrawlProgress } from '../engine/site/crawl';
import { secondsLeft } from '../engine/site/time-left';
import type { CrawlReport } from '../engine/site/merge';
import { readMaterial } from './load-material';
import { reportText } from './report-file';
import { withinBoundary } from './fault-boundary';
import { closeOcr } from './node-environment';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty?: boolean;
  /** Whether standard error is a terminal: progress is then one line rewritten in place. */
  stderrTty?: boolean;
  /** The language problems are told in; English when not given. */
  language?: Language;
}

/** The reader's language, as the locale of the terminal says it (LC_ALL, then LC_MESSAGES, then LANG). */
export function terminalLanguage(env: Record<string, string | undefined>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ru\b|^ru_/i.test(locale) ? 'ru' : 'en';
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: process.stdout.isTTY === true,
  stderrTty: process.stderr.isTTY === true,
  language: terminalLanguage(process.env),
};

/** What is wrong with a material, what to do about it and the library's words, on lines of their own. */
function reportMaterial(material: Material, io: Io): void {
  const language = io.language ?? 'en';
  const { location } = material.source;
  const explained = explainSourceError(material.source, language);
  if (explained)
    io.stderr(
      explanationLines(explained, language)
        .map((line, i) => (i === 0 ? `sverka: ${line}\n` : `${line}\n`))
        .join(''),
    );
  for (const note of sourceNotes(material.source, language)) io.stderr(`sverka: ${location}: ${note}\n`);
  const poorReading = readingWarning(material.source.reading, language);
  if (poorReading) io.stderr(`sverka: ${location}: ${poorReading}\n`);
}

class ProfileError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** The profile file, sized before it is read and decoded as its bytes say; a guessed encoding is warned of. */
async function readProfile(path: string, io: Io): Promise<Profile> {
  let bytes: Uint8Array;
  try {
    const tooLarge = profileTooLarge((await stat(path)).size);
    if (tooLarge) throw new ProfileError(formatProblems([tooLarge], path));
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ProfileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ProfileError([`${path}: ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}`]);
  }
  const result = await withKnownRules(parseProfileBytes(bytes));
  if (!result.ok) throw new ProfileError(formatProblems(result.problems, path));
  for (const warning of result.warnings ?? []) io.stderr(`sverka: ${path}: ${warning}\n`);
  return result.profile;
}

/** `--baseline FILE` read and held against the report: what the output adds and the status may fail on. */
interface Baseline {
  file: string;
  report: Report;
}

/** The baseline report, read before anything is checked; a ReportRefusal names the file and what is wrong. */
async function readBaseline(file: string | undefined): Promise<Baseline | undefined> {
  if (file === undefined) return undefined;
  return { file, report: parseReport(await reportText(file), file) };
}

/**
 * The renderers load with the report: they name the checks, and the checks are the engine. JSON
 * carries the service-level score (and the comparison with a baseline) as extra fields; text and
 * Markdown end with the comparison.
 */
export async function render(report: Report, format: Format, materials: Material[], colour: boolean, comparison?: Compared): Promise<string> {
  switch (format) {
    case 'json': {
      const { scoreOf } = await import('../engine/report/score');
      const withScore = { ...report, score: scoreOf(report), ...(comparison ? { baseline: { fixed: comparison.fixed, new: comparison.new, scoreChange: comparison.scoreChange } } : {}) };
      return (await import('../engine/report/to-json')).toJson(withScore);
    }
    case 'markdown': {
      const markdown = (await import('../engine/report/to-markdown')).toMarkdown(report);
      return comparison ? `${markdown}\n${(await import('../engine/report/baseline')).baselineMarkdown(comparison, report, comparison.file)}` : markdown;
    }
    case 'html':
      return (await import('../engine/report/to-html')).toHtml(report, materials);
    case 'text': {
      const text = (await import('../engine/report/to-text')).toText(report, { colour, materials });
      return comparison ? `${text}\n${(await import('../engine/report/baseline')).baselineText(comparison, report, comparison.file)}` : text;
    }
  }
}

/** A report held against its baseline: the comparison, the baseline's file, and whether it regressed. */
type Compared = BaselineComparison & { file: string; regression: boolean };

/** The report held against the baseline, when there is one. */
async function compared(report: Report, baseline: Baseline | undefined): Promise<Compared | undefined> {
  if (!baseline) return undefined;
  const { compareWithBaseline, isRegression } = await import('../engine/report/baseline');
  const comparison = compareWithBaseline(baseline.report, report);
  return { ...comparison, file: baseline.file, regression: isRegression(comparison) };
}

/**
 * 2 when a material could not be read, or, unless `allowPoorScans`, was read too poorly to judge.
 * `regression` looks only at the comparison with the baseline: what was already there does not fail.
 */
export function exitStatus(report: Report, failOn: FailOn, allowPoorScans = false, comparison?: Compared): 0 | 1 | 2 {
  if (report.sources.some((source) => source.error || (source.reading?.poor && !allowPoorScans))) return 2;
  if (failOn === 'never') return 0;
  if (failOn === 'regression') return comparison?.regression ? 1 : 0;
  const failing = failOn === 'error' ? report.summary.error : report.summary.error + report.summary.warning;
  return failing > 0 ? 1 : 0;
}

type Checker = (materials: Material[], profile: Profile, location?: string) => Promise<Report>;

/**
 * Checks materials into a report, or, when the checks themselves fail, a report that says no
 * material was checked and why: standard output always carries a whole report, and the status is
 * 2, never 1. The engine and the dictionaries load here, so help and validate start without them;
 * one spell checker serves every call (a crawl checks its pages one by one).
 */
async function reportChecker(io: Io, spellingAnswers?: Map<string, boolean>): Promise<Checker> {
  const [{ checkMaterials }, { createHunspellChecker }, { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology }] = await Promise.all([
    import('../engine/engine'),
    import('../engine/spelling/hunspell'),
    import('./spelling/node-dictionaries'),
  ]);
  let spellChecker: ReturnType<typeof createHunspellChecker> | undefined;
  return async (materials, profile, location) => {
    try {
      spellChecker ??= createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology, spellingAnswers);
      return await checkMaterials(materials, profile, { spellChecker, ...(location ? { location } : {}) });
    } catch (error) {
      io.stderr(`sverka: the checks failed: ${(error as Error).stack ?? error}\n`);
      const detail = errorDetail(error);
      const problem: MaterialProblem = detail ? { code: 'check-failed', detail } : { code: 'check-failed' };
      const unchecked = materials.map((material) => ({ ...material, source: material.source.error ? material.source : withError(material.source, problem), blocks: [] }));
      return checkMaterials(unchecked, profile, { checks: [], extractors: [] });
    }
  };
}

/** "about 40 s left", "about 3 min left": a crawl's estimate, rounded as a person would say it. */
function timeLeftWords(seconds: number | undefined): string {
  if (seconds === undefined || seconds === 0) return '';
  return seconds < 90 ? `, about ${Math.max(5, Math.ceil(seconds / 5) * 5)} s left` : `, about ${Math.round(seconds / 60)} min left`;
}

/** Crawl progress on standard error: one line rewritten on a terminal, else a line every few pages and one at the end. */
function progressReporter(io: Io, maxPages: number): { update: (progress: CrawlProgress) => void; end: () => void } {
  const started = performance.now();
  let last: CrawlProgress | undefined;
  const counts = ({ found, checked, failed }: CrawlProgress) => `sverka: ${found} found, ${checked} checked, ${failed} failed`;
  const line = (progress: CrawlProgress) => `${counts(progress)}${timeLeftWords(secondsLeft(progress, performance.now() - started, maxPages))}`;
  return {
    update(progress) {
      const changed = progress.checked !== last?.checked;
      last = progress;
      if (io.stderrTty) io.stderr(`\r${line(progress)}\x1b[K`);
      else if (changed && progress.checked % PROGRESS_EVERY === 0) io.stderr(`${line(progress)}\n`);
    },
    end() {
      if (last) io.stderr(io.stderrTty ? '\n' : `${counts(last)}\n`);
    },
  };
}

const PROGRESS_EVERY = 10;

/** `crawl`: the site as one report; Ctrl-C (or `signal`) stops the crawl and the pages checked so far are reported. */
async function crawl(command: Extract<Command, { command: 'crawl' }>, profile: Profile, io: Io, options: MainOptions): Promise<number> {
  const baseline = await readBaseline(command.baseline);
  const { crawlReport, exclusionSummary } = await import('./crawl');
  const { crawlOrigin } = await import('../engine/site/merge');
  const remembered = options.rememberSpelling ? await rememberedVerdicts() : undefined;
  const check = await reportChecker(io, remembered?.answers);
  const interrupted = new AbortController();
  const onInterrupt = () => {
    io.stderr('\nsverka: stopped; the report covers the pages checked so far\n');
    interrupted.abort();
  };
  process.once('SIGINT', onInterrupt);
  const progress = progressReporter(io, command.maxPages);
  try {
    const { url, maxPages, include, exclude, shard, limits, language } = command;
    const result = await crawlReport(
      {
        url,
        scope: { maxPages, include, exclude, ...(shard ? { shard } : {}) },
        limits,
        language,
        check: (material) => check([material], profile, command.location),
        signal: options.signal ? AbortSignal.any([options.signal, interrupted.signal]) : interrupted.signal,
        onProgress: progress.update,
      },
      profile,
    );
    progress.end();
    if ('unreachable' in result) {
      io.stderr(`sverka: cannot reach the site: ${result.unreachable}\n`);
      return 2;
    }
    for (const material of result.materials) reportMaterial(material, io);
    const leftOut = exclusionSummary(result.report.excluded);
    if (leftOut) io.stderr(`sverka: ${leftOut}\n`);
    if (result.report.sources.length === 0) io.stderr(`sverka: no page of ${url} was checked\n`);
    // What `merge` needs to put shards together: the site and the profile their pages were held against.
    const report: CrawlReport = { ...result.report, crawl: crawlOrigin(url, profile, shard) };
    const comparison = await compared(report, baseline);
    io.stdout(await render(report, command.format, result.materials, io.isTty === true, comparison));
    await remembered?.save();
    return exitStatus(report, command.failOn, command.allowPoorScans, comparison);
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

/** `merge`: the shard reports as one; a file merge refuses makes the status 2 and is named on standard error. */
async function merge(command: Extract<Command, { command: 'merge' }>, io: Io): Promise<number> {
  const { mergeFiles } = await import('./merge');
  const report = await mergeFiles(command.reports, io);
  if (!report) return 2;
  for (const source of report.sources) reportMaterial({ source, language: report.language ?? 'ru', blocks: [] }, io);
  io.stdout(await render(report, command.format, [], io.isTty === true));
  return exitStatus(report, command.failOn, command.allowPoorScans);
}

/** "ok", and the conflicts a drafted profile still holds for the user to settle. */
function validated(profile: Profile): string {
  const open = profile.conflicts?.length ?? 0;
  if (open === 0) return 'ok\n';
  return `ok; ${open} conflict${open === 1 ? '' : 's'} left to settle: keep one variant of each as a fact in "facts", then remove it from "conflicts"\n`;
}

/** Which location the materials were bound to when their site or contacts chose it, not the user: worth saying, since it decides the facts. */
function boundLocation({ location }: Report): string | null {
  if (!location || location.by === 'choice') return null;
  const why = location.by === 'site' ? 'the URL is on its site' : 'the material names its contacts';
  return `checked against the location "${location.id}" (${location.name}): ${why}; --location ID chooses another`;
}

interface MainOptions {
  rememberSpelling?: boolean;
  /** Stops a crawl as Ctrl-C does (tests). */
  signal?: AbortSignal;
}

/**
 * The command line, with its output injectable so tests run it in-process. Returns the exit
 * status. `rememberSpelling`: Hunspell's verdicts are kept between runs (the `sverka` command).
 */
export async function main(argv: string[], io: Io = processIo, options: MainOptions = {}): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (command.command === 'merge') return await merge(command, io);
    if (command.command === 'draft') {
      const { draft } = await import('./draft');
      return await draft(command, { ...io, reportMaterial: (material) => reportMaterial(material, io), progress: progressReporter(io, command.maxPages), signal: options.signal });
    }
    const profile = await readProfile(command.profile, io);
    if (command.command === 'validate') {
      io.stdout(validated(profile));
      return 0;
    }
    if (command.command === 'compare') {
      const { compare } = await import('./compare');
      return await compare(command, profile, { ...io, reportMaterial: (material) => reportMaterial(material, io) });
    }
    const unknownLocation = command.location === undefined ? null : locationChoiceProblem(profile, command.location);
    if (unknownLocation) throw new UsageError(`--location: ${unknownLocation}`);
    if (command.command === 'crawl') return await crawl(command, profile, io, options);
    const baseline = await readBaseline(command.baseline);
    const materials: Material[] = [];
    for (const [index, location] of command.materials.entries()) {
      const id = `s${index + 1}`;
      const material = await withinBoundary(() => readMaterial(location, id, { limits: command.limits, language: command.language })).catch((error) =>
        unreadableMaterial({ id, location, title: location }, problemOf(error)),
      );
      reportMaterial(material, io);
      materials.push(material);
    }
    const remembered = options.rememberSpelling ? await rememberedVerdicts() : undefined;
    const report = await (await reportChecker(io, remembered?.answers))(materials, profile, command.location);
    const bound = boundLocation(report);
    if (bound) io.stderr(`sverka: ${bound}\n`);
    const comparison = await compared(report, baseline);
    io.stdout(await render(report, command.format, materials, io.isTty === true, comparison));
    await remembered?.save();
    return exitStatus(report, command.failOn, command.allowPoorScans, comparison);
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`sverka: ${error.message}\nRun with --help for usage.\n`);
    else if (error instanceof ProfileError) io.stderr(`${error.lines.join('\n')}\n`);
    else if (error instanceof ReportRefusal) io.stderr(`sverka: --baseline ${error.message}\n`);
    else io.stderr(`sverka: ${(error as Error).stack ?? error}\n`);
    return 2;
  } finally {
    await closeOcr().catch((error) => io.stderr(`sverka: could not stop the OCR worker: ${(error as Error)?.message ?? error}\n`));
  }
}
