import type { Severity } from '../engine/report/types';
import type { PageText } from '../engine/page-material';
import type { CardAction } from './overlay';

export type { PageText };

/** A finding's place on the page, for the content script to highlight. */
export interface PageMark {
  id: string;
  block: number;
  start: number;
  end: number;
  severity: Severity;
  message: string;
  suggestion?: string;
}

/** Every message between the content script, the background and the extension pages: request → response. */
export interface MessageMap {
  'read-page': { request: Record<string, never>; response: PageText };
  /** The page's first blocks, holding more than `words` words, read without the rest: a first look while the whole is read. */
  'read-page-top': { request: { words: number }; response: PageText };
  'show-marks': { request: { marks: PageMark[] }; response: { drawn: number } };
  'scroll-to-mark': { request: { id: string }; response: { found: boolean } };
  'clear-marks': { request: Record<string, never>; response: { cleared: boolean } };
  'set-badge': { request: { tabId: number; errors: number }; response: { ok: boolean } };
  /** The content script saw the page's text change (debounced); the panel checks again. */
  'page-changed': { request: { url: string }; response: { ok: boolean } };
  /** A button of the card on a page, for the mark `id`: the side panel of that tab does it. */
  'card-action': { request: { action: CardAction; id: string }; response: { ok: boolean } };
}

export type MessageType = keyof MessageMap;
export type Request<T extends MessageType> = MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  sverka: true;
  type: T;
  payload: Request<T>;
}

/** The part of `browser.runtime`/`browser.tabs` messaging this module needs, so tests pass a fake. */
export interface MessagingApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: (message: unknown, sender: unknown) => Promise<unknown> | undefined): void };
  };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

function envelope<T extends MessageType>(type: T, payload: Request<T>): Envelope<T> {
  return { sverka: true, type, payload };
}

/** Sends a typed message to the extension (background, pages), or to one tab's content script. */
export async function sendMessage<T extends MessageType>(api: MessagingApi, type: T, payload: Request<T>, tabId?: number): Promise<Response<T>> {
  const message = envelope(type, payload);
  const answer = tabId === undefined ? await api.runtime.sendMessage(message) : await api.tabs.sendMessage(tabId, message);
  return answer as Response<T>;
}

export type Handlers = { [T in MessageType]?: (payload: Request<T>, sender: unknown) => Promise<Response<T>> | Response<T> };

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).sverka === true && typeof (message as Envelope).type === 'string';
}

/** Answers the messages this context handles; others (and foreign messages) are left to other listeners. */
export function onMessage(api: MessagingApi, handlers: Handlers): void {
  api.runtime.onMessage.addListener((message, sender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as ((payload: unknown, sender: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.payload, sender));
  });
}
