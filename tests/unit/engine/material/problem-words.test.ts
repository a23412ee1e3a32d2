import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeEnvironment } from '../../../../cli/node-environment';
import { errorDetail, type MaterialProblem, type ProblemCode, problemOf, MaterialError } from '../../../../engine/material/errors';
import { unknownFormat } from '../../../../engine/material/formats';
import { tesseractOcr } from '../../../../engine/material/tesseract-ocr';
import { loadMaterialOrError, type LoadEnvironment } from '../../../../engine/material/load';
import type { Material } from '../../../../engine/material/types';
import { describeProblem, explainProblem, explanationLines } from '../../../../engine/material/problem-words';
import { explainSourceError } from '../../../../engine/material/source-problems';

/** One problem of every code: the compiler holds the list whole. */
const EVERY: Record<ProblemCode, MaterialProblem> = {
  'encrypted-pdf': { code: 'encrypted-pdf' },
  'unreadable-pdf': { code: 'unreadable-pdf', detail: 'Invalid PDF structure.' },
  'unreadable-docx': { code: 'unreadable-docx', detail: "Can't find end of central directory : is this a zip file ?" },
  'no-text-in-image': { code: 'no-text-in-image' },
  'not-text': { code: 'not-text' },
  'unknown-format': unknownFormat(),
  'no-text': { code: 'no-text' },
  http: { code: 'http', status: 404 },
  'too-large': { code: 'too-large', limit: 1024 },
  'unpacks-too-large': { code: 'unpacks-too-large', limit: 1024 },
  'not-an-image': { code: 'not-an-image' },
  'unreadable-image': { code: 'unreadable-image', detail: 'Error attempting to read image.' },
  'image-too-large': { code: 'image-too-large', megapixels: 50, width: 10000, height: 9000 },
  timeout: { code: 'timeout', seconds: 60 },
  'fetch-timeout': { code: 'fetch-timeout', seconds: 15 },
  'fetch-failed': { code: 'fetch-failed', detail: 'ECONNREFUSED' },
  'not-a-file': { code: 'not-a-file' },
  missing: { code: 'missing' },
  folder: { code: 'folder' },
  'file-unreadable': { code: 'file-unreadable', detail: 'EACCES' },
  unreadable: { code: 'unreadable' },
  'check-failed': { code: 'check-failed' },
  'guessed-encoding': { code: 'guessed-encoding', encoding: 'Windows-1251 (Cyrillic)' },
  'broken-utf8': { code: 'broken-utf8', count: 2 },
  'word-limit': { code: 'word-limit', words: 100 },
  'element-limit': { code: 'element-limit', elements: 100 },
};

