import { describe, expect, it } from 'vitest';
import { fold, foldForCompare, toOriginal } from '../../../../engine/text/normalise';

describe('fold', () => {
  it.each([
    ['Ёлка', 'елка'],
    ['«Здоровье+»', '"здоровье+"'],
    ['„Улыбка“', '"улыбка"'],
    ['8–21', '8-21'],
    ['8—21', '8-21'],
    ['−30 %', '-30 %'],
    ['1\u00a0200', '1 200'],
    ['1\u202f200', '1 200'],
    ['кар\u00adди\u00adо', 'кардио'],
    ['зеро\u200bширина', 'зероширина'],
    ['It’s', 'it"s'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  it('maps a match in folded text back to the exact original characters', () => {
    const original = 'Про\u00adфес\u00adсиональная «гигиена»';
    const folded = fold(original);
    const at = folded.text.indexOf('гигиена');
    const range = toOriginal(folded, at, at + 'гигиена'.length);
    expect(original.slice(range.start, range.end)).toBe('гигиена');
    const word = folded.text.indexOf('профессиональная');
    const back = toOriginal(folded, word, word + 'профессиональная'.length);
    expect(original.slice(back.start, back.end)).toBe('Про\u00adфес\u00adсиональная');
  });

  it('collapses spacing for comparisons', () => {
    expect(foldForCompare('  Малая\u00a0 Садовая ')).toBe('малая садовая');
  });
});
