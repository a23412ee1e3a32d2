import { describe, expect, it } from 'vitest';
import { apply, followedBy, homography, inverse, resample, rotation, scaling, translation } from '../../../../../engine/material/image/geometry';
import { sheet } from './paint';

const close = (a: { x: number; y: number }, b: { x: number; y: number }) => {
  expect(a.x).toBeCloseTo(b.x, 6);
  expect(a.y).toBeCloseTo(b.y, 6);
};

describe('transforms', () => {
  it('composes in the order written and inverts', () => {
    const scaleThenMove = followedBy(scaling(2), translation(10, 0));
    close(apply(scaleThenMove, { x: 3, y: 4 }), { x: 16, y: 8 });
    close(apply(inverse(scaleThenMove), { x: 16, y: 8 }), { x: 3, y: 4 });
    close(apply(followedBy(scaleThenMove, inverse(scaleThenMove)), { x: 7, y: -2 }), { x: 7, y: -2 });
  });

  it('turns about a centre, keeping the centre where it is', () => {
    const quarter = rotation(Math.PI / 2, { x: 5, y: 5 });
    close(apply(quarter, { x: 5, y: 5 }), { x: 5, y: 5 });
    close(apply(quarter, { x: 10, y: 5 }), { x: 5, y: 10 });
  });

  it('finds the projective map that takes four corners to four others', () => {
    const square = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
      { x: 0, y: 100 },
    ];
    const keystone = [
      { x: 10, y: 5 },
      { x: 90, y: 0 },
      { x: 100, y: 100 },
      { x: 0, y: 110 },
    ];
    const map = homography(square, keystone)!;
    square.forEach((corner, i) => close(apply(map, corner), keystone[i]!));
    expect(homography([square[0]!, square[0]!, square[0]!, square[0]!], keystone)).toBeNull();
  });
});

describe('resample', () => {
  it('copies pixels under the identity and fills outside the source with paper', () => {
    const image = sheet(4, 3, 0);
    image.pixels[5] = 100;
    expect(resample(image, scaling(1), 4, 3).pixels).toEqual(image.pixels);
    const moved = resample(image, translation(-2, 0), 4, 3);
    expect([...moved.pixels.subarray(0, 2)]).toEqual([255, 255]);
  });

  it('reads between pixels bilinearly', () => {
    const image = { width: 2, height: 1, pixels: Uint8Array.from([0, 200]) };
    expect(resample(image, scaling(0.5), 3, 1).pixels[1]).toBe(100);
  });
});
