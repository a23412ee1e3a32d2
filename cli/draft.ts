/**
 * `sverka draft` (#18): a first profile drafted from the business's own site or materials. Each
 * URL is crawled as `crawl` crawls it, each file read as `check` reads it; their promises are only
 * extracted (no check runs), and engine/site/draft.ts makes the profile of them.
 */
import { stat, writeFile } from 'node:fs/promises';
import { problemOf } from '../engine/material/errors';
import { unreadableMaterial } from '../engine/material/load';
import type { Material } from '../engine/material/types';
import { PROFILE_FORMAT, type DraftConflict, type Profile } from '../engine/profile/types';
import type { Report } from '../engine/report/types';
import type { CrawlProgress } from '../engine/site/crawl';
import { isWebAddress } from '../engine/site/canonical';
import { draftProfile } from '../engine/site/draft';
import { renumbered } from '../engine/site/site-check';
import type { DraftCommand } from './args';
import { crawlReport } from './crawl';
import { withinBoundary } from './fault-boundary';
import { readMaterial } from './load-material';

/** What `draft` tells as it goes, in the command line's words (cli/main.ts). */
export interface DraftIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** What is wrong with a material that could not be read, or was read only in part. */
  reportMaterial: (material: Material) => void;
  progress?: { update: (progress: CrawlProgress) => void; end: () => void };
  signal?: AbortSignal;
}

/** The profile the materials are read under: no facts or names of its own, so nothing is judged, only extracted. */
const blankProfile = (name: string): Profile => ({ format: PROFILE_FORMAT, name });

/** Promises only: a draft reads what the materials state, it does not check them. */
async function extract(materials: Material[], profile: Profile): Promise<Report> {
  const { checkMaterials } = await import('../engine/engine');
  return checkMaterials(materials, profile, { checks: [] });
}

/** One site crawled, or nothing when it cannot be reached (said on standard error). */
async function crawled(url: string, command: DraftCommand, io: DraftIo): Promise<Report | null> {
  const profile = blankProfile(new URL(url).hostname);
  const { maxPages, limits, language } = command;
  const result = await crawlReport(
    { url, scope: { maxPages, include: [], exclude: [] }, limits, language, check: (material) => extract([material], profile), signal: io.signal, onProgress: io.progress?.update },
    profile,
  );
  io.progress?.end();
  if ('unreachable' in result) {
    io.stderr(`sverka: cannot reach the site: ${result.unreachable}\n`);
    return null;
  }
  for (const material of result.materials) io.reportMaterial(material);
  if (result.report.sources.length === 0) io.stderr(`sverka: no page of ${url} could be read\n`);
  return result.report;
}

/** The files read as `check` reads them: one that cannot be read is a source with its error. */
async function readFiles(locations: string[], command: DraftCommand, io: DraftIo): Promise<Report> {
  const materials: Material[] = [];
  for (const [index, location] of locations.entries()) {
    const id = `s${index + 1}`;
    const material = await withinBoundary(() => readMaterial(location, id, { limits: command.limits, language: command.language })).catch((error) =>
      unreadableMaterial({ id, location, title: location }, problemOf(error)),
    );
    io.reportMaterial(material);
    materials.push(material);
  }
  return extract(materials, blankProfile('draft'));
}

/** The reports as one, their sources and promises numbered apart. */
function joined(reports: Report[]): Report {
  const counts = { promises: 0, findings: 0 };
  let sources = 0;
  const parts = reports.map((report) => renumbered(report, new Map(report.sources.map((source) => [source.id, `s${++sources}`])), counts));
  return {
    format: 'sverka.report/1',
    profile: 'draft',
    ...(parts.find((part) => part.language) ? { language: parts.find((part) => part.language)!.language } : {}),
    createdAt: new Date().toISOString(),
    sources: parts.flatMap((part) => part.sources),
    promises: parts.flatMap((part) => part.promises),
    findings: [],
    summary: { error: 0, warning: 0, info: 0 },
  };
}

const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "Удаление зуба: "… 3 000 ₽" (1 page) vs "… 5 000 ₽" (2 pages)": each variant by its words and how many places say it. */
function conflictLine(conflict: DraftConflict): string {
  const variants = conflict.variants.map((variant) => {
    const places = new Set(variant.evidence.map((place) => place.location)).size;
    return `"${variant.evidence[0]?.quote ?? JSON.stringify(variant.value)}" (${counted(places, 'page')})`;
  });
  return `${conflict.topic}: ${variants.join(' vs ')}`;
}

/** What was drafted, on standard error: the counts, then each conflict on a line of its own. */
function summary(profile: Profile, sources: number, out: string | undefined): string {
  const conflicts = profile.conflicts ?? [];
  const lines = [
    `sverka: drafted ${counted(profile.facts?.length ?? 0, 'fact')}, ${counted(profile.names?.length ?? 0, 'name')} and ${counted(conflicts.length, 'conflict')} from ${counted(sources, 'page or file', 'pages and files')}${out ? ` into ${out}` : ''}`,
    ...(conflicts.length > 0 ? ['sverka: settle each conflict: keep one variant as a fact in "facts", then remove the conflict:'] : []),
    ...conflicts.map((conflict) => `  ${conflictLine(conflict)}`),
  ];
  return `${lines.join('\n')}\n`;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * `draft`: the profile to --out (an existing file is kept unless --force) or standard output, and
 * what was drafted on standard error. 0 when a profile was drafted, though some inputs could not be
 * read (each is named); 2 when none could be, or --out is taken.
 */
export async function draft(command: DraftCommand, io: DraftIo): Promise<number> {
  const { out, force } = command;
  if (out && !force && (await exists(out))) {
    io.stderr(`sverka: ${out} already exists: choose another --out, or add --force to overwrite it\n`);
    return 2;
  }
  const reports: Report[] = [];
  for (const url of command.inputs.filter(isWebAddress)) {
    const report = await crawled(url, command, io);
    if (report) reports.push(report);
  }
  const files = command.inputs.filter((input) => !isWebAddress(input));
  if (files.length > 0) reports.push(await readFiles(files, command, io));
  const report = joined(reports);
  const read = report.sources.filter((source) => !source.error).length;
  if (read === 0) {
    io.stderr('sverka: nothing could be read, so no profile was drafted\n');
    return 2;
  }
  const profile = draftProfile(report, { ...(command.name ? { name: command.name } : {}), ...(command.language ? { language: command.language } : {}) });
  const json = `${JSON.stringify(profile, null, 2)}\n`;
  if (out) {
    const failed = await writeFile(out, json, { flag: force ? 'w' : 'wx' }).catch((error: NodeJS.ErrnoException) => error);
    if (failed) {
      io.stderr(`sverka: cannot write ${out}: ${failed.code === 'EEXIST' ? 'it already exists (add --force to overwrite it)' : (failed.code ?? failed.message)}\n`);
      return 2;
    }
  } else io.stdout(json);
  io.stderr(summary(profile, read, out));
  return 0;
}
