import { describe, expect, it } from 'vitest';
import { materialFromDocument } from '../../../../engine/material/from-dom';
import { materialFromMarkdown } from '../../../../engine/material/from-markdown';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';

const read = (html: string) => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'page.html' });
const cellOf = (html: string, text: string) => read(html).blocks.find((block) => block.text === text)?.cell;

describe('table cells know their row, column, section and title', () => {
  const nails = `<h2>Прайс маникюрного кабинета «Лунула»</h2>
    <table>
      <thead><tr><th>№</th><th>Услуга</th><th>Мастер</th><th>Топ-мастер</th></tr></thead>
      <tbody>
        <tr><td colspan="4">Руки</td></tr>
        <tr><td>1</td><td>Маникюр без покрытия</td><td>700</td><td><div>950</div></td></tr>
        <tr><td colspan="4">Ноги</td></tr>
        <tr><td>2</td><td>Педикюр без покрытия</td><td>1100</td><td>1400</td></tr>
      </tbody>
    </table>`;

  it('labels a figure with the first cell that has words, not the number column', () => {
    expect(cellOf(nails, '700')).toEqual({
      rowLabel: 'Маникюр без покрытия',
      columnHeader: 'Мастер',
      headerRow: '№ Услуга Мастер Топ-мастер',
      section: 'Руки',
      title: 'Прайс маникюрного кабинета «Лунула»',
    });
  });

  it('reaches text in an element nested inside the cell', () => {
    expect(cellOf(nails, '950')).toMatchObject({ rowLabel: 'Маникюр без покрытия', columnHeader: 'Топ-мастер' });
  });

  it('moves to the next section row', () => {
    expect(cellOf(nails, '1400')).toMatchObject({ rowLabel: 'Педикюр без покрытия', section: 'Ноги' });
  });

  it('gives the label cell and the cells before it no row label', () => {
    expect(cellOf(nails, 'Маникюр без покрытия')?.rowLabel).toBeUndefined();
    expect(cellOf(nails, '1')?.rowLabel).toBeUndefined();
  });

  it('takes a first row of words without <th> as the header, and a first row of figures as data', () => {
    const plain = '<table><tr><td>Работа</td><td>Стоимость, руб.</td></tr><tr><td>Замена розетки</td><td>450</td></tr></table>';
    expect(cellOf(plain, '450')).toMatchObject({ rowLabel: 'Замена розетки', columnHeader: 'Стоимость, руб.' });
    const headless = '<table><tr><td>Trim</td><td>12</td></tr><tr><td>Full groom</td><td>30</td></tr></table>';
    expect(cellOf(headless, '12')).toEqual({ rowLabel: 'Trim' });
  });

  it('counts a cell that spans rows in each row it covers: the columns stay in place, and it labels a row with no words of its own', () => {
    const routes = `<table>
      <tr><th>Откуда</th><th>Куда</th><th>Дней</th><th>Цена, руб.</th></tr>
      <tr><td rowspan="3">Тверь</td><td>Клин</td><td>1</td><td>480</td></tr>
      <tr><td>Дмитров</td><td>2</td><td>530</td></tr>
      <tr><td>—</td><td>3</td><td>590</td></tr>
      <tr><td>Ржев</td><td>Клин</td><td>3</td><td>610</td></tr>
    </table>`;
    expect(cellOf(routes, '530')).toMatchObject({ rowLabel: 'Дмитров', columnHeader: 'Цена, руб.' });
    expect(cellOf(routes, '590')).toMatchObject({ rowLabel: 'Тверь', columnHeader: 'Цена, руб.' });
    expect(cellOf(routes, '2')).toMatchObject({ columnHeader: 'Дней' });
    expect(cellOf(routes, '610')).toMatchObject({ rowLabel: 'Ржев', columnHeader: 'Цена, руб.' });
  });

  it('takes a first row of ranges or named variants for the header when every row below holds bare figures', () => {
    const volumes = `<table><tr><td>Тираж</td><td>1-50</td><td>50-200</td><td>500</td></tr>
      <tr><td>Визитки</td><td>30</td><td>20</td><td>9</td></tr><tr><td>Листовки</td><td>45</td><td>35</td><td>25</td></tr></table>`;
    expect(cellOf(volumes, '35')).toMatchObject({ rowLabel: 'Листовки', columnHeader: '50-200' });
    const variants = `<table><tr><td>Ткань</td><td>Размер S2</td><td>Размер S3</td></tr>
      <tr><td>Лён</td><td>120</td><td>-</td></tr><tr><td>Хлопок</td><td>80</td><td>110</td></tr></table>`;
    expect(cellOf(variants, '110')).toMatchObject({ rowLabel: 'Хлопок', columnHeader: 'Размер S3' });
  });

  it('keeps a first row of prices as data when the rows below are written alike, or are too few', () => {
    const alike = `<table><tr><td>Стрижка</td><td>от 500</td><td>от 700</td></tr>
      <tr><td>Укладка</td><td>от 600</td><td>от 800</td></tr><tr><td>Окрашивание</td><td>1500-2000</td><td>2500</td></tr></table>`;
    expect(cellOf(alike, 'от 700')).toEqual({ rowLabel: 'Стрижка' });
    const one = '<table><tr><td>Стрижка</td><td>1500-2000</td><td>2000-2500</td></tr><tr><td>Укладка</td><td>800</td><td>900</td></tr></table>';
    expect(cellOf(one, '1500-2000')).toEqual({ rowLabel: 'Стрижка' });
  });

  it("marks the cells of a row with no words, and not the number cell before a row's label", () => {
    const groups = '<table><tr><th>10+1</th><th>20+2</th></tr><tr><td>1900</td><td>1750</td></tr></table>';
    expect(cellOf(groups, '1750')).toMatchObject({ wordlessRow: true, columnHeader: '20+2' });
    const numbered = '<table><tr><th>№</th><th>Услуга</th><th>Цена</th></tr><tr><td>7</td><td>Стрижка</td><td>900</td></tr></table>';
    expect(cellOf(numbered, '7')?.wordlessRow).toBeUndefined();
  });

  it('leaves blocks outside tables without a cell', () => {
    expect(read('<p>Стрижка — 900 ₽</p>').blocks[0]!.cell).toBeUndefined();
  });
});

