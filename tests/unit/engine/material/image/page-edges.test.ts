import { describe, expect, it } from 'vitest';
import { homography, inverse, resample } from '../../../../../engine/material/image/geometry';
import { pageCorners } from '../../../../../engine/material/image/page-edges';
import type { GreyImage } from '../../../../../engine/material/image/raster';
import { sheet, textPage } from './paint';

/** The page photographed onto a surface of `surface` grey, its corners where `corners` says. */
function photographed(page: GreyImage, width: number, height: number, corners: { x: number; y: number }[], surface: number): GreyImage {
  const pageCornersAt = [
    { x: 0, y: 0 },
    { x: page.width, y: 0 },
    { x: page.width, y: page.height },
    { x: 0, y: page.height },
  ];
  const toPage = inverse(homography(pageCornersAt, corners)!);
  const photo = resample(page, toPage, width, height);
  const inside = resample(sheet(page.width, page.height, 0), toPage, width, height);
  // resample paints outside the page as paper: paint it as the surface instead.
  return { ...photo, pixels: photo.pixels.map((grey, at) => (inside.pixels[at] === 255 ? surface : grey)) };
}

const KEYSTONE = [
  { x: 120, y: 90 },
  { x: 700, y: 60 },
  { x: 740, y: 930 },
  { x: 80, y: 900 },
];

describe('pageCorners', () => {
  it('finds a sheet lying askew on a darker desk, corner by corner', () => {
    const photo = photographed(textPage(600, 840, 12), 820, 1000, KEYSTONE, 70);
    const corners = pageCorners(photo)!;
    expect(corners).toHaveLength(4);
    corners.forEach((corner, i) => {
      expect(Math.abs(corner.x - KEYSTONE[i]!.x)).toBeLessThan(8);
      expect(Math.abs(corner.y - KEYSTONE[i]!.y)).toBeLessThan(8);
    });
  });

  it('finds a sheet the frame cuts at one side', () => {
    const cut = [
      { x: 120, y: 90 },
      { x: 700, y: 60 },
      { x: 740, y: 1040 },
      { x: 80, y: 1010 },
    ];
    expect(pageCorners(photographed(textPage(600, 840, 12), 820, 1000, cut, 200))).not.toBeNull();
  });

  it('says nothing of a page that fills the frame, lies on white, or fades into a vignette', () => {
    expect(pageCorners(textPage(800, 1000, 12))).toBeNull();
    expect(pageCorners(photographed(textPage(600, 840, 12), 820, 1000, KEYSTONE, 250))).toBeNull();
    const vignette = textPage(800, 1000, 12);
    vignette.pixels.forEach((grey, at) => {
      const x = (at % 800) / 800 - 0.5;
      const y = Math.floor(at / 800) / 1000 - 0.5;
      vignette.pixels[at] = Math.round(grey * Math.max(0.3, 1 - 2.5 * (x * x + y * y)));
    });
    expect(pageCorners(vignette)).toBeNull();
  });
});
