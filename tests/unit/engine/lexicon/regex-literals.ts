/**
 * The regular-expression literals of a TypeScript source, for the lexicon guard. A `/` opens one
 * where an expression may start (after an operator, a bracket, a comma, `return`…), not after a
 * value (a name, a number, a closing bracket, a non-null `!`), where it divides. Strings, templates and comments
 * are skipped.
 */
export interface RegexLiteral {
  line: number;
  pattern: string;
}

const VALUE_END = /[\p{L}\p{N}_$)\]]/u;
const KEYWORDS_BEFORE_EXPRESSION = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);

export function regexLiterals(source: string): RegexLiteral[] {
  const found: RegexLiteral[] = [];
  let previous = ''; // the last significant character
  let previousWord = '';
  let at = 0;
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  const skipQuoted = (quote: string) => {
    for (at++; at < source.length && source[at] !== quote; at++) if (source[at] === '\\') at++;
    at++;
  };
  while (at < source.length) {
    const char = source[at]!;
    const next = source[at + 1];
    if (/\s/.test(char)) {
      at++;
      continue;
    }
    if (char === '/' && next === '/') {
      at = source.indexOf('\n', at);
      if (at < 0) break;
      continue;
    }
    if (char === '/' && next === '*') {
      at = source.indexOf('*/', at) + 2;
      continue;
    }
    if (char === '"' || char === "'" || char === '`') {
      skipQuoted(char);
      previous = char;
      previousWord = '';
      continue;
    }
    if (char === '/' && (!VALUE_END.test(previous) || KEYWORDS_BEFORE_EXPRESSION.has(previousWord))) {
      const start = at;
      let inClass = false;
      for (at++; at < source.length; at++) {
        const c = source[at];
        if (c === '\\') at++;
        else if (c === '[') inClass = true;
        else if (c === ']') inClass = false;
        else if (c === '/' && !inClass) break;
      }
      found.push({ line: lineAt(start), pattern: source.slice(start + 1, at) });
      at++;
      while (/[a-z]/.test(source[at] ?? '')) at++;
      previous = '/';
      previousWord = '';
      continue;
    }
    const word = /^[\p{L}\p{N}_$]+/u.exec(source.slice(at, at + 64));
    if (word) {
      previousWord = word[0];
      previous = word[0].slice(-1);
      at += word[0].length;
      continue;
    }
    // "count! / 2": a non-null assertion right after a value leaves a value; "!/x/.test(s)" is a negation
    previous = char === '!' && VALUE_END.test(source[at - 1] ?? '') ? ')' : char;
    previousWord = '';
    at++;
  }
  return found;
}
