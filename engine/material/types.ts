import type { Language } from '../profile/types';
import type { MaterialProblem } from './errors';

export type SourceKind = 'page' | 'pdf' | 'docx' | 'text' | 'image';

/** Where a material came from, as the report contract's `sources[]` lists it. */
export interface Source {
  id: string;
  kind: SourceKind;
  location: string;
  title?: string;
  /** Set when the material could not be read, in English; such a source has no blocks. */
  error?: string;
  /** The code and figures of `error`, for the edge to say in its language (absent in reports stored before codes). */
  problem?: MaterialProblem;
  /** What the reader left out and why ("checked the first 100000 words; …"), or how surely it read the text, in English. */
  notes?: string[];
  /** The codes of `notes`, one for each (absent in reports stored before codes). */
  noteProblems?: MaterialProblem[];
  /** How well OCR read an image; set for images only. A poor reading's findings cover only what was read. */
  reading?: ReadingQuality;
}

/** How well an image was read: `poor` when too little was read, or too uncertainly, to judge the material. */
export interface ReadingQuality {
  /** 0–1: the share of the image's inked (text-like) area covered by the words read; absent when the image could not be analysed. */
  inkRead?: number;
  /** 0–1: OCR's confidence, averaged over the characters it found, speckles it dropped counting as 0. */
  confidence: number;
  poor: boolean;
}

/**
 * Where a run of a block's characters came from, so a quote can be found again:
 * a DOM text node, a line of a text file, a text item on a PDF page, or a line OCR read on an image.
 * `offset` is the position inside that origin of the run's first character.
 */
export type Origin =
  | { kind: 'dom'; node: Text; offset: number }
  | { kind: 'line'; line: number; column: number }
  | { kind: 'pdf'; page: number; item: number; offset: number }
  | { kind: 'ocr'; line: number; offset: number; box: OcrBox };

/** A rectangle on an image in pixels, as OCR reports a line. */
export interface OcrBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A run of block characters [start, end) that maps one-to-one onto its origin. */
export interface Segment {
  start: number;
  end: number;
  origin: Origin;
}

/** A paragraph-like unit of text: a sentence never runs across two blocks. */
export interface Block {
  /** Its position in `Material.blocks`: spans name blocks by it. */
  index: number;
  /** The text exactly as the material shows it (quotes are slices of it). */
  text: string;
  segments: Segment[];
  /** The element or markup that made it: 'h1', 'p', 'li', 'md-heading', 'pdf-line'… */
  tag?: string;
  /** 1-based PDF page, when the material is paged. */
  page?: number;
  /**
   * The heading the block stands under: the last h1–h6 before it, or the short title its card or
   * section opens with ("Капитальный ремонт" above "от 12000 руб./м²"). Absent when none is near.
   */
  heading?: string;
  /** Set when the block stands in a table cell: a cell's text is about its row and column. */
  cell?: TableCell;
}

/**
 * What a table cell is about, as the table lays it out: "350" alone says nothing, its row's
 * label and its column's header say what costs 350.
 */
export interface TableCell {
  /** The row's first cell with words in it; absent for that cell itself and the cells before it. */
  rowLabel?: string;
  /** The row has no cell with words ("1900 | 1750" under group sizes): its figures are about their columns alone. */
  wordlessRow?: true;
  /** The header of the cell's column. */
  columnHeader?: string;
  /** The whole header row. */
  headerRow?: string;
  /** The last one-cell row above (a section of the table: "Для детей"). */
  section?: string;
  /** The table's caption, or the heading just before the table. */
  title?: string;
}

export interface Material {
  source: Source;
  language: Language;
  blocks: Block[];
}

/** A character range inside one block of one material. */
export interface Span {
  block: number;
  start: number;
  end: number;
}
