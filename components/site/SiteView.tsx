import { useMemo, useState } from 'preact/hooks';
import '@/assets/styles/findings.css';
import '@/assets/styles/site.css';
import type { Profile } from '@/engine/profile/types';
import type { Source } from '@/engine/material/types';
import { showControls } from '@/engine/report/escape';
import type { Finding } from '@/engine/report/types';
import type { ExcludedPage } from '@/engine/site/site-check';
import type { SiteSession, SiteState } from '@/browser/site/session';
import { pagePath, type PageRow, progressBar, siteLayout } from '@/browser/site/site-view';
import { plural, SEVERITY_MESSAGE, type MessageKey, type Translate } from '@/browser/i18n';
import { FindingList, type FindingActions } from '../findings/FindingList';
import { ExportBar, ReportSummary } from '../findings/ReportParts';
import { Icon, IconButton } from '../ui/icons';
import { Quote } from '../ui/Quote';

const WHY_LEFT_OUT: Record<ExcludedPage['why'], MessageKey> = {
  robots: 'siteWhyRobots',
  pattern: 'siteWhyPattern',
  'other-host': 'siteWhyOtherHost',
  limit: 'siteWhyLimit',
  // Never listed (see siteLayout): a shard is the CLI's, and a file that is no page is not the reader's concern.
  shard: 'siteWhyPattern',
  'not-a-page': 'siteWhyPattern',
};

/** A page of the site, named by its path, opening in a tab of its own. */
function PageLink({ url, t }: { url: string; t: Translate }) {
  return (
    <a class="page-link" href={url} target="_blank" rel="noreferrer" title={`${url} — ${t('siteOpenPage')}`}>
      {pagePath(url)}
    </a>
  );
}

/** A finding about two or more pages: what disagrees, and each page's words with a link to it. */
function SiteFinding({ finding, pageOf, t, actions }: { finding: Finding; pageOf: (id?: string) => Source | undefined; t: Translate; actions: FindingActions }) {
  const places = [{ source: finding.source, quote: finding.quote }, ...(finding.related ?? [])];
  return (
    <li class={`finding site-finding ${finding.severity}`} data-finding={finding.id} data-check={finding.check}>
      <div class="card-head">
        <span class={`badge ${finding.severity}`}>
          <Icon name={finding.severity} />
          <span class="sv-visually-hidden">{t(SEVERITY_MESSAGE[finding.severity])}</span>
        </span>
        <p class="message">{showControls(finding.message)}</p>
      </div>
      <ul class="places">
        {places.map((place, i) => {
          const page = pageOf(place.source);
          return (
            <li key={i} data-testid="site-place">
              <Quote class="quote" text={showControls(place.quote)} />
              {page && (
                <>
                  {' — '}
                  <PageLink url={page.location} t={t} />
                </>
              )}
            </li>
          );
        })}
      </ul>
      {finding.suggestion && (
        <p class="suggestion">
          {t('suggestion')}: {showControls(finding.suggestion)}
        </p>
      )}
      <div class="actions">
        <IconButton icon="ignore" label={t('ignoreOnSite')} onClick={() => actions.ignore(finding, 'here')} />
        <IconButton icon="ignoreEverywhere" label={t('ignoreEverywhere')} onClick={() => actions.ignore(finding, 'everywhere')} />
        <IconButton icon="ticket" label={t('copyTicket')} onClick={() => actions.copyTicket(finding)} />
      </div>
    </li>
  );
}

/** The counts of a page's findings, in a row beside its path. */
function PageCounts({ row, t }: { row: PageRow; t: Translate }) {
  const { error, warning, info } = row.report.summary;
  if (error + warning + info === 0) return <span class="page-counts clean">{t('sitePageClean')}</span>;
  return (
    <span class="page-counts">
      {error > 0 && <span class="error">{plural(t, 'errors', error)}</span>}
      {warning > 0 && <span class="warning">{plural(t, 'warnings', warning)}</span>}
      {info > 0 && <span class="info">{plural(t, 'infos', info)}</span>}
    </span>
  );
}

/** One page of the ranking: its path and counts; opened, its findings as cards. */
function PageItem({ row, t, actions, profile }: { row: PageRow; t: Translate; actions: FindingActions; profile?: Profile }) {
  const [open, setOpen] = useState(false);
  const empty = row.report.findings.length === 0;
  return (
    <li class="site-page" data-testid="site-page" data-url={row.source.location}>
      <div class="site-page-head">
        <button type="button" class="page-toggle" aria-expanded={open} disabled={empty} onClick={() => setOpen(!open)}>
          <Icon name="chevron" class="chevron" />
          <span class="page-path">{pagePath(row.source.location)}</span>
        </button>
        <PageCounts row={row} t={t} />
      </div>
      {open && (
        <div class="page-findings">
          <p class="page-address">
            <PageLink url={row.source.location} t={t} />
          </p>
          <FindingList report={row.report} t={t} actions={actions} profile={profile} />
        </div>
      )}
    </li>
  );
}

