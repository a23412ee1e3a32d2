import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CheckClient } from '../../../../browser/check-client';
import { openDatabase, type SverkaDb } from '../../../../browser/db/database';
import { historyOf } from '../../../../browser/db/history';
import { importProfile } from '../../../../browser/db/profiles';
import type { PageMark, PageText, Request } from '../../../../browser/messages';
import type { PanelRequest } from '../../../../browser/panel-requests';
import { createPanelSession, marksOf, type PanelPort, type PanelSession } from '../../../../browser/panel/session';
import { checkMaterials, fingerprintAnywhere } from '../../../../engine/engine';
import { EVERYWHERE } from '../../../../browser/db/check';

const dental = readFileSync('tests/fixtures/profiles/dental.json', 'utf8');
const BOUND = 'https://ulybka-dent.example/';
const UNBOUND = 'https://other.example/prices';
const TYPOS = 'Стоматология «Улыбка+». Гарантия на импланты — 10 лет.';
const TAB = 7;

let counter = 0;
const freshDb = () => openDatabase(`sverka-panel-${++counter}`);
async function withDental(db: SverkaDb): Promise<string> {
  const imported = await importProfile(db, dental);
  if (!imported.ok) throw new Error('dental.json no longer imports');
  return imported.id;
}

/** One tab whose page the test sets; every call the session makes is written down in order. */
function fakePort(url: string, text = TYPOS) {
  const tab = { url, text, title: 'Tab title', fileAccess: true };
  const log: string[] = [];
  const marks: PageMark[][] = [];
  const badges: number[] = [];
  const copied: string[] = [];
  const listeners: { tabChanged?: () => Promise<void>; request?: (request: PanelRequest) => void; cardAction?: (request: Request<'card-action'>) => Promise<boolean> } = {};
  const waitingRequests: PanelRequest[] = [];
  const page = (): PageText => ({ url: tab.url, title: 'Page', language: 'ru', blocks: [{ text: tab.text }] as PageText['blocks'] });
  const port: PanelPort = {
    tabId: async () => TAB,
    tabUrl: async () => tab.url,
    tabTitle: async () => tab.title,
    fileAccess: async () => tab.fileAccess,
    readPageTop: async () => (log.push('read top'), page()),
    readPage: async () => (log.push('read page'), page()),
    preparePage: async () => void log.push('prepare'),
    showMarks: async (_id, drawn) => void (log.push('marks'), marks.push(drawn)),
    onTabChanged: (_id, callback) => ((listeners.tabChanged = callback), () => delete listeners.tabChanged),
    onRequest: (_id, callback) => {
      listeners.request = callback;
      waitingRequests.splice(0).forEach(callback);
      return () => delete listeners.request;
    },
    scrollTo: async () => undefined,
    onCardAction: (_id, callback) => ((listeners.cardAction = callback), () => delete listeners.cardAction),
    setBadge: async (_id, errors) => void badges.push(errors),
    requestAccess: async () => true,
    requestAnyPage: async () => true,
    copy: async (text) => void copied.push(text),
    download: () => undefined,
  };
  return { port, tab, log, marks, badges, copied, listeners, waitingRequests };
}

/** The engine itself in place of its worker; a first look at the top is not asked of it here. */
const engineChecks: CheckClient = {
  warm: () => undefined,
  check: (materials, profile, options) => checkMaterials(materials, profile, options),
  preview: () => undefined,
  receive: () => undefined,
};

const sessions: PanelSession[] = [];
function session(db: SverkaDb, port: PanelPort, openMaterials: (url?: string) => void = () => undefined): PanelSession {
  const created = createPanelSession({ db, port, checks: engineChecks, t: (key) => key, openMaterials });
  sessions.push(created);
  return created;
}

