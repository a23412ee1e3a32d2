import type { SverkaDb } from '../db/database';
import { checkWithUserSettings, ignoredAt, type IgnoreScope } from '../db/check';
import { readLimits } from '../db/limits';
import { recordCheck } from '../db/history';
import { addUserWord, dismissFinding } from '../db/dismissed';
import { rememberProfile, profileForUrl } from '../db/profiles';
import { failureStatus } from '../failure';
import type { Translate } from '../i18n';
import { createStore, type Store } from '../store';
import type { Limits } from '../../engine/material/limits';
import { loadMaterialOrError, type LoadEnvironment } from '../../engine/material/load';
import type { ReadingStage } from '../../engine/material/progress';
import type { Material } from '../../engine/material/types';
import type { ReportDiff } from '../../engine/report/diff';
import { findingToMarkdown } from '../../engine/report/to-markdown';
import type { Finding, Report } from '../../engine/report/types';
import type { SpellChecker } from '../../engine/spelling/types';

/** What the materials view needs from the browser: the entry point provides it. */
export interface MaterialsPort {
  environment: LoadEnvironment;
  assetUrl(path: string): string;
  fetchUrl(url: string, limits: Limits, signal?: AbortSignal): Promise<{ bytes: Uint8Array; contentType?: string }>;
  copy(text: string): Promise<void>;
  download(name: string, type: string, text: string): void;
  /** Opens the same view in a wide tab; absent when this already is one. */
  openWide?(): void;
}

/** A material waiting in the queue: read only when the batch is checked. */
export interface QueuedItem {
  key: string;
  name: string;
  read: (limits: Limits, signal?: AbortSignal) => Promise<{ bytes: Uint8Array; contentType?: string }>;
}

export interface MaterialsState {
  profileId: string;
  items: QueuedItem[];
  /** Which item is being read, how far and at which stage; past the last item while the checks run; null when no batch runs. */
  progress: { index: number; fraction: number; stage: ReadingStage } | null;
  /** The materials of the last check, those that could not be read among them. */
  materials: Material[];
  /** A PDF's bytes by source id, for drawing its pages. */
  bytesOf: Map<string, Uint8Array>;
  report: Report | null;
  diff: ReportDiff | null;
  status: string;
  /** The library's own words for a failed batch, for a details line under `status`; '' when none. */
  details: string;
}

export interface MaterialsSession extends Store<MaterialsState> {
  /** Chooses the profile; a URL sent from a tab is queued and checked as soon as a profile is there. */
  open(): Promise<void>;
  chooseProfile(id: string): void;
  addFiles(files: File[]): void;
  addText(text: string): void;
  remove(item: QueuedItem): void;
  /** Reads every material (the slow part: PDF pages, OCR), then checks them; `cancel` stops at once. */
  check(): Promise<void>;
  cancel(): void;
  /** Copies the finding's suggested fix. */
  copyFix(finding: Finding): Promise<void>;
  /** Hides the finding in the materials, or there and on every site, and checks what was read again. */
  ignore(finding: Finding, scope: IgnoreScope): Promise<void>;
  addWord(finding: Finding): Promise<void>;
  /** Copies the finding as a Markdown ticket. */
  copyTicket(finding: Finding): Promise<void>;
}

export interface MaterialsDeps {
  db: SverkaDb;
  port: MaterialsPort;
  t: Translate;
  spellChecker?: SpellChecker;
  initialUrl?: string;
}

/** Materials checks share one history key per set of names, so checking the same files again shows what changed. */
const HISTORY_PREFIX = 'materials:';
/** Where a finding ignored in the materials view is ignored: all materials, whatever their origin. */
export const MATERIALS_SITE = 'materials';

/**
 * Rejects when the batch is cancelled: a reader that cannot stop mid-way (a PDF being parsed, a
 * download) is left behind, and the view is ready again at once.
 */
const whenCancelled = (signal: AbortSignal) => new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

/** Numbers items across sessions, so a pasted text is named apart from one pasted before the view was reopened. */
let counter = 0;
const itemOfFile = (file: File): QueuedItem => ({ key: `f${++counter}`, name: file.name, read: async () => ({ bytes: new Uint8Array(await file.arrayBuffer()), contentType: file.type || undefined }) });

