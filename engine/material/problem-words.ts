import type { Language } from '../profile/types';
import type { MaterialProblem, ProblemCode } from './errors';

type Say = { [C in ProblemCode]: (problem: Extract<MaterialProblem, { code: C }>) => string };

/** "30 MB", "1.5 MB", "64 KB": a byte limit as the messages say it. */
function size(bytes: number, units: { kb: string; mb: string }): string {
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} ${units.kb}`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} ${units.mb}`;
}

export const sizeText = (bytes: number) => size(bytes, { kb: 'KB', mb: 'MB' });

/** " (Invalid PDF structure.)": a library's words after the problem's, when it gave any. */
const said = (detail: string | undefined) => (detail ? ` (${detail})` : '');

/** Each message completes "FILE …"; a library's words stand in brackets at its end. */
const ENGLISH: Say = {
  'encrypted-pdf': () => 'is an encrypted PDF: save it without a password',
  'unreadable-pdf': ({ detail }) => `is not a readable PDF${said(detail)}`,
  'unreadable-docx': ({ detail }) => `is not a readable Word document${said(detail)}`,
  'no-text-in-image': () => 'has no readable text (an empty or unreadable scan)',
  'not-text': ({ startsAs }) => (startsAs ? `is not UTF-8 text (it starts as ${startsAs} but does not go on as one)` : 'is not UTF-8 text (nor UTF-16, Windows-1251 Russian or Windows-1252 Latin-1)'),
  'unknown-format': ({ expected }) => `has an unknown format: expected ${expected.en}`,
  'no-text': () => 'has no text to check',
  http: ({ status }) => `answered HTTP ${status}`,
  'too-large': ({ limit }) => `is larger than ${sizeText(limit)}`,
  'unpacks-too-large': ({ limit }) => `unpacks to more than ${sizeText(limit)}`,
  'not-an-image': () => 'is not a readable image (expected a PNG, JPEG or WebP picture)',
  'unreadable-image': ({ detail }) => `is not a readable image${said(detail)}`,
  'image-too-large': ({ megapixels, width, height }) => `is an image larger than ${megapixels} megapixels (${width}×${height})`,
  timeout: ({ seconds }) => `did not finish within ${seconds} s`,
  'fetch-timeout': ({ seconds }) => `did not answer within ${seconds} s`,
  'fetch-failed': ({ detail }) => `could not be fetched${said(detail)}`,
  'not-a-file': () => 'is not a regular file (a device, pipe or socket)',
  missing: () => 'does not exist',
  folder: () => 'is a folder, not a file',
  'file-unreadable': ({ detail }) => `cannot be read${said(detail)}`,
  unreadable: ({ detail }) => `could not be read${said(detail)}`,
  'check-failed': ({ detail }) => `could not be checked${said(detail)}`,
  'guessed-encoding': ({ encoding }) => `read as ${encoding}, a guess: save it as UTF-8`,
  'broken-utf8': ({ count }) => `read as UTF-8 with ${count} broken byte sequence(s) shown as "\ufffd": save it as UTF-8 again`,
  'word-limit': ({ words }) => `checked the first ${words} words; the rest was left out`,
  'element-limit': ({ elements }) => `checked the first ${elements} elements of the page; the rest was left out`,
};

const russianSize = (bytes: number) => size(bytes, { kb: 'КБ', mb: 'МБ' });

