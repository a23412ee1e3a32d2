import { cardOf, cardPlacement, markAt, severityCounts, type CardAction } from '@/browser/overlay';
import type { PageMark } from '@/browser/messages';
import type { Severity } from '@/engine/report/types';
import { CardFrame, type CardChannel } from './card-frame';

export interface OverlayLabels {
  severity: Record<Severity, string>;
  /** The counter's accessible name: "Sverka: findings on this page, next". */
  counter: string;
  /** The card frame's accessible name. */
  card: string;
}

/*
 * `!important` on :host: in the cascade, important rules of a shadow tree beat the page's own
 * important rules and its inline styles on the host, so no page style can hide or restyle it.
 */
const STYLE = `
:host{all:initial !important;display:block !important;position:static !important;visibility:visible !important;opacity:1 !important;
  transform:none !important;filter:none !important;clip-path:none !important;contain:none !important;content-visibility:visible !important}
.counter{all:initial;position:fixed;right:12px;bottom:12px;z-index:2147483647;display:flex;gap:6px;align-items:center;
  font:600 13px/1 system-ui,sans-serif;padding:6px 10px;border-radius:16px;border:1px solid #9e9e9e;background:#fff;color:#212121;
  box-shadow:0 1px 4px rgba(0,0,0,.25);cursor:pointer}
.counter:focus-visible{outline:3px solid #5e35b1;outline-offset:2px}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:3px}
.error .dot{background:#c62828}.warning .dot{background:#b26a00}.info .dot{background:#1565c0}
.card{all:initial;position:fixed;z-index:2147483647;display:block;border:0;border-radius:6px;background:transparent;color-scheme:light;
  box-shadow:0 2px 8px rgba(0,0,0,.3);visibility:hidden;width:0;height:0;max-width:calc(100vw - 16px)} /* cardPlacement's 8 px on each side */
.card.shown{visibility:visible}
`;

/**
 * Styles the closed root with an adopted sheet. Firefox's content scripts cannot always adopt a
 * sheet through the page's wrappers (Mozilla bug 1770592): there a <style> inside the closed root
 * serves, as far out of the page's reach.
 */
function styleRoot(root: ShadowRoot, doc: Document): void {
  try {
    const sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Falls back below.
  }
  const style = doc.createElement('style');
  style.textContent = STYLE;
  root.prepend(style);
}

/**
 * The card and the counter Sverka shows on a checked page. They live in a closed shadow root,
 * attached from the content script's isolated world to a plain `<div>` (a custom element's name
 * could be claimed by the page first) placed after `<body>`: the page's scripts get `null` for its
 * shadow root and its styles stop at the host. The counter holds only counts; a card's words —
 * which quote the operations checklist — are drawn inside an extension frame (see CardFrame). The
 * page reader (which reads `<body>`) never reads Sverka's own UI.
 */
export class PageOverlay {
  private readonly host: HTMLElement;
  private readonly counter: HTMLButtonElement;
  private readonly card: CardFrame;
  private readonly keeper: MutationObserver;
  private marks: PageMark[] = [];
  private ranges = new Map<string, Range>();
  private shownId: string | null = null;
  private nextIndex = 0;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingHitTest = 0;

  constructor(
    private readonly doc: Document,
    private readonly labels: OverlayLabels,
    channel: CardChannel,
    private readonly onFocusMark: (id: string) => void,
    /** Asks the side panel to do a card's action for a mark; resolves whether it was done. */
    private readonly onCardAction: (id: string, action: CardAction) => Promise<boolean>,
  ) {
    this.host = doc.createElement('div');
    const root = this.host.attachShadow({ mode: 'closed' });
    styleRoot(root, doc);
    this.counter = doc.createElement('button');
    this.counter.type = 'button';
    this.counter.className = 'counter';
    this.counter.addEventListener('click', () => this.focusNext());
    root.append(this.counter);
    this.card = new CardFrame(root, channel, labels.card, {
      onSize: (size) => this.reveal(size),
      onPointerEnter: () => clearTimeout(this.hideTimer),
      onPointerLeave: () => this.hideSoon(),
      onAction: (action) => this.act(action),
    });
    // A page that takes the overlay out gets it back, at most once a frame.
    this.keeper = new MutationObserver(() => {
      if (this.marks.length > 0 && !this.host.isConnected) requestAnimationFrame(() => this.attach());
    });
    doc.addEventListener('mousemove', this.onPointer, { passive: true });
    doc.addEventListener('click', this.onClick, true);
    doc.addEventListener('keydown', this.onKey, true);
    doc.defaultView?.addEventListener('scroll', this.onScroll, { passive: true });
  }