/** Flyers, price lists, memos: dropped, picked, pasted or fetched by URL, checked together as one report. */
export function createMaterialsSession({ db, port, t, spellChecker, initialUrl }: MaterialsDeps): MaterialsSession {
  const store = createStore<MaterialsState>({ profileId: '', items: [], progress: null, materials: [], bytesOf: new Map(), report: null, diff: null, status: '', details: '' });
  const { set } = store;
  const state = store.get;
  let controller: AbortController | null = null;
  // A PDF sent from its tab is checked at once, as soon as a profile is there to check it against.
  let checkOnArrival = initialUrl !== undefined;

  const chosenProfile = async () => (state().profileId ? ((await db.profiles.get(state().profileId)) ?? null) : null);
  const failed = (error: unknown) => set(failureStatus(t, 'materialsCannotCheck', error));

  async function checkIfArrived() {
    if (!checkOnArrival || state().items.length === 0 || !(await chosenProfile()) || !checkOnArrival) return;
    checkOnArrival = false;
    void check();
  }

  function addItems(added: QueuedItem[]) {
    set({ items: [...state().items, ...added], report: null });
    void checkIfArrived();
  }

  function chooseProfile(id: string) {
    set({ profileId: id });
    void checkIfArrived();
  }

  async function check() {
    const profile = await chosenProfile();
    const { items } = state();
    if (!profile || items.length === 0) return;
    const abort = new AbortController();
    controller = abort;
    set({ status: t('checking'), details: '' });
    const read: Material[] = [];
    const kept = new Map<string, Uint8Array>();
    try {
      const limits = await readLimits(db);
      for (const [index, item] of items.entries()) {
        let shown = { index, fraction: 0, stage: { stage: 'reading' } as ReadingStage };
        // A reader left behind by a cancel may still report: it no longer moves the bar.
        const show = (change: Partial<typeof shown>) => {
          shown = { ...shown, ...change };
          if (controller === abort) set({ progress: shown });
        };
        show({});
        const id = `s${index + 1}`;
        const keepBytes = async (signal?: AbortSignal) => {
          const got = await item.read(limits, signal);
          kept.set(id, got.bytes);
          return got;
        };
        const work = { signal: abort.signal, onProgress: (fraction: number) => show({ fraction }), onStage: (stage: ReadingStage) => show({ stage }) };
        const loading = loadMaterialOrError(keepBytes, { id, location: item.name, title: item.name }, port.environment, undefined, work, limits);
        read.push(await Promise.race([loading, whenCancelled(abort.signal)]));
      }
      abort.signal.throwIfAborted();
      // No material could be read: there is nothing to check, and no report that says "no findings".
      if (read.every((material) => material.source.error)) set({ diff: null, materials: read, bytesOf: new Map(), report: null, status: '' });
      else {
        set({ progress: { index: items.length, fraction: 0, stage: { stage: 'checking' } } });
        await checkRead(read, kept);
      }
    } catch (error) {
      if (abort.signal.aborted) set({ status: t('cancelled') });
      else failed(error);
    } finally {
      set({ progress: null });
      controller = null;
    }
  }

  /** Checks materials already read; an ignored finding or a dictionary word needs no second reading. */
  async function checkRead(read: Material[], kept: Map<string, Uint8Array>) {
    const profile = await chosenProfile();
    if (!profile) return;
    const result = await checkWithUserSettings(db, read, profile, MATERIALS_SITE, spellChecker);
    const names = read
      .map((m) => m.source.location)
      .sort()
      .join(' | ');
    const { diff } = await recordCheck(db, { url: `${HISTORY_PREFIX}${names}`, profileId: profile.id, createdAt: Date.now(), report: result });
    await rememberProfile(db, profile.id);
    // All of one check's results are set together, so the view never shows one check's diff over another's list.
    set({ diff, materials: read, bytesOf: kept, report: result, status: '' });
  }

  const recheck = () => checkRead(state().materials, state().bytesOf).catch(failed);

  return {
    get: store.get,
    subscribe: store.subscribe,
    async open() {
      if (initialUrl) addItems([{ key: `u${++counter}`, name: initialUrl, read: (limits, signal) => port.fetchUrl(initialUrl, limits, signal) }]);
      const profile = await profileForUrl(db, initialUrl ?? '');
      if (profile) chooseProfile(profile.id);
    },
    chooseProfile,
    addFiles: (files) => addItems(files.map(itemOfFile)),
    addText(text) {
      if (!text.trim()) return;
      addItems([{ key: `p${++counter}`, name: `${t('pastedText')} ${counter}.txt`, read: async () => ({ bytes: new TextEncoder().encode(text), contentType: 'text/plain' }) }]);
    },
    remove: (item) => set({ items: state().items.filter((i) => i !== item) }),
    check,
    cancel: () => controller?.abort(),
    async copyFix(finding) {
      if (!finding.suggestion) return;
      await port.copy(finding.suggestion);
      set({ status: t('fixCopied') });
    },
    async ignore(finding, scope) {
      await dismissFinding(db, { ...ignoredAt(finding, scope, MATERIALS_SITE), profileId: state().profileId });
      await recheck();
      // Said after the check, which clears the status, unless the check had something to say.
      if (!state().status) set({ status: t(scope === 'everywhere' ? 'ignoredEverywhere' : 'ignoredInMaterials') });
    },
    async addWord(finding) {
      await addUserWord(db, { word: finding.quote, profileId: state().profileId });
      await recheck();
    },
    async copyTicket(finding) {
      const { report } = state();
      if (!report) return;
      await port.copy(findingToMarkdown(report, finding));
      set({ status: t('copied') });
    },
  };
}
