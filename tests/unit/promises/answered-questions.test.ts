import { describe, expect, it } from 'vitest';
import { extractPromises } from '../../../utils/engine';
import { materialFromDocument } from '../../../utils/material/from-dom';
import { parseHtmlDocument } from '../../../utils/material/parse-html';
import { freeExtractor } from '../../../utils/promises/free';
import { hoursExtractor } from '../../../utils/promises/hours';
import { offeredExtractor } from '../../../utils/promises/offered';
import { policyExtractor } from '../../../utils/promises/policy';
import type { Extractor } from '../../../utils/promises/types';

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
