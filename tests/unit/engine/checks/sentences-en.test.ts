import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Profile } from '../../../../engine/profile/types';
import { findingsOf } from './helpers';

const en: Profile = { format: 'sverka.profile/1', name: 'Bakery', languages: ['en'] };
const grammar = async (text: string) => (await findingsOf('grammar', en, text)).map((f) => [f.quote, f.suggestion]);

describe('English: words a sentence lost, and sentences run together', () => {
  it.each([
    ['Our florists will make feel like royalty on your big day', 'make feel', 'make … feel'],
    ['New paint can help you make look years younger', 'make look', 'make … look'],
    ['A good frame is about making look sharp every day', 'making look', 'making … look'],
    ['Order a tray at home and enjoy same quality as in the shop', 'same quality', 'the same quality'],
    ['Every loaf is baked with same care our founder gave it', 'same care', 'the same care'],
    ['Our second shop offers same prices as the first', 'same prices', 'the same prices'],
    ['We bake with RiseWell which a yeast-free starter from Devon', 'which a yeast-free', 'which is a yeast-free'],
    ['Try the Oatie, which a plant-based cookie', 'which a plant-based', 'which is a plant-based'],
    ['After you place your order online We will text you a pick-up time', 'online We', 'online, we'],
    ['If the cake is not right for you We’ll bake it again', 'you We’ll', 'you, we’ll'],
    ['The cards we take are: Visa, Amex, and Discover are all welcome at the till', 'are: Visa, Amex, and Discover are all', ': Visa, Amex, and Discover are all'],
    ['Our flours include: rye, spelt and einkorn are all milled nearby', 'include: rye, spelt and einkorn are all', ': rye, spelt and einkorn are all'],
  ])('flags "%s"', async (text, quote, suggestion) => {
    expect(await grammar(text)).toContainEqual([quote, suggestion]);
  });

  it.each([
    // "make" as a noun, a participle, or with its object
    'Whatever car make looks best to you. Most makes look alike. A hand made look and a custom made feel. We make you feel at home. We make it look easy. In the making look for updates',
    // "same" as part of a compound, with its article, or on its own
    'We offer same day delivery and same-day repairs. You get the same level of care. Expect more of the same. Same quality, new shop',
    // "which a" opening an object clause, after a noun in small letters or a preposition
    'This is the tin which a nut-free kitchen needs. In which a gluten-free diet helps, we bake to order. Our shop, which a family-run firm bought, is old',
    // a capital "We" after a stop, a comma, in a title, at a line start or in a quote
    'Call us. We will answer. Call us, we will answer. Meet The Team We Love. Their slogan "bread for all We bake" is old',
    // a list whose last item has its own verb, or no second verb at all
    'Our prices are: $5 a loaf, $3 a roll, and cakes are priced by size. The cards we take are: Visa, Amex and Discover. Our breads are all sourdough',
  ])('leaves "%s" alone', async (text) => {
    expect(await grammar(text)).toEqual([]);
  });

  it('reads a capital "We" in another element (a link, a caption) as the start of that element', async () => {
    const page = (html: string) => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, 'en');
    const quotes = async (html: string) => (await checkMaterials([page(html)], en, { only: ['grammar'] })).findings.map((f) => f.quote);
    expect(await quotes('<p>Learn more <a href="/about">about us</a> We bake every morning</p>')).toEqual([]);
    expect(await quotes('<div>Fresh from us<span>We bake every morning</span></div>')).toEqual([]);
    expect(await quotes('<p>Leave your order with us We bake it by noon</p>')).toEqual(['us We']);
  });
});
