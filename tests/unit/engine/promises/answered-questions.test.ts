import { describe, expect, it } from 'vitest';
import { extractPromises } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { freeExtractor } from '../../../../engine/promises/free';
import { hoursExtractor } from '../../../../engine/promises/hours';
import { offeredExtractor } from '../../../../engine/promises/offered';
import { policyExtractor } from '../../../../engine/promises/policy';
import type { Profile } from '../../../../engine/profile/types';
import type { Extractor } from '../../../../engine/promises/types';

const found = (html: string, extractor: Extractor, language: 'ru' | 'en') =>
  extractPromises(materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'faq.html' }, language), undefined, [extractor]).map((p) => p.quote);

describe('questions of a FAQ and their short answers', () => {
  it('reads a question answered yes as what it offers, in the same paragraph or the next one', () => {
    expect(found('<p>Можно ли забрать велосипед вечером? Да, до 22:00.</p>', offeredExtractor, 'ru')).toEqual(['Можно ли забрать велосипед вечером?']);
    expect(found('<p>Q: Do you make wedding cakes?</p><p>A: Yes, to order.</p>', offeredExtractor, 'en')).toEqual(['Q: Do you make wedding cakes?']);
    expect(found('<h3>Is there a changing room?</h3><p>Of course — two of them.</p>', offeredExtractor, 'en')).toEqual(['Is there a changing room?']);
  });

  it('reads a question of what the customer must do, answered yes, as a term', () => {
    expect(found('<p>Нужна ли предоплата?</p><p>Да, половина суммы.</p>', policyExtractor, 'ru')).toEqual(['Нужна ли предоплата?']);
    expect(found('<p>Нужна ли предоплата?</p><p>Да, половина суммы.</p>', offeredExtractor, 'ru')).toEqual([]);
    expect(found('<p>Do I need to bring a towel? Yes, please.</p>', policyExtractor, 'en')).toEqual(['Do I need to bring a towel?']);
  });

  it('takes nothing from a question answered no, or not answered in so many words', () => {
    expect(found('<p>Is parking free?</p><p>No, it is £2 an hour.</p>', freeExtractor, 'en')).toEqual([]);
    expect(found('<p>Вы работаете в выходные?</p><p>Нет.</p>', hoursExtractor, 'ru')).toEqual([]);
    expect(found('<p>Do you deliver?</p><p>Unfortunately not yet.</p>', offeredExtractor, 'en')).toEqual([]);
    expect(found('<p>Do you deliver?</p><p>Delivery starts in spring.</p>', offeredExtractor, 'en')).toEqual([]);
    expect(found('<p>Нужна ли предоплата?</p><p>Нет, оплата на месте.</p>', policyExtractor, 'ru')).toEqual(['Нет, оплата на месте.']);
  });

  it('keeps what a question answered yes says of hours and free things', () => {
    expect(found('<p>Are you open on Sundays, 10am to 4pm?</p><p>Yes.</p>', hoursExtractor, 'en')).toEqual(['Are you open on Sundays, 10am to 4pm']);
    expect(found('<p>Is the first lesson free?</p><p>Yes, always.</p>', freeExtractor, 'en').length).toBe(1);
  });
});

describe("the business's own yes, and a profile's service asked about", () => {
  const withProfile = (html: string, offered: boolean) => {
    const profile = { format: 'sverka.profile/1', name: 'Lens Lab', languages: ['en'], facts: [{ id: 'home', kind: 'offered', label: 'Home visits', topics: ['home visits'], value: offered }] } as unknown as Profile;
    return extractPromises(materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'faq.html' }, 'en'), profile, [offeredExtractor])
      .filter((p) => (p.value as { factId?: string }).factId !== undefined)
      .map((p) => [p.quote, (p.value as { asserted?: true }).asserted === true]);
  };

  it('reads "We certainly do." as yes and "We don\'t, sorry." as no', () => {
    expect(found('<p>Do you repair watch straps?</p><p>We certainly do. Bring it in.</p>', offeredExtractor, 'en')).toEqual(['Do you repair watch straps?']);
    expect(found("<p>Do you repair watch straps?</p><p>We don't, sorry.</p>", offeredExtractor, 'en')).toEqual([]);
  });

  it("asserts the profile's service in a question answered yes, not in one left unanswered", () => {
    expect(withProfile('<p>Do you offer home visits?</p><p>We do, on Fridays.</p>', false)).toEqual([['Do you offer home visits', true]]);
    expect(withProfile('<p>Do you offer home visits?</p><p>Call the desk to ask.</p>', false)).toEqual([]);
    // The answer names it again: the answer states it, the question is not a second finding.
    expect(withProfile('<p>Do you offer home visits?</p><p>Yes, home visits are booked by phone.</p>', false)).toEqual([['home visits are booked by phone', true]]);
  });

  it('reads a "package" as no lunch the customer packs', () => {
    expect(withProfile('<p>Home visits come with package pricing.</p>', true)).toEqual([['Home visits come with package pricing', true]]);
    expect(withProfile('<p>Home visits: please pack your own snacks.</p>', true)).toEqual([['Home visits', false]]);
  });
});
