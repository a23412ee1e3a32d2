import { StringTrie } from './trie';

/**
 * Strings of which at least one occurs, lower-cased, in any text a pattern matches, or null when
 * the pattern promises none. Read from the pattern's own source, so a rule's gate can never drift
 * from its rule; a small reader of its own, because a full regex parser costs ~100 ms to start and
 * the rules are read at every start.
 */
type Factors = string[] | null;

/**
 * A one-letter factor is in nearly every text. Two letters ("пн", "вс") still rule out most
 * sentences, and in one walk over the text a factor costs nothing to look for.
 */
const MIN_FACTOR_LENGTH = 2;

/** What one atom of a pattern is: a single letter (lower-cased), or the factors it needs, or nothing known. */
interface Atom {
  letter: string | null;
  factors: Factors;
}

const NOTHING: Atom = { letter: null, factors: null };
/** The hex digits of "\u{1F600}", "\u0451" and "\xe9", after their letter. */
const CODE_POINT_ESCAPE: Record<string, RegExp> = { u: /^(?:\{([\da-f]+)\}|([\da-f]{4}))/i, x: /^([\da-f]{2})/i };
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };

/** Fewer, longer strings gate better: the shortest one decides how often the gate opens. */
function better(a: string[], b: string[]): boolean {
  const shortestA = Math.min(...a.map((factor) => factor.length));
  const shortestB = Math.min(...b.map((factor) => factor.length));
  return shortestA !== shortestB ? shortestA > shortestB : a.length < b.length;
}

class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Factors {
    return this.alternatives();
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.at + offset];
  }

  private take(): string {
    const codePoint = this.source.codePointAt(this.at)!;
    const char = String.fromCodePoint(codePoint);
    this.at += char.length;
    return char;
  }

  private alternatives(): Factors {
    const union = new Set<string>();
    let known = true;
    for (;;) {
      const factors = this.sequence();
      if (factors) for (const factor of factors) union.add(factor);
      else known = false;
      if (this.peek() !== '|') break;
      this.at++;
    }
    return known ? [...union] : null;
  }

  /** Every atom of a sequence must match, so the best-gating one of their requirements will do. */
  private sequence(): Factors {
    let best: Factors = null;
    const consider = (factors: Factors) => {
      if (factors && (!best || better(factors, best))) best = factors;
    };
    let run = '';
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      const least = this.quantifierMinimum();
      if (atom.letter !== null && least === null) {
        run += atom.letter;
        continue;
      }
      if (run) consider([run]);
      run = '';
      if (least === null || least >= 1) consider(atom.letter !== null ? [atom.letter] : atom.factors);
    }
    if (run) consider([run]);
    return best;
  }

  /** The least number of times the atom just read must match, or null when it has no quantifier. */
  private quantifierMinimum(): number | null {
    const char = this.peek();
    let least: number | null = null;
    if (char === '*' || char === '?') least = 0;
    else if (char === '+') least = 1;
    else if (char === '{') {
      const bound = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.at, this.at + 24));
      if (!bound) return null;
      this.at += bound[0].length - 1;
      least = Number(bound[1]);
    }
    if (least === null) return null;
    this.at++;
    if (this.peek() === '?') this.at++;
    return least;
  }

  private atom(): Atom {
    const char = this.take();
    if (char === '(') return this.group();
    if (char === '[') return this.characterClass();
    if (char === '\\') return this.escape();
    if (char === '.' || char === '^' || char === '$') return NOTHING;
    return { letter: char.toLowerCase(), factors: null };
  }

  /** A group's text must occur; so must a positive lookaround's, which looks at the same text. */
  private group(): Atom {
    let needed = true;
    if (this.peek() === '?') {
      const head = this.source.slice(this.at, this.at + 3);
      needed = !head.startsWith('?!') && !head.startsWith('?<!');
      const name = /^\?<[A-Za-z_$][\w$]*>/.exec(this.source.slice(this.at, this.at + 64));
      this.at += name ? name[0].length : head.startsWith('?<') ? 3 : 2;
    }
    const factors = this.alternatives();
    this.at++; // ')'
    return { letter: null, factors: needed ? factors : null };
  }

  /** "[Тт]" is one letter whatever its case; any range, set or negation is no letter at all. */
  private characterClass(): Atom {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const letters = new Set<string>();
    let plain = !negated;
    while (this.at < this.source.length && this.peek() !== ']') {
      const member = this.peek() === '\\' ? (this.at++, this.escape().letter) : this.take().toLowerCase();
      if (member === null || (this.peek() === '-' && this.peek(1) !== ']')) plain = false;
      else letters.add(member);
    }
    this.at++; // ']'
    const [only] = letters;
    return plain && letters.size === 1 ? { letter: only!, factors: null } : NOTHING;
  }

  private escape(): Atom {
    const char = this.take();
    if (char === 'p' || char === 'P') {
      this.at = this.source.indexOf('}', this.at) + 1;
      return NOTHING;
    }
    if (char === 'k') {
      this.at = this.source.indexOf('>', this.at) + 1;
      return NOTHING;
    }
    if (char === 'u' || char === 'x') {
      const ahead = this.source.slice(this.at, this.at + 10);
      const code = CODE_POINT_ESCAPE[char]!.exec(ahead);
      if (!code) return NOTHING;
      this.at += code[0].length;
      return { letter: String.fromCodePoint(parseInt(code[1] ?? code[2]!, 16)).toLowerCase(), factors: null };
    }
    if (CONTROL_ESCAPES[char] !== undefined && !/\d/.test(this.peek() ?? '')) return { letter: CONTROL_ESCAPES[char]!, factors: null };
    if (/[\dbBdDsSwWc]/.test(char)) {
      if (char === 'c') this.at++;
      return NOTHING;
    }
    return { letter: char.toLowerCase(), factors: null };
  }
}

