import { useEffect, useRef, useState } from 'preact/hooks';
import '@/assets/styles/options.css';
import type { SverkaDb, StoredProfile } from '@/browser/db/database';
import { deleteProfile, exportProfile, profileOf, saveProfile, type OnNameTaken, type OpenedProfile, type ProfileConflict } from '@/browser/db/profiles';
import { formatWhen, plural, type Translate } from '@/browser/i18n';
import { draftProfile, optionsStart } from '@/browser/options-start';
import { hostPermissionPattern } from '@/engine/profile/match-pattern';
import { TEMPLATES } from '@/engine/profile/templates';
import type { Profile } from '@/engine/profile/types';
import { useLive } from '../../browser/use-live';
import { ConflictQuestion, type ConflictAnswer } from './ConflictQuestion';
import { DeleteQuestion } from './DeleteQuestion';
import { LimitsSettings } from './LimitsSettings';
import { ProfileEditor } from './ProfileEditor';
import { DismissedList } from '../dismissed/DismissedList';
import { DraftFromSite } from '../draft/DraftFromSite';
import type { ReadDraft } from '@/browser/draft/draft-session';
import { usePendingFact } from './use-pending-fact';
import { useProfileImport } from './use-profile-import';

/** Host access for a profile's sites, asked for at run time and only for those sites. */
export interface SiteAccess {
  has(patterns: string[]): Promise<boolean>;
  request(patterns: string[]): Promise<boolean>;
}

/** Says whether Sverka may check a profile's sites by itself, and asks for it in the user's click. */
function SiteAccessButton({ sites, access, t }: { sites: string[]; access: SiteAccess; t: Translate }) {
  const patterns = [...new Set(sites.map(hostPermissionPattern))];
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => void access.has(patterns).then(setGranted, () => setGranted(false)), [patterns.join(' ')]);
  if (granted === null) return null;
  if (granted)
    return (
      <p class="meta" data-testid="site-access">
        {t('options_sites_granted')}
      </p>
    );
  return (
    <button type="button" data-testid="site-access" onClick={() => void access.request(patterns).then(setGranted, () => setGranted(false))}>
      {t('options_sites_allow')}
    </button>
  );
}

/**
 * The profiles: import by picker or drop, export exactly what was imported, edit, delete.
 * `currentPageUrl` finds the page the user last looked at, which the editor tests site patterns on
 * and a draft from a site starts from; `readDraft` reads a site or files into a draft.
 */
