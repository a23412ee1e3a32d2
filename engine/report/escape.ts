/** Material text is never markup: every renderer escapes it for its format. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

/** Inside a Markdown table cell: no pipes, no line breaks, no markup or HTML that renders. */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/[|*_`[\]<>#~]/g, (ch) => `\\${ch}`)
    .replace(/\s*\n\s*/g, ' ');
}

/**
 * Characters that change what a reader sees rather than show themselves: C0 and C1 controls but
 * tab and line feed (ESC starts terminal sequences that clear the screen or forge a link; CR
 * overwrites a line), DEL, and the bidi overrides and isolates U+202A–U+202E, U+2066–U+2069 that
 * make "gpj.exe" read "exe.jpg".
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const codePoint = (ch: string) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * Every unsafe character shown as what it is, "‹U+202E›", in text, Markdown and HTML reports: the
 * reader sees that the material holds it, and it does nothing.
 */
export function showControls(text: string): string {
  return text.replace(UNSAFE, (ch) => `‹U+${codePoint(ch)}›`);
}

/**
 * JSON keeps the text exactly: the unsafe characters JSON.stringify leaves raw (DEL, C1, bidi)
 * are written as \u escapes, which parse back to the same strings. They can only stand inside
 * strings, the rest of JSON being ASCII.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(UNSAFE, (ch) => `\\u${codePoint(ch).toLowerCase()}`);
}
