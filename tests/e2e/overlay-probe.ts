import type { Frame, Page } from 'playwright-core';
import { PNG } from 'pngjs';

/**
 * Sverka's overlay lives in a closed shadow root that the page's scripts cannot open; the tests see
 * it as DevTools does (the Chrome DevTools Protocol pierces closed roots), never through the page.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An overlay element as the user sees it: where it is, and whether it is drawn and on top. */
export interface Shown {
  box: Box;
  /** Rendered (not display:none, visibility:hidden or transparent), of some size, and the topmost thing at its centre. */
  visible: boolean;
}

export interface OverlayView {
  /** Children of `<html>` with a closed shadow root: Sverka's hosts. */
  hosts: number;
  counter: (Shown & { label: string | null }) | null;
  /** The card frame shown now, with the URL it was given. */
  card: (Shown & { src: string }) | null;
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

const MEASURE = `function () {
  const box = this.getBoundingClientRect();
  const host = this.getRootNode().host;
  const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  const drawn = this.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width > 0 && box.height > 0;
  return { box: { x: box.x, y: box.y, width: box.width, height: box.height }, visible: drawn && top === host,
    label: this.getAttribute('aria-label'), src: this.getAttribute('src') };
}`;

export async function overlayOf(page: Page): Promise<OverlayView> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const html = root.children?.find((n) => n.nodeName === 'HTML');
    const roots = (html?.children ?? []).flatMap((n) => n.shadowRoots?.filter((r) => r.shadowRootType === 'closed') ?? []);
    const inside = roots.flatMap((r) => r.children ?? []);
    const measure = async (node: DomNode | undefined) => {
      if (!node) return null;
      const { object } = await cdp.send('DOM.resolveNode', { nodeId: node.nodeId });
      const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: MEASURE, returnByValue: true });
      return result.value as Shown & { label: string | null; src: string };
    };
    const counter = await measure(inside.find((n) => n.nodeName === 'BUTTON'));
    const frames = await Promise.all(inside.filter((n) => n.nodeName === 'IFRAME').map(measure));
    const card = frames.find((f) => f?.visible) ?? null;
    return { hosts: roots.length, counter, card };
  } finally {
    await cdp.detach();
  }
}

/** The frame drawing the overlay's card: the one with the URL the overlay gave it, inside a shadow root (a page may frame the same URL itself). */
export async function cardFrame(page: Page, src: string): Promise<Frame | undefined> {
  for (const frame of page.frames().filter((f) => f.url() === src)) {
    const element = await frame.frameElement();
    if (await element.evaluate((node) => node.getRootNode() instanceof ShadowRoot)) return frame;
  }
  return undefined;
}

/** The words of the card shown now, read inside its frame, or null when no card is shown. */
export async function shownCardText(page: Page): Promise<string | null> {
  const { card } = await overlayOf(page);
  const frame = card && (await cardFrame(page, card.src));
  return frame ? frame.evaluate(() => document.getElementById('card')!.innerText) : null;
}

/** Moves the pointer over the first highlighted range whose text is `quote`. */
export async function hoverMark(page: Page, quote: string): Promise<void> {
  const point = await page.evaluate((text) => {
    for (const highlight of CSS.highlights.values()) {
      for (const range of highlight) {
        if (!(range instanceof Range) || range.toString() !== text) continue;
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    throw new Error(`no highlight of ${text}`);
  }, quote);
  await page.mouse.move(point.x, point.y);
}

/**
 * Where two of Sverka's marks overlap: the stretch of the first line both cover, from the top of
 * the words to below their lowest underline. Null when no two marks overlap.
 */
export async function markOverlap(page: Page): Promise<Box | null> {
  return page.evaluate(() => {
    const ranges = [...CSS.highlights.entries()].filter(([name]) => name.startsWith('sverka-')).flatMap(([, highlight]) => [...highlight] as Range[]);
    for (const [i, a] of ranges.entries()) {
      for (const b of ranges.slice(i + 1)) {
        const [first, second] = [a.getClientRects()[0]!, b.getClientRects()[0]!];
        const left = Math.max(first.left, second.left);
        const right = Math.min(first.right, second.right);
        if (right > left && Math.abs(first.top - second.top) < 1) return { x: left, y: first.top, width: right - left, height: first.height + 12 };
      }
    }
    return null;
  });
}

/** How many pixels of each colour (`#rrggbb`, give or take anti-aliasing) the page shows in a box. */
export async function colourCounts(page: Page, box: Box, colours: Record<string, string>): Promise<Record<string, number>> {
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  const wanted = Object.entries(colours).map(([name, hex]) => [name, [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16))] as const);
  const counts = Object.fromEntries(wanted.map(([name]) => [name, 0]));
  for (let at = 0; at < png.data.length; at += 4) {
    const pixel = [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
    for (const [name, rgb] of wanted) if (rgb.every((channel, i) => Math.abs(channel - pixel[i]!) <= 24)) counts[name]!++;
  }
  return counts;
}
