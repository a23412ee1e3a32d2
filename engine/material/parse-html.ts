import { parseHTML } from 'linkedom';

/**
 * A DOM for HTML in Node (the command line, tests). linkedom only builds html/head/body when
 * the markup has them, so a bare fragment is wrapped first. Text after "</body></html>" (a
 * template's footer included twice) is body text to a browser, which reopens the body for it;
 * linkedom leaves it outside, so the closing tags are dropped and the body runs to the end.
 */
export function parseHtmlDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html) ? html.replace(/<\/(?:body|html)\s*>/gi, '') : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
