import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../cli/main';
import type { EngineOptions } from '../../../engine/engine';

// The checks break on the real run; the report that explains it is made without them.
vi.mock('../../../engine/engine', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../engine/engine')>();
  return {
    ...real,
    checkMaterials: async (...args: Parameters<typeof real.checkMaterials>) => {
      if (!(args[2] as EngineOptions | undefined)?.checks) throw new Error('a check broke');
      return real.checkMaterials(...args);
    },
  };
});

describe('when the checks themselves fail', () => {
  it('stdout still gets a whole report saying no material was checked, and the status is 2', async () => {
    let stdout = '';
    let stderr = '';
    const code = await main(['check', 'tests/fixtures/cli/flyer.txt', 'tests/fixtures/cli/missing.txt', '--profile', 'tests/fixtures/cli/profile.json', '--format', 'json'], {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
    });
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.sources.map((source: { error?: string }) => source.error)).toEqual(['could not be checked (a check broke)', 'does not exist']);
    expect(report.findings).toEqual([]);
    expect(stderr).toContain('sverka: the checks failed: Error: a check broke');
  });
});
