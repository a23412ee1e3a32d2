import { policyExtractor, type PolicyClaim, type TermClaim } from '../promises/policy';
import { broken, type Judge, type KindModule } from './types';

const T = {
  ru: { policy: 'эта формулировка нарушает правило' },
  en: { policy: 'this wording breaks the policy' },
};

/** A phrase that breaks a policy fact, or a term the material only states (no fact judges it). */
type PolicyPromise = PolicyClaim | TermClaim;

/** A policy promise is one of the fact's own phrases that break it: found at all, it is broken. */
const judgePolicy: Judge<PolicyPromise> = (_claim, fact, language) => (fact.kind === 'policy' ? broken(T[language].policy) : null);

export const policyKind: KindModule<'policy', PolicyPromise, { contradictedBy: string[]; value?: undefined }> = {
  kind: 'policy',
  name: { ru: 'Правила', en: 'Policies' },
  item: { ru: 'Условие', en: 'Term' },
  // A stated term is its sentence, the quote; a policy's phrase is the words that broke it.
  describe: (claim) => ('phrase' in claim ? claim.phrase : null),
  extractor: policyExtractor,
  fact: {
    create: (base) => ({ ...base, kind: 'policy', contradictedBy: [] }),
    validate(fact, path, problems) {
      const phrases = fact.contradictedBy;
      const listPath = `${path}.contradictedBy`;
      if (!Array.isArray(phrases) || phrases.length === 0) return problems.add(listPath, 'expected a non-empty array of phrases that break the policy');
      phrases.forEach((phrase, i) => {
        if (typeof phrase !== 'string' || phrase.trim() === '') problems.add(`${listPath}[${i}]`, 'expected a non-empty string');
      });
    },
    editor: [{ type: 'list', at: 'contradictedBy', label: { ru: 'Фразы, нарушающие правило (через запятую)', en: 'Phrases that break this policy (comma-separated)' } }],
  },
  judge: judgePolicy,
};
