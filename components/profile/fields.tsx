import type { ComponentChildren } from 'preact';
import type { ProfileProblem } from '@/engine/profile/validate';

/** Problems at a JSON path or below it, shown under the field they belong to. */
export function Problems({ problems, path }: { problems: ProfileProblem[]; path: string }) {
  const mine = problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`));
  if (mine.length === 0) return null;
  return (
    <ul class="field-problems" role="alert">
      {mine.map((p) => (
        <li key={p.path + p.message}>
          {p.path}: {p.message}
        </li>
      ))}
    </ul>
  );
}

export function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control comes in as children
    <label class="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

export function Text({ label, value, onInput, path, multiline }: { label: string; value: string | undefined; onInput: (v: string) => void; path: string; multiline?: boolean }) {
  const handler = (e: Event) => onInput((e.target as HTMLInputElement).value);
  return <Field label={label}>{multiline ? <textarea data-path={path} value={value ?? ''} onInput={handler} rows={2} /> : <input data-path={path} value={value ?? ''} onInput={handler} />}</Field>;
}

export function NumberInput({ label, value, onInput, path }: { label: string; value: number | undefined; onInput: (v: number | undefined) => void; path: string }) {
  return (
    <Field label={label}>
      <input
        type="number"
        data-path={path}
        value={value ?? ''}
        onInput={(e) => {
          const raw = (e.target as HTMLInputElement).value;
          onInput(raw === '' ? undefined : Number(raw));
        }}
      />
    </Field>
  );
}

/** Words or phrases edited as one comma-separated line. */
export function ListInput({ label, value, onInput, path }: { label: string; value: string[] | undefined; onInput: (v: string[]) => void; path: string }) {
  return (
    <Field label={label}>
      <input
        data-path={path}
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
    </Field>
  );
}
