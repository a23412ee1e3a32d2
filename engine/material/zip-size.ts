import { MaterialError } from './errors';

/** One part of a ZIP archive as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
/** The end record is 22 bytes and may be followed by a comment of up to 65,535. */
const END_SEARCH = 22 + 0xffff;

const notAZip = (why: string) => new MaterialError({ code: 'unreadable-docx', detail: why });

function findEndOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - END_SEARCH); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw notAZip('no ZIP directory');
}

/** Where the directory starts and how many entries it has, through the ZIP64 record when the classic one is full. */
function directoryOf(view: DataView): { offset: number; count: number } {
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count !== 0xffff && offset !== 0xffffffff) return { offset, count };
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_END_LOCATOR) throw notAZip('a broken ZIP64 directory');
  const end64 = Number(view.getBigUint64(locator + 8, true));
  if (end64 + 56 > view.byteLength || view.getUint32(end64, true) !== ZIP64_END_OF_DIRECTORY) throw notAZip('a broken ZIP64 directory');
  return { offset: Number(view.getBigUint64(end64 + 48, true)), count: Number(view.getBigUint64(end64 + 32, true)) };
}

/** The 64-bit sizes a ZIP64 extra field holds for the 32-bit ones that are full (0xffffffff). */
function zip64Sizes(view: DataView, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraEnd; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== ZIP64_EXTRA) continue;
    let field = at + 4;
    const next = () => {
      if (field + 8 > extraEnd) throw notAZip('a broken ZIP64 field');
      const value = Number(view.getBigUint64(field, true));
      field += 8;
      return value;
    };
    if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
    if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
    if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
    return;
  }
}

/** The parts of a ZIP archive with their sizes, read from its central directory without inflating anything. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { offset, count } = directoryOf(view);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw notAZip('a broken ZIP directory');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    zip64Sizes(view, at + 46 + nameLength, Math.min(bytes.length, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header. */
function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw notAZip(`a broken entry ${entry.name}`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/** Bytes a deflated stream inflates to, counted as they stream and stopped once past `budget`: nothing is kept. */
async function inflatedLength(data: Uint8Array, budget: number): Promise<number> {
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let total = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      total += chunk.value.byteLength;
      if (total > budget) break;
    }
  } catch {
    // A broken stream is the Word reader's to report; what counts here is how much came out.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return total;
}

/**
 * Refuses an archive that would inflate past `maxUnpackedBytes`, before any reader inflates it:
 * first by the sizes its directory declares, then, since a directory can lie, by inflating each
 * deflated part as a stream that is counted, not kept, and stopped at the limit.
 */
export async function checkUnpackedSize(bytes: Uint8Array, maxUnpackedBytes: number): Promise<void> {
  const entries = zipEntries(bytes);
  const tooLarge = () => new MaterialError({ code: 'unpacks-too-large', limit: maxUnpackedBytes });
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > maxUnpackedBytes) throw tooLarge();
  let unpacked = 0;
  for (const entry of entries) {
    const data = compressedData(bytes, entry);
    unpacked += entry.method === 8 ? await inflatedLength(data, maxUnpackedBytes - unpacked) : data.length;
    if (unpacked > maxUnpackedBytes) throw tooLarge();
  }
}
