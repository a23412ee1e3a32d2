import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../../engine/profile/templates';
import { validateProfile } from '../../../../engine/profile/validate';

describe('profile templates', () => {
  it.each(TEMPLATES.map((t) => [t.id, t.json]))('%s is a valid profile with the concept’s four questions and pillars', (_id, json) => {
    const result = validateProfile(json);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const { concept, facts } = result.profile;
    for (const question of ['statement', 'what', 'how', 'forWhom', 'why'] as const) expect(concept?.[question]).toBeTruthy();
    expect(concept?.pillars?.length).toBeGreaterThan(0);
    expect(new Set(facts?.map((f) => f.kind)).size).toBeGreaterThanOrEqual(4);
  });
});
