import type { StoredReport } from '@/utils/db/database';
import { diffReports } from '@/utils/report/diff';
import type { Translate } from './i18n';

/** One URL's checks, newest first, each with what it fixed and found new against the one before. */
export function History({ entries, t, onOpen }: { entries: StoredReport[]; t: Translate; onOpen: (entry: StoredReport) => void }) {
  if (entries.length === 0) return <p class="empty">{t('noHistory')}</p>;
  return (
    <ol class="history" data-testid="history">
      {entries.map((entry, index) => {
        const older = entries[index + 1];
        const diff = older ? diffReports(older.report, entry.report) : null;
        const { error, warning, info } = entry.report.summary;
        return (
          <li key={entry.id ?? entry.createdAt}>
            <button type="button" class="link" onClick={() => onOpen(entry)}>
              <time dateTime={new Date(entry.createdAt).toISOString()}>{new Date(entry.createdAt).toLocaleString()}</time>
            </button>{' '}
            <span class="counts">
              {t('errors', String(error))} · {t('warnings', String(warning))} · {t('infos', String(info))}
            </span>
            {diff && <div class="change">{t('sinceLast', [String(diff.fixed.length), String(diff.added.length)])}</div>}
          </li>
        );
      })}
    </ol>
  );
}
