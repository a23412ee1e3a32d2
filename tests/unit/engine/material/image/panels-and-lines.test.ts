import { describe, expect, it } from 'vitest';
import { darkPanelMask, withPanelsInverted } from '../../../../../engine/material/image/dark-panels';
import { drawnLines, withoutDrawnLines } from '../../../../../engine/material/image/drawn-lines';
import { inkMask, labelled } from '../../../../../engine/material/image/ink';
import { fill, letter, textPage } from './paint';

describe('dark panels', () => {
  it('finds a badge of one line of light text', () => {
    const page = textPage(800, 600, 14);
    fill(page, 300, 300, 420, 334, 40);
    for (let i = 0; i < 6; i++) letter(page, 310 + i * 14, 310, 14, 250);
    expect(darkPanelMask(page, 14, 0)?.[320 * 800 + 360]).toBe(1);
  });

  it('turns a dark box with light text negative, and leaves body text alone', () => {
    const page = textPage(800, 600, 14);
    fill(page, 100, 300, 700, 420, 60);
    for (let i = 0; i < 10; i++) letter(page, 130 + i * 14, 340, 14, 240);
    const panels = darkPanelMask(page, 14, 0)!;
    expect(panels[350 * 800 + 400]).toBe(1);
    expect(panels[100 * 800 + 400]).toBe(0);
    const inverted = withPanelsInverted(page, panels);
    expect(inverted.pixels[310 * 800 + 400]).toBe(255);
    expect(inverted.pixels[345 * 800 + 131]).toBeLessThan(60);
    expect(inverted.pixels[100 * 800 + 400]).toBe(page.pixels[100 * 800 + 400]);
  });

  it('finds a panel on a page lit from one side, and not the shadowed margin', () => {
    const page = textPage(800, 600, 14);
    fill(page, 100, 300, 700, 420, 60);
    for (let i = 0; i < 10; i++) letter(page, 130 + i * 14, 340, 14, 240);
    page.pixels.forEach((grey, at) => (page.pixels[at] = Math.round(grey * (0.4 + 0.6 * Math.min(1, (at % 800) / 400)))));
    const panels = darkPanelMask(page, 14, 0)!;
    expect(panels[350 * 800 + 400]).toBe(1);
    expect(panels[100 * 800 + 10]).toBe(0);
  });

  it('finds none on a page of dark text, a bold headline included', () => {
    const page = textPage(800, 600, 14);
    for (let i = 0; i < 12; i++) letter(page, 60 + i * 36, 6, 44, 10);
    expect(darkPanelMask(page, 14, 0)).toBeNull();
  });
});

describe('drawn lines', () => {
  it("paints over a rule and a dotted leader, never a sentence's full stop", () => {
    const page = textPage(800, 300, 14, 400);
    fill(page, 40, 100, 600, 102, 20);
    for (let x = 40; x < 400; x += 8) fill(page, x, 150, x + 2, 152, 20);
    letter(page, 40, 200, 14);
    fill(page, 52, 211, 55, 214, 20);
    const { components, labels } = labelled(inkMask(page), page.width, page.height);
    const lines = drawnLines(components, 14);
    const cleaned = withoutDrawnLines(page, labels, lines);
    expect(cleaned.pixels[101 * 800 + 300]).toBe(255);
    expect(cleaned.pixels[151 * 800 + 41]).toBe(255);
    expect(cleaned.pixels[212 * 800 + 53]).toBe(20);
  });
});
