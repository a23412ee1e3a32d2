import { describe, expect, it } from 'vitest';
import { draftReader, type DraftReaders } from '../../../../browser/draft/read-draft';
import { checkMaterials } from '../../../../engine/engine';
import { DEFAULT_LIMITS } from '../../../../engine/material/limits';
import { loadMaterialOrError } from '../../../../engine/material/load';
import type { Profile } from '../../../../engine/profile/types';
import type { Report } from '../../../../engine/report/types';
import type { SiteCheck } from '../../../../engine/site/site-check';

const unavailable = async (): Promise<never> => {
  throw new Error('not in this test');
};
const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });
const ENVIRONMENT = { parseHtml: unavailable, openPdf: unavailable, recognise: unavailable };
const DRAFT: Profile = { format: 'sverka.profile/1', name: 'drafted' };

/** A site of one page already checked: source s1 with its promises, as the crawl gives it. */
async function onePageSite(): Promise<SiteCheck> {
  const read = async () => ({ bytes: new TextEncoder().encode('Приём терапевта — 1 900 ₽.'), contentType: 'text/plain' });
  const material = await loadMaterialOrError(read, { id: 's1', location: 'http://x.test/', title: 'x' }, ENVIRONMENT);
  const report = await checkMaterials([material], { format: 'sverka.profile/1', name: '' });
  return { report: { ...report, excluded: [{ url: 'http://x.test/private/', why: 'robots' }] }, materials: [] };
}

/** The readers with a canned site; the files read and checked for real; the report drafted from kept for the test. */
function readers(site: () => Promise<SiteCheck>) {
  const drafted: Report[] = [];
  const given: DraftReaders = {
    readSite: site,
    environment: ENVIRONMENT,
    limits: async () => DEFAULT_LIMITS,
    check: (material, profile) => checkMaterials([material], profile),
    draft: (report) => {
      drafted.push(report);
      return DRAFT;
    },
  };
  return { drafted, read: draftReader(given) };
}

const progress = () => undefined;

describe('draftReader', () => {
  it('drafts from the site and the files as one report, the files numbered after the pages', async () => {
    const { drafted, read } = readers(onePageSite);
    const result = await read({ url: 'http://x.test/', files: [textFile('flyer.txt', 'Приём терапевта — 2 400 ₽.')] }, new AbortController().signal, progress);
    expect(result).toEqual({ draft: DRAFT });
    const [report] = drafted;
    expect(report!.sources.map((source) => [source.id, source.location])).toEqual([
      ['s1', 'http://x.test/'],
      ['s2', 'flyer.txt'],
    ]);
    const ids = report!.promises.map((promise) => promise.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(report!.promises.map((promise) => promise.source)).toEqual(expect.arrayContaining(['s1', 's2']));
  });

  it('drafts from files alone', async () => {
    const { drafted, read } = readers(unavailable);
    await read({ files: [textFile('a.txt', 'Гарантия — 1 год.'), textFile('b.txt', 'Гарантия — 2 года.')] }, new AbortController().signal, progress);
    expect(drafted[0]!.sources.map((source) => source.id)).toEqual(['s1', 's2']);
  });

  it('says a site it cannot reach is unreachable, and with files beside it drafts from the files', async () => {
    const unreachable = async (): Promise<SiteCheck> => ({ unreachable: 'http://x.test/: connection refused' });
    const alone = readers(unreachable);
    expect(await alone.read({ url: 'http://x.test/', files: [] }, new AbortController().signal, progress)).toEqual({ unreachable: 'http://x.test/: connection refused' });
    expect(alone.drafted).toEqual([]);
    const withFiles = readers(unreachable);
    expect(await withFiles.read({ url: 'http://x.test/', files: [textFile('a.txt', 'Гарантия — 1 год.')] }, new AbortController().signal, progress)).toEqual({ draft: DRAFT });
  });

  it('stops before the next file once cancelled', async () => {
    const { drafted, read } = readers(onePageSite);
    const abort = new AbortController();
    abort.abort();
    await expect(read({ url: 'http://x.test/', files: [textFile('a.txt', 'x')] }, abort.signal, progress)).rejects.toThrow();
    expect(drafted).toEqual([]);
  });
});
