import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CardFrame, type CardPort } from '../../../browser/overlay/card-frame';
import { cardOf, cardPlacement, cardPortName, cardPortOffer, isCardAnswer, isCardMessage, isCardPortOfferFor, isFrameMessage, markAt, MAX_CARD_SIZE, nonceOf, randomNonce, severityCounts } from '../../../browser/overlay';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('markAt', () => {
  const marks = [
    { id: 'a', rects: [rect(10, 10, 60, 30)] },
    // A mark that wraps onto a second line has two boxes.
    { id: 'b', rects: [rect(300, 40, 400, 60), rect(0, 60, 50, 80)] },
  ];
  it('finds the mark whose box holds the point, on any of its lines', () => {
    expect(markAt(marks, 20, 20)).toBe('a');
    expect(markAt(marks, 350, 50)).toBe('b');
    expect(markAt(marks, 25, 70)).toBe('b');
  });
  it('allows a little slack at the edges and nothing beyond it', () => {
    expect(markAt(marks, 61, 20)).toBe('a');
    expect(markAt(marks, 70, 20)).toBeNull();
    expect(markAt([], 0, 0)).toBeNull();
  });
});

describe('cardPlacement', () => {
  const viewport = { width: 800, height: 600 };
  const card = { width: 300, height: 120 };
  it('puts the card under the mark when it fits', () => {
    expect(cardPlacement(rect(100, 100, 200, 120), viewport, card)).toEqual({ left: 100, top: 126 });
  });
  it('puts it above when the mark is near the bottom', () => {
    expect(cardPlacement(rect(100, 550, 200, 570), viewport, card)).toEqual({ left: 100, top: 424 });
  });
  it('keeps it inside the viewport horizontally', () => {
    expect(cardPlacement(rect(700, 100, 790, 120), viewport, card).left).toBe(492);
    expect(cardPlacement(rect(-50, 100, 20, 120), viewport, card).left).toBe(8);
  });
  it('stays under the mark when there is no room above either', () => {
    expect(cardPlacement(rect(0, 20, 10, 40), { width: 400, height: 100 }, card).top).toBe(46);
  });
});

describe('severityCounts', () => {
  it('counts each severity, the worst first, and leaves out the absent ones', () => {
    expect(severityCounts([{ severity: 'info' }, { severity: 'error' }, { severity: 'error' }])).toEqual([
      { severity: 'error', count: 2 },
      { severity: 'info', count: 1 },
    ]);
    expect(severityCounts([])).toEqual([]);
  });
});

