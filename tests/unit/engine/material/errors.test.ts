import { describe, expect, it } from 'vitest';
import { MaterialError, type MaterialProblem } from '../../../../engine/material/errors';
import { unknownFormat } from '../../../../engine/material/formats';
import { describeProblem, sizeText } from '../../../../engine/material/problem-words';
import { sourceError, sourceNotes, withError, withNote, withoutNote } from '../../../../engine/material/source-problems';

describe('describeProblem', () => {
  it.each<[MaterialProblem, string, string]>([
    [{ code: 'encrypted-pdf' }, 'is an encrypted PDF: save it without a password', 'зашифрованный PDF: сохраните его без пароля'],
    [{ code: 'unreadable-pdf', detail: 'Invalid PDF structure.' }, 'is not a readable PDF (Invalid PDF structure.)', 'не читается как PDF (Invalid PDF structure.)'],
    [{ code: 'no-text-in-image' }, 'has no readable text (an empty or unreadable scan)', 'на изображении не найден текст (пустой или нечитаемый скан)'],
    [{ code: 'http', status: 404 }, 'answered HTTP 404', 'сервер ответил HTTP 404'],
    [{ code: 'too-large', limit: 30 * 1024 * 1024 }, 'is larger than 30 MB', 'больше 30 МБ'],
    [{ code: 'fetch-timeout', seconds: 15 }, 'did not answer within 15 s', 'не ответил за 15 с'],
    [{ code: 'no-text' }, 'has no text to check', 'нет текста для проверки'],
    [{ code: 'too-large', limit: 64 * 1024 }, 'is larger than 64 KB', 'больше 64 КБ'],
    [{ code: 'unpacks-too-large', limit: 100 * 1024 * 1024 }, 'unpacks to more than 100 MB', 'в распакованном виде больше 100 МБ'],
    [{ code: 'not-an-image' }, 'is not a readable image (expected a PNG, JPEG or WebP picture)', 'не читается как изображение: нужен PNG, JPEG или WebP'],
    [{ code: 'unreadable-image', detail: 'Error attempting to read image.' }, 'is not a readable image (Error attempting to read image.)', 'не читается как изображение (Error attempting to read image.)'],
    [{ code: 'guessed-encoding', encoding: 'Windows-1251 (Cyrillic)' }, 'read as Windows-1251 (Cyrillic), a guess: save it as UTF-8', 'кодировка угадана: Windows-1251 (Cyrillic); сохраните файл в UTF-8'],
    [{ code: 'image-too-large', megapixels: 50, width: 10000, height: 9000 }, 'is an image larger than 50 megapixels (10000×9000)', 'изображение больше 50 мегапикселей'],
    [{ code: 'timeout', seconds: 0.5 }, 'did not finish within 0.5 s', 'не прочитан за 0.5 с'],
    [{ code: 'not-a-file' }, 'is not a regular file (a device, pipe or socket)', 'не обычный файл'],
    [{ code: 'word-limit', words: 100000 }, 'checked the first 100000 words; the rest was left out', 'проверены только первые слова (предел — 100000), остальное не проверялось'],
  ])('says %j in English and in Russian', (problem, english, russian) => {
    expect(describeProblem(problem, 'en')).toBe(english);
    expect(describeProblem(problem, 'ru')).toBe(russian);
    expect(new MaterialError(problem).message).toBe(english);
  });

  it('names every format the loader reads in the unknown-format message, in both languages', () => {
    expect(describeProblem(unknownFormat(), 'en')).toBe('has an unknown format: expected .html, .htm, .xhtml, .txt, .text, .md, .markdown, .csv, .tsv, .pdf, .docx or an image');
    expect(describeProblem(unknownFormat(), 'ru')).toBe('неизвестный формат: нужен .html, .htm, .xhtml, .txt, .text, .md, .markdown, .csv, .tsv, .pdf, .docx или изображение');
  });
});

describe("a source's problems", () => {
  const source = { id: 's1', kind: 'text' as const, location: 'flyer.txt' };

  it("keeps the English words for the report and says them in the reader's language from the code", () => {
    const failed = withError(source, { code: 'http', status: 404 });
    expect(failed).toMatchObject({ error: 'answered HTTP 404', problem: { code: 'http', status: 404 } });
    expect(sourceError(failed, 'ru')).toBe('сервер ответил HTTP 404');
  });

  it("says a stored report's error and notes, which have no codes, as they were stored", () => {
    const stored = { ...source, error: 'answered HTTP 404', notes: ['checked the first 7 words; the rest was left out'] };
    expect(sourceError(stored, 'ru')).toBe('answered HTTP 404');
    expect(sourceNotes(stored, 'ru')).toEqual(['checked the first 7 words; the rest was left out']);
  });

  it('notes a problem once and can take it back', () => {
    const limit: MaterialProblem = { code: 'element-limit', elements: 11 };
    const noted = withNote(withNote(withNote(source, { code: 'broken-utf8', count: 2 }), limit), limit);
    expect(noted.notes).toHaveLength(2);
    expect(sourceNotes(noted, 'ru')[1]).toBe('проверены первые 11 элементов страницы, остальное не проверялось');
    const back = withoutNote(noted, limit);
    expect(back.notes).toEqual([describeProblem({ code: 'broken-utf8', count: 2 }, 'en')]);
    expect(back.noteProblems).toEqual([{ code: 'broken-utf8', count: 2 }]);
    expect(withoutNote(back, { code: 'broken-utf8', count: 2 })).toEqual(source);
  });
});

describe('sizeText', () => {
  it('says a limit in megabytes, or kilobytes below one', () => {
    expect(sizeText(30 * 1024 * 1024)).toBe('30 MB');
    expect(sizeText(1.5 * 1024 * 1024)).toBe('1.5 MB');
    expect(sizeText(64 * 1024)).toBe('64 KB');
  });
});
