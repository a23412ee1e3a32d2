import { showControls } from '@/engine/report/escape';
import type { Finding, Report, Severity } from '@/engine/report/types';
import { CHECK_IDS, checkLabel } from '@/engine/checks/index';
import { languageOf, SEVERITY_MESSAGE, type Translate } from '../../browser/i18n';
import { ShowMore, useShownRows } from './ShowMore';

export interface FindingActions {
  show(finding: Finding): void;
  ignore(finding: Finding): void;
  copy(finding: Finding): void;
  addWord(finding: Finding): void;
}

/** Findings grouped by check; every text from the page is rendered as text, never as markup. */
export function FindingList({ report, t, actions, place = 'page', severities }: { report: Report; t: Translate; actions: FindingActions; place?: 'page' | 'materials'; severities?: ReadonlySet<Severity> }) {
  const titleOf = new Map(report.sources.map((s) => [s.id, s.title ?? s.location]));
  const several = report.sources.length > 1;
  const language = languageOf(t);
  // Only the severities asked for are listed (the side panel's count chips); all when none are.
  const shown = severities ? report.findings.filter((f) => severities.has(f.severity)) : report.findings;
  const groups = CHECK_IDS.map((check) => ({ check, findings: shown.filter((f) => f.check === check) })).filter((g) => g.findings.length > 0);
  const rows = useShownRows(report);
  if (groups.length === 0) return <p class="empty">{t('noFindings')}</p>;
  return (
    <div>
      {groups.map(({ check, findings }) => (
        <section key={check} class="group">
          <h2>
            {checkLabel(check, language)} <span class="count">{findings.length}</span>
          </h2>
          <ul>
            {findings.slice(0, rows.limit(check)).map((finding) => (
              <li key={finding.id} class={`finding ${finding.severity}`} data-finding={finding.id} data-check={finding.check}>
                <span class="severity">{t(SEVERITY_MESSAGE[finding.severity])}</span>
                <q class="quote">{showControls(finding.quote)}</q>
                {several && finding.source && (
                  <span class="source" title={titleOf.get(finding.source)}>
                    {' '}
                    — {titleOf.get(finding.source)}
                  </span>
                )}
                <p class="message">{showControls(finding.message)}</p>
                {finding.suggestion && (
                  <p class="suggestion">
                    {t('suggestion')}: {showControls(finding.suggestion)}
                  </p>
                )}
                <div class="actions">
                  {finding.location && finding.source && (
                    <button type="button" onClick={() => actions.show(finding)}>
                      {t(place === 'page' ? 'showOnPage' : 'showInText')}
                    </button>
                  )}
                  <button type="button" onClick={() => actions.ignore(finding)}>
                    {t(place === 'page' ? 'ignoreOnSite' : 'ignoreInMaterials')}
                  </button>
                  {finding.check === 'spelling' && (
                    <button type="button" onClick={() => actions.addWord(finding)}>
                      {t('addToDictionary')}
                    </button>
                  )}
                  <button type="button" onClick={() => actions.copy(finding)}>
                    {t('copyTicket')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <ShowMore shown={rows.limit(check)} total={findings.length} onMore={() => rows.more(check)} t={t} />
        </section>
      ))}
    </div>
  );
}
