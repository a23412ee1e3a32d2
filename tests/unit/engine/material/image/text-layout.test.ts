import { describe, expect, it } from 'vitest';
import { inkMask, labelled } from '../../../../../engine/material/image/ink';
import { letterLike, skewOf, textHeightOf } from '../../../../../engine/material/image/text-layout';
import { fill, letter, sheet, textPage, turned } from './paint';

const lettersOf = (image: ReturnType<typeof sheet>) => letterLike(labelled(inkMask(image), image.width, image.height).components, image.height);

describe('ink and letters', () => {
  it('finds each letter as one component, on paper lit unevenly', () => {
    const image = sheet(200, 200);
    for (let x = 0; x < 200; x++) for (let y = 0; y < 200; y++) image.pixels[y * 200 + x] = 255 - x / 2;
    for (let i = 0; i < 8; i++) letter(image, 10 + i * 22, 20, 16, 40);
    expect(lettersOf(image)).toHaveLength(8);
  });

  it('leaves out specks, rules and filled boxes', () => {
    const image = sheet(400, 300);
    letter(image, 20, 20, 20);
    fill(image, 60, 20, 61, 21, 0);
    fill(image, 20, 80, 380, 84, 0);
    fill(image, 100, 120, 200, 180, 30);
    const letters = lettersOf(image);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({ x0: 20, y0: 20, y1: 40 });
  });

  it('measures the body text, not the headline', () => {
    const image = textPage(600, 400, 12);
    fill(image, 40, 0, 600, 38, 255);
    for (let i = 0; i < 5; i++) letter(image, 40 + i * 40, 2, 34);
    expect(textHeightOf(lettersOf(image))).toBe(12);
  });
});

describe('skewOf', () => {
  for (const degrees of [0, 2, -5, 10, -15]) {
    it(`finds text turned by ${degrees}°`, () => {
      expect(skewOf(lettersOf(turned(textPage(800, 600, 14), degrees)))).toBeCloseTo(degrees, 0);
    });
  }

  it('says 0 when there are too few letters to tell', () => {
    const image = sheet(200, 100);
    letter(image, 20, 20, 16);
    expect(skewOf(lettersOf(image))).toBe(0);
  });
});
