import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { createHunspellChecker } from '../../../../engine/spelling/hunspell';
import { loadNodeDictionary, loadNodeHunspell, loadNodeLexicon } from '../../../../cli/spelling/node-dictionaries';
import { findingsOf } from './helpers';

const checker = createHunspellChecker(loadNodeDictionary, loadNodeHunspell, loadNodeLexicon);
const en: Profile = { format: 'sverka.profile/1', name: 'Bakery', languages: ['en'] };
const mixed = async (text: string) => (await findingsOf('spelling', en, text, checker)).filter((f) => f.message.includes('the page writes')).map((f) => [f.quote, f.suggestion]);

describe('British and American spelling mixed on one page', () => {
  it.each([
    ['Our jewellery cakes are organised by colour. A licence is on the wall. Rude behavior is not allowed.', 'behavior', 'behaviour'],
    ['Pick your favorite flavor at the center of town. Our neighbors love the color. Ask for a different colour.', 'colour', 'color'],
    ['The colour of the icing and the colour of the box match; the color of the ribbon is up to you.', 'color', 'colour'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await mixed(text)).toEqual([[quote, suggestion]]);
  });

  it.each([
    'We realise that colour matters and organise every cake by flavour. Our behaviour policy is simple.',
    'Pick your favorite flavor and color. Our neighbors at Harbour Cafe and the Trinity Sports Centre love us.',
    'We organise tastings by colour. Visit colorbakes.example.com/color or the Color Theatre, a licence holder.',
    'The colour and the color of the cake: one each.',
    'Our neighbours love the colour of our centre. We bake in aluminum trays and analyze every batch.',
  ])('leaves "%s" alone', async (text) => {
    expect(await mixed(text)).toEqual([]);
  });
});
