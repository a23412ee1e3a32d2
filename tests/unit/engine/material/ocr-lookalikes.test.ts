import { describe, expect, it } from 'vitest';
import type { OcrWord } from '../../../../engine/material/ocr-columns';
import { cyrillicLookalikes } from '../../../../engine/material/ocr-lookalikes';

const words = (text: string): OcrWord[] => text.split(' ').map((t, i) => ({ text: t, confidence: 90, box: { x0: i * 50, y0: 0, x1: i * 50 + 40, y1: 20 } }));
const read = (text: string) =>
  cyrillicLookalikes(words(text))
    .map((w) => w.text)
    .join(' ');

describe('cyrillicLookalikes', () => {
  it.each([
    ['C6: 09:00–18:00 Вс: выходной', 'Сб: 09:00–18:00 Вс: выходной'],
    ['С6: 09:00–18:00', 'Сб: 09:00–18:00'],
    ['Скидка 10 % Ha первый приём', 'Скидка 10 % На первый приём'],
    ['Пн–Пт: 08:00–20:00, Bc: выходной', 'Пн–Пт: 08:00–20:00, Вс: выходной'],
  ])('puts back short Russian words read in Latin: %s', (ocr, printed) => {
    expect(read(ocr)).toBe(printed);
  });

  it.each(['Размер XL и M в наличии', 'Всё OK, ждём вас', 'Open daily: Mon–Sat 9–21', 'Телефон 6 раз'])('leaves Latin words, English lines and lone digits alone: %s', (text) => {
    expect(read(text)).toBe(text);
  });
});
