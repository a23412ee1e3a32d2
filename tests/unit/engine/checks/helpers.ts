import { checkMaterials } from '../../../../engine/engine';
import { materialFromText } from '../../../../engine/material/from-text';
import { checkOf } from '../../../../engine/checks/index';
import type { Check } from '../../../../engine/checks/types';
import type { Language, Profile } from '../../../../engine/profile/types';
import type { CheckId } from '../../../../engine/report/types';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../../cli/spelling/node-dictionaries';
import type { SpellChecker } from '../../../../engine/spelling/types';
import type { Morphology } from '../../../../engine/text/morphology';

/** One check's findings on a text, as quote/severity/fact or name: what a fixture expects. */
export async function findingsOf(check: CheckId, profile: Profile, text: string, spellChecker?: SpellChecker) {
  return findingsOfCheck(checkOf(check), profile, text, /[\u0400-\u04ff]/.test(text) ? 'ru' : 'en', spellChecker);
}

/** The findings of a check, registered or not, on a text of the given language. */
export async function findingsOfCheck(check: Check, profile: Profile, text: string, language: Language, spellChecker?: SpellChecker) {
  const material = materialFromText(text, { id: 's1', kind: 'text', location: 't.txt' }, language);
  const report = await checkMaterials([material], profile, { checks: [check], spellChecker });
  return report.findings;
}

type RussianHitFinder = (text: string, morphology: Morphology) => { start: number; end: number; suggestion?: string }[];

/** One Russian rule set's hits on a text, as [quoted words, fix or null], with the Russian grammar loaded. */
export function russianHits(finder: RussianHitFinder) {
  const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
  return async (text: string) => {
    const morphology = (await checker.morphology!('ru'))!;
    return finder(text, morphology).map((hit) => [text.slice(hit.start, hit.end), hit.suggestion ?? null]);
  };
}
