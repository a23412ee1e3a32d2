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

/** Drops terminal control sequences a hostile page could carry into a terminal report. */
export function stripControl(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}
