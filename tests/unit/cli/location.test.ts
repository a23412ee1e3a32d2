import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { Report } from '../../../engine/report/types';
import { localServer } from '../local-server';

const CHAIN = 'tests/fixtures/profiles/chain.json';
const DIR = mkdtempSync(join(tmpdir(), 'sverka-location-'));
/** A flyer for the Arbat centre that carries the Tverskaya centre's phone. */
const FLYER = join(DIR, 'flyer.txt');
writeFileSync(FLYER, 'Клиника «Здоровье+ Арбат»: Москва, ул. Арбат, д. 24.\nЗапись по телефону +7 495 222-33-44.\n');
/** A page whose weekday hours are the Tverskaya centre's, not the brand's. */
const HOURS = '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Часы</title></head><body><main><h1>Часы работы</h1><p>Работаем по будням с 07:00 до 22:00.</p></main></body></html>';

const server = localServer((_, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HOURS);
});

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), language: 'en' });
  return { code, stdout, stderr };
}

const reportOf = (stdout: string) => JSON.parse(stdout) as Report;
const wrongNames = (report: Report) => report.findings.filter((f) => f.check === 'wrong-name').map((f) => [f.quote, f.message]);

describe('check --location', () => {
  const flagged = [['+7 495 222-33-44', 'Телефон центра «Здоровье+ на Тверской», а материал — центра «Здоровье+ Арбат».']];
  it("binds the flyer to its centre by its contacts and flags the other centre's phone, naming both", async () => {
    const { code, stdout, stderr } = await run('check', FLYER, '--profile', CHAIN, '--format', 'json');
    expect(code).toBe(1);
    expect(stderr).toBe('sverka: checked against the location "arbat" (Здоровье+ Арбат): the material names its contacts; --location ID chooses another\n');
    expect(reportOf(stdout).location).toEqual({ id: 'arbat', name: 'Здоровье+ Арбат', by: 'contacts' });
    expect(wrongNames(reportOf(stdout))).toEqual(flagged);
  });
  it('checks against the chosen location, and says it was chosen', async () => {
    const { stdout, stderr } = await run('check', FLYER, '--profile', CHAIN, '--format', 'json', '--location', 'arbat');
    expect(stderr).toBe('');
    expect(reportOf(stdout).location).toEqual({ id: 'arbat', name: 'Здоровье+ Арбат', by: 'choice' });
    expect(wrongNames(reportOf(stdout))).toEqual(flagged);
  });
  it('names the location beside the profile in the text and Markdown reports', async () => {
    expect((await run('check', FLYER, '--profile', CHAIN, '--location', 'arbat')).stdout.split('\n')[0]).toMatch(/: Сеть клиник «Здоровье\+» — Здоровье\+ Арбат$/);
    expect((await run('check', FLYER, '--profile', CHAIN, '--format', 'markdown')).stdout.split('\n')[0]).toMatch(/^# .*: Сеть клиник «Здоровье\+» — Здоровье\+ Арбат$/);
  });
  it('refuses an unknown location with one message listing the ids', async () => {
    const { code, stdout, stderr } = await run('check', FLYER, '--profile', CHAIN, '--location', 'lublino');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('sverka: --location: no location "lublino" in the profile: expected one of arbat, tverskaya, sokol\nRun with --help for usage.\n');
  });
  it('refuses --location without an id', async () => {
    expect((await run('check', FLYER, '--profile', CHAIN, '--location')).stderr).toMatch(/^sverka: --location expects the id of one of the profile's locations/);
  });
  it('names no location for a profile without locations, and refuses one chosen there', async () => {
    const { stdout } = await run('check', FLYER, '--profile', 'tests/fixtures/profiles/dental.json', '--format', 'json');
    expect(reportOf(stdout).location).toBeUndefined();
    expect((await run('check', FLYER, '--profile', 'tests/fixtures/profiles/dental.json', '--location', 'arbat')).stderr).toContain('the profile has no locations');
  });
});

describe('crawl --location', () => {
  const contradictions = (report: Report) => report.findings.filter((f) => f.check === 'contradiction').map((f) => f.quote);
  it("holds each page against the chosen centre's hours", async () => {
    const { stdout } = await run('crawl', server.url('/'), '--profile', CHAIN, '--format', 'json', '--max-pages', '1', '--location', 'tverskaya');
    expect(reportOf(stdout).location).toEqual({ id: 'tverskaya', name: 'Здоровье+ на Тверской', by: 'choice' });
    expect(contradictions(reportOf(stdout))).toEqual([]);
  });
  it("holds them against the brand's hours without a location", async () => {
    const { stdout } = await run('crawl', server.url('/'), '--profile', CHAIN, '--format', 'json', '--max-pages', '1');
    expect(reportOf(stdout).location).toBeUndefined();
    expect(contradictions(reportOf(stdout))).toEqual(['Работаем по будням с 07:00 до 22:00']);
  });
  it("binds the pages by the centre's site pattern", async () => {
    const profile = JSON.parse(readFileSync(CHAIN, 'utf8'));
    profile.locations[1].sites = ['http://127.0.0.1/*'];
    const file = join(DIR, 'chain-local.json');
    writeFileSync(file, JSON.stringify(profile));
    const { stdout } = await run('crawl', server.url('/'), '--profile', file, '--format', 'json', '--max-pages', '1');
    expect(reportOf(stdout).location).toEqual({ id: 'tverskaya', name: 'Здоровье+ на Тверской', by: 'site' });
    expect(contradictions(reportOf(stdout))).toEqual([]);
  });
});

describe('validate', () => {
  it('refuses a bad location with its path', async () => {
    const profile = JSON.parse(readFileSync(CHAIN, 'utf8'));
    profile.locations[1].facts[0].id = 'parking';
    const file = join(DIR, 'bad-chain.json');
    writeFileSync(file, JSON.stringify(profile));
    const { code, stderr } = await run('validate', file);
    expect(code).toBe(2);
    expect(stderr).toBe(`${file}: locations[1].facts[0].id: the profile has no fact "parking": a location may only give its own value of one of "facts"\n`);
  });
});
