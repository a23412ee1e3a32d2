import type { TableCell } from './types';

const ELEMENT_NODE = 1;

const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
const hasWords = (text: string) => /\p{L}/u.test(text);

/** A cell as any table markup gives it: its text and the grid column it starts at. */
export interface PlacedCell {
  text: string;
  column: number;
  /** The cell spans down into this row from a row above. */
  spanned?: true;
}

/** A row as any table markup gives it; `header` when the markup itself says so (<thead>, all <th>, a Markdown rule below). */
export interface PlacedRow {
  cells: PlacedCell[];
  header?: boolean;
}

/** A first row of several cells and no figures names columns: a row of figures is already data. */
const looksLikeHeader = (row: PlacedRow, below: PlacedRow[]) => row.header === true || row.cells.every(({ text }) => !/\d/.test(text)) || headsFigures(row, below);

/** "20", "3,5", "1 500": a cell of a bare figure, as a data row holds after its label. */
const isBareFigure = (text: string) => /^\d[\d\s.,]*$/.test(text);
/** An empty cell, or a dash for a price not given. */
const isBlank = (text: string) => /^[\s\-–—]*$/.test(text);
const figuresAfterLabel = (row: PlacedRow) =>
  row.cells
    .slice(1)
    .map(({ text }) => text)
    .filter((text) => !isBlank(text));

/**
 * "Формат бумаги | 1-10 | 10-50 | 1000" or "Бумага | Формат А4 | Формат А3" over "А4 | 20 | 16": a
 * first row that has figures still names columns when every row below holds only bare figures after
 * its label and it holds mostly words or ranges there, a kind no data row of the table has.
 */
function headsFigures(row: PlacedRow, below: PlacedRow[]): boolean {
  const own = figuresAfterLabel(row);
  if (below.length < 2 || own.length < 2) return false;
  const dataRows = below.every((data) => {
    const cells = figuresAfterLabel(data);
    return cells.length > 0 && cells.every(isBareFigure);
  });
  return dataRows && own.filter((text) => !isBareFigure(text)).length * 2 > own.length;
}

/**
 * What every cell of a table is about, row by row: its row's label (the first cell with words,
 * so a "№" column does not label a row), its column's header, the one-cell section row above
 * it, and the table's `title` (its caption or the heading before it).
 */
export function layOutTable(rows: PlacedRow[], title: string | undefined): TableCell[][] {
  const titled = title ? { title } : {};
  let header: PlacedCell[] = [];
  let headerRow: string | undefined;
  let section: string | undefined;
  let seenMultiCell = false;
  return rows.map((row, r) => {
    const { cells } = row;
    if (cells.length === 1 && cells[0]!.text) section = cells[0]!.text;
    if (cells.length >= 2 && !seenMultiCell) {
      seenMultiCell = true;
      if (
        looksLikeHeader(
          row,
          rows.slice(r + 1).filter((next) => next.cells.length >= 2),
        )
      ) {
        header = cells;
        headerRow = cells.map(({ text }) => text).join(' ');
        return cells.map(() => ({ headerRow, ...titled }));
      }
    }
    // A cell spanning down from above ("Конференц зал" over "до 6 часов" and "более 6 часов") labels a row only when the row has no words of its own.
    const label = cells.find(({ text, spanned }) => !spanned && hasWords(text)) ?? cells.find(({ text }) => hasWords(text));
    return cells.map((cell) => {
      const columnHeader = [...header].reverse().find((h) => h.column <= cell.column)?.text;
      return {
        ...(label && label !== cell && label.column < cell.column ? { rowLabel: label.text } : {}),
        ...(label ? {} : { wordlessRow: true as const }),
        ...(columnHeader ? { columnHeader } : {}),
        ...(headerRow ? { headerRow } : {}),
        ...(section ? { section } : {}),
        ...titled,
      };
    });
  });
}

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

const cellsOf = (row: Element) => Array.from(row.childNodes).filter((node): node is Element => node.nodeType === ELEMENT_NODE && /^(TD|TH)$/i.test((node as Element).tagName));

/** A cell of a row above that spans down into the rows below it (`rowspan`). */
interface SpanDown {
  text: string;
  rowsLeft: number;
}

/**
 * Each row's cell elements with the grid columns they start at, colspans and rowspans counted;
 * a cell that spans down from a row above stands in each row it covers, with no element of its
 * own, so the columns after it keep their headers.
 */
function placedRows(rows: Element[]): (PlacedCell & { element?: Element })[][] {
  const spans = new Map<number, SpanDown>();
  return rows.map((row) => {
    const cells: (PlacedCell & { element?: Element })[] = [];
    let column = 0;
    const takeSpansAt = () => {
      for (let span = spans.get(column); span; span = spans.get(column)) {
        cells.push({ column, text: span.text, spanned: true });
        if (--span.rowsLeft === 0) spans.delete(column);
        column++;
      }
    };
    for (const element of cellsOf(row)) {
      takeSpansAt();
      const text = textOf(element);
      const width = Math.max(1, Number(element.getAttribute('colspan')) || 1);
      const height = Math.max(1, Number(element.getAttribute('rowspan')) || 1);
      cells.push({ element, column, text });
      for (let c = column; c < column + width && height > 1; c++) spans.set(c, { text: c === column ? text : '', rowsLeft: height - 1 });
      column += width;
    }
    takeSpansAt();
    return cells;
  });
}

/** What every cell of an HTML table is about; `heading` is the heading just before the table. */
export function tableCells(table: Element, heading: string | undefined): Map<Element, TableCell> {
  const caption = Array.from(table.children).find((child) => child.tagName.toUpperCase() === 'CAPTION');
  const elements = rowsOf(table);
  const rows = placedRows(elements).map((cells, r) => {
    const own = cells.flatMap(({ element }) => (element ? [element] : []));
    const header = elements[r]!.parentElement?.tagName.toUpperCase() === 'THEAD' || (own.length > 0 && own.every((element) => element.tagName.toUpperCase() === 'TH'));
    return { cells, ...(header ? { header } : {}) };
  });
  const layout = layOutTable(rows, (caption ? textOf(caption) : heading) || undefined);
  const map = new Map<Element, TableCell>();
  rows.forEach((row, r) => row.cells.forEach((cell, c) => cell.element && map.set(cell.element, layout[r]![c]!)));
  return map;
}
