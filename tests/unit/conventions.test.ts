import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../engine/checks/index';
import type { Check } from '../../engine/checks/types';

/** The project's registries hold what the rest of the code derives from them: one describe per registry. */

const ROOT = new URL('../../', import.meta.url).pathname;
const CHECKS_DIR = join(ROOT, 'engine/checks');
const CHECK_TESTS_DIR = join(ROOT, 'tests/unit/engine/checks');
const FIXTURES_DIR = join(ROOT, 'tests/fixtures/language');

const isCheck = (value: unknown): value is Check => typeof value === 'object' && value !== null && typeof (value as Check).id === 'string' && typeof (value as Check).run === 'function' && 'label' in value;

/** Every check a file of engine/checks exports, by the file's name. */
async function exportedChecks(): Promise<{ file: string; check: Check }[]> {
  const files = readdirSync(CHECKS_DIR)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  const found: { file: string; check: Check }[] = [];
  for (const file of files) {
    const module = (await import(join(CHECKS_DIR, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) if (isCheck(value)) found.push({ file: file.replace(/\.ts$/, ''), check: value });
  }
  return found;
}

/** The checks a language fixture file names in its first line (`# check: grammar`). */
const fixtureChecks = new Set(
  readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith('.tsv'))
    .map((name) => /^# check: ([\w-]+)/.exec(readFileSync(join(FIXTURES_DIR, name), 'utf8'))?.[1]),
);
const testFiles = readdirSync(CHECK_TESTS_DIR).filter((name) => name.endsWith('.test.ts'));

/** Tested: by `<file>.test.ts`, by a test file that names it among others (`concept-risky.test.ts`), or by language fixtures. */
function hasTests(file: string, check: Check): boolean {
  if (existsSync(join(CHECK_TESTS_DIR, `${file}.test.ts`)) || fixtureChecks.has(check.id)) return true;
  const firstWord = file.split('-')[0]!;
  return testFiles.some((name) =>
    name
      .replace(/\.test\.ts$/, '')
      .split('-')
      .includes(firstWord),
  );
}

describe('checks (engine/checks, CHECKS)', () => {
  const registered: readonly Check[] = CHECKS;

  it('registers every check a file of engine/checks exports', async () => {
    const exported = await exportedChecks();
    expect(exported.map(({ check }) => check)).toEqual(expect.arrayContaining([...registered]));
    const unregistered = exported.filter(({ check }) => !registered.includes(check)).map(({ file, check }) => `${file}: ${check.id}`);
    expect(unregistered).toEqual([]);
  });

  it('gives each check its own id and a name in both languages', () => {
    const ids = registered.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of registered) {
      expect(check.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(check.label.ru.trim(), check.id).not.toBe('');
      expect(check.label.en.trim(), check.id).not.toBe('');
    }
  });

  it('names each rule by its check and gives it a name in both languages', () => {
    const ids = registered.flatMap((check) => (check.rules ?? []).map((rule) => rule.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of registered) {
      for (const rule of check.rules ?? []) {
        expect(rule.id).toMatch(new RegExp(`^${check.id}/[a-z]+(?:-[a-z]+)*$`));
        expect(rule.label.ru.trim(), rule.id).not.toBe('');
        expect(rule.label.en.trim(), rule.id).not.toBe('');
      }
    }
  });

  it('has tests for every check', async () => {
    const untested = (await exportedChecks()).filter(({ file, check }) => !hasTests(file, check)).map(({ file }) => file);
    expect(untested).toEqual([]);
  });

  // The engine keeps the first of two findings on the same words and drops the other: these must run first.
  it.each([
    ['contradiction', 'consistency'],
    ['wrong-name', 'spelling'],
    ['wrong-name', 'grammar'],
    ['wrong-name', 'typography'],
    ['spelling', 'grammar'],
    ['grammar', 'typography'],
  ])('runs %s before %s', (first, then) => {
    const order = registered.map((check) => check.id);
    expect(order.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(first)).toBeLessThan(order.indexOf(then));
  });
});

const LOCALES_DIR = join(ROOT, 'public/_locales');
/** English is the reference locale: browser/i18n.ts types message keys from it. */
const REFERENCE_LOCALE = 'en';
/** Where the extension's code names its messages (and wxt.config.ts, whose manifest names some as `__MSG_key__`). */
const UI_SOURCE_DIRS = ['entrypoints', 'components', 'browser'];

interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const locales = readdirSync(LOCALES_DIR).sort();
const messagesOf = (locale: string): Record<string, LocaleMessage> => JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));

/**
 * What a message substitutes: the `$1`…`$9` and `$NAME$` it refers to (names are case-insensitive),
 * and what each named placeholder stands for. `$$` is a dollar sign.
 */
function substitutionsOf({ message, placeholders = {} }: LocaleMessage) {
  const references = [...message.matchAll(/\$\$|\$(\w+)\$|\$(\d)/g)].filter(([match]) => match !== '$$').map(([, name, position]) => (name ? name.toLowerCase() : `$${position}`));
  const defined = Object.fromEntries(Object.entries(placeholders).map(([name, { content }]) => [name.toLowerCase(), content]));
  return { references: [...new Set(references)].sort(), defined };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html|css)$/.test(entry.name) ? [path] : [];
  });
}

