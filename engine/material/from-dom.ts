import type { Language } from '../profile/types';
import { pageLanguage } from '../text/language';
import { BlockBuilder } from './block-builder';
import type { MaterialProblem } from './errors';
import { DEFAULT_LIMITS } from './limits';
import { describeProblem } from './problem-words';
import { withNote } from './source-problems';
import { tableCells } from './table-layout';
import type { Block, Material, Origin, Source, TableCell } from './types';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE', 'META', 'LINK', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT']);

/**
 * Elements that start and end a block of text, so a sentence never runs across two of them. A
 * button's label is copy a customer reads ("Открыть полный прайс-лист"), so it is read, on its own.
 */
const BLOCK_LEVEL = new Set([
  'BUTTON',
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'LABEL',
  'LEGEND',
  'OPTGROUP',
]);

export interface DomReadOptions {
  /** The browser passes a computed-style test; in Node only inline styles and attributes count. */
  isHidden?: (element: Element) => boolean;
  /** Same-origin frames' documents, read as part of the page. */
  readFrames?: boolean;
  /** Elements read at most; DEFAULT_LIMITS.maxNodes unless the user set another. */
  maxNodes?: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function hiddenByMarkup(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Ids of the elements a control on the page opens: aria-controls="faq-1", href="#faq-1",
 * data-target="#faq-1", href="javascript:toggle('faq-1')". A collapsed answer, tab or panel is copy
 * the reader opens with a click, so it is read though hidden; a menu opened so repeats the page's own.
 */
function disclosedIds(root: Element): Set<string> {
  const ids = new Set<string>();
  const add = (id: string) => id && ids.add(id);
  for (const opener of root.querySelectorAll('[aria-controls], a[href], [data-target], [data-bs-target], [onclick]')) {
    for (const id of (opener.getAttribute('aria-controls') ?? '').split(/\s+/)) add(id);
    for (const target of [opener.getAttribute('href'), opener.getAttribute('data-target'), opener.getAttribute('data-bs-target')]) {
      if (target?.startsWith('#')) add(target.slice(1));
    }
    const script = `${/^javascript:/i.test(opener.getAttribute('href') ?? '') ? opener.getAttribute('href') : ''} ${opener.getAttribute('onclick') ?? ''}`;
    for (const quoted of script.matchAll(/['"]#?([\w-]+)['"]/g)) add(quoted[1]!);
  }
  return ids;
}

const MENU_TAGS = new Set(['NAV', 'MENU']);

const HEADING_TAG = /^h[1-6]$/;

/** The heading among the last few blocks: what a table right below it is a table of ("Цены на стрижки"). */
function headingBefore(builder: BlockBuilder): string | undefined {
  return builder.blocks
    .slice(-3)
    .reverse()
    .find((block) => HEADING_TAG.test(block.tag ?? ''))?.text;
}

/** How far back a heading is looked for inside one container. */
const HEADING_REACH = 20;
const MAX_TITLE_WORDS = 6;

/**
 * A card's title: a few words, no figures, not a sentence or a lead-in ("Включает:"), and not an
 * item of a list, a cell of a table or a term of a definition list, which are peers of what follows.
 */
const isTitleLike = (block: Block) => !/^(li|td|th|dt|dd)$/.test(block.tag ?? '') && block.text.split(' ').length <= MAX_TITLE_WORDS && !/\d/.test(block.text) && !/[:.!?]$/.test(block.text);

/**
 * The heading a new block stands under: in the innermost container that has blocks before it, the
 * last heading there, else its first block when that reads as a title; else the same one level up.
 */
function headingOf(blocks: Block[], index: number, containerStarts: number[]): string | undefined {
  for (let level = containerStarts.length - 1; level >= 0; level--) {
    const start = containerStarts[level]!;
    if (start >= index) continue;
    for (let i = index - 1; i >= Math.max(start, index - HEADING_REACH); i--) {
      if (HEADING_TAG.test(blocks[i]!.tag ?? '')) return blocks[i]!.text;
    }
    if (isTitleLike(blocks[start]!)) return blocks[start]!.text;
  }
  return undefined;
}

/** Words a line cannot end with: the phrase goes on after the break ("Представительство в<br>ГИБДД"). */
const OPEN_ENDINGS = new Set([
  'в',
  'во',
  'на',
  'с',
  'со',
  'к',
  'ко',
  'по',
  'за',
  'из',
  'от',
  'до',
  'для',
  'при',
  'о',
  'об',
  'и',
  'или',
  'а',
  'но',
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
]);

/**
 * "Фотофиксация<br>с места ДТП", "Objective review and<br>analysis": a line that starts small
 * after one that ends in a letter or a comma goes on the same phrase, as does any line after a
 * preposition or a conjunction. A line after a figure, a sign or a full stop ("пн–пт: 9–18<br>сб:
 * 10–16") is a line of its own.
 */
function continuesLine(before: string, after: string): boolean {
  const lastWord = /(\p{L}+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (OPEN_ENDINGS.has(lastWord) && /^\s*[\p{L}\d«"]/u.test(after)) return true;
  return /[\p{L},]$/u.test(before) && /^\s*\p{Ll}/u.test(after);
}

/** Marks that raise or lower a character of the word they stand in ("м<sup>2</sup>"), never a word of their own. */
const IN_WORD = new Set(['SUP', 'SUB']);

/**
 * "<span>Monday</span><span>7am - 6pm</span>", "<a>Вопросы</a><a>Условия</a>", "iPhone 5s<span>2620
 * руб.</span>": text that meets an element's edge with no space is laid out apart by the page's style
 * (a flex row, a menu, a price pill), as a small letter before a capital or a letter against a
 * figure shows; read as one word it means nothing.
 */
const runsTogether = (before: string, after: string) => /^(?:\p{Ll}\p{Lu}|\p{L}\d|\d\p{L})$/u.test(`${before.slice(-1)}${after.charAt(0)}`);

function advanceDom(origin: Origin, by: number): Origin {
  return origin.kind === 'dom' ? { ...origin, offset: origin.offset + by } : origin;
}

/** What a source notes when only its first `maxNodes` elements were read. */
export const elementLimit = (maxNodes: number): MaterialProblem => ({ code: 'element-limit', elements: maxNodes });

/** The note's English words, as the report's `notes` hold them. */
export const elementLimitNote = (maxNodes: number) => describeProblem(elementLimit(maxNodes), 'en');

/** What an element being read restores when its children are done: the recursion's locals, kept on the walk's own stack. */
interface OpenElement {
  element: Element;
  isBlock: boolean;
  isHeading: boolean;
  apart: boolean;
  outerCells: Map<Element, TableCell>;
  cell: TableCell | undefined;
}

/** A node still to read, or an element whose children have all been read. */
type Step = { read: Node } | { close: OpenElement };

/** Elements read between two pauses of a sliced reading: a few milliseconds of work in a browser. */
export const SLICE_ELEMENTS = 1000;

/**
 * Reads the visible text of a document into blocks whose characters map back to text nodes,
 * pausing (a `yield`) after every SLICE_ELEMENTS elements so a browser can interleave other work.
 * The walk keeps its own stack, so a page nested 100,000 deep reads like a flat one; past
 * `maxNodes` elements it stops and the source's notes say so.
 */
export function* readDocument(doc: Document, source: Source, language?: Language, options: DomReadOptions = {}): Generator<void, Material> {
  const maxNodes = options.maxNodes ?? DEFAULT_LIMITS.maxNodes;
  const builder = new BlockBuilder();
  let cells = new Map<Element, TableCell>();
  /** For each block-level element being read, the index of its first block. */
  const containerStarts: number[] = [];
  /** How many h1 and h2 the node being read stands in. */
  let headingDepth = 0;
  /** A <br> was read: the text after it decides whether the line goes on or a block ends. */
  let lineBroken = false;
  /** An inline element opened or closed since the last text: the text next read may be set apart from it. */
  let atElementEdge = false;
  const flush = () => {
    lineBroken = false;
    const before = builder.blocks.length;
    builder.flush();
    const block = builder.blocks[before];
    if (!block || HEADING_TAG.test(block.tag ?? '')) return;
    const term = block.tag === 'dd' ? builder.blocks[before - 1] : undefined;
    // A definition stands under its term ("<dt>Стрижка</dt><dd>900 ₽</dd>").
    const heading = term?.tag === 'dt' ? term.text : headingOf(builder.blocks, before, containerStarts);
    if (heading) block.heading = heading;
  };
  const readText = (node: Text) => {
    const value = node.nodeValue ?? '';
    if (lineBroken && /\S/.test(value)) {
      if (continuesLine(builder.ending, value)) {
        lineBroken = false;
        builder.lineBreak();
      } else flush();
    }
    if (atElementEdge && runsTogether(builder.ending, value)) builder.lineBreak();
    if (value.length > 0) atElementEdge = false;
    builder.append(value, { kind: 'dom', node, offset: 0 }, advanceDom);
  };
  /** Starts reading an element; returns what to restore after its children, or null when they are not read. */
  const open = (element: Element, tag: string): OpenElement | null => {
    const hidden = hiddenByMarkup(element) || options.isHidden?.(element);
    if (SKIPPED.has(tag) || (hidden && (!disclosed.has(element.id) || MENU_TAGS.has(tag)))) return null;
    if (tag === 'BR') {
      // A title broken over two lines is still one title ("Виза во Францию / от 2000 ₽").
      if (headingDepth > 0) builder.lineBreak();
      else lineBroken = true;
      return null;
    }
    const isBlock = BLOCK_LEVEL.has(tag);
    const apart = !isBlock && !IN_WORD.has(tag);
    if (apart) atElementEdge = true;
    if (isBlock) {
      flush();
      // "<li><img><p>Справочные материалы</p></li>": a paragraph that holds a list item's text is the item.
      builder.describe(tag === 'P' && element.parentElement?.tagName.toUpperCase() === 'LI' ? 'li' : tag.toLowerCase());
      containerStarts.push(builder.blocks.length);
    }
    // Only the titles of a page and its sections: h3–h6 often set out info lines ("8 Main St<br>Town 4870").
    const isHeading = tag === 'H1' || tag === 'H2';
    if (isHeading) headingDepth++;
    const outerCells = cells;
    if (tag === 'TABLE') cells = tableCells(element, headingBefore(builder));
    const cell = cells.get(element);
    if (cell) builder.enterCell(cell);
    return { element, isBlock, isHeading, apart, outerCells, cell };
  };
  const close = ({ element, isBlock, isHeading, apart, outerCells, cell }: OpenElement) => {
    if (isHeading) headingDepth--;
    if (isBlock) {
      flush();
      containerStarts.pop();
      // Text after a block inside a list item ("<li><div>✓</div> Проконсультируем</li>") is still the item.
      if (element.parentElement?.tagName.toUpperCase() === 'LI') builder.describe('li');
    }
    if (cell) builder.enterCell(undefined);
    cells = outerCells;
    if (apart) atElementEdge = true;
  };
  const root = doc.body ?? doc.documentElement;
  const disclosed = disclosedIds(root);
  const stack: Step[] = [{ read: root }];
  /** Pushed last-first, so the first child is read first. */
  const pushChildren = (parent: Node) => {
    const children = parent.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ read: children[i]! });
  };
  let elements = 0;
  let truncated = false;
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) {
      close(step.close);
      continue;
    }
    const node = step.read;
    if (node.nodeType === TEXT_NODE) {
      readText(node as Text);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      pushChildren(node);
      continue;
    }
    if (elements === maxNodes) {
      truncated = true;
      break;
    }
    if (++elements % SLICE_ELEMENTS === 0) yield;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (tag === 'IFRAME' && options.readFrames) {
      const frameBody = (element as HTMLIFrameElement).contentDocument?.body;
      if (frameBody) stack.push({ read: frameBody });
      continue;
    }
    const opened = open(element, tag);
    if (!opened) continue;
    stack.push({ close: opened });
    pushChildren((element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? element);
  }
  flush();
  const text = builder.blocks.map((block) => block.text).join('\n');
  const declared = doc.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase();
  const titled = { ...source, title: source.title ?? (doc.title || undefined) };
  return {
    source: truncated ? withNote(titled, elementLimit(maxNodes)) : titled,
    language: language ?? pageLanguage(declared, text),
    blocks: builder.blocks,
  };
}

/** Reads a document in one go (Node, a DOCX's or a fetched page's HTML). */
export function materialFromDocument(doc: Document, source: Source, language?: Language, options: DomReadOptions = {}): Material {
  const reading = readDocument(doc, source, language, options);
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
  }
}

/**
 * Reads a live page slice by slice, awaiting `pause` between slices so the page and the browser
 * stay responsive while a large page is read.
 */
export async function materialFromDocumentInSlices(doc: Document, source: Source, pause: () => Promise<void>, language?: Language, options: DomReadOptions = {}): Promise<Material> {
  const reading = readDocument(doc, source, language, options);
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
    await pause();
  }
}
