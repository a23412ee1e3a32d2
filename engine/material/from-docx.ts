import type { Language } from '../profile/types';
import { errorDetail, MaterialError } from './errors';
import { materialFromDocument } from './from-dom';
import type { Material, Source } from './types';
import { checkUnpackedSize } from './zip-size';

/** mammoth reads a Buffer in Node and an ArrayBuffer in a browser. */
function mammothInput(bytes: Uint8Array): { buffer: Uint8Array } | { arrayBuffer: ArrayBuffer } {
  const NodeBuffer = (globalThis as { Buffer?: { from(bytes: Uint8Array): Uint8Array } }).Buffer;
  if (NodeBuffer) return { buffer: NodeBuffer.from(bytes) };
  return { arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

/**
 * A Word document through its HTML, so paragraphs, list items and table cells stay blocks; one
 * that would unpack to more than `maxUnpackedBytes` is refused before it is inflated. mammoth
 * loads with the first Word document (in the extension, a chunk of its own).
 */
export async function materialFromDocx(bytes: Uint8Array, source: Source, parseHtml: (html: string) => Document | Promise<Document>, language: Language | undefined, maxUnpackedBytes: number): Promise<Material> {
  await checkUnpackedSize(bytes, maxUnpackedBytes);
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml(mammothInput(bytes) as never)).value;
  } catch (error) {
    throw new MaterialError({ code: 'unreadable-docx', detail: errorDetail(error) });
  }
  return materialFromDocument(await parseHtml(`<!doctype html><html><head></head><body>${html}</body></html>`), source, language);
}
