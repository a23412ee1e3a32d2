import { describe, expect, it } from 'vitest';
import { findTimeRanges } from '../../../../engine/text/times';

const ranges = (text: string, bareRanges = false) => findTimeRanges(text, { bareRanges }).map((r) => [r.from, r.to, text.slice(r.start, r.end)]);

describe('findTimeRanges', () => {
  it('reads midnight and noon in words, quoting the words as written', () => {
    expect(ranges('Работаем до полуночи')).toEqual([[null, 1440, 'до полуночи']]);
    expect(ranges("We're open until midnight")).toEqual([[null, 1440, 'until midnight']]);
    expect(ranges('Breakfast till noon')).toEqual([[null, 720, 'till noon']]);
    expect(ranges('с полудня до полуночи')).toEqual([[720, 1440, 'с полудня до полуночи']]);
  });

  it('reads no clock time in a dotted date, only the hours beside it', () => {
    expect(ranges('С 3.01.25г. до 9.01.25г. открыты с 11:00 до 19:00')).toEqual([[660, 1140, 'с 11:00 до 19:00']]);
    expect(ranges('с 05.01.2026 по 08.01.2026')).toEqual([]);
    expect(ranges('с 9.00 до 18.00, сб с 10.00')).toEqual([
      [540, 1080, 'с 9.00 до 18.00'],
      [600, null, 'с 10.00'],
    ]);
  });

  it('reads bare hour ranges only in a text about opening hours, the smaller second hour as afternoon', () => {
    expect(ranges('Open Sundays 9–4', true)).toEqual([[540, 960, '9–4']]);
    expect(ranges('Open weekdays 7–7', true)).toEqual([[420, 1140, '7–7']]);
    expect(ranges('Приём с 9 до 21', true)).toEqual([[540, 1260, 'с 9 до 21']]);
    expect(ranges('Счёт 2–1 в пользу гостей')).toEqual([]);
  });

  it('reads hours in words in a from-to pair or before a part of the day', () => {
    expect(ranges('Работаем с девяти до девяти')).toEqual([[540, 1260, 'с девяти до девяти']]);
    expect(ranges('Открыто с семи утра')).toEqual([[420, null, 'с семи утра']]);
    expect(ranges('Приём с 9 до восьми вечера')).toEqual([[540, 1200, 'с 9 до восьми вечера']]);
    expect(ranges('Open from nine to five')).toEqual([[540, 1020, 'Open from nine to five']]);
    expect(ranges('Детям с двух до пяти лет')).toEqual([]);
  });

  it('reads "between … and …" of clock times as a range and "close at" as its end, not amounts', () => {
    expect(ranges('Tastings run between 11am and 4pm')).toEqual([[660, 960, 'between 11am and 4pm']]);
    expect(ranges('Collect between 2 and 5:30pm')).toEqual([[840, 1050, 'between 2 and 5:30pm']]);
    expect(ranges('We close at 6:00pm')).toEqual([[null, 1080, 'close at 6:00pm']]);
    expect(ranges('Delivery takes between 4 and 6 weeks')).toEqual([]);
    expect(ranges('Groups of between 2 and 5 children')).toEqual([]);
  });

  it('ends a range in the afternoon or at midnight as people mean it', () => {
    expect(ranges('с 9 до 9')).toEqual([[540, 1260, 'с 9 до 9']]);
    expect(ranges('с 10 утра до 2')).toEqual([[600, 840, 'с 10 утра до 2']]);
    expect(ranges('с 8:00 до 0:00')).toEqual([[480, 1440, 'с 8:00 до 0:00']]);
    expect(ranges('с 22 до 6')).toEqual([[1320, 360, 'с 22 до 6']]);
    expect(ranges('Результаты за 1–3 дня')).toEqual([]);
  });

  it('reads a bare start before an afternoon end in the afternoon when it still comes first', () => {
    expect(ranges('Lunch 1-2 p.m.')).toEqual([[780, 840, '1-2 p.m.']]);
    expect(ranges('Desk staffed 12-1:30pm')).toEqual([[720, 810, '12-1:30pm']]);
    expect(ranges('Open 8-5 p.m.')).toEqual([[480, 1020, '8-5 p.m.']]);
  });

  it('reads minutes written after a hyphen where they cannot be an hour', () => {
    expect(ranges('Открыто с 9-00 до 21-00')).toEqual([[540, 1260, 'с 9-00 до 21-00']]);
    expect(ranges('Часы работы: 10-30 – 19-30')).toEqual([[630, 1170, '10-30 – 19-30']]);
    expect(ranges('Заказы принимаем до 16-00')).toEqual([[null, 960, 'до 16-00']]);
    expect(ranges('Пн–пт 9-18', true)).toEqual([[540, 1080, '9-18']]);
    expect(ranges('с 10 до 00')).toEqual([[600, 1440, 'с 10 до 00']]);
  });
});
