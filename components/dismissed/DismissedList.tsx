import { useState } from 'preact/hooks';
import '@/assets/styles/dismissed.css';
import type { IgnoredFinding, SverkaDb } from '@/browser/db/database';
import { EVERYWHERE } from '@/browser/db/check';
import { dismissedOf, removeUserWord, undoDismissal, type Dismissed } from '@/browser/db/dismissed';
import { MATERIALS_SITE } from '@/browser/materials/session';
import { CHECK_IDS, checkLabel } from '@/engine/checks/index';
import type { CheckId } from '@/engine/report/types';
import { showControls } from '@/engine/report/escape';
import { formatWhen, languageOf, type Translate } from '../../browser/i18n';
import { useLive } from '../../browser/use-live';
import { IconButton } from '../ui/icons';
import { Quote } from '../ui/Quote';

const NOTHING: Dismissed = { sites: [], words: [] };

const isCheckId = (id: string | undefined): id is CheckId => (CHECK_IDS as readonly string[]).includes(id ?? '');

function siteName(site: string, t: Translate): string {
  if (site === EVERYWHERE) return t('dismissedEverywhere');
  if (site === MATERIALS_SITE) return t('dismissedMaterials');
  return site;
}

function When({ when, t }: { when?: number; t: Translate }) {
  return when ? <time dateTime={new Date(when).toISOString()}>{formatWhen(t, when)}</time> : null;
}

/**
 * What was dismissed under a profile — ignored findings by site (every site first) and words
 * added to the dictionary — each with an undo that takes effect in the next check. Text from pages
 * is shown as text.
 */
export function DismissedList({ db, profileId, t }: { db: SverkaDb; profileId: string; t: Translate }) {
  const { sites, words } = useLive(() => dismissedOf(db, { profileId }), NOTHING, [profileId]);
  const [status, setStatus] = useState('');
  const language = languageOf(t);
  const undone = () => setStatus(t('undone'));

  function quoteOf(row: IgnoredFinding) {
    return row.quote ? showControls(row.quote) : row.fingerprint;
  }

  return (
    <section class="dismissed" data-testid="dismissed" aria-labelledby="dismissed-title">
      <h2 id="dismissed-title">{t('dismissedTitle')}</h2>
      <p class="status" role="status">
        {status}
      </p>
      {sites.length === 0 && words.length === 0 && <p class="empty">{t('dismissedNone')}</p>}
      {sites.length > 0 && <h3>{t('dismissedFindings')}</h3>}
      {sites.map(({ site, findings }) => (
        <section key={site} class="dismissed-site" data-site={site}>
          <h4>{siteName(site, t)}</h4>
          <ul>
            {findings.map((row) => (
              <li key={row.id} data-fingerprint={row.fingerprint}>
                <div class="dismissed-text">
                  {isCheckId(row.check) && <span class="check">{checkLabel(row.check, language)}</span>}
                  {row.quote ? <Quote class="quote" text={quoteOf(row)} /> : <span class="note">{t('dismissedNoQuote')}</span>}
                  {row.message && <span class="message">{showControls(row.message)}</span>}
                  <When when={row.when} t={t} />
                </div>
                <IconButton icon="undo" label={t('undoIgnore', [quoteOf(row)])} data-action="undo-ignore" onClick={() => void undoDismissal(db, row.id!).then(undone)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {words.length > 0 && (
        <section class="dismissed-words">
          <h3>{t('dismissedWords')}</h3>
          <ul>
            {words.map((row) => (
              <li key={row.word} data-word={row.word}>
                <div class="dismissed-text">
                  <span class="quote">{showControls(row.word)}</span>
                  <When when={row.when} t={t} />
                </div>
                <IconButton icon="undo" label={t('undoWord', [showControls(row.word)])} data-action="undo-word" onClick={() => void removeUserWord(db, row.word).then(undone)} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
