import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { regexLiterals } from './regex-literals';

const ROOT = join(__dirname, '../../../..');
const ENGINE = join(ROOT, 'engine');
/** Longer than this, a literal is a word list in disguise: its words belong in engine/lexicon/ru or en. */
const LONGEST_LITERAL = 200;

/**
 * Long literals not yet moved to the lexicon, by file and the pattern's opening (lines move). Each
 * should go the way of the others (words to lexicon/ru and lexicon/en, one `wordsSource` call);
 * the list may only shrink.
 */
const NOT_YET_MOVED: Record<string, string[]> = {
  'engine/checks/confusions-en.ts': ['(?:^|(?<=[.!?:;•|\\n]["”’)]?\\s+))(W)ere (happy'],
  'engine/checks/grammar-rules.ts': ["(?<![\\p{L}'])([Ii])ts (a|an|the"],
  'engine/promises/duration.ts': ['(?<!\\p{L})(на\\s+следующий\\s+день'],
  'engine/promises/loyalty.ts': ['(?<!\\p{L})(?:собер(?:и|ите)'],
  'engine/promises/price.ts': ['(скидк\\p{L}*|экономи'],
  'engine/text/superlatives.ts': ['(по\\s+данным|по\\s+версии'],
  'engine/text/times.ts': ['^\\s*(январ|феврал', '(?<![\\p{L}\\d])(24\\s*\\/\\s*7'],
  'engine/text/weekdays.ts': ['(?<!\\p{L})(без\\s+(?:(?:перерыв'],
};

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [join(dir, entry.name)] : [],
  );

describe('regexLiterals', () => {
  it('finds literals where an expression starts and not a division', () => {
    const source = "const a = /x\\/y[/]/giu; if (!/b/.test(s)) f(count! / 2, n / 3, /c/);\n// /not/\nconst t = `/no/`; return /d/;";
    expect(regexLiterals(source).map((literal) => literal.pattern)).toEqual(['x\\/y[/]', 'b', 'c', 'd']);
  });
});

describe('lexicon', () => {
  it(`keeps every regex literal in engine/ under ${LONGEST_LITERAL} characters but those listed`, () => {
    const tooLong: string[] = [];
    const listedSeen = new Set<string>();
    for (const file of sourceFiles(ENGINE)) {
      const name = relative(ROOT, file).split('\\').join('/');
      for (const literal of regexLiterals(readFileSync(file, 'utf8'))) {
        if (literal.pattern.length <= LONGEST_LITERAL) continue;
        const listed = NOT_YET_MOVED[name]?.find((opening) => literal.pattern.startsWith(opening));
        if (listed) listedSeen.add(`${name} ${listed}`);
        else tooLong.push(`${name}:${literal.line} (${literal.pattern.length} characters): move its words to engine/lexicon/ru|en and build it with wordsSource`);
      }
    }
    expect(tooLong).toEqual([]);
    const stale = Object.entries(NOT_YET_MOVED).flatMap(([name, openings]) => openings.map((opening) => `${name} ${opening}`)).filter((key) => !listedSeen.has(key));
    expect(stale, 'moved or shortened: take it off NOT_YET_MOVED').toEqual([]);
  });

  it.each(['ru', 'en'])('keeps only data in engine/lexicon/%s (no functions, imports of types or other lexicon data only)', async (language) => {
    const dir = join(ENGINE, 'lexicon', language);
    for (const file of sourceFiles(dir)) {
      const name = relative(ROOT, file);
      const runtimeImports = [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]!);
      expect(runtimeImports.filter((path) => !/^\.\.?\/(?:\.\.\/(?:ru|en)\/)?[\w-]+$/.test(path) || path.includes('compile')), `${name} imports code`).toEqual([]);
      const exports: Record<string, unknown> = await import(file);
      const functions = Object.entries(exports).filter(([, value]) => typeof value === 'function' || (value !== null && typeof value === 'object' && Object.values(value).some((inner) => typeof inner === 'function')));
      expect(functions.map(([key]) => key), `${name} exports code`).toEqual([]);
    }
  });
});
