import type { Fact } from '../engine/profile/types';
import { formatWhen, type Translate } from './i18n';

/**
 * The checklist's side of a finding, as a card shows it: the fact's label, who answers for it and
 * when it was last confirmed ("Implant warranty · owner: Chief dentist · verified 1 Nov 2026"),
 * so the reader sees whom to ask and how fresh the checklist is.
 */
export function factNote(t: Translate, fact: Pick<Fact, 'label' | 'owner' | 'verified'>): string {
  const parts = [fact.label];
  if (fact.owner) parts.push(t('factOwner', fact.owner));
  if (fact.verified) parts.push(t('factVerified', formatDay(t, fact.verified)));
  return parts.join(' · ');
}

/** An ISO date ("2026-11-01") as the reader's language writes a day; a date that does not parse is shown as written. */
function formatDay(t: Translate, iso: string): string {
  const day = new Date(iso);
  if (Number.isNaN(day.getTime())) return iso;
  // A bare ISO date is midnight UTC: read in UTC, it stays the same day in every time zone.
  return formatWhen(t, day, { dateStyle: 'medium', timeZone: 'UTC' });
}
