import { describe, expect, it } from 'vitest';
import { checkMaterials } from '../../../engine/engine';
import { materialFromCsv } from '../../../engine/material/from-csv';
import { materialFromText } from '../../../engine/material/from-text';
import type { Profile } from '../../../engine/profile/types';

const PROFILE: Profile = { format: 'sverka.profile/1', name: 'Клиника', languages: ['ru'], facts: [] };

describe('the inventory of promises', () => {
  it('says what a table cell’s promise is about: its row’s label', async () => {
    const material = materialFromCsv('Услуга;Цена\nПриём терапевта;от 1 900 ₽\n', { id: 'prices', kind: 'text', location: 'prices.csv' }, 'ru');
    const report = await checkMaterials([material], PROFILE);
    expect(report.promises).toMatchObject([{ kind: 'price', quote: 'от 1 900 ₽', about: 'Приём терапевта' }]);
  });

  it('leaves it out for a sentence, whose quote says it', async () => {
    const material = materialFromText('Приём терапевта — от 1 900 ₽.', { id: 'page', kind: 'text', location: 'page.txt' }, 'ru');
    const [promise] = (await checkMaterials([material], PROFILE)).promises;
    expect(promise).toMatchObject({ kind: 'price' });
    expect(promise).not.toHaveProperty('about');
  });
});
