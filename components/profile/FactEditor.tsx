import { languageOf, type MessageKey, type Translate } from '@/browser/i18n';
import type { EditorField, Wording } from '@/engine/kinds/types';
import { KIND } from '@/engine/kinds';
import { fromGrid, toGrid, type DayHours } from '@/engine/profile/hours-grid';
import { WEEKDAYS, type Fact, type HoursValue, type TimeUnit, type Weekday } from '@/engine/profile/types';
import { Field, Group, ListInput, NumberInput, Text } from './fields';
import { Evidence } from '../draft/Evidence';

/** The units a duration is chosen in, in this order, by the message naming each. */
const UNIT_MESSAGE = {
  minute: 'profile_unit_minute',
  hour: 'profile_unit_hour',
  day: 'profile_unit_day',
  week: 'profile_unit_week',
  month: 'profile_unit_month',
  year: 'profile_unit_year',
} as const satisfies Record<TimeUnit, MessageKey>;
const UNITS = Object.keys(UNIT_MESSAGE) as TimeUnit[];

const DAY_MESSAGE = {
  mon: 'profile_day_mon',
  tue: 'profile_day_tue',
  wed: 'profile_day_wed',
  thu: 'profile_day_thu',
  fri: 'profile_day_fri',
  sat: 'profile_day_sat',
  sun: 'profile_day_sun',
} as const satisfies Record<Weekday, MessageKey>;

/** The value at a dotted path of a fact ("value.min"). */
function valueAt(fact: Fact, at: string): unknown {
  return at.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), fact);
}

/** The fact with the value at a dotted path replaced; `undefined` drops the field. */
function withValueAt(fact: Fact, at: string, value: unknown): Fact {
  const next = structuredClone(fact) as unknown as Record<string, unknown>;
  const keys = at.split('.');
  const last = keys.pop()!;
  let node = next;
  for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return next as unknown as Fact;
}

