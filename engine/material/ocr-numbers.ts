import { centreOf, heightOf, median } from './boxes';
import type { OcrWord } from './ocr-columns';
import type { OcrBox } from './types';

/**
 * Tesseract's rus and eng models have no "₽" (U+20BD is not in their unicharsets), so the sign
 * after a sum comes out as another glyph of its shape: "Р", "P", "2", "?", "#", or "2?" and "Pp" for
 * its two strokes, or a lowercase "p" or "р" — but only one of the digits' height, standing on their
 * baseline (see capitalSized): a real "p" (pence) has a descender and the height of an "x"; "г"
 * (grams) is never one. Measured on a page of prices in three fonts, three sizes, two weights
 * (scripts/probe-ocr-prices.ts) and on photographed flyers (npm run bench:ocr).
 */
const SIGN_MISREAD = String.raw`2\?|[РP][рp]|[РPрp2?#\uFFFD]`;
const LOWERCASE = /^[рp]/u;
/** Stands for a glyph Tesseract dropped but the page's ink shows (see withUnreadGlyphs). */
export const UNREAD_GLYPH = '\uFFFD';
/** What may follow the sign in its word: a stop, a price box's edge read as "|" or "]", a unit ("₽/час"). */
const AFTER_SIGN = String.raw`[.,;:!|\]]*|\/\p{L}.*`;
const SIGN_WORD = new RegExp(String.raw`^(${SIGN_MISREAD})(${AFTER_SIGN})$`, 'u');
/**
 * A bold "₽" is read as "£" too. A pound sign is written before its sum ("£15"), so one after a
 * sum on a line in Russian is the rouble's; on a line with no Cyrillic it is left as written.
 */
const POUND_WORD = new RegExp(String.raw`^(£)(${AFTER_SIGN})$`, 'u');
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** A sum and the sign glued to it in one word: "19002", "190Р.". */
const GLUED_SIGN = new RegExp(String.raw`^(\d{2,})(${SIGN_MISREAD})(${AFTER_SIGN})$`, 'u');
/**
 * A sum as one word: whole roubles, or roubles and kopecks after a comma (never a date's "12.03"),
 * of two digits or more: a lone digit is a count, a size, a floor ("Tickets 2 P") far more often than a price.
 */
const SUM = /^\d{2,}(?:,\d{2})?$/;
const DIGITS = /^\d+$/;
/** A word that names roubles after a sum, once its sign is repaired. */
const ROUBLES = /^(?:₽|руб|р\.|р$)/iu;

/** The sign's top and bottom may stray this share of the digits' height from theirs: it stands on their baseline at their height. */
const ALIGNED = 0.2;
/** A sign is at most this many digit heights after its sum: farther, it belongs to something else. */
const WIDEST_SPACE = 1.2;
/**
 * A glyph glued to a sum is its sign only when it stands apart from the digits: its centre this
 * many times farther from the last digit's than the digits' own pitch (figures are evenly spaced,
 * whatever the ink of a "1"), and its ink at least this share of their height away.
 */
const SIGN_PITCH = 1.3;
const SIGN_GAP = 0.15;
/** Digits split by a gap narrower than this share of their height belong to one sum ("19 00" for "1900"). */
const SPLIT_DIGITS = 0.4;

/**
 * A glyph's box may reach this share of the digits' height above them: a dot of a leader or a
 * rule's remnant above the sign joins its box (measured: a sign read as "2" reached half a digit
 * above the sum); it still stands on their baseline.
 */
const REACH_ABOVE = 0.6;

function standsOnDigits(sign: OcrBox, digits: OcrBox): boolean {
  const height = heightOf(digits);
  const top = digits.y0 - sign.y0;
  return top <= REACH_ABOVE * height && top >= -ALIGNED * height && Math.abs(sign.y1 - digits.y1) <= ALIGNED * height;
}

/**
 * A lowercase "p" as tall as the digits, top and bottom: a letter "p" starts an "x" height lower
 * and hangs below the baseline, each about a quarter of a digit's height.
 */
const CAPITAL_SIZED = 0.1;

function capitalSized(sign: OcrBox, digits: OcrBox): boolean {
  const height = heightOf(digits);
  return Math.abs(sign.y0 - digits.y0) <= CAPITAL_SIZED * height && Math.abs(sign.y1 - digits.y1) <= CAPITAL_SIZED * height;
}

/** Whether a glyph read as one of SIGN_MISREAD stands where a sum's rouble sign would, and has its shape's size. */
function signAfter(text: string, sign: OcrBox, digits: OcrBox): boolean {
  return LOWERCASE.test(text) ? capitalSized(sign, digits) : standsOnDigits(sign, digits);
}

