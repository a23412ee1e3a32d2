import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `script` in a Node process of its own: the guard it installs must not touch the test runner's. */
function runScript(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const PRELUDE = `import { guardProcess, withinBoundary } from '${process.cwd()}/cli/fault-boundary.ts';`;

describe('the fault boundary', () => {
  it('turns an error thrown where nothing catches it into the rejection of the work running then', async () => {
    const run = await runScript(`${PRELUDE}
      guardProcess(() => console.log('outside'));
      const result = await withinBoundary(() => new Promise((resolve) => {
        setTimeout(() => { throw new Error('worker crashed'); });
        setTimeout(resolve, 200);
      })).catch((error) => 'caught: ' + error.message);
      console.log(result);`);
    expect(run).toEqual({ code: 0, stdout: 'caught: worker crashed\n', stderr: '' });
  });

  it('gives an unhandled rejection outside any material to the process guard, which keeps it from ending the process', async () => {
    const run = await runScript(`${PRELUDE}
      guardProcess((error) => console.log('stray: ' + error.message));
      Promise.reject(new Error('nobody awaited'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      console.log('still running');`);
    expect(run).toEqual({ code: 0, stdout: 'stray: nobody awaited\nstill running\n', stderr: '' });
  });
});