describe('blocks know the heading they stand under', () => {
  const CARDS = `<h2>Тарифы уборки «Чистый лист»</h2>
    <div class="card"><div class="title">Поддерживающая</div><div class="price">от 90 ₽/м²</div>
      <div>В неё входит:</div><ul><li>Полы</li><li>Пыль</li></ul>
      <div class="foot"><div>Срок: 1 день</div><div>Химия: от 10 ₽/м²</div></div></div>
    <div class="card"><div class="title">Генеральная</div><div class="price">от 180 ₽/м²</div>
      <div class="foot"><div>Срок: 2 дня</div><div>Химия: от 25 ₽/м²</div></div></div>`;
  const headingOf = (text: string) => read(CARDS).blocks.find((block) => block.text === text)?.heading;

  it('takes a card title for the blocks of its card, down to its footer', () => {
    expect(headingOf('от 90 ₽/м²')).toBe('Поддерживающая');
    expect(headingOf('Химия: от 10 ₽/м²')).toBe('Поддерживающая');
    expect(headingOf('Химия: от 25 ₽/м²')).toBe('Генеральная');
  });

  it('does not take the first item of a list for the title of the rest', () => {
    expect(headingOf('Пыль')).toBe('Поддерживающая');
  });

  it('puts a definition under its term', () => {
    const list = read('<dl><dt>Чистка обуви</dt><dd>300 ₽</dd><dt>Замена набоек</dt><dd>450 ₽</dd></dl>').blocks;
    expect(list.map((block) => block.heading)).toEqual([undefined, 'Чистка обуви', undefined, 'Замена набоек']);
  });

  it('takes the last h1–h6 before a block', () => {
    expect(headingOf('Поддерживающая')).toBe('Тарифы уборки «Чистый лист»');
    expect(read('<h2>Доставка</h2><p>Привезём за час.</p>').blocks[1]!.heading).toBe('Доставка');
  });
});

describe('Markdown tables', () => {
  const md = (text: string) => materialFromMarkdown(text, { id: 's1', kind: 'text', location: 'prices.md' }, 'ru');
  const TABLE = '## Прайс химчистки «Пятно»\n\n| Вещь | Цена, руб. |\n|:---|---:|\n| **Пальто** зимнее | 1 400 |\n| Пиджак | от 700 |\n\nСрок — три дня.\n';

  it('makes every cell a block that knows its row, column and the heading above the table', () => {
    const blocks = md(TABLE).blocks;
    expect(blocks.map((block) => block.text)).toEqual(['Прайс химчистки «Пятно»', 'Вещь', 'Цена, руб.', 'Пальто зимнее', '1 400', 'Пиджак', 'от 700', 'Срок — три дня.']);
    expect(blocks[4]!.cell).toEqual({ rowLabel: 'Пальто зимнее', columnHeader: 'Цена, руб.', headerRow: 'Вещь Цена, руб.', title: 'Прайс химчистки «Пятно»' });
  });

  it('maps a cell back to its line and column', () => {
    const price = md(TABLE).blocks[4]!;
    expect(price.segments[0]!.origin).toEqual({ kind: 'line', line: 5, column: 23 });
  });

  it('reads a table at the very end of the text', () => {
    expect(md('| Вещь | Цена |\n|---|---|\n| Шарф | 300 |').blocks.map((block) => block.text)).toEqual(['Вещь', 'Цена', 'Шарф', '300']);
  });
});
