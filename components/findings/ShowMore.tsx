import { useState } from 'preact/hooks';
import type { Translate } from './i18n';

/** How many rows a long list shows at first and adds per click: a page of 20,000 findings would take a minute to lay out. */
const PAGE = 100;

/** How many rows of each named list to show, and a way to show a page more of one. */
export function useShownRows(): { limit(list: string): number; more(list: string): void } {
  const [shown, setShown] = useState<Record<string, number>>({});
  return {
    limit: (list) => shown[list] ?? PAGE,
    more: (list) => setShown((current) => ({ ...current, [list]: (current[list] ?? PAGE) + PAGE })),
  };
}

/** "Show 100 more of 20,000", under a list that holds more rows than it shows. */
export function ShowMore({ shown, total, onMore, t }: { shown: number; total: number; onMore(): void; t: Translate }) {
  if (total <= shown) return null;
  return (
    <button type="button" class="show-more" onClick={onMore}>
      {t('showMore', [String(Math.min(PAGE, total - shown)), String(total)])}
    </button>
  );
}
