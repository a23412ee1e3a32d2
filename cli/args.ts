import { EXTENSIONS } from '../engine/material/formats';
import { DEFAULT_LIMITS, type Limits } from '../engine/material/limits';
import type { Language } from '../engine/profile/types';
import { globMatcher } from '../engine/site/globs';
import { parseShard } from '../engine/site/shard';
import type { SiteScope } from '../engine/site/site-check';

export type Format = 'json' | 'text' | 'markdown' | 'html';
/** `regression` (check and crawl, with --baseline): only a lower service level or a new error makes the status 1. */
export type FailOn = 'error' | 'warning' | 'never' | 'regression';

export type Command =
  | { command: 'help' }
  | { command: 'validate'; profile: string }
  | { command: 'check'; materials: string[]; profile: string; format: Format; failOn: FailOn; language?: Language; limits: Limits; allowPoorScans: boolean; baseline?: string; location?: string }
  | ({ command: 'crawl'; url: string; profile: string; format: Format; failOn: FailOn; language?: Language; limits: Limits; allowPoorScans: boolean; baseline?: string; location?: string } & CrawlScope)
  | { command: 'merge'; reports: string[]; format: Format; failOn: FailOn; allowPoorScans: boolean }
  | DraftCommand
  | CompareCommand;

/** `compare OUR.json --competitor URL|FILE... [--competitor ...]`: each --competitor's materials are one competitor. */
export interface CompareCommand {
  command: 'compare';
  profile: string;
  competitors: string[][];
  format: CompareFormat;
  language?: Language;
  limits: Limits;
}

export type CompareFormat = 'json' | 'html' | 'markdown' | 'csv';
const COMPARE_FORMATS: CompareFormat[] = ['json', 'html', 'markdown', 'csv'];

/** `draft`: a profile drafted from sites (each crawled) and files; `out` refuses an existing file unless `force`. */
export interface DraftCommand {
  command: 'draft';
  inputs: string[];
  out?: string;
  force: boolean;
  name?: string;
  maxPages: number;
  language?: Language;
  limits: Limits;
}

/** Which pages of the site a crawl checks. */
type CrawlScope = Required<Pick<SiteScope, 'maxPages' | 'include' | 'exclude'>> & Pick<SiteScope, 'shard'>;

/** Pages a crawl checks unless --max-pages says otherwise: a small business's whole site. */
export const DEFAULT_MAX_PAGES = 200;

export class UsageError extends Error {}

const FORMATS: Format[] = ['json', 'text', 'markdown', 'html'];
const FAIL_ON: FailOn[] = ['error', 'warning', 'never'];
/** check and crawl may also fail on regression against their --baseline. */
const FAIL_ON_WITH_BASELINE: FailOn[] = [...FAIL_ON, 'regression'];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} expects one of ${allowed.join(', ')}${value === undefined ? '' : `, not "${value}"`}`);
  }
  return value as T;
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** "30000000", "30MB", "512k": a number of bytes. */
function byteCount(value: string | undefined, option: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(value?.trim() ?? '');
  const bytes = match ? Math.floor(Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]!) : 0;
  if (!(bytes > 0)) throw new UsageError(`${option} expects a size in bytes, such as 30MB or 500k${value === undefined ? '' : `, not "${value}"`}`);
  return bytes;
}

function wholeNumber(value: string | undefined, option: string): number {
  const number = Number(value);
  if (!value || !Number.isSafeInteger(number) || number <= 0) throw new UsageError(`${option} expects a whole number above 0${value === undefined ? '' : `, not "${value}"`}`);
  return number;
}

function seconds(value: string | undefined, option: string): number {
  const number = Number(value);
  if (!value || !Number.isFinite(number) || number <= 0) throw new UsageError(`${option} expects a number of seconds above 0${value === undefined ? '' : `, not "${value}"`}`);
  return number * 1000;
}

/** The parser's own words for a bad --shard or pattern, as a usage error. */
function asUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function pattern(value: string | undefined, option: string): string {
  if (value === undefined) throw new UsageError(`${option} expects a path pattern, such as /blog/**`);
  asUsage(() => globMatcher(value));
  return value;
}

/** `--flag=value` as the flag and its value; any other argument as itself. */
const splitFlag = (arg: string): [string, string | undefined] => (arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]);

