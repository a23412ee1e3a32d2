import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import '@/assets/styles/draft.css';
import { createDraftSession, progressLine, type ReadDraft, siteOfAddress } from '@/browser/draft/draft-session';
import type { Translate } from '@/browser/i18n';
import { useStore } from '@/browser/use-store';
import { EXTENSIONS, FORMAT_LABELS } from '@/engine/material/formats';
import type { Profile } from '@/engine/profile/types';
import type { SiteAccess } from '../profile/ProfilesPage';
import { DraftQuestion } from './DraftQuestion';

/** The site of the page the user last looked at, to start from: its origin, or '' when there is none to read. */
async function lastSite(currentPageUrl: () => Promise<string | null>): Promise<string> {
  const url = await currentPageUrl().catch(() => null);
  const site = url ? siteOfAddress(url) : null;
  return site ? new URL(site.url).origin : '';
}

/**
 * "Draft a profile from a site": the address (or files), the reading with its progress and Cancel,
 * then one question per place where the materials disagree; the settled draft goes to `onDrafted`
 * (the editor), where nothing is stored until Save.
 */
export function DraftFromSite({
  t,
  read,
  access,
  currentPageUrl,
  onDrafted,
  onClose,
}: {
  t: Translate;
  read: ReadDraft;
  access: SiteAccess;
  currentPageUrl: () => Promise<string | null>;
  onDrafted: (profile: Profile) => void;
  onClose: () => void;
}) {
  const session = useMemo(() => createDraftSession({ t, read, onDrafted }), []);
  const state = useStore(session);
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState('');
  const files = useRef<HTMLInputElement>(null);
  const addressInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Opened by a click on the button above: the user goes on where the form starts.
    addressInput.current?.focus();
    void lastSite(currentPageUrl).then((site) => setAddress((typed) => typed || site));
  }, []);
  // Leaving the page mid-crawl stops the crawl.
  useEffect(() => () => session.cancel(), []);

  function start() {
    const picked = [...(files.current?.files ?? [])];
    const typed = address.trim();
    const site = typed ? siteOfAddress(typed) : null;
    if (typed && !site) return setProblem(t('draft_bad_address', typed));
    if (!site && picked.length === 0) return setProblem(t('draft_no_source'));
    setProblem('');
    if (!site) return void session.start({ files: picked });
    // Asked for in the click itself: the browser shows its prompt only then.
    void access.request(site.origins).then(
      (granted) => (granted ? session.start({ url: site.url, files: picked }) : setProblem(t('draft_access_denied', new URL(site.url).host))),
      () => setProblem(t('draft_access_denied', new URL(site.url).host)),
    );
  }

  if (state.step === 'questions') {
    const total = state.draft.conflicts?.length ?? 0;
    const conflict = state.draft.conflicts?.[state.answers.length];
    if (!conflict) return null;
    return <DraftQuestion conflict={conflict} number={state.answers.length + 1} total={total} t={t} onAnswer={session.answer} onBack={session.back} />;
  }

  const reading = state.step === 'reading';
  const status = problem || (state.step === 'input' ? state.status : '');
  return (
    <section class="draft" data-testid="draft" aria-busy={reading}>
      <h2>{t('draft_open')}</h2>
      <p class="meta">{t('draft_intro')}</p>
      <label class="field">
        <span>{t('draft_address')}</span>
        <input type="url" ref={addressInput} data-testid="draft-address" value={address} disabled={reading} placeholder="https://" onInput={(e) => setAddress((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>{t('draft_files', FORMAT_LABELS)}</span>
        <input type="file" data-testid="draft-files" ref={files} multiple disabled={reading} accept={EXTENSIONS.join(',')} />
      </label>
      {reading ? (
        <div class="row" role="status" data-testid="draft-progress">
          <progress />
          <span>{progressLine(t, state.progress) ?? t('draft_reading')}</span>
          <button type="button" data-action="cancel" onClick={session.cancel}>
            {t('cancel')}
          </button>
        </div>
      ) : (
        <div class="row">
          <button type="button" data-action="draft" onClick={start}>
            {t('draft_start')}
          </button>
          <button type="button" data-action="close" onClick={onClose}>
            {t('draft_close')}
          </button>
        </div>
      )}
      {status && (
        <p role="status" data-testid="draft-status">
          {status}
        </p>
      )}
    </section>
  );
}