/** The check under way: the crawl's counts, a bar, and Cancel. */
function SiteProgress({ state, session, t }: { state: SiteState; session: SiteSession; t: Translate }) {
  const { progress, checked, maxPages } = state;
  const bar = progressBar(progress, checked, maxPages);
  return (
    <div class="site-progress" data-testid="site-progress">
      <progress value={bar.value} max={bar.max} aria-label={t('siteChecking')} />
      <p class="counts">{t('siteProgress', [String(progress?.found ?? 0), String(checked), String(progress?.failed ?? 0)])}</p>
      <button type="button" onClick={session.cancel}>
        {t('siteCancel')}
      </button>
    </div>
  );
}

/**
 * The whole site's report (browser/site/session.ts does the work): pages that disagree with each
 * other first, then the pages ranked by what they have to fix, each opening its findings; then the
 * pages that failed and those left out, with why. The exports are the page report's.
 */
export function SiteView({ state, session, t, profile, download }: { state: SiteState; session: SiteSession; t: Translate; profile?: Profile; download: (name: string, type: string, text: string) => void }) {
  const { report, running, partial, site } = state;
  const layout = useMemo(() => (report ? siteLayout(report) : null), [report]);
  const pageOf = useMemo(() => {
    const sources = new Map((report?.sources ?? []).map((source) => [source.id, source]));
    return (id?: string) => (id === undefined ? undefined : sources.get(id));
  }, [report]);
  const actions: FindingActions = {
    show: (finding) => {
      const page = pageOf(finding.source);
      if (page) window.open(page.location, '_blank', 'noreferrer');
    },
    copyFix: (finding) => void session.copyFix(finding),
    ignore: (finding, scope) => void session.ignore(finding, scope),
    addWord: (finding) => void session.addWord(finding),
    copyTicket: (finding) => void session.copyTicket(finding),
  };

  return (
    <section class="site-view" data-testid="site-view" aria-labelledby="site-title" aria-busy={running}>
      <div class="site-heading">
        <h2 id="site-title">{t('siteTitle', site)}</h2>
        <button type="button" onClick={session.hide}>
          {t('siteBack')}
        </button>
      </div>
      {running && <SiteProgress state={state} session={session} t={t} />}
      {partial && (
        <p class="note partial" data-testid="site-partial">
          <Icon name="warning" class="warning" /> <span>{t('sitePartial')}</span>
        </p>
      )}
      {report && layout && (
        <>
          <ReportSummary report={report} diff={null} t={t} />
          <section class="site-level" data-testid="site-level" aria-labelledby="site-level-title">
            <h3 id="site-level-title">{t('siteAcross')}</h3>
            {layout.site.length === 0 ? (
              <p class="empty">{t('siteAgree')}</p>
            ) : (
              <ul class="findings">
                {layout.site.map((finding) => (
                  <SiteFinding key={finding.id} finding={finding} pageOf={pageOf} t={t} actions={actions} />
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="site-pages-title">
            <h3 id="site-pages-title">
              {t('sitePages')} <span class="count">{plural(t, 'sitePagesCount', layout.pages.length)}</span>
            </h3>
            <ol class="site-pages">
              {layout.pages.map((row) => (
                <PageItem key={row.source.id} row={row} t={t} actions={actions} profile={profile} />
              ))}
            </ol>
          </section>
          {layout.failed.length > 0 && (
            <section aria-labelledby="site-failed-title">
              <h3 id="site-failed-title">{t('siteFailed')}</h3>
              <ul class="site-left" data-testid="site-failed">
                {layout.failed.map((source) => (
                  <li key={source.id} data-url={source.location}>
                    <PageLink url={source.location} t={t} /> — <span class="why">{source.error}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {layout.excluded.length > 0 && (
            <section aria-labelledby="site-excluded-title">
              <h3 id="site-excluded-title">{t('siteExcluded')}</h3>
              <ul class="site-left" data-testid="site-excluded">
                {layout.excluded.map((page) => (
                  <li key={page.url} data-url={page.url} data-why={page.why}>
                    <span class="page-path" title={page.url}>
                      {page.why === 'other-host' ? page.url : pagePath(page.url)}
                    </span>{' '}
                    — <span class="why">{t(WHY_LEFT_OUT[page.why])}</span>
                  </li>
                ))}
              </ul>
              {layout.excludedMore > 0 && <p class="site-left-more">{t('siteExcludedMore', [String(layout.excludedMore)])}</p>}
            </section>
          )}
          <ExportBar report={report} materials={state.materials} t={t} download={download} />
        </>
      )}
    </section>
  );
}
