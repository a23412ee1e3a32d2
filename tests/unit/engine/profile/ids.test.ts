import { describe, expect, it } from 'vitest';
import { newId, slugOf, withIds } from '../../../../engine/profile/ids';
import type { Profile } from '../../../../engine/profile/types';

describe('slugOf', () => {
  it.each([
    ['Чистка зубов', 'chistka-zubov'],
    ['Щётка и ёж', 'shchetka-i-ezh'],
    ['Майский чай', 'mayskiy-chay'],
    ['Підшипник «Їжак»', 'pidshipnik-yizhak'],
    ['Opening hours', 'opening-hours'],
    ['Café  crème!', 'cafe-creme'],
    ['Цена: 2 500 ₽', 'tsena-2-500'],
    ['one two three four five six seven', 'one-two-three-four-five'],
  ])('%s → %s', (label, slug) => {
    expect(slugOf(label)).toBe(slug);
  });

  it('leaves nothing of a label with no letters or digits it can spell', () => {
    expect(slugOf('')).toBe('');
    expect(slugOf('— · —')).toBe('');
    expect(slugOf('营业时间')).toBe('');
  });
});

describe('newId', () => {
  it('numbers a slug already taken, and falls back to a counter for a label with no slug', () => {
    expect(newId('Цена', new Set(), 'fact')).toBe('tsena');
    expect(newId('Цена', new Set(['tsena', 'tsena-2']), 'fact')).toBe('tsena-3');
    expect(newId('', new Set(), 'fact')).toBe('fact');
    expect(newId('营业', new Set(['fact']), 'fact')).toBe('fact-2');
  });
});

const profile = (): Profile => ({
  format: 'sverka.profile/1',
  name: 'Клиника',
  concept: { pillars: [{ id: '', label: 'Цена', keywords: [] }] },
  facts: [{ id: '', kind: 'offered', label: 'Цена', value: true } as never, { id: 'kept-id', kind: 'offered', label: 'Цена', value: true } as never, { id: '', kind: 'offered', label: 'Цена', value: true } as never],
  names: [{ id: '', kind: 'organization', canonical: 'ООО «Улыбка»' }],
});

describe('withIds', () => {
  it('gives every fact, pillar and name without an id one from its label, unique across the profile', () => {
    const filled = withIds(profile());
    expect(filled.facts!.map((f) => f.id)).toEqual(['tsena', 'kept-id', 'tsena-2']);
    expect(filled.concept!.pillars![0]!.id).toBe('tsena-3');
    expect(filled.names![0]!.id).toBe('ooo-ulybka');
  });

  it('keeps ids once given: saving again, or after a label changed, names the same things', () => {
    const once = withIds(profile());
    expect(withIds(once)).toEqual(once);
    const relabelled = structuredClone(once);
    relabelled.facts![0]!.label = 'Стоимость';
    expect(withIds(relabelled).facts![0]!.id).toBe('tsena');
  });

  it('does not change the profile it is given', () => {
    const original = profile();
    withIds(original);
    expect(original.facts![0]!.id).toBe('');
  });
});
