import { describe, expect, it } from 'vitest';
import { exifOrientation, upright } from '../../../../../engine/material/image/orientation';

/** A JPEG's start, an APP1 Exif segment whose first IFD holds the orientation tag, and the start of scan. */
function jpegWithOrientation(value: number, littleEndian: boolean): Uint8Array {
  const tiff = new DataView(new ArrayBuffer(26));
  tiff.setUint16(0, littleEndian ? 0x4949 : 0x4d4d);
  tiff.setUint16(2, 42, littleEndian);
  tiff.setUint32(4, 8, littleEndian);
  tiff.setUint16(8, 1, littleEndian);
  tiff.setUint16(10, 0x0112, littleEndian);
  tiff.setUint16(12, 3, littleEndian);
  tiff.setUint32(14, 1, littleEndian);
  tiff.setUint16(18, value, littleEndian);
  const exif = [...new TextEncoder().encode('Exif'), 0, 0, ...new Uint8Array(tiff.buffer)];
  const length = exif.length + 2;
  return Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 0xff, ...exif, 0xff, 0xda, 0, 2]);
}

describe('exifOrientation', () => {
  it('reads the orientation a phone declares, in either byte order', () => {
    expect(exifOrientation(jpegWithOrientation(6, true))).toBe(6);
    expect(exifOrientation(jpegWithOrientation(8, false))).toBe(8);
  });

  it('is 1 for a picture that declares none, or is no JPEG', () => {
    expect(exifOrientation(Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0, 2]))).toBe(1);
    expect(exifOrientation(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).toBe(1);
    expect(exifOrientation(jpegWithOrientation(42, true))).toBe(1);
  });
});

describe('upright', () => {
  // Stored 3 wide, 2 high: 1 2 3 / 4 5 6.
  const stored = { width: 3, height: 2, pixels: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
  const cases: [number, number[], number][] = [
    [1, [1, 2, 3, 4, 5, 6], 3],
    [2, [3, 2, 1, 6, 5, 4], 3],
    [3, [6, 5, 4, 3, 2, 1], 3],
    [4, [4, 5, 6, 1, 2, 3], 3],
    [5, [1, 4, 2, 5, 3, 6], 2],
    [6, [4, 1, 5, 2, 6, 3], 2],
    [7, [6, 3, 5, 2, 4, 1], 2],
    [8, [3, 6, 2, 5, 1, 4], 2],
  ];
  for (const [orientation, pixels, width] of cases) {
    it(`turns orientation ${orientation} upright`, () => {
      const turned = upright(stored, orientation);
      expect(turned.width).toBe(width);
      expect([...turned.pixels]).toEqual(pixels);
    });
  }
});
