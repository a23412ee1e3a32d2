import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../engine/engine';
import { materialFromText } from '../../../engine/material/from-text';
import type { Profile } from '../../../engine/profile/types';
import { validateProfile, withKnownRules } from '../../../engine/profile/validate';

const base = { format: 'sverka.profile/1', name: 'Улыбка+', languages: ['ru'] } as const;

describe('ignoreRules in a profile', () => {
  it('is refused when it is not a list of ids', () => {
    expect(validateProfile({ ...base, ignoreRules: 'typography/quotes' })).toEqual({
      ok: false,
      problems: [{ path: 'ignoreRules', message: 'expected an array of rule ids like "typography/quotes"' }],
    });
  });

  it('names an unknown rule and the valid ones in one message', async () => {
    const result = await withKnownRules(validateProfile({ ...base, ignoreRules: ['typography/quotes', 'typography/qoutes'] }));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('ignoreRules');
    expect(problems[0]!.message).toMatch(/^unknown rule "typography\/qoutes"; expected any of: /);
    expect(problems[0]!.message).toContain('typography/quotes');
    expect(problems[0]!.message).toContain('wrong-name/mixed-script');
  });

  it('takes the rules the checks declare', async () => {
    expect((await withKnownRules(validateProfile({ ...base, ignoreRules: ['typography/quotes', 'dates/wrong-weekday'] }))).ok).toBe(true);
  });

  it('switches those rules off and leaves the others, with the same fingerprints', async () => {
    const profile: Profile = {
      ...base,
      languages: ['ru'],
      names: [
        { id: 'clinic', kind: 'organization', canonical: 'Улыбка+' },
        { id: 'phone', kind: 'phone', canonical: '+7 812 310-20-20' },
      ],
    };
    const material = materialFromText('Клиника «Улыбкa+». Звоните: +7 812 310-20-21.', { id: 's1', kind: 'text', location: 'a.txt' }, 'ru');
    const all = await checkMaterials([material], profile, { only: ['wrong-name'] });
    const some = await checkMaterials([material], { ...profile, ignoreRules: ['wrong-name/mixed-script'] }, { only: ['wrong-name'] });
    expect(all.findings.map((f) => f.rule)).toEqual(['wrong-name/mixed-script', 'wrong-name/contact']);
    expect(some.findings.map((f) => [f.rule, f.fingerprint])).toEqual([['wrong-name/contact', all.findings[1]!.fingerprint]]);
  });
});