function UnitSelect({ value, onChange, path, t }: { value: TimeUnit; onChange: (u: TimeUnit) => void; path: string; t: Translate }) {
  return (
    <Field label={t('profile_unit')} path={path}>
      {(attrs) => (
        <select {...attrs} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value as TimeUnit)}>
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {t(UNIT_MESSAGE[u])}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function HoursGridInput({ value, path, onChange, t }: { value: HoursValue; path: string; onChange: (v: HoursValue) => void; t: Translate }) {
  const grid = toGrid(value);
  const setDay = (day: Weekday, next: DayHours) => onChange(fromGrid({ ...grid, [day]: next }));
  return (
    <table class="hours-grid">
      <tbody>
        {WEEKDAYS.map((day) => (
          <tr key={day}>
            <th scope="row">{t(DAY_MESSAGE[day])}</th>
            <td>
              <select
                aria-label={`${t(DAY_MESSAGE[day])}: ${t('profile_mode')}`}
                data-path={`${path}.${day}`}
                value={grid[day].mode}
                onChange={(e) => setDay(day, { ...grid[day], mode: (e.target as HTMLSelectElement).value as DayHours['mode'] })}
              >
                <option value="open">{t('profile_open')}</option>
                <option value="closed">{t('profile_closed')}</option>
                <option value="24h">{t('profile_24h')}</option>
              </select>
            </td>
            <td>
              {grid[day].mode === 'open' && (
                <>
                  <input type="time" aria-label={`${t(DAY_MESSAGE[day])}: ${t('profile_from')}`} value={grid[day].from} onInput={(e) => setDay(day, { ...grid[day], from: (e.target as HTMLInputElement).value })} />
                  {' – '}
                  <input type="time" aria-label={`${t(DAY_MESSAGE[day])}: ${t('profile_to')}`} value={grid[day].to} onInput={(e) => setDay(day, { ...grid[day], to: (e.target as HTMLInputElement).value })} />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A choice's option matches the value when equal to it, or when both are objects (a threshold of any sum). */
const chosen = (option: unknown, value: unknown) => option === value || (typeof option === 'object' && option !== null && typeof value === 'object' && value !== null);

/** One field of a kind's editor, rendered by its type: the same input for every kind that has the type. */
function FieldInput({ field, fact, path, onChange, t }: { field: EditorField; fact: Fact; path: string; onChange: (f: Fact) => void; t: Translate }) {
  const say = (wording: Wording) => wording[languageOf(t)];
  switch (field.type) {
    case 'number':
      return <NumberInput label={say(field.label)} path={`${path}.${field.at}`} value={valueAt(fact, field.at) as number | undefined} onInput={(n) => onChange(withValueAt(fact, field.at, n ?? field.empty))} />;
    case 'money':
      return (
        <>
          <NumberInput label={t('profile_amount')} path={`${path}.${field.amount}`} value={valueAt(fact, field.amount) as number | undefined} onInput={(n) => onChange(withValueAt(fact, field.amount, n ?? 0))} />
          <Text
            label={t('profile_currency')}
            path={`${path}.${field.currency}`}
            value={valueAt(fact, field.currency) as string | undefined}
            onInput={(currency) => onChange(withValueAt(fact, field.currency, currency))}
          />
        </>
      );
    case 'unit':
      return <UnitSelect t={t} path={`${path}.${field.at}`} value={valueAt(fact, field.at) as TimeUnit} onChange={(unit) => onChange(withValueAt(fact, field.at, unit))} />;
    case 'flag':
      return (
        <Field label={say(field.label)} path={`${path}.${field.at}`}>
          {(attrs) => <input type="checkbox" {...attrs} checked={valueAt(fact, field.at) === true} onChange={(e) => onChange(withValueAt(fact, field.at, (e.target as HTMLInputElement).checked || field.cleared))} />}
        </Field>
      );
    case 'list':
      return <ListInput label={say(field.label)} path={`${path}.${field.at}`} value={valueAt(fact, field.at) as string[] | undefined} onInput={(list) => onChange(withValueAt(fact, field.at, list))} />;
    case 'set': {
      const picked = (valueAt(fact, field.at) as string[] | undefined) ?? [];
      const toggle = (value: string, on: boolean) =>
        onChange(
          withValueAt(
            fact,
            field.at,
            field.options.map((o) => o.value).filter((v) => (v === value ? on : picked.includes(v))),
          ),
        );
      return (
        <fieldset class="set" data-path={`${path}.${field.at}`} tabIndex={-1}>
          <legend>{say(field.label)}</legend>
          {field.options.map((option) => (
            <label key={option.value} class="field">
              <input type="checkbox" value={option.value} checked={picked.includes(option.value)} onChange={(e) => toggle(option.value, (e.target as HTMLInputElement).checked)} />
              <span>{say(option.label)}</span>
            </label>
          ))}
        </fieldset>
      );
    }
    case 'choice': {
      const value = valueAt(fact, field.at);
      const current = Math.max(
        0,
        field.options.findIndex((option) => chosen(option.value, value)),
      );
      return (
        <>
          <Field label={say(field.label)} path={`${path}.${field.at}`}>
            {(attrs) => (
              <select {...attrs} value={String(current)} onChange={(e) => onChange(withValueAt(fact, field.at, structuredClone(field.options[Number((e.target as HTMLSelectElement).value)]!.value)))}>
                {field.options.map((option, i) => (
                  <option key={i} value={String(i)}>
                    {say(option.label)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {(field.options[current]?.fields ?? []).map((inner, i) => (
            <FieldInput key={i} field={inner} fact={fact} path={path} onChange={onChange} t={t} />
          ))}
        </>
      );
    }
    case 'hours-grid':
      return <HoursGridInput value={valueAt(fact, field.at) as HoursValue} path={`${path}.${field.at}`} onChange={(value) => onChange(withValueAt(fact, field.at, value))} t={t} />;
  }
}

/** One checklist fact: its label (its id is made from it), its kind's own fields, who keeps it and when it was checked. */
export function FactEditor({ fact, index, onChange, onRemove, t }: { fact: Fact; index: number; onChange: (f: Fact) => void; onRemove: () => void; t: Translate }) {
  const path = `facts[${index}]`;
  const fields = KIND[fact.kind].fact.editor;
  return (
    <Group class="fact" path={path} data-fact={fact.id} legend={fact.label || t('profile_unnamed')}>
      <div class="row">
        <Text label={t('profile_label')} path={`${path}.label`} value={fact.label} onInput={(label) => onChange({ ...fact, label })} />
        <ListInput label={t('profile_topics')} path={`${path}.topics`} value={fact.topics} onInput={(topics) => onChange({ ...fact, topics: topics.length ? topics : undefined })} />
      </div>
      {fields[0]?.type === 'hours-grid' ? (
        <FieldInput field={fields[0]} fact={fact} path={path} onChange={onChange} t={t} />
      ) : (
        <div class="row">
          {fields.map((field, i) => (
            <FieldInput key={i} field={field} fact={fact} path={path} onChange={onChange} t={t} />
          ))}
        </div>
      )}
      <div class="row">
        <Text label={t('profile_owner')} path={`${path}.owner`} value={fact.owner} onInput={(owner) => onChange({ ...fact, owner: owner || undefined })} />
        <Field label={t('profile_verified')} path={`${path}.verified`}>
          {(attrs) => <input type="date" {...attrs} value={fact.verified ?? ''} onInput={(e) => onChange({ ...fact, verified: (e.target as HTMLInputElement).value || undefined })} />}
        </Field>
        <button type="button" onClick={onRemove}>
          {t('profile_remove')}
        </button>
      </div>
      {fact.evidence?.length ? <Evidence evidence={fact.evidence} t={t} /> : null}
    </Group>
  );
}
