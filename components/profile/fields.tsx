import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ProfileProblem } from '@/engine/profile/validate';

/** The problems shown, by the editor field each is told at (engine/profile/problem-fields.ts places them). */
export const FieldProblems = createContext<ReadonlyMap<string, ProfileProblem[]>>(new Map());

/** The id of the message told next to the field at a path, which the field's control is described by. */
const problemId = (path: string) => `problem-${path}`;

/** The attributes a control at `path` carries: its path, and its problem when it has one. */
export interface ControlAttrs {
  'data-path': string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}

function useProblemsAt(path: string) {
  const mine = useContext(FieldProblems).get(path);
  const message = mine && (
    <span class="field-problem" id={problemId(path)}>
      {mine.map((p) => p.message).join('; ')}
    </span>
  );
  return { mine, message };
}

/** A labelled control; `children` renders it with the attributes that tie it to its path and problem. */
export function Field({ label, path, children }: { label: string; path: string; children: (attrs: ControlAttrs) => ComponentChildren }) {
  const { mine, message } = useProblemsAt(path);
  const attrs: ControlAttrs = mine ? { 'data-path': path, 'aria-invalid': 'true', 'aria-describedby': problemId(path) } : { 'data-path': path };
  return (
    <div class="field">
      {/* biome-ignore lint/a11y/noLabelWithoutControl: the control is rendered by `children`, inside the label */}
      <label>
        <span>{label}</span>
        {children(attrs)}
      </label>
      {message}
    </div>
  );
}

/**
 * A group of fields (a fact, a pillar, a name) that problems with no field of their own are told
 * in; it takes the focus when the summary jumps to such a problem.
 */
export function Group({ path, legend, children, ...rest }: { path: string; legend: ComponentChildren; children: ComponentChildren; class: string; [data: `data-${string}`]: string }) {
  const { mine, message } = useProblemsAt(path);
  return (
    <fieldset {...rest} data-path={path} tabIndex={-1} aria-describedby={mine ? problemId(path) : undefined}>
      <legend>{legend}</legend>
      {children}
      {message}
    </fieldset>
  );
}

export function Text({ label, value, onInput, path, multiline }: { label: string; value: string | undefined; onInput: (v: string) => void; path: string; multiline?: boolean }) {
  const handler = (e: Event) => onInput((e.target as HTMLInputElement).value);
  return (
    <Field label={label} path={path}>
      {(attrs) => (multiline ? <textarea {...attrs} value={value ?? ''} onInput={handler} rows={2} /> : <input {...attrs} value={value ?? ''} onInput={handler} />)}
    </Field>
  );
}

export function NumberInput({ label, value, onInput, path }: { label: string; value: number | undefined; onInput: (v: number | undefined) => void; path: string }) {
  return (
    <Field label={label} path={path}>
      {(attrs) => (
        <input
          type="number"
          {...attrs}
          value={value ?? ''}
          onInput={(e) => {
            const raw = (e.target as HTMLInputElement).value;
            onInput(raw === '' ? undefined : Number(raw));
          }}
        />
      )}
    </Field>
  );
}

/** Words or phrases edited as one comma-separated line. */
export function ListInput({ label, value, onInput, path }: { label: string; value: string[] | undefined; onInput: (v: string[]) => void; path: string }) {
  return (
    <Field label={label} path={path}>
      {(attrs) => (
        <input
          {...attrs}
          value={(value ?? []).join(', ')}
          onInput={(e) =>
            onInput(
              (e.target as HTMLInputElement).value
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
            )
          }
        />
      )}
    </Field>
  );
}
