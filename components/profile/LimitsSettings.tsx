import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '@/browser/i18n';
import { Icon } from '../ui/icons';
import type { SverkaDb } from '@/browser/db/database';
import { readLimits, resetLimits, saveLimits, type LimitProblem, type UserLimits } from '@/browser/db/limits';

const MEGABYTE = 1024 * 1024;
/** How one field's value in the store reads on screen. */
const IN_UNITS: Record<keyof UserLimits, (value: number) => number> = {
  maxBytes: (bytes) => bytes / MEGABYTE,
  maxWords: (words) => words,
  timeoutMs: (ms) => ms / 1000,
};

/** The limits in the units the CLI's options take: megabytes, words, seconds. */
interface Shown {
  megabytes: string;
  words: string;
  seconds: string;
}

const shown = (limits: UserLimits): Shown => ({
  megabytes: String(IN_UNITS.maxBytes(limits.maxBytes)),
  words: String(IN_UNITS.maxWords(limits.maxWords)),
  seconds: String(IN_UNITS.timeoutMs(limits.timeoutMs)),
});

const typed = (values: Shown): UserLimits => ({
  maxBytes: Math.round(Number(values.megabytes) * MEGABYTE),
  maxWords: Number(values.words),
  timeoutMs: Math.round(Number(values.seconds) * 1000),
});

/** How much one check reads, the same defaults as the CLI's; a change applies to the next check. */
export function LimitsSettings({ db, t }: { db: SverkaDb; t: Translate }) {
  const [values, setValues] = useState<Shown | null>(null);
  const [problems, setProblems] = useState<LimitProblem[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => void readLimits(db).then((limits) => setValues(shown(limits))), [db]);
  if (!values) return null;

  async function save() {
    const result = await saveLimits(db, typed(values!));
    setProblems(result.ok ? [] : result.problems);
    setStatus(result.ok ? t('limits_saved') : '');
  }

  async function reset() {
    await resetLimits(db);
    setValues(shown(await readLimits(db)));
    setProblems([]);
    setStatus(t('limits_reset_done'));
  }

  const field = (key: keyof Shown, limit: keyof UserLimits, label: string) => {
    const problem = problems.find((p) => p.field === limit);
    return (
      <div class="field">
        <label>
          <span>{label}</span>
          <input
            type="number"
            data-limit={limit}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? `limit-problem-${limit}` : undefined}
            value={values[key]}
            onInput={(e) => setValues({ ...values, [key]: (e.target as HTMLInputElement).value })}
          />
        </label>
        {problem && (
          <span id={`limit-problem-${limit}`} role="alert" class="field-problem">
            {t('limits_range', [String(IN_UNITS[limit](problem.min)), String(IN_UNITS[limit](problem.max))])}
          </span>
        )}
      </div>
    );
  };

  return (
    <details class="section limits" open data-testid="limits">
      <summary>
        <Icon name="chevron" class="chevron" />
        <h2>{t('limits_title')}</h2>
      </summary>
      <p>{t('limits_intro')}</p>
      <div class="row">
        {field('megabytes', 'maxBytes', t('limits_megabytes'))}
        {field('words', 'maxWords', t('limits_words'))}
        {field('seconds', 'timeoutMs', t('limits_seconds'))}
      </div>
      <button type="button" onClick={() => void save()}>
        {t('limits_save')}
      </button>{' '}
      <button type="button" onClick={() => void reset()}>
        {t('limits_reset')}
      </button>
      {status && <p role="status">{status}</p>}
    </details>
  );
}