/** `merge REPORT.json...`: the reports carry their site and profile, so only the output's options apply. */
function parseMerge(rest: string[]): Command {
  const command: Extract<Command, { command: 'merge' }> = { command: 'merge', reports: [], format: 'text', failOn: 'error', allowPoorScans: false };
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = splitFlag(rest[i]!);
    const value = () => inline ?? rest[++i];
    if (flag === '--format' || flag === '-f') command.format = oneOf(value(), FORMATS, '--format');
    else if (flag === '--fail-on') command.failOn = oneOf(value(), FAIL_ON, '--fail-on');
    else if (flag === '--allow-poor-scans') {
      if (inline !== undefined) throw new UsageError(`--allow-poor-scans takes no value, not "${inline}"`);
      command.allowPoorScans = true;
    } else if (flag === '--profile' || flag === '-p') throw new UsageError('merge takes the profile from the crawl reports, not from --profile');
    else if (flag.startsWith('-')) throw new UsageError(`unknown option "${flag}" for merge: expected --format, --fail-on or --allow-poor-scans`);
    else command.reports.push(flag);
  }
  if (command.reports.length === 0) throw new UsageError('merge expects the JSON reports of crawl --shard, such as shard-*.json');
  return command;
}

/** Parses `check …` and `validate …`; anything unexpected is a UsageError naming the option. */
export function parseArgs(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help' || rest.includes('--help')) return { command: 'help' };
  if (command === 'validate') {
    if (rest.length !== 1) throw new UsageError('validate expects exactly one profile file');
    return { command: 'validate', profile: rest[0]! };
  }
  if (command === 'merge') return parseMerge(rest);
  if (command === 'draft') return parseDraft(rest);
  if (command === 'compare') return parseCompare(rest);
  if (command !== 'check' && command !== 'crawl') throw new UsageError(`unknown command "${command}": expected check, crawl, merge, draft, compare or validate`);
  const scope: CrawlScope = { maxPages: DEFAULT_MAX_PAGES, include: [], exclude: [] };
  const materials: string[] = [];
  let profile: string | undefined;
  let format: Format = 'text';
  let failOn: FailOn = 'error';
  let language: Language | undefined;
  const limits: Limits = { ...DEFAULT_LIMITS };
  let allowPoorScans = false;
  let location: string | undefined;
  let baseline: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = splitFlag(arg);
    const value = () => inline ?? rest[++i];
    if (flag === '--profile' || flag === '-p') profile = value();
    else if (flag === '--location') location = nonEmpty(value(), flag, "the id of one of the profile's locations");
    else if (flag === '--format' || flag === '-f') format = oneOf(value(), FORMATS, '--format');
    else if (flag === '--fail-on') failOn = oneOf(value(), FAIL_ON_WITH_BASELINE, '--fail-on');
    else if (flag === '--baseline') baseline = nonEmpty(value(), flag, 'a JSON report of an earlier check or crawl');
    else if (flag === '--lang') language = oneOf(value(), ['ru', 'en'] as const, '--lang');
    else if (flag === '--timeout') limits.timeoutMs = seconds(value(), '--timeout');
    else if (flag === '--max-bytes') limits.maxBytes = byteCount(value(), '--max-bytes');
    else if (flag === '--max-words') limits.maxWords = wholeNumber(value(), '--max-words');
    else if (command === 'crawl' && flag === '--max-pages') scope.maxPages = wholeNumber(value(), '--max-pages');
    else if (command === 'crawl' && (flag === '--include' || flag === '--exclude')) scope[flag === '--include' ? 'include' : 'exclude'].push(pattern(value(), flag));
    else if (command === 'crawl' && flag === '--shard') scope.shard = asUsage(() => parseShard(value() ?? ''));
    else if (flag === '--allow-poor-scans') {
      if (inline !== undefined) throw new UsageError(`--allow-poor-scans takes no value, not "${inline}"`);
      allowPoorScans = true;
    } else if (flag.startsWith('-')) throw new UsageError(`unknown option "${flag}"`);
    else materials.push(arg);
  }
  if (!profile) throw new UsageError(`${command} needs --profile PROFILE.json`);
  if (failOn === 'regression' && !baseline) throw new UsageError('--fail-on regression needs --baseline REPORT.json, the report to compare with');
  if (command === 'crawl') {
    if (materials.length !== 1 || !/^https?:\/\//i.test(materials[0]!)) throw new UsageError('crawl expects exactly one http(s):// URL, the page to start from');
    return { command, url: materials[0]!, profile, format, failOn, language, limits, allowPoorScans, ...(baseline ? { baseline } : {}), ...(location ? { location } : {}), ...scope };
  }
  if (materials.length === 0) throw new UsageError('check needs at least one material (a file or an http(s) URL)');
  return { command: 'check', materials, profile, format, failOn, language, limits, allowPoorScans, ...(baseline ? { baseline } : {}), ...(location ? { location } : {}) };
}

