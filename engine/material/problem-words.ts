import type { Language } from '../profile/types';
import type { MaterialProblem, ProblemCode } from './errors';

type Say = { [C in ProblemCode]: (problem: Extract<MaterialProblem, { code: C }>) => string };

/** "30 MB", "1.5 MB", "64 KB": a byte limit as the messages say it. */
function size(bytes: number, units: { kb: string; mb: string }): string {
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} ${units.kb}`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} ${units.mb}`;
}

export const sizeText = (bytes: number) => size(bytes, { kb: 'KB', mb: 'MB' });

/** Each message completes "FILE …". */
const ENGLISH: Say = {
  'encrypted-pdf': () => 'is an encrypted PDF: save it without a password',
  'unreadable-pdf': ({ detail }) => `is not a readable PDF (${detail})`,
  'unreadable-docx': ({ detail }) => `is not a readable Word document (${detail})`,
  'no-text-in-image': () => 'has no readable text (an empty or unreadable scan)',
  'not-text': ({ startsAs }) => (startsAs ? `is not UTF-8 text (it starts as ${startsAs} but does not go on as one)` : 'is not UTF-8 text (nor UTF-16, Windows-1251 Russian or Windows-1252 Latin-1)'),
  'unknown-format': ({ expected }) => `has an unknown format: expected ${expected.en}`,
  'no-text': () => 'has no text to check',
  http: ({ status }) => `answered HTTP ${status}`,
  'too-large': ({ limit }) => `is larger than ${sizeText(limit)}`,
  'unpacks-too-large': ({ limit }) => `unpacks to more than ${sizeText(limit)}`,
  'not-an-image': () => 'is not a readable image (expected a PNG, JPEG or WebP picture)',
  'unreadable-image': ({ detail }) => `is not a readable image (${detail})`,
  'image-too-large': ({ megapixels, width, height }) => `is an image larger than ${megapixels} megapixels (${width}×${height})`,
  timeout: ({ seconds }) => `did not finish within ${seconds} s`,
  'fetch-timeout': ({ seconds }) => `did not answer within ${seconds} s`,
  'fetch-failed': ({ detail }) => `could not be fetched (${detail})`,
  'not-a-file': () => 'is not a regular file (a device, pipe or socket)',
  missing: () => 'does not exist',
  folder: () => 'is a folder, not a file',
  'file-unreadable': ({ detail }) => `cannot be read (${detail})`,
  unreadable: ({ detail }) => `could not be read (${detail})`,
  'check-failed': ({ detail }) => `could not be checked (${detail})`,
  'guessed-encoding': ({ encoding }) => `read as ${encoding}, a guess: save it as UTF-8`,
  'broken-utf8': ({ count }) => `read as UTF-8 with ${count} broken byte sequence(s) shown as "\ufffd": save it as UTF-8 again`,
  'word-limit': ({ words }) => `checked the first ${words} words; the rest was left out`,
  'element-limit': ({ elements }) => `checked the first ${elements} elements of the page; the rest was left out`,
};

const russianSize = (bytes: number) => size(bytes, { kb: 'КБ', mb: 'МБ' });

const RUSSIAN: Say = {
  'encrypted-pdf': () => 'зашифрованный PDF: сохраните его без пароля',
  'unreadable-pdf': ({ detail }) => `не читается как PDF (${detail})`,
  'unreadable-docx': ({ detail }) => `не читается как документ Word (${detail})`,
  'no-text-in-image': () => 'на изображении не найден текст (пустой или нечитаемый скан)',
  'not-text': () => 'не текст: ни UTF-8, ни UTF-16, ни Windows-1251 (кириллица), ни Windows-1252 (латиница)',
  'unknown-format': ({ expected }) => `неизвестный формат: нужен ${expected.ru}`,
  'no-text': () => 'нет текста для проверки',
  http: ({ status }) => `сервер ответил HTTP ${status}`,
  'too-large': ({ limit }) => `больше ${russianSize(limit)}`,
  'unpacks-too-large': ({ limit }) => `в распакованном виде больше ${russianSize(limit)}`,
  'not-an-image': () => 'не читается как изображение: нужен PNG, JPEG или WebP',
  'unreadable-image': ({ detail }) => `не читается как изображение (${detail})`,
  'image-too-large': ({ megapixels }) => `изображение больше ${megapixels} мегапикселей`,
  timeout: ({ seconds }) => `не прочитан за ${seconds} с`,
  'fetch-timeout': ({ seconds }) => `не ответил за ${seconds} с`,
  'fetch-failed': ({ detail }) => `не удалось загрузить (${detail})`,
  'not-a-file': () => 'не обычный файл',
  missing: () => 'файла нет',
  folder: () => 'это папка, а не файл',
  'file-unreadable': ({ detail }) => `не читается (${detail})`,
  unreadable: ({ detail }) => `не читается (${detail})`,
  'check-failed': ({ detail }) => `не проверен (${detail})`,
  'guessed-encoding': ({ encoding }) => `кодировка угадана: ${encoding}; сохраните файл в UTF-8`,
  'broken-utf8': ({ count }) => `прочитан как UTF-8, испорченных последовательностей байтов: ${count} (показаны как «\ufffd»); сохраните файл в UTF-8 заново`,
  'word-limit': ({ words }) => `проверены только первые слова (предел — ${words}), остальное не проверялось`,
  'element-limit': ({ elements }) => `проверены первые ${elements} элементов страницы, остальное не проверялось`,
};

const CATALOGUE: Record<Language, Say> = { en: ENGLISH, ru: RUSSIAN };

/** A material problem in words of `language`. */
export function describeProblem(problem: MaterialProblem, language: Language): string {
  const say = CATALOGUE[language][problem.code] as (problem: MaterialProblem) => string;
  return say(problem);
}