/** A panel opened on a page no site binding matches, with the dental profile chosen. */
async function openedWithDental() {
  const db = freshDb();
  const fake = fakePort(UNBOUND);
  const panel = session(db, fake.port);
  await panel.open();
  panel.chooseProfile(await withDental(db));
  // Choosing a profile reads the page to tell whether it fits: the tests count the reads of checks after that.
  await until(() => expect(panel.get().fit).not.toBeNull());
  fake.log.length = 0;
  return { db, fake, panel };
}
afterEach(() => {
  sessions.splice(0).forEach((s) => s.close());
  vi.restoreAllMocks();
});

/** Lets pending IndexedDB work finish, so a check that should not start has had every chance to. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Waits for what a session does in the background; the first check loads the engine's dictionaries, slow on a loaded machine. */
const until = (assertion: () => void) => vi.waitFor(assertion, { timeout: 20_000, interval: 20 });

describe('the side panel session', () => {
  it('checks a page of a bound site as soon as it opens, with the site’s profile', async () => {
    const db = freshDb();
    const id = await withDental(db);
    const fake = fakePort(BOUND);
    const panel = session(db, fake.port);
    await panel.open();
    await until(() => expect(panel.get().report).not.toBeNull());
    expect(panel.get()).toMatchObject({ tabId: TAB, url: BOUND, profileId: id, reportUrl: BOUND, status: '', checkedSelection: false });
    expect(fake.log).toEqual(['prepare', 'read top', 'read page', 'marks']);
  });

  it('does not check an unbound page on opening, only readies it', async () => {
    const db = freshDb();
    const id = await withDental(db);
    const fake = fakePort(UNBOUND);
    const panel = session(db, fake.port);
    await panel.open();
    await settle();
    // The last profile used (here the only one) is chosen for a page no site binding matches; the page
    // is read only to tell whether that profile fits it.
    expect(panel.get()).toMatchObject({ profileId: id, report: null, status: '' });
    expect(fake.log).toEqual(['prepare', 'read page']);
  });

  it('records a check in the history with its diff, draws its marks and sets the badge', async () => {
    const { db, fake, panel } = await openedWithDental();
    await panel.checkPage();
    const first = panel.get().report!;
    expect(first.findings.length).toBeGreaterThanOrEqual(2);
    expect(first.summary.error).toBeGreaterThan(0);
    expect(panel.get().diff).toBeNull();
    expect(fake.marks).toEqual([marksOf(first)]);
    expect(fake.badges).toEqual([first.summary.error]);
    expect(await db.settings.get('lastProfile')).toMatchObject({ value: panel.get().profileId });

    fake.tab.text = 'Стоматология «Улыбка». Гарантия на импланты — 10 лет.';
    await panel.checkPage();
    const second = panel.get().report!;
    expect(second.findings.length).toBeLessThan(first.findings.length);
    expect(panel.get().diff!.fixed.length).toBeGreaterThan(0);
    expect((await historyOf(db, UNBOUND)).map((entry) => entry.report.findings.length)).toEqual([second.findings.length, first.findings.length]);
    expect(fake.marks).toEqual([marksOf(first), marksOf(second)]);
  });

  it('finishes a check whose badge the browser could not set', async () => {
    const db = freshDb();
    const fake = fakePort(UNBOUND);
    fake.port.setBadge = async () => {
      throw new Error('no badge here');
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const panel = session(db, fake.port);
    await panel.open();
    panel.chooseProfile(await withDental(db));
    await panel.checkPage();
    expect(panel.get().report).not.toBeNull();
    expect(panel.get().status).toBe('');
    await until(() => expect(warn).toHaveBeenCalledWith('badge', expect.any(Error)));
  });

  it('leaves out ignored findings and checks the page again when one is ignored', async () => {
    const { db, fake, panel } = await openedWithDental();
    await panel.checkPage();
    const before = panel.get().report!;
    const [ignored] = before.findings;
    await panel.ignore(ignored!, 'here');
    const after = panel.get().report!;
    expect(after.findings.map((f) => f.fingerprint)).not.toContain(ignored!.fingerprint);
    expect(after.findings).toHaveLength(before.findings.length - 1);
    expect(fake.log.filter((call) => call === 'read page')).toHaveLength(2);
    expect(await db.ignored.toArray()).toMatchObject([{ site: 'https://other.example', fingerprint: ignored!.fingerprint, profileId: panel.get().profileId, quote: ignored!.quote }]);
  });

  it('ignores on this site the finding whose card on the page asked, and checks the page again', async () => {
    const { db, fake, panel } = await openedWithDental();
    await panel.checkPage();
    const [ignored] = panel.get().report!.findings;
    expect(await fake.listeners.cardAction!({ action: 'ignore', id: ignored!.id })).toBe(true);
    expect(panel.get().report!.findings.map((f) => f.fingerprint)).not.toContain(ignored!.fingerprint);
    expect(fake.marks.at(-1)!.map((mark) => mark.id)).not.toContain(ignored!.id);
    expect(await db.ignored.toArray()).toMatchObject([{ site: 'https://other.example', fingerprint: ignored!.fingerprint }]);
    expect(panel.get().status).toBe('ignored');
    // Another site still shows it.
    fake.tab.url = 'https://third.example/';
    await fake.listeners.tabChanged!();
    expect(panel.get().report!.findings.map((f) => f.fingerprint)).toContain(ignored!.fingerprint);
  });

  it('hides a finding ignored everywhere on every other site too', async () => {
    const { db, fake, panel } = await openedWithDental();
    await panel.checkPage();
    const [ignored] = panel.get().report!.findings;
    await panel.ignore(ignored!, 'everywhere');
    expect(await db.ignored.toArray()).toMatchObject([{ site: EVERYWHERE, fingerprint: fingerprintAnywhere(ignored!) }]);
    expect(panel.get().status).toBe('ignoredEverywhere');
    fake.tab.url = 'https://third.example/';
    await fake.listeners.tabChanged!();
    expect(panel.get().reportUrl).toBe('https://third.example/');
    expect(panel.get().report!.findings.map((f) => f.fingerprint)).not.toContain(ignored!.fingerprint);
  });

  it('keeps a failed re-check’s message rather than saying the finding was ignored', async () => {
    const { fake, panel } = await openedWithDental();
    await panel.checkPage();
    const [ignored] = panel.get().report!.findings;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    fake.port.readPage = async () => {
      throw new Error('page gone');
    };
    await panel.ignore(ignored!, 'here');
    expect(panel.get().status).toMatch(/^cannotCheck\b.*page gone/);
  });

  it('copies a finding’s fix alone, and its ticket in Markdown', async () => {
    const { fake, panel } = await openedWithDental();
    await panel.checkPage();
    const fixable = panel.get().report!.findings.find((f) => f.suggestion)!;
    await panel.copyFix(fixable);
    expect(fake.copied).toEqual([fixable.suggestion]);
    expect(panel.get().status).toBe('fixCopied');
    await panel.copyTicket(fixable);
    expect(fake.copied[1]).toContain(fixable.quote);
    expect(panel.get().status).toBe('copied');
  });

  it('copies nothing for a finding without a fix', async () => {
    const { fake, panel } = await openedWithDental();
    await panel.checkPage();
    const { suggestion: _, ...unfixable } = panel.get().report!.findings[0]!;
    await panel.copyFix(unfixable);
    expect(fake.copied).toEqual([]);
    expect(panel.get().status).toBe('');
  });

  it('shows in the list the finding of a card that asked, its related places’ cards too, each ask anew; an unknown mark is refused', async () => {
    const { fake, panel } = await openedWithDental();
    expect(await fake.listeners.cardAction!({ action: 'open', id: 'f1' })).toBe(false);
    await panel.checkPage();
    const [finding] = panel.get().report!.findings;
    expect(await fake.listeners.cardAction!({ action: 'open', id: finding!.id })).toBe(true);
    const first = panel.get().focused!;
    expect(first.id).toBe(finding!.id);
    await fake.listeners.cardAction!({ action: 'open', id: `${finding!.id}.1` });
    expect(panel.get().focused).toEqual({ id: finding!.id, seq: first.seq + 1 });
    expect(await fake.listeners.cardAction!({ action: 'open', id: 'f999' })).toBe(false);
  });

  it('checks again with a word added to the dictionary', async () => {
    const { db, fake, panel } = await openedWithDental();
    await panel.checkPage();
    const [finding] = panel.get().report!.findings;
    await panel.addWord(finding!);
    expect(await db.userWords.toArray()).toMatchObject([{ word: finding!.quote, profileId: panel.get().profileId }]);
    expect(fake.log.filter((call) => call === 'read page')).toHaveLength(2);
  });

  it('runs a check asked while another runs after it, once, never interleaved', async () => {
    const db = freshDb();
    const fake = fakePort(UNBOUND);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const panel = session(db, fake.port);
    await panel.open();
    panel.chooseProfile(await withDental(db));
    await until(() => expect(panel.get().fit).not.toBeNull());
    fake.log.length = 0;
    const readPage = fake.port.readPage;
    fake.port.readPage = async (id) => {
      const page = await readPage(id);
      if (fake.log.filter((call) => call === 'read page').length === 1) await gate;
      return page;
    };
    const first = panel.checkPage();
    await until(() => expect(fake.log).toContain('read page'));
    const second = panel.checkPage();
    const third = panel.checkPage();
    release();
    await Promise.all([first, second, third]);
    expect(fake.log).toEqual(['read top', 'read page', 'marks', 'read top', 'read page', 'marks']);
  });

  it('checks a selection without touching the page’s marks or its history', async () => {
    const { db, fake, panel } = await openedWithDental();
    await panel.checkPage();
    await panel.checkSelection(TYPOS);
    expect(panel.get()).toMatchObject({ checkedSelection: true, reportUrl: '', diff: null, status: '' });
    expect(panel.get().report!.sources[0]!.location).toBe(`${UNBOUND} (selection)`);
    expect(fake.marks).toHaveLength(1);
    expect(fake.badges).toHaveLength(1);
    expect(await historyOf(db, UNBOUND)).toHaveLength(1);
  });

  it('keeps a menu request until a profile is chosen, then does it', async () => {
    const db = freshDb();
    const fake = fakePort(UNBOUND);
    fake.waitingRequests.push({ kind: 'check-selection', text: TYPOS });
    const panel = session(db, fake.port);
    await panel.open();
    await settle();
    expect(panel.get()).toMatchObject({ profileId: '', report: null, status: '' });
    panel.chooseProfile(await withDental(db));
    await until(() => expect(panel.get().checkedSelection).toBe(true));
    expect(panel.get().report!.findings.length).toBeGreaterThan(0);
  });

  it('does a menu request that comes later with the chosen profile', async () => {
    const db = freshDb();
    await withDental(db);
    const fake = fakePort(UNBOUND);
    const panel = session(db, fake.port);
    await panel.open();
    await until(() => expect(panel.get().profileId).not.toBe(''));
    fake.listeners.request!({ kind: 'check-page' });
    await until(() => expect(panel.get().reportUrl).toBe(UNBOUND));
  });

  it('says it cannot check, and why, when the page cannot be read', async () => {
    const db = freshDb();
    const fake = fakePort(UNBOUND);
    fake.port.readPage = async () => {
      throw new Error('Cannot access contents of the page');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const panel = session(db, fake.port);
    await panel.open();
    panel.chooseProfile(await withDental(db));
    await panel.checkPage();
    expect(panel.get()).toMatchObject({ report: null, preview: null, status: 'cannotCheck. cannotCheckNext (Cannot access contents of the page)' });
    expect(fake.marks).toEqual([]);
  });

  it('checks a page again when the tab changes once it was checked; an unchecked page is only readied', async () => {
    const { fake, panel } = await openedWithDental();
    await fake.listeners.tabChanged!();
    expect(fake.log).toEqual(['prepare']);
    await panel.checkPage();
    fake.tab.url = 'https://other.example/contacts';
    await fake.listeners.tabChanged!();
    expect(panel.get()).toMatchObject({ url: 'https://other.example/contacts', reportUrl: 'https://other.example/contacts' });
  });

  it('switches to the bound site’s profile when the tab arrives there, and checks it', async () => {
    const db = freshDb();
    const id = await withDental(db);
    await db.settings.put({ key: 'lastProfile', value: 'someone-else' });
    const fake = fakePort('https://other.example/');
    const panel = session(db, fake.port);
    await panel.open();
    fake.tab.url = `${BOUND}prices`;
    await fake.listeners.tabChanged!();
    expect(panel.get()).toMatchObject({ profileId: id, reportUrl: `${BOUND}prices` });
  });

  it('asks for every page first where the browser hides the tab, then checks what it holds', async () => {
    const db = freshDb();
    const fake = fakePort('');
    const panel = session(db, fake.port);
    await panel.open();
    panel.chooseProfile(await withDental(db));
    fake.tab.url = UNBOUND;
    await panel.pressCheck();
    expect(panel.get()).toMatchObject({ url: UNBOUND, reportUrl: UNBOUND });

    const refused = fakePort('');
    refused.port.requestAnyPage = async () => false;
    const other = session(db, refused.port);
    await other.open();
    await other.pressCheck();
    expect(other.get().status).toBe('accessNeeded');
  });

  it('sends a PDF in a hidden tab to the materials view once access is granted', async () => {
    const db = freshDb();
    const fake = fakePort('');
    const opened: (string | undefined)[] = [];
    const panel = session(db, fake.port, (url) => opened.push(url));
    await panel.open();
    panel.chooseProfile(await withDental(db));
    fake.tab.url = 'https://other.example/price.pdf';
    await panel.pressCheck();
    expect(opened).toEqual(['https://other.example/price.pdf']);
  });

  it('opens a report from the history without drawing it on the page', async () => {
    const { db, fake, panel } = await openedWithDental();
    await panel.checkPage();
    const [entry] = await historyOf(db, UNBOUND);
    await panel.checkSelection('Другой текст.');
    panel.openStored(entry!);
    expect(panel.get()).toMatchObject({ report: entry!.report, reportUrl: '', diff: null, checkedSelection: false });
    expect(fake.marks).toHaveLength(1);
  });
});

const OTHER_COMPANY = 'Клиника «Жемчуг». Запись по телефону +7 495 555-01-01.';

describe('the side panel session: the header and the states', () => {
  it('knows the tab’s title, and takes the page’s own once it is read', async () => {
    const { fake, panel } = await openedWithDental();
    expect(panel.get().title).toBe('Page');
    fake.tab.url = 'https://other.example/contacts';
    fake.tab.title = 'Contacts';
    fake.port.readPage = async () => new Promise(() => undefined);
    await fake.listeners.tabChanged!();
    expect(panel.get()).toMatchObject({ url: 'https://other.example/contacts', title: 'Contacts' });
  });

  it('says a bound page fits its profile without reading it', async () => {
    const db = freshDb();
    await withDental(db);
    const fake = fakePort(BOUND, OTHER_COMPANY);
    const panel = session(db, fake.port);
    await panel.open();
    await until(() => expect(panel.get().fit).toEqual({ fits: true, because: 'bound', found: [] }));
  });

  it('says an unbound page naming the business fits, and another company’s page does not', async () => {
    const { panel } = await openedWithDental();
    expect(panel.get().fit).toMatchObject({ fits: true, because: 'names' });

    const db = freshDb();
    await withDental(db);
    const other = fakePort(UNBOUND, OTHER_COMPANY);
    const elsewhere = session(db, other.port);
    await elsewhere.open();
    await until(() => expect(elsewhere.get().fit).toEqual({ fits: false, because: 'none', found: [] }));
  });

  it('tells the fit again for another profile chosen, from the page already read, and forgets it for another page', async () => {
    const { db, fake, panel } = await openedWithDental();
    const other = await importProfile(
      db,
      dental
        .replace(/"name": "Стоматология «Улыбка»"/, '"name": "Клиника «Жемчуг»"')
        .replace(/"canonical": "Улыбка"[^\]]*\]/, '"canonical": "Жемчуг"')
        .replace(/"sites": \[[^\]]*\]/, '"sites": []'),
    );
    if (!other.ok) throw new Error('the second profile does not import');
    panel.chooseProfile(other.id);
    await until(() => expect(panel.get().fit).toMatchObject({ fits: false, because: 'none' }));
    expect(fake.log).toEqual([]);
    fake.tab.url = 'https://third.example/';
    fake.tab.text = 'Клиника «Жемчуг» ждёт вас.';
    await fake.listeners.tabChanged!();
    await until(() => expect(panel.get().fit).toMatchObject({ fits: true, because: 'names', found: ['Клиника «Жемчуг»'] }));
  });

  it('has no fit without a profile or on a page it cannot check', async () => {
    const db = freshDb();
    const fake = fakePort(UNBOUND);
    const panel = session(db, fake.port);
    await panel.open();
    await settle();
    expect(panel.get()).toMatchObject({ profileId: '', fit: null });
    const pdf = fakePort('https://other.example/price.pdf');
    await withDental(db);
    const onPdf = session(db, pdf.port);
    await onPdf.open();
    await settle();
    expect(onPdf.get().fit).toBeNull();
    expect(pdf.log).toEqual([]);
  });

  it('is checking while a check runs, and not before or after', async () => {
    const { fake, panel } = await openedWithDental();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const readPage = fake.port.readPage;
    fake.port.readPage = async (id) => (await gate, readPage(id));
    expect(panel.get().checking).toBe(false);
    const check = panel.checkPage();
    await until(() => expect(panel.get().checking).toBe(true));
    release();
    await check;
    expect(panel.get().checking).toBe(false);
  });

  it('remembers that host access was refused, and asks for the site inside the next click', async () => {
    const db = freshDb();
    const fake = fakePort(UNBOUND);
    let reads = 0;
    const readPage = fake.port.readPage;
    fake.port.readPage = async (id) => {
      if (++reads <= 2) throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      return readPage(id);
    };
    const asked: string[] = [];
    fake.port.requestAccess = async (url) => (asked.push(url), false);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const panel = session(db, fake.port);
    await panel.open();
    panel.chooseProfile(await withDental(db));
    await panel.checkPage();
    expect(panel.get().accessRefused).toBe(true);
    await panel.pressCheck();
    expect(panel.get()).toMatchObject({ accessRefused: true, status: 'accessNeeded', report: null });
    fake.port.requestAccess = async (url) => (asked.push(url), true);
    await panel.pressCheck();
    expect(asked).toEqual([UNBOUND, UNBOUND]);
    expect(panel.get()).toMatchObject({ accessRefused: false, reportUrl: UNBOUND });
  });

  it('does not count a page’s own failure as refused access', async () => {
    const db = freshDb();
    const fake = fakePort(UNBOUND);
    fake.port.readPage = async () => {
      throw new Error('The page went away');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const panel = session(db, fake.port);
    await panel.open();
    panel.chooseProfile(await withDental(db));
    await panel.checkPage();
    expect(panel.get().accessRefused).toBe(false);
  });

  it('knows whether the extension may read files, and does not read a file:// page while it may not', async () => {
    const db = freshDb();
    await withDental(db);
    const fake = fakePort('file:///home/me/landing.html');
    fake.tab.fileAccess = false;
    const panel = session(db, fake.port);
    await panel.open();
    await settle();
    expect(panel.get()).toMatchObject({ fileAccess: false, fit: null });
    expect(fake.log).toEqual(['prepare']);
  });
});
