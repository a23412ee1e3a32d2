import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SverkaDb, StoredProfile, StoredReport } from '@/browser/db/database';
import { boundProfile, profileForUrl, profileOf, rememberProfile } from '@/browser/db/profiles';
import { useProfileImport } from '@/components/profile/use-profile-import';
import type { PageMark, PageText } from '@/browser/messages';
import { describeMaterialError } from '@/engine/material/errors';
import { materialFromText } from '@/engine/material/from-text';
import { materialFromPageText } from '@/engine/page-material';
import { pageKind } from '@/browser/page-kind';
import { afterAccess, checkButton } from '@/browser/check-access';
import type { PanelRequest } from '@/browser/panel-requests';
import type { CheckClient } from '@/browser/check-client';
import { PREVIEW_WORDS } from '@/engine/check-runner';
import { checkWithUserSettings, ignoredOn, userWordsOf, withoutIgnored } from '@/browser/db/check';
import { historyOf, recordCheck } from '@/browser/db/history';
import { readLimits } from '@/browser/db/limits';
import type { ReportDiff } from '@/engine/report/diff';
import { findingToMarkdown } from '@/engine/report/to-markdown';
import type { Finding, Report } from '@/engine/report/types';
import { serial } from '@/browser/serial';
import { FindingList } from './FindingList';
import type { Translate } from '../../browser/i18n';
import { useLive } from '../../browser/use-live';
import { History } from './History';
import { Inventory } from './Inventory';
import { ProfilePicker } from './ProfilePicker';
import { ExportBar, ReportSummary } from './ReportParts';

/** What the side panel needs from the browser: the entry point provides it. */
export interface PanelPort {
  tabId(): Promise<number>;
  tabUrl(tabId: number): Promise<string>;
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
  setBadge(tabId: number, errors: number): Promise<void>;
  /** Asks for host access to the URL's origin (inside the click that wants it); true when granted. */
  requestAccess(url: string): Promise<boolean>;
  /** Asks for host access to every page (inside the click), for a tab whose URL the browser hides; true when granted. */
  requestAnyPage(): Promise<boolean>;
  copy(text: string): Promise<void>;
  download(name: string, type: string, text: string): void;
}

const siteOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
};

/**
 * The side panel. Its checks run in `checks`, the engine's worker, so the panel answers clicks while
 * a long page is read; the top of a page is listed first when the panel shows nothing yet.
 */
