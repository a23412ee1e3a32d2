import { parseHTML } from 'linkedom';

/**
 * A DOM for HTML in Node (the command line, tests). linkedom only builds html/head/body when
 * the markup has them, so a bare fragment is wrapped first.
 */
export function parseHtmlDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
