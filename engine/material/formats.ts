import type { Language } from '../profile/types';
import { decodeBytes } from '../text/decode';
import { materialFromDocument } from './from-dom';
import type { MaterialProblem } from './errors';
import type { Limits } from './limits';
import type { LoadEnvironment, Work } from './load';
import { withNote } from './source-problems';
import type { Material, Source, SourceKind } from './types';
import { capWords, firstWords } from './word-limit';

/** What a format's reader is given besides the bytes. */
export interface ReadContext {
  environment: LoadEnvironment;
  language?: Language;
  limits: Limits;
  work: Work;
}

/**
 * One format a material may come in. Everything that names formats (the file picker, the CLI's
 * help, the unknown-format message) is derived from FORMATS: a new format is one row here.
 */
export interface MaterialFormat {
  id: string;
  /** Without the dot, lower case. */
  extensions: string[];
  /** Content types that say this format; "image/*" stands for every image type. */
  mimeTypes: string[];
  kind: SourceKind;
  /** Its name on the materials page ("PDF", "PNG/JPEG/WebP"). */
  label: string;
  /** How the unknown-format message names a family of formats ("an image"); absent: by its extensions. */
  family?: Record<Language, string>;
  /** Its material, within `context.limits.maxWords` words. */
  read(bytes: Uint8Array, source: Source, context: ReadContext): Promise<Material> | Material;
}

/** A material read in a guessed encoding says so: a wrong guess reads as garbled words, not as a fault of the copy. */
function decoded(bytes: Uint8Array): { text: string; note: (material: Material) => Material } {
  const { text, warning } = decodeBytes(bytes);
  return { text, note: (material) => (warning ? { ...material, source: withNote(material.source, warning) } : material) };
}

/** A text format's reader: only the first `maxWords` words are ever read into blocks. */
const textReader =
  (reader: () => Promise<(text: string, source: Source, language?: Language) => Material>) =>
  async (bytes: Uint8Array, source: Source, { language, limits }: ReadContext) => {
    const read = await reader();
    const { text, note } = decoded(bytes);
    const first = firstWords(text, limits.maxWords);
    const material = note(read(first.text, source, language));
    return first.cut ? { ...material, source: withNote(material.source, { code: 'word-limit', words: limits.maxWords }) } : material;
  };

/*
 * Readers load when a material of their format arrives: the content script reads pages with
 * from-dom.ts alone, and its messages (problem-words.ts) name every format from this table.
 */
const readCsv = textReader(async () => (await import('./from-csv')).materialFromCsv);

export const FORMATS: readonly MaterialFormat[] = [
  {
    id: 'html',
    extensions: ['html', 'htm', 'xhtml'],
    mimeTypes: ['text/html', 'application/xhtml+xml'],
    kind: 'page',
    label: 'HTML',
    read: async (bytes, source, { environment, language, limits }) => {
      const { text, note } = decoded(bytes);
      return capWords(note(materialFromDocument(await environment.parseHtml(text), source, language)), limits.maxWords);
    },
  },
  { id: 'text', extensions: ['txt', 'text'], mimeTypes: ['text/plain'], kind: 'text', label: 'TXT', read: textReader(async () => (await import('./from-text')).materialFromText) },
  { id: 'markdown', extensions: ['md', 'markdown'], mimeTypes: ['text/markdown'], kind: 'text', label: 'MD', read: textReader(async () => (await import('./from-markdown')).materialFromMarkdown) },
  {
    id: 'csv',
    extensions: ['csv', 'tsv'],
    mimeTypes: ['text/csv', 'text/tab-separated-values'],
    kind: 'text',
    label: 'CSV/TSV',
    // "Чистка;4500" is one word to the cut made before reading, two cells after it: the words are counted again.
    read: async (bytes, source, context) => capWords(await readCsv(bytes, source, context), context.limits.maxWords),
  },
  {
    id: 'pdf',
    extensions: ['pdf'],
    // application/x-pdf: what older servers still send.
    mimeTypes: ['application/pdf', 'application/x-pdf'],
    kind: 'pdf',
    label: 'PDF',
    read: async (bytes, source, { environment, language, limits, work }) => {
      const { materialFromPdf } = await import('./from-pdf');
      return capWords(await materialFromPdf(await environment.openPdf(bytes, work.signal), source, language, work, limits.maxWords), limits.maxWords);
    },
  },
  {
    id: 'docx',
    extensions: ['docx'],
    mimeTypes: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    kind: 'docx',
    label: 'DOCX',
    read: async (bytes, source, { environment, language, limits }) => {
      const { materialFromDocx } = await import('./from-docx');
      return capWords(await materialFromDocx(bytes, source, environment.parseHtml, language, limits.maxUnpackedBytes), limits.maxWords);
    },
  },
  {
    id: 'image',
    extensions: ['png', 'jpg', 'jpeg', 'webp'],
    mimeTypes: ['image/*'],
    kind: 'image',
    label: 'PNG/JPEG/WebP',
    family: { en: 'an image', ru: 'изображение' },
    read: async (bytes, source, { environment, language, limits, work }) => {
      const { checkImage } = await import('./from-image');
      checkImage(bytes, limits.maxImagePixels);
      return capWords(await environment.recognise(bytes, source, language, work), limits.maxWords);
    },
  },
];

/** Servers and browsers call any text file text/plain: its name's extension says more. */
const VAGUE_TYPES = new Set(['text/plain']);

const saysType = (format: MaterialFormat, type: string) => format.mimeTypes.some((mime) => (mime.endsWith('/*') ? type.startsWith(mime.slice(0, -1)) : mime === type));

/** The format of a material by its content type, else by its name's extension. */
export function formatOf(name: string, contentType?: string): MaterialFormat | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  const byType = type ? FORMATS.find((format) => saysType(format, type)) : undefined;
  if (byType && !VAGUE_TYPES.has(type!)) return byType;
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(name)?.[1]?.toLowerCase();
  return FORMATS.find((format) => extension && format.extensions.includes(extension)) ?? byType ?? null;
}

const dotted = (format: MaterialFormat) => format.extensions.map((extension) => `.${extension}`);

/** ".html, .htm, …, .docx or an image": what the unknown-format message expects. */
function expectedFormats(language: Language): string {
  const names = [...FORMATS.filter((f) => !f.family).flatMap(dotted), ...FORMATS.flatMap((f) => (f.family ? [f.family[language]] : []))];
  return `${names.slice(0, -1).join(', ')} ${language === 'ru' ? 'или' : 'or'} ${names[names.length - 1]}`;
}

/** The problem of a material in no format of the table, naming those it could have been. */
export function unknownFormat(): MaterialProblem {
  return { code: 'unknown-format', expected: { en: expectedFormats('en'), ru: expectedFormats('ru') } };
}

/** Every extension, dotted: what a file picker accepts and the CLI's help lists. */
export const EXTENSIONS: readonly string[] = FORMATS.flatMap(dotted);

/** "HTML, TXT, …": the formats as the materials page names them. */
export const FORMAT_LABELS = FORMATS.map((format) => format.label).join(', ');
