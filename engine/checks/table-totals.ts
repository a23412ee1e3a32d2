import type { Block, Material } from '../material/types';
import type { Language } from '../profile/types';
import { TOTAL_ROW } from '../lexicon/form-variants';
import type { CheckContext, DraftFinding } from './types';

/** A table row as its blocks: the label cell first, then the cells labelled by it. */
type Row = Block[];

/** Fewest rows above a total that make it a sum worth checking. */
const MIN_ADDENDS = 2;

/** "40", "1 200": a whole number alone in its cell, the only kind of cell added up here. */
const PLAIN_NUMBER = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$|^\d+$/;
const plainNumber = (text: string) => (PLAIN_NUMBER.test(text.trim()) ? Number(text.replace(/\D/g, '')) : null);

/**
 * Whether a cell opens a row: it has no row label after one that has (a label after the last row's
 * figures), or it sits under a column header after a header cell, which has none.
 */
const opensRow = (block: Block, previous: Block) => block.cell?.rowLabel === undefined && (previous.cell?.rowLabel !== undefined || (previous.cell?.columnHeader === undefined && block.cell?.columnHeader !== undefined));

/**
 * The rows of a material's tables, in order, each table apart; a table ends at a block outside a cell or under another header row.
 */
function tablesOf(material: Material): Row[][] {
  const tables: Row[][] = [];
  let previous: Block | undefined;
  for (const block of material.blocks) {
    const cell = block.cell;
    if (!cell) {
      previous = undefined;
      continue;
    }
    const sameTable = previous?.cell && previous.index === block.index - 1 && previous.cell.headerRow === cell.headerRow && previous.cell.title === cell.title;
    if (!sameTable) tables.push([]);
    const rows = tables[tables.length - 1]!;
    if (!sameTable || opensRow(block, previous!)) rows.push([]);
    rows[rows.length - 1]!.push(block);
    previous = block;
  }
  return tables;
}

/** Whether a row is a label cell with words followed only by cells that label names. */
const isLabelled = (row: Row) => /\p{L}/u.test(row[0]!.text) && row[0]!.cell?.rowLabel === undefined && row.slice(1).every((block) => block.cell?.rowLabel === row[0]!.text);

const isTotalRow = (row: Row, language: Language) => isLabelled(row) && TOTAL_ROW[language].some((word) => row[0]!.text.trim().toLowerCase().startsWith(word));

/**
 * The rows a total row sums: the labelled rows of its width right above it, up to a header, a
 * section row, a row of another width or another total.
 */
function addendsOf(rows: Row[], at: number, language: Language): Row[] {
  const width = rows[at]!.length;
  let first = at;
  while (first > 0 && rows[first - 1]!.length === width && isLabelled(rows[first - 1]!) && !isTotalRow(rows[first - 1]!, language)) first--;
  return rows.slice(first, at);
}

interface ColumnSum {
  cell: Block;
  addsUp: boolean;
  /** Off by less than half the sum: a slip in adding, not another kind of total (a price times a quantity). */
  nearly: boolean;
}

/** The columns of a total row whose cells are all plain figures, each as its total cell and whether they add up. */
function columnSums(total: Row, addends: Row[]): ColumnSum[] {
  const columns: ColumnSum[] = [];
  for (let column = 1; column < total.length; column++) {
    const figures = addends.map((row) => plainNumber(row[column]!.text));
    const sum = plainNumber(total[column]!.text);
    if (sum === null || figures.some((figure) => figure === null)) continue;
    const added = figures.reduce<number>((a, b) => a + b!, 0);
    columns.push({ cell: total[column]!, addsUp: added === sum, nearly: Math.abs(added - sum) * 2 < added });
  }
  return columns;
}

const T = {
  ru: (quote: string, label: string) => `«${quote}» в строке «${label}» не равно сумме чисел столбца над ним, хотя в других столбцах той же строки итог сходится.`,
  en: (quote: string, label: string) => `"${quote}" in the "${label}" row is not the sum of the figures above it, while the row's other columns add up.`,
  suggestion: { ru: 'Пересчитайте итог столбца', en: 'Add the column up again' },
};

/**
 * A table's total row (ИТОГО, Total) whose figure in one column is not the sum of the plain
 * figures above it. Only when another column of the same row adds up exactly: that shows the row
 * sums its column; and only when the figure is near the sum, as a slip in adding leaves it.
 */
function wrongTotals(material: Material, language: Language): DraftFinding[] {
  const findings: DraftFinding[] = [];
  for (const rows of tablesOf(material)) {
    rows.forEach((row, at) => {
      if (!isTotalRow(row, material.language)) return;
      const addends = addendsOf(rows, at, material.language);
      if (addends.length < MIN_ADDENDS) return;
      const columns = columnSums(row, addends);
      if (!columns.some(({ addsUp }) => addsUp)) return;
      for (const { cell } of columns.filter(({ addsUp, nearly }) => !addsUp && nearly)) {
        const quote = cell.text.trim();
        const start = cell.text.indexOf(quote);
        findings.push({
          check: 'consistency',
          severity: 'warning',
          quote,
          location: { block: cell.index, start, end: start + quote.length },
          message: T[language](quote, row[0]!.text.trim()),
          suggestion: T.suggestion[language],
          material,
        });
      }
    });
  }
  return findings;
}

/** Each material's table totals that are not the sum of their column. */
export function tableTotalFindings(context: CheckContext): DraftFinding[] {
  return context.materials.flatMap(({ material }) => wrongTotals(material, context.language));
}
