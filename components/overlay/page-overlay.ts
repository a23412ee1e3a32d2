import { cardPlacement, markAt, severityCounts } from '@/utils/overlay';
import type { PageMark } from '@/utils/messages';
import type { Severity } from '@/utils/report/types';

export interface OverlayLabels {
  severity: Record<Severity, string>;
  fix: string;
  /** The counter's accessible name: "Sverka: findings on this page, next". */
  counter: string;
}

const STYLE = `
:host{all:initial}
.counter{position:fixed;right:12px;bottom:12px;z-index:2147483647;display:flex;gap:6px;align-items:center;
  font:600 13px/1 system-ui,sans-serif;padding:6px 10px;border-radius:16px;border:1px solid #9e9e9e;background:#fff;color:#212121;
  box-shadow:0 1px 4px rgba(0,0,0,.25);cursor:pointer}
.counter:focus-visible{outline:3px solid #5e35b1;outline-offset:2px}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:3px}
.error .dot,.card.error{border-color:#c62828}.error .dot{background:#c62828}
.warning .dot{background:#b26a00}.card.warning{border-color:#b26a00}
.info .dot{background:#1565c0}.card.info{border-color:#1565c0}
.card{position:fixed;z-index:2147483647;max-width:320px;box-sizing:border-box;padding:8px 10px;border:1px solid;border-left-width:4px;
  border-radius:6px;background:#fff;color:#212121;font:13px/1.4 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.card[hidden]{display:none}
.card .severity{font-weight:700;margin:0 0 4px}
.card p{margin:0}
.card .fix{margin-top:4px;color:#1b5e20}
`;

/**
 * The card and the counter Sverka shows on a checked page. They live in one shadow root on a host
 * placed after `<body>`, so the page's own elements and styles stay as they were, and the page
 * reader (which reads `<body>`) never reads Sverka's own text. Page text only ever goes in as text.
 */
export class PageOverlay {
  private readonly host: HTMLElement;
  private readonly counter: HTMLButtonElement;
  private readonly card: HTMLElement;
  private marks: PageMark[] = [];
  private ranges = new Map<string, Range>();
  private shownId: string | null = null;
  private nextIndex = 0;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;

  constructor(
    private readonly doc: Document,
    private readonly labels: OverlayLabels,
    private readonly onFocusMark: (id: string) => void,
  ) {
    this.host = doc.createElement('sverka-overlay');
    this.host.setAttribute('data-sverka-ui', '');
    const root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    this.counter = doc.createElement('button');
    this.counter.type = 'button';
    this.counter.className = 'counter';
    this.counter.addEventListener('click', () => this.focusNext());
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.setAttribute('role', 'tooltip');
    this.card.hidden = true;
    this.card.addEventListener('mouseenter', () => clearTimeout(this.hideTimer));
    this.card.addEventListener('mouseleave', () => this.hideSoon());
    root.append(style, this.counter, this.card);
    doc.addEventListener('mousemove', this.onPointer, { passive: true });
    doc.addEventListener('click', this.onClick, true);
    doc.defaultView?.addEventListener('scroll', this.onScroll, { passive: true });
  }

  /** Shows these marks (their ranges already drawn as highlights); none removes the overlay. */
  update(marks: PageMark[], ranges: Map<string, Range>): void {
    this.marks = marks.filter((m) => ranges.has(m.id));
    this.ranges = ranges;
    this.nextIndex = 0;
    this.hide();
    if (this.marks.length === 0) {
      this.host.remove();
      return;
    }
    this.renderCounter();
    if (!this.host.isConnected) this.doc.documentElement.append(this.host);
  }

  /** Shows the card of one mark beside it. */
  show(id: string): void {
    const mark = this.marks.find((m) => m.id === id);
    const range = this.ranges.get(id);
    if (!mark || !range) return;
    clearTimeout(this.hideTimer);
    this.shownId = id;
    this.card.className = `card ${mark.severity}`;
    const severity = this.doc.createElement('p');
    severity.className = 'severity';
    severity.textContent = this.labels.severity[mark.severity];
    const message = this.doc.createElement('p');
    message.textContent = mark.message;
    const parts = [severity, message];
    if (mark.suggestion) {
      const fix = this.doc.createElement('p');
      fix.className = 'fix';
      fix.textContent = `${this.labels.fix}: ${mark.suggestion}`;
      parts.push(fix);
    }
    this.card.replaceChildren(...parts);
    this.card.hidden = false;
    this.place(range);
  }

  destroy(): void {
    this.doc.removeEventListener('mousemove', this.onPointer);
    this.doc.removeEventListener('click', this.onClick, true);
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll);
    this.host.remove();
  }

  private renderCounter(): void {
    const parts = severityCounts(this.marks).map(({ severity, count }) => {
      const item = this.doc.createElement('span');
      item.className = severity;
      item.title = this.labels.severity[severity];
      const dot = this.doc.createElement('span');
      dot.className = 'dot';
      item.append(dot, String(count));
      return item;
    });
    this.counter.replaceChildren('Sverka', ...parts);
    this.counter.setAttribute('aria-label', `${this.labels.counter}: ${this.marks.length}`);
  }

  /** The counter walks through the marks (the content script scrolls and shows the card): keyboard users reach every card. */
  private focusNext(): void {
    const mark = this.marks[this.nextIndex % this.marks.length];
    if (!mark) return;
    this.nextIndex++;
    this.onFocusMark(mark.id);
  }

  private markUnder(x: number, y: number): string | null {
    // A mark inside a frame has rectangles in the frame's viewport, not the page's: the counter reaches it.
    const candidates = this.marks
      .filter((m) => this.ranges.get(m.id)!.startContainer.ownerDocument === this.doc)
      .map((m) => ({ id: m.id, rects: this.ranges.get(m.id)!.getClientRects() }));
    return markAt(candidates, x, y);
  }

  private readonly onPointer = (event: MouseEvent) => {
    if (this.frame) return;
    const { clientX, clientY } = event;
    // One hit test per frame, however fast the pointer moves.
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const id = this.markUnder(clientX, clientY);
      if (id && id !== this.shownId) this.show(id);
      else if (!id && this.shownId) this.hideSoon();
      else if (id) clearTimeout(this.hideTimer);
    });
  };

  private readonly onClick = (event: MouseEvent) => {
    if (event.composedPath().includes(this.host)) return;
    const id = this.markUnder(event.clientX, event.clientY);
    if (id) this.show(id);
    else this.hide();
  };

  private readonly onScroll = () => {
    const range = this.shownId ? this.ranges.get(this.shownId) : undefined;
    if (range) this.place(range);
  };

  private place(range: Range): void {
    const view = this.doc.defaultView!;
    const own = range.getClientRects()[0] ?? range.getBoundingClientRect();
    // A mark in a same-origin frame is measured in the frame: shift it by where the frame stands.
    const frame = range.startContainer.ownerDocument?.defaultView?.frameElement;
    const shift = frame && frame.ownerDocument === this.doc ? frame.getBoundingClientRect() : { left: 0, top: 0 };
    const anchor = { left: own.left + shift.left, right: own.right + shift.left, top: own.top + shift.top, bottom: own.bottom + shift.top };
    const size = this.card.getBoundingClientRect();
    const { left, top } = cardPlacement(anchor, { width: view.innerWidth, height: view.innerHeight }, { width: size.width || 320, height: size.height || 80 });
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
  }

  private hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), 400);
  }

  private hide(): void {
    clearTimeout(this.hideTimer);
    this.shownId = null;
    this.card.hidden = true;
  }
}