describe('card messages', () => {
  const card = { severity: 'error', message: 'по чек-листу: 4 500 ₽', suggestion: '4 500 ₽' };
  it('shapes a mark into a card of its severity and words only', () => {
    expect(cardOf({ id: 'f1', block: 3, start: 0, end: 5, severity: 'warning', message: 'm' } as never)).toEqual({ severity: 'warning', message: 'm' });
    expect(cardOf({ severity: 'error', message: 'm', suggestion: 's' })).toEqual({ severity: 'error', message: 'm', suggestion: 's' });
  });
  it('takes a card with a known severity and text fields, and nothing else', () => {
    expect(isCardMessage({ type: 'card', card })).toBe(true);
    expect(isCardMessage({ type: 'card', card: { severity: 'error', message: 'm' } })).toBe(true);
    expect(isCardMessage({ type: 'card', card: { ...card, severity: 'critical' } })).toBe(false);
    expect(isCardMessage({ type: 'card', card: { ...card, message: { toString: () => 'x' } } })).toBe(false);
    expect(isCardMessage({ type: 'card', card: { ...card, suggestion: 5 } })).toBe(false);
    expect(isCardMessage({ type: 'html', card })).toBe(false);
    expect(isCardMessage(null)).toBe(false);
    expect(isCardMessage('card')).toBe(false);
  });
  it('takes from the frame a ready signal or a finite size within bounds', () => {
    expect(isFrameMessage({ type: 'ready' })).toBe(true);
    expect(isFrameMessage({ type: 'size', width: 320, height: 96 })).toBe(true);
    for (const [width, height] of [
      [NaN, 10],
      [10, Infinity],
      [-1, 10],
      [10, MAX_CARD_SIZE + 1],
      ['320', 96],
    ]) {
      expect(isFrameMessage({ type: 'size', width, height })).toBe(false);
    }
    expect(isFrameMessage({ type: 'card' })).toBe(false);
    expect(isFrameMessage({ type: 'action', action: 'ignore' })).toBe(true);
    expect(isFrameMessage({ type: 'action', action: 'open' })).toBe(true);
    expect(isFrameMessage({ type: 'action', action: 'delete' })).toBe(false);
    expect(isFrameMessage({ type: 'action' })).toBe(false);
    expect(isFrameMessage(undefined)).toBe(false);
  });
  it('reads a frame’s nonce only when it is a UUID, and names its port after it', () => {
    const nonce = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(nonceOf(`#${nonce}`)).toBe(nonce);
    expect(cardPortName(nonce)).toBe(`sverka-card:${nonce}`);
    for (const hash of ['', '#', '#abc', `#${nonce}x`, `#${nonce.toUpperCase()}`, '#../../x']) expect(nonceOf(hash)).toBeNull();
  });
  it('takes a port offer only when it names the port of its own nonce', () => {
    const nonce = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const other = '1f8fad5b-d9cb-469f-a165-70867728950e';
    expect(isCardPortOfferFor(cardPortOffer(cardPortName(nonce)), nonce)).toBe(true);
    expect(isCardPortOfferFor(cardPortOffer(cardPortName(other)), nonce)).toBe(false);
    expect(isCardPortOfferFor(cardPortOffer(nonce), nonce)).toBe(false);
    expect(isCardPortOfferFor({ type: 'card', name: cardPortName(nonce) }, nonce)).toBe(false);
    expect(isCardPortOfferFor(cardPortName(nonce), nonce)).toBe(false);
    expect(isCardPortOfferFor(null, nonce)).toBe(false);
  });
  it('takes an answer to a card’s button only in its own shape', () => {
    expect(isCardAnswer({ type: 'answer', action: 'open', ok: false })).toBe(true);
    expect(isCardAnswer({ type: 'answer', action: 'open', ok: 'yes' })).toBe(false);
    expect(isCardAnswer({ type: 'answer', action: 'copy', ok: true })).toBe(false);
    expect(isCardAnswer({ type: 'card', action: 'open', ok: true })).toBe(false);
    expect(isCardAnswer(null)).toBe(false);
  });
  it('makes nonces in the form it reads, from 122 random bits', () => {
    expect(randomNonce((bytes) => bytes.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
    expect(randomNonce((bytes) => bytes.fill(255))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    const made = new Set(Array.from({ length: 100 }, () => randomNonce()));
    expect(made.size).toBe(100);
    for (const nonce of made) expect(nonceOf(`#${nonce}`)).toBe(nonce);
  });
});

/** A card port whose other end the test plays. */
function fakePort(name: string) {
  const received: unknown[] = [];
  const listeners = { message: [] as ((m: unknown) => void)[] };
  const port: CardPort & { received: unknown[]; disconnected: boolean; answer(m: unknown): void } = {
    name,
    received,
    disconnected: false,
    postMessage: (message) => received.push(message),
    disconnect: () => void (port.disconnected = true),
    onMessage: { addListener: (l) => listeners.message.push(l) },
    answer: (message) => listeners.message.forEach((l) => l(message)),
  };
  return port;
}

function cardFrameSetup() {
  const { document, window } = parseHTML('<html><body></body></html>');
  const root = document.createElement('div').attachShadow({ mode: 'closed' }) as unknown as ShadowRoot;
  const ports: ReturnType<typeof fakePort>[] = [];
  const sizes: { width: number; height: number }[] = [];
  const actions: string[] = [];
  const channel = {
    url: (nonce: string) => `chrome-extension://sverka/overlay-card.html#${nonce}`,
    connect: (name: string) => ports[ports.push(fakePort(name)) - 1]!,
  };
  const card = new CardFrame(root, channel, 'Sverka', { onSize: (size) => sizes.push(size), onPointerEnter() {}, onPointerLeave() {}, onAction: (action) => actions.push(action) });
  const load = () => card.element.dispatchEvent(new window.Event('load'));
  const nonce = () => card.element.getAttribute('src')!.split('#')[1]!;
  return { root, card, ports, sizes, actions, load, nonce };
}

describe('CardFrame', () => {
  const content = { severity: 'error' as const, message: 'по чек-листу: 4 500 ₽' };

  it('opens the port of its own nonce once the frame loads, and sends the card when the frame is ready', () => {
    const { card, ports, sizes, load, nonce } = cardFrameSetup();
    expect(nonceOf(`#${nonce()}`)).not.toBeNull();
    card.show(content);
    expect(ports).toEqual([]);
    load();
    expect(ports.map((p) => p.name)).toEqual([cardPortName(nonce())]);
    ports[0]!.answer({ type: 'ready' });
    expect(ports[0]!.received).toEqual([{ type: 'card', card: content }]);
    ports[0]!.answer({ type: 'size', width: 300, height: Number.NaN });
    ports[0]!.answer({ type: 'size', width: 300, height: 90 });
    expect(sizes).toEqual([{ width: 300, height: 90 }]);
    card.hide();
    ports[0]!.answer({ type: 'size', width: 300, height: 90 });
    expect(sizes).toHaveLength(1);
  });

  it('replaces a frame that loads a second time (navigated, or taken out and put back) with a fresh one, and shows the card there', () => {
    const { root, card, ports, load, nonce } = cardFrameSetup();
    load();
    const [first, firstNonce] = [card.element, nonce()];
    card.show(content);
    load();
    expect(ports[0]!.disconnected).toBe(true);
    expect(card.element).not.toBe(first);
    expect(nonce()).not.toBe(firstNonce);
    expect([...root.children]).toEqual([card.element]);
    load();
    ports[1]!.answer({ type: 'ready' });
    expect(ports[1]!.received).toEqual([{ type: 'card', card: content }]);
    // The old port's words are no longer heard.
    ports[0]!.answer({ type: 'ready' });
    expect(ports[0]!.received).toEqual([{ type: 'card', card: content }]);
  });

  it('passes on the buttons pressed on a shown card, and sends the answer back; a hidden card’s buttons are not heard', () => {
    const { card, ports, actions, load } = cardFrameSetup();
    load();
    card.show(content);
    ports[0]!.answer({ type: 'action', action: 'ignore' });
    ports[0]!.answer({ type: 'action', action: 'delete-profile' });
    expect(actions).toEqual(['ignore']);
    card.answer({ type: 'answer', action: 'ignore', ok: true });
    expect(ports[0]!.received).toContainEqual({ type: 'answer', action: 'ignore', ok: true });
    card.hide();
    ports[0]!.answer({ type: 'action', action: 'open' });
    expect(actions).toEqual(['ignore']);
  });

  it('lets the frame write the fix to the clipboard', () => {
    expect(cardFrameSetup().card.element.getAttribute('allow')).toBe('clipboard-write');
  });

  it('gives up after a few reopenings in a row without the frame answering', () => {
    const { root, card, ports, load } = cardFrameSetup();
    for (let i = 0; i < 3; i++) {
      load();
      load();
    }
    expect(card.element.parentNode).toBe(root);
    load();
    load();
    expect(card.element.parentNode).toBeNull();
    expect(ports).toHaveLength(4);
  });
});
