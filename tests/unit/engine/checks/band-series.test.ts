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

const cards = (bands: string[]) => bands.map((band, i) => `<div>${band} pets</div><div>$${20 + i * 5}</div>`).join('');

describe('bands of a list that overlap or leave a hole', () => {
  it("warns where one band starts at the last one's top in a list that otherwise steps by one", async () => {
    expect(await found(cards(['1 - 10 kg', '11 - 20 kg', '20 - 35 kg', '36 - 50 kg']))).toEqual(['20 - 35 kg']);
    expect(await found('<p>Вес посылки: 1-5 кг, 6-10 кг, 10-20 кг.</p>', 'ru')).toEqual(['10-20 кг']);
  });

  it('says it once for a list repeated in a second table', async () => {
    const list = cards(['1 - 10 kg', '11 - 20 kg', '20 - 35 kg']);
    expect(await found(`<h2>Bath</h2>${list}<h2>Full groom</h2>${list}`)).toEqual(['20 - 35 kg']);
  });

  it('warns on a hole before an open top band in a list that steps by one', async () => {
    expect(await found(cards(['1 - 10 kg', '11 - 20 kg', '21 - 30 kg', '41 kg & up']))).toEqual(['41 kg & up']);
  });

  it('stays silent on a list that shares every boundary, on times, ages, years and lone ranges', async () => {
    expect(await found('<table><tr><td>1-10</td><td>10-50</td><td>50-100</td></tr></table>')).toEqual([]);
    expect(await found(cards(['0 - 50 lbs', '50 - 80 lbs', '80 lbs +']))).toEqual([]);
    expect(await found('<p>Доставка: 10-14 ч, 15-18 ч, 18-22 ч.</p>', 'ru')).toEqual([]);
    expect(await found('<p>Группы: 1-3 года, 4-5 лет, 5-7 лет.</p>', 'ru')).toEqual([]);
    expect(await found('<ul><li>2001-2005 founded</li><li>2006-2010 grew</li><li>2010-2015 moved</li></ul>')).toEqual([]);
    expect(await found(cards(['1 - 10 kg', '11 - 20 kg', '30 - 40 kg']))).toEqual([]);
    expect(await found('<p>Call +7 495 517-59-14, 12-18, 18-20.</p>', 'ru')).toEqual([]);
  });
});
