import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '@/browser/i18n';
import type { ProfileConflict } from '@/browser/db/profiles';

/** What the user chose when a save would overwrite something stored. */
export type ConflictAnswer = 'reload-theirs' | 'keep-mine' | 'replace' | 'keep-both' | 'cancel';

/**
 * Asks before anything stored is overwritten: another tab's newer save (reload theirs, or keep
 * mine), or another profile under the same name (replace it, keep both, or cancel). `editing`
 * words the way out as going back to the editor rather than not importing.
 */
export function ConflictQuestion({ conflict, editing, t, onAnswer }: { conflict: ProfileConflict; editing: boolean; t: Translate; onAnswer: (answer: ConflictAnswer) => void }) {
  const first = useRef<HTMLButtonElement>(null);
  // The question appears where the user did not look (after a click on Save or a file picker).
  useEffect(() => first.current?.focus(), [conflict]);
  const answer = (value: ConflictAnswer, label: string, ref?: typeof first) => (
    <button type="button" ref={ref} data-answer={value} onClick={() => onAnswer(value)}>
      {label}
    </button>
  );
  const back = editing ? t('conflict_back') : t('conflict_cancel');
  return (
    <div role="alertdialog" aria-labelledby="conflict-question" class="problems conflict" data-testid="conflict" data-kind={conflict.kind}>
      {conflict.kind === 'newer-revision' ? (
        <>
          <p id="conflict-question">{t('conflict_newer_revision', conflict.existing.name)}</p>
          <div class="row">
            {answer('reload-theirs', t('conflict_reload_theirs'), first)}
            {answer('keep-mine', t('conflict_keep_mine'))}
            {answer('cancel', back)}
          </div>
        </>
      ) : (
        <>
          <p id="conflict-question">{t('conflict_name_taken', [conflict.existing.name, conflict.name])}</p>
          <div class="row">
            {answer('replace', t('conflict_replace', conflict.existing.name), first)}
            {answer('keep-both', t('conflict_keep_both'))}
            {answer('cancel', back)}
          </div>
        </>
      )}
    </div>
  );
}
