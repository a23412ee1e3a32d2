import { describe, expect, it } from 'vitest';
import { FactRouter } from '../../../utils/checks/fact-router';
import type { Fact } from '../../../utils/profile/types';
import { durationExtractor } from '../../../utils/promises/duration';
import { extract } from '../promises/helpers';

const facts = [{ id: 'delivery', kind: 'duration', label: 'Delivery', value: { min: 60, max: 120, unit: 'minute' } }] as unknown as Fact[];

describe('stated durations are never judged', () => {
  it('a validity is not routed to the general duration fact, a wait is', () => {
    const router = new FactRouter(facts, 'en');
    const [validity] = extract(durationExtractor, 'Starter pass, 3 weeks validity.');
    const [wait] = extract(durationExtractor, 'Delivered within 30 minutes.');
    expect(router.route(validity!, 'en')).toBeNull();
    expect(router.route(wait!, 'en')?.id).toBe('delivery');
  });
});
