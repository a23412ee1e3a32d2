import type { StoredReport, SverkaDb } from '../db/database';
import { boundProfile, profileForUrl, profileOf, rememberProfile } from '../db/profiles';
import { checkWithUserSettings, ignoredAt, ignoredOn, type IgnoreScope, userWordsOf, withoutIgnored } from '../db/check';
import { recordCheck } from '../db/history';
import { addUserWord, dismissFinding } from '../db/dismissed';
import { readLimits } from '../db/limits';
import type { PageMark, PageText, Request } from '../messages';
import type { PanelRequest } from '../panel-requests';
import type { CheckClient } from '../check-client';
import { failureStatus } from '../failure';
import type { Translate } from '../i18n';
import { afterAccess, checkButton } from '../check-access';
import { pageKind } from '../page-kind';
import { serial } from '../serial';
import { createStore, type Store } from '../store';
import { PREVIEW_WORDS } from '../../engine/check-runner';
import { profileFit, type ProfileFit } from '../../engine/profile/fit';
import { matchesPattern } from '../../engine/profile/match-pattern';
import { materialFromText } from '../../engine/material/from-text';
import { materialFromPageText } from '../../engine/page-material';
import type { ReportDiff } from '../../engine/report/diff';
import { findingToMarkdown } from '../../engine/report/to-markdown';
import type { Finding, Report } from '../../engine/report/types';

/** What the side panel needs from the browser: the entry point provides it. */
export interface PanelPort {
  tabId(): Promise<number>;
  tabUrl(tabId: number): Promise<string>;
  /** The tab's title as the browser shows it ('' while it hides the tab). */
  tabTitle(tabId: number): Promise<string>;
  /** Whether the extension may read file:// pages (the user's switch in its details). */
  fileAccess(): Promise<boolean>;
  readPage(tabId: number): Promise<PageText>;
  /** The page's first blocks, holding more than `words` words, read without the rest of it. */
  readPageTop(tabId: number, words: number): Promise<PageText>;
  /** Readies the page's reader before a check is asked for, so the click does not wait for it. */
  preparePage(tabId: number): Promise<void>;
  showMarks(tabId: number, marks: PageMark[]): Promise<void>;
  /** Calls back when the tab loads a new page or its text changes, so a bound site is checked again. */
  onTabChanged(tabId: number, callback: () => Promise<void>): () => void;
  /** Delivers what the context menu asked for this tab: waiting requests at once, later ones as they come. */
  onRequest(tabId: number, callback: (request: PanelRequest) => void): () => void;
  scrollTo(tabId: number, id: string): Promise<void>;
  /** Calls back when the card on the tab's page asks for one of its actions; the answer says whether it was done. */
  onCardAction(tabId: number, callback: (request: Request<'card-action'>) => Promise<boolean>): () => void;
  setBadge(tabId: number, errors: number): Promise<void>;
  /** Asks for host access to the URL's origin (inside the click that wants it); true when granted. */
  requestAccess(url: string): Promise<boolean>;
  /** Asks for host access to every page (inside the click), for a tab whose URL the browser hides; true when granted. */
  requestAnyPage(): Promise<boolean>;
  copy(text: string): Promise<void>;
  download(name: string, type: string, text: string): void;
}

export interface PanelState {
  tabId: number | null;
  url: string;
  /** The page's title, for the panel's header. */
  title: string;
  profileId: string;
  /** Whether the chosen profile looks like this page's business; null until known, or with no page or profile. */
  fit: ProfileFit | null;
  fileAccess: boolean;
  /** Host access for the tab was asked for and refused, or the page could not be read for the lack of it. */
  accessRefused: boolean;
  /** A check of the page or a selection is running. */
  checking: boolean;
  report: Report | null;
  /** A first look at the top of the page at `url`, while the rest of it is read and checked. */
  preview: { url: string; report: Report } | null;
  /** The page the shown report is of; '' for a selection or a report from the history. */
  reportUrl: string;
  diff: ReportDiff | null;
  status: string;
  checkedSelection: boolean;
  /** The finding the on-page card asked the panel to show; `seq` counts the asks, so asking again shows it again. */
  focused: { id: string; seq: number } | null;
}

