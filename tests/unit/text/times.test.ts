import { describe, expect, it } from 'vitest';
import { findTimeRanges } from '../../../utils/text/times';

const ranges = (text: string, bareRanges = false) => findTimeRanges(text, { bareRanges }).map((r) => [r.from, r.to, text.slice(r.start, r.end)]);

describe('findTimeRanges', () => {
  it('reads midnight and noon in words, quoting the words as written', () => {
    expect(ranges('Работаем до полуночи')).toEqual([[null, 1440, 'до полуночи']]);
    expect(ranges("We're open until midnight")).toEqual([[null, 1440, 'until midnight']]);
    expect(ranges('Breakfast till noon')).toEqual([[null, 720, 'till noon']]);
    expect(ranges('с полудня до полуночи')).toEqual([[720, 1440, 'с полудня до полуночи']]);
  });

  it('reads bare hour ranges only in a text about opening hours, the smaller second hour as afternoon', () => {
    expect(ranges('Open Sundays 9–4', true)).toEqual([[540, 960, '9–4']]);
    expect(ranges('Open weekdays 7–7', true)).toEqual([[420, 1140, '7–7']]);
    expect(ranges('Приём с 9 до 21', true)).toEqual([[540, 1260, 'с 9 до 21']]);
    expect(ranges('Счёт 2–1 в пользу гостей')).toEqual([]);
  });
});
