import '@/assets/styles/draft.css';
import { plural, type Translate } from '@/browser/i18n';
import type { Evidence as Place } from '@/engine/profile/types';
import { isWebAddress } from '@/engine/site/canonical';
import { Quote } from '../ui/Quote';

/** Places listed: enough to trace a statement; the rest are counted in the summary. */
const SHOWN_PLACES = 5;

/** Each page or file once, with the first words seen there: a page that states hours on three lines is one place. */
function firstPerLocation(evidence: Place[]): Place[] {
  const seen = new Set<string>();
  return evidence.filter((place) => !seen.has(place.location) && seen.add(place.location));
}

/** Where a drafted statement was seen: "seen in 3 places", and each page (a link) or file with its words there. */
export function Evidence({ evidence, open = false, t }: { evidence: Place[]; open?: boolean; t: Translate }) {
  const places = firstPerLocation(evidence);
  return (
    <details class="draft-evidence" data-testid="evidence" open={open}>
      <summary>{plural(t, 'draft_seen', places.length)}</summary>
      <ul class="draft-places">
        {places.slice(0, SHOWN_PLACES).map((place, i) => (
          <li key={i}>
            {isWebAddress(place.location) ? (
              <a href={place.location} target="_blank" rel="noreferrer">
                {place.location}
              </a>
            ) : (
              <span>{place.location}</span>
            )}{' '}
            <Quote text={place.quote} class="draft-quote" />
          </li>
        ))}
      </ul>
    </details>
  );
}