const RUSSIAN: Say = {
  'encrypted-pdf': () => 'зашифрованный PDF: сохраните его без пароля',
  'unreadable-pdf': ({ detail }) => `не читается как PDF${said(detail)}`,
  'unreadable-docx': ({ detail }) => `не читается как документ Word${said(detail)}`,
  'no-text-in-image': () => 'на изображении не найден текст (пустой или нечитаемый скан)',
  'not-text': () => 'не текст: ни UTF-8, ни UTF-16, ни Windows-1251 (кириллица), ни Windows-1252 (латиница)',
  'unknown-format': ({ expected }) => `неизвестный формат: нужен ${expected.ru}`,
  'no-text': () => 'нет текста для проверки',
  http: ({ status }) => `сервер ответил HTTP ${status}`,
  'too-large': ({ limit }) => `больше ${russianSize(limit)}`,
  'unpacks-too-large': ({ limit }) => `в распакованном виде больше ${russianSize(limit)}`,
  'not-an-image': () => 'не читается как изображение: нужен PNG, JPEG или WebP',
  'unreadable-image': ({ detail }) => `не читается как изображение${said(detail)}`,
  'image-too-large': ({ megapixels }) => `изображение больше ${megapixels} мегапикселей`,
  timeout: ({ seconds }) => `не прочитан за ${seconds} с`,
  'fetch-timeout': ({ seconds }) => `не ответил за ${seconds} с`,
  'fetch-failed': ({ detail }) => `не удалось загрузить${said(detail)}`,
  'not-a-file': () => 'не обычный файл',
  missing: () => 'файла нет',
  folder: () => 'это папка, а не файл',
  'file-unreadable': ({ detail }) => `не читается${said(detail)}`,
  unreadable: ({ detail }) => `не читается${said(detail)}`,
  'check-failed': ({ detail }) => `не проверен${said(detail)}`,
  'guessed-encoding': ({ encoding }) => `кодировка угадана: ${encoding}; сохраните файл в UTF-8`,
  'broken-utf8': ({ count }) => `прочитан как UTF-8, испорченных последовательностей байтов: ${count} (показаны как «\ufffd»); сохраните файл в UTF-8 заново`,
  'word-limit': ({ words }) => `проверены только первые слова (предел — ${words}), остальное не проверялось`,
  'element-limit': ({ elements }) => `проверены первые ${elements} элементов страницы, остальное не проверялось`,
};

type Next = { [C in ProblemCode]: (problem: Extract<MaterialProblem, { code: C }>) => string };

/** What the reader can do about each problem: a sentence of its own, after the problem's. */
const ENGLISH_NEXT: Next = {
  'encrypted-pdf': () => 'Open it, save a copy without a password (or print it to PDF) and add that copy.',
  'unreadable-pdf': () => 'A PDF document was expected: open the file in a PDF viewer, save or export it as PDF again and add it once more.',
  'unreadable-docx': () => 'A Word document was expected: open it in Word, save it again as .docx and add it once more.',
  'no-text-in-image': () => 'Add a sharper scan or photo, straight and well lit, or paste the text instead.',
  'not-text': () => 'Save it as UTF-8 text (or as .docx or .pdf) and add it again.',
  'unknown-format': ({ expected }) => `Save it as ${expected.en} and add it again.`,
  'no-text': () => 'Check that the file has text in it, not only pictures; a scan can be added as an image.',
  http: () => 'Check that the address opens in a browser, or save the file and add it from your computer.',
  'too-large': () => 'Split it into smaller files, or raise the size limit (in the settings; --max-bytes on the command line).',
  'unpacks-too-large': () => 'Split the document, or take out its large pictures, and add it again.',
  'not-an-image': () => 'Save the picture as PNG, JPEG or WebP and add it again.',
  'unreadable-image': () => 'Save the picture again as PNG or JPEG and add it once more.',
  'image-too-large': ({ megapixels }) => `Scale the image down below ${megapixels} megapixels and add it again.`,
  timeout: () => 'Try again, split the material into parts, or raise the time limit in the settings.',
  'fetch-timeout': () => 'Check the connection and try again later, or save the file and add it from your computer.',
  'fetch-failed': () => 'Check the address and the connection, or save the file and add it from your computer.',
  'not-a-file': () => 'Give the path of an ordinary file.',
  missing: () => "Check the file's name and folder.",
  folder: () => 'Choose the files inside the folder.',
  'file-unreadable': () => 'Check that you may read the file and that no other program holds it, then try again.',
  unreadable: () => 'Check that the file opens on your computer, save it again and add it once more.',
  'check-failed': () => 'Try again; if it fails again, send us the file and the details.',
  'guessed-encoding': () => 'If some words look garbled, save the file as UTF-8 and add it again.',
  'broken-utf8': () => 'Save the file as UTF-8 in a text editor and add it again.',
  'word-limit': () => 'To check the rest, split the material into parts or raise the word limit in the settings.',
  'element-limit': () => 'To check the rest, select its text on the page and check the selection.',
};

