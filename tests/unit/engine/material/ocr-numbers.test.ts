import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeOcr } from '../../../../cli/node-ocr';
import { checkMaterials } from '../../../../engine/engine';
import { materialFromImage } from '../../../../engine/material/from-image';
import type { OcrWord } from '../../../../engine/material/ocr-columns';
import { repairNumbers, withUnreadGlyphs } from '../../../../engine/material/ocr-numbers';
import { ocrResultOf } from '../../../../engine/material/tesseract-ocr';
import type { Profile } from '../../../../engine/profile/types';

/** Glyphs 20 px high on one baseline, 12 px apart (10 px of ink); words a space apart. */
const HEIGHT = 20;
const PITCH = 12;
const INK = 10;

/** Lowercase letters with a descender: an "x" height lower at the top, a quarter of a digit below the baseline. */
const DESCENDING = /[pрgyу]/u;

/**
 * A word at `x0` whose glyphs stand `pitches[i]` px after the one before (12 when not given), each
 * a digit's height on the baseline, but a letter with a descender as a font draws it; a
 * `capitalSized` word's glyphs all a digit's height (a "₽" the engine read as "p").
 */
function word(text: string, x0: number, pitches: number[] = [], capitalSized = false): OcrWord {
  let x = x0 - PITCH;
  const symbols = [...text].map((glyph, i) => {
    x += i === 0 ? PITCH : (pitches[i - 1] ?? PITCH);
    const descends = !capitalSized && DESCENDING.test(glyph);
    return { text: glyph, box: { x0: x, y0: descends ? 0.3 * HEIGHT : 0, x1: x + INK, y1: descends ? 1.25 * HEIGHT : HEIGHT } };
  });
  const box = { x0, y0: Math.min(...symbols.map((s) => s.box.y0)), x1: x + INK, y1: Math.max(...symbols.map((s) => s.box.y1)) };
  return { text, confidence: 90, box, symbols };
}

/** A line's words, each a space of `space` px after the one before. */
function line(text: string, space = 10): OcrWord[] {
  let x = 0;
  return text.split(' ').map((t) => {
    const w = word(t, x);
    x = w.box.x1 + space;
    return w;
  });
}

const read = (words: OcrWord[]) =>
  repairNumbers(words)
    .map((w) => w.text)
    .join(' ');

describe('repairNumbers: the rouble sign Tesseract cannot read', () => {
  it.each([
    ['190 2', '190 ₽'],
    ['от 190 Р', 'от 190 ₽'],
    ['1 900 P', '1 900 ₽'],
    ['Консультация 1 900 ?', 'Консультация 1 900 ₽'],
    ['от 190 #', 'от 190 ₽'],
    ['iPhone 12 — 7900 2?', 'iPhone 12 — 7900 ₽'],
    ['2 500 ?/час', '2 500 ₽/час'],
    ['2 500 Р/час', '2 500 ₽/час'],
    ['Мойка 250 P за 2 раза', 'Мойка 250 ₽ за 2 раза'],
    ['| Стрижка 1 200 P|', '| Стрижка 1 200 ₽|'],
    ['Стрижка 1 200 2.', 'Стрижка 1 200 ₽.'],
    ['Обед 390,50 2', 'Обед 390,50 ₽'],
    ['Консультация 1 900 £', 'Консультация 1 900 ₽'],
  ])('a sign read as a word of its own after a sum: "%s" → "%s"', (text, repaired) => {
    expect(read(line(text))).toBe(repaired);
  });

  it.each([
    ['+7 (495) 123-45-67'],
    ['8 800 555 35 35'],
    ['Открытие 12.03.2025'],
    ['Открытие 12.03 2 раза'],
    ['Приходите 2 раза'],
    ['Работаем 24/7'],
    ['P.S. Ждём вас'],
    ['42 размер'],
    ['Зал 2 Рядом с метро'],
    ['Buy 2 pcs'],
    ['Tickets 2 P'],
    ['Тариф 3 Pro'],
    ['Комнат 3 2 000 ₽'],
    ['Этаж 5 P'],
    ['1 900 2 5'],
    ['2 500 2/4ac'],
    ['Пакет 200 г'],
    ['A stamp for 50 p'],
    ['Доставка 350 p.'],
    ['Tickets 15 £ each'],
    ['Консультация £1 900'],
  ])('a number and what follows it stay as read: "%s"', (text) => {
    expect(read(line(text))).toBe(text);
  });

  it.each([
    ['Pumpkin latte 42 p', 'Pumpkin latte 42 ₽'],
    ['Забор крови 190 р', 'Забор крови 190 ₽'],
  ])('a sign read as a lowercase letter of the digits\' height: "%s" → "%s"', (text, repaired) => {
    const words = line(text);
    const last = words[words.length - 1]!;
    words[words.length - 1] = word(last.text, last.box.x0, [], true);
    expect(read(words)).toBe(repaired);
  });

  it('leaves a glyph after a sum when it stands too far off to be its sign', () => {
    expect(read(line('190 P', 2.5 * HEIGHT))).toBe('190 P');
  });

  it('leaves a glyph after a sum that does not stand on its baseline at its height', () => {
    const words = line('190 P');
    const sign = words[1]!;
    words[1] = { ...sign, box: { ...sign.box, y0: 8, y1: 34 }, symbols: [{ text: 'P', box: { ...sign.box, y0: 8, y1: 34 } }] };
    expect(read(words)).toBe('190 P');
  });

  it.each([
    ['19002', '1900 ₽', [12, 12, 12, 20]],
    ['190Р', '190 ₽', [12, 12, 19]],
    ['190?', '190 ₽', [12, 12, 18]],
    ['2002]', '200 ₽]', [12, 12, 20, 12]],
    ['1900P.', '1900 ₽.', [12, 12, 12, 22, 12]],
  ])('a sign glued to its sum, told by the space before it: "%s" → "%s"', (text, repaired, pitches) => {
    expect(read([word(text, 0, pitches)])).toBe(repaired);
  });

  it("reads a lowercase letter glued to a sum as its sign only when it is of the digits' height", () => {
    expect(read([word('2100p', 0, [12, 12, 12, 20], true)])).toBe('2100 ₽');
    expect(read([word('2100p', 0, [12, 12, 12, 20])])).toBe('2100p');
  });

  it.each([
    ['2012', [12, 12, 12]],
    ['1902', [12, 12, 13]],
    ['190P', [12, 12, 12]],
    ['1080P', [12, 12, 12, 12]],
  ])('a glyph evenly spaced with the digits stays: "%s"', (text, pitches) => {
    expect(read([word(text, 0, pitches)])).toBe(text);
  });

  it('leaves a glued glyph when the engine gave no glyph boxes, and when a number follows', () => {
    const { symbols: _, ...bare } = word('19002', 0, [12, 12, 12, 20]);
    expect(read([bare])).toBe('19002');
    expect(read([word('19002', 0, [12, 12, 12, 20]), word('5', 100)])).toBe('19002 5');
  });
});

