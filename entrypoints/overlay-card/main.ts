import { browser } from 'wxt/browser';
import { SEVERITY_MESSAGE, type MessageKey } from '@/browser/i18n';
import { isCardMessage, isCardPortOfferFor, nonceOf, type CardContent, type FrameMessage } from '@/browser/overlay';
import { showControls } from '@/engine/report/escape';

/**
 * The card of a finding on a checked page. This page is framed inside the overlay's closed shadow
 * root: its origin is the extension's, so the page around it cannot read or change it, and it
 * takes cards only from the port named after the nonce in its own URL, which only the content
 * script that framed it knows. The port comes in a window message (Firefox gives an extension
 * page framed in a web page no runtime.onConnect that a content script reaches); the first offer
 * of that port is taken and no window message is heard after it.
 */
const nonce = nonceOf(location.hash);
const card = document.getElementById('card')!;
const text = (key: MessageKey) => browser.i18n.getMessage(key);

function paragraph(className: string, content: string): HTMLParagraphElement {
  const node = document.createElement('p');
  node.className = className;
  // A bidi override in a page's words would turn the card's own text around it.
  node.textContent = showControls(content);
  return node;
}

function render(content: CardContent): void {
  card.className = `card ${content.severity}`;
  const parts = [paragraph('severity', text(SEVERITY_MESSAGE[content.severity])), paragraph('message', content.message)];
  if (content.suggestion) parts.push(paragraph('fix', `${text('suggestion')}: ${content.suggestion}`));
  card.replaceChildren(...parts);
  card.hidden = false;
}

/** The card's size with all the room it may take, not squeezed into the frame the last card left. */
function naturalSize(): DOMRect {
  card.classList.add('natural');
  const size = card.getBoundingClientRect();
  card.classList.remove('natural');
  return size;
}

function serve(port: MessagePort): void {
  const send = (message: FrameMessage) => port.postMessage(message);
  // Every card is measured once drawn (the same size gives no resize), and again if it reflows.
  const sendSize = () => {
    const natural = naturalSize();
    // A frame narrower than the card's words need (a narrow page caps it) wraps the card: its height is then the wrapped card's.
    const height = innerWidth >= natural.width ? natural.height : card.getBoundingClientRect().height;
    send({ type: 'size', width: Math.ceil(natural.width), height: Math.ceil(height) });
  };
  new ResizeObserver(() => card.hidden || sendSize()).observe(card);
  port.addEventListener('message', ({ data }) => {
    if (!isCardMessage(data)) return;
    render(data.card);
    sendSize();
  });
  port.start();
  send({ type: 'ready' });
}

function takePort(event: MessageEvent): void {
  const [port] = event.ports;
  if (!nonce || !port || !isCardPortOfferFor(event.data, nonce)) return;
  removeEventListener('message', takePort);
  serve(port);
}

addEventListener('message', takePort);
