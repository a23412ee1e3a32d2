import { describe, expect, it } from 'vitest';
import { checkMaterials, fingerprintAnywhere } from '../../../engine/engine';
import { materialFromText } from '../../../engine/material/from-text';
import type { Profile } from '../../../engine/profile/types';

/**
 * Stored ignores and the history match findings by fingerprint: these were taken before rule ids
 * came, and must never change.
 */
const PROFILE: Profile = {
  format: 'sverka.profile/1',
  name: 'Улыбка+',
  languages: ['ru'],
  concept: {
    statement: 'Лечим без боли',
    what: 'стоматология',
    how: 'бережно',
    forWhom: 'семьи',
    why: 'здоровье',
    pillars: [{ id: 'calm', label: 'Спокойно', keywords: ['без боли'], antiKeywords: ['живая очередь'] }],
  },
  names: [
    { id: 'clinic', kind: 'organization', canonical: 'Улыбка+' },
    { id: 'phone', kind: 'phone', canonical: '+7 812 310-20-20' },
  ],
  glossary: { forbidden: [{ phrase: 'дешёвый', use: 'доступный' }] },
};

const TEXT = ['Клиника «Улыбкa+» лечит без боли. Звоните: +7 812 310-20-21.', 'У нас живая очередь и дешёвый приём.', 'Мы лучшая клиника в городе.', 'Запишитесь  сегодня , ждём вас вас.'].join('\n\n');

describe('finding fingerprints', () => {
  it('stay what they were', async () => {
    const material = materialFromText(TEXT, { id: 's1', kind: 'text', location: 'pinned.txt' }, 'ru');
    const report = await checkMaterials([material], PROFILE, { only: ['wrong-name', 'concept', 'risky-claim', 'typography'] });
    expect(report.findings.map((f) => [f.check, f.quote, f.fingerprint])).toEqual([
      ['wrong-name', 'Улыбкa', '9a145d23'],
      ['wrong-name', '+7 812 310-20-21', 'd0013ae2'],
      ['concept', 'У нас живая очередь и дешёвый приём', '72b4ba64'],
      ['risky-claim', 'лучшая клиника', '5050e032'],
      ['typography', 'сегодня ,', '4fd31ce3'],
      ['typography', 'вас вас', 'da169e18'],
    ]);
  });

  it('are the same on any page without the place: a finding ignored everywhere is matched by it', async () => {
    const checkedAt = (location: string) => checkMaterials([materialFromText(TEXT, { id: 's1', kind: 'text', location }, 'ru')], PROFILE, { only: ['wrong-name', 'risky-claim'] });
    const [here, there] = await Promise.all([checkedAt('https://a.example/'), checkedAt('https://b.example/prices')]);
    expect(here.findings.map((f) => f.fingerprint)).not.toEqual(there.findings.map((f) => f.fingerprint));
    expect(here.findings.map(fingerprintAnywhere)).toEqual(there.findings.map(fingerprintAnywhere));
    expect(new Set(here.findings.map(fingerprintAnywhere)).size).toBe(here.findings.length);
    for (const finding of here.findings) expect(fingerprintAnywhere(finding)).not.toBe(finding.fingerprint);
  });
});
