import type { Language } from '../profile/types';

/** A material that cannot be read; the message completes "FILE …" ("is not a readable PDF"). */
export class MaterialError extends Error {}

/** "30 MB", "1.5 MB", "64 KB": a byte limit as the messages say it. */
export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The Russian for each reason a material could not be read; `$1` is the detail in brackets or the number. */
const RUSSIAN: [RegExp, string][] = [
  [/^is an encrypted PDF/, 'зашифрованный PDF: сохраните его без пароля'],
  [/^is not a readable PDF \((.*)\)$/s, 'не читается как PDF ($1)'],
  [/^is not a readable Word document \((.*)\)$/s, 'не читается как документ Word ($1)'],
  [/^has no readable text/, 'на изображении не найден текст (пустой или нечитаемый скан)'],
  [/^read as UTF-8 with (\d+) broken/, 'прочитан как UTF-8, испорченных последовательностей байтов: $1 (показаны как «\ufffd»); сохраните файл в UTF-8 заново'],
  [/^read as (.*), a guess: save it as UTF-8$/, 'кодировка угадана: $1; сохраните файл в UTF-8'],
  [/^is not UTF-8 text/, 'не текст: ни UTF-8, ни UTF-16, ни Windows-1251 (кириллица), ни Windows-1252 (латиница)'],
  [/^has an unknown format/, 'неизвестный формат: нужен .html, .htm, .txt, .md, .pdf, .docx или изображение'],
  [/^has no text to check/, 'нет текста для проверки'],
  [/^answered HTTP (\d+)/, 'сервер ответил HTTP $1'],
  [/^is larger than ([\d.]+) MB/, 'больше $1 МБ'],
  [/^is larger than ([\d.]+) KB/, 'больше $1 КБ'],
  [/^unpacks to more than ([\d.]+) MB/, 'в распакованном виде больше $1 МБ'],
  [/^unpacks to more than ([\d.]+) KB/, 'в распакованном виде больше $1 КБ'],
  [/^is not a readable image \(expected a PNG, JPEG or WebP picture\)$/, 'не читается как изображение: нужен PNG, JPEG или WebP'],
  [/^is not a readable image \((.*)\)$/s, 'не читается как изображение ($1)'],
  [/^is an image larger than (\d+) megapixels/, 'изображение больше $1 мегапикселей'],
  [/^did not finish within ([\d.]+) s/, 'не прочитан за $1 с'],
  [/^is not a regular file/, 'не обычный файл'],
  [/^checked the first (\d+) words/, 'проверены только первые слова (предел — $1), остальное не проверялось'],
  [/^did not answer within ([\d.]+) s/, 'не ответил за $1 с'],
  [/^could not be fetched \((.*)\)$/s, 'не удалось загрузить ($1)'],
  [/^does not exist/, 'файла нет'],
  [/^is a folder, not a file/, 'это папка, а не файл'],
  [/^cannot be read \((.*)\)$/s, 'не читается ($1)'],
  [/^could not be read \((.*)\)$/s, 'не читается ($1)'],
  [/^checked the first (\d+) elements of the page/, 'проверены первые $1 элементов страницы, остальное не проверялось'],
];

/** A material error in the reader's language; an English reason with no Russian stays as it is. */
export function describeMaterialError(reason: string, language: Language): string {
  if (language !== 'ru') return reason;
  for (const [pattern, russian] of RUSSIAN) {
    const match = pattern.exec(reason);
    if (match) return russian.replace('$1', match[1] ?? '');
  }
  return reason;
}
