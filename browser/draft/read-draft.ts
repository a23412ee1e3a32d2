import type { Limits } from '../../engine/material/limits';
import { type LoadEnvironment, loadMaterialOrError } from '../../engine/material/load';
import type { Material } from '../../engine/material/types';
import { PROFILE_FORMAT, type Profile } from '../../engine/profile/types';
import type { Report } from '../../engine/report/types';
import type { CrawlProgress } from '../../engine/site/crawl';
import { combinedReport, type ExcludedPage, renumbered, type SiteCheck } from '../../engine/site/site-check';
import type { ReadDraft } from './draft-session';

/** What reading a draft's source takes in the browser; the options page's entry point gives the extension's own. */
export interface DraftReaders {
  /** The site crawled, each page checked with `check` against `profile`. */
  readSite(url: string, profile: Profile, signal: AbortSignal, onProgress: (progress: CrawlProgress) => void): Promise<SiteCheck>;
  environment: LoadEnvironment;
  limits: () => Promise<Limits>;
  /** Checks one material (its only source `s1`): its promises are what the draft is made of. */
  check(material: Material, profile: Profile): Promise<Report>;
  /** Names the draft itself (the business as its pages give it, else the site's host), in the materials' language. */
  draft(report: Report): Profile;
}

/** Each file read and checked, its source, promises and findings numbered after those already read. */
async function readFiles(files: File[], readers: DraftReaders, profile: Profile, signal: AbortSignal, before: Report | null): Promise<Report[]> {
  const limits = await readers.limits();
  const counts = { promises: before?.promises.length ?? 0, findings: before?.findings.length ?? 0 };
  const reports: Report[] = [];
  for (const file of files) {
    signal.throwIfAborted();
    const id = `s${(before?.sources.length ?? 0) + reports.length + 1}`;
    const read = async () => ({ bytes: new Uint8Array(await file.arrayBuffer()), contentType: file.type || undefined });
    const material = await loadMaterialOrError(read, { id: 's1', location: file.name, title: file.name }, readers.environment, undefined, { signal }, limits);
    reports.push(renumbered(await readers.check(material, profile), new Map([['s1', id]]), counts));
  }
  return reports;
}

/**
 * Reads the site and the files as one report, each checked against an empty profile (so only what
 * they promise counts), and drafts a profile from it; a site that cannot be read at all, with no
 * files beside it, is `unreachable`.
 */
export function draftReader(readers: DraftReaders): ReadDraft {
  return async (source, signal, onProgress) => {
    // No facts to hold the pages against: every promise stays a promise, for the draft to gather.
    const blank: Profile = { format: PROFILE_FORMAT, name: '', facts: [] };
    let site: Report | null = null;
    let excluded: ExcludedPage[] = [];
    if (source.url) {
      const checked = await readers.readSite(source.url, blank, signal, onProgress);
      if ('unreachable' in checked) {
        if (source.files.length === 0) return checked;
      } else {
        site = checked.report;
        excluded = checked.report.excluded;
      }
    }
    const files = await readFiles(source.files, readers, blank, signal, site);
    const pages = site ? [site, ...files] : files;
    const report = pages.length === 1 ? pages[0]! : combinedReport(pages, blank, excluded);
    return { draft: readers.draft(report) };
  };
}
