import { centreOf, heightOf, widthOf } from '../boxes';
import type { Component } from './ink';
import type { GreyImage } from './raster';

/** A rule is at most this share of a letter thick… */
const RULE_THICKNESS = 1 / 3;
/** …and at least this many letters long. */
const RULE_LENGTH = 3;
/** A leader's dot is at most this share of a letter high and wide… */
const DOT_SIZE = 1 / 4;
/** …and a leader is at least this many dots in a row, each within this many letter heights of the next. */
const LEADER_DOTS = 6;
const LEADER_GAP = 1;

function isRule(c: Component, letterHeight: number): boolean {
  const thin = RULE_THICKNESS * letterHeight;
  const long = RULE_LENGTH * letterHeight;
  return (heightOf(c) <= thin && widthOf(c) >= long) || (widthOf(c) <= thin && heightOf(c) >= long);
}

/** Dots that stand in rows of many, evenly close: a price list's dotted leaders and separators, not a sentence's full stops. */
function leaderDots(components: readonly Component[], letterHeight: number): Component[] {
  const small = DOT_SIZE * letterHeight;
  const rows = new Map<number, Component[]>();
  for (const c of components) {
    if (heightOf(c) > small || widthOf(c) > small) continue;
    const row = Math.round(centreOf(c).y / Math.max(1, letterHeight / 3));
    rows.set(row, [...(rows.get(row) ?? []), c]);
  }
  const leaders: Component[] = [];
  for (const dots of rows.values()) {
    dots.sort((a, b) => a.x0 - b.x0);
    let run: Component[] = [];
    for (const dot of [...dots, null]) {
      const last = run[run.length - 1];
      if (dot && (!last || dot.x0 - last.x1 <= LEADER_GAP * letterHeight)) {
        run.push(dot);
        continue;
      }
      if (run.length >= LEADER_DOTS) leaders.push(...run);
      run = dot ? [dot] : [];
    }
  }
  return leaders;
}

/** The page's drawn lines — rules under headings and between rows, dotted leaders — which are not text. */
export function drawnLines(components: readonly Component[], letterHeight: number): Component[] {
  if (letterHeight === 0) return [];
  return [...components.filter((c) => isRule(c, letterHeight)), ...leaderDots(components, letterHeight)];
}

/** The paper around a component: the brightest quarter of the ring of pixels just outside it. */
function paperAround(page: GreyImage, c: Component): number {
  const ring: number[] = [];
  const x0 = Math.max(0, c.x0 - 1);
  const x1 = Math.min(page.width - 1, c.x1);
  const y0 = Math.max(0, c.y0 - 1);
  const y1 = Math.min(page.height - 1, c.y1);
  for (let x = x0; x <= x1; x++) ring.push(page.pixels[y0 * page.width + x]!, page.pixels[y1 * page.width + x]!);
  for (let y = y0; y <= y1; y++) ring.push(page.pixels[y * page.width + x0]!, page.pixels[y * page.width + x1]!);
  ring.sort((a, b) => a - b);
  return ring[Math.floor(ring.length * 0.75)]!;
}

/**
 * The page with its drawn lines painted over with the paper around them: Tesseract's layout
 * analysis takes a price list crossed by dotted leaders for a picture or a table and drops its
 * rows (measured: native Tesseract too).
 */
export function withoutDrawnLines(page: GreyImage, labels: Int32Array, lines: readonly Component[]): GreyImage {
  if (lines.length === 0) return page;
  const pixels = Uint8Array.from(page.pixels);
  for (const line of lines) {
    const paper = paperAround(page, line);
    for (let y = line.y0; y < line.y1; y++) {
      for (let x = line.x0; x < line.x1; x++) if (labels[y * page.width + x] === line.label) pixels[y * page.width + x] = paper;
    }
  }
  return { ...page, pixels };
}
