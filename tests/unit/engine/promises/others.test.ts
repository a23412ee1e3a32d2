import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { materialFromText } from '../../../../engine/material/from-text';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Profile } from '../../../../engine/profile/types';

const inn: Profile = { format: 'sverka.profile/1', name: 'Maple Inn', languages: ['en'], facts: [{ id: 'hours', kind: 'hours', label: 'Reception', value: { 'mon-sun': '08:00-22:00' } }] };
const salon: Profile = { format: 'sverka.profile/1', name: 'Салон «Лён»', languages: ['ru'], facts: [{ id: 'hours', kind: 'hours', label: 'Часы', value: { 'mon-sun': '10:00-20:00' } }] };
const findings = async (material: ReturnType<typeof materialFromText>, profile: Profile) => (await checkMaterials([material], profile, { only: ['contradiction', 'risky-claim'] })).findings.map((f) => f.quote);
const page = (html: string, language: 'ru' | 'en') => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, language);

describe("a customer's words are not the business's promises", () => {
  it.each([
    ['a quote signed with a name', materialFromText('“Lovely stay, reception open 24 hours, the best inn ever!” — Anna', { id: 's1', kind: 'text', location: 't' }, 'en'), inn],
    ['a blockquote', page('<blockquote>Reception open 24 hours, the best inn in the county!</blockquote>', 'en'), inn],
    ['a review under "Отзывы"', page('<h2>Отзывы</h2><div><b>Марина</b><p>Лучший салон! Работают круглосуточно.</p></div>', 'ru'), salon],
  ])('%s', async (_, material, profile) => {
    expect(await findings(material, profile)).toEqual([]);
  });

  it("still reads the business's own slogan in quotes and its own copy", async () => {
    expect(await findings(materialFromText('«Работаем круглосуточно!»', { id: 's1', kind: 'text', location: 't' }, 'ru'), salon)).toHaveLength(1);
    expect(await findings(page('<h2>О салоне</h2><p>Лучший салон района.</p>', 'ru'), salon)).toEqual(['Лучший салон']);
    expect(await findings(page('<h2>Отзывы</h2><p>90% клиентов рекомендуют наш салон друзьям.</p>', 'ru'), salon)).toHaveLength(1);
    // a pull quote under the business's own heading is its own words
    expect(await findings(page('<h2>Наши преимущества</h2><blockquote>Работаем круглосуточно</blockquote>', 'ru'), salon)).toHaveLength(1);
    expect(await findings(page('<h2>Why choose us</h2><blockquote>Reception open 24 hours</blockquote>', 'en'), inn)).toHaveLength(1);
    expect(await findings(page('<h2>Наши отзывы</h2><blockquote>Работают круглосуточно</blockquote>', 'ru'), salon)).toEqual([]);
  });
});
