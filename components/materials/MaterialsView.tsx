import { useEffect, useState } from 'preact/hooks';
import type { StoredProfile, SverkaDb } from '@/browser/db/database';
import { createMaterialsSession, type MaterialsPort } from '@/browser/materials/session';
import { useStore } from '@/browser/use-store';
import { EXTENSIONS, FORMAT_LABELS } from '@/engine/material/formats';
import { readingNotice } from '@/engine/material/reading-quality';
import { explainSourceError, explainSourceNotes } from '@/engine/material/source-problems';
import type { ProblemExplanation } from '@/engine/material/problem-words';
import { stageText } from '@/browser/materials/stage-text';
import '@/assets/styles/materials.css';
import type { Finding } from '@/engine/report/types';
import type { SpellChecker } from '@/engine/spelling/types';
import { FindingList, useParsedProfile } from '../findings/FindingList';
import { languageOf, type Translate } from '../../browser/i18n';
import { ProfilePicker } from '../findings/ProfilePicker';
import { ExportBar, ReportSummary } from '../findings/ReportParts';
import { useLive } from '../../browser/use-live';
import { MaterialText } from './MaterialText';
import { PdfPages } from './PdfPages';

const ACCEPTED = EXTENSIONS.join(',');

/** A problem as the reader is told it: what is wrong, what to do, and the library's own words folded away. */
function Problem({ explained, t }: { explained: ProblemExplanation; t: Translate }) {
  return (
    <>
      <span class="problem-text">{explained.text}</span>
      {explained.next && <span class="problem-next"> {explained.next}</span>}
      {explained.details && (
        <details class="problem-details">
          <summary>{t('problemDetails')}</summary>
          {explained.details}
        </details>
      )}
    </>
  );
}

