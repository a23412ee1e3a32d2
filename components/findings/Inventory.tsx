import '@/assets/styles/inventory.css';
import { factFromPromise } from '@/engine/profile/fact-from-promise';
import type { Fact, Language } from '@/engine/profile/types';
import { promiseLine } from '@/engine/report/promise-line';
import type { PromiseStatus, Report, ReportPromise } from '@/engine/report/types';
import { languageOf, type MessageKey, type Translate } from '../../browser/i18n';
import { Icon, type IconName } from '../ui/icons';
import { ShowMore, useShownRows } from './ShowMore';

const STATUS_MESSAGE = { kept: 'status_kept', broken: 'status_broken', unknown: 'status_unknown' } as const satisfies Record<PromiseStatus, MessageKey>;
const STATUS_ICON = { kept: 'ok', broken: 'broken', unknown: 'unknown' } as const satisfies Record<PromiseStatus, IconName>;

/**
 * Every promise of the material with its status (kept, broken, or nothing in the checklist to hold
 * it against), said in people's words over its quote and source. A promise the checklist lacks
 * can be added to it: `onAddFact` opens the profile with the drafted fact.
 */
export function Inventory({ report, t, onAddFact }: { report: Report; t: Translate; onAddFact?: (fact: Fact) => void }) {
  const rows = useShownRows(report);
  const language = languageOf(t);
  if (report.promises.length === 0) return <p class="empty">{t('noPromises')}</p>;
  const sourceNames = new Map(report.sources.map((source) => [source.id, source.title || source.location]));
  return (
    <>
      <ol class="inventory" data-testid="inventory">
        {report.promises.slice(0, rows.limit('promises')).map((promise) => (
          <PromiseBlock key={promise.id} promise={promise} source={sourceNames.get(promise.source) ?? promise.source} language={language} t={t} onAddFact={onAddFact} />
        ))}
      </ol>
      <ShowMore shown={rows.limit('promises')} total={report.promises.length} onMore={() => rows.more('promises')} t={t} />
    </>
  );
}

function PromiseBlock({ promise, source, language, t, onAddFact }: { promise: ReportPromise; source: string; language: Language; t: Translate; onAddFact?: (fact: Fact) => void }) {
  const draft = promise.status === 'unknown' && onAddFact ? factFromPromise(promise, language) : null;
  return (
    <li class={`promise ${promise.status}`} data-kind={promise.kind} data-status={promise.status}>
      <p class="promise-status">
        <Icon name={STATUS_ICON[promise.status]} />
        {t(STATUS_MESSAGE[promise.status])}
      </p>
      <p class="promise-line">{promiseLine(promise, language)}</p>
      <blockquote class="promise-quote">{promise.quote}</blockquote>
      <p class="promise-source" title={source}>
        {source}
      </p>
      {draft && onAddFact && (
        <button type="button" class="add-fact" onClick={() => onAddFact(draft)}>
          <Icon name="add" />
          {t('promiseAddToChecklist')}
        </button>
      )}
    </li>
  );
}
