import { percentile, shrunk, type GreyImage } from './raster';
import { filled, regionsOf, type Region } from './regions';

/** A panel holds a line of text at least: this many letters high and wide. A bold headline's letter is narrower. */
const PANEL_HEIGHT_IN_LETTERS = 2;
const PANEL_WIDTH_IN_LETTERS = 6;
/** Panels are found on a copy shrunk so a letter is about this many pixels: text blurs to grey, a panel stays dark. */
const LETTER_IN_SEARCH = 4;
/** Darker than this share of the way from the paper's grey to the darkest, blurred, is a panel's… */
const PANEL_DARKNESS = 0.45;
/** …and the dark region fills its bounds at least this much, its holes filled… */
const MIN_FILL = 0.85;
/** …and, seen at full size, is mostly of its dark colour: light text takes a fifth of a panel, a bold headline's gaps and counters half of its band. */
const MIN_DARK_SHARE = 0.7;
/** The paper's own grey is the brightest within this many letters: uneven light darkens paper over a wider stretch than that. */
const PAPER_WINDOW_IN_LETTERS = 12;

/**
 * The brightest of `source` within `radius` along each of `lines` lines of `length` pixels, where
 * pixel i of line l stands at l × `lineStep` + i × `pixelStep`: rows with steps (width, 1), columns with (1, width).
 */
function maximumAlong(source: Uint8Array, lines: number, length: number, lineStep: number, pixelStep: number, radius: number): Uint8Array {
  const result = new Uint8Array(source.length);
  for (let line = 0; line < lines; line++) {
    const first = line * lineStep;
    for (let i = 0; i < length; i++) {
      let most = 0;
      for (let k = Math.max(0, i - radius); k <= Math.min(length - 1, i + radius); k++) most = Math.max(most, source[first + k * pixelStep]!);
      result[first + i * pixelStep] = most;
    }
  }
  return result;
}

/** The brightest grey within `radius` of each pixel (a square): the maximum along rows, then along columns. */
function localMaximum({ width, height, pixels }: GreyImage, radius: number): Uint8Array {
  return maximumAlong(maximumAlong(pixels, height, width, width, 1, radius), width, height, 1, width, radius);
}

/** Each pixel as a share of the paper around it (255 the paper itself): uneven light taken out, so a shadowed margin is not a panel. */
function flattened(small: GreyImage, paper: Uint8Array): GreyImage {
  return { ...small, pixels: small.pixels.map((grey, at) => Math.min(255, Math.round((grey * 255) / Math.max(1, paper[at]!)))) };
}

/** The region's outline filled, when it is shaped like a panel: it fills its bounds as they stand turned by the text's skew. */
function panelOf(region: Region, small: GreyImage, skew: number): Uint8Array | null {
  const mask = filled(region, small.width, small.height);
  const cos = Math.cos((skew * Math.PI) / 180);
  const sin = Math.sin((skew * Math.PI) / 180);
  const bounds = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
  let count = 0;
  for (let y = region.y0; y < region.y1; y++) {
    for (let x = region.x0; x < region.x1; x++) {
      if (!mask[y * small.width + x]) continue;
      count++;
      const along = x * cos + y * sin;
      const across = y * cos - x * sin;
      bounds.x0 = Math.min(bounds.x0, along);
      bounds.x1 = Math.max(bounds.x1, along + 1);
      bounds.y0 = Math.min(bounds.y0, across);
      bounds.y1 = Math.max(bounds.y1, across + 1);
    }
  }
  return count >= MIN_FILL * (bounds.x1 - bounds.x0) * (bounds.y1 - bounds.y0) ? mask : null;
}

/** Whether a pixel of the page is of a panel's darkness, against the paper around it (`paper`, per block of the shrunk copy). */
type DarkAt = (x: number, y: number) => boolean;