export interface PanelSession extends Store<PanelState> {
  /** Finds the tab and its profile, checks a bound site's page, and listens to the tab and the menu. */
  open(): Promise<void>;
  close(): void;
  chooseProfile(id: string): void;
  /** Checks the tab's page; asked while a check runs, it runs once more after it. */
  checkPage(): Promise<void>;
  /** Selected text is checked on its own: the panel lists its findings; the page keeps its marks. */
  checkSelection(text: string): Promise<void>;
  /** The Check button: where the browser hides the tab, access is asked for first, inside the click. */
  pressCheck(): Promise<void>;
  /** The PDF in the tab goes to the materials view once its origin may be read. */
  openPdf(): Promise<void>;
  /** An earlier check from the history, read-only: its marks are not drawn on today's page. */
  openStored(entry: StoredReport): void;
  show(finding: Finding): void;
  /** Copies the finding's suggested fix, for pasting into the page's editor. */
  copyFix(finding: Finding): Promise<void>;
  /** Hides the finding on this site, or on every site and in the materials, and checks the page again. */
  ignore(finding: Finding, scope: IgnoreScope): Promise<void>;
  addWord(finding: Finding): Promise<void>;
  /** Copies the finding as a Markdown ticket. */
  copyTicket(finding: Finding): Promise<void>;
}

export interface PanelDeps {
  db: SverkaDb;
  port: PanelPort;
  checks: CheckClient;
  t: Translate;
  /** Switches the panel to the materials view, with the PDF at `url` when there is one. */
  openMaterials(url?: string): void;
}

const siteOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
};

/** The browser's words for a page the extension lacks host access to (Chromium: "Cannot access contents of the page…", "Missing host permission for the tab"). */
const isAccessError = (error: unknown) => /cannot access|host permission/i.test(String((error as Error)?.message ?? error));

async function isBoundTo(db: SverkaDb, url: string, profileId: string): Promise<boolean> {
  const bindings = await db.siteBindings.where('profileId').equals(profileId).toArray();
  return bindings.some((binding) => matchesPattern(binding.pattern, url));
}

/** A report's marks on the page; a finding's related places on the same page (repeats of one typo) are marked too. */
export const marksOf = (report: Report): PageMark[] =>
  report.findings.flatMap((f) => {
    const places = [f.location, ...(f.related ?? []).filter((place) => place.source === f.source).map((place) => place.location)];
    return places.flatMap((place, i) =>
      place ? [{ id: i === 0 ? f.id : `${f.id}.${i}`, block: place.block, start: place.start, end: place.end, severity: f.severity, message: f.message, ...(f.suggestion ? { suggestion: f.suggestion } : {}) }] : [],
    );
  });

/** The finding a mark on the page belongs to: its own mark has the finding's id, a related place's `<id>.<n>`. */
export const findingOfMark = (report: Report | null, markId: string): Finding | undefined => report?.findings.find((f) => markId === f.id || markId.startsWith(`${f.id}.`));

/**
 * The side panel's work, apart from its view. Checks run in `checks`, the engine's worker, so the
 * panel answers clicks while a long page is read; the top of a page is shown first while the rest is read.
 */