export function SidePanel({ db, port, t, checks, onOpenMaterials }: { db: SverkaDb; port: PanelPort; t: Translate; checks: CheckClient; onOpenMaterials: (url?: string) => void }) {
  const profiles = useLive(() => db.profiles.orderBy('name').toArray(), [] as StoredProfile[]);
  const [tabId, setTabId] = useState<number | null>(null);
  const [url, setUrl] = useState('');
  const [profileId, setProfileId] = useState<string>('');
  const [report, setReport] = useState<Report | null>(null);
  /** A first look at the top of the page at `url`, while the rest of it is read and checked. */
  const [preview, setPreview] = useState<{ url: string; report: Report } | null>(null);
  /** The page the shown report is of; '' for a selection or a report from the history. */
  const [reportUrl, setReportUrl] = useState('');
  const [diff, setDiff] = useState<ReportDiff | null>(null);
  const [view, setView] = useState<'findings' | 'promises' | 'history'>('findings');
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [request, setRequest] = useState<PanelRequest | null>(null);
  const [checkedSelection, setCheckedSelection] = useState(false);

  useEffect(() => {
    (async () => {
      const id = await port.tabId();
      const pageUrl = await port.tabUrl(id);
      setTabId(id);
      setUrl(pageUrl);
      // A page the panel cannot read yet says so when it is checked; readying it is only a head start.
      if (pageKind(pageUrl) === 'page') void port.preparePage(id).catch(() => undefined);
      const chosen = await profileForUrl(db, pageUrl);
      if (chosen) setProfileId(chosen.id);
      // A page of a bound site is checked as soon as the panel opens on it.
      if (pageKind(pageUrl) === 'page' && (await boundProfile(db, pageUrl))) setRequest({ kind: 'check-page' });
    })().catch((error) => setStatus(String(error)));
  }, []);

  const history = useLive(() => (url ? historyOf(db, url) : Promise.resolve([])), [] as StoredReport[], [url]);
  const profile = useMemo(() => profiles.find((p) => p.id === profileId) ?? null, [profiles, profileId]);

  useEffect(() => (tabId === null ? undefined : port.onRequest(tabId, setRequest)), [tabId]);
  // A menu request waits until a profile is chosen.
  useEffect(() => {
    if (!request || !profile) return;
    setRequest(null);
    if (request.kind === 'check-page') void check();
    else void checkSelection(request.text);
  }, [request, profile?.id]);

  // A checked page is checked again when it changes (a new page in the tab, new text on it), and
  // a page of a bound site is checked when the tab arrives there, with the site's profile.
  useEffect(() => {
    if (tabId === null) return;
    return port.onTabChanged(tabId, () =>
      (async () => {
        const now = await port.tabUrl(tabId);
        setUrl(now);
        const bound = await boundProfile(db, now);
        if (bound) {
          setProfileId(bound.id);
          latest.current = { ...latest.current, profile: bound };
        }
        if (pageKind(now) !== 'page') return;
        if (bound || checkedOnce.current) await check();
        else void port.preparePage(tabId).catch(() => undefined);
      })(),
    );
  }, [tabId]);
  const kind = pageKind(url);
  const checkButtonState = checkButton(url);
  const uiLanguage = document.documentElement.lang === 'ru' ? 'ru' : 'en';

  /** Where the browser hides the tab (a sidebar opened from its menu), access is asked for first: inside the click, before any await. */
  async function pressCheck() {
    if (!checkButtonState.enabled) return;
    if (checkButtonState.ask === 'nothing') return check();
    const granted = await port.requestAnyPage().catch(() => false);
    if (!granted || tabId === null) return setStatus(t('accessNeeded'));
    const now = await port.tabUrl(tabId);
    setUrl(now);
    const next = afterAccess(now);
    if (next === 'check-page') await check();
    else if (next === 'check-pdf') onOpenMaterials(now);
    else setStatus(t('notCheckable'));
  }

  async function openPdf() {
    if (await port.requestAccess(url)) onOpenMaterials(url);
    else setStatus(t('accessRefused'));
  }

  // A finding's related places on the same page (repeats of one typo) are highlighted too.
  const marksOf = (r: Report): PageMark[] =>
    r.findings.flatMap((f) => {
      const places = [f.location, ...(f.related ?? []).filter((place) => place.source === f.source).map((place) => place.location)];
      return places.flatMap((place, i) => (place ? [{ id: i === 0 ? f.id : `${f.id}.${i}`, block: place.block, start: place.start, end: place.end, severity: f.severity, message: f.message, ...(f.suggestion ? { suggestion: f.suggestion } : {}) }] : []));
    });

  // Navigation, text changes and clicks can ask for checks at once: they run one at a time.
  const latest = useRef({ tabId, profile });
  latest.current = { tabId, profile };
  const check = useMemo(() => serial(() => checkNow(latest.current.tabId, latest.current.profile)), []);
  const checkedOnce = useRef(false);

  async function checkNow(tabId: number | null, profile: StoredProfile | null) {
    if (tabId === null || !profile) return;
    setStatus(t('checking'));
    try {
      // The top of the page is read and checked first, so its findings are listed while the rest is read.
      const [top, { maxWords }, userWords] = await Promise.all([port.readPageTop(tabId, PREVIEW_WORDS), readLimits(db), userWordsOf(db)]);
      const ignored = await ignoredOn(db, siteOf(top.url));
      checks.preview(materialFromPageText(top, maxWords), profileOf(profile), { userWords }, (first) => setPreview({ url: top.url, report: withoutIgnored(first, ignored) }));
      const page = await port.readPage(tabId);
      // The user's words and ignored findings read for the top serve the whole page, unless it moved to another site meanwhile.
      const ignoredHere = siteOf(page.url) === siteOf(top.url) ? ignored : await ignoredOn(db, siteOf(page.url));
      const shown = withoutIgnored(await checks.check([materialFromPageText(page, maxWords)], profileOf(profile), { userWords }), ignoredHere);
      const { diff } = await recordCheck(db, { url: page.url, profileId: profile.id, createdAt: Date.now(), report: shown });
      await rememberProfile(db, profile.id);
      setDiff(diff);
      setCheckedSelection(false);
      setReport(shown);
      setReportUrl(page.url);
      checkedOnce.current = true;
      await port.showMarks(tabId, marksOf(shown));
      // The badge is a hint beside the report: a browser without one does not fail the check.
      void port.setBadge(tabId, shown.summary.error).catch((error) => console.warn('badge', error));
      setStatus('');
    } catch (error) {
      console.error(error);
      setStatus(`${t('cannotCheck')}: ${(error as Error).message}`);
    } finally {
      setPreview(null);
    }
  }

  /** Selected text is checked on its own: the panel lists its findings; the page keeps its marks. */
  async function checkSelection(text: string) {
    if (!profile) return;
    setStatus(t('checking'));
    try {
      const material = materialFromText(text, { id: 's1', kind: 'text', location: `${url} (${t('selection')})` });
      setReport(await checkWithUserSettings(db, [material], profile, siteOf(url), undefined, checks.check));
      setDiff(null);
      setCheckedSelection(true);
      setReportUrl('');
      setStatus('');
    } catch (error) {
      setStatus(`${t('cannotCheck')}: ${(error as Error).message}`);
    }
  }

  /** An earlier check from the history, read-only: its marks are not drawn on today's page. */
  function openStored(entry: StoredReport) {
    setReport(entry.report);
    setReportUrl('');
    setDiff(null);
    setCheckedSelection(false);
    setView('findings');
  }

  async function ignore(finding: Finding) {
    await db.ignored.put({ site: siteOf(url), fingerprint: finding.fingerprint });
    setStatus(t('ignored'));
    await check();
  }

  const profileImport = useProfileImport(db, t, { onImported: ({ id, warnings }) => { setProblems(warnings); setProfileId(id); }, onProblems: setProblems });

  const actions = {
    show: (f: Finding) => tabId !== null && void port.scrollTo(tabId, f.id),
    ignore: (f: Finding) => void ignore(f),
    copy: (f: Finding) => report && void port.copy(findingToMarkdown(report, f)).then(() => setStatus(t('copied'))),
    addWord: (f: Finding) => void db.userWords.put({ word: f.quote }).then(check),
  };

  // The report of this very page stays while it is checked again; any other gives way to the new page's top.
  const firstLook = preview && !(report && reportUrl === preview.url) ? preview.report : null;

  return (
    <main class="panel">
      <header>
        <ProfilePicker profiles={profiles} value={profileId} onChange={setProfileId} t={t} />
        <label class="import">
          {t('importProfile')}
          <input type="file" accept="application/json,.json" onChange={(e) => { const file = (e.target as HTMLInputElement).files?.[0]; if (file) void profileImport.importFiles([file]); }} />
        </label>
        {profileImport.question}
        {problems.length > 0 && (
          <div role="alert">
            <ul class="problems">
              {problems.map((p) => <li key={p}>{p}</li>)}
            </ul>
          </div>
        )}
        <button type="button" class="primary" disabled={!profile || !checkButtonState.enabled} onClick={() => void pressCheck()}>
          {t('checkPage')}
        </button>
        {kind === 'unavailable' && url && <p class="note">{t('notCheckable')}</p>}
        {kind === 'pdf' && (
          <p class="note" data-testid="pdf-tab">
            {t('pdfTab')}{' '}
            <button type="button" onClick={() => void openPdf()}>{t('checkPdf')}</button>
          </p>
        )}
        {status && <p class="status" role="status">{status}</p>}
      </header>
      {firstLook && (
        <section aria-busy="true" data-testid="preview">
          <p class="note">{t('previewNote')}</p>
          <FindingList report={firstLook} t={t} actions={actions} />
        </section>
      )}
      {report && !firstLook && (
        <>
          {checkedSelection && <p class="note" data-testid="selection-note">{t('selectionChecked')}</p>}
          {report.sources.flatMap((source) => source.notes ?? []).map((note) => (
            <p key={note} class="note" data-testid="source-note">{t('checkedInPart')}: {describeMaterialError(note, uiLanguage)}</p>
          ))}
          <ReportSummary report={report} diff={diff} t={t} withPromises />
          <nav class="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={view === 'findings'} onClick={() => setView('findings')}>{t('tabFindings')}</button>
            <button type="button" role="tab" aria-selected={view === 'promises'} onClick={() => setView('promises')}>{t('tabPromises')}</button>
            <button type="button" role="tab" aria-selected={view === 'history'} onClick={() => setView('history')}>{t('tabHistory')}</button>
          </nav>
          {view === 'findings' && <FindingList report={report} t={t} actions={actions} />}
          {view === 'promises' && <Inventory report={report} t={t} />}
          {view === 'history' && <History entries={history} t={t} onOpen={openStored} />}
          <ExportBar report={report} t={t} download={port.download} />
        </>
      )}
    </main>
  );
}