const RUSSIAN_NEXT: Next = {
  'encrypted-pdf': () => 'Откройте его, сохраните копию без пароля (или напечатайте в PDF) и добавьте эту копию.',
  'unreadable-pdf': () => 'Файл не похож на PDF: откройте его в программе для PDF, сохраните или экспортируйте в PDF заново и добавьте ещё раз.',
  'unreadable-docx': () => 'Файл не похож на DOCX: сохраните его заново в Word как .docx и добавьте ещё раз.',
  'no-text-in-image': () => 'Добавьте более чёткий скан или фото — ровно и при хорошем свете — или вставьте текст.',
  'not-text': () => 'Сохраните его как текст в UTF-8 (или как .docx или .pdf) и добавьте ещё раз.',
  'unknown-format': ({ expected }) => `Сохраните его как ${expected.ru} и добавьте ещё раз.`,
  'no-text': () => 'Проверьте, что в файле есть текст, а не только картинки; скан можно добавить как изображение.',
  http: () => 'Проверьте, открывается ли адрес в браузере, или сохраните файл и добавьте его с компьютера.',
  'too-large': () => 'Разделите его на файлы поменьше или поднимите предел размера (в настройках; --max-bytes в командной строке).',
  'unpacks-too-large': () => 'Разделите документ на части или уберите из него крупные картинки и добавьте ещё раз.',
  'not-an-image': () => 'Сохраните картинку как PNG, JPEG или WebP и добавьте ещё раз.',
  'unreadable-image': () => 'Сохраните картинку заново как PNG или JPEG и добавьте ещё раз.',
  'image-too-large': ({ megapixels }) => `Уменьшите изображение до ${megapixels} мегапикселей и добавьте ещё раз.`,
  timeout: () => 'Попробуйте ещё раз, разделите материал на части или поднимите предел времени в настройках.',
  'fetch-timeout': () => 'Проверьте подключение и попробуйте позже или сохраните файл и добавьте его с компьютера.',
  'fetch-failed': () => 'Проверьте адрес и подключение или сохраните файл и добавьте его с компьютера.',
  'not-a-file': () => 'Укажите путь к обычному файлу.',
  missing: () => 'Проверьте имя файла и папку, где он лежит.',
  folder: () => 'Выберите файлы внутри папки.',
  'file-unreadable': () => 'Проверьте, что у вас есть право читать файл и его не держит другая программа, и попробуйте ещё раз.',
  unreadable: () => 'Проверьте, что файл открывается на компьютере, сохраните его заново и добавьте ещё раз.',
  'check-failed': () => 'Попробуйте ещё раз; если не выйдет, пришлите нам файл и подробности.',
  'guessed-encoding': () => 'Если слова выглядят искажёнными, сохраните файл в UTF-8 и добавьте ещё раз.',
  'broken-utf8': () => 'Сохраните файл в UTF-8 в текстовом редакторе и добавьте ещё раз.',
  'word-limit': () => 'Чтобы проверить остальное, разделите материал на части или поднимите предел слов в настройках.',
  'element-limit': () => 'Чтобы проверить остальное, выделите его текст на странице и проверьте выделение.',
};

const CATALOGUE: Record<Language, { say: Say; next: Next }> = { en: { say: ENGLISH, next: ENGLISH_NEXT }, ru: { say: RUSSIAN, next: RUSSIAN_NEXT } };

/** A material problem in words of `language`, a library's own words in brackets at the end. */
export function describeProblem(problem: MaterialProblem, language: Language): string {
  const say = CATALOGUE[language].say[problem.code] as (problem: MaterialProblem) => string;
  return say(problem);
}

/** A problem as the reader is told it: what is wrong with which file, what to do next, and the library's words apart. */
export interface ProblemExplanation {
  /** "report.docx: is not a readable Word document". */
  text: string;
  next: string;
  /** The library's own words, for a details line; absent when it gave none. */
  details?: string;
}

/** `problem` of the material `file` explained in `language`. */
export function explainProblem(problem: MaterialProblem, language: Language, file: string): ProblemExplanation {
  const { detail } = problem as { detail?: string };
  const next = CATALOGUE[language].next[problem.code] as (problem: MaterialProblem) => string;
  return { text: `${file}: ${describeProblem({ ...problem, detail: undefined } as MaterialProblem, language)}`, next: next(problem), ...(detail ? { details: detail } : {}) };
}

const LINE_LABELS: Record<Language, { next: string; details: string }> = { en: { next: 'What to do', details: 'Details' }, ru: { next: 'Что сделать', details: 'Подробности' } };

/** An explanation as lines of plain text (the CLI's standard error): the problem, then indented, what to do and the details. */
export function explanationLines({ text, next, details }: ProblemExplanation, language: Language): string[] {
  const labels = LINE_LABELS[language];
  return [text, `  ${labels.next}: ${next}`, ...(details ? [`  ${labels.details}: ${details}`] : [])];
}
