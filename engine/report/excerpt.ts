/** The text either side of a quote, as a report shows it; `cut` says more text stands beyond. */
export interface Excerpt {
  before: string;
  after: string;
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * About `reach` characters either side of [start, end), cut at whitespace only: the context never
 * begins or ends inside a word, a number or a URL. A token that reaches past the cut is left out
 * whole (a 200-character URL leaves no context on its side rather than a piece of itself).
 */
export function excerptAround(text: string, start: number, end: number, reach = 30): Excerpt {
  const from = start - reach;
  const to = end + reach;
  return { ...textBefore(text, from, start), ...textAfter(text, end, to) };
}

function textBefore(text: string, from: number, start: number): Pick<Excerpt, 'before' | 'cutBefore'> {
  if (from <= 0) return { before: text.slice(0, start), cutBefore: false };
  const region = text.slice(from, start);
  if (/\s/.test(text[from - 1]!)) return { before: region, cutBefore: true };
  const space = region.search(/\s/);
  return { before: space < 0 ? '' : region.slice(space).trimStart(), cutBefore: true };
}

function textAfter(text: string, end: number, to: number): Pick<Excerpt, 'after' | 'cutAfter'> {
  if (to >= text.length) return { after: text.slice(end), cutAfter: false };
  const region = text.slice(end, to);
  if (/\s/.test(text[to]!)) return { after: region, cutAfter: true };
  const space = lastSpace(region);
  return { after: space < 0 ? '' : region.slice(0, space).trimEnd(), cutAfter: true };
}

function lastSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (/\s/.test(text[i]!)) return i;
  return -1;
}
