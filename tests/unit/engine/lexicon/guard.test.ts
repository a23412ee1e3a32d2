import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regexLiterals } from './regex-literals';

const ROOT = join(__dirname, '../../../..');
const ENGINE = join(ROOT, 'engine');
/** Longer than this, a literal is a word list in disguise: its words belong in engine/lexicon/ru or en. */
const LONGEST_LITERAL = 200;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [join(dir, entry.name)] : []));

describe('regexLiterals', () => {
  it('finds literals where an expression starts and not a division', () => {
    const source = 'const a = /x\\/y[/]/giu; if (!/b/.test(s)) f(count! / 2, n / 3, /c/);\n// /not/\nconst t = `/no/`; return /d/;';
    expect(regexLiterals(source).map((literal) => literal.pattern)).toEqual(['x\\/y[/]', 'b', 'c', 'd']);
  });
});

describe('lexicon', () => {
  it(`keeps every regex literal in engine/ under ${LONGEST_LITERAL} characters`, () => {
    const tooLong = sourceFiles(ENGINE).flatMap((file) =>
      regexLiterals(readFileSync(file, 'utf8'))
        .filter((literal) => literal.pattern.length > LONGEST_LITERAL)
        .map((literal) => `${relative(ROOT, file).split('\\').join('/')}:${literal.line} (${literal.pattern.length} characters): move its words to engine/lexicon/ru|en and build it with wordsSource`),
    );
    expect(tooLong).toEqual([]);
  });

  it.each(['ru', 'en'])('keeps only data in engine/lexicon/%s (no functions, imports of types or other lexicon data only)', async (language) => {
    const dir = join(ENGINE, 'lexicon', language);
    for (const file of sourceFiles(dir)) {
      const name = relative(ROOT, file);
      const runtimeImports = [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]!);
      expect(
        runtimeImports.filter((path) => !/^\.\.?\/(?:\.\.\/(?:ru|en)\/)?[\w-]+$/.test(path) || path.includes('compile')),
        `${name} imports code`,
      ).toEqual([]);
      const exports: Record<string, unknown> = await import(file);
      const functions = Object.entries(exports).filter(([, value]) => typeof value === 'function' || (value !== null && typeof value === 'object' && Object.values(value).some((inner) => typeof inner === 'function')));
      expect(
        functions.map(([key]) => key),
        `${name} exports code`,
      ).toEqual([]);
    }
  });
});
