import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMaterials, extractPromises } from '../../../engine/engine';
import type { Material } from '../../../engine/material/types';
import type { Language } from '../../../engine/profile/types';
import { createHunspellChecker } from '../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../cli/spelling/node-dictionaries';
import { FUZZ_PROFILE, FUZZ_SEED, fuzzRuns, mutatedCopy, randomText, textMaterial } from './fuzz-inputs';

const spellChecker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);

/** Every check with the dictionaries; every finding's quote is the text at its place, inside its block. */
async function checkWhole(material: Material): Promise<void> {
  const report = await checkMaterials([material], FUZZ_PROFILE, { spellChecker });
  for (const finding of [...report.findings, ...report.findings.flatMap((f) => f.related ?? [])]) {
    if (!finding.location) continue;
    const block = material.blocks[finding.location.block];
    expect(block, `a finding's block ${finding.location.block}`).toBeDefined();
    expect(block!.text.slice(finding.location.start, finding.location.end)).toBe(finding.quote);
  }
}

const languages = fc.constantFrom<Language | undefined>('ru', 'en', undefined);

describe('fuzz: the engine never throws', () => {
  it('on random text of Cyrillic, Latin, digits, punctuation, ₽, %, spaces and bidi/zero-width characters', async () => {
    await fc.assert(
      fc.asyncProperty(randomText, languages, (text, language) => checkWhole(textMaterial(text, language))),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(50) },
    );
  }, 120_000);

  it('on real business sentences (hours, prices, phones, addresses) broken by insertions, cuts, repeats and moves', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedCopy, ({ text, language }) => checkWhole(textMaterial(text, language))),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(30) },
    );
  }, 120_000);

  it('the extractors without a profile: every promise quotes the text at its place', () => {
    const anyText = fc.oneof(
      randomText.map((text) => ({ text, language: undefined })),
      mutatedCopy,
    );
    fc.assert(
      fc.property(anyText, ({ text, language }) => {
        const material = textMaterial(text, language);
        for (const promise of extractPromises(material)) expect(material.blocks[promise.span.block]!.text.slice(promise.span.start, promise.span.end)).toBe(promise.quote);
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(150) },
    );
  }, 120_000);
});