/** Parses `draft URL|FILE... [--out FILE] [--force] [--name NAME] [--max-pages N]` with check's --lang and limits. */
function parseDraft(rest: string[]): DraftCommand {
  const draft: DraftCommand = { command: 'draft', inputs: [], force: false, maxPages: DEFAULT_MAX_PAGES, limits: { ...DEFAULT_LIMITS } };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '--out' || flag === '-o') draft.out = nonEmpty(value(), flag, 'a file to write the profile to');
    else if (flag === '--name') draft.name = nonEmpty(value(), flag, "the business's name");
    else if (flag === '--max-pages') draft.maxPages = wholeNumber(value(), '--max-pages');
    else if (flag === '--lang') draft.language = oneOf(value(), ['ru', 'en'] as const, '--lang');
    else if (flag === '--timeout') draft.limits.timeoutMs = seconds(value(), '--timeout');
    else if (flag === '--max-bytes') draft.limits.maxBytes = byteCount(value(), '--max-bytes');
    else if (flag === '--max-words') draft.limits.maxWords = wholeNumber(value(), '--max-words');
    else if (flag === '--force') {
      if (inline !== undefined) throw new UsageError(`--force takes no value, not "${inline}"`);
      draft.force = true;
    } else if (flag.startsWith('-')) throw new UsageError(`unknown option "${flag}"`);
    else draft.inputs.push(arg);
  }
  if (draft.inputs.length === 0) throw new UsageError('draft needs at least one site (an http(s):// URL) or material file');
  return draft;
}

/** Parses `compare OUR.json --competitor URL|FILE... [--competitor ...] [--format …]` with check's --lang and limits. */
function parseCompare(rest: string[]): CompareCommand {
  const command: CompareCommand = { command: 'compare', profile: '', competitors: [], format: 'json', limits: { ...DEFAULT_LIMITS } };
  const profiles: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = splitFlag(rest[i]!);
    const value = () => inline ?? rest[++i];
    if (flag === '--competitor' || flag === '-c') command.competitors.push([nonEmpty(value(), flag, "a competitor's page (an http(s) URL) or material file")]);
    else if (flag === '--format' || flag === '-f') command.format = oneOf(value(), COMPARE_FORMATS, '--format');
    else if (flag === '--lang') command.language = oneOf(value(), ['ru', 'en'] as const, '--lang');
    else if (flag === '--timeout') command.limits.timeoutMs = seconds(value(), '--timeout');
    else if (flag === '--max-bytes') command.limits.maxBytes = byteCount(value(), '--max-bytes');
    else if (flag === '--max-words') command.limits.maxWords = wholeNumber(value(), '--max-words');
    else if (flag.startsWith('-')) throw new UsageError(`unknown option "${flag}" for compare`);
    // After --competitor, more materials are that competitor's; before it, the argument is our profile.
    else if (command.competitors.length > 0) command.competitors.at(-1)!.push(flag);
    else profiles.push(flag);
  }
  if (profiles.length !== 1) throw new UsageError('compare expects exactly one profile of your own (OUR.json) before --competitor');
  if (command.competitors.length === 0) throw new UsageError('compare needs at least one --competitor URL|FILE');
  return { ...command, profile: profiles[0]! };
}

function nonEmpty(value: string | undefined, option: string, expected: string): string {
  if (value === undefined || value.trim() === '') throw new UsageError(`${option} expects ${expected}`);
  return value;
}

