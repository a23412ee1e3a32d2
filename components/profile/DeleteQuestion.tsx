import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '@/browser/i18n';

/** Asks before a profile is deleted: it cannot be undone, and an export first keeps a copy. */
export function DeleteQuestion({ name, t, onAnswer }: { name: string; t: Translate; onAnswer: (remove: boolean) => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  // The safe answer takes the focus, so Enter pressed by habit deletes nothing.
  useEffect(() => cancel.current?.focus(), [name]);
  return (
    <div role="alertdialog" aria-labelledby="delete-question" class="problems conflict" data-testid="delete-question">
      <p id="delete-question">{t('delete_question', name)}</p>
      <div class="row">
        <button type="button" data-answer="delete" onClick={() => onAnswer(true)}>
          {t('options_delete')}
        </button>
        <button type="button" ref={cancel} data-answer="cancel" onClick={() => onAnswer(false)}>
          {t('conflict_cancel')}
        </button>
      </div>
    </div>
  );
}
