/**
 * A measurement that needs a process of its own, so its peak memory and its cold start are that
 * run's: `probe.ts engine WORDS`, `probe.ts read FILE REPEATS`, `probe.ts site ORIGIN PAGES`. Prints one JSON line.
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

/** Retained memory, garbage collected first (the probe runs with --expose-gc), in MB. */
function memoryNow(pages: number) {
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { pages, heapMb: heapUsed / 2 ** 20, rssMb: rss / 2 ** 20 };
}

/** Every page fetched once with Node's fetch and its text's words found by Intl.Segmenter: what any crawler that reads the words does. */
async function fetchAndSegment(urls: string[]): Promise<number> {
  const segmenter = new Intl.Segmenter('ru', { granularity: 'word' });
  let words = 0;
  for (const url of urls) {
    const text = (await (await fetch(url)).text()).replace(/<[^>]*>/g, ' ');
    for (const part of segmenter.segment(text)) if (part.isWordLike) words++;
  }
  return words;
}

/**
 * The bench's site at `origin` crawled and checked as `crawl` does (engine/site/site-check.ts with
 * Node's fetch and readers), without the polite delay between requests, next to its floor; memory
 * is sampled after every 50 pages, and the sampling's CPU is left out of the crawl's.
 */
async function siteRun(origin: string, pages: number) {
  const [{ check: engineCheck, warmUp }, { checkSite }, { nodeCrawlFetch, CRAWL_FETCH_TIMEOUT_MS }, { nodeEnvironment }, { DEFAULT_LIMITS }, { pathOf }, { PROFILE }] = await Promise.all([
    import('./engine'),
    import('../engine/site/site-check'),
    import('../cli/node-crawl-fetch'),
    import('../cli/node-environment'),
    import('../engine/material/limits'),
    import('./site'),
    import('./text'),
  ]);
  await warmUp();
  const urls = Array.from({ length: pages }, (_, i) => `${origin}${pathOf(i)}`);
  await fetchAndSegment(urls.slice(0, 5));
  const floorMs = await cpuOf(() => fetchAndSegment(urls));
  const samples = [memoryNow(0)];
  let sampling = 0;
  let checked = 0;
  const check = async (material: Parameters<typeof engineCheck>[0][number]) => {
    const report = await engineCheck([material]);
    if (++checked % 50 === 0) sampling += await cpuOf(() => samples.push(memoryNow(checked)));
    return report;
  };
  let result: Awaited<ReturnType<typeof checkSite>> | undefined;
  const started = performance.now();
  const crawlMs = await cpuOf(async () => {
    const run = { url: `${origin}/`, scope: { maxPages: pages }, limits: DEFAULT_LIMITS, fetchTimeoutMs: CRAWL_FETCH_TIMEOUT_MS, environment: nodeEnvironment, check };
    result = await checkSite({ ...run, fetch: nodeCrawlFetch({ maxBytes: DEFAULT_LIMITS.maxBytes }) }, PROFILE);
  });
  const wallMs = performance.now() - started;
  if (!result || 'unreachable' in result) throw new Error(`probe: ${origin} could not be crawled`);
  const { report } = result;
  if (report.sources.length !== pages || report.sources.some((source) => source.error))
    throw new Error(`probe: ${report.sources.length} of ${pages} pages checked, ${report.sources.filter((s) => s.error).length} failed`);
  return { pages, floorMs, crawlMs: crawlMs - sampling, wallMs, findings: report.findings.length, samples, peakMb: process.resourceUsage().maxRSS / 1024 };
}

const result = mode === 'engine' ? await engineRun(Number(arg)) : mode === 'read' ? await readRuns(arg!, Number(extra ?? 1)) : mode === 'site' ? await siteRun(arg!, Number(extra)) : null;
if (!result) throw new Error(`probe: unknown mode "${mode}" (expected engine, read or site)`);
process.stdout.write(`${JSON.stringify(result)}\n`);
