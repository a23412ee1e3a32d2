import { describe, expect, it } from 'vitest';
import { describeMaterialError } from '../../../utils/material/errors';

describe('describeMaterialError', () => {
  it.each([
    ['is an encrypted PDF: save it without a password', 'зашифрованный PDF: сохраните его без пароля'],
    ['is not a readable PDF (Invalid PDF structure.)', 'не читается как PDF (Invalid PDF structure.)'],
    ['has no readable text (an empty or unreadable scan)', 'на изображении не найден текст (пустой или нечитаемый скан)'],
    ['answered HTTP 404', 'сервер ответил HTTP 404'],
    ['is larger than 30 MB', 'больше 30 МБ'],
    ['did not answer within 15 s', 'не ответил за 15 с'],
    ['has no text to check', 'нет текста для проверки'],
  ])('says "%s" in Russian', (reason, russian) => {
    expect(describeMaterialError(reason, 'ru')).toBe(russian);
  });

  it('keeps English as it is, and an unknown reason in any language', () => {
    expect(describeMaterialError('answered HTTP 404', 'en')).toBe('answered HTTP 404');
    expect(describeMaterialError('something new', 'ru')).toBe('something new');
  });
});
