import { describe, expect, it } from 'vitest';
import { describeMaterialError, sizeText } from '../../../../engine/material/errors';

describe('describeMaterialError', () => {
  it.each([
    ['is an encrypted PDF: save it without a password', 'зашифрованный PDF: сохраните его без пароля'],
    ['is not a readable PDF (Invalid PDF structure.)', 'не читается как PDF (Invalid PDF structure.)'],
    ['has no readable text (an empty or unreadable scan)', 'на изображении не найден текст (пустой или нечитаемый скан)'],
    ['answered HTTP 404', 'сервер ответил HTTP 404'],
    ['is larger than 30 MB', 'больше 30 МБ'],
    ['did not answer within 15 s', 'не ответил за 15 с'],
    ['has no text to check', 'нет текста для проверки'],
    ['is larger than 64 KB', 'больше 64 КБ'],
    ['unpacks to more than 100 MB', 'в распакованном виде больше 100 МБ'],
    ['is not a readable image (expected a PNG, JPEG or WebP picture)', 'не читается как изображение: нужен PNG, JPEG или WebP'],
    ['is not a readable image (Error attempting to read image.)', 'не читается как изображение (Error attempting to read image.)'],
    ['read as Windows-1251 (Cyrillic), a guess: save it as UTF-8', 'кодировка угадана: Windows-1251 (Cyrillic); сохраните файл в UTF-8'],
    ['is an image larger than 50 megapixels (10000×9000)', 'изображение больше 50 мегапикселей'],
    ['did not finish within 0.5 s', 'не прочитан за 0.5 с'],
    ['is not a regular file (a device, pipe or socket)', 'не обычный файл'],
    ['checked the first 100000 words; the rest was left out', 'проверены только первые слова (предел — 100000), остальное не проверялось'],
  ])('says "%s" in Russian', (reason, russian) => {
    expect(describeMaterialError(reason, 'ru')).toBe(russian);
  });

  it('keeps English as it is, and an unknown reason in any language', () => {
    expect(describeMaterialError('answered HTTP 404', 'en')).toBe('answered HTTP 404');
    expect(describeMaterialError('something new', 'ru')).toBe('something new');
  });
});

describe('sizeText', () => {
  it('says a limit in megabytes, or kilobytes below one', () => {
    expect(sizeText(30 * 1024 * 1024)).toBe('30 MB');
    expect(sizeText(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(sizeText(64 * 1024)).toBe('64 KB');
  });
});
