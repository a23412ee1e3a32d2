/** The bench's arithmetic: medians of samples and ratios to a floor, with the cases that have no answer said so. */

/** The middle sample (the mean of the two middle ones for an even count); NaN for no samples. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** How many floors a figure costs; NaN when either is unknown or the floor is not above zero. */
export function ratio(figure: number, floor: number): number {
  return Number.isFinite(figure) && Number.isFinite(floor) && floor > 0 ? figure / floor : NaN;
}

/** Per-word cost at the largest size over the smallest: 1.00 is linear, 2.00 is twice the cost per word. */
export function linearity(points: readonly { words: number; ms: number }[]): number {
  if (points.length < 2) return NaN;
  const [first, last] = [points[0]!, points[points.length - 1]!];
  return ratio(last.ms / last.words, first.ms / first.words);
}

export const ms = (value: number) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : '—');
export const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value >= 10 ? 0 : 1)}×` : '—');
export const mb = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '—');

/** A plain-text table with columns padded to their widest cell, ready to paste into Markdown as a code block. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
