import { browser } from 'wxt/browser';
import { SEVERITY_MESSAGE, type MessageKey } from '@/browser/i18n';
import { isCardAnswer, isCardMessage, isCardPortOfferFor, nonceOf, type CardAction, type CardAnswer, type CardContent, type FrameMessage } from '@/browser/overlay';
import { PATHS, type IconName } from '@/components/ui/icons';
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
// The card speaks the language of its messages: screen readers read it so.
document.documentElement.lang = text('uiLanguage');

function paragraph(className: string, content: string): HTMLParagraphElement {
  const node = document.createElement('p');
  node.className = className;
  // A bidi override in a page's words would turn the card's own text around it.
  node.textContent = showControls(content);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';

/** An icon button, as components/ui/icons.tsx draws one: the icon shows it, the label names it. */
function iconButton(icon: IconName, label: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'icon-button';
  button.setAttribute('aria-label', label);
  button.title = label;
  const svg = document.createElementNS(SVG, 'svg');
  for (const [name, value] of Object.entries({
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    'aria-hidden': 'true',
    focusable: 'false',
  }))
    svg.setAttribute(name, value);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', PATHS[icon]);
  svg.append(path);
  button.append(svg);
  button.addEventListener('click', onClick);
  return button;
}

/** What the card says after a button: the fix copied, or that no side panel was there to do it. */
function tell(message: string): void {
  card.querySelector('.notice')?.remove();
  card.append(paragraph('notice', message));
}

function copyFix(suggestion: string): void {
  navigator.clipboard.writeText(suggestion).then(
    () => tell(text('cardFixCopied')),
    () => undefined,
  );
}

function actions(content: CardContent, ask: (action: CardAction) => void): HTMLDivElement {
  const row = document.createElement('div');
  row.className = 'actions';
  const { suggestion } = content;
  if (suggestion) row.append(iconButton('copy', text('cardCopyFix'), () => copyFix(suggestion)));
  row.append(
    iconButton('ignore', text('ignoreOnSite'), () => ask('ignore')),
    iconButton('openPanel', text('cardOpenInPanel'), () => ask('open')),
  );
  return row;
}

function render(content: CardContent, ask: (action: CardAction) => void): void {
  card.className = `card ${content.severity}`;
  const parts: HTMLElement[] = [paragraph('severity', text(SEVERITY_MESSAGE[content.severity])), paragraph('message', content.message)];
  if (content.suggestion) parts.push(paragraph('fix', `${text('suggestion')}: ${content.suggestion}`));
  card.replaceChildren(...parts, actions(content, ask));
  card.hidden = false;
}

function answered({ ok }: CardAnswer): void {
  if (!ok) tell(text('cardNoPanel'));
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
  const ask = (action: CardAction) => send({ type: 'action', action });
  port.addEventListener('message', ({ data }) => {
    if (isCardAnswer(data)) return answered(data);
    if (!isCardMessage(data)) return;
    render(data.card, ask);
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
