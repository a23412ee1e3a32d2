import { browser } from 'wxt/browser';
import type { MessageKey } from '@/browser/i18n';
import { framePort, type CardChannel } from '@/browser/overlay/card-frame';
import { PageOverlay } from '@/browser/overlay/page-overlay';
import { domRangeOf, highlightSheet } from '@/browser/highlights';
import { materialFromDocumentInSlices } from '@/engine/material/from-dom';
import { readDocumentTop } from '@/engine/material/page-top';
import type { Material } from '@/engine/material/types';
import { onMessage, sendMessage, type MessagingApi, type PageMark, type PageText } from '@/browser/messages';
import type { Severity } from '@/engine/report/types';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const STYLE = highlightSheet();

/** The last reading of the page: its blocks still point at the page's text nodes. */
let material: Material | null = null;
const ranges = new Map<string, Range>();

function isHidden(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden';
}

/** Lets the page handle its events between two slices of a reading. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve));

const pageSource = () => ({ id: 's1', kind: 'page' as const, location: location.href, title: document.title });

function pageTextOf(read: Material): PageText {
  return {
    url: location.href,
    title: document.title,
    language: read.language,
    blocks: read.blocks.map(({ index, text, tag, heading, cell }) => ({ index, text, tag, heading, cell })),
    ...(read.source.notes ? { notes: read.source.notes, noteProblems: read.source.noteProblems } : {}),
  };
}

/** Reads the page in slices, so a page of hundreds of thousands of elements never freezes its tab. */
async function readPage(): Promise<PageText> {
  const read = await materialFromDocumentInSlices(document, pageSource(), pause, undefined, { isHidden, readFrames: true });
  material = read;
  return pageTextOf(read);
}

type PageWindow = Window & typeof globalThis;
/** Documents and shadow roots that already have the highlight colours. */
const styled = new WeakSet<Document | ShadowRoot>();
/** Windows whose highlight registry holds Sverka's marks: the page and its same-origin frames. */
const registries = new Set<PageWindow>();

const windowOf = (node: Node) => (node.ownerDocument?.defaultView ?? window) as PageWindow;

/**
 * ::highlight styles apply only inside the tree that holds the text (the page, a frame's
 * document, a shadow root), so each gets the colours as an adopted style sheet: no element is
 * added to the page.
 */
function ensureStyle(node: Node): void {
  const scope = node.getRootNode() as Document | ShadowRoot;
  if (styled.has(scope) || !('adoptedStyleSheets' in scope)) return;
  const sheet = new (windowOf(node).CSSStyleSheet)();
  sheet.replaceSync(STYLE);
  adopt(scope, sheet);
  styled.add(scope);
}

/**
 * Firefox shows a content script the page's list of sheets through a wrapper that neither iterates
 * nor takes the script's own array, so the sheet goes into the page's own list there.
 */
function adopt(scope: Document | ShadowRoot, sheet: CSSStyleSheet): void {
  const pageList = (scope as { wrappedJSObject?: Document | ShadowRoot }).wrappedJSObject?.adoptedStyleSheets;
  if (pageList) pageList.push(sheet);
  else scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
}

function highlight(target: PageWindow, name: string, list: Range[]): Highlight {
  const drawn = new target.Highlight(...list);
  target.CSS.highlights.set(name, drawn);
  registries.add(target);
  return drawn;
}

let overlay: PageOverlay | null = null;
const api = browser as unknown as MessagingApi;

/** The card frame is the extension's own page; its port is offered to the extension's origin alone. */
const cardChannel: CardChannel = {
  url: (nonce) => `${browser.runtime.getURL('/overlay-card.html')}#${nonce}`,
  connect: (name, frame) => framePort(name, frame, browser.runtime.getURL('/').replace(/\/$/, '')),
};

