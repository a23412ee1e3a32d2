import { describe, expect, it } from 'vitest';
import { withDoubtfulWordsReread, type EngineBlock, type EngineWord, type ReadAs } from '../../../../engine/material/doubtful-words';
import type { OcrBox } from '../../../../engine/material/types';

const LETTER = 20;
const word = (text: string, confidence: number, x0: number): EngineWord => ({ text, confidence, bbox: { x0, y0: 100, x1: x0 + 12 * text.length, y1: 120 } });
const pageOf = (words: EngineWord[]): EngineBlock[] => [{ paragraphs: [{ lines: [{ text: words.map((w) => w.text).join(' '), confidence: 80, bbox: { x0: 0, y0: 98, x1: 600, y1: 124 }, words }] }] }];
const textOf = (blocks: EngineBlock[]) => blocks[0]!.paragraphs[0]!.lines[0]!.words!.map((w) => w.text).join(' ');

type Answers = Record<string, Partial<Record<ReadAs, EngineWord[]>>>;

/** A reader that answers a box with what `answers` holds for the page's word inside it, read as asked, and notes each question. */
function readerOf(answers: Answers, page: EngineWord[]) {
  const asked: { box: OcrBox; as: ReadAs }[] = [];
  const readAlone = async (box: OcrBox, as: ReadAs) => {
    asked.push({ box, as });
    const inside = page.find((w) => w.bbox.x0 >= box.x0 && w.bbox.x1 <= box.x1);
    return inside ? (answers[inside.text]?.[as] ?? []) : [];
  };
  return { readAlone, asked };
}

async function reread(page: EngineWord[], answers: Answers) {
  const reader = readerOf(answers, page);
  return { text: textOf(await withDoubtfulWordsReread(pageOf(page), LETTER, reader.readAlone)), asked: reader.asked };
}

describe('withDoubtfulWordsReread', () => {
  it("takes a doubtful word's reading alone when it is surer and a reading as a word agrees, and leaves sure words unread", async () => {
    const page = [word('Скидка', 96, 0), word('для', 95, 90), word('пацизэнтов.', 47, 140)];
    const { text, asked } = await reread(page, { 'пацизэнтов.': { line: [word('пациэнтов.', 89, 140)], word: [word('пациэнтов', 75, 140)] } });
    expect(text).toBe('Скидка для пациэнтов.');
    expect(asked.map((q) => q.as)).toEqual(['line', 'word']);
  });

  it("keeps the page's letters when the two readings alone disagree, however sure the first", async () => {
    const page = [word('пациэнтов.', 52, 0)];
    expect((await reread(page, { 'пациэнтов.': { line: [word('пацизэнтов.', 72, 0)], word: [word('пациэнтов.', 28, 0)] } })).text).toBe('пациэнтов.');
  });

  it('counts a Latin lookalike of a Cyrillic letter as that letter when the readings are compared', async () => {
    const page = [word('CO:', 65, 0)];
    expect((await reread(page, { 'CO:': { line: [word('Сб:', 88, 0)], word: [word('C6:', 78, 0)] } })).text).toBe('Сб:');
  });

  it('takes a surer reading of the same letters without asking twice', async () => {
    const page = [word('Пн-Пт', 55, 0)];
    const { text, asked } = await reread(page, { 'Пн-Пт': { line: [word('Пн-Пт:', 89, 0)] } });
    expect(text).toBe('Пн-Пт:');
    expect(asked).toHaveLength(1);
  });

  it('reads a word alone between its neighbours, with paper above and below its line', async () => {
    const page = [word('Скидка', 96, 0), word('пацизэнтов.', 47, 80), word('сегодня', 96, 230)];
    const { asked } = await reread(page, {});
    expect(asked).toEqual([{ box: { x0: 73, y0: 88, x1: 222, y1: 134 }, as: 'line' }]);
  });

  it('keeps the first reading when the word alone is no surer, or not read at all', async () => {
    const page = [word('Сб:', 55, 0), word('09:00', 96, 60), word('вьгходной', 40, 140)];
    expect((await reread(page, { 'Сб:': { line: [word('C6:', 50, 0)], word: [word('C6:', 50, 0)] } })).text).toBe('Сб: 09:00 вьгходной');
  });

  it('takes a word that comes back as two only when both are surer', async () => {
    const page = [word('1900г', 47, 0)];
    const confirm = [word('1900', 70, 0)];
    expect((await reread(page, { '1900г': { line: [word('19', 80, 0), word('00', 75, 30)], word: confirm } })).text).toBe('19 00');
    expect((await reread(page, { '1900г': { line: [word('19', 80, 0), word('00', 40, 30)], word: confirm } })).text).toBe('1900г');
  });

  it('never reads a lone glyph or a stop again: the sign after a sum is told by its box', async () => {
    const page = [word('190', 90, 0), word('P', 11, 50), word('—', 20, 80)];
    const { text, asked } = await reread(page, { P: { line: [word('р', 95, 50)], word: [word('р', 95, 50)] } });
    expect(text).toBe('190 P —');
    expect(asked).toEqual([]);
  });

  it('reads again at most sixteen words of a page, the least sure first', async () => {
    const page = Array.from({ length: 20 }, (_, i) => word(`сл${i}`, 30 + i, i * 60));
    const { asked } = await reread(page, {});
    expect(asked).toHaveLength(16);
    expect(asked[0]!.box.x0).toBe(-10);
    expect(asked.some(({ box }) => box.x0 > 16 * 60)).toBe(false);
  });
});
