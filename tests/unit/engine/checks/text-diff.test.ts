import { describe, expect, it } from 'vitest';
import { textEdits, type Edit } from '../../../../engine/checks/text-diff';

const apply = (text: string, edits: Edit[]) => {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += text.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  return out + text.slice(at);
};

describe('textEdits', () => {
  it.each([
    ['Сварим кофе - быстро', 'Сварим кофе — быстро', [{ start: 12, end: 13, replacement: '—' }]],
    ['от 300р.', 'от 300 р.', [{ start: 6, end: 6, replacement: ' ' }]],
    ['Мы ждём...', 'Мы ждём…', [{ start: 7, end: 10, replacement: '…' }]],
    [
      '"лес" и "поле"',
      '«лес» и «поле»',
      [
        { start: 0, end: 1, replacement: '«' },
        { start: 4, end: 5, replacement: '»' },
        { start: 8, end: 9, replacement: '«' },
        { start: 13, end: 14, replacement: '»' },
      ],
    ],
    [
      'Ну!! Да,, так',
      'Ну! Да, так',
      [
        { start: 3, end: 4, replacement: '' },
        { start: 7, end: 8, replacement: '' },
      ],
    ],
  ])('finds the edits from "%s" to "%s" at their places', (before, after, edits) => {
    expect(textEdits(before, after)).toEqual(edits);
    expect(apply(before, textEdits(before, after))).toBe(after);
  });

  it('finds nothing in a text left as it was, and rebuilds a text changed throughout', () => {
    expect(textEdits('без правок', 'без правок')).toEqual([]);
    expect(apply('abc', textEdits('abc', 'xyz'))).toBe('xyz');
    expect(apply('', textEdits('', 'новое'))).toBe('новое');
  });
});
