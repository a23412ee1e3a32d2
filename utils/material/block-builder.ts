import type { Block, Origin, Segment } from './types';

/**
 * Collects text into blocks the way a browser lays it out: runs of white space become one space,
 * nothing leads or trails a block, and every kept character remembers its origin.
 */
export class BlockBuilder {
  readonly blocks: Block[] = [];
  private text = '';
  private segments: Segment[] = [];
  private tag: string | undefined;
  private page: number | undefined;

  /** Appends `text`, whose first character sits at `origin`; `advance` moves an origin along. */
  append(text: string, origin: Origin, advance: (origin: Origin, by: number) => Origin): void {
    let runStart = -1;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      const isSpace = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f';
      const skip = isSpace && (this.text.length === 0 || this.text.endsWith(' '));
      if (skip) {
        runStart = -1;
        continue;
      }
      if (runStart < 0) {
        runStart = this.text.length;
        this.segments.push({ start: runStart, end: runStart, origin: advance(origin, i) });
      }
      this.text += isSpace ? ' ' : ch;
      this.segments[this.segments.length - 1]!.end = this.text.length;
    }
  }

  /** Names the element or markup that makes the current block, and its PDF page. */
  describe(tag: string | undefined, page?: number): void {
    if (this.text.length === 0) {
      this.tag = tag;
      this.page = page;
    }
  }

  /** Ends the current block; an empty one is dropped. */
  flush(): void {
    if (this.text.endsWith(' ')) {
      this.text = this.text.slice(0, -1);
      const last = this.segments[this.segments.length - 1]!;
      last.end = this.text.length;
      if (last.end === last.start) this.segments.pop();
    }
    if (this.text.length > 0) {
      this.blocks.push({
        index: this.blocks.length,
        text: this.text,
        segments: this.segments,
        ...(this.tag ? { tag: this.tag } : {}),
        ...(this.page !== undefined ? { page: this.page } : {}),
      });
    }
    this.text = '';
    this.segments = [];
    this.tag = undefined;
    this.page = undefined;
  }
}
