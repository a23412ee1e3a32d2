import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SETUP = resolve(import.meta.dirname, '../../../scripts/setup.sh');

/** A PATH holding only what the script needs, as a user who is not root and has no sudo. */
function plainUserPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-setup-'));
  for (const tool of ['cat', 'bash']) symlinkSync(`/bin/${tool}`, join(dir, tool));
  writeFileSync(join(dir, 'id'), '#!/bin/bash\necho 1000\n', { mode: 0o755 });
  return dir;
}

function setup(env: Record<string, string>) {
  return spawnSync('/bin/bash', [SETUP], { env, encoding: 'utf8' });
}

describe('npm run setup', () => {
  it('does nothing when the tests are pointed at browsers the user has', () => {
    const run = setup({ PATH: plainUserPath(), CHROME_PATH: '/bin/true', FIREFOX_PATH: '/bin/true' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('tells a user without root what to install and the ways round it, and stops', () => {
    const run = setup({ PATH: plainUserPath() });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('chromium firefox-esr');
    expect(run.stderr).toContain('sudo apt-get install');
    expect(run.stderr).toContain('CHROME_PATH=');
    expect(run.stderr).toContain('npm run test:unit');
  });

  it('asks only for the browser that is missing', () => {
    const run = setup({ PATH: plainUserPath(), CHROME_PATH: '/bin/true' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('need firefox-esr,');
  });
});
