import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { localServer } from '../local-server';
import { main, terminalLanguage } from '../../../cli/main';

const FIXTURES = 'tests/fixtures/cli';
/** A white image made here: a scan with nothing on it. */
const BLANK_PNG = join(mkdtempSync(join(tmpdir(), 'sverka-cli-')), 'blank.png');
const blank = new PNG({ width: 200, height: 120 });
blank.data.fill(255);
writeFileSync(BLANK_PNG, PNG.sync.write(blank));
const PROFILE = `${FIXTURES}/profile.json`;

async function run(...argv: string[]) {
  return runIn('en', ...argv);
}

async function runIn(language: 'ru' | 'en', ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), language });
  return { code, stdout, stderr };
}

const server = localServer((request, response) => {
  if (request.url === '/slow') return; // never answers: the client's timeout must end it
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Каждый шестой кофе в подарок!</p>');
});

describe('exit status', () => {
  it('is 1 when a finding reaches --fail-on, with the report on stdout', async () => {
    const result = await run('check', `${FIXTURES}/flyer.txt`, '--profile', PROFILE);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Каждый шестой кофе в подарок');
    expect(result.stderr).toBe('');
  });

  it('is 0 when nothing reaches --fail-on', async () => {
    expect((await run('check', `${FIXTURES}/clean.txt`, '--profile', PROFILE)).code).toBe(0);
    expect((await run('check', `${FIXTURES}/flyer.txt`, '--profile', PROFILE, '--fail-on', 'never')).code).toBe(0);
  });

  it('is 2 for bad usage, with one line naming the problem', async () => {
    const result = await run('check', `${FIXTURES}/flyer.txt`, '--profile', PROFILE, '--format', 'pdf');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sverka: --format expects one of json, text, markdown, html, not "pdf"/);
    expect((await run('check', `${FIXTURES}/flyer.txt`)).stderr).toContain('check needs --profile');
    expect((await run('frobnicate')).code).toBe(2);
  });

  it('is 2 for an invalid profile, listing its problems by path', async () => {
    const result = await run('validate', `${FIXTURES}/flyer.txt`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${FIXTURES}/flyer.txt: (file): not valid JSON`);
  });

  it('validate prints ok for a good profile', async () => {
    expect(await run('validate', PROFILE)).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
  });

  it('reads a profile saved in UTF-16 and says so where the encoding was guessed', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sverka-profile-'));
    const json = JSON.stringify({ format: 'sverka.profile/1', name: 'Кофейня «Зерно»', languages: ['ru'] });
    const withBom = join(folder, 'bom.json');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]));
    expect(await run('validate', withBom)).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
    const guessed = join(folder, 'no-bom.json');
    writeFileSync(guessed, Buffer.from(json, 'utf16le'));
    const result = await run('validate', guessed);
    expect([result.code, result.stdout]).toEqual([0, 'ok\n']);
    expect(result.stderr).toMatch(/^sverka: .*no-bom\.json: .*UTF-16/);
  });

  it('refuses a profile file past the size limit before reading it', async () => {
    const huge = join(mkdtempSync(join(tmpdir(), 'sverka-profile-')), 'huge.json');
    writeFileSync(huge, Buffer.alloc(11 * 1024 * 1024, 0x20));
    const result = await run('validate', huge);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/huge\.json: \(file\): too large .*at most 10 MB/);
  });
});

describe('unreadable materials', () => {
  it.each([
    ['a missing file', `${FIXTURES}/missing.txt`, 'does not exist'],
    ['a corrupt PDF', `${FIXTURES}/corrupt.pdf`, 'is not a readable PDF'],
    ['a file that is not text', `${FIXTURES}/binary.txt`, 'is not UTF-8 text'],
    ['an image with no text', BLANK_PNG, 'has no readable text'],
  ])('%s is a source with an error while the others are still checked', async (_case, path, reason) => {
    const result = await run('check', path, `${FIXTURES}/flyer.txt`, '--profile', PROFILE, '--format', 'json');
    const report = JSON.parse(result.stdout);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`sverka: ${path}: `);
    expect(report.sources[0].error).toContain(reason);
    expect(report.findings.some((f: { source: string }) => f.source === 's2')).toBe(true);
  });

  it("tells what to do about a material it cannot read, and the library's words on a line apart, in the terminal's language", async () => {
    const english = await run('check', `${FIXTURES}/corrupt.pdf`, `${FIXTURES}/flyer.txt`, '--profile', PROFILE, '--format', 'json');
    expect(english.stderr).toMatch(/^sverka: .*corrupt\.pdf: is not a readable PDF\n {2}What to do: A PDF document was expected[^\n]*\n {2}Details: \S/m);
    const russian = await runIn('ru', 'check', `${FIXTURES}/corrupt.pdf`, `${FIXTURES}/flyer.txt`, '--profile', PROFILE, '--format', 'json');
    expect(russian.stderr).toMatch(/corrupt\.pdf: не читается как PDF\n {2}Что сделать: Файл не похож на PDF/);
    expect(russian.stderr).not.toMatch(/undefined|\[object/);
    expect(russian.code).toBe(2);
  });

  it("takes the terminal's language from LC_ALL, LC_MESSAGES, then LANG", () => {
    expect(terminalLanguage({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(terminalLanguage({ LC_ALL: 'en_US.UTF-8', LANG: 'ru_RU.UTF-8' })).toBe('en');
    expect(terminalLanguage({ LC_MESSAGES: 'ru' })).toBe('ru');
    expect(terminalLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(terminalLanguage({ LANG: 'rus' })).toBe('en');
    expect(terminalLanguage({})).toBe('en');
  });

  it('reads a Windows-1251 text file and notes that the encoding was guessed', async () => {
    const result = await run('check', `${FIXTURES}/cp1251.txt`, '--profile', PROFILE, '--format', 'json');
    const report = JSON.parse(result.stdout);
    expect(report.sources[0].error).toBeUndefined();
    expect(report.sources[0].notes).toEqual(['read as Windows-1251 (Cyrillic), a guess: save it as UTF-8']);
    expect(result.stderr).toContain('cp1251.txt: read as Windows-1251');
    expect(report.findings.map((f: { quote: string }) => f.quote)).toContain('Каждый шестой кофе в подарок');
  });

  it('reads a PNG flyer through OCR and finds what the PDF of the same flyer shows', { timeout: 60_000 }, async () => {
    const demo = 'tests/fixtures/profiles/demo.json';
    const fromImage = JSON.parse((await run('check', `${FIXTURES}/flyer.png`, '--profile', demo, '--format', 'json')).stdout);
    const fromPdf = JSON.parse((await run('check', 'tests/fixtures/pages/flyer.pdf', '--profile', demo, '--format', 'json')).stdout);
    expect(fromImage.sources[0]).toMatchObject({ kind: 'image' });
    expect(fromImage.sources[0].error).toBeUndefined();
    const checksOf = (report: { findings: { check: string; factId?: string }[] }) => report.findings.map((f) => `${f.check}:${f.factId ?? ''}`).sort();
    expect(checksOf(fromImage)).toEqual(checksOf(fromPdf));
    expect(fromImage.summary.error).toBe(4);
  });

  it('reads a PDF with page numbers', async () => {
    const report = JSON.parse((await run('check', `${FIXTURES}/flyer.pdf`, '--profile', PROFILE, '--format', 'json')).stdout);
    expect(report.sources[0]).toMatchObject({ kind: 'pdf' });
    expect(report.promises.length).toBeGreaterThan(0);
    expect(report.promises.every((p: { location: { page: number } }) => p.location.page === 1)).toBe(true);
  });

  it('fetches a URL, and gives up on one that does not answer in time', async () => {
    // The HTML reader (linkedom) loads with the first page: loaded here first, the half-second deadline is the fetch's alone.
    await import('../../../engine/material/parse-html');
    const result = await run('check', server.url('/page'), server.url('/slow'), '--profile', PROFILE, '--format', 'json', '--timeout', '0.5');
    const report = JSON.parse(result.stdout);
    expect(report.sources[0].error).toBeUndefined();
    expect(report.findings.some((f: { source: string; check: string }) => f.source === 's1' && f.check === 'contradiction')).toBe(true);
    expect(report.sources[1].error).toBe('did not finish within 0.5 s');
    expect(result.stderr).toContain(`${server.url('/slow')}: did not finish within 0.5 s`);
  });
});

describe('formats', () => {
  it('json follows the report contract', async () => {
    const report = JSON.parse((await run('check', `${FIXTURES}/flyer.txt`, '--profile', PROFILE, '--format', 'json')).stdout);
    expect(report).toMatchObject({ format: 'sverka.report/1', profile: 'Кофейня «Зерно»', summary: { error: 1, warning: 0 } });
    expect(report.findings[0]).toMatchObject({ id: 'f1', check: 'contradiction', severity: 'error', source: 's1', factId: 'card', quote: 'Каждый шестой кофе в подарок' });
    expect(report.promises.find((p: { kind: string }) => p.kind === 'loyalty')).toMatchObject({ status: 'broken', value: { buy: 5, free: 1 } });
  });

  it.each(['text', 'markdown', 'html'])('%s says both sides', async (format) => {
    const { stdout } = await run('check', `${FIXTURES}/flyer.txt`, '--profile', PROFILE, '--format', format);
    expect(stdout).toContain('Каждый шестой кофе в подарок');
    expect(stdout).toContain('каждый 7-й бесплатно');
  });
});
