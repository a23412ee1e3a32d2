import type { TableCell } from './types';

const ELEMENT_NODE = 1;

const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
const hasWords = (text: string) => /\p{L}/u.test(text);

/** The rows of this table, not of a table nested in one of its cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (node: Element) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      const element = child as Element;
      const tag = element.tagName.toUpperCase();
      if (tag === 'TR') rows.push(element);
      else if (tag !== 'TABLE') walk(element);
    }
  };
  walk(table);
  return rows;
}

const cellsOf = (row: Element) =>
  Array.from(row.childNodes).filter((node): node is Element => node.nodeType === ELEMENT_NODE && /^(TD|TH)$/i.test((node as Element).tagName));

/** Each cell with the grid column it starts at, colspans counted. */
function placed(row: Element): { cell: Element; column: number; text: string }[] {
  let column = 0;
  return cellsOf(row).map((cell) => {
    const at = column;
    column += Math.max(1, Number(cell.getAttribute('colspan')) || 1);
    return { cell, column: at, text: textOf(cell) };
  });
}

/**
 * A header row names columns: it sits in <thead>, or is all <th>, or is the first row of several
 * cells and holds no figures (a row of figures is already data).
 */
function isHeaderRow(row: Element, cells: { cell: Element; text: string }[]): boolean {
  if (row.parentElement?.tagName.toUpperCase() === 'THEAD') return true;
  if (cells.every(({ cell }) => cell.tagName.toUpperCase() === 'TH')) return true;
  return cells.every(({ text }) => !/\d/.test(text));
}

/**
 * What every cell of a table is about: its row's label (the first cell with words, so a "№"
 * column does not label a row), its column's header, the one-cell section row above it, and
 * the table's caption or the heading before it (`heading`).
 */
export function tableCells(table: Element, heading: string | undefined): Map<Element, TableCell> {
  const caption = Array.from(table.children).find((child) => child.tagName.toUpperCase() === 'CAPTION');
  const title = (caption ? textOf(caption) : heading) || undefined;
  const layout = new Map<Element, TableCell>();
  let header: { column: number; text: string }[] = [];
  let headerRow: string | undefined;
  let section: string | undefined;
  let seenMultiCell = false;
  for (const row of rowsOf(table)) {
    const cells = placed(row);
    if (cells.length === 1 && cells[0]!.text) section = cells[0]!.text;
    if (cells.length >= 2 && !seenMultiCell) {
      seenMultiCell = true;
      if (isHeaderRow(row, cells)) {
        header = cells;
        headerRow = cells.map(({ text }) => text).join(' ');
        for (const { cell } of cells) layout.set(cell, { headerRow, ...(title ? { title } : {}) });
        continue;
      }
    }
    const label = cells.find(({ text }) => hasWords(text));
    for (const { cell, column } of cells) {
      const columnHeader = [...header].reverse().find((h) => h.column <= column)?.text;
      layout.set(cell, {
        ...(label && label.cell !== cell && label.column < column ? { rowLabel: label.text } : {}),
        ...(columnHeader ? { columnHeader } : {}),
        ...(headerRow ? { headerRow } : {}),
        ...(section ? { section } : {}),
        ...(title ? { title } : {}),
      });
    }
  }
  return layout;
}
