import type { Block, Origin, Segment, TableCell } from './types';

/** How much of a block's end is kept to read its last word. */
const TAIL_LENGTH = 32;

/**
 * Collects text into blocks the way a browser lays it out: runs of white space become one space,
 * nothing leads or trails a block, and every kept character remembers its origin.
 */
export class BlockBuilder {
  readonly blocks: Block[] = [];
  /** Pieces of the current block's text, joined once at flush: growing one string char by char is quadratic. */
  private parts: string[] = [];
  private length = 0;
  private endsWithSpace = false;
  /** The last characters of the current block, spaces folded, enough to hold its last word. */
  private tail = '';
  private segments: Segment[] = [];
  private tag: string | undefined;
  private page: number | undefined;
  /** The table cell text is read in now, and the one the current block started in. */
  private currentCell: TableCell | undefined;
  private cell: TableCell | undefined;

  /** Appends `text`, whose first character sits at `origin`; `advance` moves an origin along. */
  append(text: string, origin: Origin, advance: (origin: Origin, by: number) => Origin): void {
    let run = '';
    let segment: Segment | null = null;
    const closeRun = () => {
      if (segment) {
        this.parts.push(run);
        segment.end = this.length;
        this.tail = (this.tail + run).slice(-TAIL_LENGTH);
      }
      run = '';
      segment = null;
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      const isSpace = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f';
      if (isSpace && (this.length === 0 || this.endsWithSpace)) {
        closeRun();
        continue;
      }
      if (this.length === 0) this.cell = this.currentCell;
      if (!segment) {
        segment = { start: this.length, end: this.length, origin: advance(origin, i) };
        this.segments.push(segment);
      }
      run += isSpace ? ' ' : ch;
      this.length++;
      this.endsWithSpace = isSpace;
    }
    closeRun();
  }

  /**
   * A line break inside one element that stays one block ("<h1>Виза<br>от 2000 ₽</h1>"): a space
   * no source character stands for, so it belongs to no segment.
   */
  lineBreak(): void {
    if (this.length === 0 || this.endsWithSpace) return;
    this.parts.push(' ');
    this.length++;
    this.endsWithSpace = true;
  }

  /** The end of the current block's text, its trailing space dropped ('' when the block is empty). */
  get ending(): string {
    return this.length === 0 ? '' : this.tail.trimEnd();
  }

  /** Names the element or markup that makes the current block, and its PDF page. */
  describe(tag: string | undefined, page?: number): void {
    if (this.length === 0) {
      this.tag = tag;
      this.page = page;
    }
  }

  /** Text appended from now on stands in this table cell (undefined: outside any table). */
  enterCell(cell: TableCell | undefined): void {
    this.currentCell = cell;
  }

  /** Ends the current block; an empty one is dropped. */
  flush(): void {
    let text = this.parts.join('');
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      const last = this.segments[this.segments.length - 1]!;
      last.end = text.length;
      if (last.end === last.start) this.segments.pop();
    }
    if (text.length > 0) {
      this.blocks.push({
        index: this.blocks.length,
        text,
        segments: this.segments,
        ...(this.tag ? { tag: this.tag } : {}),
        ...(this.page !== undefined ? { page: this.page } : {}),
        ...(this.cell ? { cell: this.cell } : {}),
      });
    }
    this.parts = [];
    this.length = 0;
    this.endsWithSpace = false;
    this.tail = '';
    this.segments = [];
    this.tag = undefined;
    this.page = undefined;
    this.cell = undefined;
  }
}
