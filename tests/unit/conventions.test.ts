import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../engine/checks/index';
import type { Check } from '../../engine/checks/types';

/** The project's registries hold what the rest of the code derives from them: one describe per registry. */

const ROOT = new URL('../../', import.meta.url).pathname;
const CHECKS_DIR = join(ROOT, 'engine/checks');
const CHECK_TESTS_DIR = join(ROOT, 'tests/unit/engine/checks');
const FIXTURES_DIR = join(ROOT, 'tests/fixtures/language');

const isCheck = (value: unknown): value is Check =>
  typeof value === 'object' && value !== null && typeof (value as Check).id === 'string' && typeof (value as Check).run === 'function' && 'label' in value;

/** Every check a file of engine/checks exports, by the file's name. */
async function exportedChecks(): Promise<{ file: string; check: Check }[]> {
  const files = readdirSync(CHECKS_DIR).filter((name) => name.endsWith('.ts')).sort();
  const found: { file: string; check: Check }[] = [];
  for (const file of files) {
    const module = (await import(join(CHECKS_DIR, file))) as Record<string, unknown>;
    for (const value of Object.values(module)) if (isCheck(value)) found.push({ file: file.replace(/\.ts$/, ''), check: value });
  }
  return found;
}

/** The checks a language fixture file names in its first line (`# check: grammar`). */
const fixtureChecks = new Set(
  readdirSync(FIXTURES_DIR).filter((name) => name.endsWith('.tsv')).map((name) => /^# check: ([\w-]+)/.exec(readFileSync(join(FIXTURES_DIR, name), 'utf8'))?.[1]),
);
const testFiles = readdirSync(CHECK_TESTS_DIR).filter((name) => name.endsWith('.test.ts'));

/** Tested: by `<file>.test.ts`, by a test file that names it among others (`concept-risky.test.ts`), or by language fixtures. */
function hasTests(file: string, check: Check): boolean {
  if (existsSync(join(CHECK_TESTS_DIR, `${file}.test.ts`)) || fixtureChecks.has(check.id)) return true;
  const firstWord = file.split('-')[0]!;
  return testFiles.some((name) => name.replace(/\.test\.ts$/, '').split('-').includes(firstWord));
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
