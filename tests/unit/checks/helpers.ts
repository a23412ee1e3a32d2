import { checkMaterials } from '../../../utils/engine';
import { materialFromText } from '../../../utils/material/from-text';
import type { Profile } from '../../../utils/profile/types';
import type { CheckId } from '../../../utils/report/types';
import type { SpellChecker } from '../../../utils/spelling/types';

/** One check's findings on a text, as quote/severity/fact or name: what a fixture expects. */
export async function findingsOf(check: CheckId, profile: Profile, text: string, spellChecker?: SpellChecker) {
  const language = /[\u0400-\u04ff]/.test(text) ? 'ru' : 'en';
  const material = materialFromText(text, { id: 's1', kind: 'text', location: 't.txt' }, language);
  const report = await checkMaterials([material], profile, { only: [check], spellChecker });
  return report.findings;
}
