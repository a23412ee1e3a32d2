import { useEffect } from 'preact/hooks';
import type { SverkaDb } from '@/browser/db/database';
import { profileOf, type OpenedProfile } from '@/browser/db/profiles';
import { readPendingFact, withPendingFact } from '@/browser/pending-fact';
import type { Profile } from '@/engine/profile/types';

/**
 * A fact the side panel asked to add (`#profile=ID&add-fact=…`): the profile is opened in the
 * editor with the fact added, unsaved until the user saves; `missing` when the profile is gone.
 */
export function usePendingFact(db: SverkaDb, open: (profile: Profile, opened: OpenedProfile) => void, missing: () => void): void {
  useEffect(() => {
    const pending = readPendingFact(location.hash);
    if (!pending) return;
    // The address asks once: reloading the page does not add the fact a second time.
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    void db.profiles.get(pending.profileId).then((stored) => {
      if (stored) open(withPendingFact(profileOf(stored), pending.fact), { id: stored.id, revision: stored.revision });
      else missing();
    });
  }, []);
}
