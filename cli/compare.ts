/**
 * `sverka compare` (#19): our profile beside competitors' pages and materials, as
 * `sverka.benchmark/1` (engine/benchmark). Each competitor's materials are read as `check` reads
 * them (a URL is one page, fetched once); one that cannot be read is listed with its error under
 * the competitor's sources and the rest goes on. No check runs on a competitor's words.
 */
import { problemOf } from '../engine/material/errors';
import { unreadableMaterial } from '../engine/material/load';
import type { Material } from '../engine/material/types';
import type { Profile } from '../engine/profile/types';
import { escapeJsonControls } from '../engine/report/escape';
import type { Benchmark } from '../engine/benchmark/benchmark';
import type { CompareCommand, CompareFormat } from './args';
import { withinBoundary } from './fault-boundary';
import { readMaterial } from './load-material';

/** What `compare` tells as it goes, in the command line's words (cli/main.ts). */
export interface CompareIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** What is wrong with a material that could not be read, or was read only in part. */
  reportMaterial: (material: Material) => void;
}

async function rendered(benchmark: Benchmark, format: CompareFormat): Promise<string> {
  const { toBenchmarkCsv, toBenchmarkHtml, toBenchmarkMarkdown } = await import('../engine/benchmark/render');
  switch (format) {
    case 'json':
      return `${escapeJsonControls(JSON.stringify(benchmark, null, 2))}\n`;
    case 'csv':
      return toBenchmarkCsv(benchmark);
    case 'markdown':
      return toBenchmarkMarkdown(benchmark);
    case 'html':
      return toBenchmarkHtml(benchmark);
  }
}

/**
 * The benchmark on standard output: 0 when some competitor's material was read, 2 when none could
 * be (each is named on standard error) or the profile given as ours is a competitor's.
 */
export async function compare(command: CompareCommand, profile: Profile, io: CompareIo): Promise<number> {
  if (profile.role === 'competitor') {
    io.stderr(`sverka: ${command.profile} is marked "role": "competitor"; compare takes your own profile first and each competitor after --competitor\n`);
    return 2;
  }
  let count = 0;
  const competitors: { materials: Material[] }[] = [];
  for (const locations of command.competitors) {
    const materials: Material[] = [];
    for (const location of locations) {
      const id = `s${++count}`;
      const material = await withinBoundary(() => readMaterial(location, id, { limits: command.limits, language: command.language })).catch((error) =>
        unreadableMaterial({ id, location, title: location }, problemOf(error)),
      );
      io.reportMaterial(material);
      materials.push(material);
    }
    competitors.push({ materials });
  }
  const { benchmark } = await import('../engine/benchmark/benchmark');
  const result = benchmark(profile, competitors);
  io.stdout(await rendered(result, command.format));
  if (competitors.every(({ materials }) => materials.every((material) => material.source.error))) {
    io.stderr("sverka: no competitor's material could be read, so nothing was compared\n");
    return 2;
  }
  return 0;
}
