import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Profile } from '../../../../engine/profile/types';

const profile = (language: 'ru' | 'en'): Profile => ({ format: 'sverka.profile/1', name: 'Probe', languages: [language], facts: [] });

async function found(html: string, language: 'ru' | 'en' = 'en') {
  const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, language);
  const report = await checkMaterials([material], profile(language), { only: ['consistency'] });
  return report.findings.map((f) => f.quote);
}

describe('how long the business has worked, stated two ways', () => {
  it('warns on each statement that differs from the count in digits', async () => {
    const page = '<h3>We Bring Two Decades of Experience</h3><p>With nearly a decade of experience in roofing, we know every tile.</p><p>With over 12 years of experience in the trade, we answer every call.</p>';
    expect(await found(page)).toEqual(['Two Decades of Experience', 'nearly a decade of experience']);
    expect(await found('<p>Работая более 8 лет на рынке, мы знаем своё дело.</p><p>Мы помогаем соседям уже более пяти лет.</p>', 'ru')).toEqual(['уже более пяти лет']);
  });

  it('stays silent on one figure, on a guarantee, staff or a service life', async () => {
    expect(await found('<p>With over 12 years of experience in the trade.</p><p>Twelve years in business and counting.</p><p>Every roof has a 10 year warranty.</p>')).toEqual([]);
    expect(await found('<p>Работая более 8 лет на рынке, мы даём гарантию 5 лет.</p><p>Наши мастера имеют опыт более 20 лет.</p>', 'ru')).toEqual([]);
    expect(await found('<p>Our roofers have over 20 years of experience.</p><p>We have been in business for 8 years.</p>')).toEqual([]);
    expect(await found('<p>Anna has 15 years of experience in the trade.</p><p>We have been in business for 8 years.</p>')).toEqual([]);
  });
});
