import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { Finding, Report } from '../../../engine/report/types';
import type { CrawlReport } from '../../../engine/site/merge';
import { CLINIC_SITE, startClinicSite } from '../../support/clinic-site';

const PROFILE = CLINIC_SITE.profile;
/** A crawl of the whole site reads every page once, a quarter second apart: a hook has longer than a test. */
const CRAWL_TIMEOUT_MS = 120_000;

let site: Awaited<ReturnType<typeof startClinicSite>>;
beforeAll(async () => {
  site = await startClinicSite();
});
afterAll(() => site.close());
const start = () => `${site.origin}/`;

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), language: 'en' });
  return { code, stdout, stderr };
}

const work = mkdtempSync(join(tmpdir(), 'sverka-merge-'));
/** A file in the test's own folder, as a CI job's artifact would be. */
function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

/** `crawl … --format json > NAME`, as each job of the CI matrix runs it. */
async function crawlTo(name: string, ...extra: string[]) {
  const result = await run(['crawl', start(), '--profile', PROFILE, '--format', 'json', ...extra]);
  return { ...result, path: file(name, result.stdout), report: JSON.parse(result.stdout) as CrawlReport };
}

/** The report with ids, its time and the order of its lists set aside: sources, promises and findings by the pages they are on. */
function normalised(report: Report) {
  const where = (id: string | undefined) => report.sources.find((source) => source.id === id)?.location;
  const finding = (f: Finding) => ({ ...f, id: undefined, promiseId: undefined, source: where(f.source), related: f.related?.map((place) => ({ ...place, source: where(place.source) })) });
  const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
  return {
    format: report.format,
    profile: report.profile,
    sources: report.sources.map((source) => ({ ...source, id: undefined })).sort(byJson),
    promises: report.promises.map((promise) => ({ ...promise, id: undefined, source: where(promise.source) })).sort(byJson),
    findings: report.findings.map(finding).sort(byJson),
    summary: report.summary,
  };
}

const consistency = (report: Report) =>
  report.findings
    .filter((finding) => finding.check === 'consistency')
    .map((finding) => {
      const where = (id: string) => new URL(report.sources.find((source) => source.id === id)!.location).pathname;
      return `${where(finding.source!)} ↔ ${finding.related!.map((place) => where(place.source)).join(', ')}: ${finding.message}`;
    })
    .sort();

describe('sverka merge', () => {
  it('merges the three shards of a crawl into the report of one unsharded crawl', { timeout: CRAWL_TIMEOUT_MS }, async () => {
    // As each job of the CI matrix in the README runs it: the merge, not the shard, decides the status.
    const shard = (i: number) => crawlTo(`shard-${i}.json`, '--shard', `${i}/3`, '--fail-on', 'never');
    const [whole, ...shards] = await Promise.all([crawlTo('whole.json'), shard(1), shard(2), shard(3)]);
    expect(shards.map(({ report }) => report.crawl.shard)).toEqual(['1/3', '2/3', '3/3']);
    expect(whole.report.crawl).toMatchObject({ url: start(), profile: { format: 'sverka.profile/1' } });
    expect(whole.report.crawl.shard).toBeUndefined();
    const merged = await run(['merge', ...shards.map(({ path }) => path), '--format', 'json', '--fail-on', 'error']);
    const report = JSON.parse(merged.stdout) as CrawlReport;
    expect(normalised(report)).toEqual(normalised(whole.report));
    const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
    expect(report.excluded.sort(byUrl)).toEqual(whole.report.excluded.sort(byUrl));
    expect(report.crawl).toEqual({ url: start(), profile: whole.report.crawl.profile });
    // The planted disagreements, each naming both pages, whichever shards their pages fell in.
    const found = consistency(report);
    expect(found).toEqual(consistency(whole.report));
    const [first, second] = CLINIC_SITE.priceConflict.places;
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${first.path} ↔ ${second.path}:`)),
        expect.stringMatching(new RegExp(`^${second.path} ↔ ${first.path}:`)),
        expect.stringMatching(new RegExp(`^${CLINIC_SITE.hoursConflict.path} ↔ `)),
      ]),
    );
    expect(merged.code).toBe(whole.code);
    expect(merged.code).toBe(2); // the broken link is a source with an error, as in crawl
    expect(merged.stderr).toContain(`merged 3 reports of ${start()}: ${whole.report.sources.length} pages`);
    expect(merged.stderr).toContain('left out 2 pages (2 by robots.txt)');
    expect(merged.stderr).toContain(`${CLINIC_SITE.broken}: answered HTTP 404`);
  });

  it('renders the merged report in every format, and says which shards are missing', { timeout: CRAWL_TIMEOUT_MS }, async () => {
    const parts = await Promise.all([1, 2, 3].map((i) => crawlTo(`part-${i}.json`, '--shard', `${i}/3`, '--fail-on', 'never')));
    const paths = parts.map(({ path }) => path);
    // Each page with findings is named, as in the crawl's report: the page whose hours break the checklist among them.
    const pages = parts.flatMap(({ report }) => report.sources.filter((source) => report.findings.some((finding) => finding.source === source.id)).map((source) => source.location));
    expect(pages).toContain(`${site.origin}${CLINIC_SITE.hoursConflict.path}`);
    for (const [format, opening] of [
      ['markdown', /^#/],
      ['html', /^<!doctype html>/i],
      ['text', /\S/],
    ] as const) {
      const { code, stdout } = await run(['merge', ...paths, '--format', format, '--fail-on', 'never']);
      expect(code).toBe(2); // the broken link
      expect(stdout).toMatch(opening);
      for (const location of pages) expect(stdout).toContain(location);
    }
    const partial = await run(['merge', paths[0]!, paths[2]!, '--format', 'markdown']);
    expect(partial.stderr).toContain('shard 2/3 missing: the merged report does not cover the whole site');
    expect(await run(['merge', ...paths, '--format', 'markdown'])).not.toMatchObject({ stderr: expect.stringContaining('missing') });
  });

  it('refuses, in one line naming the file, what is no crawl report of the same site and profile', { timeout: CRAWL_TIMEOUT_MS }, async () => {
    const { path: shard, report } = await crawlTo('one.json', '--shard', '1/2');
    const checked = await run(['check', file('page.txt', 'Удаление зуба — 3 500 ₽.'), '--profile', PROFILE, '--format', 'json']);
    const cases: [string, string][] = [
      [file('empty.json', ''), 'is empty'],
      [file('text.json', 'sverka: cannot reach the site'), 'is not JSON'],
      [file('check.json', checked.stdout), 'is not a crawl report'],
      [file('profile.json', JSON.stringify({ format: 'sverka.profile/1', name: 'x' })), 'is not a sverka.report/1 report'],
      [file('other-site.json', JSON.stringify({ ...report, crawl: { ...report.crawl, url: 'https://other.example/' } })), 'is a crawl of https://other.example/'],
      [join(work, 'nowhere.json'), 'does not exist'],
    ];
    for (const [path, words] of cases) {
      const { code, stdout, stderr } = await run(['merge', shard, path]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.startsWith(`sverka: ${path}: `)).toBe(true);
      expect(stderr).toContain(words);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('refuses bad usage', async () => {
    expect((await run(['merge'])).stderr).toContain('merge expects the JSON reports of crawl --shard');
    expect((await run(['merge', 'a.json', '--profile', PROFILE])).stderr).toContain('merge takes the profile from the crawl reports');
    expect((await run(['merge', 'a.json', '--max-pages', '3'])).stderr).toContain('unknown option "--max-pages" for merge');
  });
});
