import { centreOf } from '../boxes';
import { apply, followedBy, homography, inverse, resample, rotation, scaling, translation, type Point, type Transform } from './geometry';
import { darkPanelMask, withPanelsInverted } from './dark-panels';
import { drawnLines, withoutDrawnLines } from './drawn-lines';
import { inkMask, labelled, type Component } from './ink';
import { pageCorners } from './page-edges';
import { withContrast, type GreyImage } from './raster';
import { letterLike, skewOf, textHeightOf } from './text-layout';

/**
 * Body text is read well at about this letter height in pixels; much smaller text is enlarged to
 * it and much larger text shrunk (measured on the bench's photos: shrinking 24 px letters to 18
 * read as well or better and cost less).
 */
const GOOD_TEXT_HEIGHT = 18;
const SMALL_TEXT_HEIGHT = 14;
const LARGE_TEXT_HEIGHT = 22;
const MAX_ENLARGEMENT = 3;
/** The prepared image stays within this many pixels, whatever the enlargement asks. */
const MAX_PREPARED_PIXELS = 24_000_000;
/** A turn smaller than this in degrees is left alone: Tesseract takes it in its stride. */
const NEGLIGIBLE_SKEW = 0.3;

/** What the preparation did and what it measured, for the reading's parameters and its quality. */
export interface Preparation {
  image: GreyImage;
  /** Letter height of the body text in the prepared image, 0 when no text-like ink was found. */
  textHeight: number;
  /** The enlargement (> 1) or reduction applied. */
  scale: number;
  /** The turn in degrees taken out. */
  skew: number;
  /** The sheet's corners were found and the photo's perspective taken out. */
  straightened: boolean;
  /** The letter-like ink in the prepared image's pixels: what a complete reading covers. */
  letters: Component[];
}

/** A map from the page's pixels to its straightened sheet, and the sheet's size. */
function sheetOf(image: GreyImage): { toSource: Transform; width: number; height: number } | null {
  const corners = pageCorners(image);
  if (!corners) return null;
  const [topLeft, topRight, bottomRight, bottomLeft] = corners as [Point, Point, Point, Point];
  const length = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
  const width = Math.round((length(topLeft, topRight) + length(bottomLeft, bottomRight)) / 2);
  const height = Math.round((length(topLeft, bottomLeft) + length(topRight, bottomRight)) / 2);
  const rectangle = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ];
  const toSource = homography(rectangle, corners);
  return toSource ? { toSource, width, height } : null;
}

function scaleFor(textHeight: number, pixels: number): number {
  if (textHeight === 0) return 1;
  if (textHeight < SMALL_TEXT_HEIGHT) return Math.min(MAX_ENLARGEMENT, GOOD_TEXT_HEIGHT / textHeight, Math.sqrt(MAX_PREPARED_PIXELS / pixels));
  if (textHeight > LARGE_TEXT_HEIGHT) return GOOD_TEXT_HEIGHT / textHeight;
  return 1;
}

/** The page turned back by `skew` and scaled, on a canvas that holds all of it. */
function layout(width: number, height: number, skew: number, scale: number): { fromPage: Transform; width: number; height: number } {
  const turned = followedBy(rotation((-skew * Math.PI) / 180, { x: width / 2, y: height / 2 }), scaling(scale));
  const corners = [
    { x: 0, y: 0 },
    { x: width, y: 0 },
    { x: width, y: height },
    { x: 0, y: height },
  ].map((corner) => apply(turned, corner));
  const left = Math.min(...corners.map((c) => c.x));
  const top = Math.min(...corners.map((c) => c.y));
  return {
    fromPage: followedBy(turned, translation(-left, -top)),
    width: Math.ceil(Math.max(...corners.map((c) => c.x)) - left),
    height: Math.ceil(Math.max(...corners.map((c) => c.y)) - top),
  };
}

function moved(letter: Component, fromPage: Transform, scale: number): Component {
  const centre = apply(fromPage, centreOf(letter));
  const halfWidth = ((letter.x1 - letter.x0) * scale) / 2;
  const halfHeight = ((letter.y1 - letter.y0) * scale) / 2;
  return { label: letter.label, x0: centre.x - halfWidth, y0: centre.y - halfHeight, x1: centre.x + halfWidth, y1: centre.y + halfHeight, area: letter.area * scale * scale };
}

/**
 * A photo or scan made ready for OCR: a faint one given contrast, the sheet cut out of its
 * surroundings and its perspective taken out, the text of dark panels turned dark on light and
 * drawn lines painted over, the text turned level, and the image scaled so the body text has the
 * letter height Tesseract reads best.
 */
export function prepareForOcr(photo: GreyImage): Preparation {
  const original = withContrast(photo);
  const sheet = sheetOf(original);
  const { page, letters, skew } = readablePage(sheet ? resample(original, sheet.toSource, sheet.width, sheet.height) : original);
  const measuredHeight = textHeightOf(letters);
  const scale = scaleFor(measuredHeight, page.width * page.height);
  const placed = layout(page.width, page.height, skew, scale);
  const level = skew === 0 && scale === 1;
  return {
    image: level ? page : resample(page, inverse(placed.fromPage), placed.width, placed.height),
    textHeight: measuredHeight * scale,
    scale,
    skew,
    straightened: sheet !== null,
    letters: letters.map((letter) => moved(letter, placed.fromPage, scale)),
  };
}

/** Letters taller than this many body-text letters are a headline's or not letters at all. */
const TALLEST_LETTER = 4;

/**
 * The page as Tesseract should see it — dark panels turned negative, drawn lines painted over —
 * with its letters as they are then, and the turn of its text.
 */
function readablePage(page: GreyImage): { page: GreyImage; letters: Component[]; skew: number } {
  let { components, labels } = labelled(inkMask(page), page.width, page.height);
  const letters = letterLike(components, page.height);
  const letterHeight = textHeightOf(letters);
  const measuredSkew = skewOf(letters);
  const skew = Math.abs(measuredSkew) < NEGLIGIBLE_SKEW ? 0 : measuredSkew;
  const panels = darkPanelMask(page, letterHeight, skew);
  let readable = page;
  if (panels) {
    readable = withPanelsInverted(page, panels);
    ({ components, labels } = labelled(inkMask(readable), readable.width, readable.height));
  }
  readable = withoutDrawnLines(readable, labels, drawnLines(components, letterHeight));
  return { page: readable, letters: bodyLetters(components, page.height), skew };
}

function bodyLetters(components: readonly Component[], pageHeight: number): Component[] {
  const letters = letterLike(components, pageHeight);
  const tallest = TALLEST_LETTER * textHeightOf(letters);
  return letters.filter((letter) => letter.y1 - letter.y0 <= tallest);
}
