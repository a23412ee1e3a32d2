import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every text/background pair the extension's pages draw with the design tokens passes WCAG AA, in
 * light and in dark: 4.5:1 for text, 3:1 for what is not text (the focus ring, a control's edge).
 */

const CSS = readFileSync(new URL('../../../assets/styles/tokens.css', import.meta.url), 'utf8');

/** The custom properties of the first `:root { … }` block in a piece of CSS. */
function rootTokens(css: string): Map<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return new Map([...block.matchAll(/(--sv-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** The light tokens (the top-level :root) and the dark ones (light, overridden by the prefers-color-scheme: dark block). */
function schemes(css: string): { light: Map<string, string>; dark: Map<string, string> } {
  const darkStart = css.search(/@media\s*\(prefers-color-scheme:\s*dark\)/);
  if (darkStart < 0) throw new Error('tokens.css has no dark block');
  const light = rootTokens(css.slice(0, darkStart));
  return { light, dark: new Map([...light, ...rootTokens(css.slice(darkStart))]) };
}

function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1]!, 16);
  return [value >> 16, (value >> 8) & 0xff, value & 0xff];
}

/** WCAG 2.x relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const TONES = ['error', 'warning', 'info', 'ok'];
/** Text on a background, as the pages draw them: [foreground, background]. */
const TEXT_PAIRS: [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['fg', 'hover'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'hover'],
  ['accent-fg', 'accent'],
  ['accent-fg', 'accent-hover'],
  ['link', 'bg'],
  ['link', 'surface'],
  // A selected tab or pressed mode is the page's colours swapped.
  ['bg', 'fg'],
  ...TONES.flatMap((tone): [string, string][] => [
    [tone, 'bg'],
    [tone, 'surface'],
    [tone, `${tone}-bg`],
    // A marked quote keeps the text's colour over the tone's background.
    ['fg', `${tone}-bg`],
  ]),
];
/** What is not text but must be seen against the page: [colour, background]. */
const NON_TEXT_PAIRS: [string, string][] = [
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['control-border', 'bg'],
  ['control-border', 'surface'],
  ['accent', 'bg'],
];

describe('contrast maths', () => {
  it('gives the known WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic "just passes AA" grey.
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('refuses a colour it cannot read rather than passing it', () => {
    expect(() => luminance('red')).toThrow(/not a #rrggbb/);
    expect(() => schemes(':root { --sv-fg: #000000; }')).toThrow(/no dark block/);
  });
});

describe.each(['light', 'dark'] as const)('tokens.css, %s', (scheme) => {
  const tokens = schemes(CSS)[scheme];
  const colour = (name: string) => {
    const value = tokens.get(`--sv-${name}`);
    if (!value) throw new Error(`--sv-${name} is not defined`);
    return value;
  };
  const failing = (pairs: [string, string][], minimum: number) =>
    pairs.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: Math.round(contrast(colour(fg), colour(bg)) * 100) / 100 })).filter(({ ratio }) => ratio < minimum);

  it('has a #rrggbb value for every colour token, the dark block setting each of them itself', () => {
    const colours = [...schemes(CSS).light].filter(([, value]) => value.startsWith('#')).map(([name]) => name);
    expect(colours.length).toBeGreaterThanOrEqual(20);
    const darkOwn = rootTokens(CSS.slice(CSS.search(/@media\s*\(prefers-color-scheme:\s*dark\)/)));
    for (const name of colours) {
      expect(tokens.get(name), name).toMatch(/^#[0-9a-f]{6}$/i);
      expect(darkOwn.has(name), `${name} in the dark block`).toBe(true);
    }
  });

  it('gives every text pair at least 4.5:1', () => {
    expect(failing(TEXT_PAIRS, 4.5)).toEqual([]);
  });

  it('gives the focus ring and control edges at least 3:1', () => {
    expect(failing(NON_TEXT_PAIRS, 3)).toEqual([]);
  });
});
