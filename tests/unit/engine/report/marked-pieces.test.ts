import { describe, expect, it } from 'vitest';
import { markedPieces } from '../../../../engine/report/marked-pieces';
import type { Finding } from '../../../../engine/report/types';

const block = { index: 0, text: 'Клиника «Здоровье» на ул. Малая Садова', segments: [] };
const at = (id: string, start: number, end: number, blockIndex = 0) => ({ id, location: { block: blockIndex, start, end } }) as unknown as Finding;

describe('markedPieces', () => {
  it('cuts the text into plain and marked pieces that join back to the text', () => {
    const pieces = markedPieces(block, [at('street', 22, 38), at('name', 8, 18)]);
    expect(pieces.map((p) => [p.text, p.finding?.id])).toEqual([
      ['Клиника ', undefined],
      ['«Здоровье»', 'name'],
      [' на ', undefined],
      ['ул. Малая Садова', 'street'],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(block.text);
  });
  it('keeps the first of two overlapping findings and ignores other blocks', () => {
    const pieces = markedPieces(block, [at('a', 0, 10), at('b', 5, 15), at('c', 0, 5, 1)]);
    expect(pieces.filter((p) => p.finding).map((p) => p.finding!.id)).toEqual(['a']);
  });
  it('leaves a block without findings whole', () => {
    expect(markedPieces(block, [])).toEqual([{ text: block.text }]);
  });
});
