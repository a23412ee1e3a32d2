import { MaterialError, type MaterialProblem } from '../material/errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /**
   * True when nothing in the file said how it is encoded (no BOM, not valid UTF-8) and the
   * encoding was inferred from its bytes: the caller passes `warning` on.
   */
  guessed: boolean;
  /** "read as Windows-1251 …; save it as UTF-8", only when the encoding was guessed. */
  warning?: MaterialProblem;
}

const NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251 (Cyrillic)',
  'windows-1252': 'Windows-1252 (Latin-1)',
};

/** Controls beside tab, line feed, form feed and carriage return: a stray one (an ESC of a terminal log) is text, many are not. */
const CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
/** How much of the file the byte statistics look at: enough to tell, cheap on a huge file. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Decodes a text file: a BOM decides (UTF-8, UTF-16 LE/BE); else valid UTF-8 is UTF-8; else the
 * bytes are inspected — NULs in every other byte are UTF-16, words of high bytes are Russian in
 * Windows-1251, high bytes alone between ASCII letters are Latin-1 (Windows-1252). Throws a
 * MaterialError ("is not UTF-8 text …") for bytes that are no text in any of these.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const bom = byBom(bytes);
  if (bom) return bom;
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null && !hasBinaryControls(utf8)) return { text: utf8, encoding: 'utf-8', guessed: false };
  const damaged = damagedUtf8(bytes);
  if (damaged) return damaged;
  const guessed = guessEncoding(bytes);
  const text = guessed ? decodeStrict(guessed, bytes) : null;
  if (!guessed || text === null || hasBinaryControls(text)) {
    throw new MaterialError({ code: 'not-text' });
  }
  return { text, encoding: guessed, guessed: true, warning: { code: 'guessed-encoding', encoding: NAMES[guessed] } };
}

const DECLARED_CHARSET = /charset=["']?([\w-]+)/i;

/**
 * Text a server sent: in the charset its Content-Type declares where that reads the bytes (KOI8-R,
 * which no guess tells from Windows-1251) and no BOM says otherwise, else as decodeBytes reads a file. Bytes that are no
 * text come back as UTF-8 with "�", for the reader they go to to refuse.
 */
export function decodeServed(bytes: Uint8Array, contentType: string): string {
  const charset = DECLARED_CHARSET.exec(contentType)?.[1];
  const declared = charset === undefined || bomOf(bytes) ? null : decodeLabel(charset, bytes);
  if (declared !== null && !hasBinaryControls(declared)) return declared;
  try {
    return decodeBytes(bytes).text;
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Bytes in an encoding named by any label browsers know ("cp1251", "koi8-r"), or null where they are not in it. */
function decodeLabel(label: string, bytes: Uint8Array): string | null {
  try {
    const decoder = new TextDecoder(label, { fatal: true });
    return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-8 with a few broken bytes (a file cut mid-character, one stray byte): read as UTF-8 with the
 * broken bytes shown as "�", not as a whole file of Windows-1251 mojibake.
 */
function damagedUtf8(bytes: Uint8Array): DecodedText | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (hasBinaryControls(text)) return null;
  let wide = 0;
  let broken = 0;
  for (const ch of text) {
    if (ch === '\ufffd') broken++;
    else if (ch > '\u007f') wide++;
  }
  if (wide < 10 || broken > 1 + wide / 100) return null;
  return { text, encoding: 'utf-8', guessed: true, warning: { code: 'broken-utf8', count: broken } };
}

/** The encoding a byte order mark at the start names, if there is one. */
function bomOf(bytes: Uint8Array): TextEncodingName | null {
  const [a, b, c] = bytes;
  return a === 0xef && b === 0xbb && c === 0xbf ? 'utf-8' : a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : null;
}

function byBom(bytes: Uint8Array): DecodedText | null {
  const encoding = bomOf(bytes);
  if (!encoding) return null;
  // TextDecoder drops the BOM itself.
  const text = decodeStrict(encoding, bytes);
  if (text === null || hasBinaryControls(text)) throw new MaterialError({ code: 'not-text', startsAs: NAMES[encoding] });
  return { text, encoding, guessed: false };
}

/**
 * Windows-1252's 0x80–0x9F (€, quotes, dashes…); the rest is Latin-1 as is. Decoded by hand:
 * Node 20's TextDecoder reads the label as ISO-8859-1 and turns "€" into a C1 control.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_HIGH[byte - 0x80]! : String.fromCharCode(byte)));
    text += chunk.join('');
  }
  return text;
}

function decodeStrict(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** NUL never stands in text; other controls may, a few (the reports show them as visible escapes). */
function hasBinaryControls(text: string): boolean {
  if (text.includes('\u0000')) return true;
  return (text.match(CONTROLS)?.length ?? 0) > text.length / 100;
}

function guessEncoding(bytes: Uint8Array): TextEncodingName | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  return utf16ByNuls(sample) ?? singleByteGuess(sample);
}

/**
 * UTF-16 without a BOM: Latin and Cyrillic characters have a high byte of 0x00 or 0x04, so one
 * byte of every two is mostly these and the other almost never NUL.
 */
function utf16ByNuls(sample: Uint8Array): TextEncodingName | null {
  if (sample.length < 2 || sample.length % 2 !== 0) return null;
  const high = [0, 0];
  const nul = [0, 0];
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0x00 || byte === 0x04) high[i % 2]!++;
    if (byte === 0x00) nul[i % 2]!++;
  }
  const pairs = sample.length / 2;
  if (nul[0]! + nul[1]! === 0) return null;
  if (high[1]! >= pairs * 0.6 && nul[0]! <= pairs * 0.05) return 'utf-16le';
  if (high[0]! >= pairs * 0.6 && nul[1]! <= pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Windows-1251 or Windows-1252: Russian words are runs of high bytes (every letter is one), while
 * French or German words carry a high byte here and there between ASCII letters ("café", "Müller").
 */
function singleByteGuess(sample: Uint8Array): TextEncodingName | null {
  if (sample.includes(0)) return null;
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i]! < 0x80) continue;
    high++;
    if ((sample[i - 1] ?? 0) >= 0x80 || (sample[i + 1] ?? 0) >= 0x80) inRuns++;
  }
  if (high === 0) return null;
  return inRuns >= high / 2 ? 'windows-1251' : 'windows-1252';
}
