/**
 * A measurement that needs a process of its own, so its peak memory and its cold start are that
 * run's: `probe.ts engine WORDS`, `probe.ts read FILE REPEATS`. Prints one JSON line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuOf } from './measure';

const [mode, arg, extra] = process.argv.slice(2);

async function engineRun(words: number) {
  const { measureSize, warmUp } = await import('./engine');
  await warmUp();
  const result = await measureSize(words, 1, false);
  return { ...result, peakMb: process.resourceUsage().maxRSS / 1024 };
}

/**
 * A material read as the CLI reads it, in a process whose CLI start-up is done (its modules
 * loaded and a one-line text read, as the start-up figures count them): the first read of the
 * file (what this kind of material adds: a PDF reader or an OCR engine started, then the read)
 * and then the same file again, warm.
 */
async function readRuns(file: string, repeats: number) {
  const { readMaterial: read } = await import('../cli/load-material');
  const text = join(mkdtempSync(join(tmpdir(), 'sverka-bench-')), 'one-line.txt');
  writeFileSync(text, 'Работаем ежедневно с 8:00 до 21:00.\n');
  await read(text, 's0');
  let words = 0;
  const coldMs = await cpuOf(async () => {
    const material = await read(file, 's1');
    if (material.source.error) throw new Error(`${file}: ${material.source.error}`);
    words = material.blocks.reduce((sum, block) => sum + block.text.split(/\s+/).filter(Boolean).length, 0);
  });
  const warmMs: number[] = [];
  for (let i = 0; i < repeats; i++) warmMs.push(await cpuOf(() => read(file, 's1')));
  const { closeOcr } = await import('../cli/node-environment');
  await closeOcr();
  return { coldMs, warmMs, words, peakMb: process.resourceUsage().maxRSS / 1024 };
}

const result = mode === 'engine' ? await engineRun(Number(arg)) : mode === 'read' ? await readRuns(arg!, Number(extra ?? 1)) : null;
if (!result) throw new Error(`probe: unknown mode "${mode}" (expected engine or read)`);
process.stdout.write(`${JSON.stringify(result)}\n`);