function pageOverlay(): PageOverlay {
  const text = (key: MessageKey) => browser.i18n.getMessage(key);
  overlay ??= new PageOverlay(
    document,
    { severity: { error: text('severity_error'), warning: text('severity_warning'), info: text('severity_info') }, counter: text('overlayCounter'), card: text('overlayCard') },
    cardChannel,
    (id) => scrollToMark(id),
    // No side panel listening (it was closed) answers nothing, or fails to connect: the card says so.
    (id, action) =>
      sendMessage(api, 'card-action', { action, id }).then(
        (answer) => answer?.ok === true,
        () => false,
      ),
  );
  return overlay;
}

function clearMarks(): void {
  for (const target of registries) for (const severity of [...SEVERITIES, 'flash']) target.CSS.highlights.delete(`sverka-${severity}`);
  ranges.clear();
  overlay?.update([], ranges);
}

/** Marks drawn in one step: between steps the page handles its input and paints, so thousands of marks never freeze it. */
const MARKS_PER_STEP = 250;

/** Yields to the page without a timer, which a background tab would slow to one a second. */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : pause();
};

/** Counts the marks asked for, so a drawing that a newer one replaced stops. */
let drawings = 0;

async function showMarks(marks: PageMark[]): Promise<number> {
  if (!material) await readPage();
  clearMarks();
  const drawing = ++drawings;
  const highlights = new Map<PageWindow, Map<Severity, Highlight>>();
  const highlightOf = (home: PageWindow, severity: Severity) => {
    const bySeverity = highlights.get(home) ?? highlights.set(home, new Map()).get(home)!;
    return bySeverity.get(severity) ?? bySeverity.set(severity, highlight(home, `sverka-${severity}`, [])).get(severity)!;
  };
  for (let from = 0; from < marks.length; from += MARKS_PER_STEP) {
    if (from > 0) await yieldToPage();
    if (drawing !== drawings) return ranges.size;
    for (const mark of marks.slice(from, from + MARKS_PER_STEP)) {
      const block = material!.blocks[mark.block];
      const points = block && domRangeOf(block, mark.start, mark.end);
      if (!points) continue;
      const range = points.start.node.ownerDocument!.createRange();
      range.setStart(points.start.node, points.start.offset);
      range.setEnd(points.end.node, points.end.offset);
      ranges.set(mark.id, range);
      ensureStyle(points.start.node);
      highlightOf(windowOf(points.start.node), mark.severity).add(range);
    }
  }
  pageOverlay().update(marks, ranges);
  return ranges.size;
}

function scrollToMark(id: string): boolean {
  const range = ranges.get(id);
  if (!range) return false;
  const target = range.startContainer.parentElement;
  target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const home = windowOf(range.startContainer);
  highlight(home, 'sverka-flash', [range]);
  overlay?.show(id);
  setTimeout(() => home.CSS.highlights.delete('sverka-flash'), 1500);
  return true;
}

/** Text that changes after a check (a SPA rendering, a live edit) asks for a new check, once things settle. */
function watchForChanges(api: MessagingApi): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((mutations) => {
    if (!mutations.some((m) => m.type === 'characterData' || [...m.addedNodes, ...m.removedNodes].some((n) => (n.textContent ?? '').trim() !== ''))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void sendMessage(api, 'page-changed', { url: location.href }).catch(() => undefined), 800);
  });
  observer.observe(document.body ?? document.documentElement, { subtree: true, childList: true, characterData: true });
}

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  main() {
    const marker = window as unknown as { __sverka?: boolean };
    if (marker.__sverka) return;
    marker.__sverka = true;
    watchForChanges(api);
    onMessage(api, {
      'read-page': () => readPage(),
      // Not kept for the marks: they are drawn on the whole page's reading.
      'read-page-top': ({ words }) => pageTextOf(readDocumentTop(document, pageSource(), words, { isHidden, readFrames: true })),
      'show-marks': async ({ marks }) => ({ drawn: await showMarks(marks) }),
      'scroll-to-mark': ({ id }) => ({ found: scrollToMark(id) }),
      'clear-marks': () => {
        clearMarks();
        return { cleared: true };
      },
    });
  },
});
