import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../browser/i18n';

/** How many rows a long list shows at first and adds per click: a page of 20,000 findings would take a minute to lay out. */
const PAGE = 100;

/** Rows per list in the first paint of new findings: about a screenful, drawn before the rest of the page of rows. */
const FIRST_SCREEN = 10;

/**
 * How many rows of each named list to show, and a way to show a page more of one. New `content`
 * shows a screenful of each list first and the rest of their first page right after it is painted.
 */
export function useShownRows(content: unknown): { limit(list: string): number; more(list: string): void } {
  const [shown, setShown] = useState<Record<string, number>>({});
  const [painted, setPainted] = useState<unknown>(null);
  useEffect(() => {
    const timer = setTimeout(() => setPainted(content));
    return () => clearTimeout(timer);
  }, [content]);
  return {
    limit: (list) => (painted === content ? (shown[list] ?? PAGE) : Math.min(FIRST_SCREEN, shown[list] ?? PAGE)),
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
