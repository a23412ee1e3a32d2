import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeEnvironment } from '../../../../cli/node-environment';
import { lazyRecogniser } from '../../../../engine/material/from-image';
import type { PdfLike } from '../../../../engine/material/from-pdf';
import { loadMaterialOrError, type LoadEnvironment } from '../../../../engine/material/load';
import { ocrStage, type ReadingStage } from '../../../../engine/material/progress';
import { tesseractOcr, type TesseractWorker } from '../../../../engine/material/tesseract-ocr';

/** Reads one material as the materials page does, keeping every stage it names. */
async function stagesOf(name: string, bytes: Uint8Array, environment: LoadEnvironment) {
  const stages: ReadingStage[] = [];
  const material = await loadMaterialOrError(async () => ({ bytes }), { id: 's1', location: name, title: name }, environment, 'ru', { onStage: (stage) => stages.push(stage) });
  return { material, stages };
}

describe('reading stages', () => {
  it('a PDF names each page it reads, of how many', async () => {
    const pdf: PdfLike = {
      numPages: 3,
      getPage: async (n) => ({ getTextContent: async () => ({ items: [{ str: `Страница ${n}.`, transform: [10, 0, 0, 10, 0, 700], hasEOL: true }] }) }),
    };
    const { material, stages } = await stagesOf('price.pdf', new Uint8Array([37, 80, 68, 70]), { ...nodeEnvironment, openPdf: async () => pdf });
    expect(material.source.error).toBeUndefined();
    expect(stages).toEqual([{ stage: 'reading' }, { stage: 'pdf-page', page: 1, pages: 3 }, { stage: 'pdf-page', page: 2, pages: 3 }, { stage: 'pdf-page', page: 3, pages: 3 }]);
  });

  it('an image names OCR with the per cent recognised, from 0 as the worker starts', async () => {
    const blocks = [{ paragraphs: [{ lines: [{ text: 'Скидка 10%\n', confidence: 91, bbox: { x0: 1, y0: 2, x1: 3, y1: 4 } }] }] }];
    const worker = async (_languages: string[], onProgress: (fraction: number) => void): Promise<TesseractWorker> => ({
      setParameters: async () => undefined,
      recognize: async () => {
        onProgress(0.333);
        onProgress(1);
        return { data: { blocks } };
      },
      terminate: async () => undefined,
    });
    const ocr = lazyRecogniser(() =>
      tesseractOcr(
        worker,
        (bytes) => bytes,
        async () => null,
      ),
    );
    const png = new Uint8Array(readFileSync('tests/fixtures/cli/flyer.png'));
    const { material, stages } = await stagesOf('flyer.png', png, { ...nodeEnvironment, recognise: ocr.recognise });
    await ocr.close();
    expect(material.blocks.map((block) => block.text)).toEqual(['Скидка 10%']);
    expect(stages).toEqual([{ stage: 'reading' }, { stage: 'ocr', percent: 0 }, { stage: 'ocr', percent: 33 }, { stage: 'ocr', percent: 100 }]);
  });

  it('a text file has no stage but its reading', async () => {
    const { stages } = await stagesOf('memo.txt', new TextEncoder().encode('Приём терапевта — от 1500 ₽.'), nodeEnvironment);
    expect(stages).toEqual([{ stage: 'reading' }]);
  });

  it('keeps OCR per cents whole and within 0–100', () => {
    expect(ocrStage(0.999)).toEqual({ stage: 'ocr', percent: 100 });
    expect(ocrStage(1.2)).toEqual({ stage: 'ocr', percent: 100 });
    expect(ocrStage(-0.1)).toEqual({ stage: 'ocr', percent: 0 });
  });
});
