import type { Material } from '@/engine/material/types';
import type { ReportDiff } from '@/engine/report/diff';
import { reportFileName } from '@/engine/report/export-name';
import { toHtml } from '@/engine/report/to-html';
import { toJson } from '@/engine/report/to-json';
import { toMarkdown } from '@/engine/report/to-markdown';
import type { Report } from '@/engine/report/types';
import { plural, type Translate } from '../../browser/i18n';

/** The counts of a report, its promises when asked, and what changed since the last check. */
export function ReportSummary({ report, diff, t, withPromises = false }: { report: Report; diff: ReportDiff | null; t: Translate; withPromises?: boolean }) {
  const count = (status: string) => String(report.promises.filter((p) => p.status === status).length);
  return (
    <>
      <p class="summary" data-testid="summary">
        <span class="error">{plural(t, 'errors', report.summary.error)}</span> · <span class="warning">{plural(t, 'warnings', report.summary.warning)}</span> ·{' '}
        <span class="info">{plural(t, 'infos', report.summary.info)}</span>
        {withPromises && (
          <>
            <br />
            {t('promisesSummary', [count('kept'), count('broken'), count('unknown')])}
          </>
        )}
      </p>
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
