import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { EVERYWHERE } from '../../../../browser/db/check';
import { fingerprintAnywhere } from '../../../../engine/engine';
import { openDatabase, type SverkaDb } from '../../../../browser/db/database';
import { historyOf } from '../../../../browser/db/history';
import { importProfile } from '../../../../browser/db/profiles';
import { createMaterialsSession, type MaterialsPort, type MaterialsState } from '../../../../browser/materials/session';
import type { Limits } from '../../../../engine/material/limits';

const dental = readFileSync('tests/fixtures/profiles/dental.json', 'utf8');
const TYPOS = 'Стоматология «Улыбка+». Гарантия на импланты — 10 лет.';

let counter = 0;
const freshDb = () => openDatabase(`sverka-materials-${++counter}`);
async function withDental(db: SverkaDb): Promise<string> {
  const imported = await importProfile(db, dental);
  if (!imported.ok) throw new Error('dental.json no longer imports');
  return imported.id;
}

/** Text formats need no parser; anything else says it cannot be opened here. */
function fakePort(fetchUrl: MaterialsPort['fetchUrl'] = async () => ({ bytes: new TextEncoder().encode(TYPOS), contentType: 'text/plain' })): MaterialsPort {
  const unavailable = async (): Promise<never> => {
    throw new Error('not in this test');
  };
  return {
    environment: { parseHtml: unavailable, openPdf: unavailable, recognise: unavailable },
    assetUrl: (path) => path,
    fetchUrl,
    copy: async () => undefined,
    download: () => undefined,
  };
}

const materials = (db: SverkaDb, port = fakePort(), initialUrl?: string) => createMaterialsSession({ db, port, t: (key) => key, initialUrl });
const textFile = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

/** Waits for what a session does in the background; the first check loads the engine's dictionaries, slow on a loaded machine. */
const until = (assertion: () => void) => vi.waitFor(assertion, { timeout: 20_000, interval: 20 });

