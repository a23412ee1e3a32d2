import { cardPortName, cardPortOffer, isFrameMessage, randomNonce, type CardAction, type CardAnswer, type CardContent, type CardMessage } from '@/browser/overlay';

/** The overlay's end of the port to its card frame. */
export interface CardPort {
  name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

/** How the overlay reaches its card page: the page's URL for a nonce, and a port to the loaded frame. */
export interface CardChannel {
  url(nonce: string): string;
  connect(name: string, frame: HTMLIFrameElement): CardPort;
}

/**
 * A port to a loaded card frame: one end of a MessageChannel, the other handed to the frame's
 * window with the port's name, addressed to the extension's origin alone. Not a runtime port:
 * Firefox runs an extension page framed in a web page with a content script's API, which no
 * runtime.connect reaches ("Receiving end does not exist").
 */
export function framePort(name: string, frame: HTMLIFrameElement, extensionOrigin: string): CardPort {
  const { port1, port2 } = new MessageChannel();
  frame.contentWindow?.postMessage(cardPortOffer(name), extensionOrigin, [port2]);
  return {
    name,
    postMessage: (message) => port1.postMessage(message),
    disconnect: () => port1.close(),
    onMessage: {
      addListener(listener) {
        port1.addEventListener('message', (event) => listener(event.data));
        port1.start();
      },
    },
  };
}

export interface CardFrameEvents {
  /** The frame drew the card and measured it. */
  onSize(size: { width: number; height: number }): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** A button of the card was pressed; the answer goes back with `answer`. */
  onAction(action: CardAction): void;
}

/** Reopenings in a row without the frame answering, after which the card stays closed rather than reload forever. */
const MAX_REOPENINGS = 3;

/**
 * The card's text — a finding's message, which quotes the operations checklist — is drawn in an
 * extension page framed in the overlay's closed shadow root, never in the page's DOM. The page
 * cannot read a frame of another origin, and the text travels over a port the frame takes only
 * when it is named after the nonce the frame was given in its URL. That URL sits in the closed
 * root alone, and the port is handed to the extension's origin alone: page scripts can neither
 * offer the frame a port it takes nor join the one it took.
 *
 * An iframe loads once. A second load means the frame was navigated by someone else or taken out
 * and put back: the frame is replaced by a fresh one with a fresh nonce, and the card is sent again.
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

  /** Tells the card whether what its button asked was done. */
  answer(answer: CardAnswer): void {
    this.port?.postMessage(answer);
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
    // The card's "copy the fix" writes to the clipboard from inside the frame.
    frame.allow = 'clipboard-write';
    frame.src = this.channel.url(nonce);
    let loads = 0;
    frame.addEventListener('load', () => {
      if (frame !== this.frame) return;
      if (++loads === 1) this.connect(nonce, frame);
      else this.reopen();
    });
    frame.addEventListener('mouseenter', () => this.events.onPointerEnter());
    frame.addEventListener('mouseleave', () => this.events.onPointerLeave());
    this.frame = frame;
    this.parent.append(frame);
  }

  private connect(nonce: string, frame: HTMLIFrameElement): void {
    const port = this.channel.connect(cardPortName(nonce), frame);
    this.port = port;
    port.onMessage.addListener((message) => {
      if (port !== this.port || !isFrameMessage(message)) return;
      if (message.type === 'ready') {
        this.reopenings = 0;
        if (this.card) this.show(this.card);
      } else if (message.type === 'action') {
        if (this.card) this.events.onAction(message.action);
      } else if (this.card) this.events.onSize({ width: message.width, height: message.height });
    });
  }

  private reopen(): void {
    this.destroy();
    if (++this.reopenings > MAX_REOPENINGS) return;
    this.open();
  }
}
