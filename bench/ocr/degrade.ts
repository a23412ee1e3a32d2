/**
 * The OCR benchmark's photographs: each bench/ocr/flyers/NAME.html (an A5 flyer, 559 CSS px wide) printed at 2.75× (1537 px wide, ~264 dpi: body text at a 40 px font size, small print at 34 px, its x-height ≈ 18 px) and "photographed" as clean, rot2/5/10, perspective, blur1/2, jpeg30, half, gradient, vignette, lowcontrast, noise, phone and desk, into bench/.cache/ocr/NAME/VERSION.(png|jpg) with the flyer's text in truth.txt.
 *
 * Run: npx tsx bench/ocr/degrade.ts [--flyers a,b] [--versions x,y] [--fresh]. Made by Debian's
 * Chromium (canvas and CSS, nothing downloaded); noise comes from a seeded generator, so a run
 * makes the same pixels every time. An image is made only when missing, or with --fresh.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../../tests/e2e/harness';

export const FLYERS_DIR = resolve(import.meta.dirname, 'flyers');
export const CACHE_DIR = resolve(import.meta.dirname, '../.cache/ocr');
/** Print resolution: device pixels per CSS pixel (96 CSS px per inch × 2.75 ≈ 264 dpi). */
const PRINT_SCALE = 2.75;

/** Where the flyer lies and how it is turned, rendered by CSS; `surround` is the background's CSS. */
interface Placement {
  transform: string;
  surround: string;
  /** Margin around the flyer as a share of its width. */
  margin: number;
  /** The flyer's size on the photograph as a share of its print size. */
  scale?: number;
}

/** What a camera and the light do to the pixels, in this order, by a canvas. */
interface Pixels {
  blur?: number;
  gradient?: boolean;
  vignette?: number;
  contrast?: number;
  noise?: number;
  half?: boolean;
  jpeg?: number;
}

interface Version {
  placement?: Placement;
  pixels?: Pixels;
}

const GREY = '#cfcfcc';
const WOOD = 'repeating-linear-gradient(86deg, #6b4423 0 9px, #7b522c 9px 17px, #5d391c 17px 21px, #74492a 21px 34px)';

export const VERSIONS: Record<string, Version> = {
  clean: {},
  rot2: { placement: { transform: 'rotate(2deg)', surround: '#ffffff', margin: 0.06 } },
  rot5: { placement: { transform: 'rotate(-5deg)', surround: GREY, margin: 0.1 } },
  rot10: { placement: { transform: 'rotate(10deg)', surround: GREY, margin: 0.2 } },
  perspective: { placement: { transform: 'perspective(2600px) rotateY(18deg) rotateX(6deg)', surround: GREY, margin: 0.14 } },
  blur1: { pixels: { blur: 1 } },
  blur2: { pixels: { blur: 2 } },
  jpeg30: { pixels: { jpeg: 0.3 } },
  half: { pixels: { half: true } },
  gradient: { pixels: { gradient: true } },
  vignette: { pixels: { vignette: 0.6 } },
  lowcontrast: { pixels: { contrast: 0.35 } },
  noise: { pixels: { noise: 20 } },
  phone: {
    placement: { transform: 'perspective(3000px) rotateX(10deg) rotateZ(3deg)', surround: GREY, margin: 0.06 },
    pixels: { blur: 1, vignette: 0.45, jpeg: 0.6 },
  },
  desk: {
    placement: { transform: 'rotate(-4deg)', surround: WOOD, margin: 0.25, scale: 0.62 },
    pixels: { vignette: 0.3, noise: 6, jpeg: 0.75 },
  },
};

export const flyerNames = (): string[] =>
  readdirSync(FLYERS_DIR)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/\.html$/, ''))
    .sort();

export const imagePath = (flyer: string, version: string): string => join(CACHE_DIR, flyer, `${version}.${VERSIONS[version]?.pixels?.jpeg ? 'jpg' : 'png'}`);

export const truthPath = (flyer: string): string => join(CACHE_DIR, flyer, 'truth.txt');

/** The flyer's text, one printed line a line, as the last print wrote it. */
export const readTruth = (flyer: string): string => readFileSync(truthPath(flyer), 'utf8');

