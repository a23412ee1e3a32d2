import { describe, expect, it } from 'vitest';
import { languageFixtures, type LanguageFixture } from '../../../fixtures/language/read';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology } from '../../../../cli/spelling/node-dictionaries';
import { findingsOf } from './helpers';

const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon, loadNodeMorphology);
const fixtures = languageFixtures();
const named = (fixture: LanguageFixture) => `${fixture.file}:${fixture.line} ${fixture.text}`;

async function findings(fixture: LanguageFixture) {
  const profile = { format: 'sverka.profile/1' as const, name: 'Fixture', languages: [fixture.language] };
  return (await findingsOf(fixture.check, profile, fixture.text, checker)).map((f) => ({ quote: f.quote, start: f.location?.start ?? -1, end: f.location?.end ?? -1, fix: f.suggestion }));
}

describe('language fixtures (tests/fixtures/language)', () => {
  it.each(fixtures.filter((f) => f.expect === 'fire').map((f) => [named(f), f] as const))('flags %s', async (_, fixture) => {
    const { start, end } = fixture.span!;
    const hit = (await findings(fixture)).find((f) => f.start < end && f.end > start);
    expect(hit, `no finding over "${fixture.text.slice(start, end)}"`).toBeDefined();
    if (fixture.fix) expect(hit!.fix).toBe(fixture.fix);
  });

  it.each(fixtures.filter((f) => f.expect === 'silent').map((f) => [named(f), f] as const))('leaves %s alone', async (_, fixture) => {
    expect(await findings(fixture)).toEqual([]);
  });
});
