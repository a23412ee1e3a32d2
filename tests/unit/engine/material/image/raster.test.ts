import { describe, expect, it } from 'vitest';
import { cropped, greyOf, percentile, pgmOf, shrunk, withContrast } from '../../../../../engine/material/image/raster';

describe('raster', () => {
  it('takes luma from colour and counts a transparent pixel as paper', () => {
    const grey = greyOf({ width: 3, height: 1, rgba: Uint8Array.from([255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 0]) });
    expect([...grey.pixels]).toEqual([76, 0, 255]);
  });

  it('writes a binary PGM Tesseract reads', () => {
    const pgm = pgmOf({ width: 2, height: 1, pixels: Uint8Array.from([0, 255]) });
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n2 1\n255\n');
    expect([...pgm.subarray(11)]).toEqual([0, 255]);
  });

  it('shrinks by block means and finds a percentile', () => {
    expect([...shrunk({ width: 4, height: 2, pixels: Uint8Array.from([0, 100, 200, 200, 100, 0, 200, 200]) }, 2).pixels]).toEqual([50, 200]);
    expect(percentile(Uint8Array.from([10, 20, 30, 40]), 0.5)).toBe(20);
  });

  it('spreads a faint image over the whole scale and leaves a contrasty one alone', () => {
    const faint = { width: 100, height: 1, pixels: Uint8Array.from({ length: 100 }, (_, i) => 180 + Math.floor(i / 2)) };
    const spread = withContrast(faint);
    expect(Math.min(...spread.pixels)).toBe(0);
    expect(Math.max(...spread.pixels)).toBe(255);
    const contrasty = { width: 2, height: 1, pixels: Uint8Array.from([10, 240]) };
    expect(withContrast(contrasty)).toBe(contrasty);
  });
});

describe('cropped', () => {
  it('cuts a box out of the image, clipped to its edges, and says where it stood', () => {
    const image = { width: 3, height: 2, pixels: Uint8Array.from([1, 2, 3, 4, 5, 6]) };
    const crop = cropped(image, { x0: 1, y0: -5, x1: 9, y1: 1 });
    expect(crop).toEqual({ image: { width: 2, height: 1, pixels: Uint8Array.from([2, 3]) }, left: 1, top: 0 });
  });
});
