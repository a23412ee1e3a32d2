import type { JSX } from 'preact';

/*
 * The extension's icons: 24-unit outline paths drawn for Sverka, stroked in the text colour, so
 * they follow the severity and the dark scheme. No icon library: these fifteen paths are smaller
 * than any library's runtime.
 */
export const PATHS = {
  show: 'M12 3v3M12 18v3M3 12h3M18 12h3M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
  ignore: 'M3 3l18 18M10.6 5.1A10 10 0 0 1 12 5c5 0 9 4.5 10 7a13 13 0 0 1-3 4M6.6 6.6C4.4 8 2.8 10 2 12c1 2.5 5 7 10 7a10 10 0 0 0 5.4-1.6M9.9 9.9a3 3 0 0 0 4.2 4.2',
  ignoreEverywhere: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM5.6 5.6l12.8 12.8',
  addWord: 'M4 5a2 2 0 0 1 2-2h12v14H6a2 2 0 0 0-2 2zM4 19a2 2 0 0 0 2 2h12v-4M11 7v6M8 10h6',
  ticket: 'M8 4h8v3H8zM6 5H5v16h14V5h-1M8 12h8M8 16h5',
  openPanel: 'M4 4h16v16H4zM14 4v16M7 9h4M7 13h4',
  chevron: 'M6 9l6 6 6-6',
  undo: 'M9 14L4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3',
  add: 'M12 5v14M5 12h14',
  error: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v6M12 16.5v.5',
  warning: 'M12 3L2 20h20zM12 10v4M12 17v.5',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 11v6M12 7.5V8',
  ok: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM8 12l3 3 5-6',
  broken: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 9l6 6M15 9l-6 6',
  unknown: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.5v.7M12 17v.5',
} as const;

export type IconName = keyof typeof PATHS;

/** An icon beside words that already say it: hidden from screen readers. */
export function Icon({ name, class: className }: { name: IconName; class?: string }): JSX.Element {
  return (
    <span class={className ? `icon ${className}` : 'icon'}>
      <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false">
        <path d={PATHS[name]} />
      </svg>
    </span>
  );
}

/** A compact action: the icon shows it, `label` names it to screen readers and in the tooltip. */
export function IconButton({ icon, label, onClick, pressed, ...rest }: { icon: IconName; label: string; onClick: () => void; pressed?: boolean } & Omit<JSX.IntrinsicElements['button'], 'icon' | 'onClick'>) {
  return (
    <button type="button" class="icon-button" aria-label={label} title={label} aria-pressed={pressed} onClick={onClick} {...rest}>
      <Icon name={icon} />
    </button>
  );
}
