import { useEffect, useRef, useState } from 'preact/hooks';
import '@/assets/styles/panel.css';
import type { SverkaDb, StoredProfile, StoredReport } from '@/browser/db/database';
import { useProfileImport } from '@/components/profile/use-profile-import';
import { sourceNotes } from '@/engine/material/source-problems';
import { pageKind } from '@/browser/page-kind';
import { checkButton, type CheckBlocked } from '@/browser/check-access';
import { optionsFragment } from '@/browser/options-start';
import type { CheckClient } from '@/browser/check-client';
import { historyOf } from '@/browser/db/history';
import { pendingFactHash } from '@/browser/pending-fact';
import type { Finding, Report, Severity } from '@/engine/report/types';
import type { ProfileFit } from '@/engine/profile/fit';
import { Icon } from '@/components/ui/icons';
import { createPanelSession, type PanelPort } from '@/browser/panel/session';
import { useStore } from '@/browser/use-store';
import { FindingList, useParsedProfile } from './FindingList';
import { languageOf, plural, type MessageKey, type Translate } from '../../browser/i18n';
import { useLive } from '../../browser/use-live';
import { History } from './History';
import { Inventory } from './Inventory';
import { ProfilePicker } from './ProfilePicker';
import { ExportBar, ReportSummary } from './ReportParts';
import { DismissedList } from '../dismissed/DismissedList';
import { focusFinding } from '@/browser/panel/focus-finding';
import '@/assets/styles/focused-finding.css';
import { createSiteSession, type SitePort } from '@/browser/site/session';
import { SiteView } from '../site/SiteView';

/** What to do to enable Check, by why it cannot run (a PDF on the web has its own offer). */
const BLOCKED_MESSAGE: Record<Exclude<CheckBlocked, 'pdf'>, MessageKey> = {
  'no-profile': 'blockedNoProfile',
  'browser-page': 'blockedBrowserPage',
  'web-store': 'blockedWebStore',
  'local-pdf': 'blockedLocalPdf',
  'file-access': 'blockedFileAccess',
  'access-refused': 'blockedAccessRefused',
};
const REASON_ID = 'check-reason';

