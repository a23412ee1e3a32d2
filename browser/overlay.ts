import type { Severity } from '../engine/report/types';

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The mark under the pointer: the first whose line boxes contain the point (a few pixels of slack). */
export function markAt(marks: Iterable<{ id: string; rects: Iterable<RectLike> }>, x: number, y: number, slack = 2): string | null {
  for (const mark of marks) {
    for (const rect of mark.rects) {
      if (x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack) return mark.id;
    }
  }
  return null;
}

/**
 * Where a card goes for a mark: under it when it fits in the viewport, else above it, and
 * always inside the viewport horizontally with a margin.
 */
export function cardPlacement(anchor: RectLike, viewport: { width: number; height: number }, card: { width: number; height: number }, gap = 6, margin = 8): { left: number; top: number } {
  const maxLeft = Math.max(margin, viewport.width - card.width - margin);
  const left = Math.min(Math.max(anchor.left, margin), maxLeft);
  const below = anchor.bottom + gap;
  const above = anchor.top - gap - card.height;
  const top = below + card.height <= viewport.height - margin || above < margin ? below : above;
  return { left, top };
}

/** How many marks of each severity the counter shows, the worst first. */
export function severityCounts(marks: Iterable<{ severity: Severity }>): { severity: Severity; count: number }[] {
  const counts = new Map<Severity, number>([
    ['error', 0],
    ['warning', 0],
    ['info', 0],
  ]);
  for (const mark of marks) counts.set(mark.severity, (counts.get(mark.severity) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 0).map(([severity, count]) => ({ severity, count }));
}

/**
 * What the card frame shows for a finding: its severity and its own words (the message quotes the
 * operations checklist). The frame adds its labels in the browser's language.
 */
export interface CardContent {
  severity: Severity;
  message: string;
  suggestion?: string;
}

/**
 * From the content script to a loaded card frame's window, once: the message that hands it the
 * port its cards come over. Only the frame whose nonce names the port takes it.
 */
export interface CardPortOffer {
  type: 'sverka-card-port';
  name: string;
}

/** From the content script to the card frame: the card to show. */
export interface CardMessage {
  type: 'card';
  card: CardContent;
}

/**
 * What the card's buttons ask of the side panel for the card's finding: ignore it on this site,
 * or show it in the panel's list. (Copying the fix needs no one else: the frame copies it.)
 */
export type CardAction = 'ignore' | 'open';
const CARD_ACTIONS: readonly CardAction[] = ['ignore', 'open'];

/** From the card frame to the content script: connected, the card's rendered size in CSS pixels, or a button pressed. */
export type FrameMessage = { type: 'ready' } | { type: 'size'; width: number; height: number } | { type: 'action'; action: CardAction };

/** From the content script to the card frame: whether the panel did what a button asked (false: no panel answered). */
export interface CardAnswer {
  type: 'answer';
  action: CardAction;
  ok: boolean;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Larger than any card the frame draws (it caps its width at 320 px); a bigger size is not the frame's. */
export const MAX_CARD_SIZE = 4000;
const CARD_PORT_PREFIX = 'sverka-card:';
/** A frame's nonce: random bits in UUID form (randomNonce). */
const NONCE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function cardOf(mark: { severity: Severity; message: string; suggestion?: string }): CardContent {
  return { severity: mark.severity, message: mark.message, ...(mark.suggestion ? { suggestion: mark.suggestion } : {}) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isCardMessage(value: unknown): value is CardMessage {
  if (!isRecord(value) || value.type !== 'card' || !isRecord(value.card)) return false;
  const { severity, message, suggestion } = value.card;
  return SEVERITIES.includes(severity as Severity) && typeof message === 'string' && (suggestion === undefined || typeof suggestion === 'string');
}

const isSide = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_CARD_SIZE;

export function isFrameMessage(value: unknown): value is FrameMessage {
  if (!isRecord(value)) return false;
  return value.type === 'ready' || (value.type === 'size' && isSide(value.width) && isSide(value.height)) || (value.type === 'action' && isCardAction(value.action));
}

export const isCardAction = (value: unknown): value is CardAction => CARD_ACTIONS.includes(value as CardAction);

export function isCardAnswer(value: unknown): value is CardAnswer {
  return isRecord(value) && value.type === 'answer' && isCardAction(value.action) && typeof value.ok === 'boolean';
}

/**
 * A fresh nonce for a card frame, in UUID form. Made from getRandomValues, because
 * crypto.randomUUID exists only in secure contexts and the checked page may be plain http.
 */
export function randomNonce(random: (bytes: Uint8Array<ArrayBuffer>) => void = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The name of the port that carries one frame's cards: only the frame given this nonce answers to it. */
export function cardPortName(nonce: string): string {
  return `${CARD_PORT_PREFIX}${nonce}`;
}

/** The offer of the port named `name` (cardPortName). */
export function cardPortOffer(name: string): CardPortOffer {
  return { type: 'sverka-card-port', name };
}

/** Whether a window message offers the port of the frame given this nonce. */
export function isCardPortOfferFor(value: unknown, nonce: string): value is CardPortOffer {
  return isRecord(value) && value.type === 'sverka-card-port' && value.name === cardPortName(nonce);
}

/** The nonce a card frame was given in its URL's fragment, or null when it has none that is well formed. */
export function nonceOf(hash: string): string | null {
  const nonce = hash.replace(/^#/, '');
  return NONCE.test(nonce) ? nonce : null;
}
