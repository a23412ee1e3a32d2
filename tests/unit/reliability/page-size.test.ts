import { describe, expect, it } from 'vitest';
import { nodeEnvironment } from '../../../cli/node-environment';
import { elementLimitNote } from '../../../engine/material/from-dom';
import { DEFAULT_LIMITS } from '../../../engine/material/limits';
import { loadMaterialOrError } from '../../../engine/material/load';
import { wordLimitNote } from '../../../engine/material/word-limit';
import { materialFromPageText } from '../../../engine/page-material';

/** An HTML page read as the command line reads a file: bytes through the Node environment. */
const loadPage = (name: string, html: string) => loadMaterialOrError(async () => ({ bytes: new TextEncoder().encode(html), contentType: 'text/html' }), { id: 's1', location: name, title: name }, nodeEnvironment, 'ru');

describe('pages too deep or too large for a recursive reader', () => {
  // Parsing markup this deep is slow in linkedom (quadratic in the depth); reading it is not.
  it('reads a page nested 100,000 elements deep (the reader overflowed the stack) up to the element cap', { timeout: 180_000 }, async () => {
    const depth = 100_000;
    const html = `<html><body><h1>Клиника</h1>${'<div>'.repeat(depth)}Запись по телефону${'</div>'.repeat(depth)}</body></html>`;
    const material = await loadPage('deep.html', html);
    expect(material.source.error).toBeUndefined();
    // body, h1 and the divs pass the cap before the innermost text: the page is read up to there.
    expect(material.blocks.map((b) => b.text)).toEqual(['Клиника']);
    expect(material.source.notes).toEqual([elementLimitNote(DEFAULT_LIMITS.maxNodes)]);
  });

  it('reads the first maxNodes elements of a 200,000-element page and marks the material cut short', { timeout: 180_000 }, async () => {
    // One word a paragraph: the page stays under the word cap, so only the element cap cuts it.
    const paragraphs = Array.from({ length: 200_000 }, (_, i) => `<p>Абзац№${i}</p>`).join('');
    const material = await loadPage('huge.html', `<html><body>${paragraphs}</body></html>`);
    expect(material.source.notes).toEqual([elementLimitNote(DEFAULT_LIMITS.maxNodes)]);
    // The body is the first element read: the paragraphs before the cut are all there, in order.
    expect(material.blocks).toHaveLength(DEFAULT_LIMITS.maxNodes - 1);
    expect(material.blocks.at(-1)!.text).toBe(`Абзац№${DEFAULT_LIMITS.maxNodes - 2}`);
  });
});

describe('a page cut short in the browser', () => {
  it("keeps the content script's note when the panel turns the page text into a material", () => {
    const note = elementLimitNote(DEFAULT_LIMITS.maxNodes);
    const material = materialFromPageText({ url: 'https://clinic.example/', title: 'Клиника', language: 'ru', blocks: [{ index: 0, text: 'Абзац 0' }], notes: [note] });
    expect(material.source.notes).toEqual([note]);
  });

  it('checks the first words of a page past the word cap, as of a file, and says so', () => {
    const blocks = Array.from({ length: 5 }, (_, index) => ({ index, text: 'Запись по телефону' }));
    const material = materialFromPageText({ url: 'https://clinic.example/', title: 'Клиника', language: 'ru', blocks }, 7);
    expect(material.blocks.map((b) => b.text)).toEqual(['Запись по телефону', 'Запись по телефону', 'Запись']);
    expect(material.source.notes).toEqual([wordLimitNote(7)]);
  });
});
