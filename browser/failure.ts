import { errorDetail } from '../engine/material/errors';
import type { MessageKey, Translate } from './i18n';

/** A check that failed as a whole, told to the reader: what failed and what to do, the library's own words apart. */
export function failureStatus(t: Translate, what: MessageKey, error: unknown): { status: string; details: string } {
  return { status: `${t(what)}. ${t('cannotCheckNext')}`, details: errorDetail(error) ?? '' };
}
