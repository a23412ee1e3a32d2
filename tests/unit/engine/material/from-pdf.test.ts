import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeEnvironment } from '../../../../cli/node-environment';
import { materialFromPdf, type PdfLike } from '../../../../engine/material/from-pdf';
import { DEFAULT_LIMITS } from '../../../../engine/material/limits';
import { loadMaterialOrError } from '../../../../engine/material/load';

const flyer = new Uint8Array(readFileSync('tests/fixtures/cli/flyer.pdf'));
const source = { id: 's1', kind: 'pdf' as const, location: 'flyer.pdf' };

/** A PDF of `pages` pages with one line each, shaped as pdf.js returns it. */
function fakePdf(pages: number): PdfLike {
  return {
    numPages: pages,
    getPage: async (n) => ({ getTextContent: async () => ({ items: [{ str: `Страница ${n}.`, transform: [10, 0, 0, 10, 0, 700], hasEOL: true }] }) }),
  };
}

describe('materialFromPdf', () => {
  it('reads the known lines of a real PDF flyer, each block knowing its page', async () => {
    const material = await materialFromPdf(await nodeEnvironment.openPdf(flyer), source);
    expect(material.blocks.map((b) => b.text.trim())).toEqual([
      '«Здоровье+» рядом с домом',
      'Открыты ежедневно с 7:30 до 23:00.',
      'УЗИ брюшной полости — 1 900 ₽.',
      'Без очередей: ожидание в холле не больше 5 минут.',
      'Москва, Большая Никитская улица, 42. Телефон: +7 (495) 123-45-67.',
      'Запишитесь сегодня и приходите завтра — ваш врач уже ждёт.',
    ]);
    expect(material.blocks.every((b) => b.page === 1)).toBe(true);
    expect(material.language).toBe('ru');
  });

  it('reports its progress page by page', async () => {
    const fractions: number[] = [];
    await materialFromPdf(fakePdf(4), source, 'ru', { onProgress: (f) => fractions.push(f) });
    expect(fractions).toEqual([0, 0.25, 0.5, 0.75]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const pages: number[] = [];
    const work = { signal: controller.signal, onProgress: (f: number) => (pages.push(f), f >= 0.5 && controller.abort()) };
    await expect(materialFromPdf(fakePdf(10), source, 'ru', work)).rejects.toThrow();
    expect(pages.length).toBe(6);
  });
});

describe('a PDF past the word limit', () => {
  it('is not read past the page where the limit is passed, and is cut at the exact word with a note', async () => {
    const asked: number[] = [];
    const pdf = fakePdf(100);
    const counting: PdfLike = { numPages: pdf.numPages, getPage: (n) => (asked.push(n), pdf.getPage(n)) };
    const material = await materialFromPdf(counting, source, 'ru', {}, 5);
    expect(asked).toEqual([1, 2, 3]);
    expect(material.blocks.length).toBe(3);
  });

  it('says so on its source when loaded', async () => {
    const limits = { ...DEFAULT_LIMITS, maxWords: 3 };
    const material = await loadMaterialOrError(async () => ({ bytes: flyer }), { id: 's7', location: 'flyer.pdf', title: 'flyer.pdf' }, nodeEnvironment, 'ru', {}, limits);
    expect(material.blocks.map((block) => block.text)).toEqual(['«Здоровье+» рядом с']);
    expect(material.source.notes).toEqual(['checked the first 3 words; the rest was left out']);
  });
});

describe('loadMaterialOrError', () => {
  const named = { id: 's2', location: 'broken.pdf', title: 'broken.pdf' };
  it('turns an unreadable file into a source with one clear error', async () => {
    const material = await loadMaterialOrError(async () => ({ bytes: new TextEncoder().encode('%PDF-1.7 garbage') }), named, nodeEnvironment);
    expect(material.blocks).toEqual([]);
    expect(material.source).toMatchObject({ id: 's2', location: 'broken.pdf', error: expect.stringMatching(/^is not a readable PDF/) });
  });
  it('explains a material with no text', async () => {
    const material = await loadMaterialOrError(async () => ({ bytes: new TextEncoder().encode('  \n ') }), { id: 's3', location: 'empty.txt', title: 'empty.txt' }, nodeEnvironment);
    expect(material.source.error).toBe('has no text to check');
  });
  it('gives a material that does not arrive in time an error naming the deadline', async () => {
    const limits = { ...DEFAULT_LIMITS, timeoutMs: 50 };
    const never = () => new Promise<never>(() => undefined);
    const material = await loadMaterialOrError(never, { id: 's5', location: 'slow.pdf', title: 'slow.pdf' }, nodeEnvironment, 'ru', {}, limits);
    expect(material.source.error).toBe('did not finish within 0.05 s');
  });
  it('refuses bytes over the limit before reading them', async () => {
    const limits = { ...DEFAULT_LIMITS, maxBytes: 1024 };
    const material = await loadMaterialOrError(async () => ({ bytes: flyer }), { id: 's6', location: 'flyer.pdf', title: 'flyer.pdf' }, nodeEnvironment, 'ru', {}, limits);
    expect(material.source.error).toBe('is larger than 1 KB');
  });
  it('lets a cancel through instead of blaming the material', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(loadMaterialOrError(async () => ({ bytes: flyer }), { id: 's4', location: 'flyer.pdf', title: 'flyer.pdf' }, nodeEnvironment, 'ru', { signal: controller.signal })).rejects.toThrow();
  });
});
