/** One edit that turns a text into another: `before.slice(start, end)` becomes `replacement`. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** More edits than this in one block is a rewrite, not a list of slips: no finding is worth making of it. */
const MAX_EDITS = 400;

/**
 * The fewest character edits from `before` to `after` (Myers' diff), each run of deleted and
 * inserted characters one Edit, in `before`'s offsets. A typographer changes a few marks in a long
 * block, so the common head and tail are cut first and the search stays small.
 */
export function textEdits(before: string, after: string): Edit[] {
  if (before === after) return [];
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const a = before.slice(head, before.length - tail);
  const b = after.slice(head, after.length - tail);
  const ops = shortestEditScript(a, b);
  if (!ops) return [];
  return groupEdits(ops, b).map((edit) => ({ ...edit, start: edit.start + head, end: edit.end + head }));
}

type Op = 'keep' | 'delete' | 'insert';

/** Myers' O(ND) search, then the path walked back from its end; null past MAX_EDITS. */
function shortestEditScript(a: string, b: string): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return walkBack(trace, offset, n, m);
    }
  }
  return null;
}

function walkBack(trace: Int32Array[], offset: number, n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const fromInsert = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const previousX = v[offset + (fromInsert ? k + 1 : k - 1)]!;
    const previousY = previousX - (fromInsert ? k + 1 : k - 1);
    while (x > previousX && y > previousY) {
      ops.push('keep');
      x--;
      y--;
    }
    ops.push(fromInsert ? 'insert' : 'delete');
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    ops.push('keep');
    x--;
    y--;
  }
  return ops.reverse();
}

function groupEdits(ops: Op[], b: string): Edit[] {
  const edits: Edit[] = [];
  let x = 0;
  let y = 0;
  let open: Edit | null = null;
  for (const op of ops) {
    if (op === 'keep') {
      if (open) edits.push(open);
      open = null;
      x++;
      y++;
      continue;
    }
    open ??= { start: x, end: x, replacement: '' };
    if (op === 'delete') open.end = ++x;
    else open.replacement += b[y++];
  }
  if (open) edits.push(open);
  return edits;
}