export function ProfilesPage({
  db,
  t,
  download,
  siteAccess,
  currentPageUrl,
  readDraft,
}: {
  db: SverkaDb;
  t: Translate;
  download: (name: string, text: string) => void;
  siteAccess: SiteAccess;
  currentPageUrl: () => Promise<string | null>;
  readDraft: ReadDraft;
}) {
  const profiles = useLive(() => db.profiles.orderBy('name').toArray(), [] as StoredProfile[]);
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);
  // `opened` is the stored profile and revision the editor started from; a new `key` reloads it.
  const [editing, setEditing] = useState<{ profile: Profile; opened?: OpenedProfile; key: number; note?: string } | null>(null);
  // A save that stopped to ask, with the profile as it was when Save was pressed.
  const [asking, setAsking] = useState<{ conflict: ProfileConflict; profile: Profile } | null>(null);
  const [deleting, setDeleting] = useState<StoredProfile | null>(null);
  const [drafting, setDrafting] = useState(false);
  const templateChooser = useRef<HTMLSelectElement>(null);
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  // Asked again whenever the user comes back from another tab, where the page may have changed.
  useEffect(() => {
    if (!editing) return;
    const refresh = () => void currentPageUrl().then(setPageUrl, () => setPageUrl(null));
    refresh();
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [editing?.key]);
  const { importFiles, question } = useProfileImport(db, t, {
    onImported: ({ name, warnings }) => {
      setProblems(warnings);
      setStatus(t('options_saved', name));
    },
    onProblems: (lines) => {
      setStatus('');
      setProblems(lines);
    },
    onCancelled: (name) => setStatus(t('options_not_imported', name)),
  });
  usePendingFact(
    db,
    (profile, opened) => edit(profile, opened, t('options_pending_fact')),
    () => setStatus(t('options_pending_fact_missing')),
  );

  async function answerDelete(stored: StoredProfile, remove: boolean) {
    setDeleting(null);
    if (!remove) return;
    await deleteProfile(db, stored.id);
    setStatus(t('options_deleted', stored.name));
  }

  function edit(profile: Profile, opened?: OpenedProfile, note?: string) {
    setAsking(null);
    setEditing((current) => ({ profile, opened, key: (current?.key ?? 0) + 1, note }));
  }

  // The side panel's first-run buttons open this page at the template chooser or with a draft of the page it was on.
  useEffect(() => {
    const start = optionsStart(location.hash);
    if (start?.kind === 'draft') edit(draftProfile(start.url, start.title));
    else if (start?.kind === 'templates') templateChooser.current?.focus();
  }, []);

  async function saveEdited(profile: Profile, opened: OpenedProfile | undefined, onNameTaken: OnNameTaken = 'ask') {
    const result = await saveProfile(db, profile, { opened, onNameTaken });
    if (!result.ok) {
      if ('problems' in result) return result.problems;
      setAsking({ conflict: result.conflict, profile });
      return [];
    }
    setAsking(null);
    setEditing(null);
    setStatus(t('options_saved', result.name));
    return [];
  }

  async function answer(choice: ConflictAnswer) {
    if (!asking || !editing) return;
    const { conflict, profile } = asking;
    const theirs = conflict.existing;
    if (choice === 'cancel') setAsking(null);
    else if (choice === 'reload-theirs') edit(profileOf(theirs), { id: theirs.id, revision: theirs.revision });
    else if (choice === 'keep-mine') {
      // Keeping mine is a save over the revision the user has now seen.
      const opened = { id: theirs.id, revision: theirs.revision };
      setEditing({ ...editing, opened });
      await saveEdited(profile, opened);
    } else await saveEdited(profile, editing.opened, choice);
  }

  async function exportOne(profile: StoredProfile) {
    const json = await exportProfile(db, profile.id);
    if (json !== null) download(`${profile.id}.json`, json);
  }

  if (editing) {
    return (
      <main class="options">
        <h1>{editing.profile.name || t('options_new')}</h1>
        {editing.note && (
          <p role="status" data-testid="editing-note">
            {editing.note}
          </p>
        )}
        <ProfileEditor
          key={editing.key}
          initial={editing.profile}
          t={t}
          onCancel={() => {
            setAsking(null);
            setEditing(null);
          }}
          onSave={(profile) => saveEdited(profile, editing.opened)}
          currentUrl={pageUrl}
        />
        {asking && <ConflictQuestion conflict={asking.conflict} editing t={t} onAnswer={(choice) => void answer(choice)} />}
        {/* What was dismissed is kept beside the profile, not in it: undoing takes effect without a save. */}
        {editing.opened && <DismissedList db={db} profileId={editing.opened.id} t={t} />}
      </main>
    );
  }

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <p>{t('options_intro')}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target only; the file input inside is the keyboard way in */}
      <div
        class={`drop ${dragging ? 'over' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void importFiles(e.dataTransfer?.files);
        }}
      >
        <label>
          {t('options_import')}
          <input type="file" accept="application/json,.json" multiple onChange={(e) => void importFiles((e.target as HTMLInputElement).files)} />
        </label>
        <p>{t('options_drop')}</p>
      </div>
      <div class="row">
        <label class="field">
          <span>{t('options_new_from_template')}</span>
          <select
            data-testid="template"
            ref={templateChooser}
            onChange={(e) => {
              const template = TEMPLATES.find((x) => x.id === (e.target as HTMLSelectElement).value);
              if (template) edit(structuredClone(template.json) as Profile);
              (e.target as HTMLSelectElement).value = '';
            }}
          >
            <option value="">—</option>
            {TEMPLATES.map((x) => (
              <option key={x.id} value={x.id}>
                {(x.json as Profile).name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => edit({ format: 'sverka.profile/1', name: '', languages: ['ru'], concept: {}, facts: [], names: [] })}>
          {t('options_new')}
        </button>
        <button type="button" data-action="draft-from-site" aria-expanded={drafting} onClick={() => setDrafting(true)}>
          {t('draft_open')}
        </button>
      </div>
      {drafting && (
        <DraftFromSite
          t={t}
          read={readDraft}
          access={siteAccess}
          currentPageUrl={currentPageUrl}
          onDrafted={(profile) => {
            setDrafting(false);
            edit(profile, undefined, t('draft_note'));
          }}
          onClose={() => setDrafting(false)}
        />
      )}
      {question}
      {status && <p role="status">{status}</p>}
      {problems.length > 0 && (
        <div role="alert" class="problems">
          <p>{t('options_problems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {profiles.length === 0 ? (
        <p>{t('options_empty')}</p>
      ) : (
        <ul class="profiles">
          {profiles.map((stored) => {
            const profile = profileOf(stored);
            return (
              <li key={stored.id} data-profile={stored.id}>
                <h2>{stored.name}</h2>
                {profile.concept?.statement && <p>{profile.concept.statement}</p>}
                <p class="meta">
                  {plural(t, 'count_facts', profile.facts?.length ?? 0)} · {plural(t, 'count_names', profile.names?.length ?? 0)}
                  {profile.sites?.length ? ` · ${t('options_sites')}: ${profile.sites.join(', ')}` : ''} · {t('options_updated', formatWhen(t, stored.updatedAt))}
                </p>
                <div class="row">
                  {profile.sites?.length ? <SiteAccessButton sites={profile.sites} access={siteAccess} t={t} /> : null}
                  <button type="button" data-action="edit" onClick={() => edit(profile, { id: stored.id, revision: stored.revision })}>
                    {t('options_edit')}
                  </button>
                  <button type="button" data-action="export" onClick={() => void exportOne(stored)}>
                    {t('options_export')}
                  </button>
                  <button type="button" data-action="delete" onClick={() => setDeleting(stored)}>
                    {t('options_delete')}
                  </button>
                </div>
                {deleting?.id === stored.id && <DeleteQuestion name={stored.name} t={t} onAnswer={(remove) => void answerDelete(stored, remove)} />}
              </li>
            );
          })}
        </ul>
      )}
      <LimitsSettings db={db} t={t} />
    </main>
  );
}
