import type { ProfileProblem } from './validate';

/** The path one level up: `facts[3].value.min` → `facts[3].value` → `facts[3]` → `facts` → null. */
export function parentPath(path: string): string | null {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut > 0 ? path.slice(0, cut) : null;
}

/** Ids are made from labels and not shown: a problem with an id is told at the field it is made from. */
const ID_SHOWN_AS = ['label', 'canonical'];

/**
 * The editor field a problem of `validateProfile` belongs to, among the paths the editor has
 * fields for: the field at the problem's path, else the nearest one above it (`facts[3].value.mon-fri`
 * → the fact's `facts[3]`); null when none holds it.
 */
export function fieldOfProblem(path: string, fields: ReadonlySet<string>): string | null {
  const parent = parentPath(path);
  if (parent !== null && path.endsWith('.id')) {
    const shown = ID_SHOWN_AS.map((key) => `${parent}.${key}`).find((candidate) => fields.has(candidate));
    if (shown) return shown;
  }
  for (let at: string | null = path; at !== null; at = parentPath(at)) if (fields.has(at)) return at;
  return null;
}

/** The problems by the field each is shown at; `unplaced` are those no field holds (the summary lists them all the same). */
export function problemsByField(problems: readonly ProfileProblem[], fields: ReadonlySet<string>): { byField: Map<string, ProfileProblem[]>; unplaced: ProfileProblem[] } {
  const byField = new Map<string, ProfileProblem[]>();
  const unplaced: ProfileProblem[] = [];
  for (const problem of problems) {
    const field = fieldOfProblem(problem.path, fields);
    if (field === null) unplaced.push(problem);
    else byField.set(field, [...(byField.get(field) ?? []), problem]);
  }
  return { byField, unplaced };
}
