import type { StoredProfile } from '@/utils/db/database';
import type { Translate } from './i18n';

/** The profile a check runs against. */
export function ProfilePicker({ profiles, value, onChange, t }: { profiles: StoredProfile[]; value: string; onChange: (id: string) => void; t: Translate }) {
  return (
    <label>
      {t('profile')}{' '}
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
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
