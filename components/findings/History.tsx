import { useState } from 'preact/hooks';
import type { StoredReport } from '@/browser/db/database';
import { HISTORY_POLICY } from '@/browser/db/history';
import { diffReports } from '@/engine/report/diff';
import { formatWhen, plural, type Translate } from '../../browser/i18n';

/**
 * One URL's checks, newest first, each with what it fixed and found new against the one before;
 * a page of them at a time, and a note of how many are kept.
 */
export function History({ entries, t, onOpen }: { entries: StoredReport[]; t: Translate; onOpen: (entry: StoredReport) => void }) {
  const [shown, setShown] = useState<number>(HISTORY_POLICY.pageSize);
  if (entries.length === 0) return <p class="empty">{t('noHistory')}</p>;
  const older = entries.length - shown;
  return (
    <>
      <ol class="history" data-testid="history">
        {entries.slice(0, shown).map((entry, index) => {
          const before = entries[index + 1];
          const diff = before ? diffReports(before.report, entry.report) : null;
          const { error, warning, info } = entry.report.summary;
          return (
            <li key={entry.id ?? entry.createdAt}>
              <button type="button" class="link" onClick={() => onOpen(entry)}>
                <time dateTime={new Date(entry.createdAt).toISOString()}>{formatWhen(t, entry.createdAt)}</time>
              </button>{' '}
              <span class="counts">
                {plural(t, 'errors', error)} · {plural(t, 'warnings', warning)} · {plural(t, 'infos', info)}
              </span>
              {diff && <div class="change">{t('sinceLast', [String(diff.fixed.length), String(diff.added.length)])}</div>}
            </li>
          );
        })}
      </ol>
      {older > 0 && (
        <button type="button" class="show-more" data-testid="history-older" onClick={() => setShown(shown + HISTORY_POLICY.pageSize)}>
          {t('historyShowOlder', [String(Math.min(older, HISTORY_POLICY.pageSize)), String(older)])}
        </button>
      )}
      <p class="note">{t('historyKept', [String(HISTORY_POLICY.perUrl), String(HISTORY_POLICY.total)])}</p>
    </>
  );
}
