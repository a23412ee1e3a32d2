import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeEnvironment } from '../../../../cli/node-environment';
import { materialFromPdf } from '../../../../engine/material/from-pdf';
import { pdfBoxes, type PdfItemGeometry } from '../../../../engine/material/pdf-boxes';
import type { Block } from '../../../../engine/material/types';

const line = (item: number, offset: number, start: number, end: number, page = 1) => ({ start, end, origin: { kind: 'pdf' as const, page, item, offset } });

describe('pdfBoxes', () => {
  // Two items on one line: "Клиника " at x=100 (80 wide) and "Здоровье" at x=180 (80 wide), 10 high at y=700.
  const items: PdfItemGeometry[] = [
    { str: 'Клиника ', transform: [10, 0, 0, 10, 100, 700], width: 80, height: 10 },
    { str: 'Здоровье', transform: [10, 0, 0, 10, 180, 700], width: 80, height: 10 },
  ];
  const block: Block = { index: 0, text: 'Клиника Здоровье', segments: [line(0, 0, 0, 8), line(1, 0, 8, 16)], page: 1 };

  it('boxes a quote inside one item by its share of the characters', () => {
    expect(pdfBoxes(block, 8, 16, () => items)).toEqual([{ page: 1, left: 180, right: 260, bottom: 697.5, top: 710 }]);
    expect(pdfBoxes(block, 0, 4, () => items)).toEqual([{ page: 1, left: 100, right: 140, bottom: 697.5, top: 710 }]);
  });

  it('gives one box per item a quote runs across', () => {
    const boxes = pdfBoxes(block, 4, 12, () => items);
    expect(boxes.map((b) => [b.left, b.right])).toEqual([
      [140, 180],
      [180, 220],
    ]);
  });

  it('shares an item out by measured width when given a measure', () => {
    // A measure where "Клиника" is twice as wide as the space after it, per character.
    const measure = (text: string) => [...text].reduce((w, ch) => w + (ch === ' ' ? 1 : 2), 0);
    const [box] = pdfBoxes(block, 0, 7, () => items, measure);
    expect(box!.left).toBe(100);
    expect(box!.right).toBeCloseTo(100 + (80 * 14) / 15);
  });

  it('gives nothing for text that did not come from a PDF or a page it does not know', () => {
    expect(pdfBoxes({ index: 0, text: 'abc', segments: [] }, 0, 3, () => items)).toEqual([]);
    expect(pdfBoxes(block, 0, 4, () => undefined)).toEqual([]);
  });

  it('finds the street line of the real flyer where pdf.js puts its text', async () => {
    const pdf = await nodeEnvironment.openPdf(new Uint8Array(readFileSync('tests/fixtures/cli/flyer.pdf')));
    const material = await materialFromPdf(pdf, { id: 's1', kind: 'pdf', location: 'flyer.pdf' });
    const { items } = await (await pdf.getPage(1)).getTextContent();
    const block = material.blocks.find((b) => b.text.includes('Никитская'))!;
    const start = block.text.indexOf('Никитская');
    const [box] = pdfBoxes(block, start, start + 'Никитская'.length, () => items as PdfItemGeometry[]);
    const item = (items as PdfItemGeometry[]).find((i) => i.str.includes('Никитская'))!;
    expect(box!.left).toBeGreaterThanOrEqual(item.transform[4]!);
    expect(box!.right).toBeLessThanOrEqual(item.transform[4]! + item.width + 0.01);
    expect(box!.top).toBeGreaterThan(item.transform[5]!);
  });
});
