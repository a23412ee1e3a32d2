import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StoredProfile, SverkaDb } from '@/browser/db/database';
import { checkWithUserSettings } from '@/browser/db/check';
import { readLimits } from '@/browser/db/limits';
import { recordCheck } from '@/browser/db/history';
import { rememberProfile, profileForUrl } from '@/browser/db/profiles';
import { describeMaterialError } from '@/engine/material/errors';
import type { Limits } from '@/engine/material/limits';
import { loadMaterialOrError, type LoadEnvironment } from '@/engine/material/load';
import { readingNotice } from '@/engine/material/reading-quality';
import type { Material } from '@/engine/material/types';
import type { ReportDiff } from '@/engine/report/diff';
import { findingToMarkdown } from '@/engine/report/to-markdown';
import type { Finding, Report } from '@/engine/report/types';
import type { SpellChecker } from '@/engine/spelling/types';
import { FindingList } from '../findings/FindingList';
import type { Translate } from '../../browser/i18n';
import { ProfilePicker } from '../findings/ProfilePicker';
import { ExportBar, ReportSummary } from '../findings/ReportParts';
import { useLive } from '../../browser/use-live';
import { MaterialText } from './MaterialText';
import { PdfPages } from './PdfPages';

export interface MaterialsPort {
  environment: LoadEnvironment;
  assetUrl(path: string): string;
  fetchUrl(url: string, limits: Limits, signal?: AbortSignal): Promise<{ bytes: Uint8Array; contentType?: string }>;
  copy(text: string): Promise<void>;
  download(name: string, type: string, text: string): void;
  /** Opens the same view in a wide tab; absent when this already is one. */
  openWide?(): void;
}

interface Item {
  key: string;
  name: string;
  read: (limits: Limits, signal?: AbortSignal) => Promise<{ bytes: Uint8Array; contentType?: string }>;
}

/** Materials checks share one history key per set of names, so checking the same files again shows what changed. */
const HISTORY_PREFIX = 'materials:';
const MATERIALS_SITE = 'materials';
const ACCEPTED = '.pdf,.docx,.png,.jpg,.jpeg,.webp,.html,.htm,.txt,.md';

/**
 * Rejects when the batch is cancelled: a reader that cannot stop mid-way (a PDF being parsed, a
 * download) is left behind, and the view is ready again at once.
 */
const whenCancelled = (signal: AbortSignal) => new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

let counter = 0;
const itemOfFile = (file: File): Item => ({ key: `f${++counter}`, name: file.name, read: async () => ({ bytes: new Uint8Array(await file.arrayBuffer()), contentType: file.type || undefined }) });

