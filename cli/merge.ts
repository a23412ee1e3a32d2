/**
 * `sverka merge` (#18): engine/site/merge.ts over report files.
 */
import { type CrawlReport, mergeReports, missingShards, type NamedReport, parseCrawlReport } from '../engine/site/merge';
import { ReportRefusal } from '../engine/report/parse';
import { exclusionSummary } from './crawl';
import { reportText } from './report-file';
import type { Io } from './main';

async function readReport(file: string): Promise<NamedReport> {
  return { file, report: parseCrawlReport(await reportText(file), file) };
}

/** The files' reports merged, with what the reader should know on standard error; nothing when merge refuses them (it says why). */
export async function mergeFiles(files: string[], io: Io): Promise<CrawlReport | undefined> {
  try {
    const reports: NamedReport[] = [];
    for (const file of files) reports.push(await readReport(file));
    const merged = mergeReports(reports);
    const missing = missingShards(reports);
    if (missing) io.stderr(`sverka: ${missing}\n`);
    io.stderr(`sverka: merged ${files.length} report${files.length === 1 ? '' : 's'} of ${merged.crawl.url}: ${merged.sources.length} pages\n`);
    const leftOut = exclusionSummary(merged.excluded);
    if (leftOut) io.stderr(`sverka: ${leftOut}\n`);
    return merged;
  } catch (error) {
    if (!(error instanceof ReportRefusal)) throw error;
    io.stderr(`sverka: ${error.message}\n`);
    return undefined;
  }
}