function gateOf(pattern: RegExp): Factors {
  const factors = new PatternReader(pattern.source).read();
  return factors && factors.length > 0 && factors.every((factor) => factor.length >= MIN_FACTOR_LENGTH) ? factors : null;
}

/** The patterns that always run (no gate), and a trie of the others' factors, each with its pattern's index. */
interface PatternGates {
  ungated: number[];
  factors: StringTrie<number>;
}

function gatesOf<T>(items: readonly T[], patternOf: (item: T) => RegExp): PatternGates {
  const gates: PatternGates = { ungated: [], factors: new StringTrie() };
  items.forEach((item, index) => {
    const factors = gateOf(patternOf(item));
    if (!factors) gates.ungated.push(index);
    else for (const factor of factors) gates.factors.add(factor, index);
  });
  return gates;
}

const gatesByList = new WeakMap<readonly unknown[], PatternGates>();

/**
 * The items (patterns, or rules that hold one) whose pattern may match the text whose lower-case
 * form is `loweredText`, in their order: most of a page's blocks hold none of a word rule's words.
 * One walk over the text answers for every pattern at once; a substring search per pattern cost
 * more than the patterns themselves. The gates are read once per list: pass the same array.
 */
export function thoseThatMayMatch<T>(items: readonly T[], patternOf: (item: T) => RegExp, loweredText: string): T[] {
  let gates = gatesByList.get(items);
  if (!gates) gatesByList.set(items, (gates = gatesOf(items, patternOf)));
  const open = new Uint8Array(items.length);
  for (const index of gates.ungated) open[index] = 1;
  const opening = (indices: readonly number[]) => {
    for (const index of indices) open[index] = 1;
    return false;
  };
  for (let start = 0; start < loweredText.length; start++) gates.factors.someFrom(loweredText, start, opening);
  return items.filter((_, index) => open[index] === 1);
}

const itself = (pattern: RegExp) => pattern;

/**
 * `matchAll` over `text` for each of `patterns`, answering none at once for those the text cannot
 * match (one walk over the text decides them all): most sentences name no day and no clock word.
 */
export function matcherFor(patterns: readonly RegExp[], text: string): (pattern: RegExp) => Iterable<RegExpExecArray> {
  const open = new Set(thoseThatMayMatch(patterns, itself, text.toLowerCase()));
  return (pattern) => (open.has(pattern) ? text.matchAll(pattern) : []);
}
