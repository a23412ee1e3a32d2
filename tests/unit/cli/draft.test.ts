import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { Profile } from '../../../engine/profile/types';
import { validateProfile } from '../../../engine/profile/validate';
import { CLINIC_SITE, startClinicSite } from '../../support/clinic-site';
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

describe('sverka draft on the shared clinic site (tests/support/clinic-site.ts)', () => {
  let site: Awaited<ReturnType<typeof startClinicSite>>;
  beforeAll(async () => {
    site = await startClinicSite();
  });
  afterAll(() => site.close());

  it('lists every planted conflict with its pages, traces every fact and name to its pages, and validates', async () => {
    const { code, stdout, stderr } = await run('draft', `${site.origin}/`);
    expect(code).toBe(0);
    const profile = JSON.parse(stdout) as Profile;
    expectValid(profile);
    const pathsOf = (evidence: { location: string }[]) => evidence.map((place) => new URL(place.location).pathname);
    const { priceConflict, hoursConflict } = CLINIC_SITE;
    const price = profile.conflicts?.find((conflict) => conflict.kind === 'price' && conflict.topic === priceConflict.service);
    expect(price?.variants.map((variant) => pathsOf(variant.evidence))).toEqual(expect.arrayContaining(priceConflict.places.map((place) => [place.path])));
    const hours = profile.conflicts?.find((conflict) => conflict.kind === 'hours');
    expect(hours?.variants.some((variant) => variant.evidence.some((place) => new URL(place.location).pathname === hoursConflict.path && place.quote.includes(hoursConflict.quote)))).toBe(true);
    // The footer's hours on every page are the other side.
    expect(new Set(hours?.variants.flatMap((variant) => pathsOf(variant.evidence))).size).toBe(CLINIC_SITE.pages.length);
    for (const item of [...profile.facts!, ...profile.names!]) expect(item.evidence!.length).toBeGreaterThan(0);
    for (const item of [...profile.facts!, ...profile.names!]) for (const place of item.evidence!) expect(place.location.startsWith(site.origin)).toBe(true);
    expect(profile.facts!.filter((fact) => fact.label === priceConflict.service)).toEqual([]);
    expect(profile.names).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'organization', canonical: 'Ладья' })]));
    expect(stderr).toContain(`${priceConflict.service}: "`);
    expect(stderr).toContain(`spring-promo.html: answered HTTP 404`);
  });
});
