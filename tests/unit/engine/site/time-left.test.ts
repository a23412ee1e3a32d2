import { describe, expect, it } from 'vitest';
import { secondsLeft } from '../../../../engine/site/time-left';

const progress = (checked: number, queued: number) => ({ found: checked + queued, checked, failed: 0, queued });

describe('time left in a crawl', () => {
  it('says nothing until a few pages show the pace', () => {
    expect(secondsLeft(progress(2, 40), 4000, 200)).toBeUndefined();
  });

  it('multiplies the pace so far by the pages met and not yet checked', () => {
    expect(secondsLeft(progress(10, 30), 5000, 200)).toBe(15);
  });

  it('counts only the pages the limit still allows', () => {
    expect(secondsLeft(progress(10, 500), 5000, 20)).toBe(5);
  });

  it('says no time is left when nothing waits', () => {
    expect(secondsLeft(progress(24, 0), 12000, 200)).toBe(0);
  });
});