describe('UI languages (public/_locales)', () => {
  const reference = messagesOf(REFERENCE_LOCALE);
  const keys = Object.keys(reference).sort();

  it('names each locale folder as the browsers do (language, or language_REGION)', () => {
    expect(locales.filter((locale) => !/^[a-z]{2,3}(?:_(?:[A-Z]{2}|\d{3}))?$/.test(locale))).toEqual([]);
  });

  it('has the manifest’s default_locale (wxt.config.ts)', () => {
    const defaultLocale = /default_locale: '([\w-]+)'/.exec(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'))?.[1];
    expect(defaultLocale).toBeDefined();
    expect(locales).toContain(defaultLocale);
  });

  it.each(locales)('%s has exactly the keys of en, each with a message', (locale) => {
    const messages = messagesOf(locale);
    expect(Object.keys(messages).sort()).toEqual(keys);
    expect(
      Object.entries(messages)
        .filter(([, { message }]) => typeof message !== 'string' || message.trim() === '')
        .map(([key]) => key),
    ).toEqual([]);
  });

  // The limits Chromium's manifest documentation sets for the name and the description (the Chrome Web Store enforces them).
  it.each(locales)('%s fits the extension’s name in 75 characters and its description in 132', (locale) => {
    const { extName, extDescription } = messagesOf(locale);
    expect(extName?.message.length).toBeLessThanOrEqual(75);
    expect(extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it.each(locales)('%s names its own language in uiLanguage (the pages’ lang)', (locale) => {
    expect(messagesOf(locale).uiLanguage?.message).toBe(locale.replace('_', '-'));
  });

  it.each(locales)('%s substitutes what en does in every message', (locale) => {
    const messages = messagesOf(locale);
    for (const key of keys) {
      const expected = substitutionsOf(reference[key]!);
      const actual = substitutionsOf(messages[key] ?? { message: '' });
      expect(actual, `${locale}/messages.json: ${key}`).toEqual(expected);
      const undefinedNames = actual.references.filter((name) => !name.startsWith('$') && !(name in actual.defined));
      expect(undefinedNames, `${locale}/messages.json: ${key} refers to placeholders it does not define`).toEqual([]);
    }
  });

  it('uses every message of en in the code or the manifest', () => {
    const source = [join(ROOT, 'wxt.config.ts'), ...UI_SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))].map((file) => readFileSync(file, 'utf8')).join('\n');
    const used = (key: string) => source.includes(`'${key}'`) || source.includes(`"${key}"`) || source.includes(`__MSG_${key}__`);
    expect(keys.filter((key) => !used(key))).toEqual([]);
  });
});

/**
 * The layout README describes, as biome.jsonc enforces it: each probe is a file placed in a layer,
 * with the rules that must fire on it (none: it must stay silent).
 */
const PROBES: { path: string; code: string; fires: string[] }[] = [
  { path: 'engine/imports-preact.ts', code: "import { h } from 'preact';\nexport const x = h;\n", fires: ['lint/style/noRestrictedImports'] },
  { path: 'engine/imports-preact-hooks.ts', code: "import { useState } from 'preact/hooks';\nexport const x = useState;\n", fires: ['lint/style/noRestrictedImports'] },
  { path: 'engine/imports-dexie.ts', code: "import Dexie from 'dexie';\nexport const x = Dexie;\n", fires: ['lint/style/noRestrictedImports'] },
  { path: 'engine/imports-wxt.ts', code: "import { browser } from 'wxt/browser';\nexport const x = browser;\n", fires: ['lint/style/noRestrictedImports'] },
  { path: 'engine/imports-auto.ts', code: "import { storage } from '#imports';\nexport const x = storage;\n", fires: ['lint/style/noRestrictedImports'] },
  { path: 'engine/imports-polyfill.ts', code: "import browser from 'webextension-polyfill';\nexport const x = browser;\n", fires: ['lint/style/noRestrictedImports'] },
  { path: 'engine/imports-node.ts', code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", fires: ['lint/correctness/noNodejsModules'] },
  { path: 'engine/imports-bare-node.ts', code: "import { join } from 'path';\nexport const x = join;\n", fires: ['lint/correctness/noNodejsModules', 'lint/style/useNodejsImportProtocol'] },
  { path: 'engine/imports-browser.ts', code: "import type { PageMark } from '../browser/messages';\nexport type X = PageMark;\n", fires: ['lint/style/noRestrictedImports'] },
  { path: 'engine/imports-alias.ts', code: "import { x } from '@/components/findings/SidePanel';\nexport const y = x;\n", fires: ['lint/style/noRestrictedImports'] },
  { path: 'engine/deep/imports-cli.ts', code: "import { x } from '../../cli/args';\nexport const y = x;\n", fires: ['lint/style/noRestrictedImports'] },
  { path: 'engine/imports-entrypoint.ts', code: "import { x } from '../entrypoints/content';\nexport const y = x;\n", fires: ['lint/style/noRestrictedImports'] },
  { path: 'engine/reads-document.ts', code: 'export const title = () => document.title;\n', fires: ['lint/style/noRestrictedGlobals'] },
  { path: 'engine/reads-location.ts', code: 'export const here = () => location.href;\n', fires: ['lint/style/noRestrictedGlobals'] },
  { path: 'engine/reads-storage.ts', code: "export const read = () => localStorage.getItem('k') ?? indexedDB.open('db');\n", fires: ['lint/style/noRestrictedGlobals'] },
  { path: 'engine/reads-chrome.ts', code: 'export const tabs = () => [chrome.tabs, browser.tabs, navigator.language, window.name];\n', fires: ['lint/style/noRestrictedGlobals'] },
  {
    path: 'engine/pure.ts',
    code: [
      "import { parseHTML } from 'linkedom';",
      'export const title = (page: Document) => page.title;',
      'export async function get(url: string, signal: AbortSignal): Promise<string> {',
      '  const started = performance.now();',
      '  const timer = setTimeout(() => undefined, 1000);',
      '  const text = new TextDecoder().decode(await (await fetch(url, { signal })).arrayBuffer());',
      '  clearTimeout(timer);',
      "  return [text, performance.now() - started, typeof parseHTML, AbortSignal.timeout(1).aborted].join(' ');",
      '}',
      '',
    ].join('\n'),
    fires: [],
  },
  { path: 'engine/finding.ts', code: 'export const where = (finding: { location: string }) => finding.location;\n', fires: [] },
  { path: 'browser/imports-node.ts', code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", fires: ['lint/correctness/noNodejsModules'] },
  { path: 'browser/uses-dexie.ts', code: "import Dexie from 'dexie';\nexport const x = [Dexie, document.title, chrome];\n", fires: [] },
  { path: 'components/Imports.tsx', code: "import { readFileSync } from 'node:fs';\nexport const Imports = () => <p>{String(readFileSync)}</p>;\n", fires: ['lint/correctness/noNodejsModules'] },
  { path: 'cli/imports-browser.ts', code: "import { x } from '../browser/db/database';\nexport const y = x;\n", fires: ['lint/style/noRestrictedImports'] },
  { path: 'cli/imports-components.ts', code: "import { x } from '@/components/findings/SidePanel';\nexport const y = x;\n", fires: ['lint/style/noRestrictedImports'] },
  { path: 'cli/uses-node.ts', code: "import { readFileSync } from 'node:fs';\nimport { check } from '../engine/engine';\nexport const x = [readFileSync, check];\n", fires: [] },
];

/** Every file under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

describe('layout', () => {
  it('components/ holds only Preact component files (.tsx)', () => {
    expect(filesUnder(join(ROOT, 'components')).filter((file) => !file.endsWith('.tsx'))).toEqual([]);
  });

  describe('biome.jsonc keeps each layer to its own dependencies', () => {
    let probeRoot = '';
    let fired = new Map<string, string[]>();

    beforeAll(() => {
      probeRoot = mkdtempSync(join(tmpdir(), 'sverka-layout-'));
      copyFileSync(join(ROOT, 'biome.jsonc'), join(probeRoot, 'biome.jsonc'));
      for (const probe of PROBES) {
        mkdirSync(dirname(join(probeRoot, probe.path)), { recursive: true });
        writeFileSync(join(probeRoot, probe.path), probe.code);
      }
      // The probes live outside the repository, so there is no .gitignore for Biome to read.
      const run = spawnSync(join(ROOT, 'node_modules/.bin/biome'), ['lint', '--vcs-enabled=false', '--reporter=json', '--max-diagnostics=none', '.'], { cwd: probeRoot, encoding: 'utf8' });
      const report = JSON.parse(run.stdout) as { diagnostics: { category: string; location: { path: string } }[] };
      fired = new Map();
      for (const { category, location } of report.diagnostics) fired.set(location.path, [...new Set([...(fired.get(location.path) ?? []), category])].sort());
    });

    afterAll(() => rmSync(probeRoot, { recursive: true, force: true }));

    it.each(PROBES.map((probe) => [probe.path, probe.fires] as const))('%s: %j', (path, fires) => {
      expect(fired.get(path) ?? []).toEqual([...fires].sort());
    });
  });
});
