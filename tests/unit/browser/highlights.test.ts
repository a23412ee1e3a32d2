import { describe, expect, it } from 'vitest';
import { domRangeOf, highlightSheet, MARK_STYLES } from '../../../browser/highlights';
import { materialFromDocument } from '../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../engine/material/parse-html';

const read = (html: string) => materialFromDocument(parseHtmlDocument(html), { id: 's1', kind: 'page', location: 'p.html' });

/** The text between two DOM points, walking the text nodes of the document in order. */
function textBetween(doc: Document, range: NonNullable<ReturnType<typeof domRangeOf>>): string {
  const nodes: Text[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) nodes.push(node as Text);
    node.childNodes.forEach(walk);
  };
  walk(doc.body);
  const from = nodes.indexOf(range.start.node);
  const to = nodes.indexOf(range.end.node);
  return nodes
    .slice(from, to + 1)
    .map((node, i) => (node.nodeValue ?? '').slice(i === 0 ? range.start.offset : 0, from + i === to ? range.end.offset : undefined))
    .join('');
}

describe('domRangeOf', () => {
  it('maps a quote inside one text node', () => {
    const material = read('<p>Работаем круглосуточно и без выходных</p>');
    const block = material.blocks[0]!;
    const at = block.text.indexOf('круглосуточно');
    const range = domRangeOf(block, at, at + 'круглосуточно'.length)!;
    expect(range.start.node).toBe(range.end.node);
    expect(range.start.node.nodeValue!.slice(range.start.offset, range.end.offset)).toBe('круглосуточно');
  });

  it('maps a quote across inline elements and collapsed spaces', () => {
    const material = read('<p>  Профессиональная   <b>гигиена</b>\n всего за <span>2900 ₽</span>.</p>');
    const block = material.blocks[0]!;
    const quote = 'гигиена всего за 2900 ₽';
    const at = block.text.indexOf(quote);
    const range = domRangeOf(block, at, at + quote.length)!;
    expect(textBetween(range.start.node.ownerDocument as Document, range).replace(/\s+/g, ' ')).toBe(quote);
  });

  it('maps a quote across a title broken by <br>', () => {
    const material = read('<h2>Ремонт часов<br>за 1 день</h2>');
    const block = material.blocks[0]!;
    const range = domRangeOf(block, 0, block.text.length)!;
    expect(textBetween(range.start.node.ownerDocument as Document, range)).toBe('Ремонт часовза 1 день');
  });

  it('refuses an empty or outside span', () => {
    const block = read('<p>Кофе</p>').blocks[0]!;
    expect(domRangeOf(block, 2, 2)).toBeNull();
    expect(domRangeOf(block, 0, 99)).toBeNull();
  });
});

describe('the marks’ styles', () => {
  const styles = Object.values(MARK_STYLES);
  const distinct = (pick: (style: (typeof styles)[number]) => unknown) => new Set(styles.map(pick)).size;

  it('tell the severities apart by the kind of line as well as by colour: error solid, warning dashed, info dotted', () => {
    expect(Object.fromEntries(Object.entries(MARK_STYLES).map(([severity, style]) => [severity, style.line]))).toEqual({ error: 'solid', warning: 'dashed', info: 'dotted' });
    expect(distinct((style) => style.colour)).toBe(styles.length);
    expect(distinct((style) => style.background)).toBe(styles.length);
  });

  it('draw each severity’s underline at its own depth, so marks nested in each other keep both lines', () => {
    expect(distinct((style) => style.depth)).toBe(styles.length);
  });

  it('give every severity’s highlight its line, colour and depth, and the flash its own background', () => {
    const sheet = highlightSheet();
    for (const [severity, { colour, line, depth }] of Object.entries(MARK_STYLES)) {
      const rule = sheet.split('\n').find((r) => r.startsWith(`::highlight(sverka-${severity})`));
      expect(rule).toContain(`underline ${line} ${colour}`);
      expect(rule).toContain(`text-underline-offset:${depth}px`);
    }
    expect(sheet).toMatch(/::highlight\(sverka-flash\)\{background-color:[^}]+\}/);
  });
});
