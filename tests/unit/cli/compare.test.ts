import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { parseArgs, UsageError } from '../../../cli/args';
import type { Benchmark } from '../../../engine/benchmark/benchmark';
import { localServer } from '../local-server';

const OURS = 'tests/fixtures/benchmark/ours-cafe.json';
const BOBS = 'tests/fixtures/benchmark/rival-bobs.html';
const KROSH = 'tests/fixtures/benchmark/rival-krosh.html';

/** The rival café's page served on the web, and one page that is gone. */
const server = localServer((request, response) => {
  if (request.url === '/bobs') return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(BOBS));
  response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
});

async function compare(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['compare', ...argv], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), language: 'en' });
  return { code, stdout, stderr };
}

const aheadOf = (benchmark: Benchmark, topic: string) => benchmark.topics.find((t) => t.topic === topic)!.theirs.map((their) => their.ahead);

describe('sverka compare', () => {
  it('benchmarks a competitor’s web page as sverka.benchmark/1 JSON (the default format), exit 0', async () => {
    const { code, stdout, stderr } = await compare(OURS, '--competitor', server.url('/bobs'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const benchmark = JSON.parse(stdout) as Benchmark;
    expect(benchmark.format).toBe('sverka.benchmark/1');
    expect(benchmark.ours).toBe('Кофейня «Зерно»');
    expect(benchmark.competitors).toEqual([{ id: 'c1', name: 'Кофейня «Бобы»', sources: [{ location: server.url('/bobs') }] }]);
    expect(aheadOf(benchmark, 'Капучино')).toEqual(['theirs']);
    expect(aheadOf(benchmark, 'Часы работы')).toEqual(['theirs']);
    expect(stdout).not.toMatch(/contradiction|wrong-name|findings/);
  });

  it('makes a matrix of several competitors; one that cannot be read is listed with its error and the rest goes on', async () => {
    const { code, stdout, stderr } = await compare(OURS, '--competitor', BOBS, '--competitor', KROSH, server.url('/gone'), '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toMatch(/gone/);
    const benchmark = JSON.parse(stdout) as Benchmark;
    expect(benchmark.competitors.map((c) => c.name)).toEqual(['Кофейня «Бобы»', 'Кафе «Крошка & Ко»']);
    expect(benchmark.competitors[1]!.sources).toEqual([{ location: KROSH }, { location: server.url('/gone'), error: expect.stringMatching(/404/) }]);
    expect(aheadOf(benchmark, 'Доставка')).toEqual(['theirs', 'ours']);
    expect(aheadOf(benchmark, 'Скидка именинникам')).toEqual(['unknown', 'theirs']);
  });

  it('exports the matrix as CSV, a row per topic and competitor', async () => {
    const { code, stdout } = await compare(OURS, '-c', BOBS, '-c', KROSH, '--format=csv');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Тема,Вид,У нас,Конкурент,У конкурента,Цитата,Где,Кто впереди');
    expect(lines).toHaveLength(1 + 8 * 2);
    expect(lines).toContain(`Капучино,price,250 ₽,Кафе «Крошка & Ко»,250 ₽,Капучино — 250 ₽,${KROSH},tie`);
  });

  it('exports the matrix as HTML, the competitor’s words escaped', async () => {
    const { code, stdout } = await compare(OURS, '--competitor', BOBS, '--competitor', KROSH, '--format', 'html');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/);
    expect(stdout).toContain('<th scope="col">Кафе «Крошка &amp; Ко»</th>');
    expect(stdout).not.toContain('<script>');
  });

  it('writes Markdown', async () => {
    const { stdout } = await compare(OURS, '--competitor', BOBS, '--format', 'markdown');
    expect(stdout).toContain('| Капучино | 250 ₽ | 220 ₽ — конкурент впереди |');
  });
});

describe('sverka compare: bad input, one clear message each', () => {
  it('a missing profile', async () => {
    const { code, stdout, stderr } = await compare('missing.json', '--competitor', BOBS);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe('missing.json: does not exist');
  });

  it('no competitor could be read: the benchmark still written, the status 2', async () => {
    const { code, stdout, stderr } = await compare(OURS, '--competitor', 'tests/fixtures/benchmark/nowhere.html');
    expect(code).toBe(2);
    expect(stderr).toMatch(/nowhere\.html: does not exist/);
    expect(stderr).toMatch(/no competitor's material could be read/);
    expect((JSON.parse(stdout) as Benchmark).competitors[0]!.sources[0]!.error).toBeTruthy();
  });

  it('a competitor profile given as ours', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sverka-compare-'));
    const theirs = join(dir, 'theirs.json');
    writeFileSync(theirs, JSON.stringify({ ...JSON.parse(readFileSync(OURS, 'utf8')), role: 'competitor' }));
    const { code, stderr } = await compare(theirs, '--competitor', BOBS);
    expect(code).toBe(2);
    expect(stderr).toMatch(/marked "role": "competitor"/);
  });

  it('usage: no competitor, two profiles, a bad format', async () => {
    expect((await compare(OURS)).stderr).toMatch(/compare needs at least one --competitor/);
    expect((await compare(OURS, OURS, '--competitor', BOBS)).stderr).toMatch(/exactly one profile/);
    const badFormat = await compare(OURS, '--competitor', BOBS, '--format', 'text');
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toMatch(/--format expects one of json, html, markdown, csv, not "text"/);
  });
});

describe('parseArgs compare', () => {
  it('groups the materials after each --competitor as one competitor', () => {
    expect(parseArgs(['compare', 'ours.json', '--competitor', 'a.html', 'https://a.example/', '--competitor=b.pdf', '--lang', 'ru'])).toMatchObject({
      command: 'compare',
      profile: 'ours.json',
      competitors: [['a.html', 'https://a.example/'], ['b.pdf']],
      format: 'json',
      language: 'ru',
    });
    expect(() => parseArgs(['compare', 'ours.json', '--competitor'])).toThrow(UsageError);
    expect(() => parseArgs(['compare', 'ours.json', '--competitor', 'a.html', '--max-pages', '3'])).toThrow(/unknown option "--max-pages" for compare/);
  });
});
