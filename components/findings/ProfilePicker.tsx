import type { Ref } from 'preact';
import type { StoredProfile } from '@/browser/db/database';
import type { Translate } from '../../browser/i18n';

/**
 * The profile a check runs against; a name cut short in a narrow panel is whole in the menu's title.
 * `selectRef` lets the panel move focus here when the page does not look like the chosen profile.
 */
export function ProfilePicker({
  profiles,
  value,
  onChange,
  t,
  selectRef,
  describedBy,
}: {
  profiles: StoredProfile[];
  value: string;
  onChange: (id: string) => void;
  t: Translate;
  selectRef?: Ref<HTMLSelectElement>;
  describedBy?: string;
}) {
  return (
    <label class="profile-picker">
      {t('profile')}{' '}
      <select ref={selectRef} value={value} title={profiles.find((p) => p.id === value)?.name} aria-describedby={describedBy} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{t('chooseProfile')}</option>
        {profiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