/**
 * The printed flyer as a PNG, and its text line by printed line: a new line where a word stands
 * lower than the last or in another box, so each column's lines stay whole whatever order OCR reads
 * the columns in, and a price-list row ("Приём терапевта … 1 900 ₽") is one line as on paper.
 */
async function print(page: Page, flyer: string): Promise<{ png: Buffer; text: string }> {
  await page.goto(`file://${join(FLYERS_DIR, `${flyer}.html`)}`);
  await page.evaluate(() => document.fonts.ready);
  const text = await page.evaluate(() => {
    const boxOf = (node: Node): Element => {
      let element = node.parentElement!;
      while (getComputedStyle(element).display === 'inline' && element.parentElement) element = element.parentElement;
      return element;
    };
    const rows = new Map<Element, { top: number; words: string[] }[]>();
    const order: { box: Element; row: { top: number; words: string[] } }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const content = node.textContent ?? '';
      for (const match of content.matchAll(/\S+/g)) {
        range.setStart(node, match.index!);
        range.setEnd(node, match.index! + match[0].length);
        const rect = range.getBoundingClientRect();
        if (rect.width === 0) continue;
        // Rows are kept per flex row container so a price's name and its figure share one line.
        const box = boxOf(node);
        const container = getComputedStyle(box.parentElement!).display.includes('flex') && box.parentElement!.tagName === 'LI' ? box.parentElement! : box;
        const list = rows.get(container) ?? [];
        rows.set(container, list);
        let row = list.find((candidate) => Math.abs(candidate.top - rect.top) < rect.height / 2);
        if (!row) {
          row = { top: rect.top, words: [] };
          list.push(row);
          order.push({ box: container, row });
        }
        const transform = getComputedStyle(box).textTransform;
        row.words.push(transform === 'uppercase' ? match[0].toUpperCase() : match[0]);
      }
    }
    return order.map(({ row }) => row.words.join(' ')).join('\n');
  });
  return { png: await page.screenshot({ fullPage: true, type: 'png' }), text };
}

/** The print laid on a surface and turned: a screenshot of an <img> under a CSS transform. */
async function place(browser: Browser, png: Buffer, width: number, height: number, placement: Placement): Promise<Buffer> {
  const scale = placement.scale ?? 1;
  const margin = Math.round(width * placement.margin);
  const viewport = { width: Math.round(width * scale) + 2 * margin, height: Math.round(height * scale) + 2 * margin };
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  try {
    await page.setContent(`<body style="margin:0;width:100vw;height:100vh;display:flex;align-items:center;justify-content:center;background:${placement.surround};overflow:hidden">
      <img src="data:image/png;base64,${png.toString('base64')}" style="width:${Math.round(width * scale)}px;transform:${placement.transform};box-shadow:0 2px 12px rgba(0,0,0,0.35)">`);
    await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}

/** The camera and the light, on a canvas in the page; returns the encoded image. `seed` fixes the noise. */
async function expose(page: Page, png: Buffer, pixels: Pixels, seed: number): Promise<Buffer> {
  const dataUrl = await page.evaluate(
    async ({ source, pixels, seed }) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const scale = pixels.half ? 0.5 : 1;
      const width = Math.round(image.naturalWidth * scale);
      const height = Math.round(image.naturalHeight * scale);
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, width, height);
      context.imageSmoothingQuality = 'high';
      // CSS blur(σ) is a Gaussian of standard deviation σ; contrast() pulls every level toward mid-grey.
      context.filter = [pixels.blur ? `blur(${pixels.blur}px)` : '', pixels.contrast ? `contrast(${pixels.contrast})` : ''].join(' ').trim() || 'none';
      context.drawImage(image, 0, 0, width, height);
      context.filter = 'none';
      context.globalCompositeOperation = 'multiply';
      if (pixels.gradient) {
        const light = context.createLinearGradient(0, 0, width, height * 0.3);
        light.addColorStop(0, 'rgb(70,70,78)');
        light.addColorStop(0.55, 'rgb(200,200,205)');
        light.addColorStop(1, 'rgb(255,255,255)');
        context.fillStyle = light;
        context.fillRect(0, 0, width, height);
      }
      if (pixels.vignette) {
        const edge = Math.round(255 * (1 - pixels.vignette));
        const shade = context.createRadialGradient(width / 2, height / 2, Math.min(width, height) * 0.3, width / 2, height / 2, Math.hypot(width, height) / 2);
        shade.addColorStop(0, 'rgb(255,255,255)');
        shade.addColorStop(1, `rgb(${edge},${edge},${edge})`);
        context.fillStyle = shade;
        context.fillRect(0, 0, width, height);
      }
      context.globalCompositeOperation = 'source-over';
      if (pixels.noise) {
        // mulberry32 and Box–Muller: the same seed, the same grain.
        let state = seed >>> 0;
        const uniform = () => {
          state = (state + 0x6d2b79f5) >>> 0;
          let t = state;
          t = Math.imul(t ^ (t >>> 15), t | 1);
          t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
        const gaussian = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
        const frame = context.getImageData(0, 0, width, height);
        const data = frame.data;
        for (let i = 0; i < data.length; i += 4) {
          const grain = gaussian() * pixels.noise;
          for (let channel = i; channel < i + 3; channel++) data[channel] = data[channel]! + grain;
        }
        context.putImageData(frame, 0, 0);
      }
      return pixels.jpeg ? canvas.toDataURL('image/jpeg', pixels.jpeg) : canvas.toDataURL('image/png');
    },
    { source: `data:image/png;base64,${png.toString('base64')}`, pixels, seed },
  );
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

const KEEP_NAMES = 'window.__name = (f) => f';

const seedOf = (text: string): number => [...text].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0, 2166136261);

