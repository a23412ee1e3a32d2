import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Language, Profile } from '../../../../engine/profile/types';

async function found(html: string, language: Language) {
  const profile: Profile = { format: 'sverka.profile/1', name: 'Probe', languages: [language], facts: [] };
  const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, language);
  const report = await checkMaterials([material], profile, { only: ['consistency'] });
  return report.findings.filter((f) => /карточк|card/.test(f.message)).map((f) => f.quote);
}

const card = (count: string, price: string, share: string, label: string) => `<div><div>${count}</div><div>${price}</div><div>${label}</div><div>${share}</div><div>Записаться</div></div>`;
const ru = (cards: [string, string, string][]) => `<h2>Абонементы на плавание</h2>${cards.map(([count, price, share]) => card(count, price, share, 'цена 1 посещения')).join('')}`;

describe('a package card whose count, price and price of one do not multiply out', () => {
  it('warns once on the card whose count times its price of one is far from its price', async () => {
    expect(
      await found(
        ru([
          ['12 посещений', '4 800 ₽', '400 ₽'],
          ['6 посещений', '2 700 ₽', '450 ₽'],
          ['12 посещений', '1 500 ₽', '375 ₽'],
          ['12 посещений', '1 500 ₽', '375 ₽'],
        ]),
        'ru',
      ),
    ).toEqual(['12 посещений']);
  });

  it('reads English cards with a per-class price', async () => {
    const html = `<h2>Yoga passes</h2>${card('10 classes', '$150', '$15', 'price per class')}${card('10 classes', '$80', '$16', 'price per class')}`;
    expect(await found(html, 'en')).toEqual(['10 classes']);
  });

  it('stays silent on shares rounded to the rouble and when no card multiplies out', async () => {
    expect(
      await found(
        ru([
          ['8 посещений', '3 990 ₽', '499 ₽'],
          ['4 посещения', '2 190 ₽', '548 ₽'],
        ]),
        'ru',
      ),
    ).toEqual([]);
    expect(
      await found(
        ru([
          ['8 посещений', '3 990 ₽', '700 ₽'],
          ['4 посещения', '2 190 ₽', '800 ₽'],
        ]),
        'ru',
      ),
    ).toEqual([]);
  });

  it('stays silent on a card that gives no price of one, or two prices', async () => {
    const html = `<h2>Абонементы</h2>${card('8 посещений', '3 990 ₽', '499 ₽', 'цена 1 посещения')}<div><div>4 посещения</div><div>2 190 ₽</div><div>Скидка 10%</div><div>1 500 ₽</div></div>`;
    expect(await found(html, 'ru')).toEqual([]);
  });
});