describe('repairNumbers: a sum split by a narrow gap', () => {
  it.each([
    ['19 00 ₽', 4, '1900 ₽'],
    ['1 9 00 руб.', 4, '1900 руб.'],
    ['Стрижка 12 00 р.', 5, 'Стрижка 1200 р.'],
  ])('digits of one sum are joined: "%s"', (text, gap, repaired) => {
    const words = line(text);
    // The gaps between the split digits narrow, the space before the currency a word space.
    let x = words[0]!.box.x0;
    const laid = words.map((w, i) => {
      const joinedBefore = i > 0 && /^\d+$/.test(w.text) && /^\d+$/.test(words[i - 1]!.text);
      const moved = word(w.text, i === 0 ? x : x + (joinedBefore ? gap : 10));
      x = moved.box.x1;
      return moved;
    });
    expect(read(laid)).toBe(repaired);
  });

  it.each([['19 00 ₽'], ['1 900 ₽'], ['с 10 до 15 ₽'], ['Дом 12 00']])('digits a word space apart, a sum already grouped in thousands, or no currency after stay: "%s"', (text) => {
    expect(read(line(text))).toBe(text);
  });

  it("keeps the joined sum's box over all its digits and the least confidence", () => {
    const words = [word('19', 0), word('00', 28), { ...word('₽', 60), confidence: 40 }];
    words[1] = { ...words[1]!, confidence: 70 };
    const [sum] = repairNumbers(words);
    expect(sum).toMatchObject({ text: '1900', box: { x0: 0, y0: 0, x1: 50, y1: HEIGHT }, confidence: 70 });
  });
});

describe('ocrResultOf', () => {
  const box = (x0: number, x1: number) => ({ x0, y0: 0, x1, y1: 20 });
  const symbolsOf = (text: string, x0: number) => [...text].map((t, i) => ({ text: t, bbox: box(x0 + i * 12, x0 + i * 12 + 10), confidence: 90 }));
  const tesseractWord = (text: string, x0: number) => ({ text, confidence: 90, bbox: box(x0, x0 + text.length * 12 - 2), symbols: symbolsOf(text, x0) });

  it("reads a line's text from its words, the sign after a sum repaired, in the line's box", () => {
    const words = [tesseractWord('Стрижка', 0), tesseractWord('190', 94), tesseractWord('2', 140)];
    const result = ocrResultOf([{ paragraphs: [{ lines: [{ text: 'Стрижка 190 2\n', confidence: 88, bbox: box(0, 150), words }] }] }]);
    expect(result.paragraphs[0]!.lines).toEqual([{ text: 'Стрижка 190 ₽', confidence: 88, box: box(0, 150) }]);
  });

  it('keeps the text of a line given with no words', () => {
    const result = ocrResultOf([{ paragraphs: [{ lines: [{ text: 'Скидка 10%\n', confidence: 91, bbox: box(0, 100) }] }] }]);
    expect(result.paragraphs[0]!.lines[0]!.text).toBe('Скидка 10%');
  });
});