/** Flyers, price lists, memos: dropped, picked, pasted or fetched by URL, checked together as one report; the queue is its session's, browser/materials/session.ts. */
export function MaterialsView({ db, t, port, spellChecker, initialUrl }: { db: SverkaDb; t: Translate; port: MaterialsPort; spellChecker?: SpellChecker; initialUrl?: string }) {
  const [session] = useState(() => createMaterialsSession({ db, port, t, spellChecker, initialUrl }));
  const { profileId, items, progress, materials, bytesOf, report, diff, status, details } = useStore(session);
  const profiles = useLive(() => db.profiles.orderBy('name').toArray(), [] as StoredProfile[]);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const profile = profiles.find((p) => p.id === profileId) ?? null;

  useEffect(() => void session.open(), [session]);

  function addPasted() {
    session.addText(pasted);
    if (pasted.trim()) setPasted('');
  }

  const actions = {
    show: (finding: Finding) => document.getElementById(`mark-${finding.id}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
    copyFix: (finding: Finding) => void session.copyFix(finding),
    ignore: (finding: Finding, scope: 'here' | 'everywhere') => void session.ignore(finding, scope),
    addWord: (finding: Finding) => void session.addWord(finding),
    copyTicket: (finding: Finding) => void session.copyTicket(finding),
  };
  const parsedProfile = useParsedProfile(profile);
  const failed = materials.filter((m) => m.source.error);
  const noted = materials.filter((m) => m.source.notes?.length);
  const poorlyRead = materials.filter((m) => m.source.reading?.poor);
  const language = languageOf(t);

  return (
    <main class="panel materials">
      <header>
        <ProfilePicker profiles={profiles} value={profileId} onChange={session.chooseProfile} t={t} />
        <label
          class={`drop${dragging ? ' over' : ''}`}
          data-testid="drop"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            session.addFiles([...(e.dataTransfer?.files ?? [])]);
          }}
        >
          {t('materialsDrop', FORMAT_LABELS)}
          <input
            type="file"
            multiple
            accept={ACCEPTED}
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              session.addFiles([...(input.files ?? [])]);
              input.value = '';
            }}
          />
        </label>
        <label>
          {t('materialsPaste')}
          <textarea rows={3} value={pasted} onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)} />
        </label>
        <button type="button" onClick={addPasted} disabled={!pasted.trim()}>
          {t('materialsAddText')}
        </button>
        {items.length > 0 && (
          <ol class="queue" data-testid="queue">
            {items.map((item, index) => (
              <li key={item.key}>
                {item.name} {progress?.index === index && <progress max={1} value={progress.fraction} aria-label={item.name} />}
                {!progress && (
                  <button type="button" class="link" onClick={() => session.remove(item)}>
                    {t('profile_remove')}
                  </button>
                )}
              </li>
            ))}
          </ol>
        )}
        <div class="row">
          <button type="button" class="primary" disabled={!profile || items.length === 0 || progress !== null} onClick={() => void session.check()}>
            {t('materialsCheck')}
          </button>
          {progress && (
            <button type="button" onClick={session.cancel}>
              {t('cancel')}
            </button>
          )}
          {port.openWide && (
            <button type="button" class="link" onClick={port.openWide}>
              {t('materialsOpenWide')}
            </button>
          )}
        </div>
        {progress && (
          <div class="stage">
            <progress class="overall" max={items.length} value={progress.index + progress.fraction} aria-label={t('checking')} aria-valuetext={stageText(t, progress.stage, items[progress.index]?.name ?? '')} />
            <span class="stage-text" data-testid="stage" aria-hidden="true">
              {stageText(t, progress.stage, items[progress.index]?.name ?? '')}
            </span>
          </div>
        )}
        {status && (
          <p class="status" role="status">
            {status}
          </p>
        )}
        {details && (
          <p class="problem-details muted" data-testid="status-details">
            {t('problemDetails')}: {details}
          </p>
        )}
      </header>
      {failed.length > 0 && (
        <div role="alert">
          {failed.length === materials.length && <p data-testid="none-read">{t('materialsNoneRead')}</p>}
          <ul class="problems" data-testid="failed">
            {failed.map((m) => (
              <li key={m.source.id}>
                <Problem explained={explainSourceError(m.source, language)!} t={t} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {poorlyRead.length > 0 && (
        <ul class="problems poor-readings" role="alert" data-testid="poor-readings">
          {poorlyRead.map((m) => (
            <li key={m.source.id}>
              {m.source.location}: {readingNotice(m.source.reading, language)}
            </li>
          ))}
        </ul>
      )}
      {noted.length > 0 && (
        <ul class="notes" data-testid="source-notes">
          {noted.flatMap((m) =>
            explainSourceNotes(m.source, language).map((note) => (
              <li key={`${m.source.id} ${note.text}`}>
                <Problem explained={note} t={t} />
              </li>
            )),
          )}
        </ul>
      )}
      {report && (
        <>
          <ReportSummary report={report} diff={diff} t={t} />
          <FindingList report={report} t={t} actions={actions} place="materials" profile={parsedProfile} />
          {materials
            .filter((m) => !m.source.error)
            .map((material) => (
              <section key={material.source.id} class="material" data-source={material.source.id}>
                <h2>{material.source.title ?? material.source.location}</h2>
                {material.source.reading?.poor && (
                  <p class="warning poor-reading" data-testid="poor-reading">
                    ⚠ {readingNotice(material.source.reading, language)}
                  </p>
                )}
                {material.source.kind === 'pdf' && bytesOf.get(material.source.id) ? (
                  <PdfPages bytes={bytesOf.get(material.source.id)!} material={material} findings={report.findings.filter((f) => f.source === material.source.id)} assetUrl={port.assetUrl} t={t} />
                ) : null}
                <MaterialText material={material} findings={report.findings.filter((f) => f.source === material.source.id)} />
              </section>
            ))}
          <ExportBar report={report} materials={materials} t={t} download={port.download} />
        </>
      )}
    </main>
  );
}
