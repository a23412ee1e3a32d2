import { showControls } from '@/engine/report/escape';
import '@/assets/styles/history.css';
import { useState } from 'preact/hooks';
import type { StoredReport } from '@/browser/db/database';
import { HISTORY_POLICY, historyDiff, type HistoryChange, type HistoryDiff, levelOf, levelTrend } from '@/browser/db/history';
import { checkLabel, isCheckId } from '@/engine/checks/index';
import type { Language } from '@/engine/profile/types';
import { formatWhen, languageOf, plural, type Translate } from '../../browser/i18n';
import { Icon } from '../ui/icons';
import { Quote } from '../ui/Quote';

/**
 * One URL's checks, newest first, each dated in local time and opening onto what it fixed and
 * found new against the one before, listed by check and quote; a page of them at a time, and a
 * note of how many are kept.
 */
export function History({ entries, t, onOpen }: { entries: StoredReport[]; t: Translate; onOpen: (entry: StoredReport) => void }) {
  const [shown, setShown] = useState<number>(HISTORY_POLICY.pageSize);
  if (entries.length === 0) return <p class="empty">{t('noHistory')}</p>;
  const older = entries.length - shown;
  return (
    <>
      <LevelTrend levels={levelTrend(entries)} t={t} />
      <ol class="history" data-testid="history">
        {entries.slice(0, shown).map((entry, index) => {
          const before = entries[index + 1];
          return <HistoryEntry key={entry.id ?? entry.createdAt} entry={entry} diff={before ? historyDiff(before.report, entry.report) : null} newest={index === 0} t={t} onOpen={onOpen} />;
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

/** Where the service level went over the URL's checks: a line from the oldest to the newest, and the same in words beneath it. */
function LevelTrend({ levels, t }: { levels: number[]; t: Translate }) {
  if (levels.length < 2) return null;
  const x = (i: number) => (i / (levels.length - 1)) * 100;
  const y = (level: number) => 22 - (level / 100) * 20;
  const points = levels.map((level, i) => `${x(i).toFixed(1)},${y(level).toFixed(1)}`).join(' ');
  const words = t('historyTrend', [String(levels.length), String(levels[0]), String(levels[levels.length - 1])]);
  return (
    <figure class="level-trend" data-testid="level-trend">
      <svg viewBox="0 0 100 24" preserveAspectRatio="none" aria-hidden="true">
        <polyline points={points} />
      </svg>
      <figcaption>{words}</figcaption>
    </figure>
  );
}

function HistoryEntry({ entry, diff, newest, t, onOpen }: { entry: StoredReport; diff: HistoryDiff | null; newest: boolean; t: Translate; onOpen: (entry: StoredReport) => void }) {
  const { error, warning, info } = entry.report.summary;
  const language = languageOf(t);
  const level = levelOf(entry.report);
  return (
    <li>
      <details open={newest}>
        <summary>
          <time dateTime={new Date(entry.createdAt).toISOString()}>{formatWhen(t, entry.createdAt)}</time>
          <span class="counts">
            {plural(t, 'errors', error)} · {plural(t, 'warnings', warning)} · {plural(t, 'infos', info)}
          </span>
          {level !== null && (
            <span class="level" data-testid="history-level">
              {t('historyLevel', [String(level)])}
            </span>
          )}
          {diff && <span class="change">{t('sinceLast', [String(diff.fixed.length), String(diff.added.length)])}</span>}
        </summary>
        {!diff && <p class="note">{t('historyFirst')}</p>}
        {diff && diff.fixed.length === 0 && diff.added.length === 0 && <p class="note">{t('historySame')}</p>}
        {diff && <Changes title={t('historyFixed')} changes={diff.fixed} fixed language={language} testId="history-fixed" />}
        {diff && <Changes title={t('historyNew')} changes={diff.added} language={language} testId="history-new" />}
        <button type="button" class="link" onClick={() => onOpen(entry)}>
          {t('historyOpen')}
        </button>
      </details>
    </li>
  );
}

/** A check removed since the report was stored is named by its id. */
const nameOf = (change: HistoryChange, language: Language) => (isCheckId(change.check) ? checkLabel(change.check, language) : change.check);

function Changes({ title, changes, fixed, language, testId }: { title: string; changes: HistoryChange[]; fixed?: boolean; language: Language; testId: string }) {
  if (changes.length === 0) return null;
  return (
    <section class={fixed ? 'changes fixed' : 'changes added'} data-testid={testId}>
      <h3>{title}</h3>
      <ul>
        {changes.map((change) => (
          <li key={change.fingerprint} data-check={change.check}>
            <Icon name={fixed ? 'ok' : change.severity} class={fixed ? 'ok' : change.severity} />
            <span>
              <span class="check">{nameOf(change, language)}</span> <Quote class="quote" text={showControls(change.quote)} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