/** "190 2", "1 900 Р/час": a sign read as a word of its own right after the sum, at its height, with no number after it. */
function standaloneSign(sum: OcrWord, sign: OcrWord, next: OcrWord | undefined, russian: boolean): string | null {
  const parts = SIGN_WORD.exec(sign.text) ?? (russian ? POUND_WORD.exec(sign.text) : null);
  if (!parts || !SUM.test(sum.text) || (next && /^\d/.test(next.text))) return null;
  const glyph = sign.symbols?.[0]?.box ?? sign.box;
  const gap = sign.box.x0 - sum.box.x1;
  if (gap < 0 || gap > WIDEST_SPACE * heightOf(sum.box) || !signAfter(parts[1]!, glyph, sum.box)) return null;
  return `₽${parts[2]}`;
}

/** "19002", "190Р": a sign glued to its sum, told from a last digit by the space Tesseract left before it. */
function gluedSign(word: OcrWord, next: OcrWord | undefined): string | null {
  const parts = GLUED_SIGN.exec(word.text);
  const symbols = word.symbols;
  if (!parts || !symbols || symbols.length !== [...word.text].length || (next && /^\d/.test(next.text))) return null;
  const digits = symbols.slice(0, parts[1]!.length);
  const sign = symbols[digits.length]!.box;
  const last = digits[digits.length - 1]!.box;
  const height = Math.max(...digits.map((d) => heightOf(d.box)));
  const pitches = digits.slice(1).map((d, i) => centreOf(d.box).x - centreOf(digits[i]!.box).x);
  const apart = centreOf(sign).x - centreOf(last).x >= SIGN_PITCH * median(pitches) && sign.x0 - last.x1 >= SIGN_GAP * height;
  return apart && signAfter(parts[2]!, sign, { ...last, y0: Math.min(...digits.map((d) => d.box.y0)), y1: Math.max(...digits.map((d) => d.box.y1)) }) ? `${parts[1]} ₽${parts[3]}` : null;
}

/** "19 00 ₽", "1 9 00 руб": digits of one sum that Tesseract split at a gap narrower than a space, joined. */
function joinSplitDigits(words: OcrWord[]): OcrWord[] {
  const joined: OcrWord[] = [];
  for (let i = 0; i < words.length; i++) {
    let end = i;
    while (end + 1 < words.length && DIGITS.test(words[end]!.text) && DIGITS.test(words[end + 1]!.text) && words[end + 1]!.box.x0 - words[end]!.box.x1 < SPLIT_DIGITS * heightOf(words[end]!.box)) end++;
    const run = words.slice(i, end + 1);
    const grouped = run.slice(1).every((w) => w.text.length === 3) && run[0]!.text.length <= 3;
    if (run.length > 1 && !grouped && ROUBLES.test(words[end + 1]?.text ?? '')) {
      joined.push({
        text: run.map((w) => w.text).join(''),
        box: { x0: run[0]!.box.x0, y0: Math.min(...run.map((w) => w.box.y0)), x1: run[run.length - 1]!.box.x1, y1: Math.max(...run.map((w) => w.box.y1)) },
        confidence: Math.min(...run.map((w) => w.confidence)),
      });
      i = end;
    } else joined.push(words[i]!);
  }
  return joined;
}

/**
 * A line's words with its prices read as printed: the rouble sign Tesseract cannot read put back
 * where the layout says it follows a sum, and a sum's digits split by a narrow gap joined. Only on
 * strong evidence: a phone, a date, "2 раза", "P.S." or a number after a number stay as read.
 * `lineWords`: the whole printed line, when `words` is one column's piece of it (its language).
 */
export function repairNumbers(words: OcrWord[], lineWords: readonly OcrWord[] = words): OcrWord[] {
  const russian = lineWords.some((word) => CYRILLIC.test(word.text));
  const signed = words.map((word, i) => {
    const text = (i > 0 ? standaloneSign(words[i - 1]!, word, words[i + 1], russian) : null) ?? gluedSign(word, words[i + 1]);
    return text === null ? word : { ...word, text };
  });
  return joinSplitDigits(signed.filter((word) => word.text !== UNREAD_GLYPH));
}

/**
 * The line's words with a stand-in for a glyph Tesseract dropped right after a sum: ink of the
 * page no word covers (`unread`, from the OCR preparation), where the sum's sign would stand.
 * repairNumbers then reads it as the sign when the layout says so, and drops it otherwise.
 */
export function withUnreadGlyphs(words: OcrWord[], unread: readonly OcrBox[]): OcrWord[] {
  if (unread.length === 0) return words;
  return words.flatMap((word, i) => {
    const next = words[i + 1];
    if (!SUM.test(word.text) || next?.text === UNREAD_GLYPH) return [word];
    const height = heightOf(word.box);
    const glyph = unread.find((box) => box.x0 >= word.box.x1 && box.x0 - word.box.x1 <= WIDEST_SPACE * height && (!next || box.x1 <= next.box.x0) && standsOnDigits(box, word.box));
    return glyph ? [word, { text: UNREAD_GLYPH, confidence: 0, box: glyph }] : [word];
  });
}
