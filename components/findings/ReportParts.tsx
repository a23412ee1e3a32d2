import type { Material } from '@/engine/material/types';
import type { ReportDiff } from '@/engine/report/diff';
import { reportFileName } from '@/engine/report/export-name';
import { toHtml } from '@/engine/report/to-html';
import { toJson } from '@/engine/report/to-json';
import { toMarkdown } from '@/engine/report/to-markdown';
import type { Report, Severity } from '@/engine/report/types';
import { Icon } from '@/components/ui/icons';
import { plural, type MessageKey, type Translate } from '../../browser/i18n';

const SEVERITY_COUNTS: readonly [Severity, MessageKey][] = [
  ['error', 'errors'],
  ['warning', 'warnings'],
  ['info', 'infos'],
];

/** Which severities the list shows: none pressed shows them all. */
export interface SeverityFilter {
  pressed: ReadonlySet<Severity>;
  toggle(severity: Severity): void;
}

/**
 * The counts of a report — with a `filter`, as chips that show only the severities pressed — its
 * promises when asked, and what changed since the last check.
 */
export function ReportSummary({ report, diff, t, withPromises = false, filter }: { report: Report; diff: ReportDiff | null; t: Translate; withPromises?: boolean; filter?: SeverityFilter }) {
  const count = (status: string) => String(report.promises.filter((p) => p.status === status).length);
  return (
    <>
      <div class="summary" data-testid="summary">
        {filter ? (
          <fieldset class="chips" aria-label={t('panelFilter')}>
            {SEVERITY_COUNTS.map(([severity, key]) => {
              const pressed = filter.pressed.has(severity);
              return (
                <button key={severity} type="button" class={`chip ${severity}`} aria-pressed={pressed} disabled={report.summary[severity] === 0 && !pressed} onClick={() => filter.toggle(severity)}>
                  <Icon name={severity} /> {plural(t, key, report.summary[severity])}
                </button>
              );
            })}
          </fieldset>
        ) : (
          <p class="counts">
            <span class="error">{plural(t, 'errors', report.summary.error)}</span> · <span class="warning">{plural(t, 'warnings', report.summary.warning)}</span> ·{' '}
            <span class="info">{plural(t, 'infos', report.summary.info)}</span>
          </p>
        )}
        {withPromises && <p class="promises-summary">{t('promisesSummary', [count('kept'), count('broken'), count('unknown')])}</p>}
      </div>
      {diff && (
        <p class="diff" data-testid="diff">
          {t('sinceLast', [String(diff.fixed.length), String(diff.added.length)])}
        </p>
      )}
    </>
  );
}

/** The report as a file named after its site or material and day: a printable page (with the materials' text when given), Markdown, JSON. */
export function ExportBar({ report, materials, t, download }: { report: Report; materials?: Material[]; t: Translate; download: (name: string, type: string, text: string) => void }) {
  return (
    <footer class="export">
      {t('export')}:{' '}
      <button type="button" onClick={() => download(reportFileName(report, 'html'), 'text/html', toHtml(report, materials))}>
        HTML
      </button>
      <button type="button" onClick={() => download(reportFileName(report, 'md'), 'text/markdown', toMarkdown(report))}>
        Markdown
      </button>
      <button type="button" onClick={() => download(reportFileName(report, 'json'), 'application/json', toJson(report))}>
        JSON
      </button>
    </footer>
  );
}
