import { useEffect, useState } from 'preact/hooks';
import type { SverkaDb, StoredProfile, StoredReport } from '@/browser/db/database';
import { useProfileImport } from '@/components/profile/use-profile-import';
import { sourceNotes } from '@/engine/material/source-problems';
import { pageKind } from '@/browser/page-kind';
import { checkButton } from '@/browser/check-access';
import type { CheckClient } from '@/browser/check-client';
import { historyOf } from '@/browser/db/history';
import { pendingFactHash } from '@/browser/pending-fact';
import type { Finding } from '@/engine/report/types';
import { createPanelSession, type PanelPort } from '@/browser/panel/session';
import { useStore } from '@/browser/use-store';
import { FindingList, useParsedProfile } from './FindingList';
import { languageOf, type Translate } from '../../browser/i18n';
import { useLive } from '../../browser/use-live';
import { History } from './History';
import { Inventory } from './Inventory';
import { ProfilePicker } from './ProfilePicker';
import { ExportBar, ReportSummary } from './ReportParts';
import { DismissedList } from '../dismissed/DismissedList';
import { focusFinding } from '@/browser/panel/focus-finding';
import '@/assets/styles/focused-finding.css';

/**
 * The side panel's view: its work (which profile, checking the page or a selection, re-checking
 * on tab changes, the marks and the badge) is its session's, browser/panel/session.ts.
 * `onOpenOptions` opens the options page at an address (`profile=ID&add-fact=…`).
 */
export function SidePanel({
  db,
  port,
  t,
  checks,
  onOpenMaterials,
  onOpenOptions,
}: {
  db: SverkaDb;
  port: PanelPort;
  t: Translate;
  checks: CheckClient;
  onOpenMaterials: (url?: string) => void;
  onOpenOptions: (hash: string) => void;
}) {
  const [session] = useState(() => createPanelSession({ db, port, checks, t, openMaterials: onOpenMaterials }));
  const { url, profileId, report, preview, reportUrl, diff, status, checkedSelection, focused } = useStore(session);
  const profiles = useLive(() => db.profiles.orderBy('name').toArray(), [] as StoredProfile[]);
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
  const profile = profiles.find((p) => p.id === profileId) ?? null;
  const kind = pageKind(url);
  const checkButtonState = checkButton(url);
  const language = languageOf(t);

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

  return (
    <main class="panel">
      <header>
        <ProfilePicker profiles={profiles} value={profileId} onChange={session.chooseProfile} t={t} />
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
        <button type="button" class="primary" disabled={!profile || !checkButtonState.enabled} onClick={() => void session.pressCheck()}>
          {t('checkPage')}
        </button>
        {kind === 'unavailable' && url && <p class="note">{t('notCheckable')}</p>}
        {kind === 'pdf' && (
          <p class="note" data-testid="pdf-tab">
            {t('pdfTab')}{' '}
            <button type="button" onClick={() => void session.openPdf()}>
              {t('checkPdf')}
            </button>
          </p>
        )}
        {status && (
          <p class="status" role="status">
            {status}
          </p>
        )}
      </header>
      {firstLook && (
        <section aria-busy="true" data-testid="preview">
          <p class="note">{t('previewNote')}</p>
          <FindingList report={firstLook} t={t} actions={actions} profile={parsedProfile} />
        </section>
      )}
      {report && !firstLook && (
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
          <ReportSummary report={report} diff={diff} t={t} withPromises />
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
          {view === 'findings' && <FindingList report={report} t={t} actions={actions} profile={parsedProfile} />}
          {view === 'promises' && <Inventory report={report} t={t} onAddFact={profile ? (fact) => onOpenOptions(pendingFactHash({ profileId: profile.id, fact })) : undefined} />}
          {view === 'history' && <History entries={history} t={t} onOpen={openStored} />}
          {view === 'dismissed' && <DismissedList db={db} profileId={profileId} t={t} />}
          <ExportBar report={report} t={t} download={port.download} />
        </>
      )}
    </main>
  );
}
