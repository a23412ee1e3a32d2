import type { SverkaDb, StoredProfile } from '../db/database';
import { ignoredAt, ignoredOn, type IgnoreScope, userWordsOf, withoutIgnored } from '../db/check';
import { addUserWord, dismissFinding } from '../db/dismissed';
import { readLimits } from '../db/limits';
import { profileOf } from '../db/profiles';
import type { CheckClient } from '../check-client';
import { failureStatus } from '../failure';
import type { Translate } from '../i18n';
import { createStore, type Store } from '../store';
import { summarise } from '../../engine/engine';
import type { LoadEnvironment } from '../../engine/material/load';
import type { Material } from '../../engine/material/types';
import { findingToMarkdown } from '../../engine/report/to-markdown';
import type { Finding } from '../../engine/report/types';
import type { CrawlProgress } from '../../engine/site/crawl';
import type { SiteReport } from '../../engine/site/site-check';
import { checkSiteInBrowser, SITE_MAX_PAGES } from './site-check';

/** What checking a whole site needs from the browser: the entry point provides it. */
export interface SitePort {
  /** The browser's readers of pages and files (DOMParser, pdf.js, OCR). */
  environment: LoadEnvironment;
  /** Asks for host access to the URL's site; call it before any await in the click that wants it. */
  requestAccess(url: string): Promise<boolean>;
  copy(text: string): Promise<void>;
  /** The network; the browser's own unless a test gives another. */
  fetch?: typeof globalThis.fetch;
}

export interface SiteState {
  /** The site view is shown in place of the page's report. */
  shown: boolean;
  /** The site the view is about: its first page's origin. */
  site: string;
  running: boolean;
  /** The crawl's counts while it runs: pages found, being read, failed. */
  progress: CrawlProgress | null;
  /** Pages read and checked so far. */
  checked: number;
  maxPages: number;
  report: SiteReport | null;
  /** What each page read as, for the printable export. */
  materials: Material[];
  /** The check was cancelled: the report holds the pages checked until then. */
  partial: boolean;
  status: string;
}

export interface SiteSession extends Store<SiteState> {
  /** Checks the whole site of `url` against the profile; host access is asked for first, inside the click. */
  start(url: string, profile: StoredProfile): Promise<void>;
  /** Stops the check; what was checked stays, as a partial report. */
  cancel(): void;
  /** Back to the page's report; a check still running is stopped. */
  hide(): void;
  /** Hides the finding on this site or everywhere (as on a page), and takes it off the site's report. */
  ignore(finding: Finding, scope: IgnoreScope): Promise<void>;
  /** Adds the finding's word to the user's dictionary and takes that word's findings off the report. */
  addWord(finding: Finding): Promise<void>;
  copyFix(finding: Finding): Promise<void>;
  copyTicket(finding: Finding): Promise<void>;
}

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
};

/** The report without some findings, its summary counted again. */
function without(report: SiteReport, drop: (finding: Finding) => boolean): SiteReport {
  const findings = report.findings.filter((finding) => !drop(finding));
  return { ...report, findings, summary: summarise(findings) };
}

/**
 * The side panel's "Check the whole site": the site crawled from the tab's page, each page checked
 * in the panel's check worker with the user's words and without what they ignored on the site.
 */
export function createSiteSession({ db, checks, port, t }: { db: SverkaDb; checks: CheckClient; port: SitePort; t: Translate }): SiteSession {
  const store = createStore<SiteState>({ shown: false, site: '', running: false, progress: null, checked: 0, maxPages: SITE_MAX_PAGES, report: null, materials: [], partial: false, status: '' });
  const { set } = store;
  const state = store.get;
  let controller: AbortController | null = null;
  /** The profile the shown report was checked against: an ignored finding is listed under it. */
  let profileId = '';

  async function start(url: string, stored: StoredProfile) {
    if (state().running) return;
    // Firefox grants access only inside the click: nothing is awaited before asking.
    const asking = port.requestAccess(url).catch(() => false);
    const site = originOf(url);
    profileId = stored.id;
    set({ shown: true, site, report: null, materials: [], partial: false, progress: null, checked: 0, status: '' });
    if (!(await asking)) return set({ status: t('siteAccessNeeded', site) });
    const abort = new AbortController();
    controller = abort;
    set({ running: true, status: t('siteChecking') });
    try {
      const profile = profileOf(stored);
      const [limits, userWords, ignored] = await Promise.all([readLimits(db), userWordsOf(db), ignoredOn(db, site)]);
      const check = async (material: Material) => {
        const report = withoutIgnored(await checks.check([material], profile, { userWords }), ignored);
        if (controller === abort) set({ checked: state().checked + 1 });
        return report;
      };
      const onProgress = (progress: CrawlProgress) => controller === abort && set({ progress });
      const result = await checkSiteInBrowser({ url, profile, limits, environment: port.environment, check, signal: abort.signal, onProgress, ...(port.fetch ? { fetch: port.fetch } : {}) });
      if (controller !== abort) return;
      if ('unreachable' in result) set({ status: t('siteUnreachable', result.unreachable) });
      else set({ report: result.report, materials: result.materials, partial: abort.signal.aborted, status: '' });
    } catch (error) {
      console.error(error);
      const { status, details } = failureStatus(t, 'siteCannotCheck', error);
      if (controller === abort) set({ status: details ? `${status} (${details})` : status });
    } finally {
      if (controller === abort) {
        controller = null;
        set({ running: false });
      }
    }
  }

  const drop = (test: (finding: Finding) => boolean) => {
    const { report } = state();
    if (report) set({ report: without(report, test) });
  };

  return {
    get: store.get,
    subscribe: store.subscribe,
    start,
    cancel: () => controller?.abort(),
    hide() {
      const running = controller;
      controller = null;
      running?.abort();
      set({ shown: false, running: false, status: '' });
    },
    async ignore(finding, scope) {
      const ignored = ignoredAt(finding, scope, state().site);
      await dismissFinding(db, { ...ignored, profileId });
      // Ignored everywhere, the same finding goes from every page of the site, as a check after it would leave it out.
      const { report } = state();
      if (report) set({ report: withoutIgnored(report, new Set([ignored.finding.fingerprint])) });
      set({ status: t(scope === 'everywhere' ? 'ignoredEverywhere' : 'ignored') });
    },
    async addWord(finding) {
      await addUserWord(db, { word: finding.quote, profileId });
      drop((f) => f.check === 'spelling' && f.quote === finding.quote);
    },
    async copyFix(finding) {
      if (!finding.suggestion) return;
      await port.copy(finding.suggestion);
      set({ status: t('fixCopied') });
    },
    async copyTicket(finding) {
      const { report } = state();
      if (!report) return;
      await port.copy(findingToMarkdown(report, finding));
      set({ status: t('copied') });
    },
  };
}