/** A profile's name in quotes, unless it has its own: «Кофейня», not «Стоматология «Улыбка»». */
const inQuotes = (name: string) => (/[«"“]/.test(name) ? name : `«${name}»`);

/** The page the panel is on: its title (its host when it has none) over its address. */
function PageHeading({ title, url }: { title: string; url: string }) {
  let host = url;
  try {
    host = new URL(url).host || url;
  } catch {
    // Not a URL: shown as it is.
  }
  return (
    <div class="page-heading" data-testid="page-heading">
      <h1 class="page-title" title={title || host}>
        {title || host}
      </h1>
      <p class="page-url" title={url}>
        {url}
      </p>
    </div>
  );
}

/** Why the chosen profile is taken to be this page's, in one line beside a tick. */
function FitLine({ fit, t }: { fit: ProfileFit; t: Translate }) {
  const because = fit.because === 'bound' ? t('panelFitBound') : t(fit.because === 'names' ? 'panelFitNames' : 'panelFitContacts', fit.found.slice(0, 2).join(', '));
  return (
    <p class="fit" data-testid="fit">
      <Icon name="ok" class="ok" /> <span>{because}</span>
    </p>
  );
}

/** The first-run state: what Sverka does, and three ways to a first profile. */
function Welcome({ t, canDraft, onTemplates, onDraft, importInput }: { t: Translate; canDraft: boolean; onTemplates: () => void; onDraft: () => void; importInput: preact.ComponentChildren }) {
  return (
    <section class="welcome" data-testid="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('panelWelcomeTitle')}</h2>
      <p>{t('panelWelcomeText')}</p>
      <div class="welcome-actions">
        <button type="button" onClick={onTemplates}>
          {t('panelStartTemplate')}
        </button>
        {canDraft && (
          <button type="button" onClick={onDraft}>
            {t('panelDraftFromSite')}
          </button>
        )}
        {importInput}
      </div>
    </section>
  );
}

/** The state of a report without findings: what was checked, and against which profile. */
function AllClear({ report, t }: { report: Report; t: Translate }) {
  return (
    <div class="all-clear" data-testid="all-clear">
      <Icon name="ok" class="ok" />
      <div>
        <h2>{t('panelAllClear')}</h2>
        <p>{t('panelAllClearDetail', [plural(t, 'panelPromisesCount', report.promises.length), inQuotes(report.profile)])}</p>
      </div>
    </div>
  );
}

/**
 * The side panel's view: its work (which profile, checking the page or a selection, re-checking
 * on tab changes, the marks and the badge) is its session's, browser/panel/session.ts.
 * `onOpenOptions` opens the options page at an address (`profile=ID&add-fact=…`, `templates`, `new-from-site=URL&title=…`).
 */
export function SidePanel({
  db,
  port,
  t,
  checks,
  sitePort,
  onOpenMaterials,
  onOpenOptions,
}: {
  db: SverkaDb;
  port: PanelPort;
  t: Translate;
  checks: CheckClient;
  sitePort: SitePort;
  onOpenMaterials: (url?: string) => void;
  onOpenOptions: (hash: string) => void;
}) {
  const [session] = useState(() => createPanelSession({ db, port, checks, t, openMaterials: onOpenMaterials }));
  const { url, title, profileId, fit, fileAccess, accessRefused, checking, report, preview, reportUrl, diff, status, checkedSelection, focused } = useStore(session);
  const [siteSession] = useState(() => createSiteSession({ db, checks, port: sitePort, t }));
  const site = useStore(siteSession);
  // null until the stored profiles are read, so the first-run welcome does not flash before them.
  const profiles = useLive<StoredProfile[] | null>(() => db.profiles.orderBy('name').toArray(), null);
  const [pressed, setPressed] = useState<ReadonlySet<Severity>>(new Set());
  const picker = useRef<HTMLSelectElement>(null);
  const [view, setView] = useState<'findings' | 'promises' | 'history' | 'dismissed'>('findings');
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    void session.open();
    return session.close;
  }, [session]);

  // The card on the page asked to see its finding here: the findings tab, scrolled to its card.
  useEffect(() => {
    if (focused) setView('findings');
  }, [focused]);
  useEffect(() => {
    if (focused && view === 'findings') focusFinding(document, focused.id);
  }, [focused, view]);

  const history = useLive(() => (url ? historyOf(db, url) : Promise.resolve([])), [] as StoredReport[], [url]);
  const profile = profiles?.find((p) => p.id === profileId) ?? null;
  const kind = pageKind(url);
  const checkButtonState = checkButton(url, { profileChosen: profile !== null, fileAccess, accessRefused });
  const blocked = 'blocked' in checkButtonState ? checkButtonState.blocked : null;
  const language = languageOf(t);
  const notFit = profile && fit && !fit.fits ? profile : null;
  // The whole site is checked with the profile bound to it: the binding says the site is the profile's.
  const siteBound = profile && fit?.because === 'bound' && kind === 'page' ? profile : null;

  // A page that does not look like the chosen profile's: the way to another profile is at hand.
  useEffect(() => {
    if (notFit) picker.current?.focus();
  }, [notFit?.id, url]);

  // The chips pressed for one page are let go on another.
  useEffect(() => setPressed(new Set()), [url]);

  function toggleSeverity(severity: Severity) {
    setPressed((current) => {
      const next = new Set(current);
      if (!next.delete(severity)) next.add(severity);
      return next;
    });
  }

  function openStored(entry: StoredReport) {
    session.openStored(entry);
    setView('findings');
  }

  const profileImport = useProfileImport(db, t, {
    onImported: ({ id, warnings }) => {
      setProblems(warnings);
      session.chooseProfile(id);
    },
    onProblems: setProblems,
  });

  const actions = {
    show: (f: Finding) => session.show(f),
    copyFix: (f: Finding) => void session.copyFix(f),
    ignore: (f: Finding, scope: 'here' | 'everywhere') => void session.ignore(f, scope),
    addWord: (f: Finding) => void session.addWord(f),
    copyTicket: (f: Finding) => void session.copyTicket(f),
  };
  const parsedProfile = useParsedProfile(profile);

  // The report of this very page stays while it is checked again; any other gives way to the new page's top.
  const firstLook = preview && !(report && reportUrl === preview.url) ? preview.report : null;

  const importInput = (
    <label class="import">
      {t('importProfile')}
      <input
        type="file"
        accept="application/json,.json"
        onChange={(e) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) void profileImport.importFiles([file]);
        }}
      />
    </label>
  );

  return (
    <main class="panel">
      <header>
        {url && <PageHeading title={title} url={url} />}
        {profiles?.length === 0 && (
          <Welcome
            t={t}
            canDraft={kind === 'page'}
            onTemplates={() => onOpenOptions(optionsFragment({ kind: 'templates' }))}
            onDraft={() => onOpenOptions(optionsFragment({ kind: 'draft', url, title }))}
            importInput={importInput}
          />
        )}
        {profiles && profiles.length > 0 && (
          <>
            <ProfilePicker profiles={profiles} value={profileId} onChange={session.chooseProfile} t={t} selectRef={picker} describedBy={notFit ? 'not-fit' : undefined} />
            {fit?.fits && <FitLine fit={fit} t={t} />}
            {notFit && (
              <p class="not-fit" id="not-fit" data-testid="not-fit">
                <Icon name="warning" class="warning" /> <span>{t('panelNotFit', inQuotes(notFit.name))}</span>{' '}
                <button type="button" onClick={() => void session.pressCheck()}>
                  {t('panelCheckAnyway')}
                </button>
              </p>
            )}
            {importInput}
          </>
        )}
        {profileImport.question}
        {problems.length > 0 && (
          <div role="alert">
            <ul class="problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {profiles && profiles.length > 0 && (
          <button type="button" class="primary" disabled={!checkButtonState.enabled} aria-busy={checking} aria-describedby={blocked ? REASON_ID : undefined} onClick={() => void session.pressCheck()}>
            {t('checkPage')}
          </button>
        )}
        {siteBound && (
          <button type="button" class="site-check" disabled={site.running} onClick={() => void siteSession.start(url, siteBound)}>
            {t('siteCheck')}
          </button>
        )}
        {blocked && blocked !== 'pdf' && !(blocked === 'no-profile' && profiles?.length === 0) && (
          <p class="note reason" id={REASON_ID} data-testid="check-reason" data-reason={blocked}>
            <Icon name="info" class="info" /> <span>{t(BLOCKED_MESSAGE[blocked])}</span>
          </p>
        )}
        {blocked === 'pdf' && (
          <p class="note reason" id={REASON_ID} data-testid="pdf-tab" data-reason={blocked}>
            {t('pdfTab')}{' '}
            <button type="button" onClick={() => void session.openPdf()}>
              {t('checkPdf')}
            </button>
          </p>
        )}
        {status && (
          <p class="status" role="status">
            {checking && <progress class="checking" aria-label={t('checking')} />}
            {status}
          </p>
        )}
        {site.status && (
          <p class="status" role="status" data-testid="site-status">
            {site.status}
          </p>
        )}
      </header>
      {site.shown && <SiteView state={site} session={siteSession} t={t} profile={parsedProfile} download={port.download} />}
      {firstLook && !site.shown && (
        <section aria-busy="true" data-testid="preview">
          <p class="note">{t('previewNote')}</p>
          <FindingList report={firstLook} t={t} actions={actions} profile={parsedProfile} />
        </section>
      )}
      {report && !firstLook && !site.shown && (
        <>
          {checkedSelection && (
            <p class="note" data-testid="selection-note">
              {t('selectionChecked')}
            </p>
          )}
          {report.sources
            .flatMap((source) => sourceNotes(source, language))
            .map((note) => (
              <p key={note} class="note" data-testid="source-note">
                {t('checkedInPart')}: {note}
              </p>
            ))}
          <ReportSummary report={report} diff={diff} t={t} withPromises filter={{ pressed, toggle: toggleSeverity }} />
          {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: kept a <nav> until the tab bar is reviewed; tests/e2e/narrow-panel.test.ts measures nav */}
          <nav class="tabs" role="tablist">
            <button type="button" role="tab" aria-selected={view === 'findings'} onClick={() => setView('findings')}>
              {t('tabFindings')}
            </button>
            <button type="button" role="tab" aria-selected={view === 'promises'} onClick={() => setView('promises')}>
              {t('tabPromises')}
            </button>
            <button type="button" role="tab" aria-selected={view === 'history'} onClick={() => setView('history')}>
              {t('tabHistory')}
            </button>
            <button type="button" role="tab" aria-selected={view === 'dismissed'} onClick={() => setView('dismissed')}>
              {t('tabDismissed')}
            </button>
          </nav>
          {view === 'findings' &&
            (report.findings.length === 0 ? <AllClear report={report} t={t} /> : <FindingList report={report} t={t} actions={actions} profile={parsedProfile} severities={pressed.size > 0 ? pressed : undefined} />)}
          {view === 'promises' && <Inventory report={report} t={t} onAddFact={profile ? (fact) => onOpenOptions(pendingFactHash({ profileId: profile.id, fact })) : undefined} />}
          {view === 'history' && <History entries={history} t={t} onOpen={openStored} />}
          {view === 'dismissed' && <DismissedList db={db} profileId={profileId} t={t} />}
          <ExportBar report={report} t={t} download={port.download} />
        </>
      )}
    </main>
  );
}
