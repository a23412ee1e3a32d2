import type { StoredProfile } from '@/browser/db/database';
import type { Translate } from '../../browser/i18n';

/** The profile a check runs against; a name cut short in a narrow panel is whole in the menu's title. */
export function ProfilePicker({ profiles, value, onChange, t }: { profiles: StoredProfile[]; value: string; onChange: (id: string) => void; t: Translate }) {
  return (
    <label>
      {t('profile')}{' '}
      <select value={value} title={profiles.find((p) => p.id === value)?.name} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
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
