import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../engine/engine';
import { materialFromPageText } from '../../../engine/page-material';

const page = {
  url: 'https://clinic.example/prices',
  title: 'Цены',
  language: 'ru' as const,
  blocks: [
    { index: 0, text: 'Цены', tag: 'h1' },
    { index: 1, text: 'Приём терапевта', tag: 'td', heading: 'Цены', cell: { columnHeader: 'Услуга', title: 'Цены' } },
    { index: 2, text: 'от 1 900 ₽', tag: 'td', heading: 'Цены', cell: { rowLabel: 'Приём терапевта', columnHeader: 'Цена', title: 'Цены' } },
  ],
};

describe('materialFromPageText', () => {
  it('keeps each block’s heading and table cell, so the extension reads a price list as the CLI does', async () => {
    const material = materialFromPageText(page);
    expect(material.blocks[2]).toMatchObject({ index: 2, text: 'от 1 900 ₽', tag: 'td', heading: 'Цены', cell: { rowLabel: 'Приём терапевта' } });
    expect(material.blocks[0]).not.toHaveProperty('cell');
    const report = await checkMaterials([material], { format: 'sverka.profile/1', name: 'Клиника', facts: [] });
    expect(report.promises).toMatchObject([{ kind: 'price', quote: 'от 1 900 ₽', about: 'Приём терапевта' }]);
  });
});
