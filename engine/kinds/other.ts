import type { KindModule } from './types';

/** A promise of no kind above: a report may carry one; nothing extracts or judges it. */
export const otherKind: KindModule<'other', unknown> = {
  kind: 'other',
  name: { ru: 'Другое', en: 'Other' },
  item: { ru: 'Другое', en: 'Other' },
  describe: () => null,
};
