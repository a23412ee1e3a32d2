import { useEffect, useRef } from 'preact/hooks';
import type { DraftAnswer } from '@/browser/draft/draft-session';
import { languageOf, type Translate } from '@/browser/i18n';
import { describeVariant } from '@/engine/profile/settle-conflict';
import type { DraftConflict } from '@/engine/profile/types';
import { Evidence } from './Evidence';

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
            <Evidence evidence={variant.evidence} open t={t} />
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