/** The share of the page's pixels under the panel (a mask of the shrunk copy) that are dark. */
function darkShare(panel: Uint8Array, smallWidth: number, factor: number, isDark: DarkAt): number {
  let dark = 0;
  let all = 0;
  panel.forEach((inside, at) => {
    if (!inside) return;
    const x = (at % smallWidth) * factor;
    const y = Math.floor(at / smallWidth) * factor;
    for (let dy = 0; dy < factor; dy++) {
      for (let dx = 0; dx < factor; dx++) {
        all++;
        if (isDark(x + dx, y + dy)) dark++;
      }
    }
  });
  return dark / Math.max(1, all);
}

/**
 * Which pixels of the page lie in a dark panel — a coloured box with light text in it, a price
 * badge — as a mask, or null when there is none. Found on a shrunk copy, where text on paper
 * blurs to a light grey and a panel with its light text stays dark, each pixel measured against
 * the paper around it.
 */
export function darkPanelMask(page: GreyImage, letterHeight: number, skew: number): Uint8Array | null {
  if (letterHeight === 0) return null;
  const factor = Math.max(1, Math.round(letterHeight / LETTER_IN_SEARCH));
  const small = shrunk(page, factor);
  const paper = localMaximum(small, Math.round((PAPER_WINDOW_IN_LETTERS * letterHeight) / factor));
  const flat = flattened(small, paper);
  const light = percentile(flat.pixels, 0.9);
  const dark = light - PANEL_DARKNESS * (light - percentile(flat.pixels, 0.01));
  const isDark: DarkAt = (x, y) => {
    const block = Math.min(small.height - 1, Math.floor(y / factor)) * small.width + Math.min(small.width - 1, Math.floor(x / factor));
    return page.pixels[y * page.width + x]! * 255 < dark * paper[block]!;
  };
  const panels = regionsOf(flat, (grey) => grey < dark)
    .filter((region) => region.x1 - region.x0 >= (PANEL_WIDTH_IN_LETTERS * letterHeight) / factor && region.y1 - region.y0 >= (PANEL_HEIGHT_IN_LETTERS * letterHeight) / factor)
    .flatMap((region) => panelOf(region, flat, skew) ?? [])
    .filter((panel) => darkShare(panel, small.width, factor, isDark) >= MIN_DARK_SHARE);
  if (panels.length === 0) return null;
  const union = panels.reduce((all, panel) => all.map((inside, at) => inside | panel[at]!));
  return fullSizeMask(page, union, small.width, small.height, factor, isDark);
}

/**
 * The panels' mask at the page's size: blocks well inside a panel are in it, and along its
 * outline each pixel is in it when it is of the panel's dark colour, so the panel's edge is
 * turned exactly and leaves no stripe Tesseract would read as a letter.
 */
function fullSizeMask(page: GreyImage, panels: Uint8Array, width: number, height: number, factor: number, isDark: DarkAt): Uint8Array {
  const mask = new Uint8Array(page.width * page.height);
  const inside = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && panels[y * width + x] === 1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let around = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) around += inside(x + dx, y + dy) ? 1 : 0;
      if (around === 0) continue;
      const deep = around === 9;
      for (let py = y * factor; py < (y + 1) * factor; py++) {
        for (let px = x * factor; px < (x + 1) * factor; px++) mask[py * page.width + px] = deep || isDark(px, py) ? 1 : 0;
      }
    }
  }
  return mask;
}

/**
 * The page with its dark panels turned negative, so their light text becomes dark text on paper
 * like the rest: Tesseract's binarisation then needs no window small enough to see letters inside
 * a panel, which would break blurred and faint text elsewhere. A panel's colour, turned, is a
 * grey: it is brought to white (measured: a keystoned flyer's turned panel stayed mid-grey and its
 * two lines were not read).
 */
export function withPanelsInverted(page: GreyImage, panels: Uint8Array): GreyImage {
  // The panel's colour is its commonest grey: the median of its pixels, turned.
  const background = Math.max(1, 255 - percentile(page.pixels, 0.5, panels));
  const pixels = Uint8Array.from(page.pixels);
  for (let at = 0; at < pixels.length; at++) if (panels[at]) pixels[at] = Math.min(255, Math.round(((255 - pixels[at]!) * 255) / background));
  return { ...page, pixels };
}
