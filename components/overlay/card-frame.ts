import { cardPortName, isFrameMessage, randomNonce, type CardContent, type CardMessage } from '@/utils/overlay';

/** The part of a `runtime.Port` the card needs, so the overlay does not reach for `browser` itself. */
export interface CardPort {
  name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** How the overlay reaches its card page: the page's URL for a nonce, and the extension's own messaging. */
export interface CardChannel {
  url(nonce: string): string;
  connect(name: string): CardPort;
}

export interface CardFrameEvents {
  /** The frame drew the card and measured it. */
  onSize(size: { width: number; height: number }): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/** Reopenings in a row without the frame answering, after which the card stays closed rather than reload forever. */
const MAX_REOPENINGS = 3;

/**
 * The card's text — a finding's message, which quotes the operations checklist — is drawn in an
 * extension page framed in the overlay's closed shadow root, never in the page's DOM. The page
 * cannot read a frame of another origin, and the text travels over a runtime port named after a
 * nonce the frame was given in its URL: page scripts can neither open nor join such a port.
 *
 * An iframe loads once. A second load means the frame was navigated by someone else or taken out
 * and put back, and a port nobody answers means the frame is not our page: either way the frame
 * is replaced by a fresh one with a fresh nonce, and the card is sent again.
 */
export class CardFrame {
  private frame!: HTMLIFrameElement;
  private port: CardPort | null = null;
  private card: CardContent | null = null;
  private reopenings = 0;

  constructor(
    private readonly parent: ShadowRoot,
    private readonly channel: CardChannel,
    private readonly title: string,
    private readonly events: CardFrameEvents,
  ) {
    this.open();
  }

  get element(): HTMLIFrameElement {
    return this.frame;
  }

  /** Sends a card to draw; the frame answers with its size, and only then is it shown. */
  show(card: CardContent): void {
    this.card = card;
    this.port?.postMessage({ type: 'card', card } satisfies CardMessage);
  }

  hide(): void {
    this.card = null;
  }

  destroy(): void {
    this.port?.disconnect();
    this.port = null;
    this.frame.remove();
  }

  private open(): void {
    const nonce = randomNonce();
    const frame = this.parent.ownerDocument.createElement('iframe');
    frame.className = 'card';
    frame.title = this.title;
    frame.src = this.channel.url(nonce);
    let loads = 0;
    frame.addEventListener('load', () => {
      if (frame !== this.frame) return;
      if (++loads === 1) this.connect(nonce);
      else this.reopen();
    });
    frame.addEventListener('mouseenter', () => this.events.onPointerEnter());
    frame.addEventListener('mouseleave', () => this.events.onPointerLeave());
    this.frame = frame;
    this.parent.append(frame);
  }

  private connect(nonce: string): void {
    const port = this.channel.connect(cardPortName(nonce));
    this.port = port;
    port.onDisconnect.addListener(() => {
      if (port === this.port) this.reopen();
    });
    port.onMessage.addListener((message) => {
      if (port !== this.port || !isFrameMessage(message)) return;
      if (message.type === 'ready') {
        this.reopenings = 0;
        if (this.card) this.show(this.card);
      } else if (this.card) this.events.onSize({ width: message.width, height: message.height });
    });
  }

  private reopen(): void {
    this.destroy();
    if (++this.reopenings > MAX_REOPENINGS) return;
    this.open();
  }
}
