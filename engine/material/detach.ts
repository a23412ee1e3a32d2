import type { Material } from './types';

/**
 * The material with its DOM text nodes swapped for plain tokens, so it can be posted to a worker
 * (a Text node cannot be cloned) or kept after its page is checked (a node holds its whole document). The checks only ask whether two runs of text came from one node
 * (where page elements meet, "iPhone 5s<span>2620 руб.</span>"): one token per node keeps that, as
 * a structured clone keeps shared references shared.
 */
export function detached(material: Material): Material {
  const tokens = new Map<unknown, object>();
  const tokenOf = (node: unknown) => tokens.get(node) ?? tokens.set(node, { node: tokens.size }).get(node)!;
  return {
    ...material,
    blocks: material.blocks.map((block) => ({
      ...block,
      segments: block.segments.map((segment) => (segment.origin.kind === 'dom' ? { ...segment, origin: { ...segment.origin, node: tokenOf(segment.origin.node) as Text } } : segment)),
    })),
  };
}
