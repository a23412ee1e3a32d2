import { errorDetail } from '../../engine/material/errors';
import type { Profile } from '../../engine/profile/types';
import { settleConflict, skipConflict } from '../../engine/profile/settle-conflict';
import type { CrawlProgress } from '../../engine/site/crawl';
import { plural, type Translate } from '../i18n';
import { createStore, type Store } from '../store';

/** What a draft is made from: a site's address, files, or both. */
export interface DraftSource {
  url?: string;
  files: File[];
}

/** A draft read from the source, or why the site could not be read at all. */
export type DraftRead = { draft: Profile } | { unreachable: string };

/** What the session needs from the browser: reading the source (a crawl, the files' readers) and drafting from what was read. */
export type ReadDraft = (source: DraftSource, signal: AbortSignal, onProgress: (progress: CrawlProgress) => void) => Promise<DraftRead>;

/** One answer per conflict, in order: the chosen variant's index, or skipped. */
export type DraftAnswer = number | 'skip';

export type DraftState =
  | { step: 'input'; status: string }
  | { step: 'reading'; progress: CrawlProgress | null }
  /** `draft` is as read, its conflicts all open; the question asked is the one after the last answer. */
  | { step: 'questions'; draft: Profile; answers: DraftAnswer[] };

export interface DraftSession extends Store<DraftState> {
  start(source: DraftSource): Promise<void>;
  cancel(): void;
  /** Answers the open question; after the last one the settled draft goes to the editor. */
  answer(answer: DraftAnswer): void;
  /** Back to the question before, its answer undone; from the first, back to the address. */
  back(): void;
}

/**
 * The draft with the answers given so far applied in order: each answers the first conflict still
 * open, since settling or skipping one removes it from the list.
 */
export function settled(draft: Profile, answers: DraftAnswer[]): Profile {
  return answers.reduce((profile, answer) => (answer === 'skip' ? skipConflict(profile, 0) : settleConflict(profile, 0, answer)), draft);
}

/** Reading the source, then one question per conflict, then the draft handed to `onDrafted` (the editor): nothing is stored here. */
export function createDraftSession({ t, read, onDrafted }: { t: Translate; read: ReadDraft; onDrafted: (profile: Profile) => void }): DraftSession {
  const store = createStore<{ state: DraftState }>({ state: { step: 'input', status: '' } });
  const get = () => store.get().state;
  const set = (state: DraftState) => store.set({ state });
  let controller: AbortController | null = null;

  /** Asks the next open question, or hands over the draft when none is left. */
  function next(draft: Profile, answers: DraftAnswer[]) {
    if (answers.length < (draft.conflicts?.length ?? 0)) return set({ step: 'questions', draft, answers });
    set({ step: 'input', status: '' });
    onDrafted(settled(draft, answers));
  }

  async function start(source: DraftSource) {
    if (get().step === 'reading') return;
    const abort = new AbortController();
    controller = abort;
    set({ step: 'reading', progress: null });
    try {
      const result = await read(source, abort.signal, (progress) => {
        if (controller === abort) set({ step: 'reading', progress });
      });
      // A cancel keeps nothing, not even the pages read before it.
      abort.signal.throwIfAborted();
      if ('unreachable' in result) set({ step: 'input', status: t('draft_unreachable', result.unreachable) });
      else next(result.draft, []);
    } catch (error) {
      set({ step: 'input', status: abort.signal.aborted ? t('draft_cancelled') : t('draft_failed', errorDetail(error) ?? String(error)) });
    } finally {
      if (controller === abort) controller = null;
    }
  }

  return {
    get,
    subscribe: (listener) => store.subscribe(({ state }) => listener(state)),
    start,
    cancel: () => controller?.abort(),
    answer(answer) {
      const state = get();
      if (state.step === 'questions') next(state.draft, [...state.answers, answer]);
    },
    back() {
      const state = get();
      if (state.step !== 'questions') return;
      if (state.answers.length === 0) set({ step: 'input', status: '' });
      else set({ ...state, answers: state.answers.slice(0, -1) });
    },
  };
}

/** "12 pages read" while a site is crawled; null before the first page. */
export const progressLine = (t: Translate, progress: CrawlProgress | null) => (progress ? plural(t, 'draft_pages_read', progress.checked) : null);

/**
 * The site an address names, and the host access its crawl needs (match patterns carry no port);
 * an address without a scheme is taken as https. Null for anything but a web address.
 */
export function siteOfAddress(address: string): { url: string; origins: string[] } | null {
  const text = address.trim();
  if (text === '') return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  // "mailto:a@b.c" taken as https would be a login to b.c: an address with credentials names no site to crawl.
  if (!/^https?:$/.test(url.protocol) || url.hostname === '' || url.username || url.password) return null;
  return { url: url.href, origins: [`${url.protocol}//${url.hostname}/*`] };
}
