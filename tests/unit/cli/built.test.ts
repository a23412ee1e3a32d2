import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';

const FIXTURES = 'tests/fixtures/cli';
const PROFILE = `${FIXTURES}/profile.json`;
/** The tests' own build, inside the repository (so it finds node_modules and public/ as dist/cli does), never the developer's dist/cli. */
mkdirSync('dist', { recursive: true });
const BUILT = mkdtempSync(resolve('dist/test-cli-'));
const MATERIALS = mkdtempSync(join(tmpdir(), 'sverka-built-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI keeps Hunspell's verdicts in the user's cache folder: here, one of the test's own. It speaks the terminal's language: here, English whatever the machine's locale. */
const CACHE = mkdtempSync(join(tmpdir(), 'sverka-built-cache-'));

function spawnNode(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, XDG_CACHE_HOME: CACHE, LC_ALL: 'C.UTF-8' } }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** The same command through the TypeScript sources, in this process. */
async function runSources(argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A Word document made here: two paragraphs of a clinic's flyer. */
async function makeDocx(path: string) {
  const doc = new Document({
    sections: [{ children: [new Paragraph({ children: [new TextRun({ text: 'Кофейня «Зерно»', bold: true })] }), new Paragraph('Каждый шестой кофе в подарок!')] }],
  });
  writeFileSync(path, new Uint8Array(await Packer.toBuffer(doc)));
}

beforeAll(async () => {
  const build = await spawnNode(['scripts/build-cli.mjs', BUILT]);
  expect(build).toMatchObject({ code: 0, stderr: '' });
  await makeDocx(join(MATERIALS, 'flyer.docx'));
  writeFileSync(join(MATERIALS, 'one.txt'), 'Каждый шестой кофе в подарок!\n');
}, 120_000);

afterAll(() => {
  rmSync(BUILT, { recursive: true, force: true });
  rmSync(MATERIALS, { recursive: true, force: true });
  rmSync(CACHE, { recursive: true, force: true });
});

describe('the built CLI', () => {
  it.each([
    ['a one-line text', () => [join(MATERIALS, 'one.txt')], 'Каждый шестой кофе в подарок'],
    ['a PDF and a page', () => [`${FIXTURES}/flyer.pdf`, 'tests/fixtures/pages/clinic.html'], 'Работаем с понедельника по субботу'],
    ['a Word document', () => [join(MATERIALS, 'flyer.docx')], 'Каждый шестой кофе в подарок'],
  ])('reports %s exactly as the sources do, with the same exit status', async (_, materials, finding) => {
    const argv = ['check', ...materials(), '--profile', PROFILE];
    const built = await spawnNode([join(BUILT, 'sverka.mjs'), ...argv]);
    expect(built.stdout).toContain(finding);
    expect(built).toEqual(await runSources(argv));
  });

  it("reports the same when the words' spelling verdicts come from the previous run", async () => {
    const argv = [join(BUILT, 'sverka.mjs'), 'check', join(MATERIALS, 'one.txt'), 'demo/landing.html', '--profile', PROFILE];
    const first = await spawnNode(argv);
    expect(existsSync(join(CACHE, 'sverka', 'hunspell-verdicts.txt'))).toBe(true);
    expect(await spawnNode(argv)).toEqual(first);
  });

  it('says which file it cannot read and goes on with the rest', async () => {
    const built = await spawnNode([join(BUILT, 'sverka.mjs'), 'check', `${FIXTURES}/corrupt.pdf`, join(MATERIALS, 'one.txt'), '--profile', PROFILE]);
    expect(built.code).toBe(2);
    expect(built.stderr).toContain('corrupt.pdf: is not a readable PDF');
    expect(built.stdout).toContain('Каждый шестой кофе в подарок');
  });
});
