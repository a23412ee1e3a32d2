import { isFactKind, KIND, type Fact } from '../kinds';
import { promiseSubject } from '../report/promise-line';
import type { ReportPromise } from '../report/types';
import { words } from '../text/segment';
import type { Language } from './types';

/** A topic word names a thing: letters only, not a short function word ("на", "for"). */
const isTopicWord = (word: string) => /^\p{L}[\p{L}-]{3,}$/u.test(word);
const MAX_TOPICS = 3;

/**
 * A checklist fact drafted from a promise the checklist lacks, for the user to correct and save:
 * its kind, its label and topics from what the promise is about (its table row, the label its quote
 * opens with, else the quote), and the value the promise states. Null when the kind has no facts or
 * its value cannot be read as one ("договорная", a lifetime guarantee, a stored value of an old shape).
 * Its id is the kind's: the profile it is added to gives it one of its own.
 */
export function factFromPromise(promise: Pick<ReportPromise, 'kind' | 'quote' | 'value' | 'about'>, language: Language): Fact | null {
  if (!isFactKind(promise.kind)) return null;
  const module = KIND[promise.kind];
  let fields: object | null | undefined;
  try {
    fields = module.draft?.(promise.value as never);
  } catch {
    fields = null;
  }
  if (!fields) return null;
  const subject = promiseSubject(promise);
  const topics = subject
    ? [
        ...new Set(
          words(subject, language)
            .map((word) => word.lower)
            .filter(isTopicWord),
        ),
      ].slice(0, MAX_TOPICS)
    : [];
  return { id: promise.kind, kind: promise.kind, label: subject ?? promise.quote.replace(/[\s.!;,]+$/u, ''), ...(topics.length > 0 ? { topics } : {}), ...fields } as Fact;
}