/** Makes the missing images (all of them with `fresh`); returns how many were made. */
export async function makeImages(flyers: string[], versions: string[], fresh = false, log: (line: string) => void = () => {}): Promise<number> {
  const wanted = flyers.flatMap((flyer) => versions.filter((version) => fresh || !existsSync(imagePath(flyer, version))).map((version) => ({ flyer, version })));
  const needTruth = flyers.filter((flyer) => fresh || !existsSync(truthPath(flyer)));
  if (wanted.length === 0 && needTruth.length === 0) return 0;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const printer = await browser.newPage({ viewport: { width: 559, height: 794 }, deviceScaleFactor: PRINT_SCALE });
    const darkroom = await browser.newPage({ viewport: { width: 200, height: 200 } });
    // tsx keeps function names with a __name helper the pages do not have.
    await printer.addInitScript(KEEP_NAMES);
    await darkroom.evaluate(KEEP_NAMES);
    for (const flyer of flyers) {
      const todo = wanted.filter((item) => item.flyer === flyer);
      if (todo.length === 0 && !needTruth.includes(flyer)) continue;
      const { png, text } = await print(printer, flyer);
      mkdirSync(join(CACHE_DIR, flyer), { recursive: true });
      writeFileSync(truthPath(flyer), text);
      const { width, height } = pngSize(png);
      for (const { version } of todo) {
        const recipe = VERSIONS[version]!;
        const placed = recipe.placement ? await place(browser, png, width, height, recipe.placement) : png;
        const out = recipe.pixels ? await expose(darkroom, placed, recipe.pixels, seedOf(`${flyer}/${version}`)) : placed;
        writeFileSync(imagePath(flyer, version), out);
        log(`${flyer}/${version}: ${imagePath(flyer, version)}`);
      }
    }
  } finally {
    await browser.close();
  }
  return wanted.length;
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** "--name a,b" as a list, every known name when absent; an unknown name is refused naming the known ones. */
export function listFlag(args: string[], name: string, known: string[]): string[] {
  const at = args.indexOf(name);
  if (at < 0) return known;
  const given = (args[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = given.filter((value) => !known.includes(value));
  if (given.length === 0 || unknown.length > 0) throw new Error(`${name}: expected a comma-separated list of ${known.join(', ')}; got "${args[at + 1] ?? ''}"`);
  return given;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const made = await makeImages(listFlag(args, '--flyers', flyerNames()), listFlag(args, '--versions', Object.keys(VERSIONS)), args.includes('--fresh'), console.log);
  console.log(`${made} image(s) made in ${CACHE_DIR}`);
}