describe('the materials session', () => {
  it('checks the files that could be read and lists the one that could not', async () => {
    const db = freshDb();
    const session = materials(db);
    session.chooseProfile(await withDental(db));
    session.addFiles([textFile('flyer.txt', TYPOS), new File([new Uint8Array([1, 2, 3])], 'scan.xyz')]);
    session.addText('Гарантия на импланты — 10 лет.');
    await session.check();
    const { report, materials: read, status, progress } = session.get();
    expect(status).toBe('');
    expect(progress).toBeNull();
    expect(read.map((m) => [m.source.location, Boolean(m.source.error)])).toEqual([
      ['flyer.txt', false],
      ['scan.xyz', true],
      [expect.stringMatching(/^pastedText \d+\.txt$/), false],
    ]);
    expect(report!.findings.some((f) => f.source === 's1')).toBe(true);
    expect(report!.findings.some((f) => f.source === 's2')).toBe(false);
    const names = read
      .map((m) => m.source.location)
      .sort()
      .join(' | ');
    expect(await historyOf(db, `materials:${names}`)).toHaveLength(1);
  });

  it('shows no report when nothing could be read', async () => {
    const db = freshDb();
    const session = materials(db);
    session.chooseProfile(await withDental(db));
    session.addFiles([new File(['?'], 'a.xyz'), new File(['?'], 'b.xyz')]);
    await session.check();
    expect(session.get()).toMatchObject({ report: null, diff: null, status: '' });
    expect(session.get().materials.every((m) => m.source.error)).toBe(true);
    expect(await db.reports.count()).toBe(0);
  });

  it('stops the batch on cancel: the items after the one being read are never read, nothing is stored', async () => {
    const db = freshDb();
    const session = materials(db);
    session.chooseProfile(await withDental(db));
    const stuck = textFile('slow.txt', TYPOS);
    stuck.arrayBuffer = () => new Promise(() => undefined);
    session.addFiles([stuck, textFile('next.txt', TYPOS)]);
    const reached: number[] = [];
    session.subscribe((state: MaterialsState) => state.progress && reached.push(state.progress.index));
    const running = session.check();
    await until(() => expect(session.get().progress).not.toBeNull());
    session.cancel();
    await running;
    expect(session.get()).toMatchObject({ status: 'cancelled', progress: null, report: null, materials: [] });
    expect(new Set(reached)).toEqual(new Set([0]));
    expect(await db.reports.count()).toBe(0);
    expect(session.get().items).toHaveLength(2);
  });

  it('names the stage of the batch: each PDF page as it is read, then the checks', async () => {
    const db = freshDb();
    const pdf = {
      numPages: 2,
      getPage: async (n: number) => ({ getTextContent: async () => ({ items: [{ str: `Гарантия на импланты — ${n} лет.`, transform: [10, 0, 0, 10, 0, 700], hasEOL: true }] }) }),
    };
    const port = fakePort();
    const session = materials(db, { ...port, environment: { ...port.environment, openPdf: async () => pdf } });
    session.chooseProfile(await withDental(db));
    session.addFiles([textFile('memo.txt', TYPOS), new File([new Uint8Array([37, 80, 68, 70])], 'price.pdf', { type: 'application/pdf' })]);
    const seen: NonNullable<MaterialsState['progress']>[] = [];
    session.subscribe((state: MaterialsState) => {
      const last = seen.at(-1);
      if (state.progress && (state.progress.index !== last?.index || JSON.stringify(state.progress.stage) !== JSON.stringify(last.stage))) seen.push(state.progress);
    });
    await session.check();
    expect(seen.map((p) => [p.index, p.stage])).toEqual([
      [0, { stage: 'reading' }],
      [1, { stage: 'reading' }],
      [1, { stage: 'pdf-page', page: 1, pages: 2 }],
      [1, { stage: 'pdf-page', page: 2, pages: 2 }],
      [2, { stage: 'checking' }],
    ]);
    expect(seen.at(-1)).toEqual({ index: 2, fraction: 0, stage: { stage: 'checking' } });
    expect(session.get()).toMatchObject({ progress: null, status: '', details: '' });
    expect(session.get().report).not.toBeNull();
  });

  it("tells a batch that failed as a whole what to do, the library's words apart", async () => {
    const db = freshDb();
    const session = materials(db);
    session.chooseProfile(await withDental(db));
    session.addFiles([textFile('memo.txt', TYPOS)]);
    // The database goes away once the batch has begun: reading the limits fails.
    session.subscribe((state: MaterialsState) => state.status === 'checking' && db.isOpen() && db.close());
    await session.check();
    expect(session.get()).toMatchObject({ status: 'materialsCannotCheck. cannotCheckNext', progress: null });
    expect(session.get().details).toMatch(/\S/);
    expect(session.get().details).not.toMatch(/undefined|\[object/);
  });

  it('checks again from what was read when a finding is ignored or a word added', async () => {
    const db = freshDb();
    const session = materials(db);
    session.chooseProfile(await withDental(db));
    let reads = 0;
    const file = textFile('flyer.txt', TYPOS);
    const arrayBuffer = file.arrayBuffer.bind(file);
    file.arrayBuffer = () => (reads++, arrayBuffer());
    session.addFiles([file]);
    await session.check();
    const before = session.get().report!;
    const [ignored, word] = before.findings;
    await session.ignore(ignored!, 'here');
    expect(session.get().report!.findings.map((f) => f.fingerprint)).not.toContain(ignored!.fingerprint);
    expect(await db.ignored.toArray()).toMatchObject([{ site: 'materials', fingerprint: ignored!.fingerprint, profileId: session.get().profileId, quote: ignored!.quote }]);
    expect(session.get().status).toBe('ignoredInMaterials');
    await session.addWord(word!);
    expect(await db.userWords.toArray()).toMatchObject([{ word: word!.quote, profileId: session.get().profileId }]);
    expect(reads).toBe(1);
  });

  it('ignores a finding everywhere, and copies its fix', async () => {
    const db = freshDb();
    const copied: string[] = [];
    const session = materials(db, { ...fakePort(), copy: async (text) => void copied.push(text) });
    session.chooseProfile(await withDental(db));
    session.addFiles([textFile('flyer.txt', TYPOS)]);
    await session.check();
    const fixable = session.get().report!.findings.find((f) => f.suggestion)!;
    await session.copyFix(fixable);
    expect(copied).toEqual([fixable.suggestion]);
    expect(session.get().status).toBe('fixCopied');
    await session.ignore(fixable, 'everywhere');
    expect(session.get().report!.findings.map((f) => f.fingerprint)).not.toContain(fixable.fingerprint);
    expect(await db.ignored.toArray()).toMatchObject([{ site: EVERYWHERE, fingerprint: fingerprintAnywhere(fixable) }]);
    expect(session.get().status).toBe('ignoredEverywhere');
  });

  it('checks a URL sent from its tab once a profile is there', async () => {
    const db = freshDb();
    const fetched: { url: string; limits: Limits }[] = [];
    const port = fakePort(async (url, limits) => (fetched.push({ url, limits }), { bytes: new TextEncoder().encode(TYPOS), contentType: 'text/plain' }));
    const session = materials(db, port, 'https://other.example/price.txt');
    await session.open();
    expect(session.get().items.map((item) => item.name)).toEqual(['https://other.example/price.txt']);
    expect(fetched).toEqual([]);
    session.chooseProfile(await withDental(db));
    await until(() => expect(session.get().report).not.toBeNull());
    expect(fetched.map((f) => f.url)).toEqual(['https://other.example/price.txt']);
  });

  it('leaves out blank pasted text and takes an item off the queue', async () => {
    const db = freshDb();
    const session = materials(db);
    session.addText('   ');
    expect(session.get().items).toEqual([]);
    session.addFiles([textFile('a.txt', 'a'), textFile('b.txt', 'b')]);
    session.remove(session.get().items[0]!);
    expect(session.get().items.map((item) => item.name)).toEqual(['b.txt']);
  });
});
