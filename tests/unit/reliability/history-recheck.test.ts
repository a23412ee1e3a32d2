import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_POLICY } from '../../../browser/db/history';
import { RecheckCoalescer } from '../../../browser/recheck';

const SECOND = 1_000;
const interval = HISTORY_POLICY.recheckIntervalMs;

/** A re-check that takes `duration` of (fake) time and records when it ran and how many overlapped. */
function recorder(duration: number) {
  const starts: number[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const recheck = async () => {
    starts.push(Date.now());
    mostAtOnce = Math.max(mostAtOnce, ++running);
    await new Promise((done) => setTimeout(done, duration));
    running--;
  };
  return { recheck, starts, mostAtOnce: () => mostAtOnce };
}

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe('re-checks of a page whose text keeps changing', () => {
  it('a change every second for ten minutes: one re-check at a time, spaced by the interval, the last change checked', async () => {
    const { recheck, starts, mostAtOnce } = recorder(3 * SECOND);
    const coalescer = new RecheckCoalescer(recheck, interval);
    const tenMinutes = 600 * SECOND;
    for (let t = 0; t < tenMinutes; t += SECOND) {
      coalescer.notify();
      await vi.advanceTimersByTimeAsync(SECOND);
    }
    await vi.advanceTimersByTimeAsync(interval + 3 * SECOND);

    expect(mostAtOnce()).toBe(1);
    // Each re-check takes 3 s and the next waits the interval after it: never more than that allows.
    expect(starts.length).toBeLessThanOrEqual(Math.ceil(tenMinutes / (interval + 3 * SECOND)) + 1);
    expect(starts.length).toBeGreaterThanOrEqual(Math.floor(tenMinutes / (interval + 3 * SECOND)));
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(interval + 3 * SECOND);
    // The text as it was after the last change was checked.
    expect(starts.at(-1)!).toBeGreaterThanOrEqual(tenMinutes - SECOND);
  });

  it('a single change after a quiet spell is checked at once', async () => {
    const { recheck, starts } = recorder(SECOND);
    const coalescer = new RecheckCoalescer(recheck, interval);
    await vi.advanceTimersByTimeAsync(5 * interval);
    coalescer.notify();
    await vi.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([5 * interval]);
  });

  it('changes during a running re-check become one more re-check after it, not one each', async () => {
    const { recheck, starts } = recorder(10 * SECOND);
    const coalescer = new RecheckCoalescer(recheck, interval);
    coalescer.notify();
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 9; i++) {
      await vi.advanceTimersByTimeAsync(SECOND);
      coalescer.notify();
    }
    await vi.advanceTimersByTimeAsync(10 * interval);
    expect(starts).toEqual([0, 10 * SECOND + interval]);
  });

  it('stops: no re-check after the panel let go, even one already waiting', async () => {
    const { recheck, starts } = recorder(SECOND);
    const coalescer = new RecheckCoalescer(recheck, interval);
    coalescer.notify();
    await vi.advanceTimersByTimeAsync(2 * SECOND);
    coalescer.notify();
    coalescer.stop();
    coalescer.notify();
    await vi.advanceTimersByTimeAsync(10 * interval);
    expect(starts).toEqual([0]);
  });
});