/** Flyers, price lists, memos: dropped, picked, pasted or fetched by URL, checked together as one report. */
export function MaterialsView({ db, t, port, spellChecker, initialUrl }: { db: SverkaDb; t: Translate; port: MaterialsPort; spellChecker?: SpellChecker; initialUrl?: string }) {
  const profiles = useLive(() => db.profiles.orderBy('name').toArray(), [] as StoredProfile[]);
  const [profileId, setProfileId] = useState('');
  const [items, setItems] = useState<Item[]>([]);
  const [pasted, setPasted] = useState('');
  const [progress, setProgress] = useState<{ index: number; fraction: number } | null>(null);
  const [materials, setMaterials] = useState<Material[]>([]);
  const [bytesOf, setBytesOf] = useState<Map<string, Uint8Array>>(new Map());
  const [report, setReport] = useState<Report | null>(null);
  const [diff, setDiff] = useState<ReportDiff | null>(null);
  const [status, setStatus] = useState('');
  const [dragging, setDragging] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const profile = useMemo(() => profiles.find((p) => p.id === profileId) ?? null, [profiles, profileId]);

  useEffect(() => {
    void profileForUrl(db, initialUrl ?? '').then((p) => p && setProfileId(p.id));
    if (initialUrl) addItems([{ key: `u${++counter}`, name: initialUrl, read: (limits, signal) => port.fetchUrl(initialUrl, limits, signal) }]);
  }, []);

  // A PDF sent from its tab is checked at once, as soon as a profile is there to check it against.
  const [checkOnArrival, setCheckOnArrival] = useState(initialUrl !== undefined);
  useEffect(() => {
    if (!checkOnArrival || !profile || items.length === 0) return;
    setCheckOnArrival(false);
    void check();
  }, [checkOnArrival, profile?.id, items.length]);

  function addItems(added: Item[]) {
    setItems((current) => [...current, ...added]);
    setReport(null);
  }

  function addPasted() {
    const text = pasted;
    if (!text.trim()) return;
    addItems([{ key: `p${++counter}`, name: `${t('pastedText')} ${counter}.txt`, read: async () => ({ bytes: new TextEncoder().encode(text), contentType: 'text/plain' }) }]);
    setPasted('');
  }

  /** Reads every material (the slow part: PDF pages, OCR), then checks them; Cancel stops at once. */
  async function check() {
    if (!profile || items.length === 0) return;
    const abort = new AbortController();
    controller.current = abort;
    setStatus(t('checking'));
    const read: Material[] = [];
    const kept = new Map<string, Uint8Array>();
    try {
      const limits = await readLimits(db);
      for (const [index, item] of items.entries()) {
        setProgress({ index, fraction: 0 });
        const id = `s${index + 1}`;
        const keepBytes = async (signal?: AbortSignal) => {
          const got = await item.read(limits, signal);
          kept.set(id, got.bytes);
          return got;
        };
        const work = { signal: abort.signal, onProgress: (fraction: number) => setProgress({ index, fraction }) };
        const loading = loadMaterialOrError(keepBytes, { id, location: item.name, title: item.name }, port.environment, undefined, work, limits);
        read.push(await Promise.race([loading, whenCancelled(abort.signal)]));
      }
      abort.signal.throwIfAborted();
      if (read.every((material) => material.source.error)) showUnread(read);
      else await checkRead(read, kept);
    } catch (error) {
      setStatus(abort.signal.aborted ? t('cancelled') : `${t('cannotCheck')}: ${(error as Error).message}`);
    } finally {
      setProgress(null);
      controller.current = null;
    }
  }

  /** No material could be read: there is nothing to check, and no report that says "no findings". */
  function showUnread(read: Material[]) {
    setDiff(null);
    setMaterials(read);
    setBytesOf(new Map());
    setReport(null);
    setStatus('');
  }

  /** Checks materials already read; an ignored finding or a dictionary word needs no second reading. */
  async function checkRead(read: Material[], kept: Map<string, Uint8Array>) {
    if (!profile) return;
    const result = await checkWithUserSettings(db, read, profile, MATERIALS_SITE, spellChecker);
    const names = read.map((m) => m.source.location).sort().join(' | ');
    const { diff } = await recordCheck(db, { url: `${HISTORY_PREFIX}${names}`, profileId: profile.id, createdAt: Date.now(), report: result });
    await rememberProfile(db, profile.id);
    // All of one check's results are set together, so the view never shows one check's diff over another's list.
    setDiff(diff);
    setMaterials(read);
    setBytesOf(kept);
    setReport(result);
    setStatus('');
  }

  const recheck = () => checkRead(materials, bytesOf).catch((error) => setStatus(`${t('cannotCheck')}: ${(error as Error).message}`));

  const actions = {
    show: (finding: Finding) => document.getElementById(`mark-${finding.id}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
    ignore: (finding: Finding) => void db.ignored.put({ site: MATERIALS_SITE, fingerprint: finding.fingerprint }).then(recheck),
    copy: (finding: Finding) => report && void port.copy(findingToMarkdown(report, finding)).then(() => setStatus(t('copied'))),
    addWord: (finding: Finding) => void db.userWords.put({ word: finding.quote }).then(recheck),
  };
  const failed = materials.filter((m) => m.source.error);
  const noted = materials.filter((m) => m.source.notes?.length);
  const poorlyRead = materials.filter((m) => m.source.reading?.poor);
  const uiLanguage = document.documentElement.lang === 'ru' ? 'ru' : 'en';

  return (
    <main class="panel materials">
      <header>
        <ProfilePicker profiles={profiles} value={profileId} onChange={setProfileId} t={t} />
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
            addItems([...(e.dataTransfer?.files ?? [])].map(itemOfFile));
          }}
        >
          {t('materialsDrop')}
          <input type="file" multiple accept={ACCEPTED} onChange={(e) => { const input = e.target as HTMLInputElement; addItems([...(input.files ?? [])].map(itemOfFile)); input.value = ''; }} />
        </label>
        <label>
          {t('materialsPaste')}
          <textarea rows={3} value={pasted} onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)} />
        </label>
        <button type="button" onClick={addPasted} disabled={!pasted.trim()}>{t('materialsAddText')}</button>
        {items.length > 0 && (
          <ol class="queue" data-testid="queue">
            {items.map((item, index) => (
              <li key={item.key}>
                {item.name}{' '}
                {progress?.index === index && <progress max={1} value={progress.fraction} aria-label={item.name} />}
                {!progress && (
                  <button type="button" class="link" onClick={() => setItems(items.filter((i) => i !== item))}>{t('profile_remove')}</button>
                )}
              </li>
            ))}
          </ol>
        )}
        <div class="row">
          <button type="button" class="primary" disabled={!profile || items.length === 0 || progress !== null} onClick={() => void check()}>{t('materialsCheck')}</button>
          {progress && <button type="button" onClick={() => controller.current?.abort()}>{t('cancel')}</button>}
          {port.openWide && <button type="button" class="link" onClick={port.openWide}>{t('materialsOpenWide')}</button>}
        </div>
        {progress && <progress class="overall" max={items.length} value={progress.index + progress.fraction} aria-label={t('checking')} />}
        {status && <p class="status" role="status">{status}</p>}
      </header>
      {failed.length > 0 && (
        <div role="alert">
          {failed.length === materials.length && <p data-testid="none-read">{t('materialsNoneRead')}</p>}
          <ul class="problems" data-testid="failed">
            {failed.map((m) => <li key={m.source.id}>{m.source.location}: {describeMaterialError(m.source.error!, uiLanguage)}</li>)}
          </ul>
        </div>
      )}
      {poorlyRead.length > 0 && (
        <ul class="problems poor-readings" role="alert" data-testid="poor-readings">
          {poorlyRead.map((m) => <li key={m.source.id}>{m.source.location}: {readingNotice(m.source.reading, uiLanguage)}</li>)}
        </ul>
      )}
      {noted.length > 0 && (
        <ul class="notes" data-testid="source-notes">
          {noted.flatMap((m) => m.source.notes!.map((note) => <li key={`${m.source.id} ${note}`}>{m.source.location}: {describeMaterialError(note, uiLanguage)}</li>))}
        </ul>
      )}
      {report && (
        <>
          <ReportSummary report={report} diff={diff} t={t} />
          <FindingList report={report} t={t} actions={actions} place="materials" />
          {materials.filter((m) => !m.source.error).map((material) => (
            <section key={material.source.id} class="material" data-source={material.source.id}>
              <h2>{material.source.title ?? material.source.location}</h2>
              {material.source.reading?.poor && <p class="warning poor-reading" data-testid="poor-reading">⚠ {readingNotice(material.source.reading, uiLanguage)}</p>}
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
