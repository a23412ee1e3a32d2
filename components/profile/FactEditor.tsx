import type { Translate } from '@/browser/i18n';
import { fromGrid, toGrid, type DayHours } from '@/engine/profile/hours-grid';
import { WEEKDAYS, type Fact, type TimeUnit } from '@/engine/profile/types';
import type { ProfileProblem } from '@/engine/profile/validate';
import { Field, ListInput, NumberInput, Problems, Text } from './fields';

const UNITS: TimeUnit[] = ['minute', 'hour', 'day', 'week', 'month', 'year'];

function UnitSelect({ value, onChange, path, t }: { value: TimeUnit; onChange: (u: TimeUnit) => void; path: string; t: Translate }) {
  return (
    <Field label={t('profile_unit')}>
      <select data-path={path} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value as TimeUnit)}>
        {UNITS.map((u) => <option key={u} value={u}>{t(`profile_unit_${u}`)}</option>)}
      </select>
    </Field>
  );
}

function HoursGridInput({ fact, path, onChange, t }: { fact: Extract<Fact, { kind: 'hours' }>; path: string; onChange: (f: Fact) => void; t: Translate }) {
  const grid = toGrid(fact.value);
  const setDay = (day: (typeof WEEKDAYS)[number], next: DayHours) => onChange({ ...fact, value: fromGrid({ ...grid, [day]: next }) });
  return (
    <table class="hours-grid">
      <tbody>
        {WEEKDAYS.map((day) => (
          <tr key={day}>
            <th scope="row">{t(`profile_day_${day}`)}</th>
            <td>
              <select aria-label={`${t(`profile_day_${day}`)}: ${t('profile_mode')}`} data-path={`${path}.${day}`} value={grid[day].mode} onChange={(e) => setDay(day, { ...grid[day], mode: (e.target as HTMLSelectElement).value as DayHours['mode'] })}>
                <option value="open">{t('profile_open')}</option>
                <option value="closed">{t('profile_closed')}</option>
                <option value="24h">{t('profile_24h')}</option>
              </select>
            </td>
            <td>
              {grid[day].mode === 'open' && (
                <>
                  <input type="time" aria-label={`${t(`profile_day_${day}`)}: ${t('profile_from')}`} value={grid[day].from} onInput={(e) => setDay(day, { ...grid[day], from: (e.target as HTMLInputElement).value })} />
                  {' – '}
                  <input type="time" aria-label={`${t(`profile_day_${day}`)}: ${t('profile_to')}`} value={grid[day].to} onInput={(e) => setDay(day, { ...grid[day], to: (e.target as HTMLInputElement).value })} />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The value input that fits the fact's kind. */
function ValueInput({ fact, path, onChange, t }: { fact: Fact; path: string; onChange: (f: Fact) => void; t: Translate }) {
  const valuePath = `${path}.value`;
  switch (fact.kind) {
    case 'hours':
      return <HoursGridInput fact={fact} path={valuePath} onChange={onChange} t={t} />;
    case 'duration':
      return (
        <div class="row">
          <NumberInput label={t('profile_min')} path={`${valuePath}.min`} value={fact.value.min} onInput={(min) => onChange({ ...fact, value: { ...fact.value, min } })} />
          <NumberInput label={t('profile_max')} path={`${valuePath}.max`} value={fact.value.max} onInput={(max) => onChange({ ...fact, value: { ...fact.value, max: max ?? 0 } })} />
          <UnitSelect t={t} path={`${valuePath}.unit`} value={fact.value.unit} onChange={(unit) => onChange({ ...fact, value: { ...fact.value, unit } })} />
          <Field label={t('profile_allowance')}>
            <input type="checkbox" checked={fact.allowance === true} onChange={(e) => onChange({ ...fact, allowance: (e.target as HTMLInputElement).checked || undefined })} />
          </Field>
        </div>
      );
    case 'price':
      return (
        <div class="row">
          <NumberInput label={t('profile_amount')} path={`${valuePath}.amount`} value={fact.value.amount} onInput={(amount) => onChange({ ...fact, value: { ...fact.value, amount: amount ?? 0 } })} />
          <Text label={t('profile_currency')} path={`${valuePath}.currency`} value={fact.value.currency} onInput={(currency) => onChange({ ...fact, value: { ...fact.value, currency } })} />
        </div>
      );
    case 'free': {
      const mode = fact.value === true ? 'yes' : fact.value === false ? 'no' : 'from';
      return (
        <div class="row">
          <Field label={t('profile_free')}>
            <select data-path={valuePath} value={mode} onChange={(e) => { const v = (e.target as HTMLSelectElement).value; onChange({ ...fact, value: v === 'yes' ? true : v === 'no' ? false : { minOrder: 0, currency: 'RUB' } }); }}>
              <option value="yes">{t('profile_yes')}</option>
              <option value="no">{t('profile_no')}</option>
              <option value="from">{t('profile_free_from')}</option>
            </select>
          </Field>
          {typeof fact.value === 'object' && (
            <>
              <NumberInput label={t('profile_amount')} path={`${valuePath}.minOrder`} value={fact.value.minOrder} onInput={(minOrder) => onChange({ ...fact, value: { ...(fact.value as { currency: string }), minOrder: minOrder ?? 0 } })} />
              <Text label={t('profile_currency')} path={`${valuePath}.currency`} value={fact.value.currency} onInput={(currency) => onChange({ ...fact, value: { ...(fact.value as { minOrder: number }), currency } })} />
            </>
          )}
        </div>
      );
    }
    case 'discount':
      return <NumberInput label={t('profile_max_percent')} path={`${valuePath}.maxPercent`} value={fact.value.maxPercent} onInput={(maxPercent) => onChange({ ...fact, value: { maxPercent: maxPercent ?? 0 } })} />;
    case 'loyalty':
      return (
        <div class="row">
          <NumberInput label={t('profile_buy')} path={`${valuePath}.buy`} value={fact.value.buy} onInput={(buy) => onChange({ ...fact, value: { ...fact.value, buy: buy ?? 0 } })} />
          <NumberInput label={t('profile_get_free')} path={`${valuePath}.free`} value={fact.value.free} onInput={(free) => onChange({ ...fact, value: { ...fact.value, free: free ?? 0 } })} />
        </div>
      );
    case 'guarantee':
      return (
        <div class="row">
          <NumberInput label={t('profile_amount')} path={`${valuePath}.amount`} value={fact.value.amount} onInput={(amount) => onChange({ ...fact, value: { ...fact.value, amount: amount ?? 0 } })} />
          <UnitSelect t={t} path={`${valuePath}.unit`} value={fact.value.unit} onChange={(unit) => onChange({ ...fact, value: { ...fact.value, unit } })} />
        </div>
      );
    case 'offered':
      return (
        <Field label={t('profile_offered')}>
          <input type="checkbox" data-path={valuePath} checked={fact.value} onChange={(e) => onChange({ ...fact, value: (e.target as HTMLInputElement).checked })} />
        </Field>
      );
    case 'policy':
      return <ListInput label={t('profile_contradicted_by')} path={`${path}.contradictedBy`} value={fact.contradictedBy} onInput={(contradictedBy) => onChange({ ...fact, contradictedBy })} />;
  }
}

export function FactEditor({ fact, index, problems, onChange, onRemove, t }: { fact: Fact; index: number; problems: ProfileProblem[]; onChange: (f: Fact) => void; onRemove: () => void; t: Translate }) {
  const path = `facts[${index}]`;
  return (
    <fieldset class="fact" data-fact={fact.id}>
      <legend>{fact.label || fact.id}</legend>
      <div class="row">
        <Text label={t('profile_id')} path={`${path}.id`} value={fact.id} onInput={(id) => onChange({ ...fact, id })} />
        <Text label={t('profile_label')} path={`${path}.label`} value={fact.label} onInput={(label) => onChange({ ...fact, label })} />
        <ListInput label={t('profile_topics')} path={`${path}.topics`} value={fact.topics} onInput={(topics) => onChange({ ...fact, topics: topics.length ? topics : undefined })} />
      </div>
      <ValueInput fact={fact} path={path} onChange={onChange} t={t} />
      <div class="row">
        <Text label={t('profile_owner')} path={`${path}.owner`} value={fact.owner} onInput={(owner) => onChange({ ...fact, owner: owner || undefined })} />
        <Field label={t('profile_verified')}>
          <input type="date" data-path={`${path}.verified`} value={fact.verified ?? ''} onInput={(e) => onChange({ ...fact, verified: (e.target as HTMLInputElement).value || undefined })} />
        </Field>
        <button type="button" onClick={onRemove}>{t('profile_remove')}</button>
      </div>
      <Problems problems={problems} path={path} />
    </fieldset>
  );
}
