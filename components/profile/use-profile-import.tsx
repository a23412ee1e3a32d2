import { useRef, useState } from 'preact/hooks';
import type { Translate } from '@/browser/i18n';
import type { SverkaDb } from '@/browser/db/database';
import { importProfile, type ProfileConflict } from '@/browser/db/profiles';
import { decodeProfileBytes, profileTooLarge } from '@/engine/profile/validate';
import { ConflictQuestion, type ConflictAnswer } from './ConflictQuestion';

export interface ImportCallbacks {
  /**
   * Stored: named by the profile (its name may have gained a number), not by the file; `warnings`
   * say that a file was read in a guessed encoding ("read as Windows-1251 … save it as UTF-8").
   */
  onImported(profile: { id: string; name: string; warnings: string[] }): void;
  /** The file's problems, each line naming the file and the field. */
  onProblems(lines: string[]): void;
  /** The user cancelled over a name already stored: nothing was written. */
  onCancelled?(name: string): void;
}

/**
 * Imports profile files one after another; a name already stored stops to ask (replace, keep
 * both, cancel) and the next file waits for the answer. `question` is the element that asks.
 */
export function useProfileImport(db: SverkaDb, t: Translate, callbacks: ImportCallbacks) {
  const [pending, setPending] = useState<ProfileConflict | null>(null);
  const answered = useRef<((answer: ConflictAnswer) => void) | null>(null);

  function ask(conflict: ProfileConflict): Promise<ConflictAnswer> {
    answered.current?.('cancel');
    setPending(conflict);
    return new Promise((resolve) => {
      answered.current = resolve;
    });
  }

  function answer(value: ConflictAnswer) {
    const resolve = answered.current;
    answered.current = null;
    setPending(null);
    resolve?.(value);
  }

  async function importOne(name: string, json: string, warnings: string[]) {
    let result = await importProfile(db, json);
    if (!result.ok && 'conflict' in result) {
      const choice = await ask(result.conflict);
      result = await importProfile(db, json, choice === 'replace' || choice === 'keep-both' ? choice : 'cancel');
    }
    if (result.ok) callbacks.onImported({ ...result, warnings });
    else if ('cancelled' in result) callbacks.onCancelled?.(result.name);
    else if ('problems' in result) callbacks.onProblems(result.problems.map((p) => `${name}: ${p.path}: ${p.message}`));
  }

  /** A file too large is refused before it is read; its bytes are decoded as the CLI decodes them. */
  async function importFile(file: File) {
    const tooLarge = profileTooLarge(file.size);
    if (tooLarge) return callbacks.onProblems([`${file.name}: ${tooLarge.path}: ${tooLarge.message}`]);
    const decoded = decodeProfileBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return callbacks.onProblems(decoded.problems.map((p) => `${file.name}: ${p.path}: ${p.message}`));
    await importOne(
      file.name,
      decoded.text,
      (decoded.warnings ?? []).map((warning) => `${file.name}: ${warning}`),
    );
  }

  async function importFiles(files: FileList | File[] | null | undefined) {
    for (const file of files ? [...files] : []) await importFile(file);
  }

  const question = pending && <ConflictQuestion conflict={pending} editing={false} t={t} onAnswer={answer} />;
  return { importFiles, question };
}
