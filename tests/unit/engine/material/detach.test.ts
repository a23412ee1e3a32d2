import { describe, expect, it } from 'vitest';
import { detached } from '../../../../engine/material/detach';
import type { Material } from '../../../../engine/material/types';

describe('detached', () => {
  /** Two DOM runs from one node and one from another, beside a line of a text file. */
  const nodeA = { data: 'a' } as unknown as Text;
  const nodeB = { data: 'b' } as unknown as Text;
  const material: Material = {
    source: { id: 's1', kind: 'page', location: 'https://clinic.test/' },
    language: 'ru',
    blocks: [
      {
        index: 0,
        text: 'iPhone 5s2620',
        segments: [
          { start: 0, end: 6, origin: { kind: 'dom', node: nodeA, offset: 0 } },
          { start: 6, end: 9, origin: { kind: 'dom', node: nodeA, offset: 6 } },
          { start: 9, end: 13, origin: { kind: 'dom', node: nodeB, offset: 0 } },
        ],
      },
      { index: 1, text: 'line', segments: [{ start: 0, end: 4, origin: { kind: 'line', line: 1, column: 0 } }] },
    ],
  };

  it('can be posted to a worker, and still tells which runs came from one node', () => {
    const cloned = structuredClone(detached(material));
    const origins = cloned.blocks[0]!.segments.map((segment) => segment.origin as { node: unknown; offset: number });
    expect(origins[0]!.node).toBe(origins[1]!.node);
    expect(origins[0]!.node).not.toBe(origins[2]!.node);
    expect(origins.map((origin) => origin.offset)).toEqual([0, 6, 0]);
    expect(cloned.blocks[1]).toEqual(material.blocks[1]);
    expect(cloned.blocks.map((block) => block.text)).toEqual(['iPhone 5s2620', 'line']);
  });

  it('leaves the material it was given as it was', () => {
    detached(material);
    expect(material.blocks[0]!.segments[0]!.origin).toEqual({ kind: 'dom', node: nodeA, offset: 0 });
  });
});
