import { describe, expect, it } from 'vitest';
import { elementLimitNote, materialFromDocument } from '../../../../engine/material/from-dom';
import { parseHtmlDocument } from '../../../../engine/material/parse-html';
import { readDocumentTop } from '../../../../engine/material/page-top';
import { capWords } from '../../../../engine/material/word-limit';

const source = { id: 's1', kind: 'page' as const, location: 'page.html' };

/** A page of `count` sections, each a heading, a paragraph of nested inline text and a short list. */
function longPage(count: number): string {
  const sections = Array.from(
    { length: count },
    (_, i) => `<section><h2>Раздел ${i}</h2><p>Приём <b>терапевта</b> — от ${1000 + i} ₽, <a href="#">запись</a> по телефону.</p><ul><li>пункт ${i}</li><li><span>ещё</span> пункт</li></ul></section>`,
  );
  return `<!doctype html><html lang="ru"><body>${sections.join('')}</body></html>`;
}

const texts = (blocks: { text: string }[]) => blocks.map((block) => block.text);

describe('readDocumentTop', () => {
  it("reads only the top of a long page, and its first words are the whole page's", () => {
    const doc = parseHtmlDocument(longPage(2000));
    const whole = materialFromDocument(doc, source);
    const top = readDocumentTop(doc, source, 400);
    expect(top.blocks.length).toBeLessThan(whole.blocks.length / 4);
    expect(texts(capWords(top, 400).blocks)).toEqual(texts(capWords(whole, 400).blocks));
    // Every block but the last, where the read stopped, is the page's block as a whole read makes it.
    expect(top.blocks.slice(0, -1)).toEqual(whole.blocks.slice(0, top.blocks.length - 1));
    expect(top.language).toBe(whole.language);
  });

  it('says nothing of the stop it made itself', () => {
    const top = readDocumentTop(parseHtmlDocument(longPage(2000)), source, 400);
    expect(top.source.notes ?? []).toEqual([]);
  });

  it('returns a short page whole', () => {
    const doc = parseHtmlDocument(longPage(3));
    expect(readDocumentTop(doc, source, 400)).toEqual(materialFromDocument(doc, source));
  });

  it("keeps the reader's own element limit and its note", () => {
    const doc = parseHtmlDocument(longPage(2000));
    const top = readDocumentTop(doc, source, 1_000_000, { maxNodes: 300 });
    expect(top).toEqual(materialFromDocument(doc, source, undefined, { maxNodes: 300 }));
    expect(top.source.notes).toEqual([elementLimitNote(300)]);
  });
});
