/**
 * CPU time, not wall time: on a shared machine other processes steal wall time but not CPU time.
 * In-process work is read from process.cpuUsage(); a command is read from the processes themselves
 * (Node: usage-hook.cjs; native tools: GNU time), so a figure is that run's and nobody else's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const HOOK = join(ROOT, 'bench/usage-hook.cjs');
const GNU_TIME = '/usr/bin/time';

export interface Usage {
  cpuMs: number;
  /** Peak resident memory of the largest process of the command, in MB. */
  peakMb: number;
  wallMs: number;
}

/** CPU milliseconds spent by this process (all its threads, garbage collection included) while `work` ran. */
export async function cpuOf(work: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

export class CommandFailed extends Error {}

function spawnChecked(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  // Sverka's own status 1 means "findings at or above --fail-on", a normal outcome of a check.
  if (result.error || (result.status !== 0 && result.status !== 1)) {
    throw new CommandFailed(`${command} ${args.join(' ').slice(0, 200)}: ${result.error?.message ?? `exit ${result.status ?? result.signal}`}\n${(result.stderr ?? '').slice(-2000)}`);
  }
  return { stdout: result.stdout, wallMs };
}

/**
 * A command whose processes are Node (node, npm, tsx): CPU summed over every Node process of it,
 * peak RSS the largest of them. A shell in between is not counted (well under a millisecond).
 */
export function runNode(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Usage & { stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
  const file = join(dir, 'usage.jsonl');
  try {
    const nodeOptions = [process.env.NODE_OPTIONS, `--require "${HOOK}"`].filter(Boolean).join(' ');
    const { stdout, wallMs } = spawnChecked(command, args, { ...process.env, ...env, NODE_OPTIONS: nodeOptions, SVERKA_BENCH_USAGE: file });
    if (!existsSync(file)) throw new CommandFailed(`${command}: no Node process reported its usage (was it killed?)`);
    const records = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { cpuMs: number; maxRssKb: number });
    return {
      stdout,
      wallMs,
      cpuMs: records.reduce((sum, r) => sum + r.cpuMs, 0),
      peakMb: Math.max(...records.map((r) => r.maxRssKb)) / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const hasGnuTime = () => existsSync(GNU_TIME);

/**
 * A native command through GNU time (the kernel's rusage of it and its children). GNU time prints
 * hundredths of a second, so a short command is run `repeat` times in one shell and divided.
 */
export function runNative(command: string, args: string[], repeat = 1, env: NodeJS.ProcessEnv = {}): Usage {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
  const file = join(dir, 'time.txt');
  try {
    const quoted = [command, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const { wallMs } = spawnChecked(GNU_TIME, ['-f', '%U %S %M', '-o', file, 'sh', '-c', `for i in $(seq ${repeat}); do ${quoted} >/dev/null || exit 3; done`], { ...process.env, ...env });
    const [user, system, maxRssKb] = readFileSync(file, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    return { cpuMs: ((user! + system!) * 1000) / repeat, peakMb: maxRssKb! / 1024, wallMs: wallMs / repeat };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