  /** Shows these marks (their ranges already drawn as highlights); none removes the overlay. */
  update(marks: PageMark[], ranges: Map<string, Range>): void {
    this.marks = marks.filter((m) => ranges.has(m.id));
    this.ranges = ranges;
    this.nextIndex = 0;
    this.hide();
    if (this.marks.length === 0) {
      this.keeper.disconnect();
      this.host.remove();
      return;
    }
    this.renderCounter();
    this.attach();
  }

  /** Shows the card of one mark beside it, once the card frame has drawn and measured it. */
  show(id: string): void {
    const mark = this.marks.find((m) => m.id === id);
    if (!mark || !this.ranges.has(id)) return;
    clearTimeout(this.hideTimer);
    this.shownId = id;
    this.card.element.classList.remove('shown');
    this.card.show(cardOf(mark));
  }

  destroy(): void {
    this.doc.removeEventListener('mousemove', this.onPointer);
    this.doc.removeEventListener('click', this.onClick, true);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll);
    this.keeper.disconnect();
    this.card.destroy();
    this.host.remove();
  }

  private attach(): void {
    if (this.marks.length === 0) return;
    this.keeper.observe(this.doc, { childList: true });
    const root = this.doc.documentElement;
    if (!root) return;
    if (!this.host.isConnected) root.append(this.host);
    this.keeper.observe(root, { childList: true });
  }

  private act(action: CardAction): void {
    const id = this.shownId;
    if (!id) return;
    void this.onCardAction(id, action).then((ok) => {
      if (this.shownId === id) this.card.answer({ type: 'answer', action, ok });
    });
  }

  private reveal(size: { width: number; height: number }): void {
    const range = this.shownId ? this.ranges.get(this.shownId) : undefined;
    if (!range) return;
    const frame = this.card.element;
    frame.style.width = `${size.width}px`;
    frame.style.height = `${size.height}px`;
    this.place(range);
    frame.classList.add('shown');
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
    const candidates = this.marks.filter((m) => this.ranges.get(m.id)!.startContainer.ownerDocument === this.doc).map((m) => ({ id: m.id, rects: this.ranges.get(m.id)!.getClientRects() }));
    return markAt(candidates, x, y);
  }

  private readonly onPointer = (event: MouseEvent) => {
    if (this.pendingHitTest) return;
    const { clientX, clientY } = event;
    // One hit test per frame, however fast the pointer moves.
    this.pendingHitTest = requestAnimationFrame(() => {
      this.pendingHitTest = 0;
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

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.shownId) this.hide();
  };

  private readonly onScroll = () => {
    const range = this.shownId ? this.ranges.get(this.shownId) : undefined;
    if (range) this.place(range);
  };

  private place(range: Range): void {
    const view = this.doc.defaultView!;
    const own = range.getClientRects()[0] ?? range.getBoundingClientRect();
    // A mark in a same-origin frame is measured in the frame: shift it by where the frame stands.
    const home = range.startContainer.ownerDocument?.defaultView?.frameElement;
    const shift = home && home.ownerDocument === this.doc ? home.getBoundingClientRect() : { left: 0, top: 0 };
    const anchor = { left: own.left + shift.left, right: own.right + shift.left, top: own.top + shift.top, bottom: own.bottom + shift.top };
    const frame = this.card.element;
    const size = { width: frame.offsetWidth || 320, height: frame.offsetHeight || 80 };
    const { left, top } = cardPlacement(anchor, { width: view.innerWidth, height: view.innerHeight }, size);
    frame.style.left = `${left}px`;
    frame.style.top = `${top}px`;
  }

  private hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), 400);
  }

  private hide(): void {
    clearTimeout(this.hideTimer);
    this.shownId = null;
    this.card.hide();
    this.card.element.classList.remove('shown');
  }
}
