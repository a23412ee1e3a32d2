import { describe, expect, it } from 'vitest';
import { stageText } from '../../../../browser/materials/stage-text';
import { localeTranslator } from '../locale-translator';

describe('stageText', () => {
  const ru = localeTranslator('ru');
  const en = localeTranslator('en');

  it('names the PDF page being read, of how many', () => {
    expect(stageText(ru, { stage: 'pdf-page', page: 2, pages: 5 }, 'price.pdf')).toBe('Читаю PDF price.pdf: страница 2 из 5');
    expect(stageText(en, { stage: 'pdf-page', page: 2, pages: 5 }, 'price.pdf')).toBe('Reading PDF price.pdf: page 2 of 5');
  });

  it('names OCR with its per cent, reading and the checks', () => {
    expect(stageText(ru, { stage: 'ocr', percent: 40 }, 'flyer.png')).toBe('Распознаю текст (OCR) в flyer.png: 40 %');
    expect(stageText(en, { stage: 'reading' }, 'memo.txt')).toBe('Reading memo.txt');
    expect(stageText(ru, { stage: 'checking' }, '')).toBe('Проверяю материалы');
    expect(stageText(localeTranslator('uk'), { stage: 'ocr', percent: 5 }, 'a.png')).toBe('Розпізнаю текст (OCR) у a.png: 5 %');
  });
});
