import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { localServer } from '../local-server';
import type { BaselineComparison } from '../../../engine/report/baseline';
import type { ServiceScore } from '../../../engine/report/score';
import type { Report } from '../../../engine/report/types';

const PROFILE = 'tests/fixtures/cli/profile.json';
const work = mkdtempSync(join(tmpdir(), 'sverka-baseline-'));
/** One flyer, edited between two checks as a team edits it: the same file, so its findings keep their fingerprints. */
const FLYER = join(work, 'flyer.txt');
/** The loyalty rule contradicts the checklist (every 7th coffee is free); the hours are right. */
const FIRST = 'Кофейня «Зерно» на углу.\n\nКаждый шестой кофе в подарок!\n\nОткрыты с 8 до 20 по будням.\n';
/** The loyalty rule fixed, the hours broken. */
const SECOND = 'Кофейня «Зерно» на углу.\n\nКаждый седьмой кофе в подарок!\n\nОткрыты с 8 до 23 по будням.\n';

/** A one-page site whose page is the flyer's current text. */
let served = FIRST;
const site = localServer((request, response) => {
  if (request.url !== '/') return response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  const paragraphs = served.split('\n\n').map((text) => `<p>${text.trim()}</p>`);
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Зерно</title></head><body>${paragraphs.join('')}</body></html>`);
});

type Scored = Report & { score: ServiceScore | null; baseline?: BaselineComparison };

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), language: 'en' });
  return { code, stdout, stderr };
}

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

let baseline: string;
let first: Scored;

beforeAll(async () => {
  writeFileSync(FLYER, FIRST);
  const result = await run('check', FLYER, '--profile', PROFILE, '--format', 'json');
  first = JSON.parse(result.stdout) as Scored;
  baseline = file('before.json', result.stdout);
  writeFileSync(FLYER, SECOND);
});

describe('the score in the JSON report', () => {
  it('is an extra field beside the contract’s, which stay as they were', () => {
    expect(Object.keys(first)).toEqual(['format', 'profile', 'language', 'createdAt', 'sources', 'promises', 'findings', 'summary', 'score']);
    // One promise kept (the hours), one broken (the loyalty rule), one error on one page: 100 × 1/2 − 10.
    expect(first.score).toEqual({ level: 40, pages: 1, promises: { kept: 1, broken: 1, unknown: 2 }, keptShare: 0.5, errorsPerPage: 1, warningsPerPage: 0, byCheck: { contradiction: 1 } });
  });

  it('is null when no material could be read', async () => {
    const result = await run('check', join(work, 'missing.txt'), '--profile', PROFILE, '--format', 'json');
    expect(result.code).toBe(2);
    expect((JSON.parse(result.stdout) as Scored).score).toBeNull();
  });
});

describe('--baseline', () => {
  it('lists the error fixed and the error new, and the score change, in JSON', async () => {
    const result = await run('check', FLYER, '--profile', PROFILE, '--format', 'json', '--baseline', baseline);
    const report = JSON.parse(result.stdout) as Scored;
    expect(result.code).toBe(1);
    expect(report.baseline).toEqual({
      fixed: [expect.objectContaining({ check: 'contradiction', severity: 'error', quote: 'Каждый шестой кофе в подарок', sourceLocation: FLYER })],
      new: [expect.objectContaining({ check: 'contradiction', severity: 'error', quote: 'Открыты с 8 до 23 по будням', sourceLocation: FLYER })],
      scoreChange: 0,
    });
    expect(report.baseline?.fixed[0]?.fingerprint).toBe(first.findings[0]?.fingerprint);
  });

  it('ends the text and Markdown reports with the comparison', async () => {
    const text = await run('check', FLYER, '--profile', PROFILE, '--baseline', baseline);
    expect(text.stdout).toMatch(
      /\nПо сравнению с базовым отчётом .*before\.json: уровень сервиса 40 → 40 \(±0\); исправлено 1, новых 1\.\nИсправлено:\n {2}- ошибка, .*«Каждый шестой кофе в подарок».*\nНовое:\n {2}- ошибка, .*«Открыты с 8 до 23 по будням»/,
    );
    const markdown = await run('check', FLYER, '--profile', PROFILE, '--format', 'markdown', '--baseline', baseline);
    expect(markdown.stdout).toMatch(/\n## По сравнению с базовым отчётом .*before\.json\n\nУровень сервиса 40 → 40 \(±0\); исправлено 1, новых 1\.\n\n### Исправлено\n/);
  });

  it('with --fail-on regression fails on a new error, not on errors the baseline already had', async () => {
    expect((await run('check', FLYER, '--profile', PROFILE, '--baseline', baseline, '--fail-on', 'regression')).code).toBe(1);
    const now = file('now.json', (await run('check', FLYER, '--profile', PROFILE, '--format', 'json')).stdout);
    const again = await run('check', FLYER, '--profile', PROFILE, '--baseline', now, '--fail-on', 'regression');
    expect(again.code).toBe(0);
    expect((await run('check', FLYER, '--profile', PROFILE, '--baseline', now)).code).toBe(1);
  });

  it('with --fail-on regression fails when the level drops, and passes when it rises', async () => {
    const page = file('page.txt', 'Кофейня «Зерно». Открыты с 8 до 20 по будням.\n');
    const cleaner = file('cleaner.json', (await run('check', page, '--profile', PROFILE, '--format', 'json')).stdout);
    writeFileSync(page, 'Кофейня «Зерно». Открыты с 8 до 20 по будням. Лучший кофе в городе.\n');
    const worse = await run('check', page, '--profile', PROFILE, '--format', 'json', '--baseline', cleaner, '--fail-on', 'regression');
    const report = JSON.parse(worse.stdout) as Scored;
    expect(report.baseline?.new.map((change) => change.severity)).toEqual(['warning']);
    expect(report.baseline?.scoreChange).toBeLessThan(0);
    expect(worse.code).toBe(1);
    const worseFile = file('worse.json', worse.stdout);
    writeFileSync(page, 'Кофейня «Зерно». Открыты с 8 до 20 по будням.\n');
    const better = await run('check', page, '--profile', PROFILE, '--format', 'json', '--baseline', worseFile, '--fail-on', 'regression');
    expect((JSON.parse(better.stdout) as Scored).baseline?.scoreChange).toBeGreaterThan(0);
    expect(better.code).toBe(0);
  });

  it('refuses a baseline that is missing, not JSON or not a sverka.report/1, naming it, with status 2', async () => {
    const notJson = file('notes.txt', 'not a report');
    const profile = file('profile-as-baseline.json', JSON.stringify({ format: 'sverka.profile/1', name: 'x' }));
    for (const [path, why] of [
      [join(work, 'nowhere.json'), 'does not exist'],
      [notJson, 'is not JSON'],
      [profile, 'is not a sverka.report/1 report (its format is "sverka.profile/1")'],
    ] as const) {
      const result = await run('check', FLYER, '--profile', PROFILE, '--baseline', path);
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toContain(`sverka: --baseline ${path}: ${why}`);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('is needed by --fail-on regression, and merge has neither', async () => {
    expect((await run('check', FLYER, '--profile', PROFILE, '--fail-on', 'regression')).stderr).toContain('--fail-on regression needs --baseline REPORT.json');
    expect((await run('merge', baseline, '--fail-on', 'regression')).stderr).toContain('--fail-on expects one of error, warning, never, not "regression"');
  });
});

describe('crawl --baseline', () => {
  it('scores the site and lists what changed on its pages since the last crawl', async () => {
    served = FIRST;
    const before = await run('crawl', site.url('/'), '--profile', PROFILE, '--format', 'json');
    expect((JSON.parse(before.stdout) as Scored).score).toMatchObject({ level: 40, pages: 1 });
    served = SECOND;
    const after = await run('crawl', site.url('/'), '--profile', PROFILE, '--format', 'json', '--baseline', file('crawl-before.json', before.stdout), '--fail-on', 'regression');
    const report = JSON.parse(after.stdout) as Scored & { crawl: unknown };
    expect(report.crawl).toBeDefined();
    expect(report.baseline?.fixed.map((change) => [change.quote, change.sourceLocation])).toEqual([['Каждый шестой кофе в подарок', site.url('/')]]);
    expect(report.baseline?.new.map((change) => change.quote)).toEqual(['Открыты с 8 до 23 по будням']);
    expect(after.code).toBe(1);
  });
});
