import type { Language } from '../profile/types';
import { detectLanguage } from '../text/language';
import { BlockBuilder } from './block-builder';
import { advanceLine } from './from-text';
import type { Material, Source } from './types';

/** The markup that opens a line: heading, list item, quote, and what block it makes. */
const LINE_MARKUP = /^(\s*)(#{1,6}\s+|>\s?|[-*+]\s+(\[[ xX]\]\s+)?|\d+[.)]\s+)?/;

interface Piece {
  text: string;
  column: number;
}

/** `*`, `~~` and backticks are markup; `_` is markup unless it joins two word characters (snake_case). */
function isEmphasisMarkup(line: string, at: number): boolean {
  const ch = line[at];
  if (ch === '*' || ch === '`') return true;
  if (ch === '~') return line[at + 1] === '~';
  return ch === '_' && !(/\p{L}|\d/u.test(line[at - 1] ?? '') && /\p{L}|\d/u.test(line[at + 1] ?? ''));
}

/** The visible text of one line of Markdown, as pieces that keep their columns. */
function visiblePieces(line: string, from: number): Piece[] {
  const pieces: Piece[] = [];
  let current: Piece | null = null;
  const keep = (ch: string, at: number) => {
    if (!current || current.column + current.text.length !== at + 1) {
      current = { text: '', column: at + 1 };
      pieces.push(current);
    }
    current.text += ch;
  };
  let i = from;
  while (i < line.length) {
    const rest = line.slice(i);
    // Inline HTML tags and comments, and Liquid ("{% include %}", "{{ page.title }}") are source, not copy.
    const source = /^(?:<!--.*?-->|<\/?[a-zA-Z][^<>]*>|\{%.*?%\}|\{\{.*?\}\})/.exec(rest);
    if (source) {
      i += source[0].length;
      continue;
    }
    const link = /^!?\[([^\]]*)\]\([^)]*\)/.exec(rest);
    if (link) {
      const textStart = i + rest.indexOf('[') + 1;
      for (let k = 0; k < link[1]!.length; k++) keep(link[1]![k]!, textStart + k);
      i += link[0].length;
      continue;
    }
    const ch = line[i]!;
    if (isEmphasisMarkup(line, i)) {
      i += ch === '~' ? 2 : 1;
      continue;
    }
    keep(ch, i);
    i++;
  }
  return pieces;
}

/** The line after a YAML front matter block ("---" … "---" at the very top), or 0 when there is none. */
function frontMatterEnd(lines: string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  return close > 0 ? close + 1 : 0;
}

/** Markdown: headings, list items and paragraphs are blocks; markup, front matter and inline HTML are not part of the text. */
export function materialFromMarkdown(markdown: string, source: Source, language?: Language): Material {
  const builder = new BlockBuilder();
  let inFence = false;
  const lines = markdown.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const bodyStart = frontMatterEnd(lines);
  lines.forEach((line, index) => {
    if (index < bodyStart) return;
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      builder.flush();
      return;
    }
    const markup = LINE_MARKUP.exec(line)![0];
    const opensBlock = markup.trim() !== '' || line.trim() === '' || /^\s*(-{3,}|\*{3,}|_{3,})\s*$/.test(line);
    if (opensBlock) builder.flush();
    if (line.trim() === '' || /^\s*(-{3,}|\*{3,}|_{3,})\s*$/.test(line)) return;
    builder.describe(markup.trim().startsWith('#') ? 'md-heading' : /[-*+\d]/.test(markup.trim()[0] ?? '') ? 'md-list-item' : inFence ? 'md-code' : 'md-paragraph');
    for (const piece of inFence ? [{ text: line, column: 1 }] : visiblePieces(line, markup.length)) {
      builder.append(piece.text, { kind: 'line', line: index + 1, column: piece.column }, advanceLine);
    }
    builder.append('\n', { kind: 'line', line: index + 1, column: line.length + 1 }, advanceLine);
    if (markup.trim().startsWith('#') || inFence) builder.flush();
  });
  builder.flush();
  return { source, language: language ?? detectLanguage(markdown), blocks: builder.blocks };
}