export const HELP = `Sverka: hold what a company's pages and flyers promise against its service concept and operations checklist.

Usage:
  npm run -s sverka -- check MATERIAL... --profile PROFILE.json [options]
  npm run -s sverka -- crawl URL --profile PROFILE.json [options] [crawl options]
  npm run -s sverka -- merge REPORT.json... [--format …] [--fail-on …]
  npm run -s sverka -- draft URL|MATERIAL... [--out PROFILE.json] [draft options]
  npm run -s sverka -- compare OUR.json --competitor URL|MATERIAL... [--competitor ...] [--format json|html|markdown|csv]
  npm run -s sverka -- validate PROFILE.json

MATERIAL is a file (${EXTENSIONS.join(', ')}) or an http(s):// URL.

Options for check:
  --profile, -p FILE          the profile (format sverka.profile/1)
  --format, -f FORMAT         text (default), json, markdown or html; the report goes to standard output
  --fail-on LEVEL             error (default), warning or never: what makes the exit status 1;
                              regression (with --baseline): only a lower service level or an
                              error the baseline did not have
  --baseline REPORT.json      compare with an earlier JSON report of check or crawl: what was
                              fixed, what is new, how the service level changed
  --lang ru|en                the language of the materials, when detection is not wanted
  --allow-poor-scans          an image read poorly (too little of its text, or too uncertainly)
                              is still warned of, but no longer makes the exit status 2
  --location ID               check against this location of the profile (a centre, branch,
                              dealer); without it a material's URL or its contacts choose one

Options for crawl (the site's pages from URL, its links and sitemaps, within robots.txt, as ONE
report; check's options apply too):
  --max-pages N               at most N pages and files (default ${DEFAULT_MAX_PAGES})
  --include GLOB              only pages whose path matches, such as /services/** (repeatable)
  --exclude GLOB              not the pages whose path matches, such as /blog/ (repeatable)
  --shard I/N                 only the I-th of N parts of the site, for N machines in CI

merge takes the JSON reports of one site's crawls (the N shards of --shard I/N) and writes the
one report a crawl of the whole site would: each page once, the consistency between pages found
again over all of them. --format, --fail-on and --allow-poor-scans work as for check.

Options for draft (a first profile from the business's own site or materials: each URL is
crawled as crawl does, each file read as check reads it; where they disagree the profile lists
the variants under "conflicts" for you to settle; --lang and the limits apply too):
  --out, -o FILE              write the profile there (default: standard output); an existing
                              file is kept unless --force
  --force                     overwrite the --out file
  --name NAME                 the profile's name (default: the name the pages give, else the host)
  --max-pages N               at most N pages of each site (default ${DEFAULT_MAX_PAGES})

compare sets your profile's facts beside each competitor's pages and materials (a URL is one
page; each --competitor starts another competitor, a matrix when there are several): their
promises by topic — hours, prices of the same service, waits, what is free, discounts, loyalty,
guarantees, services — with who is ahead (ours, theirs, tie, or unknown where one side is
silent). No check runs on a competitor's words. --format is json (default, sverka.benchmark/1),
html, markdown or csv; --lang and the limits apply. Exit status 0, or 2 when no competitor's
material could be read.

Limits, each per material (a material past one is a source with an "error", or a "note" when
only part of it was checked; the other materials are still checked):
  --max-bytes SIZE            the file or download, such as 30MB or 500k (default ${DEFAULT_LIMITS.maxBytes / 1024 / 1024}MB); a DOCX
                              may also unpack to at most ${DEFAULT_LIMITS.maxUnpackedBytes / 1024 / 1024}MB, checked before it is unpacked
  --max-words N               check the first N words and note that the rest was left out
                              (default ${DEFAULT_LIMITS.maxWords})
  --timeout SECONDS           to download and read it, PDF and OCR included (default ${DEFAULT_LIMITS.timeoutMs / 1000})
  Images may have at most ${DEFAULT_LIMITS.maxImagePixels / 1_000_000} megapixels.

Exit status:
  0  nothing reached --fail-on
  1  some finding reached --fail-on (with --fail-on regression: the service level fell
     below the baseline's, or an error the baseline did not have appeared)
  2  bad usage, an invalid profile, a material that could not be read, or an internal failure
     (the others are still checked and reported; the unreadable one is a source with an
     "error" in the report). A failure is never 1: 1 always means findings.
     Also 2 when an image was read too poorly to judge (its source has "reading" with
     "poor": true and its findings are partial), unless --allow-poor-scans.
  draft exits 0 when it drafted a profile, even if some inputs could not be read (each is
  named on standard error), and 2 when none could be, or the --out file exists.

Logs and warnings go to standard error, so --format json output always parses.
`;
