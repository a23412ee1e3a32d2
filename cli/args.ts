import type { Language } from '../utils/profile/types';

export type Format = 'json' | 'text' | 'markdown' | 'html';
export type FailOn = 'error' | 'warning' | 'never';

export type Command =
  | { command: 'help' }
  | { command: 'validate'; profile: string }
  | { command: 'check'; materials: string[]; profile: string; format: Format; failOn: FailOn; language?: Language; timeoutMs: number };

export class UsageError extends Error {}

const FORMATS: Format[] = ['json', 'text', 'markdown', 'html'];
const FAIL_ON: FailOn[] = ['error', 'warning', 'never'];

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T {
  if (value === undefined || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} expects one of ${allowed.join(', ')}${value === undefined ? '' : `, not "${value}"`}`);
  }
  return value as T;
}

/** Parses `check …` and `validate …`; anything unexpected is a UsageError naming the option. */
export function parseArgs(argv: string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help' || rest.includes('--help')) return { command: 'help' };
  if (command === 'validate') {
    if (rest.length !== 1) throw new UsageError('validate expects exactly one profile file');
    return { command: 'validate', profile: rest[0]! };
  }
  if (command !== 'check') throw new UsageError(`unknown command "${command}": expected check or validate`);
  const materials: string[] = [];
  let profile: string | undefined;
  let format: Format = 'text';
  let failOn: FailOn = 'error';
  let language: Language | undefined;
  let timeoutMs = 15_000;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? rest[++i];
    if (flag === '--profile' || flag === '-p') profile = value();
    else if (flag === '--format' || flag === '-f') format = oneOf(value(), FORMATS, '--format');
    else if (flag === '--fail-on') failOn = oneOf(value(), FAIL_ON, '--fail-on');
    else if (flag === '--lang') language = oneOf(value(), ['ru', 'en'] as const, '--lang');
    else if (flag === '--timeout') {
      const seconds = Number(value());
      if (!(seconds > 0)) throw new UsageError('--timeout expects a number of seconds');
      timeoutMs = seconds * 1000;
    } else if (flag.startsWith('-')) throw new UsageError(`unknown option "${flag}"`);
    else materials.push(arg);
  }
  if (!profile) throw new UsageError('check needs --profile PROFILE.json');
  if (materials.length === 0) throw new UsageError('check needs at least one material (a file or an http(s) URL)');
  return { command: 'check', materials, profile, format, failOn, language, timeoutMs };
}

export const HELP = `Sverka: hold what a company's pages and flyers promise against its service concept and operations checklist.

Usage:
  npm run -s sverka -- check MATERIAL... --profile PROFILE.json [options]
  npm run -s sverka -- validate PROFILE.json

MATERIAL is a file (.html, .htm, .txt, .md, .pdf, .docx) or an http(s):// URL.

Options for check:
  --profile, -p FILE          the profile (format sverka.profile/1)
  --format, -f FORMAT         text (default), json, markdown or html; the report goes to standard output
  --fail-on LEVEL             error (default), warning or never: what makes the exit status 1
  --lang ru|en                the language of the materials, when detection is not wanted
  --timeout SECONDS           for URLs (default 15)

Exit status:
  0  nothing reached --fail-on
  1  some finding reached --fail-on
  2  bad usage, an invalid profile, or a material that could not be read (the others are still
     checked and reported; the unreadable one is a source with an "error" in the report)

Logs and warnings go to standard error, so --format json output always parses.
`;
