/** Opening quotation marks with the closing ones they pair with, in Russian and English typography. */
const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"', '‘': '’' };

/**
 * Whether a text is one quotation, its marks included («Улыбка+», "Smile"): shown in quotation
 * marks of its own, it would read ««Улыбка+»». A text that only starts or ends with a mark, or
 * holds two quotations («А» и «Б»), is not.
 */
export function isWhollyQuoted(text: string): boolean {
  const close = PAIRS[text[0] ?? ''];
  if (!close || text.length < 3 || !text.endsWith(close)) return false;
  const inner = text.slice(1, -1);
  return !inner.includes(close) || (close === '»' && balancedGuillemets(inner));
}

/** Nested guillemets inside («Клиника «Улыбка»») keep the outer pair one quotation. */
function balancedGuillemets(inner: string): boolean {
  let depth = 0;
  for (const char of inner) {
    if (char === '«') depth++;
    if (char === '»' && --depth < 0) return false;
  }
  return depth === 0;
}
