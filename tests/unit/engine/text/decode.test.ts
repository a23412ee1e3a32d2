import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeServed } from '../../../../engine/text/decode';
import { describeProblem } from '../../../../engine/material/problem-words';

const RUSSIAN = 'Приём терапевта — 1900 ₽, ежедневно с 8:00 до 21:00.';
const FRENCH = 'Café Müller: déjeuner à 12 €, fermé le dimanche.';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const unit of Array.from(text, (ch) => ch.charCodeAt(0))) {
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(order === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(bytes);
}

/** Windows-1251 and -1252 bytes of the characters these tests use. */
const CP1251 = new Map(Array.from({ length: 64 }, (_, i) => [String.fromCharCode(0x410 + i), 0xc0 + i] as const));
CP1251.set('ё', 0xb8).set('—', 0x97);
const CP1252 = new Map([
  ['é', 0xe9],
  ['ü', 0xfc],
  ['à', 0xe0],
  ['€', 0x80],
] as const);
const singleByte = (text: string, table: Map<string, number>) => Uint8Array.from(Array.from(text, (ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (table.get(ch) ?? 0x3f))));

describe('decodeBytes', () => {
  it('reads UTF-8 as it is, with or without a BOM, and says it did not guess', () => {
    expect(decodeBytes(new TextEncoder().encode(RUSSIAN))).toEqual({ text: RUSSIAN, encoding: 'utf-8', guessed: false });
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(RUSSIAN)])).text).toBe(RUSSIAN);
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s by its BOM', (order) => {
    expect(decodeBytes(utf16(RUSSIAN, order, true))).toEqual({ text: RUSSIAN, encoding: `utf-16${order}`, guessed: false });
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s without a BOM by where its NUL bytes stand, and warns', (order) => {
    const decoded = decodeBytes(utf16('{"name": "Clinic", "format": "sverka.profile/1"}', order, false));
    expect(decoded).toMatchObject({ text: '{"name": "Clinic", "format": "sverka.profile/1"}', encoding: `utf-16${order}`, guessed: true });
    expect(describeProblem(decoded.warning!, 'en')).toMatch(/UTF-16.*save it as UTF-8/);
  });

  it('reads Russian in Windows-1251 and warns that it guessed', () => {
    const decoded = decodeBytes(singleByte(RUSSIAN.replace('₽', 'руб.'), CP1251));
    expect(decoded.text).toBe(RUSSIAN.replace('₽', 'руб.'));
    expect(decoded).toMatchObject({ encoding: 'windows-1251', guessed: true });
    expect(describeProblem(decoded.warning!, 'en')).toBe('read as Windows-1251 (Cyrillic), a guess: save it as UTF-8');
  });

  it('reads Latin-1 (Windows-1252) as Latin, not as Cyrillic mojibake, and warns', () => {
    const decoded = decodeBytes(singleByte(FRENCH, CP1252));
    expect(decoded.text).toBe(FRENCH);
    expect(decoded).toMatchObject({ encoding: 'windows-1252', guessed: true });
    expect(describeProblem(decoded.warning!, 'en')).toBe('read as Windows-1252 (Latin-1), a guess: save it as UTF-8');
  });

  it('reads UTF-8 with one broken byte as UTF-8, not as Windows-1251', () => {
    const bytes = new TextEncoder().encode(`${RUSSIAN.repeat(3)} я`);
    const cut = bytes.subarray(0, bytes.length - 1);
    const decoded = decodeBytes(cut);
    expect(decoded).toMatchObject({ encoding: 'utf-8', guessed: true });
    expect(decoded.text.startsWith(RUSSIAN)).toBe(true);
  });

  it('refuses binary bytes with a message that holds no raw control characters', () => {
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256);
    expect(() => decodeBytes(binary)).toThrow(/^is not UTF-8 text/);
    try {
      decodeBytes(binary);
    } catch (error) {
      expect((error as Error).message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
  });

  it('keeps a stray terminal escape in UTF-8 text (the reports make it visible) but refuses NULs', () => {
    expect(decodeBytes(new TextEncoder().encode(`Цена \u001b[31m1900 ₽ ${'текст '.repeat(30)}`)).text).toContain('\u001b');
    expect(() => decodeBytes(Uint8Array.from([0x41, 0x00, 0x00, 0x42, 0x43]))).toThrow(/^is not UTF-8 text/);
  });
});

/** KOI8-R bytes of a text, by the table TextDecoder itself reads KOI8-R with. */
const KOI8R = new Map(Array.from({ length: 128 }, (_, i) => [new TextDecoder('koi8-r').decode(Uint8Array.of(0x80 + i)), 0x80 + i] as const));

/** KOI8-R has no dash and no rouble sign. */
const IN_KOI8R = 'Приём терапевта: 1900 руб., ежедневно с 8:00 до 21:00.';

describe('decodeServed', () => {
  it('reads the bytes in the charset the server declares, which no guess would tell', () => {
    const koi8 = singleByte(IN_KOI8R, KOI8R);
    expect(decodeServed(koi8, 'text/html; charset=KOI8-R')).toBe(IN_KOI8R);
    expect(decodeServed(koi8, 'text/html')).not.toBe(IN_KOI8R);
    expect(decodeServed(singleByte(FRENCH, CP1252), 'text/html; charset="windows-1252"')).toBe(FRENCH);
  });

  it('reads as decodeBytes does where nothing is declared, the declaration is wrong or a BOM says otherwise', () => {
    const cp1251 = singleByte(RUSSIAN.replace('₽', 'руб.'), CP1251);
    expect(decodeServed(cp1251, 'text/html')).toBe(RUSSIAN.replace('₽', 'руб.'));
    expect(decodeServed(cp1251, 'text/html; charset=utf-8')).toBe(RUSSIAN.replace('₽', 'руб.'));
    expect(decodeServed(cp1251, 'text/html; charset=no-such-charset')).toBe(RUSSIAN.replace('₽', 'руб.'));
    expect(decodeServed(utf16(RUSSIAN, 'le', true), 'text/html; charset=windows-1251')).toBe(RUSSIAN);
  });

  it('hands bytes that are no text on as UTF-8 with replacement characters, for the reader to refuse', () => {
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256);
    expect(decodeServed(binary, 'text/html')).toContain('\ufffd');
  });
});
