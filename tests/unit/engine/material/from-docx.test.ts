import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { nodeEnvironment } from '../../../../cli/node-environment';
import { loadMaterial } from '../../../../engine/material/load';

/** A Word document made by the test itself: a heading, a paragraph with mixed runs, a list item. */
async function makeDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Клиника «Здоровье+»', bold: true })] }),
          new Paragraph({ children: [new TextRun('Работаем '), new TextRun({ text: 'круглосуточно', italics: true }), new TextRun(', без выходных.')] }),
          new Paragraph({ children: [new TextRun('Приём терапевта — от 1500 ₽.')], bullet: { level: 0 } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('DOCX materials', () => {
  it('reads paragraphs as blocks, runs joined', async () => {
    const material = await loadMaterial(await makeDocx(), { id: 's1', location: 'flyer.docx' }, nodeEnvironment);
    expect(material.source.kind).toBe('docx');
    expect(material.blocks.map((b) => b.text)).toEqual(['Клиника «Здоровье+»', 'Работаем круглосуточно, без выходных.', 'Приём терапевта — от 1500 ₽.']);
    expect(material.language).toBe('ru');
  });

  it('refuses a file that is not a Word document, saying why', async () => {
    await expect(loadMaterial(new TextEncoder().encode('not a zip'), { id: 's1', location: 'broken.docx' }, nodeEnvironment)).rejects.toThrow(/^is not a readable Word document/);
  });
});