describe('a price read off a real image', () => {
  const ocr = createNodeOcr();
  afterAll(() => ocr.close());
  const salon: Profile = { format: 'sverka.profile/1', name: 'Салон «Лён»', languages: ['ru'], facts: [{ id: 'cut', kind: 'price', label: 'Стрижка', topics: ['стрижк'], value: { amount: 250, currency: 'RUB' } }] };

  // tests/fixtures/ocr/price.html, photographed by scripts/make-ocr-fixtures.ts: Tesseract reads its "₽" as a Latin "P".
  it('contradicts the profile\'s price with "190 ₽", its sign read as another letter', { timeout: 60_000 }, async () => {
    const material = await materialFromImage(new Uint8Array(readFileSync('tests/fixtures/ocr/price.jpg')), { id: 's1', kind: 'image', location: 'price.jpg' }, ocr);
    expect(material.blocks.map((b) => b.text)).toContain('Мужская стрижка — всего 190 ₽');
    expect(material.blocks.map((b) => b.text)).toContain('Запись: +7 (495) 123-45-67, ежедневно 2 раза в неделю акции.');
    const report = await checkMaterials([material], salon, { only: ['contradiction'] });
    expect(report.findings.map((f) => [f.factId, f.quote])).toEqual([['cut', 'Мужская стрижка — всего 190 ₽']]);
    const promise = report.promises.find((p) => p.id === report.findings[0]!.promiseId);
    expect(promise?.value).toMatchObject({ amount: 190, currency: 'RUB' });
  });
});

describe('a sign Tesseract dropped, seen in the ink', () => {
  const glyph = (x0: number, y0 = 0, y1 = HEIGHT) => ({ x0, y0, x1: x0 + 14, y1 });
  const read = (words: OcrWord[], unread: { x0: number; y0: number; x1: number; y1: number }[]) =>
    repairNumbers(withUnreadGlyphs(words, unread))
      .map((w) => w.text)
      .join(' ');

  it('puts the rouble sign where unread ink stands right after a sum, at its height', () => {
    const words = line('Pumpkin latte 42');
    expect(read(words, [glyph(words[2]!.box.x1 + 8)])).toBe('Pumpkin latte 42 ₽');
  });

  it('reads nothing into ink far from the sum, off its baseline, after a word, or before the next number', () => {
    const words = line('Pumpkin latte 42');
    const end = words[2]!.box.x1;
    expect(read(words, [glyph(end + 40)])).toBe('Pumpkin latte 42');
    expect(read(words, [glyph(end + 8, 12, 30)])).toBe('Pumpkin latte 42');
    expect(read(line('Приходите завтра'), [glyph(line('Приходите завтра')[1]!.box.x1 + 8)])).toBe('Приходите завтра');
    const phone = line('тел 495 123');
    expect(read(phone, [glyph(phone[1]!.box.x1 + 2)])).toBe('тел 495 123');
  });
});

describe('a sign read as two glyphs', () => {
  it('is the sign: "42 Pp" is "42 ₽"', () => {
    expect(
      repairNumbers(line('Pumpkin latte 42 Pp'))
        .map((w) => w.text)
        .join(' '),
    ).toBe('Pumpkin latte 42 ₽');
  });
});

describe('a sign whose box reaches above the sum', () => {
  const signAt = (x0: number, y0: number, y1: number): OcrWord => ({ text: '2', confidence: 80, box: { x0, y0, x1: x0 + 14, y1 }, symbols: [{ text: '2', box: { x0, y0, x1: x0 + 14, y1 } }] });

  it("is the sign when it stands on the digits' baseline (a rule's remnant above joined its box)", () => {
    const sum = word('1600', 0);
    expect(repairNumbers([sum, signAt(sum.box.x1 + 10, -10, HEIGHT)]).map((w) => w.text)).toEqual(['1600', '₽']);
  });

  it("is not when it hangs below the baseline or starts below the digits' top", () => {
    const sum = word('1600', 0);
    expect(repairNumbers([sum, signAt(sum.box.x1 + 10, -10, HEIGHT + 10)]).map((w) => w.text)).toEqual(['1600', '2']);
    expect(repairNumbers([sum, signAt(sum.box.x1 + 10, 8, HEIGHT)]).map((w) => w.text)).toEqual(['1600', '2']);
  });
});