const CYRILLIC = /[\u0400-\u04ff]/;
const RAW = /undefined|\[object|null\b|NaN/;

describe('explainProblem', () => {
  it.each(Object.values(EVERY))('tells %j in Russian and in English, with a next step of its own', (problem) => {
    const ru = explainProblem(problem, 'ru', 'файл.pdf');
    const en = explainProblem(problem, 'en', 'file.pdf');
    expect(ru.text.startsWith('файл.pdf: ')).toBe(true);
    expect(en.text.startsWith('file.pdf: ')).toBe(true);
    expect(ru.next).toMatch(CYRILLIC);
    expect(en.next).not.toMatch(CYRILLIC);
    for (const said of [ru.text, ru.next, en.text, en.next]) {
      expect(said).not.toMatch(RAW);
      expect(said.length).toBeGreaterThan(10);
    }
    expect(ru.next).not.toBe(en.next);
  });

  it("keeps a library's words out of the message, for the details line alone", () => {
    const explained = explainProblem(EVERY['unreadable-docx'], 'ru', 'report.docx');
    expect(explained).toEqual({
      text: 'report.docx: не читается как документ Word',
      next: 'Файл не похож на DOCX: сохраните его заново в Word как .docx и добавьте ещё раз.',
      details: "Can't find end of central directory : is this a zip file ?",
    });
    // The report contract's English words still carry them.
    expect(describeProblem(EVERY['unreadable-docx'], 'en')).toBe("is not a readable Word document (Can't find end of central directory : is this a zip file ?)");
  });

  it('says a problem whose library said nothing without empty brackets or "undefined"', () => {
    expect(describeProblem({ code: 'unreadable' }, 'ru')).toBe('не читается');
    expect(explainProblem({ code: 'unreadable-pdf' }, 'en', 'a.pdf')).toEqual({ text: 'a.pdf: is not a readable PDF', next: expect.stringContaining('PDF') });
  });

  it('puts what to do and the details on lines of their own, in the language asked', () => {
    expect(explanationLines(explainProblem(EVERY['unreadable-pdf'], 'en', 'x.pdf'), 'en')).toEqual([
      'x.pdf: is not a readable PDF',
      '  What to do: A PDF document was expected: open the file in a PDF viewer, save or export it as PDF again and add it once more.',
      '  Details: Invalid PDF structure.',
    ]);
    expect(explanationLines(explainProblem({ code: 'no-text' }, 'ru', 'x.txt'), 'ru')).toEqual(['x.txt: нет текста для проверки', expect.stringMatching(/^ {2}Что сделать: /)]);
  });
});

describe('errorDetail and problemOf', () => {
  it("take a library's message, a thrown string, or nothing, never 'undefined' or '[object Object]'", () => {
    expect(errorDetail(new Error('bad zip'))).toBe('bad zip');
    expect(errorDetail('Error: image')).toBe('Error: image');
    expect(errorDetail({ message: 'from a worker' })).toBe('from a worker');
    for (const nothing of [undefined, null, {}, 42, new Error(''), { message: 7 }]) expect(errorDetail(nothing)).toBeUndefined();
  });

  it("keeps a MaterialError's own problem and makes anything else a material that could not be read", () => {
    expect(problemOf(new MaterialError({ code: 'no-text' }))).toEqual({ code: 'no-text' });
    expect(problemOf(new TypeError('x is not a function'))).toEqual({ code: 'unreadable', detail: 'x is not a function' });
    expect(problemOf(undefined)).toEqual({ code: 'unreadable' });
  });
});

/** A material read as the materials page and the CLI read it, its error explained to the reader. */
async function explained(name: string, bytes: Uint8Array, environment: LoadEnvironment = nodeEnvironment, contentType?: string) {
  const material = await loadMaterialOrError(async () => ({ bytes, contentType }), { id: 's1', location: name, title: name }, environment);
  return { material, ru: explainSourceError(material.source, 'ru')!, en: explainSourceError(material.source, 'en')! };
}

const noRawWords = (...said: (string | undefined)[]) => {
  for (const text of said) expect(text ?? '').not.toMatch(/undefined|\[object/);
};

describe('a material that cannot be read, as the reader is told', () => {
  it('a corrupt DOCX: names the file, says a Word document was expected and to save it again as .docx', async () => {
    const { ru, en } = await explained('Прайс.docx', new TextEncoder().encode('not a zip'));
    expect(ru.text).toBe('Прайс.docx: не читается как документ Word');
    expect(ru.next).toMatch(/сохраните его заново в Word как \.docx/);
    expect(en.next).toMatch(/Word document was expected.*save it again as \.docx/);
    expect(ru.details).toBeTruthy();
    noRawWords(ru.text, ru.next, ru.details, en.text, en.next);
  });

  it('a corrupt PDF: names the file, says a PDF was expected and what to do, the library apart', async () => {
    const { ru, en } = await explained('broken.pdf', new Uint8Array(readFileSync('tests/fixtures/cli/corrupt.pdf')));
    expect(ru.text).toBe('broken.pdf: не читается как PDF');
    expect(en.text).toBe('broken.pdf: is not a readable PDF');
    expect(en.next).toMatch(/PDF document was expected/);
    expect(en.details).toBeTruthy();
    noRawWords(ru.text, ru.next, ru.details, en.text, en.next, en.details);
  });

  it('an image OCR fails on: names the file, says to save the picture again; a bare rejection leaves no "undefined"', async () => {
    const failing = tesseractOcr(
      async () => ({ setParameters: async () => undefined, recognize: () => Promise.reject(undefined), terminate: async () => undefined }),
      (bytes) => bytes,
      async () => null,
    );
    const environment: LoadEnvironment = {
      ...nodeEnvironment,
      recognise: async (bytes, source): Promise<Material> => {
        await failing.recognise(bytes, ['eng']);
        return { source, language: 'en', blocks: [] };
      },
    };
    const png = new Uint8Array(readFileSync('tests/fixtures/cli/flyer.png'));
    const { ru, en } = await explained('flyer.png', png, environment);
    expect(ru.text).toBe('flyer.png: не читается как изображение');
    expect(en.next).toMatch(/PNG or JPEG/);
    expect(en.details).toBeUndefined();
    noRawWords(ru.text, ru.next, en.text, en.next);
  });

  it('an empty file: names it, says there is no text and to check the file has text', async () => {
    const { ru, en } = await explained('empty.txt', new TextEncoder().encode('  \n '));
    expect(ru.text).toBe('empty.txt: нет текста для проверки');
    expect(en.next).toMatch(/has text in it/);
    noRawWords(ru.text, ru.next, en.text, en.next);
  });

  it('an unknown format: names the file and the formats that were expected', async () => {
    const { ru, en } = await explained('scan.xyz', new Uint8Array([1, 2, 3]));
    expect(ru.text).toMatch(/^scan\.xyz: неизвестный формат: нужен .*\.pdf, \.docx или изображение$/);
    expect(en.next).toMatch(/^Save it as .*\.docx or an image and add it again\.$/);
    noRawWords(ru.text, ru.next, en.text, en.next);
  });

  it('an exception no reader expected: "could not be read", what to do, and its words as details', async () => {
    const environment: LoadEnvironment = { ...nodeEnvironment, parseHtml: () => Promise.reject(new RangeError('Maximum call stack size exceeded')) };
    const { ru, en } = await explained('page.html', new TextEncoder().encode('<p>x</p>'), environment);
    expect(ru.text).toBe('page.html: не читается');
    expect(en).toEqual({ text: 'page.html: could not be read', next: expect.stringMatching(/opens on your computer/), details: 'Maximum call stack size exceeded' });
  });

  it("a stored report's error with no code is told as stored, with the next step of an unreadable file", () => {
    const told = explainSourceError({ location: 'old.pdf', error: 'is not a readable PDF (bad)' }, 'ru')!;
    expect(told.text).toBe('old.pdf: is not a readable PDF (bad)');
    expect(told.next).toMatch(/сохраните его заново/);
    expect(explainSourceError({ location: 'fine.pdf' }, 'ru')).toBeUndefined();
  });
});
