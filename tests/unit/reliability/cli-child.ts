import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ChildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The child's peak resident memory, in megabytes. */
  maxRssMb: number;
}

/**
 * The CLI in a process of its own, as a CI job runs it: a crash there ends that process, not the
 * test, and its peak memory is its own.
 */
export function runCliChild(args: string[], timeoutMs = 240_000): Promise<ChildRun> {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'sverka-rss-')), 'max-rss');
  const preload = resolve('tests/unit/reliability/max-rss.mjs');
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--import', preload, 'cli/sverka.ts', ...args],
      { env: { ...process.env, SVERKA_MAX_RSS_FILE: rssFile, LC_ALL: 'C.UTF-8' }, maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        let maxRssKb = Infinity;
        try {
          maxRssKb = Number(readFileSync(rssFile, 'utf8'));
        } catch {
          // Killed before it could say: no measurement, which no memory assertion accepts.
        }
        done({ code, stdout, stderr, maxRssMb: maxRssKb / 1024 });
      },
    );
  });
}
