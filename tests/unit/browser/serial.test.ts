import { describe, expect, it } from 'vitest';
import { serial } from '../../../browser/serial';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('serial', () => {
  it('never runs the task twice at once and coalesces calls made while it runs into one more run', async () => {
    let active = 0;
    let maxActive = 0;
    let runs = 0;
    const run = serial(async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await tick();
      runs++;
      active--;
    });
    await Promise.all([run(), run(), run(), run()]);
    expect(maxActive).toBe(1);
    expect(runs).toBe(2);
    await run();
    expect(runs).toBe(3);
  });

  it('passes a failure to the caller and still runs later calls', async () => {
    let fail = true;
    const run = serial(async () => {
      if (fail) throw new Error('boom');
    });
    await expect(run()).rejects.toThrow('boom');
    fail = false;
    await expect(run()).resolves.toBeUndefined();
  });
});
