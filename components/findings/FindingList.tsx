import { useMemo, useState } from 'preact/hooks';
import '@/assets/styles/findings.css';
import { showControls } from '@/engine/report/escape';
import { cardGroups, factOf, relatedQuotes } from '@/engine/report/cards';
import type { Profile } from '@/engine/profile/types';
import { parseProfileJson } from '@/engine/profile/validate';
import type { StoredProfile } from '@/browser/db/database';
import type { CheckId, Finding, Report, Severity } from '@/engine/report/types';
import { checkLabel } from '@/engine/checks/index';
import type { IgnoreScope } from '@/browser/db/check';
import { factNote } from '@/browser/fact-note';
import { languageOf, SEVERITY_MESSAGE, type Translate } from '../../browser/i18n';
import { Icon, IconButton } from '../ui/icons';
import { ShowMore, useShownRows } from './ShowMore';
import { Quote } from '../ui/Quote';

export interface FindingActions {
  show(finding: Finding): void;
  copyFix(finding: Finding): void;
  ignore(finding: Finding, scope: IgnoreScope): void;
  addWord(finding: Finding): void;
  copyTicket(finding: Finding): void;
}

type Place = 'page' | 'materials';

/** The profile a stored one holds, for the cards' checklist side; none when it no longer parses, and the cards do without. */
export function useParsedProfile(stored: StoredProfile | null): Profile | undefined {
  const json = stored?.json;
  return useMemo(() => {
    const parsed = json === undefined ? null : parseProfileJson(json);
    return parsed?.ok ? parsed.profile : undefined;
  }, [json]);
}

/**
 * Findings as cards grouped by check, errors first; every text from the page is rendered as text,
 * never as markup. `profile` lets a card name the checklist's fact beside the page's words;
 * `severities` keeps only the findings of those severities.
 */
export function FindingList({ report, t, actions, place = 'page', profile, severities }: { report: Report; t: Translate; actions: FindingActions; place?: Place; profile?: Profile; severities?: ReadonlySet<Severity> }) {
  const titleOf = new Map(report.sources.map((s) => [s.id, s.title ?? s.location]));
  const several = report.sources.length > 1;
  const language = languageOf(t);
  // Sorting 20,000 findings again on each click of Show more or a group's toggle would be felt.
  const groups = useMemo(() => cardGroups(report, severities), [report, severities]);
  const rows = useShownRows(report);
  const [collapsed, setCollapsed] = useState<ReadonlySet<CheckId>>(new Set());
  if (report.findings.length === 0) return <p class="empty">{t('noFindings')}</p>;
  if (groups.length === 0) return <p class="empty">{t('noFindingsOfSeverity')}</p>;

  const toggle = (check: CheckId) =>
    setCollapsed((now) => {
      const next = new Set(now);
      if (!next.delete(check)) next.add(check);
      return next;
    });
  const sourceOf = (finding: Finding) => (several && finding.source ? titleOf.get(finding.source) : undefined);

  return (
    <div class="findings">
      {groups.map(({ check, findings }) => {
        const open = !collapsed.has(check);
        return (
          <section key={check} class="group">
            <h2>
              <button type="button" class="group-toggle" aria-expanded={open} onClick={() => toggle(check)}>
                <Icon name="chevron" class="chevron" />
                {checkLabel(check, language)} <span class="count">{findings.length}</span>
              </button>
            </h2>
            {open && (
              <>
                <ul>
                  {findings.slice(0, rows.limit(check)).map((finding) => (
                    <FindingCard key={finding.id} finding={finding} source={sourceOf(finding)} profile={profile} t={t} actions={actions} place={place} />
                  ))}
                </ul>
                <ShowMore shown={rows.limit(check)} total={findings.length} onMore={() => rows.more(check)} t={t} />
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** One finding: what is wrong, the page's words beside the checklist's, the fix, and one row of actions. */
function FindingCard({ finding, source, profile, t, actions, place }: { finding: Finding; source?: string; profile?: Profile; t: Translate; actions: FindingActions; place: Place }) {
  const related = relatedQuotes(finding);
  const fact = factOf(profile, finding);
  return (
    <li class={`finding ${finding.severity}`} data-finding={finding.id} data-check={finding.check}>
      <div class="card-head">
        <span class={`badge ${finding.severity}`}>
          <Icon name={finding.severity} />
          <span class="sv-visually-hidden">{t(SEVERITY_MESSAGE[finding.severity])}</span>
        </span>
        <Quote class="quote" text={showControls(finding.quote)} />
        {source && (
          <span class="source" title={source}>
            {' '}
            — {source}
          </span>
        )}
      </div>
      <p class="message">{showControls(finding.message)}</p>
      {(related.length > 0 || fact) && (
        <dl class="sides">
          {related.length > 0 && (
            <>
              <dt>{t('alsoInText')}</dt>
              <dd>
                {related.map(({ quote, count }, i) => (
                  <span key={quote}>
                    {i > 0 && ', '}
                    <Quote class="related-quote" text={showControls(quote)} />
                    {count > 1 && ` ×${count}`}
                  </span>
                ))}
              </dd>
            </>
          )}
          {fact && (
            <>
              <dt>{t('inChecklist')}</dt>
              <dd class="fact">{showControls(factNote(t, fact))}</dd>
            </>
          )}
        </dl>
      )}
      {finding.suggestion && (
        <p class="suggestion">
          {t('suggestion')}: {showControls(finding.suggestion)}
        </p>
      )}
      <div class="actions">
        {finding.location && finding.source && <IconButton icon="show" label={t(place === 'page' ? 'showOnPage' : 'showInText')} onClick={() => actions.show(finding)} />}
        {finding.suggestion && <IconButton icon="copy" label={t('copyFix')} onClick={() => actions.copyFix(finding)} />}
        <IconButton icon="ignore" label={t(place === 'page' ? 'ignoreOnSite' : 'ignoreInMaterials')} onClick={() => actions.ignore(finding, 'here')} />
        <IconButton icon="ignoreEverywhere" label={t('ignoreEverywhere')} onClick={() => actions.ignore(finding, 'everywhere')} />
        {finding.check === 'spelling' && <IconButton icon="addWord" label={t('addToDictionary')} onClick={() => actions.addWord(finding)} />}
        <IconButton icon="ticket" label={t('copyTicket')} onClick={() => actions.copyTicket(finding)} />
      </div>
    </li>
  );
}
