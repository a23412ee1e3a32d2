import { useEffect, useRef } from 'preact/hooks';
import type { DraftAnswer } from '@/browser/draft/draft-session';
import { languageOf, plural, type Translate } from '@/browser/i18n';
import { describeVariant } from '@/engine/profile/settle-conflict';
import type { DraftConflict, Evidence } from '@/engine/profile/types';
import { isWebAddress } from '@/engine/site/canonical';
import { Quote } from '../ui/Quote';

/** Places shown per variant: enough to trace it; the rest are counted. */
const SHOWN_PLACES = 5;

function Place({ place }: { place: Evidence }) {
  return (
    <li>
      {isWebAddress(place.location) ? (
        <a href={place.location} target="_blank" rel="noreferrer">
          {place.location}
        </a>
      ) : (
        <span>{place.location}</span>
      )}{' '}
      <Quote text={place.quote} class="draft-quote" />
    </li>
  );
}

/** One conflict of the draft as a question: each variant with where it was seen, to choose one, skip, or go back. */
export function DraftQuestion({ conflict, number, total, t, onAnswer, onBack }: { conflict: DraftConflict; number: number; total: number; t: Translate; onAnswer: (answer: DraftAnswer) => void; onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Each new question is read out from its heading, not from the button that answered the last one.
  useEffect(() => heading.current?.focus(), [number]);
  const language = languageOf(t);
  return (
    <section class="draft-question" data-testid="draft-question" data-topic={conflict.topic} aria-labelledby="draft-question-heading">
      <p class="meta">{t('draft_question_of', [String(number), String(total)])}</p>
      <h2 id="draft-question-heading" tabIndex={-1} ref={heading}>
        {t('draft_question', conflict.topic)}
      </h2>
      <ul class="draft-variants">
        {conflict.variants.map((variant, index) => (
          <li key={index} class="draft-variant" data-variant={index}>
            <p class="draft-value">{describeVariant(conflict.kind, variant, language)}</p>
            <p class="meta">{plural(t, 'draft_seen', variant.evidence.length)}</p>
            <ul class="draft-places">
              {variant.evidence.slice(0, SHOWN_PLACES).map((place, i) => (
                <Place key={i} place={place} />
              ))}
            </ul>
            <button type="button" data-action="choose" onClick={() => onAnswer(index)}>
              {t('draft_choose')}
            </button>
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" data-action="back" onClick={onBack}>
          {t('draft_back')}
        </button>
        <button type="button" data-action="skip" onClick={() => onAnswer('skip')}>
          {t('draft_skip')}
        </button>
      </div>
    </section>
  );
}
