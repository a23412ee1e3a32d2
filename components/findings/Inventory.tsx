import { describeValue } from '@/engine/report/group';
import type { PromiseStatus, Report } from '@/engine/report/types';
import { languageOf, type MessageKey, type Translate } from '../../browser/i18n';
import { KIND } from '@/engine/kinds';
import { ShowMore, useShownRows } from './ShowMore';

const STATUS_MESSAGE = { kept: 'status_kept', broken: 'status_broken', unknown: 'status_unknown' } as const satisfies Record<PromiseStatus, MessageKey>;

/** Every promise of the page with its status: kept, broken, or nothing to check it against. */
export function Inventory({ report, t }: { report: Report; t: Translate }) {
  const rows = useShownRows(report);
  const language = languageOf(t);
  if (report.promises.length === 0) return <p class="empty">{t('noPromises')}</p>;
  return (
    <>
      <table class="inventory">
        <thead>
          <tr>
            <th scope="col">{t('promiseKind')}</th>
            <th scope="col">{t('promiseQuote')}</th>
            <th scope="col">{t('promiseStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {report.promises.slice(0, rows.limit('promises')).map((promise) => (
            <tr key={promise.id} class={promise.status}>
              <td>{KIND[promise.kind].name[language]}</td>
              <td>
                {promise.quote}
                <div class="value">{describeValue(promise.value)}</div>
              </td>
              <td>{t(STATUS_MESSAGE[promise.status])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore shown={rows.limit('promises')} total={report.promises.length} onMore={() => rows.more('promises')} t={t} />
    </>
  );
}
