import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../../../engine/material/from-image';
import { joinPriceRows } from '../../../../engine/material/ocr-rows';

const line = (text: string, x0: number, y0: number, x1: number, height = 20): OcrLine => ({ text, confidence: 90, box: { x0, y0, x1, y1: y0 + height } });
const texts = (paragraphs: OcrLine[][]) => paragraphs.map((paragraph) => paragraph.map((l) => l.text));

describe('joinPriceRows', () => {
  it("joins a column of sums to the labels in their rows, each row a paragraph with its label's next line", () => {
    const labels = [line('Замена масла', 40, 100, 200), line('Компьютерная', 40, 130, 210), line('диагностика', 40, 155, 200), line('Развал-схождение', 40, 190, 260)];
    const sums = [line('900 ₽', 420, 101, 480), line('1 500 ₽', 400, 131, 480), line('250 ₽', 420, 191, 480)];
    expect(texts(joinPriceRows([labels, sums]))).toEqual([['Замена масла 900 ₽'], ['Компьютерная 1 500 ₽', 'диагностика'], ['Развал-схождение 250 ₽']]);
  });

  it('does not take a line of the next column into a row', () => {
    const paragraph = [line('Приём педиатра', 40, 100, 250), line('2 100 ₽', 400, 100, 480), line('Вс: выходной', 600, 100, 760)];
    expect(texts(joinPriceRows([paragraph]))).toEqual([['Приём педиатра 2 100 ₽'], ['Вс: выходной']]);
  });

  it('cuts a paragraph before a row Tesseract read whole, so its sum is not the price of the line above', () => {
    const paragraph = [line('УЗИ щитовидной 1600 2', 40, 100, 480), line('железы', 40, 125, 140), line('Общий анализ крови 690 ₽', 40, 160, 480)];
    expect(texts(joinPriceRows([paragraph]))).toEqual([['УЗИ щитовидной 1600 2', 'железы'], ['Общий анализ крови 690 ₽']]);
  });

  it("joins a sum read on its own line of the label's paragraph", () => {
    expect(texts(joinPriceRows([[line('Приём терапевта', 40, 100, 250), line('от 1 900 руб.', 400, 98, 480)]]))).toEqual([['Приём терапевта от 1 900 руб.']]);
  });

  it('joins nothing to a sum with no label in its row, a column of other text, or a sum left of its neighbour', () => {
    const paragraphs = [
      [line('Стоимость приёма', 40, 100, 250), line('для взрослых', 40, 130, 250)],
      [line('Пн–Пт: 08:00–20:00', 400, 100, 600), line('Сб: 09:00–18:00', 400, 130, 600)],
      [line('1 900 ₽', 40, 300, 120), line('Скидка 10 %', 200, 300, 330)],
      [line('2 100 ₽', 400, 400, 480)],
    ];
    expect(texts(joinPriceRows(paragraphs))).toEqual([['Стоимость приёма', 'для взрослых'], ['Пн–Пт: 08:00–20:00', 'Сб: 09:00–18:00'], ['1 900 ₽'], ['Скидка 10 %'], ['2 100 ₽']]);
  });
});
