import type { ClaimOf, PromiseKind } from '../kinds';
import { eachSentence } from './common';
import type { ExtractContext, ExtractedPromise } from './types';

/**
 * A contact as a promise of its own: its quote is exactly what is written (never widened to the
 * clause), its value the normalised key the wrong-name check compares.
 */
export function contactPromises<K extends PromiseKind, T extends { start: number; end: number }>(context: ExtractContext, kind: K, find: (text: string) => T[], value: (found: T) => ClaimOf<K>): ExtractedPromise<K>[] {
  return eachSentence(context).flatMap((view) =>
    find(view.text).map((found) => {
      const start = view.span.start + found.start;
      const end = view.span.start + found.end;
      return { kind, quote: view.block.text.slice(start, end), span: { block: view.block.index, start, end }, value: value(found), topics: [], sentence: view.span };
    }),
  );
}
