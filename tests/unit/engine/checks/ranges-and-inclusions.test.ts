import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../engine/profile/types';
import { extractPromises } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { priceExtractor } from '../../../../engine/promises/price';
import { extract, values } from '../promises/helpers';
import { findingsOf } from './helpers';

/** A made-up kennel and day trip operator: ranges of time, tolerances, prices "and up", things included. */
const kennel: Profile = {
  format: 'sverka.profile/1',
  name: 'Maple Paws',
  languages: ['en'],
  facts: [
    { id: 'groom', kind: 'duration', label: 'Full groom', topics: ['full groom'], value: { min: 3, max: 4, unit: 'hour' } },
    { id: 'hike', kind: 'duration', label: 'Guided hike', topics: ['hike'], value: { min: 4, max: 5, unit: 'hour' } },
    { id: 'late', kind: 'duration', label: 'Late pick-up allowed', topics: ['late pick-up'], allowance: true, value: { min: 0, max: 10, unit: 'minute' } },
    { id: 'trim', kind: 'price', label: 'Trim', topics: ['trim'], value: { amount: 30, currency: 'USD' } },
    { id: 'treats', kind: 'free', label: 'Treats during daycare', topics: ['treats'], value: false },
    { id: 'towels', kind: 'free', label: 'Towels', topics: ['towels'], value: true },
  ],
};

const ekskursii: Profile = {
  format: 'sverka.profile/1',
  name: 'Тропа',
  languages: ['ru'],
  facts: [
    { id: 'course', kind: 'duration', label: 'Курс скалолазания', topics: ['курс скалолазания'], value: { min: 2, max: 3, unit: 'month' } },
    { id: 'guide', kind: 'price', label: 'Гид на день', topics: ['гид'], value: { amount: 5000, currency: 'RUB' } },
    { id: 'ferry', kind: 'free', label: 'Паром', topics: ['паром'], value: false },
  ],
};

const prices = (html: string, language: 'ru' | 'en') => extractPromises(materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'page.html' }, language), undefined, [priceExtractor]);

const quotes = async (profile: Profile, text: string) => (await findingsOf('contradiction', profile, text)).map((f) => f.factId);

describe('ranges of time against a checklist range', () => {
  it("a range whose lower end is under the checklist's shortest promises what cannot be kept", async () => {
    expect(await quotes(kennel, 'A full groom takes anywhere between 1 to 3 hours.')).toEqual(['groom']);
    expect(await quotes(kennel, 'A full groom takes 2-3 hours.')).toEqual(['groom']);
  });

  it("a range inside the checklist's is kept", async () => {
    expect(await quotes(kennel, 'A full groom takes between 3 and 4 hours.')).toEqual([]);
    expect(await quotes(kennel, 'A full groom takes 3 or 4 hours.')).toEqual([]);
  });

  it('a stated length whose words name a fact of a range is judged against it', async () => {
    expect(await quotes(kennel, 'Average trip: 2.5 hour hike.')).toEqual(['hike']);
    expect(await quotes(kennel, 'Average trip: 4.5 hour hike.')).toEqual([]);
    expect(await quotes(ekskursii, 'Срок обучения на курс скалолазания 1,5 месяца.')).toEqual(['course']);
    expect(await quotes(ekskursii, 'Срок обучения на курс скалолазания 2,5 месяца.')).toEqual([]);
  });

  it('a tolerance is held against the allowance its words name, and nothing else', async () => {
    expect(await quotes(kennel, 'Please allow a +/- 20 minutes late pick-up window.')).toEqual(['late']);
    expect(await quotes(kennel, 'We allow a ±5 minutes late pick-up window.')).toEqual([]);
    expect(await quotes(kennel, 'Arrival times may shift by +/- 20 minutes.')).toEqual([]);
  });
});

describe('a price "and up" is the lowest price', () => {
  it('is a lowest price in running text, and held against a higher checklist price', async () => {
    expect(values(priceExtractor, 'Trim: $25 and up.')).toEqual([{ amount: 25, currency: 'USD', from: true }]);
    expect(values(priceExtractor, 'Гид на день: 4000 руб. и выше.')).toEqual([{ amount: 4000, currency: 'RUB', from: true }]);
    expect(await quotes(kennel, 'Trim: $25 and up.')).toEqual(['trim']);
    expect(await quotes(kennel, 'Trim: $30 and up.')).toEqual([]);
  });

  it('is read from a price table cell, and a cell with other words after the sum is not a price cell', () => {
    const table = (cell: string) => `<table><tr><th>Service</th><th>Price</th></tr><tr><td>Trim</td><td>${cell}</td></tr></table>`;
    expect(prices(table('$25 and up'), 'en').map((p) => [p.quote, p.value, p.topics.join(' ')])).toEqual([['$25 and up', { amount: 25, currency: 'USD', from: true }, 'trim']]);
    expect(prices(table('$25 & up'), 'en').map((p) => p.value)).toEqual([{ amount: 25, currency: 'USD', from: true }]);
    expect(prices(table('$25'), 'en').map((p) => p.value)).toEqual([{ amount: 25, currency: 'USD', from: false }]);
  });
});

describe('things included in the price', () => {
  it('are free, and broken where the checklist charges for them', async () => {
    expect(await quotes(kennel, 'Treats are included in our daycare.')).toEqual(['treats']);
    expect(await quotes(kennel, 'Morning walk & treats are included.')).toEqual(['treats']);
    expect(await quotes(ekskursii, 'Билеты на паром входят в стоимость тура.')).toEqual(['ferry']);
  });

  it('stay silent when not included, kept when free, or when "included" says only where a thing is', async () => {
    expect(await quotes(kennel, 'Treats are not included.')).toEqual([]);
    expect(await quotes(kennel, 'Towels are included.')).toEqual([]);
    expect(await quotes(kennel, 'Treats are included in the welcome bag you take home.')).toEqual([]);
    expect(await quotes(ekskursii, 'Билеты на паром не входят в стоимость тура.')).toEqual([]);
  });
});

describe('several prices after a label and a colon', () => {
  it('are all about the label', () => {
    const found = extract(priceExtractor, 'Enrolment fee: $80 one pupil / $120 two pupils.');
    expect(found.map((p) => p.topics.slice(0, 2).join(' '))).toEqual(['enrolment fee', 'enrolment fee']);
    expect(found.map((p) => p.topics.includes('pupil') || p.topics.includes('pupils'))).toEqual([true, true]);
  });

  it('take no label where none stands before a colon', () => {
    const [, second] = extract(priceExtractor, 'Lessons $80 one pupil / $120 two pupils.');
    expect(second!.topics).not.toContain('lessons');
  });
});
