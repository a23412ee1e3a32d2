import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import type { Language, Profile } from '../../../../engine/profile/types';

async function found(html: string, language: Language) {
  const profile: Profile = { format: 'sverka.profile/1', name: 'Probe', languages: [language], facts: [] };
  const material = materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' }, language);
  const report = await checkMaterials([material], profile, { only: ['consistency'] });
  return report.findings.filter((f) => /sum|сумм/.test(f.message)).map((f) => f.quote);
}

const table = (header: string[], rows: string[][]) =>
  `<table><tr>${header.map((cell) => `<th>${cell}</th>`).join('')}</tr>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>`;

describe('a table total that is not the sum of its column', () => {
  it("warns on the one column whose total is off where the row's other column adds up", async () => {
    const html = table(
      ['Работа', 'Малый балкон', 'Большой балкон'],
      [
        ['Утепление пола', '900', '1 400'],
        ['Обшивка стен', '1 100', '1 800'],
        ['Покраска', '500', '700'],
        ['Итого:', '2 500', '4 000'],
      ],
    );
    expect(await found(html, 'ru')).toEqual(['4 000']);
  });

  it('reads an English "Total" row the same way', async () => {
    const html = table(
      ['Item', 'Small room', 'Large room'],
      [
        ['Carpet clean', '40', '65'],
        ['Stain guard', '15', '25'],
        ['Deodorise', '10', '10'],
        ['Total', '65', '90'],
      ],
    );
    expect(await found(html, 'en')).toEqual(['90']);
  });

  it('stays silent when no column adds up: the row is not a sum of the rows above', async () => {
    const html = table(
      ['Товар', 'Цена', 'Кол-во'],
      [
        ['Саморез', '3', '100'],
        ['Дюбель', '5', '100'],
        ['Итого', '800', '200'],
      ],
    );
    expect(await found(html, 'ru')).toEqual([]);
  });

  it('stays silent on a total row under another total, on a column with a word in it and on a single row above', async () => {
    const twice = table(
      ['Работа', 'A', 'B'],
      [
        ['Снятие', '10', '20'],
        ['Установка', '15', '25'],
        ['Итого за одну', '25', '45'],
        ['Итого за четыре', '100', '180'],
      ],
    );
    expect(await found(twice, 'ru')).toEqual([]);
    const worded = table(
      ['Работа', 'A', 'B'],
      [
        ['Снятие', '10', 'по запросу'],
        ['Установка', '15', '25'],
        ['Итого', '25', '60'],
      ],
    );
    expect(await found(worded, 'ru')).toEqual([]);
    const single = table(
      ['Работа', 'A', 'B'],
      [
        ['Снятие', '10', '20'],
        ['Итого', '10', '30'],
      ],
    );
    expect(await found(single, 'ru')).toEqual([]);
  });

  it('stays silent on a row that does not open with the total word', async () => {
    const html = table(
      ['Work', 'A', 'B'],
      [
        ['Sanding', '10', '20'],
        ['Sealing', '15', '25'],
        ['Package price', '25', '40'],
      ],
    );
    expect(await found(html, 'en')).toEqual([]);
  });
});
