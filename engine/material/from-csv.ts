import type { Language } from '../profile/types';
import { detectLanguage } from '../text/language';
import { BlockBuilder } from './block-builder';
import { advanceLine } from './from-text';
import { layOutTable } from './table-layout';
import type { Material, Source } from './types';

/** A run of a field's characters that stands together in the file, from `line`:`column` on. */
interface Piece {
  text: string;
  line: number;
  column: number;
}

type Field = Piece[];

/** Tab and semicolon first: on a tie they are the delimiter, a comma may be a decimal one ("1 500,00" in a Russian export). */
const DELIMITERS = ['\t', ';', ','] as const;
/** Rows the delimiter is guessed from: enough to tell, cheap on a huge file. */
const SAMPLE_ROWS = 50;

/**
 * The file's rows of fields: a field in double quotes may hold the delimiter, line breaks and
 * doubled quotes (RFC 4180). Each field keeps where its characters stand, pieces split where a
 * quote is dropped or a line ends, so a quote of a cell is found again in the file.
 */
function parseRows(text: string, delimiter: string, maxRows = Infinity): Field[][] {
  const rows: Field[][] = [];
  let row: Field[] = [];
  let field: Field = [];
  let piece: Piece | null = null;
  let quoted = false;
  let line = 1;
  let column = 1;
  const take = (ch: string) => {
    if (!piece) field.push((piece = { text: '', line, column }));
    piece.text += ch;
  };
  const endPiece = () => (piece = null);
  const endField = () => {
    endPiece();
    row.push(field);
    field = [];
  };
  for (let i = 0; i < text.length && rows.length < maxRows; i++, column++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        endPiece();
        i++;
        column++;
        take('"');
        endPiece();
      } else if (ch === '"') {
        quoted = false;
        endPiece();
      } else {
        take(ch);
        if (ch === '\n') {
          endPiece();
          line++;
          column = 0;
        }
      }
    } else if (ch === '"' && field.length === 0 && !piece) {
      quoted = true;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\n') {
      endField();
      rows.push(row);
      row = [];
      line++;
      column = 0;
    } else {
      take(ch);
    }
  }
  if (field.length > 0 || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** A field's visible text, the spaces that pad it dropped. */
const fieldText = (field: Field) =>
  field
    .map((piece) => piece.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The delimiter most of the first rows split alike into two or more fields; on a tie, the one
 * that makes more of them, then the earlier of DELIMITERS.
 */
function sniffDelimiter(text: string): string {
  let best: { delimiter: string; rows: number; width: number } = { delimiter: ',', rows: 0, width: 0 };
  for (const delimiter of DELIMITERS) {
    const widths = parseRows(text, delimiter, SAMPLE_ROWS)
      .filter((row) => row.some((field) => fieldText(field) !== ''))
      .map((row) => row.length);
    const counts = new Map<number, number>();
    for (const width of widths) counts.set(width, (counts.get(width) ?? 0) + 1);
    for (const [width, rows] of counts) {
      if (width >= 2 && (rows > best.rows || (rows === best.rows && width > best.width))) best = { delimiter, rows, width };
    }
  }
  return best.delimiter;
}

/** Excel's "sep=;" first line names the delimiter and is not part of the table. */
const SEPARATOR_LINE = /^sep=(.)\n/;

/**
 * A CSV or TSV file (a price list, a table exported from a spreadsheet): every field a block
 * that knows its row's label and its column's header, as an HTML or Markdown table's cells do,
 * so "1900" is read as the price of the row it stands in. The delimiter — comma, semicolon or
 * tab — is guessed from the first rows.
 */
export function materialFromCsv(text: string, source: Source, language?: Language): Material {
  const unified = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const stated = SEPARATOR_LINE.exec(unified);
  const delimiter = stated ? stated[1]! : sniffDelimiter(unified);
  // The "sep=" line stays in the text as a blank one, so line numbers stay the file's.
  const rows = parseRows(stated ? `\n${unified.slice(stated[0].length)}` : unified, delimiter).filter((row) => row.some((field) => fieldText(field) !== ''));
  const layout = layOutTable(
    rows.map((row) => ({ cells: row.map((field, column) => ({ text: fieldText(field), column })) })),
    undefined,
  );
  const builder = new BlockBuilder();
  rows.forEach((row, r) =>
    row.forEach((field, c) => {
      builder.describe('csv-cell');
      builder.enterCell(layout[r]![c]!);
      for (const piece of field) builder.append(piece.text, { kind: 'line', line: piece.line, column: piece.column }, advanceLine);
      builder.flush();
      builder.enterCell(undefined);
    }),
  );
  const words = rows.flatMap((row) => row.map(fieldText)).join(' ');
  return { source, language: language ?? detectLanguage(words), blocks: builder.blocks };
}
