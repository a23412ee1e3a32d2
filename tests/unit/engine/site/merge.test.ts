import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromText } from '../../../../engine/material/from-text';
import type { Profile } from '../../../../engine/profile/types';
import type { Finding, Report } from '../../../../engine/report/types';
import { ReportRefusal } from '../../../../engine/report/parse';
import { type CrawlReport, crawlOrigin, mergeReports, missingShards, type NamedReport, parseCrawlReport } from '../../../../engine/site/merge';
import { combinedReport, type ExcludedPage, renumbered } from '../../../../engine/site/site-check';
import { expectValidReport } from '../../../support/report-shape';

const DENTAL = JSON.parse(readFileSync('tests/fixtures/profiles/dental.json', 'utf8')) as Profile;
/** The clinic with no checklist facts: the pages alone settle a disagreement, so the whole site decides which page is flagged. */
const NO_FACTS: Profile = { ...DENTAL, facts: [] };
const SITE = 'https://clinic.example/';

/** A site's pages: two of three agree on the price of an extraction, one says otherwise. */
const PAGES: Record<string, string> = {
  'https://clinic.example/': 'Лечим без боли. Удаление зуба — 3 500 ₽.',
  'https://clinic.example/services': 'Приходите. Удаление зуба стоит 4 000 руб.',
  'https://clinic.example/prices': 'Удаление зуба — 3 500 ₽. Смета до начала лечения.',
  'https://clinic.example/contacts': 'Работаем пн–сб с 9:00 до 20:00.',
};

/** Each page checked on its own and numbered as checkSite numbers them, then combined: what `crawl` writes for these pages. */
async function crawlOf(locations: string[], options: { shard?: string; excluded?: ExcludedPage[]; profile?: Profile } = {}): Promise<CrawlReport> {
  const profile = options.profile ?? NO_FACTS;
  const counts = { promises: 0, findings: 0 };
  const pages: Report[] = [];
  for (const [i, location] of locations.entries()) {
    const report = await checkMaterials([materialFromText(PAGES[location]!, { id: 's1', kind: 'page', location, title: location }, 'ru')], profile);
    pages.push(renumbered(report, new Map([['s1', `s${i + 1}`]]), counts));
  }
  const [index, count] = options.shard?.split('/').map(Number) ?? [];
  return { ...combinedReport(pages, profile, options.excluded ?? []), crawl: crawlOrigin(SITE, profile, index ? { index, count: count! } : undefined) };
}

const named = (...reports: CrawlReport[]): NamedReport[] => reports.map((report, i) => ({ file: `shard-${i + 1}.json`, report }));
const locationOf = (report: Report, id: string | undefined) => report.sources.find((source) => source.id === id)?.location;
const isSiteLevel = (finding: Finding) => finding.check === 'consistency' && finding.related?.some((place) => place.source !== finding.source);

/** A report as its pages and findings, with ids, times and order set aside: what must be equal between two ways of making it. */
function normalised(report: Report) {
  const finding = (f: Finding) => ({ ...f, id: undefined, promiseId: undefined, source: locationOf(report, f.source), related: f.related?.map((place) => ({ ...place, source: locationOf(report, place.source) })) });
  const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
  return {
    sources: report.sources.map((source) => ({ ...source, id: undefined })).sort(byJson),
    promises: report.promises.map((promise) => ({ ...promise, id: undefined, source: locationOf(report, promise.source) })).sort(byJson),
    findings: report.findings.map(finding).sort(byJson),
    summary: report.summary,
  };
}

