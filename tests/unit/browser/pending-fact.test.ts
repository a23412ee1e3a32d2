import { describe, expect, it } from 'vitest';
import { pendingFactHash, readPendingFact, withPendingFact } from '../../../browser/pending-fact';
import type { Fact, Profile } from '../../../engine/profile/types';

const fact = { id: 'price', kind: 'price', label: 'Приём терапевта', topics: ['приём', 'терапевта'], value: { amount: 1900, currency: 'RUB' } } as Fact;
const profile: Profile = { format: 'sverka.profile/1', name: 'Клиника', facts: [{ id: 'price', kind: 'price', label: 'Гигиена', value: { amount: 4500, currency: 'RUB' } }] };

describe('a pending fact in the options page’s address', () => {
  it('goes there and comes back as it was, a profile id with any characters included', () => {
    const hash = pendingFactHash({ profileId: 'клиника & co', fact });
    expect(hash).not.toMatch(/[\s#]/);
    expect(readPendingFact(`#${hash}`)).toEqual({ profileId: 'клиника & co', fact });
  });

  it.each([
    ['no fact', 'profile=p'],
    ['no profile', `add-fact=${encodeURIComponent(JSON.stringify(fact))}`],
    ['broken JSON', 'profile=p&add-fact=%7B'],
    ['a fact of no known kind', `profile=p&add-fact=${encodeURIComponent(JSON.stringify({ ...fact, kind: 'magic' }))}`],
    ['a fact of the wrong shape', `profile=p&add-fact=${encodeURIComponent(JSON.stringify({ ...fact, value: 'дорого' }))}`],
    ['an empty address', ''],
  ])('asks for nothing with %s', (_, hash) => {
    expect(readPendingFact(hash)).toBeNull();
  });

  it('adds the fact last under an id of its own', () => {
    const added = withPendingFact(profile, fact);
    expect(added.facts!.map((f) => f.id)).toEqual(['price', 'price-2']);
    expect(added.facts![1]).toEqual({ ...fact, id: 'price-2' });
    expect(withPendingFact({ ...profile, facts: undefined }, fact).facts).toEqual([fact]);
    expect(profile.facts).toHaveLength(1);
  });
});
