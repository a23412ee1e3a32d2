import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { Profile } from '../../../engine/profile/types';
import { validateProfile } from '../../../engine/profile/validate';
import { localServer } from '../local-server';

/** The fixture clinic's pages (tests/fixtures/draft), served as its site with a sitemap that lists them. */
const PAGES = ['index', 'services', 'prices', 'contacts'];
const FILES = PAGES.map((name) => `tests/fixtures/draft/${name}.html`);
const pathOf = (name: string) => (name === 'index' ? '/' : `/${name}`);

const server = localServer((request, response) => {
  const path = request.url ?? '/';
  if (path === '/sitemap.xml') {
    const urls = PAGES.map((name) => `<url><loc>http://${request.headers.host}${pathOf(name)}</loc></url>`).join('');
    return response.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`);
  }
  const name = PAGES.find((candidate) => pathOf(candidate) === path);
  if (!name) return response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(`tests/fixtures/draft/${name}.html`));
});

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), language: 'en' });
  return { code, stdout, stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'sverka-draft-'));
const expectValid = (profile: unknown) => {
  const result = validateProfile(profile);
  expect(result.ok ? [] : result.problems).toEqual([]);
};

describe('sverka draft', () => {
  it('drafts a profile from a site: every fact traced to its pages, the two prices of a service one conflict', async () => {
    const { code, stdout, stderr } = await run('draft', server.url('/'));
    expect(code).toBe(0);
    const profile = JSON.parse(stdout) as Profile;
    expectValid(profile);
    expect(profile.sites).toEqual(['http://127.0.0.1/*']);
    const exam = profile.facts!.find((fact) => fact.label === 'Первичный осмотр');
    expect(exam?.evidence?.map((place) => place.location).sort()).toEqual(PAGES.map((name) => server.url(pathOf(name))).sort());
    for (const fact of profile.facts!) expect(fact.evidence!.length).toBeGreaterThan(0);
    expect(profile.conflicts).toMatchObject([{ topic: 'Удаление зуба', kind: 'price' }]);
    expect(profile.conflicts![0]!.variants.flatMap((variant) => variant.evidence.map((place) => place.location)).sort()).toEqual([server.url('/prices'), server.url('/services')]);
    expect(stderr).toContain(`sverka: drafted ${profile.facts!.length} facts, ${profile.names!.length} names and 1 conflict from 4 pages and files\n`);
    expect(stderr).toMatch(/ {2}Удаление зуба: "Удаление зуба — [35] 000 ₽" \(1 page\) vs "Удаление зуба — [35] 000 ₽" \(1 page\)\n/);
  });

  it('drafts from files into --out, which validate then reads with its conflict left to settle', async () => {
    const out = join(scratch(), 'draft.json');
    const drafted = await run('draft', ...FILES, '--out', out, '--name', 'Улыбка на Ленина');
    expect(drafted).toMatchObject({ code: 0, stdout: '' });
    expect(drafted.stderr).toContain(`into ${out}`);
    const profile = JSON.parse(readFileSync(out, 'utf8')) as Profile;
    expect(profile.name).toBe('Улыбка на Ленина');
    expect(profile.sites).toBeUndefined();
    expect(await run('validate', out)).toEqual({
      code: 0,
      stdout: 'ok; 1 conflict left to settle: keep one variant of each as a fact in "facts", then remove it from "conflicts"\n',
      stderr: '',
    });
  });

  it('keeps an existing --out file unless --force', async () => {
    const out = join(scratch(), 'mine.json');
    writeFileSync(out, 'my own profile');
    const refused = await run('draft', FILES[0]!, '--out', out);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: `sverka: ${out} already exists: choose another --out, or add --force to overwrite it\n` });
    expect(readFileSync(out, 'utf8')).toBe('my own profile');
    expect((await run('draft', FILES[0]!, '--out', out, '--force')).code).toBe(0);
    expectValid(JSON.parse(readFileSync(out, 'utf8')));
  });

  it('names a file it cannot read and an unreachable site, and drafts from the rest', async () => {
    const { code, stdout, stderr } = await run('draft', 'http://127.0.0.1:9/', 'tests/fixtures/draft/missing.html', FILES[1]!);
    expect(code).toBe(0);
    expect(stderr).toContain('sverka: cannot reach the site: http://127.0.0.1:9/');
    expect(stderr).toContain('tests/fixtures/draft/missing.html: does not exist');
    const profile = JSON.parse(stdout) as Profile;
    expectValid(profile);
    expect(profile.facts!.map((fact) => fact.label)).toContain('Чистка зубов');
    expect(stderr).toContain('from 1 page or file\n');
  });

  it('drafts nothing when nothing can be read, and says so', async () => {
    const { code, stdout, stderr } = await run('draft', 'tests/fixtures/draft/missing.html');
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain('sverka: nothing could be read, so no profile was drafted\n');
  });

  it('asks for at least one site or file', async () => {
    expect(await run('draft', '--out', 'x.json')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sverka: draft needs at least one site (an http(s):// URL) or material file\nRun with --help for usage.\n',
    });
  });
});