export function createPanelSession({ db, port, checks, t, openMaterials }: PanelDeps): PanelSession {
  const store = createStore<PanelState>({
    tabId: null,
    url: '',
    title: '',
    profileId: '',
    fit: null,
    fileAccess: true,
    accessRefused: false,
    checking: false,
    report: null,
    preview: null,
    reportUrl: '',
    diff: null,
    status: '',
    checkedSelection: false,
    focused: null,
  });
  const { set } = store;
  const state = store.get;
  const stops: (() => void)[] = [];
  /** A menu request waits here until a profile is chosen. */
  let waiting: PanelRequest | null = null;
  let checkedOnce = false;
  /** The text of the page last read, kept to tell again whether a profile fits it when another is chosen. */
  let lastRead: { url: string; text: string } | null = null;

  const chosenProfile = async () => (state().profileId ? ((await db.profiles.get(state().profileId)) ?? null) : null);
  const failed = (error: unknown) => {
    // The panel has one status line: the library's words follow the step, in brackets.
    const { status, details } = failureStatus(t, 'cannotCheck', error);
    set({ status: details ? `${status} (${details})` : status, ...(isAccessError(error) ? { accessRefused: true } : {}) });
  };
  const prepare = (tabId: number) => void port.preparePage(tabId).catch(() => undefined);

  async function runWaiting() {
    if (!waiting || !(await chosenProfile()) || !waiting) return;
    const request = waiting;
    waiting = null;
    if (request.kind === 'check-page') void checkPage();
    else void checkSelection(request.text);
  }

  function take(request: PanelRequest) {
    waiting = request;
    void runWaiting();
  }

  function chooseProfile(id: string) {
    if (id !== state().profileId) set({ profileId: id, fit: null });
    void runWaiting();
    void judgeFit();
  }

  function remember(page: PageText) {
    lastRead = { url: page.url, text: [page.title, ...page.blocks.map((block) => block.text)].join('\n') };
    if (page.url === state().url && page.title) set({ title: page.title });
  }

  /** Tells whether the chosen profile fits the tab's page, reading the page unless a site binding decides it or it was just read. */
  async function judgeFit() {
    const { tabId, url, profileId } = state();
    const profile = await chosenProfile();
    if (!profile || tabId === null || !checkButton(url, accessFacts()).enabled || pageKind(url) !== 'page') return set({ fit: null });
    const bound = await isBoundTo(db, url, profile.id);
    try {
      if (!bound && lastRead?.url !== url) remember(await port.readPage(tabId));
    } catch {
      // A page that cannot be read says why when it is checked; until then whether it fits is not known.
      return;
    }
    const text = lastRead?.url === url ? lastRead.text : '';
    if (state().url === url && state().profileId === profileId) set({ fit: profileFit(profileOf(profile), { text, bound }) });
  }

  const accessFacts = () => ({ profileChosen: state().profileId !== '', fileAccess: state().fileAccess, accessRefused: state().accessRefused });

  async function checkNow() {
    const { tabId } = state();
    const profile = await chosenProfile();
    if (tabId === null || !profile) return;
    set({ status: t('checking'), checking: true });
    try {
      const parsed = profileOf(profile);
      // The top of the page is read and checked first, so its findings are listed while the rest is read.
      const [top, { maxWords }, userWords] = await Promise.all([port.readPageTop(tabId, PREVIEW_WORDS), readLimits(db), userWordsOf(db)]);
      const ignored = await ignoredOn(db, siteOf(top.url));
      checks.preview(materialFromPageText(top, maxWords), parsed, { userWords }, (first) => set({ preview: { url: top.url, report: withoutIgnored(first, ignored) } }));
      const page = await port.readPage(tabId);
      remember(page);
      // The user's words and ignored findings read for the top serve the whole page, unless it moved to another site meanwhile.
      const ignoredHere = siteOf(page.url) === siteOf(top.url) ? ignored : await ignoredOn(db, siteOf(page.url));
      const shown = withoutIgnored(await checks.check([materialFromPageText(page, maxWords)], parsed, { userWords }), ignoredHere);
      const { diff } = await recordCheck(db, { url: page.url, profileId: profile.id, createdAt: Date.now(), report: shown });
      await rememberProfile(db, profile.id);
      set({ diff, checkedSelection: false, report: shown, reportUrl: page.url });
      checkedOnce = true;
      await port.showMarks(tabId, marksOf(shown));
      // The badge is a hint beside the report: a browser without one does not fail the check.
      void port.setBadge(tabId, shown.summary.error).catch((error) => console.warn('badge', error));
      set({ status: '', accessRefused: false });
      void judgeFit();
    } catch (error) {
      console.error(error);
      failed(error);
    } finally {
      set({ preview: null, checking: false });
    }
  }

  // Navigation, text changes and clicks can ask for checks at once: they run one at a time.
  const checkPage = serial(checkNow);

  async function checkSelection(text: string) {
    const profile = await chosenProfile();
    if (!profile) return;
    const { url } = state();
    set({ status: t('checking'), checking: true });
    try {
      const material = materialFromText(text, { id: 's1', kind: 'text', location: `${url} (${t('selection')})` });
      const report = await checkWithUserSettings(db, [material], profile, siteOf(url), undefined, checks.check);
      set({ report, diff: null, checkedSelection: true, reportUrl: '', status: '' });
    } catch (error) {
      failed(error);
    } finally {
      set({ checking: false });
    }
  }

  // A checked page is checked again when it changes (a new page in the tab, new text on it), and
  // a page of a bound site is checked when the tab arrives there, with the site's profile.
  async function tabChanged(tabId: number) {
    const now = await port.tabUrl(tabId);
    if (now !== state().url) set({ url: now, title: await port.tabTitle(tabId), fit: null, accessRefused: false });
    const bound = await boundProfile(db, now);
    if (bound) chooseProfile(bound.id);
    else void judgeFit();
    if (pageKind(now) !== 'page') return;
    if (bound || checkedOnce) await checkPage();
    else prepare(tabId);
  }

  async function open() {
    try {
      const tabId = await port.tabId();
      const [url, title, fileAccess] = await Promise.all([port.tabUrl(tabId), port.tabTitle(tabId), port.fileAccess()]);
      set({ tabId, url, title, fileAccess });
      stops.push(
        port.onRequest(tabId, take),
        port.onTabChanged(tabId, () => tabChanged(tabId)),
        port.onCardAction(tabId, cardAction),
      );
      // A page the panel cannot read yet says so when it is checked; readying it is only a head start.
      if (pageKind(url) === 'page') prepare(tabId);
      const chosen = await profileForUrl(db, url);
      if (chosen) chooseProfile(chosen.id);
      // A page of a bound site is checked as soon as the panel opens on it.
      if (pageKind(url) === 'page' && (await boundProfile(db, url))) take({ kind: 'check-page' });
    } catch (error) {
      failed(error);
    }
  }

  async function pressCheck() {
    const button = checkButton(state().url, accessFacts());
    if (!button.enabled) return;
    if (button.ask === 'nothing') return checkPage();
    // Firefox grants access only inside the click: nothing is awaited before asking.
    if (button.ask === 'this-site') {
      if (!(await port.requestAccess(state().url).catch(() => false))) return set({ status: t('accessNeeded') });
      set({ accessRefused: false });
      return checkPage();
    }
    const granted = await port.requestAnyPage().catch(() => false);
    const { tabId } = state();
    if (!granted || tabId === null) return set({ status: t('accessNeeded'), accessRefused: true });
    const [now, title] = await Promise.all([port.tabUrl(tabId), port.tabTitle(tabId)]);
    set({ url: now, title, accessRefused: false });
    const next = afterAccess(now);
    if (next === 'check-page') await checkPage();
    else if (next === 'check-pdf') openMaterials(now);
    else set({ status: t('notCheckable') });
  }

  async function ignore(finding: Finding, scope: IgnoreScope = 'here') {
    await dismissFinding(db, { ...ignoredAt(finding, scope, siteOf(state().url)), profileId: state().profileId });
    await checkPage();
    // Said after the check, which clears the status, unless the check had something to say.
    if (!state().status) set({ status: t(scope === 'everywhere' ? 'ignoredEverywhere' : 'ignored') });
  }

  let focusCount = 0;
  /** What the card on the page asks for its mark: the finding ignored on this site, or shown in the list. */
  async function cardAction({ action, id }: Request<'card-action'>): Promise<boolean> {
    const finding = findingOfMark(state().report, id);
    if (!finding) return false;
    if (action === 'ignore') await ignore(finding);
    else set({ focused: { id: finding.id, seq: ++focusCount } });
    return true;
  }

  async function openPdf() {
    const { url } = state();
    if (await port.requestAccess(url)) openMaterials(url);
    else set({ status: t('accessRefused') });
  }

  return {
    get: store.get,
    subscribe: store.subscribe,
    open,
    close: () => stops.splice(0).forEach((stop) => stop()),
    chooseProfile,
    checkPage,
    checkSelection,
    pressCheck,
    openPdf,
    openStored: (entry) => set({ report: entry.report, reportUrl: '', diff: null, checkedSelection: false }),
    show(finding) {
      const { tabId } = state();
      if (tabId !== null) void port.scrollTo(tabId, finding.id);
    },
    async copyFix(finding) {
      if (!finding.suggestion) return;
      await port.copy(finding.suggestion);
      set({ status: t('fixCopied') });
    },
    ignore,
    async addWord(finding) {
      await addUserWord(db, { word: finding.quote, profileId: state().profileId });
      await checkPage();
    },
    async copyTicket(finding) {
      const { report } = state();
      if (!report) return;
      await port.copy(findingToMarkdown(report, finding));
      set({ status: t('copied') });
    },
  };
}