describe('merge: must merge', () => {
  it('equals one crawl of the whole site, its consistency found again over every page', async () => {
    const all = Object.keys(PAGES);
    const whole = await crawlOf(all);
    // The first shard holds a tie (3 500 here, 4 000 there) that the third page settles on the whole site.
    const shards = [await crawlOf([all[0]!, all[1]!], { shard: '1/2' }), await crawlOf([all[2]!, all[3]!], { shard: '2/2' })];
    expect(shards[0]!.findings.filter(isSiteLevel)).toHaveLength(2);
    // Each shard is silent on a pillar («Без боли», «Понятная цена») a page of the other voices: the site is silent on neither.
    const silent = (report: Report) => report.findings.filter((finding) => finding.source === undefined).map((finding) => finding.quote);
    expect(shards.map(silent)).toEqual([['Понятная цена'], ['Без боли']]);
    const merged = mergeReports(named(...shards));
    expectValidReport(merged);
    expect(normalised(merged)).toEqual(normalised(whole));
    const flagged = merged.findings.filter(isSiteLevel);
    expect(flagged.map((finding) => locationOf(merged, finding.source))).toEqual(['https://clinic.example/services']);
    expect(merged.crawl).toEqual({ url: SITE, profile: NO_FACTS });
    expect(silent(merged)).toEqual([]);
  });

  it('is the same whichever order the shards come in', async () => {
    const all = Object.keys(PAGES);
    // The two pages that agree come in one order one way round and in the other the other way.
    const shards = [await crawlOf([all[0]!, all[3]!], { shard: '1/2' }), await crawlOf([all[1]!, all[2]!], { shard: '2/2' })];
    expect(normalised(mergeReports(named(...shards)))).toEqual(normalised(mergeReports(named(shards[1]!, shards[0]!))));
  });

  it('keeps each page once, however many reports hold it, and the profile’s own findings once', async () => {
    const all = Object.keys(PAGES);
    const silent: Finding = { id: 'f99', check: 'concept', severity: 'info', quote: '', message: 'The pillar is never communicated.', fingerprint: 'pillar-silent' };
    const withSilent = (report: CrawlReport): CrawlReport => ({ ...report, findings: [...report.findings, silent], summary: { ...report.summary, info: report.summary.info + 1 } });
    const first = withSilent(await crawlOf([all[0]!, all[1]!]));
    const overlapping = withSilent(await crawlOf([all[1]!, all[2]!]));
    const merged = mergeReports(named(first, overlapping, first));
    expectValidReport(merged);
    expect(merged.sources.map((source) => source.location)).toEqual([all[0], all[1], all[2]]);
    expect(merged.findings.filter((finding) => finding.fingerprint === 'pillar-silent')).toHaveLength(1);
    expect(normalised(merged)).toEqual(normalised(withSilent(await crawlOf([all[0]!, all[1]!, all[2]!]))));
  });

  it('lists each page left out once', async () => {
    const robots: ExcludedPage = { url: 'https://clinic.example/private/', why: 'robots' };
    const elsewhere: ExcludedPage = { url: 'https://elsewhere.example/', why: 'other-host' };
    const merged = mergeReports(named(await crawlOf(['https://clinic.example/'], { excluded: [robots, elsewhere] }), await crawlOf(['https://clinic.example/prices'], { excluded: [robots] })));
    expect(merged.excluded).toEqual([robots, elsewhere]);
  });

  it('reads back what crawl writes, and a report of before "excluded" as one with none left out', async () => {
    const report = await crawlOf(['https://clinic.example/'], { shard: '1/3' });
    expect(parseCrawlReport(JSON.stringify(report), 'shard-1.json')).toEqual(report);
    const { excluded: _, ...older } = report;
    expect(parseCrawlReport(JSON.stringify(older), 'old.json').excluded).toEqual([]);
  });

  it('warns of the shards that are not there', async () => {
    const of = async (shard: string) => crawlOf(['https://clinic.example/'], { shard });
    expect(missingShards(named(await of('1/3'), await of('3/3')))).toContain('shard 2/3 missing');
    expect(missingShards(named(await of('1/2'), await of('2/2')))).toBeUndefined();
    expect(missingShards(named(await of('1/2'), await crawlOf(['https://clinic.example/'])))).toBeUndefined();
  });
});

describe('merge: must refuse, naming the file', () => {
  const refusal = (text: string) => {
    try {
      parseCrawlReport(text, 'shard-2.json');
    } catch (error) {
      expect(error).toBeInstanceOf(ReportRefusal);
      return (error as Error).message;
    }
    throw new Error('not refused');
  };

  it('a file that is not a crawl report', async () => {
    const report = await crawlOf(['https://clinic.example/']);
    const { crawl: _, ...checked } = report;
    expect(refusal('')).toMatch(/^shard-2\.json: is empty/);
    expect(refusal('{"format": "sverka.report/1",')).toMatch(/^shard-2\.json: is not JSON \(/);
    expect(refusal('[1, 2]')).toMatch(/^shard-2\.json: is not a Sverka report/);
    expect(refusal(JSON.stringify(DENTAL))).toBe('shard-2.json: is not a sverka.report/1 report (its format is "sverka.profile/1")');
    expect(refusal(JSON.stringify({ ...report, findings: undefined }))).toContain('no "findings" list');
    expect(refusal(JSON.stringify(checked))).toMatch(/^shard-2\.json: is not a crawl report \(it has no "crawl" field/);
    expect(refusal(JSON.stringify({ ...report, crawl: { ...report.crawl, shard: '4/3' } }))).toContain('"shard" is not I/N');
    expect(refusal(JSON.stringify({ ...report, crawl: { ...report.crawl, profile: { ...DENTAL, name: '' } } }))).toMatch(/invalid profile in "crawl": name: /);
  });

  it('reports of another site or profile', async () => {
    const first = await crawlOf(['https://clinic.example/']);
    const other = (report: CrawlReport) => () => mergeReports(named(first, report));
    expect(other({ ...first, crawl: { ...first.crawl, url: 'https://other.example/' } })).toThrow('shard-2.json: is a crawl of https://other.example/, not of https://clinic.example/ as shard-1.json is');
    expect(other(await crawlOf(['https://clinic.example/prices'], { profile: { ...NO_FACTS, name: 'Другая клиника' } }))).toThrow(
      'shard-2.json: was checked against the profile "Другая клиника", shard-1.json against "Стоматология «Улыбка»"',
    );
    expect(other(await crawlOf(['https://clinic.example/prices'], { profile: DENTAL }))).toThrow('shard-2.json: was checked against another version of the profile');
    // The same start page spelled otherwise, and the same profile with its keys in another order, are the same crawl.
    const reordered = Object.fromEntries(Object.entries(NO_FACTS).reverse()) as unknown as Profile;
    expect(other({ ...first, crawl: { url: 'https://CLINIC.example', profile: reordered } })).not.toThrow();
  });
});
