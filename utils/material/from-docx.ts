import mammoth from 'mammoth';
import type { Language } from '../profile/types';
import { materialFromDocument } from './from-dom';
import type { Material, Source } from './types';

/** A Word document through its HTML, so paragraphs, list items and table cells stay blocks. */
export async function materialFromDocx(
  bytes: Uint8Array,
  source: Source,
  parseHtml: (html: string) => Document,
  language?: Language,
): Promise<Material> {
  const { value: html } = await mammoth.convertToHtml({ arrayBuffer: toArrayBuffer(bytes) } as never);
  return materialFromDocument(parseHtml(`<!doctype html><html><head></head><body>${html}</body></html>`), source, language);
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
