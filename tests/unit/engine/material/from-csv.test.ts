import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf } from '../../../../engine/material/formats';
import { materialFromCsv } from '../../../../engine/material/from-csv';
import { loadMaterial } from '../../../../engine/material/load';
import { sourceNotes } from '../../../../engine/material/source-problems';
import { nodeEnvironment } from '../../../../cli/node-environment';

const FIXTURES = 'tests/fixtures/csv';
const source = { id: 's1', kind: 'text' as const, location: 'prices.csv' };
const read = (text: string) => materialFromCsv(text, source);
const texts = (text: string) => read(text).blocks.map((block) => block.text);

describe('materialFromCsv', () => {
  it('reads a Russian Excel export: semicolons, a comma as the decimal mark, quoted fields', () => {
    const material = read(readFileSync(`${FIXTURES}/prices-semicolon.csv`, 'utf8'));
    expect(material.blocks.map((block) => block.text)).toEqual([
      'Услуга',
      'Цена, ₽',
      'Срок',
      'Приём терапевта',
      '1500,00',
      'в день обращения',
      'УЗИ брюшной полости',
      '2400,00',
      '1 день',
      'Справка в бассейн; без анализов',
      '500',
      'сразу',
    ]);
    expect(material.language).toBe('ru');
  });

  it("ties every figure to its row's label and its column's header, as a table's cells are", () => {
    const price = read(readFileSync(`${FIXTURES}/prices-semicolon.csv`, 'utf8')).blocks.find((block) => block.text === '1500,00')!;
    expect(price.tag).toBe('csv-cell');
    expect(price.cell).toMatchObject({ rowLabel: 'Приём терапевта', columnHeader: 'Цена, ₽', headerRow: 'Услуга Цена, ₽ Срок' });
  });

  it('reads commas, keeping a quoted comma inside its field', () => {
    expect(texts(readFileSync(`${FIXTURES}/prices-comma.csv`, 'utf8'))).toEqual(['Service', 'Price', 'Note', 'Consultation', '1,200', 'first visit, 30 min', 'Cleaning', '4500']);
  });

  it('reads tabs', () => {
    expect(texts(readFileSync(`${FIXTURES}/prices.tsv`, 'utf8'))).toEqual(['Услуга', 'Цена', 'Приём терапевта', '1900', 'УЗИ брюшной полости', '2400']);
  });

  it('takes a doubled quote for one quote and a quoted line break for a space', () => {
    expect(texts('Услуга;Цена\n"Справка ""для бассейна""";500\n"Чистка\nзубов";4500\n')).toEqual(['Услуга', 'Цена', 'Справка "для бассейна"', '500', 'Чистка зубов', '4500']);
  });

  it('remembers where each character of a field stands in the file', () => {
    const material = read('Услуга;Цена\n"Справка ""А""";500\n');
    const cell = material.blocks[2]!;
    expect(cell.segments.map((segment) => [cell.text.slice(segment.start, segment.end), segment.origin])).toEqual([
      ['Справка ', { kind: 'line', line: 2, column: 2 }],
      ['"', { kind: 'line', line: 2, column: 11 }],
      ['А', { kind: 'line', line: 2, column: 12 }],
      ['"', { kind: 'line', line: 2, column: 14 }],
    ]);
    expect(material.blocks[3]!.segments[0]!.origin).toEqual({ kind: 'line', line: 2, column: 17 });
  });

  it('follows Excel\'s "sep=" line, and does not read it as a row', () => {
    expect(texts('sep=,\nУслуга,Цена;руб\nЧистка,4500;00\n')).toEqual(['Услуга', 'Цена;руб', 'Чистка', '4500;00']);
  });

  it('reads a file of one column as one cell per line, and skips blank lines', () => {
    expect(texts('Прайс\n\nЧистка зубов\n')).toEqual(['Прайс', 'Чистка зубов']);
  });
});

describe('a CSV file as a material', () => {
  it('is recognised by its extension and by its content type', () => {
    expect(formatOf('prices.csv')?.id).toBe('csv');
    expect(formatOf('prices.TSV')?.id).toBe('csv');
    expect(formatOf('https://example.com/export', 'text/csv; charset=utf-8')?.id).toBe('csv');
    expect(formatOf('export', 'text/tab-separated-values')?.id).toBe('csv');
    // Servers call any text text/plain: the name says more.
    expect(formatOf('prices.csv', 'text/plain')?.id).toBe('csv');
    expect(formatOf('prices.txt', 'text/plain')?.id).toBe('text');
  });

  it('is decoded as text files are: a Windows-1251 export is read, with a note that its encoding was guessed', async () => {
    const material = await loadMaterial(new Uint8Array(readFileSync(`${FIXTURES}/prices-cp1251.csv`)), { id: 's1', location: 'prices-cp1251.csv' }, nodeEnvironment);
    expect(material.source.kind).toBe('text');
    expect(material.blocks.map((block) => block.text)).toContain('Приём терапевта');
    expect(sourceNotes(material.source, 'ru')).toEqual(['кодировка угадана: Windows-1251 (Cyrillic); сохраните файл в UTF-8']);
  });

  it('is cut at the word limit with a note, as other text files are', async () => {
    const material = await loadMaterial(new TextEncoder().encode('Услуга;Цена\nЧистка;4500\nГигиена;3000\n'), { id: 's1', location: 'p.csv' }, nodeEnvironment, {
      limits: { ...(await import('../../../../engine/material/limits')).DEFAULT_LIMITS, maxWords: 3 },
    });
    expect(material.blocks.map((block) => block.text)).toEqual(['Услуга', 'Цена', 'Чистка']);
    expect(material.source.noteProblems).toEqual([{ code: 'word-limit', words: 3 }]);
  });
});
