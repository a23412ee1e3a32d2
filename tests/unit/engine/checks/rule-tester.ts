import { describe, expect, it } from 'vitest';
import type { Check } from '../../../../engine/checks/types';
import type { Language, Profile } from '../../../../engine/profile/types';
import type { SpellChecker } from '../../../../engine/spelling/types';
import { findingsOfCheck } from './helpers';

/** A text the check must flag, once: the words it quotes, and when given, the rule and the fix. */
export interface Invalid {
  text: string;
  quote: string;
  rule?: string;
  suggestion?: string;
}

export interface CheckCases {
  language: Language;
  profile?: Profile;
  spellChecker?: SpellChecker;
  /** Texts the check leaves alone. */
  valid: string[];
  invalid: Invalid[];
}

/**
 * One test per text, in the manner of textlint's and ESLint's rule testers: every valid text has no
 * finding of the check, every invalid one exactly one, with its quote (and rule and fix). Every
 * rule a finding names is one the check declares.
 */
export function testCheck(check: Check, { language, profile, spellChecker, valid, invalid }: CheckCases): void {
  const used = profile ?? { format: 'sverka.profile/1', name: 'Rule tester', languages: [language] };
  const declared = new Set((check.rules ?? []).map((rule) => rule.id));
  const findings = async (text: string) => {
    const found = await findingsOfCheck(check, used, text, language, spellChecker);
    for (const finding of found) if (finding.rule !== undefined) expect(declared, `${check.id} declares no rule "${finding.rule}"`).toContain(finding.rule);
    return found;
  };
  describe(`${check.id} (${language})`, () => {
    it.each(valid)('leaves alone: %s', async (text) => {
      expect((await findings(text)).map((f) => f.quote)).toEqual([]);
    });
    it.each(invalid.map((entry) => [entry.text, entry] as const))('flags: %s', async (_, entry) => {
      const found = await findings(entry.text);
      expect(found.map((f) => f.quote)).toEqual([entry.quote]);
      if (entry.rule) expect(found[0]!.rule).toBe(entry.rule);
      if (entry.suggestion) expect(found[0]!.suggestion).toBe(entry.suggestion);
    });
  });
}
